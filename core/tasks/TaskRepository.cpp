#include "tasks/TaskRepository.h"

#include "accounts/Access.h"
#include "accounts/Accounts.h"
#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "clients/ClientChecks.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "language/Formats.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/Recurrence.h"
#include "tasks/Reminders.h"
#include "tasks/TaskRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::TaskRepository)
};

QVariant timeOrNull(const std::optional<QTime>& time)
{
    return time ? QVariant(time->toString(u"HH:mm"_s)) : QVariant();
}

Status staleTask()
{
    return makeError(ErrorKind::Conflict,
                     Tr::tr("Someone else changed this task in the meantime. Open it again to "
                            "see their change."));
}

// `missing` unless row `id` of `table` (our own constant) exists: whoever
// sees everything passes the reach checks without a look at the row.
Status requireRow(QSqlDatabase& db, const QString& table, qint64 id, const Error& missing)
{
    Result<QVariant> found =
        sql::scalar(db, u"SELECT count(*) FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (!found)
        return found.error();
    return found->toInt() > 0 ? Status::success() : Status(missing);
}

Error unreachableTask(qint64 id)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no task %1 among the tasks you can see.").arg(id));
}

QString movedText(const QDate& day, const std::optional<QTime>& time)
{
    return day.toString(Qt::ISODate) + (time ? u"T"_s + time->toString(u"HH:mm"_s) : QString());
}

// The person responsible for a task `who` writes: themselves unless they
// name someone, and only whoever sees all clients names someone else (or
// keeps the one it had). Deactivated accounts take no tasks.
Result<qint64> responsibleFor(QSqlDatabase& db, const Principal& who, qint64 requested,
                              qint64 current, bool byShop)
{
    const qint64 responsible = requested > 0 ? requested : who.accountId;
    if (!byShop && responsible != who.accountId && responsible != current) {
        if (!who.can(Capability::AllClients))
            return makeError(ErrorKind::Forbidden,
                             Tr::tr("Only the owner and those who see every client give tasks "
                                    "to others: write it for yourself, or ask them."));
    }
    if (responsible == 0)
        return qint64(0);
    Result<QVariant> active =
        sql::scalar(db, u"SELECT count(*) FROM users WHERE id = ? AND active = 1"_s, {responsible});
    if (!active)
        return active.error();
    if (active->toInt() == 0)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("Tasks go to active accounts only: choose someone who works here."));
    return responsible;
}

// Someone else given a task about a client must see that client's card (the
// rule they are held to when signed in), or they could neither call them nor
// close the task onto their timeline.
Status requireResponsibleSees(Database& database, QSqlDatabase& db, qint64 responsible,
                              qint64 clientId)
{
    Result<Principal> them = Accounts(database).principalOf(responsible);
    if (!them)
        return them.error();
    const Status sees = requireClientReach(db, *them, clientId);
    if (sees || sees.error().kind != ErrorKind::NotFound)
        return sees;
    return makeError(ErrorKind::Invalid,
                     Tr::tr("That person does not see this client's card: give the task to "
                            "the client's manager, or to someone who sees every client."));
}

// The rule and, for a series that ends, its last day: the columns
// repeat_rule and repeat_until (both NULL for a task that does not repeat).
Result<QVariantList> seriesColumns(const Task& task)
{
    if (!task.repeats())
        return QVariantList{QVariant(), QVariant()};
    const QString rule = task.repeatRule.trimmed().toUpper();
    Result<QDate> last = lastOccurrenceDay(rule, task.dueDate);
    if (!last)
        return last.error();
    return QVariantList{rule, last->isValid() ? QVariant(last->toString(Qt::ISODate)) : QVariant()};
}

// A task written waits for its reminders' next moments; those of the last
// few minutes still come, should the check not have run since.
Status scheduleAfterWrite(QSqlDatabase& db, qint64 taskId, const QTimeZone& zone)
{
    return scheduleReminders(db, {taskId}, QDateTime::currentDateTimeUtc().addSecs(-5 * 60), zone);
}

