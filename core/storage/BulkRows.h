#pragma once

#include "storage/Result.h"
#include "storage/Sql.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace kartoteka {

// Reads a query's rows forward, a column at a time, without a QVariant per
// value: the reports read hundreds of thousands of rows (a month's buyers at
// a million clients), where QSqlQuery's QVariants cost more than SQLite's own
// work. On SQLite it steps the statement through the connection's handle;
// under another driver it reads through QSqlQuery, the same values.
class BulkRows
{
public:
    explicit BulkRows(QSqlDatabase& db);
    ~BulkRows();
    BulkRows(const BulkRows&) = delete;
    BulkRows& operator=(const BulkRows&) = delete;

    // Prepares `sql` and binds `args` as sql::rows() binds them.
    Status start(const QString& sql, const QVariantList& args = {});
    // The next row; false at the end or on an error (then error() says).
    bool next();
    Status error() const;

    bool isNull(int column) const;
    qint64 int64(int column) const; // NULL: 0
    // The column's text as UTF-8, valid until next(): timestamps and names
    // are read without a QString each.
    QByteArrayView utf8(int column) const;

private:
    void finish();

    QSqlDatabase& m_db;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::optional<QSqlQuery> m_query; // under other drivers
    mutable QByteArray m_text;        // the QSqlQuery path's last text read
    QString m_sql;
    std::optional<Error> m_error;
};

} // namespace kartoteka
