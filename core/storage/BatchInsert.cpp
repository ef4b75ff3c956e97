#include "storage/BatchInsert.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Below both engines' limits on bound values (SQLite 32,766; PostgreSQL 65,535).
constexpr int kValuesPerStatement = 30000;
constexpr int kMaxRowsPerStatement = 500;
} // namespace

BatchInsert::BatchInsert(QSqlDatabase& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_perStatement(std::clamp(kValuesPerStatement / std::max<int>(1, int(columns.size())), 1,
                                kMaxRowsPerStatement)),
      m_statements(db)
{
}

QString BatchInsert::statementFor(int rows) const
{
    QStringList quoted;
    for (const QString& column : m_columns)
        quoted << sql::quoteIdentifier(column);
    QStringList marks(m_columns.size(), u"?"_s);
    const QString row = u"("_s + marks.join(u", "_s) + u")"_s;
    QStringList all(rows, row);
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(sql::quoteIdentifier(m_table),
                                                  quoted.join(u", "_s), all.join(u", "_s));
}

Status BatchInsert::add(const QVariantList& row)
{
    m_values.append(row);
    ++m_rows;
    if (m_values.size() >= qsizetype(m_perStatement) * m_columns.size())
        return finish();
    return Status::success();
}

Status BatchInsert::finish()
{
    if (m_values.isEmpty())
        return Status::success();
    const int rows = int(m_values.size() / m_columns.size());
    Result<QSqlQuery*> ran = m_statements.run(statementFor(rows), m_values);
    m_values.clear();
    if (!ran)
        return ran.error();
    return Status::success();
}

} // namespace kartoteka