// A task about a deal is about the deal's client too: it shows on their
// card, and done it reaches their timeline. Another client is refused.
Status takeDealsClient(QSqlDatabase& db, const Principal& who, Task& task)
{
    if (task.dealId <= 0)
        return Status::success();
    if (Status s = requireDealReach(db, who, task.dealId); !s)
        return s;
    Result<QVariant> client =
        sql::scalar(db, u"SELECT client_id FROM deals WHERE id = ?"_s, {task.dealId});
    if (!client)
        return client.error();
    if (!client->isValid() || client->isNull())
        return Status::success(); // no such deal: validate() says so
    if (task.clientId > 0 && task.clientId != client->toLongLong())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Deal %1 is another client's: leave the client out, or choose "
                                "their deal.")
                             .arg(task.dealId));
    task.clientId = client->toLongLong();
    return Status::success();
}

} // namespace

Status TaskRepository::validate(QSqlDatabase& db, const Task& task, const Task* before)
{
    if (!hasVisibleText(task.title))
        return makeError(ErrorKind::Invalid, Tr::tr("Give the task a title: what is to be done."));
    if (hasControlCharacters(task.title))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task's title is one line of text, without line breaks, tabs "
                                "or control characters: put the rest in its notes."));
    if (!task.dueDate.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the day the task is due."));
    if (task.title.size() > kLongestTaskTitle)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task's title is at most %1 characters: put the rest in its "
                                "notes.")
                             .arg(kLongestTaskTitle));
    // A shop's tasks fall within its lifetime: year 1 or 9999 is a typo.
    const QDate today = QDate::currentDate();
    if (task.dueDate < today.addYears(-kTaskYearsAround) ||
        task.dueDate > today.addYears(kTaskYearsAround))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task is due within %n year(s) of today: check the day.", nullptr,
                                kTaskYearsAround));
    if (task.durationMinutes < 0 || task.durationMinutes > 7 * 24 * 60)
        return makeError(ErrorKind::Invalid, Tr::tr("A task lasts from no time at all to a week."));
    if (task.repeats()) {
        if (Status s = checkRepeatRule(task.repeatRule); !s)
            return s;
        // A series that ends before it begins would be shown nowhere.
        Result<QList<QDate>> first =
            occurrenceDays(task.repeatRule, task.dueDate, task.dueDate, QDate(9999, 12, 31), 1);
        if (!first)
            return first.error();
        if (first->isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("This repeat ends before the task's first day: it would "
                                    "never come. Check its end or the first day."));
    }
    if (task.kindId > 0) {
        Result<QVariant> kind =
            sql::scalar(db, u"SELECT count(*) FROM list_items WHERE id = ? AND list = ?"_s,
                        {task.kindId, kTaskKinds});
        if (!kind)
            return kind.error();
        if (kind->toInt() == 0)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("There is no such task kind: choose one from the list."));
    }
    const Principal& who = m_db.principal();
    if (task.clientId > 0 && (!before || before->clientId != task.clientId)) {
        if (Status s = requireClientReach(db, who, task.clientId); !s)
            return s;
        if (Status s =
                requireRow(db, u"clients"_s, task.clientId, unreachableClient(task.clientId));
            !s)
            return s;
    }
    if (task.dealId > 0 && (!before || before->dealId != task.dealId)) {
        if (Status s = requireDealReach(db, who, task.dealId); !s)
            return s;
        if (Status s = requireRow(db, u"deals"_s, task.dealId, unreachableDeal(task.dealId)); !s)
            return s;
    }
    // A moment of its own comes before the task starts (a series reminds
    // only so long before each day).
    const QDateTime start = ShopClock(m_zone).start(task.dueDate, task.dueTime);
    for (const TaskReminder& r : task.reminders) {
        if (r.minutesBefore < 0 && !r.at.isValid())
            return makeError(ErrorKind::Invalid, Tr::tr("A reminder needs its moment."));
        if (r.minutesBefore < 0 && task.repeats())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A repeating task is reminded of so long before each of its "
                                    "days (15m, 1d), not at one moment."));
        if (r.minutesBefore < 0 && r.at > start)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A reminder comes before the task, not after it: choose a "
                                    "moment before %1.")
                                 .arg(formatDateTime(start)));
    }
    return Status::success();
}

