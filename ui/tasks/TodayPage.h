#pragma once

#include "clients/Client.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "tasks/Today.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QTabWidget;

namespace kartoteka::ui {

// The first section for staff: my overdue, today's and tomorrow's tasks,
// the regular clients to call today, birthdays, the deals forgotten on the
// board; each line acts in one click
// (open the client, done, postpone, log a call, the next task). Whoever sees
// every client may look at anyone's day, or everyone's.
class TaskCalendar;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(Database& db, QWidget* parent = nullptr);

    void reload();
    void applyChanges(const QList<Change>& changes);
    // Writes a task (today, nobody's client) in the dialog.
    void newTask();

    QTreeWidget* lines() const { return m_lines; }
    QComboBox* person() const { return m_person; }
    TaskCalendar* calendar() const { return m_calendar; }
    // The week or month calendar instead of the day's list, or back.
    void showCalendar(bool shown);

signals:
    void clientRequested(qint64 clientId);
    void dealRequested(qint64 dealId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class LineKind
    {
        Group,
        Task,
        Call,
        Birthday,
        Deal
    };
    void fillPeople();
    void render(const TodayView& view);
    QTreeWidgetItem* addGroup(const QString& title, int count);
    void addTasks(const QString& title, const QList<TaskOccurrence>& tasks, bool overdue);
    void updateActions();
    LineKind currentKind() const;
    std::optional<TaskOccurrence> currentTask() const;
    qint64 currentClient() const;

    void openCurrent();
    void completeCurrent();
    void postponeCurrent(int days);
    void postponeToChosen();
    void logCall();
    void nextTask();
    void editCurrent();
    void greet();
    // Logs a timeline entry for the chosen line's client, in its dialog.
    void logInteraction(Interaction entry);

    Database& m_db;
    QLabel* m_title;
    QComboBox* m_person;
    QTreeWidget* m_lines;
    QPushButton* m_open;
    QPushButton* m_done;
    QPushButton* m_postpone;
    QPushButton* m_call;
    QPushButton* m_next;
    QPushButton* m_greet;
    QTabWidget* m_views; // the day's list, the calendar
    TaskCalendar* m_calendar;
    QList<TaskOccurrence> m_tasks; // the task lines' occurrences, by index in data
    bool m_stale = true;
};

} // namespace kartoteka::ui
