#include "tasks/Reminders.h"

#include "accounts/Access.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRows.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Reminder
{
    qint64 id = 0;
    TaskReminder when;
};

// What the check and the scheduler read about some tasks' reminders.
struct ReminderBook
{
    QList<Task> tasks;
    QHash<qint64, QList<OccurrenceChange>> changes;
    QHash<qint64, QList<Reminder>> byTask;
    QSet<QString> delivered; // deliveryKey()s
};

QString deliveryKey(qint64 reminderId, const QDate& occursOn)
{
    return QString::number(reminderId) + u'/' + occursOn.toString(Qt::ISODate);
}

// The tasks `taskIds` among those `scope` reaches, with their reminders.
Result<ReminderBook> readBook(QSqlDatabase& db, const QList<qint64>& taskIds, const ScopeSql& scope)
{
    ReminderBook book;
    Result<QList<Task>> tasks =
        selectTasks(db, u"t.id IN ("_s + idList(taskIds) + u") AND "_s + scope.sql, scope.args);
    if (!tasks)
        return tasks.error();
    book.tasks = *tasks;
    QList<qint64> ids, series;
    for (const Task& t : book.tasks) {
        ids << t.id;
        if (t.repeats())
            series << t.id;
    }
    if (ids.isEmpty())
        return book;
    Result<QHash<qint64, QList<OccurrenceChange>>> changes = loadOccurrenceChanges(db, series);
    if (!changes)
        return changes.error();
    book.changes = *changes;
    Result<QList<QSqlRecord>> rows =
        sql::rows(db, u"SELECT id, task_id, minutes_before, at FROM task_reminders WHERE "
                      u"task_id IN ("_s +
                          idList(ids) + u")"_s);
    if (!rows)
        return rows.error();
    QList<qint64> reminderIds;
    for (const QSqlRecord& r : *rows) {
        const Reminder reminder{r.value(0).toLongLong(), reminderFrom(r.value(2), r.value(3))};
        book.byTask[r.value(1).toLongLong()].append(reminder);
        reminderIds << reminder.id;
    }
    if (reminderIds.isEmpty())
        return book;
    Result<QList<QSqlRecord>> shown =
        sql::rows(db, u"SELECT reminder_id, occurs_on FROM task_reminder_deliveries WHERE "
                      u"reminder_id IN ("_s +
                          idList(reminderIds) + u")"_s);
    if (!shown)
        return shown.error();
    for (const QSqlRecord& r : *shown)
        book.delivered.insert(r.value(0).toString() + u'/' + r.value(1).toString());
    return book;
}

// When `reminder` comes for the occurrence starting at `start`; none for a
// moment of its own on a series (such a moment belongs to a task that does
// not repeat).
QDateTime momentOf(const Reminder& reminder, const Task& task, const QDateTime& start)
{
    if (reminder.when.minutesBefore >= 0)
        return start.addSecs(-60LL * reminder.when.minutesBefore);
    return task.repeats() ? QDateTime() : reminder.when.at;
}

// The open occurrences of `task` due within [from, to].
Result<QList<DueOccurrence>> openOccurrences(const ReminderBook& book, const Task& task,
                                             const QDate& from, const QDate& to, int limit)
{
    if (task.state != TaskState::Open)
        return QList<DueOccurrence>();
    Result<QList<DueOccurrence>> due =
        dueOccurrences(task, book.changes.value(task.id), from, to, limit);
    if (due)
        due->removeIf([](const DueOccurrence& d) { return d.state != TaskState::Open; });
    return due;
}

Status schedule(QSqlDatabase& db, const ReminderBook& book, const QDateTime& after,
                const QTimeZone& zone)
{
    const ShopClock clock(zone);
    const QDate from = after.toTimeZone(zone).date().addDays(-1);
    for (const Task& task : book.tasks) {
        // A reminder comes at most a month before; a series that repeats
        // once a year, or every fourth on 29 February, within eight years.
        Result<QList<DueOccurrence>> due = openOccurrences(
            book, task, from, from.addDays(kLongestReminderMinutes / (24 * 60) + 8 * 366 + 2), 64);
        if (!due)
            return due.error();
        for (const Reminder& r : book.byTask.value(task.id)) {
            QDateTime next;
            for (const DueOccurrence& d : *due) {
                const QDateTime at = momentOf(r, task, clock.start(d.day, d.time));
                if (at.isValid() && at > after && (!next.isValid() || at < next) &&
                    !book.delivered.contains(deliveryKey(r.id, d.occursOn)))
                    next = at;
            }
            if (Status s = sql::exec(
                    db, u"UPDATE task_reminders SET next_at = ?, responsible_id = ? WHERE id = ?"_s,
                    {next.isValid() ? QVariant(utcTimestamp(next)) : QVariant(),
                     task.responsibleId > 0 ? QVariant(task.responsibleId) : QVariant(), r.id});
                !s)
                return s;
        }
    }
    return Status::success();
}

} // namespace