Status TaskRepository::writeReminders(QSqlDatabase& db, const Task& task)
{
    if (Status s = sql::exec(db, u"DELETE FROM task_reminders WHERE task_id = ?"_s, {task.id}); !s)
        return s;
    QList<TaskReminder> written; // the same reminder twice is one
    for (const TaskReminder& r : task.reminders) {
        if (written.contains(r))
            continue;
        written.append(r);
        if (Status s = sql::exec(
                db, u"INSERT INTO task_reminders (task_id, minutes_before, at) VALUES (?, ?, ?)"_s,
                {task.id, r.minutesBefore >= 0 ? QVariant(r.minutesBefore) : QVariant(),
                 r.minutesBefore >= 0 ? QVariant() : QVariant(utcTimestamp(r.at))});
            !s)
            return s;
    }
    return Status::success();
}

Result<QVariantList> TaskRepository::prepareWrite(QSqlDatabase& db, Task& task, const Task* before,
                                                  bool byShop)
{
    if (Status s = takeDealsClient(db, m_db.principal(), task); !s)
        return s.error();
    if (Status s = validate(db, task, before); !s)
        return s.error();
    Result<qint64> responsible = responsibleFor(db, m_db.principal(), task.responsibleId,
                                                before ? before->responsibleId : 0, byShop);
    if (!responsible)
        return responsible.error();
    task.responsibleId = *responsible;
    const Principal& who = m_db.principal();
    if (task.clientId > 0 && *responsible > 0 && *responsible != who.accountId &&
        (!before || before->responsibleId != *responsible || before->clientId != task.clientId)) {
        if (Status s = requireResponsibleSees(m_db, db, *responsible, task.clientId); !s)
            return s.error();
    }
    return seriesColumns(task);
}

Status TaskRepository::create(Task& task)
{
    return m_db.write([&](Transaction& tx) { return createIn(tx, task); });
}

Status TaskRepository::createIn(Transaction& tx, Task& task)
{
    return insertIn(tx, task, false);
}

Status TaskRepository::insertIn(Transaction& tx, Task& task, bool byShop)
{
    Result<QVariantList> series = prepareWrite(tx.db(), task, nullptr, byShop);
    if (!series)
        return series.error();
    const QString now = nowUtc();
    Result<QVariant> id = sql::scalar(
        tx.db(),
        u"INSERT INTO tasks (title, kind_id, client_id, deal_id, responsible_id, due_date, "
        u"due_time, duration_min, priority, notes, repeat_rule, repeat_until, created_at, "
        u"created_by, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"RETURNING id"_s,
        {task.title.trimmed(), sql::idOrNull(task.kindId), sql::idOrNull(task.clientId),
         sql::idOrNull(task.dealId), sql::idOrNull(task.responsibleId),
         task.dueDate.toString(Qt::ISODate), timeOrNull(task.dueTime), task.durationMinutes,
         int(task.priority), task.notes, series->at(0), series->at(1), now, m_db.actor(), now,
         task.origin.isEmpty() ? QVariant() : QVariant(task.origin)});
    if (!id)
        return id.error();
    task.id = id->toLongLong();
    task.version = 1;
    task.state = TaskState::Open;
    if (Status s = writeReminders(tx.db(), task); !s)
        return s;
    if (Status s = scheduleAfterWrite(tx.db(), task.id, m_zone); !s)
        return s;
    tx.recordChange(kEntity, task.id, ChangeOp::Insert);
    return auditChange(tx, kEntity, u"insert"_s, task.id, task.clientId, {}, auditedTask);
}

