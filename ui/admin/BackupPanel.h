#pragma once

#include "main/BackgroundJob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

class BackupListModel;

// Last backup and its result, "Back up now", the list of backups with their
// verification, and "Restore…".
class BackupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPanel(Workspace& workspace, QWidget* parent = nullptr);

    // Re-reads the status and the backup folder (after a backup, a settings
    // change or a restore).
    void refresh();
    void backUpNow();
    void restoreSelected();
    void restoreFromFile();
    // Restores `file` without asking (the confirmation is restore()'s job).
    void startRestore(const QString& file);

    BackupListModel* model() const { return m_model; }

signals:
    void restoreFinished(bool succeeded, const QString& message);

private:
    void showStatus();
    void verifyListed();
    void restore(const QString& file, const QString& description);
    void updateButtons();

    Workspace& m_workspace;
    BackupListModel* m_model;
    QLabel* m_status;
    QLabel* m_folder;
    QPushButton* m_backUpNow;
    QPushButton* m_restoreSelected;
    QPushButton* m_restoreFile;
    QTableView* m_table;
    BackgroundJob m_verifier;
    BackgroundJob m_restorer;
    int m_verifyGeneration = 0;
    bool m_manualPending = false;
    QString m_currentFolder;
};

} // namespace kartoteka::ui
