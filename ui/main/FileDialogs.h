#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace kartoteka::ui {

// File dialogs that never open the files they list.
//
// Qt's own dialog (and GTK's, on Linux) reads the first bytes of files it
// shows to guess their type for an icon. Shown on the folder of the open
// database, that opens and closes the database, its -wal and its -shm, and
// closing any descriptor drops this process's locks on them (see
// core/storage/LiveFiles.h): the next program to close the file then deletes
// the WAL the window still writes into, and every later save is lost. So
// every file dialog in Kartoteka is made here.

// Makes `dialog` describe files by their names alone.
void prepareFileDialog(QFileDialog& dialog);

QString chooseFileToOpen(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter);
QString chooseFileToSave(QWidget* parent, const QString& caption, const QString& path,
                         const QString& filter);
QString chooseFolder(QWidget* parent, const QString& caption, const QString& folder);

} // namespace kartoteka::ui
