#pragma once

#include "storage/Result.h"
#include "storage/Sql.h"

#include <QString>
#include <QVariantList>

#include <map>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace kartoteka {

// Writes that return no rows, prepared once and run many times: an import's
// hundreds of thousands of inserts. On SQLite each run binds and steps the
// statement through the connection's handle, where QSqlQuery spent more on
// binding (a string and a hash entry per value) than SQLite on the insert;
// under another driver it runs through QSqlQuery, with the same effect.
class BulkWrites
{
public:
    explicit BulkWrites(QSqlDatabase& db);
    ~BulkWrites();
    BulkWrites(const BulkWrites&) = delete;
    BulkWrites& operator=(const BulkWrites&) = delete;

    // Runs `statement` with `args` (bound as sql::exec() binds them).
    Status run(const QString& statement, const QVariantList& args);
    // The id of the row the last run inserted: the first value its RETURNING
    // gave, if it has one (on a server, the only sure way: lastInsertId() is
    // the session's last sequence value, maybe a trigger's).
    qint64 lastInsertId() const { return m_lastId; }

private:
    QSqlDatabase& m_db;
    sqlite3* m_handle = nullptr;
    std::map<QString, sqlite3_stmt*> m_statements;
    sql::PreparedStatements m_queries; // under other drivers
    qint64 m_lastId = 0;
};

} // namespace kartoteka