Status TaskRepository::createForShop(Transaction& tx, Task& task, const QList<qint64>& candidates)
{
    // prepareWrite refuses before it writes anything: trying the next is safe.
    for (qint64 candidate : candidates) {
        if (candidate <= 0)
            continue;
        task.responsibleId = candidate;
        const Status made = insertIn(tx, task, true);
        if (made ||
            (made.error().kind != ErrorKind::Invalid && made.error().kind != ErrorKind::Forbidden))
            return made;
    }
    task.responsibleId = 0;
    return insertIn(tx, task, false);
}

Status TaskRepository::update(Task& task)
{
    return m_db.write([&](Transaction& tx) -> Status {
        Result<Task> before = loadIn(tx.db(), task.id);
        if (!before)
            return before.error();
        if (before->version != task.version)
            return staleTask();
        Result<QVariantList> series = prepareWrite(tx.db(), task, &*before);
        if (!series)
            return series.error();
        Result<QVariantMap> audited = auditedTask(tx.db(), task.id);
        if (!audited)
            return audited.error();
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE tasks SET title = ?, kind_id = ?, client_id = ?, deal_id = ?, "
            u"responsible_id = ?, due_date = ?, due_time = ?, duration_min = ?, priority = ?, "
            u"notes = ?, repeat_rule = ?, repeat_until = ?, updated_at = ?, "
            u"version = version + 1 "
            u"WHERE id = ? AND version = ?"_s,
            {task.title.trimmed(), sql::idOrNull(task.kindId), sql::idOrNull(task.clientId),
             sql::idOrNull(task.dealId), sql::idOrNull(task.responsibleId),
             task.dueDate.toString(Qt::ISODate), timeOrNull(task.dueTime), task.durationMinutes,
             int(task.priority), task.notes, series->at(0), series->at(1), nowUtc(), task.id,
             task.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return staleTask();
        task.version += 1;
        if (Status s = writeReminders(tx.db(), task); !s)
            return s;
        if (Status s = scheduleAfterWrite(tx.db(), task.id, m_zone); !s)
            return s;
        tx.recordChange(kEntity, task.id, ChangeOp::Update);
        return auditChange(tx, kEntity, u"update"_s, task.id, task.clientId, *audited, auditedTask);
    });
}

Result<Task> TaskRepository::loadIn(QSqlDatabase& db, qint64 id)
{
    const ScopeSql scope = taskScope(m_db.principal(), u"t"_s);
    Result<QList<Task>> found =
        selectTasks(db, u"t.id = ? AND "_s + scope.sql, QVariantList{id} + scope.args);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return unreachableTask(id);
    Task task = found->constFirst();
    Result<QList<QSqlRecord>> reminders = sql::rows(
        db, u"SELECT minutes_before, at FROM task_reminders WHERE task_id = ? ORDER BY id"_s, {id});
    if (!reminders)
        return reminders.error();
    for (const QSqlRecord& r : *reminders)
        task.reminders.append(reminderFrom(r.value(0), r.value(1)));
    return task;
}

Result<Task> TaskRepository::load(qint64 id)
{
    return loadIn(m_db.connection(), id);
}

Result<int> TaskRepository::openBefore(const QDate& day, qint64 responsibleId)
{
    const ScopeSql scope = taskScope(m_db.principal(), u"t"_s);
    QString sql = u"SELECT count(*) FROM tasks t WHERE t.state = 'open' AND t.repeat_rule IS NULL "
                  u"AND t.due_date < ? AND "_s +
                  scope.sql;
    QVariantList args{day.toString(Qt::ISODate)};
    args += scope.args;
    if (responsibleId > 0) {
        sql += u" AND t.responsible_id = ?"_s;
        args << responsibleId;
    }
    Result<QVariant> count = sql::scalar(m_db.connection(), sql, args);
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QList<TaskOccurrence>> TaskRepository::occurrences(const TaskQuery& query)
{
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to)
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the first and the last day to show."));
    // A colleague's tasks, or those of a client or deal out of reach, are
    // refused rather than shown as none.
    const Principal& who = m_db.principal();
    if (query.responsibleId > 0 && query.responsibleId != who.accountId &&
        !who.can(Capability::AllClients))
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("Only the owner and those who see every client look at a "
                                "colleague's tasks and day."));
    if (query.clientId > 0) {
        if (Status s = requireClientReach(m_db.connection(), who, query.clientId); !s)
            return s.error();
        if (Status s = requireRow(m_db.connection(), u"clients"_s, query.clientId,
                                  unreachableClient(query.clientId));
            !s)
            return s.error();
    }
    if (query.dealId > 0) {
        if (Status s = requireDealReach(m_db.connection(), who, query.dealId); !s)
            return s.error();
    }
    const ScopeSql scope = taskScope(who, u"t"_s);
    QString where = scope.sql;
    QVariantList args = scope.args;
    // Whose and what about: in the period's subqueries too (below), so that
    // one person's, client's or deal's year is not read through everyone's.
    QString of;
    QVariantList ofArgs;
    const std::pair<QString, qint64> narrowing[] = {{u"responsible_id"_s, query.responsibleId},
                                                    {u"client_id"_s, query.clientId},
                                                    {u"deal_id"_s, query.dealId}};
    for (const auto& [column, id] : narrowing) {
        if (id <= 0)
            continue;
        of += u" AND %1 = ?"_s.arg(column);
        ofArgs << id;
        // "+": the period's ids lead, not every task of the person.
        where += u" AND +t.%1 = ?"_s.arg(column);
        args << id;
    }
    if (!query.withClosed)
        where += u" AND t.state = 'open'"_s;
    if (query.withRemindersOnly)
        where += u" AND EXISTS (SELECT 1 FROM task_reminders r WHERE r.task_id = t.id)"_s;
    const QString from = query.from.toString(Qt::ISODate);
    const QString to = query.to.toString(Qt::ISODate);
    // The tasks due in the period, the series begun before its end and not
    // ended before its start (endless ones apart), and those with an
    // occurrence moved into it: each found by its own index (of the open
    // ones only, when only they are wanted: schema 24).
    const QString open = query.withClosed ? QString() : u" AND state = 'open'"_s;
    where += u" AND t.id IN (SELECT id FROM tasks WHERE due_date BETWEEN ? AND ?"_s + of + open +
             u" AND repeat_rule IS NULL UNION ALL SELECT id FROM tasks WHERE repeat_rule "
             u"IS NOT NULL AND repeat_until >= ? AND due_date <= ?"_s +
             of + open +
             u" UNION ALL SELECT id FROM tasks WHERE repeat_rule IS NOT NULL AND repeat_until IS "
             u"NULL AND due_date <= ?"_s +
             of + open +
             u" UNION ALL SELECT task_id FROM task_occurrences WHERE moved_to >= ? AND moved_to "
             u"< ?)"_s;
    args << from << to << ofArgs << from << to << ofArgs << to << ofArgs << from
         << query.to.addDays(1).toString(Qt::ISODate);
    Result<QList<Task>> tasks = selectTasks(m_db.connection(), where, args);
    if (!tasks)
        return tasks.error();
    QList<qint64> series;
    for (const Task& task : *tasks) {
        if (task.repeats())
            series << task.id;
    }
    Result<QHash<qint64, QList<OccurrenceChange>>> changes =
        loadOccurrenceChanges(m_db.connection(), series);
    if (!changes)
        return changes.error();
    const ShopClock clock(m_zone);
    const QDateTime now = clock.now();
    QList<TaskOccurrence> result;
    for (const Task& task : *tasks) {
        Result<QList<DueOccurrence>> due =
            dueOccurrences(task, changes->value(task.id), query.from, query.to, query.limit);
        if (!due)
            return due.error();
        for (const DueOccurrence& d : *due) {
            if (!query.withClosed && d.state != TaskState::Open)
                continue;
            TaskOccurrence o;
            o.task = task;
            o.occursOn = d.occursOn;
            o.wholeDay = !d.time.has_value();
            o.start = clock.start(d.day, d.time);
            o.state = d.state;
            o.result = d.result;
            if (query.overdueOnly && !o.isOverdue(now))
                continue;
            result.append(o);
        }
    }
    // In the order of the clock on the wall: comparing two local times
    // converts both to UTC, thousands of times over in a month's sort.
    struct Place
    {
        qint64 start;
        int priority;
        qint64 taskId;
        qsizetype index;
    };
    std::vector<Place> places;
    places.reserve(size_t(result.size()));
    for (qsizetype i = 0; i < result.size(); ++i)
        places.push_back({result[i].start.date().toJulianDay() * 86400000 +
                              result[i].start.time().msecsSinceStartOfDay(),
                          int(result[i].task.priority), result[i].task.id, i});
    std::sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.taskId < b.taskId;
    });
    QList<TaskOccurrence> sorted;
    sorted.reserve(std::min<qsizetype>(result.size(), query.limit));
    for (const Place& p : places) {
        if (sorted.size() >= query.limit)
            break;
        sorted.append(std::move(result[p.index]));
    }
    return sorted;
}

