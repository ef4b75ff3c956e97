#pragma once

#include "tasks/Task.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// A client's (or a deal's) open tasks on its card, overdue ones marked, and
// the two actions that make the next one: "Call back in 3 days" (kind Call,
// the day set: one click) and "New task…".
class ClientTasks : public QWidget
{
    Q_OBJECT
public:
    explicit ClientTasks(Database& db, QWidget* parent = nullptr);

    // Shows the tasks of `clientId` (and of `dealId` when not 0).
    void showTasksOf(qint64 clientId, qint64 dealId = 0);
    void reload();

    QTreeWidget* lines() const { return m_lines; }
    QPushButton* callBackButton() const { return m_callBack; }

    // How many days "Call back" waits.
    static constexpr int kCallBackDays = 3;

signals:
    // A task was written or closed here.
    void changed();

private:
    void callBack();
    void newTask();
    void edit();
    void complete();
    std::optional<TaskOccurrence> current() const;

    Database& m_db;
    qint64 m_clientId = 0;
    qint64 m_dealId = 0;
    QLabel* m_title;
    QTreeWidget* m_lines;
    QPushButton* m_callBack;
    QPushButton* m_new;
    QPushButton* m_done;
    QList<TaskOccurrence> m_tasks;
};

} // namespace kartoteka::ui
