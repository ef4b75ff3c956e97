#pragma once

#include "tasks/Task.h"

#include "storage/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace kartoteka {

// Reading tasks and computing their occurrences: shared by the repository
// (tasks/TaskRepository.h) and the reminders (tasks/Reminders.h). No access
// rule here: callers put theirs into `where`.

// Tasks joined with their kind's and responsible person's names; `where`
// (on the alias t) narrows them, in id order. Reminders are not read.
Result<QList<Task>> selectTasks(QSqlDatabase& db, const QString& where, const QVariantList& args);

// An occurrence of a series changed on its own: done, cancelled or moved.
struct OccurrenceChange
{
    QDate occursOn;
    TaskState state = TaskState::Open;
    QDate movedDay;
    std::optional<QTime> movedTime;
    QString result;
};

// The changed occurrences of the series `seriesIds`, by task.
Result<QHash<qint64, QList<OccurrenceChange>>>
loadOccurrenceChanges(QSqlDatabase& db, const QList<qint64>& seriesIds);

// One occurrence of a task where it falls: its day in the series and the
// day and time it is due (moved or not).
struct DueOccurrence
{
    QDate occursOn;
    QDate day;
    std::optional<QTime> time;
    TaskState state = TaskState::Open;
    QString result;
};

// The occurrences of `task` due within [from, to]: the task itself when it
// does not repeat; of a series, at most `limit` days of its rule, and the
// occurrences moved into the period.
Result<QList<DueOccurrence>> dueOccurrences(const Task& task,
                                            const QList<OccurrenceChange>& changes,
                                            const QDate& from, const QDate& to, int limit);

// The shop's clock in `zone`: when an occurrence is due (a whole day from
// its start of work) and what time it is. The system's own zone is Qt's
// local time, without a QTimeZone's lookups for each of a month's thousands
// of occurrences.
class ShopClock
{
public:
    explicit ShopClock(const QTimeZone& zone)
        : m_zone(zone), m_local(zone == QTimeZone::systemTimeZone())
    {
    }
    // A month's occurrences fall on a few hundred days and times: each is
    // worked out once.
    QDateTime start(const QDate& day, const std::optional<QTime>& time) const;
    QDateTime now() const;

private:
    QTimeZone m_zone;
    bool m_local;
    mutable QHash<qint64, QDateTime> m_starts;
};

// A reminder from its columns minutes_before and at (one of them NULL).
TaskReminder reminderFrom(const QVariant& minutesBefore, const QVariant& at);

// Our own ids as an SQL list ("1, 2, 3"): no one's text reaches it.
QString idList(const QList<qint64>& ids);

} // namespace kartoteka
