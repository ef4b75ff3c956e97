#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Clients > Merge history…: the merges of duplicate clients, newest first;
// the chosen one can be undone (ClientMerges::unmerge).
class MergeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeHistoryDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Undoes the selected merge after asking; false when nothing was undone.
    bool undoSelected(bool ask = true);

signals:
    void undone();

private:
    void reload();
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table;
    QLabel* m_empty; // instead of an empty table
    QPushButton* m_undo;
};

} // namespace kartoteka::ui
