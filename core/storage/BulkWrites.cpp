#include "storage/BulkWrites.h"

#include "storage/SqliteHandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace kartoteka {

BulkWrites::BulkWrites(QSqlDatabase& db) : m_db(db), m_handle(sqliteHandle(db)), m_queries(db) {}

BulkWrites::~BulkWrites()
{
    for (auto& [text, statement] : m_statements)
        sqlite3_finalize(statement);
}

Status BulkWrites::run(const QString& sql, const QVariantList& args)
{
    if (!m_handle) {
        Result<QSqlQuery*> query = m_queries.run(sql, args);
        if (!query)
            return query.error();
        m_lastId = (*query)->next() ? (*query)->value(0).toLongLong()
                                    : (*query)->lastInsertId().toLongLong();
        (*query)->finish();
        return Status::success();
    }
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        const int rc =
            sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(rc, m_handle, sql);
        found = m_statements.emplace(sql, statement).first;
    }
    sqlite3_stmt* statement = found->second;
    for (int i = 0; i < args.size(); ++i) {
        if (const int rc = bindSqliteValue(statement, i + 1, args[i]); rc != SQLITE_OK) {
            sqlite3_reset(statement);
            return sqliteError(rc, m_handle, sql);
        }
    }
    int rc = sqlite3_step(statement);
    const bool returned = rc == SQLITE_ROW; // RETURNING id
    const qint64 returnedId = returned ? sqlite3_column_int64(statement, 0) : 0;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    // The error is the step's; reset() would repeat it, clear_bindings() frees the copies.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return sqliteError(rc, m_handle, sql);
    m_lastId = returned ? returnedId : sqlite3_last_insert_rowid(m_handle);
    return Status::success();
}

} // namespace kartoteka
