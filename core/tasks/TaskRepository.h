#pragma once

#include "tasks/Task.h"

#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace kartoteka {

class Database;
class Transaction;

// What a list of tasks shows: occurrences due within [from, to] (local
// days), of one person's tasks or of everyone's the principal reaches.
struct TaskQuery
{
    QDate from;
    QDate to;
    qint64 responsibleId = 0;       // 0: anyone's
    qint64 clientId = 0;            // 0: any client
    qint64 dealId = 0;              // 0: any deal
    bool overdueOnly = false;       // open ones already past
    bool withClosed = false;        // done and cancelled ones too
    bool withRemindersOnly = false; // tasks with reminders only (the reminder check)
    int limit = 2000;
};

// Owns the SQL of tasks. A task is read and written only by whoever reaches
// it (accounts/Access.h taskScope: the person responsible, whoever reaches
// its client or deal, everyone's with AllClients); others get
// ErrorKind::NotFound, as for a task that does not exist. Only whoever sees
// all clients (the owner, seniors) makes someone else responsible.
// Change-feed rows: entity "task", id = the task's id.
class TaskRepository
{
public:
    // Days and times are the shop's local ones in `zone` (the system's).
    explicit TaskRepository(Database& db, const QTimeZone& zone = QTimeZone::systemTimeZone())
        : m_db(db), m_zone(zone)
    {
    }

    Status create(Task& task);
    // The same inside the caller's transaction: what a deal's move or a
    // rule makes happens in the move's own transaction.
    Status createIn(Transaction& tx, Task& task);
    // A task the shop's own rules make as the principal works (the next
    // sale, a greeting, an automation rule): for the first of `candidates`
    // (the person a rule names, the deal's manager, the client's) who is
    // active and sees the task's client, whatever the principal may assign
    // by hand; else the principal's own.
    Status createForShop(Transaction& tx, Task& task, const QList<qint64>& candidates);
    // The whole task (all of a series); a stale version is ErrorKind::Conflict.
    Status update(Task& task);
    Result<Task> load(qint64 id);
    Result<QList<TaskOccurrence>> occurrences(const TaskQuery& query);
    // How many open tasks that do not repeat were due before `day`, of
    // `responsibleId` (0: anyone's the principal reaches): those Today no
    // longer lists, so that it can say they exist.
    Result<int> openBefore(const QDate& day, qint64 responsibleId);

    // Done: the task, or its occurrence on `occursOn` when it repeats. With
    // a client, the done task goes to their timeline as the call, meeting
    // or note it was, with `result`; in the same transaction.
    Status complete(qint64 taskId, const QDate& occursOn, const QString& result);
    // Cancelled: the occurrence on `occursOn`, or (a null date, or a task
    // that does not repeat) the whole task.
    Status cancel(qint64 taskId, const QDate& occursOn);
    Status cancelIn(Transaction& tx, qint64 taskId, const QDate& occursOn = {});
    // Moves the occurrence on `occursOn` of a series (or the task itself) to
    // another day, and time when `time` is given.
    Status reschedule(qint64 taskId, const QDate& occursOn, const QDate& day,
                      const std::optional<QTime>& time);

    static inline const QString kEntity = QStringLiteral("task");

private:
    Status validate(QSqlDatabase& db, const Task& task, const Task* before);
    // What create and update check and settle before they write (`before`:
    // the task as stored, none for a new one): the deal's client, the rules,
    // the person responsible; gives the columns of its series.
    // `byShop`: a rule's task, given to whoever it names (createForShop).
    Result<QVariantList> prepareWrite(QSqlDatabase& db, Task& task, const Task* before,
                                      bool byShop = false);
    Status insertIn(Transaction& tx, Task& task, bool byShop);
    Status writeReminders(QSqlDatabase& db, const Task& task);
    // The task, only if the principal reaches it.
    Result<Task> loadIn(QSqlDatabase& db, qint64 id);
    // ErrorKind::Invalid unless `day` is a day of the series `task`.
    Status requireOccurrence(QSqlDatabase& db, const Task& task, const QDate& day);
    // Marks one occurrence (or the task) done or cancelled.
    Status close(Transaction& tx, const Task& task, const QDate& occursOn, TaskState state,
                 const QString& result);
    Database& m_db;
    QTimeZone m_zone;
};

} // namespace kartoteka