Status TaskRepository::requireOccurrence(QSqlDatabase& db, const Task& task, const QDate& day)
{
    // An occurrence already changed alone (moved, say) is one of its days.
    Result<QVariant> known = sql::scalar(
        db, u"SELECT count(*) FROM task_occurrences WHERE task_id = ? AND occurs_on = ?"_s,
        {task.id, day.toString(Qt::ISODate)});
    if (!known)
        return known.error();
    if (known->toInt() > 0)
        return Status::success();
    Result<bool> inSeries = isOccurrenceDay(task.repeatRule, task.dueDate, day);
    if (!inSeries)
        return inSeries.error();
    if (!*inSeries)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The task does not fall on %1: choose one of its days.").arg(formatDate(day)));
    return Status::success();
}

Status TaskRepository::close(Transaction& tx, const Task& task, const QDate& occursOn,
                             TaskState state, const QString& result)
{
    const QString now = nowUtc();
    const QVariant doneAt = state == TaskState::Done ? QVariant(now) : QVariant();
    if (!task.repeats() || !occursOn.isValid()) {
        if (task.state != TaskState::Open)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("This task is already done or cancelled."));
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE tasks SET state = ?, result = ?, done_at = ?, updated_at = ?, "
            u"version = version + 1 WHERE id = ? AND version = ?"_s,
            {taskStateName(state), result.trimmed(), doneAt, now, task.id, task.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return staleTask();
    } else {
        if (Status s = requireOccurrence(tx.db(), task, occursOn); !s)
            return s;
        Result<QVariant> closed = sql::scalar(
            tx.db(),
            u"SELECT count(*) FROM task_occurrences WHERE task_id = ? AND occurs_on = ? AND "
            u"state <> 'open'"_s,
            {task.id, occursOn.toString(Qt::ISODate)});
        if (!closed)
            return closed.error();
        if (closed->toInt() > 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("This day of the task is already done or cancelled."));
        if (Status s = sql::exec(
                tx.db(),
                u"INSERT INTO task_occurrences (task_id, occurs_on, state, result, done_at) "
                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_id, occurs_on) DO UPDATE SET "
                u"state = excluded.state, result = excluded.result, done_at = excluded.done_at"_s,
                {task.id, occursOn.toString(Qt::ISODate), taskStateName(state), result.trimmed(),
                 doneAt});
            !s)
            return s;
        if (Status s = sql::exec(
                tx.db(), u"UPDATE tasks SET updated_at = ?, version = version + 1 WHERE id = ?"_s,
                {now, task.id});
            !s)
            return s;
    }
    if (Status s = scheduleAfterWrite(tx.db(), task.id, m_zone); !s)
        return s;
    tx.recordChange(kEntity, task.id, ChangeOp::Update);
    QJsonObject details{{u"title"_s, task.title}, {u"day"_s, occursOn.toString(Qt::ISODate)}};
    if (state == TaskState::Done)
        details.insert(u"result"_s, result.trimmed());
    return recordAudit(
        tx, {auditAction::changeAction(kEntity, state == TaskState::Done ? u"done"_s : u"cancel"_s),
             kEntity,
             task.id,
             task.clientId,
             {},
             details});
}

