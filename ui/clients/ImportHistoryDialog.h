#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Clients > Import history…: the client files imported so far, newest first,
// each with what it did; the chosen one can be undone (ImportBatches::undo).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Undoes the selected import after asking; false when nothing was undone.
    bool undoSelected(bool ask = true);

signals:
    void undone();

private:
    void reload();
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table;
    QPushButton* m_undo;
};

} // namespace kartoteka::ui
