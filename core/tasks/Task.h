#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace kartoteka {

enum class TaskState
{
    Open,
    Done,
    Cancelled
};
QString taskStateName(TaskState state); // "open", "done", "cancelled"
std::optional<TaskState> taskStateFromName(const QString& name);

enum class TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2
};

// A reminder: so many minutes before each occurrence's start, or at one
// moment (a task that does not repeat).
struct TaskReminder
{
    int minutesBefore = -1; // -1: at `at` instead
    QDateTime at;           // UTC
    bool operator==(const TaskReminder& o) const
    {
        return minutesBefore == o.minutesBefore && at == o.at;
    }
};

// A title is a line; the rest goes into the notes.
inline constexpr int kLongestTaskTitle = 500;
// A task is due at most so many years before or after today.
inline constexpr int kTaskYearsAround = 10;

// A reminder comes at most a month before: the check that runs every minute
// then looks at a month of tasks, not at all of them.
inline constexpr int kLongestReminderMinutes = 30 * 24 * 60;

// "15m", "2h", "1d" (before the start), or a moment "YYYY-MM-DDTHH:MM" in
// `zone`; ErrorKind::Invalid for anything else.
Result<TaskReminder> parseReminder(const QString& text, const QTimeZone& zone);
QString reminderText(const TaskReminder& reminder); // "15m", "1d", or the moment as ISO

struct Task
{
    qint64 id = 0;
    qint64 version = 0;
    QString title;
    qint64 kindId = 0; // list_items of the list "task_kind"; 0: none
    QString kind;      // its name, as read
    qint64 clientId = 0;
    QString clientName; // as read
    qint64 dealId = 0;
    qint64 responsibleId = 0;     // an account; 0 when written: the person signed in
    QString responsible;          // their name, as read
    QDate dueDate;                // the shop's local day (of the first occurrence)
    std::optional<QTime> dueTime; // local; none: some time that day
    int durationMinutes = 0;
    TaskPriority priority = TaskPriority::Normal;
    QString notes;
    QString repeatRule; // RFC 5545 RRULE value (tasks/Recurrence.h); empty: once
    TaskState state = TaskState::Open;
    QString result;
    QList<TaskReminder> reminders;
    // What made it when the program did ("repeat_sale:12", "birthday:2026");
    // empty for a person's task. One per client and origin.
    QString origin;

    bool repeats() const { return !repeatRule.isEmpty(); }
};

// A whole-day task counts from the start of the working day for its
// reminders and its place among the day's timed ones.
inline QTime workdayStart()
{
    return QTime(9, 0);
}

// One occurrence of a task: the task itself when it does not repeat.
struct TaskOccurrence
{
    Task task;
    QDate occursOn;  // its day in the series (the task's due day when once)
    QDateTime start; // when it is due, local (moved or not); a whole day: its start of work
    bool wholeDay = true;
    TaskState state = TaskState::Open;
    QString result;
    // Not done or cancelled, and its day (or its time, when it has one) is past.
    bool isOverdue(const QDateTime& now) const;
};

} // namespace kartoteka
