#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Clients → Mailings: the mailings kept (a manager's own; everyone's with
// the right to all clients), how far each got, and one stopped by a pause, a
// crash or a failed account resumed, or cancelled for good.
class MailingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MailingsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();

private:
    qint64 currentId() const;
    void resume();
    void cancel();

    Database& m_db;
    QTableWidget* m_table;
    QPushButton* m_resume;
    QPushButton* m_cancel;
};

} // namespace kartoteka::ui
