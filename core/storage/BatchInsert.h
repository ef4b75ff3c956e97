#pragma once

#include "storage/Result.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kartoteka {

// Inserts many rows into one table with few statements: rows are gathered
// and sent a few hundred at a time as one multi-row INSERT. To a server each
// statement is a round trip, so a statement per row would cost more than the
// rows themselves (moving a base to a server, postgresql's search rows).
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase& db, const QString& table, const QStringList& columns);
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    // One row, its values in the order of the columns.
    Status add(const QVariantList& row);
    // Sends what is still gathered. Call before reading the table.
    Status finish();
    qint64 rows() const { return m_rows; }

private:
    QString statementFor(int rows) const;

    QSqlDatabase& m_db;
    QString m_table;
    QStringList m_columns;
    int m_perStatement = 1;
    QVariantList m_values;
    qint64 m_rows = 0;
    sql::PreparedStatements m_statements;
};

} // namespace kartoteka
