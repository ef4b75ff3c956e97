#include "tasks/Reminders.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

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

QString idList(const QList<qint64>& ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(u", "_s);
}

} // namespace

Result<QList<DueReminder>> dueReminders(Database& db, qint64 responsibleId, const QDateTime& since,
                                        const QDateTime& now, const QTimeZone& zone)
{
    // An occurrence up to a month after now may have its reminder due.
    TaskQuery query;
    query.from = since.toTimeZone(zone).date().addDays(-1);
    query.to = now.toTimeZone(zone).date().addDays(kLongestReminderMinutes / (24 * 60) + 1);
    query.responsibleId = responsibleId;
    query.withRemindersOnly = true;
    query.limit = 100000;
    Result<QList<TaskOccurrence>> occurrences = TaskRepository(db, zone).occurrences(query);
    if (!occurrences)
        return occurrences.error();
    if (occurrences->isEmpty())
        return QList<DueReminder>();
    QList<qint64> taskIds;
    for (const TaskOccurrence& o : *occurrences)
        taskIds << o.task.id;
    std::sort(taskIds.begin(), taskIds.end());
    taskIds.erase(std::unique(taskIds.begin(), taskIds.end()), taskIds.end());
    // Ids read above, our own numbers: no one's text in these lists.
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(), u"SELECT id, task_id, minutes_before, at FROM task_reminders WHERE "
                         u"task_id IN ("_s +
                             idList(taskIds) + u")"_s);
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Reminder>> byTask;
    QList<qint64> reminderIds;
    for (const QSqlRecord& r : *rows) {
        Reminder reminder{r.value(0).toLongLong(), {}};
        if (!r.value(2).isNull())
            reminder.when.minutesBefore = r.value(2).toInt();
        else
            reminder.when.at =
                QDateTime::fromString(r.value(3).toString(), Qt::ISODateWithMs).toUTC();
        byTask[r.value(1).toLongLong()].append(reminder);
        reminderIds << reminder.id;
    }
    Result<QList<QSqlRecord>> shown = sql::rows(
        db.connection(), u"SELECT reminder_id, occurs_on FROM task_reminder_deliveries WHERE "
                         u"reminder_id IN ("_s +
                             idList(reminderIds) + u")"_s);
    if (!shown)
        return shown.error();
    QSet<QString> delivered;
    for (const QSqlRecord& r : *shown)
        delivered.insert(r.value(0).toString() + u'/' + r.value(1).toString());

    QList<DueReminder> due;
    for (const TaskOccurrence& o : *occurrences) {
        for (const Reminder& r : byTask.value(o.task.id)) {
            // A moment of its own belongs to a task that does not repeat.
            const QDateTime at = r.when.minutesBefore >= 0
                                     ? o.start.addSecs(-60LL * r.when.minutesBefore)
                                     : (o.task.repeats() ? QDateTime() : r.when.at);
            if (!at.isValid() || at <= since || at > now)
                continue;
            if (delivered.contains(QString::number(r.id) + u'/' + o.occursOn.toString(Qt::ISODate)))
                continue;
            due.append({r.id, o.task.id, o.occursOn, o.task.title, o.task.clientId, o.start, at});
        }
    }
    std::sort(due.begin(), due.end(), [](const DueReminder& a, const DueReminder& b) {
        return a.remindAt != b.remindAt ? a.remindAt < b.remindAt : a.reminderId < b.reminderId;
    });
    return due;
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

} // namespace kartoteka
