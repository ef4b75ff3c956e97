#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace kartoteka::sql {

struct ConnectionStatements;

// One statement run by the helpers of Sql.h. On a server connection of our
// own (sql::Connection) the statement stays prepared on the server between
// runs: Qt's driver otherwise sends PREPARE, EXECUTE and DEALLOCATE, three
// round trips, for every statement, and a board move or a card is dozens of
// statements. A file's statements are prepared afresh (SQLite does that in
// the process, and an unfinished statement would hold its read lock).
//
// A kept query reads its whole result at once (not forward-only): the
// driver's forward-only reading leaves the connection busy until the next
// statement, and a busy connection holds back the server's notifications
// (the change feed). The query is finished when the run goes; a kept query
// whose statement the server refused to prepare or plan is dropped, so the
// next run prepares it anew (a table changed under it, a restore), and so is
// one that read a large result (forget()), which it would otherwise hold
// until the statement runs again (finish() frees nothing in Qt's driver).
class StatementRun
{
public:
    StatementRun(QSqlDatabase& db, const QString& statement);
    ~StatementRun();
    StatementRun(const StatementRun&) = delete;
    StatementRun& operator=(const StatementRun&) = delete;

    // Prepares (if not yet), binds `args` in order and runs; false on error
    // (query().lastError() says which).
    bool exec(const QVariantList& args);
    QSqlQuery& query() { return *m_query; }
    // Not to be kept after this run (it read many rows).
    void forget() { m_forget = true; }

private:
    std::shared_ptr<ConnectionStatements> m_kept;
    std::optional<QSqlQuery> m_own; // not kept: prepared for this run only
    QSqlQuery* m_query = nullptr;
    QString m_statement;
    bool m_prepared = false;
    bool m_failed = false;
    bool m_forget = false;
};

// Takes the kept statements of the connection `connectionName` away, for
// its owner to drop after the connection is closed and removed: their
// queries then ask the server nothing (it forgets a session's statements
// itself), instead of one DEALLOCATE each, or a wait on a dead link.
std::shared_ptr<ConnectionStatements> takeKeptStatements(const QString& connectionName);

// How many statements a server connection keeps prepared, at most: the least
// recently run goes first.
inline constexpr int kKeptStatementsPerConnection = 200;
// Results larger than these are not held by a kept query (forget()).
inline constexpr int kKeptResultRows = 500;
inline constexpr qsizetype kKeptResultBytes = 256 * 1024;

} // namespace kartoteka::sql
