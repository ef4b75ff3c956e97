#pragma once

#include "storage/Result.h"
#include "storage/ServerAddress.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

// Thin helpers over QSqlQuery that always bind parameters (an invalid QVariant()
// binds NULL; any QString, even a null one, binds text), always finish the
// statement before returning (an open SELECT holds a lock that blocks other
// PCs' writes in shared mode) and turn driver errors into human messages.
namespace kartoteka::sql {

// Translates a driver error into an Error whose message says what to do and
// whose detail is technicalDetail(). `statement` goes to the log only.
Error errorFrom(const QSqlError& error, const QString& statement = {});

// The detail of an error from SQLite, as "Show details" shows it: what
// SQLite's result code means, in the person's language, then SQLite's own
// (English) words on a last line marked as technical. Never Qt's driver
// phrase ("Unable to execute statement") glued to them, nor SQL. A server's
// error: its own words with its SQLSTATE.
QString technicalDetail(const QSqlError& error);
// What an SQLite result code (primary or extended) means, translated.
QString sqliteCodeExplanation(int code);

Status exec(QSqlDatabase& db, const QString& statement, const QVariantList& args = {});
// Runs one statement of our own (a migration step, BEGIN, COMMIT) as it is,
// without preparing it: PostgreSQL's driver prepares with SQL's PREPARE,
// which takes only SELECT, INSERT, UPDATE, DELETE and VALUES. Never for
// statements holding values: those are bound through exec().
Status execDirect(QSqlDatabase& db, const QString& statement);
// Number of rows changed by an INSERT/UPDATE/DELETE.
Result<int> change(QSqlDatabase& db, const QString& statement, const QVariantList& args = {});
// First column of the first row; an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QVariantList& args = {});
// The few dialect pieces a report needs (the design keeps the rest of the
// SQL the same on both backends):
// the day number of an ISO-8601 UTC instant (text), with its fraction, as
// julianday() gives it on a file (differences of two are days);
QString dayNumber(Backend backend, const QString& expression);
// The local day ('YYYY-MM-DD') of an ISO-8601 UTC instant: SQLite's
// date(x, 'localtime'), the server's report_day() (postgresql/0010, the
// session's time zone).
QString localDay(Backend backend, const QString& expression);
// the larger of two values (SQLite's max(a, b), a server's GREATEST);
QString larger(Backend backend, const QString& a, const QString& b);
// SQLite's choice of index for a table ("INDEXED BY name"): nothing on a server.
QString indexedBy(Backend backend, const QString& index);

// Runs an INSERT into a table keyed by `id` and gives the new row's id, or 0
// when ON CONFLICT DO NOTHING left the row out. (RETURNING, which both
// backends know: SQLite's last_insert_rowid() is unknown to a server, and a
// server's lastval() may be a trigger's insert into another table.)
Result<qint64> insertReturningId(QSqlDatabase& db, const QString& insert,
                                 const QVariantList& args = {});
// Every row, read to the end. For small result sets only; big lists page.
Result<QList<QSqlRecord>> rows(QSqlDatabase& db, const QString& statement,
                               const QVariantList& args = {});
// Hands each row to `read`, which reads its values by column number:
// thousands of rows without a QSqlRecord each (one costs more than the
// query itself).
Status eachRow(QSqlDatabase& db, const QString& statement, const QVariantList& args,
               const std::function<void(const QSqlQuery&)>& read);

// What to bind for `value`: an invalid QVariant() binds NULL, any QString
// (even a null one) binds text.
QVariant bindable(const QVariant& value);
// A row's id to bind, or NULL for none (0): the optional references.
QVariant idOrNull(qint64 id);

// Which kind of database a connection talks to.
Backend backendOf(const QSqlDatabase& db);

// The schema version a database is at: SQLite's user_version, on a server the
// kartoteka_schema row (0 while that table does not exist yet).
Result<int> userVersion(QSqlDatabase& db);
// Sets it, in the caller's transaction.
Status setUserVersion(QSqlDatabase& db, int version);

// Statements prepared once and run many times (an import's inserts, the
// search index's steps: thousands of runs of a few statements). Each run
// binds anew; the caller finishes the query when it has read what it needs,
// and every query is finished when the set goes.
class PreparedStatements
{
public:
    explicit PreparedStatements(QSqlDatabase& db) : m_db(db) {}
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements&) = delete;
    PreparedStatements& operator=(const PreparedStatements&) = delete;

    // Runs `statement` with `args` (bound as exec() binds them).
    Result<QSqlQuery*> run(const QString& statement, const QVariantList& args);

private:
    QSqlDatabase& m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// After rows were inserted into `table` with ids the program chose: a
// server's id sequence is moved past them (SQLite needs nothing). Never
// back: row-level security may hide the largest ids from the session.
Status afterExplicitIds(QSqlDatabase& db, const QString& table);

// Ids for `count` new rows of `table` that the caller inserts itself, inside
// its write transaction. On a file: the ones after `after`, or after the
// largest id there is (the write lock keeps anyone else from adding). On a
// server: taken from the table's sequence, since row-level security may hide
// the largest id from the session.
Result<QList<qint64>> newIds(QSqlDatabase& db, const QString& table, int count, qint64 after = 0);

// SQLite's primary result code (SQLITE_BUSY = 5...) from a driver error, or 0
// (also for a server's error).
int sqliteCode(const QSqlError& error);
// A PostgreSQL server's SQLSTATE ("40001") from a driver error; empty for
// SQLite's.
QString serverState(const QSqlError& error);

// A double-quoted SQL identifier, for names read from sqlite_master (never user text).
QString quoteIdentifier(const QString& name);

// A QSQLITE (or, for a server address, QPSQL) connection with a unique name
// that is closed and removed when this goes out of scope. One per thread,
// never shared.
class Connection
{
public:
    Connection(const QString& path, const QString& options = {});
    // As `user` with `password` when given, else as the address says.
    explicit Connection(const ServerAddress& address, const QString& user = {},
                        const QString& password = {});
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Status open();
    QSqlDatabase& db() { return m_db; }
    const QString& name() const { return m_name; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace kartoteka::sql
