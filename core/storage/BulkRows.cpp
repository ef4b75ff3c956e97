#include "storage/BulkRows.h"

#include "storage/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <sqlite3.h>

namespace kartoteka {

BulkRows::BulkRows(QSqlDatabase& db) : m_db(db), m_handle(sqliteHandle(db)) {}

BulkRows::~BulkRows()
{
    finish();
}

void BulkRows::finish()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_query.reset();
}

Status BulkRows::start(const QString& sql, const QVariantList& args)
{
    finish();
    m_error.reset();
    m_sql = sql;
    if (!m_handle) {
        m_query.emplace(m_db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql))
            return sql::errorFrom(m_query->lastError(), sql);
        for (const QVariant& arg : args)
            m_query->addBindValue(sql::bindable(arg));
        if (!m_query->exec())
            return sql::errorFrom(m_query->lastError(), sql);
        return Status::success();
    }
    const QByteArray text = sql.toUtf8();
    int rc =
        sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_handle, sql);
    for (int i = 0; i < args.size(); ++i) {
        rc = bindSqliteValue(m_statement, i + 1, args[i]);
        if (rc != SQLITE_OK)
            return sqliteError(rc, m_handle, sql);
    }
    return Status::success();
}

bool BulkRows::next()
{
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_error = sql::errorFrom(m_query->lastError(), m_sql);
        return false;
    }
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(rc, m_handle, m_sql);
    finish();
    return false;
}

Status BulkRows::error() const
{
    if (m_error)
        return *m_error;
    return Status::success();
}

bool BulkRows::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 BulkRows::int64(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView BulkRows::utf8(int column) const
{
    if (m_query) {
        m_text = m_query->value(column).toString().toUtf8();
        return m_text;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

} // namespace kartoteka
