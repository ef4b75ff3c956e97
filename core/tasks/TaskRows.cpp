#include "tasks/TaskRows.h"

#include "storage/Sql.h"
#include "tasks/Recurrence.h"

#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

const QString kSelect =
    u"SELECT t.id, t.version, t.title, t.kind_id, k.name, t.client_id, t.deal_id, "
    u"t.responsible_id, u.name, t.due_date, t.due_time, t.duration_min, t.priority, t.notes, "
    u"t.repeat_rule, t.state, t.result, c.display_name, t.origin FROM tasks t "
    u"LEFT JOIN list_items k ON k.id = t.kind_id "
    u"LEFT JOIN users u ON u.id = t.responsible_id "
    u"LEFT JOIN clients c ON c.id = t.client_id"_s;

Task taskFrom(const QSqlQuery& r)
{
    Task t;
    t.id = r.value(0).toLongLong();
    t.version = r.value(1).toLongLong();
    t.title = r.value(2).toString();
    t.kindId = r.value(3).toLongLong();
    t.kind = r.value(4).toString();
    t.clientId = r.value(5).toLongLong();
    t.dealId = r.value(6).toLongLong();
    t.responsibleId = r.value(7).toLongLong();
    t.responsible = r.value(8).toString();
    t.dueDate = QDate::fromString(r.value(9).toString(), Qt::ISODate);
    if (!r.value(10).isNull())
        t.dueTime = QTime::fromString(r.value(10).toString(), u"HH:mm"_s);
    t.durationMinutes = r.value(11).toInt();
    t.priority = TaskPriority(std::clamp(r.value(12).toInt(), 0, 2));
    t.notes = r.value(13).toString();
    t.repeatRule = r.value(14).toString();
    t.state = taskStateFromName(r.value(15).toString()).value_or(TaskState::Open);
    t.result = r.value(16).toString();
    t.clientName = r.value(17).toString();
    t.origin = r.value(18).toString();
    return t;
}

void parseMoved(const QString& text, OccurrenceChange& change)
{
    if (text.isEmpty())
        return;
    change.movedDay = QDate::fromString(text.left(10), Qt::ISODate);
    if (text.size() > 10)
        change.movedTime = QTime::fromString(text.mid(11, 5), u"HH:mm"_s);
}

} // namespace

Result<QList<Task>> selectTasks(QSqlDatabase& db, const QString& where, const QVariantList& args)
{
    QList<Task> tasks;
    Status s = sql::eachRow(db, kSelect + u" WHERE "_s + where + u" ORDER BY t.id"_s, args,
                            [&](const QSqlQuery& row) { tasks.append(taskFrom(row)); });
    if (!s)
        return s.error();
    return tasks;
}

Result<QHash<qint64, QList<OccurrenceChange>>> loadOccurrenceChanges(QSqlDatabase& db,
                                                                     const QList<qint64>& seriesIds)
{
    QHash<qint64, QList<OccurrenceChange>> changes;
    if (seriesIds.isEmpty())
        return changes;
    Result<QList<QSqlRecord>> rows =
        sql::rows(db, u"SELECT task_id, occurs_on, state, moved_to, result FROM "
                      u"task_occurrences WHERE task_id IN ("_s +
                          idList(seriesIds) + u")"_s);
    if (!rows)
        return rows.error();
    for (const QSqlRecord& r : *rows) {
        OccurrenceChange c;
        c.occursOn = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        c.state = taskStateFromName(r.value(2).toString()).value_or(TaskState::Open);
        parseMoved(r.value(3).toString(), c);
        c.result = r.value(4).toString();
        changes[r.value(0).toLongLong()].append(c);
    }
    return changes;
}

Result<QList<DueOccurrence>> dueOccurrences(const Task& task,
                                            const QList<OccurrenceChange>& changes,
                                            const QDate& from, const QDate& to, int limit)
{
    QList<DueOccurrence> due;
    auto within = [&](const QDate& day) { return day >= from && day <= to; };
    if (!task.repeats()) {
        if (within(task.dueDate))
            due.append({task.dueDate, task.dueDate, task.dueTime, task.state, task.result});
        return due;
    }
    Result<QList<QDate>> days = occurrenceDays(task.repeatRule, task.dueDate, from, to, limit);
    if (!days)
        return days.error();
    for (const QDate& day : *days) {
        auto change = std::find_if(changes.begin(), changes.end(),
                                   [&](const OccurrenceChange& c) { return c.occursOn == day; });
        if (change == changes.end())
            due.append({day, day, task.dueTime, TaskState::Open, {}});
        else if (!change->movedDay.isValid())
            due.append({day, day, task.dueTime, change->state, change->result});
    }
    // Moved occurrences fall on the day they were moved to.
    for (const OccurrenceChange& c : changes) {
        if (c.movedDay.isValid() && within(c.movedDay))
            due.append({c.occursOn, c.movedDay, c.movedTime ? c.movedTime : task.dueTime, c.state,
                        c.result});
    }
    return due;
}

QDateTime ShopClock::start(const QDate& day, const std::optional<QTime>& time) const
{
    const QTime clock = time.value_or(workdayStart());
    const qint64 key = day.toJulianDay() * 24 * 60 + clock.msecsSinceStartOfDay() / 60000;
    auto known = m_starts.constFind(key);
    if (known != m_starts.constEnd())
        return *known;
    const QDateTime at = m_local ? QDateTime(day, clock) : QDateTime(day, clock, m_zone);
    m_starts.insert(key, at);
    return at;
}

QDateTime ShopClock::now() const
{
    return m_local ? QDateTime::currentDateTime() : QDateTime::currentDateTime().toTimeZone(m_zone);
}

TaskReminder reminderFrom(const QVariant& minutesBefore, const QVariant& at)
{
    if (!minutesBefore.isNull())
        return TaskReminder{minutesBefore.toInt(), {}};
    return TaskReminder{-1, QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC()};
}

QString idList(const QList<qint64>& ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(u", "_s);
}

} // namespace kartoteka