Status TaskRepository::complete(qint64 taskId, const QDate& occursOn, const QString& result)
{
    return m_db.write([&](Transaction& tx) -> Status {
        Result<Task> task = loadIn(tx.db(), taskId);
        if (!task)
            return task.error();
        if (Status s = close(tx, *task, occursOn, TaskState::Done, result); !s)
            return s;
        if (task->clientId <= 0)
            return Status::success();
        // On the client's timeline as the call or meeting it was.
        Result<QVariant> meaning =
            sql::scalar(tx.db(), u"SELECT meaning FROM list_items WHERE id = ?"_s,
                        {sql::idOrNull(task->kindId)});
        if (!meaning)
            return meaning.error();
        Interaction entry;
        entry.clientId = task->clientId;
        entry.kind = interactionKindFromName(meaning->toString()).value_or(InteractionKind::Note);
        if (entry.kind == InteractionKind::Purchase)
            entry.kind = InteractionKind::Note;
        entry.occurredAt = QDateTime::currentDateTimeUtc();
        if (entry.kind == InteractionKind::Call || entry.kind == InteractionKind::Message)
            entry.direction = u"out"_s;
        entry.result = result.trimmed();
        entry.text = task->title;
        QList<Interaction> entries{entry};
        return InteractionRepository(m_db).addIn(tx, entries);
    });
}