Result<QList<DueReminder>> dueReminders(Database& db, qint64 responsibleId, const QDateTime& since,
                                        const QDateTime& now, const QTimeZone& zone)
{
    // A base without accounts has tasks of nobody in particular.
    Result<QList<QSqlRecord>> waiting =
        responsibleId > 0
            ? sql::rows(db.connection(),
                        u"SELECT DISTINCT task_id FROM task_reminders WHERE responsible_id = ? "
                        u"AND next_at <= ?"_s,
                        {responsibleId, utcTimestamp(now)})
            : sql::rows(db.connection(),
                        u"SELECT DISTINCT task_id FROM task_reminders WHERE responsible_id IS "
                        u"NULL AND next_at <= ?"_s,
                        {utcTimestamp(now)});
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return QList<DueReminder>();
    QList<qint64> taskIds;
    for (const QSqlRecord& r : *waiting)
        taskIds << r.value(0).toLongLong();

    const ShopClock clock(zone);
    QList<DueReminder> due;
    Status s = db.write([&](Transaction& tx) -> Status {
        Result<ReminderBook> book = readBook(tx.db(), taskIds, taskScope(db.principal(), u"t"_s));
        if (!book)
            return book.error();
        // An occurrence up to a month after now may have its reminder due.
        const QDate from = since.toTimeZone(zone).date().addDays(-1);
        const QDate to =
            now.toTimeZone(zone).date().addDays(kLongestReminderMinutes / (24 * 60) + 1);
        for (const Task& task : book->tasks) {
            Result<QList<DueOccurrence>> occurrences = openOccurrences(*book, task, from, to, 5000);
            if (!occurrences)
                return occurrences.error();
            for (const DueOccurrence& d : *occurrences) {
                const QDateTime start = clock.start(d.day, d.time);
                for (const Reminder& r : book->byTask.value(task.id)) {
                    const QDateTime at = momentOf(r, task, start);
                    if (!at.isValid() || at <= since || at > now ||
                        book->delivered.contains(deliveryKey(r.id, d.occursOn)))
                        continue;
                    due.append({r.id, task.id, d.occursOn, task.title, task.clientId,
                                task.clientName, start, !d.time.has_value(), at});
                }
            }
        }
        // Those due now are shown (claimReminder) right after; the rest of
        // the series waits for its next moment.
        return schedule(tx.db(), *book, now, zone);
    });
    if (!s)
        return s.error();
    std::sort(due.begin(), due.end(), [](const DueReminder& a, const DueReminder& b) {
        return a.remindAt != b.remindAt ? a.remindAt < b.remindAt : a.reminderId < b.reminderId;
    });
    return due;
}

Status scheduleReminders(QSqlDatabase& db, const QList<qint64>& taskIds, const QDateTime& after,
                         const QTimeZone& zone)
{
    // Whoever writes the task reaches it: no other scope here.
    Result<ReminderBook> book = readBook(db, taskIds, ScopeSql{u"1 = 1"_s, {}});
    if (!book)
        return book.error();
    return schedule(db, *book, after, zone);
}

Result<bool> claimReminder(Database& db, const DueReminder& reminder)
{
    bool claimed = false;
    Status s = db.write([&](Transaction& tx) -> Status {
        Result<int> added = sql::change(
            tx.db(),
            u"INSERT INTO task_reminder_deliveries (reminder_id, occurs_on, delivered_at, host) "
            u"VALUES (?, ?, ?, ?) ON CONFLICT (reminder_id, occurs_on) DO NOTHING"_s,
            {reminder.reminderId, reminder.occursOn.toString(Qt::ISODate), nowUtc(), db.host()});
        if (!added)
            return added.error();
        claimed = *added > 0;
        return Status::success();
    });
    if (!s)
        return s.error();
    return claimed;
}

Result<QList<DueReminder>> remindersToShow(Database& db, qint64 responsibleId,
                                           const QDateTime& since, const QDateTime& now,
                                           const QTimeZone& zone)
{
    Result<QList<DueReminder>> due = dueReminders(db, responsibleId, since, now, zone);
    if (!due)
        return due.error();
    QList<DueReminder> mine;
    for (const DueReminder& reminder : *due) {
        Result<bool> claimed = claimReminder(db, reminder);
        if (!claimed)
            return claimed.error();
        if (*claimed)
            mine.append(reminder);
    }
    return mine;
}

} // namespace kartoteka