Status TaskRepository::cancel(qint64 taskId, const QDate& occursOn)
{
    return m_db.write([&](Transaction& tx) { return cancelIn(tx, taskId, occursOn); });
}

Status TaskRepository::cancelIn(Transaction& tx, qint64 taskId, const QDate& occursOn)
{
    Result<Task> task = loadIn(tx.db(), taskId);
    if (!task)
        return task.error();
    return close(tx, *task, occursOn, TaskState::Cancelled, {});
}

Status TaskRepository::reschedule(qint64 taskId, const QDate& occursOn, const QDate& day,
                                  const std::optional<QTime>& time)
{
    if (!day.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the day to move the task to."));
    return m_db.write([&](Transaction& tx) -> Status {
        Result<Task> task = loadIn(tx.db(), taskId);
        if (!task)
            return task.error();
        if (!task->repeats()) {
            Result<int> changed = sql::change(
                tx.db(),
                u"UPDATE tasks SET due_date = ?, due_time = ?, updated_at = ?, "
                u"version = version + 1 WHERE id = ? AND version = ?"_s,
                {day.toString(Qt::ISODate), timeOrNull(time), nowUtc(), task->id, task->version});
            if (!changed)
                return changed.error();
            if (*changed == 0)
                return staleTask();
        } else {
            if (Status s = requireOccurrence(tx.db(), *task, occursOn); !s)
                return s;
            if (Status s = sql::exec(
                    tx.db(),
                    u"INSERT INTO task_occurrences (task_id, occurs_on, moved_to) VALUES (?, ?, "
                    u"?) ON CONFLICT (task_id, occurs_on) DO UPDATE SET moved_to = "
                    u"excluded.moved_to"_s,
                    {task->id, occursOn.toString(Qt::ISODate), movedText(day, time)});
                !s)
                return s;
        }
        if (Status s = scheduleAfterWrite(tx.db(), taskId, m_zone); !s)
            return s;
        tx.recordChange(kEntity, taskId, ChangeOp::Update);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"move"_s),
                                kEntity,
                                taskId,
                                task->clientId,
                                {},
                                QJsonObject{{u"title"_s, task->title},
                                            {u"from"_s, occursOn.toString(Qt::ISODate)},
                                            {u"to"_s, movedText(day, time)}}});
    });
}

} // namespace kartoteka
