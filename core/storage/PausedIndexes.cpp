#include "storage/PausedIndexes.h"

#include "storage/Sql.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

bool PausedIndexes::worthIt(qint64 rows, qint64 tableRows)
{
    return rows >= kFewestRows && rows * 4 >= tableRows;
}

Result<PausedIndexes> PausedIndexes::pause(QSqlDatabase& db, const QString& table,
                                           const QStringList& kept)
{
    PausedIndexes paused(db);
    if (sql::backendOf(db) != Backend::Sqlite)
        return paused;
    // Indexes of UNIQUE and PRIMARY KEY constraints have no statement and
    // cannot be dropped: they stay.
    Result<QList<QSqlRecord>> indexes =
        sql::rows(db,
                  u"SELECT name, sql FROM sqlite_master "
                  u"WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"_s,
                  {table});
    if (!indexes)
        return indexes.error();
    for (const QSqlRecord& index : *indexes) {
        const QString name = index.value(0).toString();
        if (kept.contains(name))
            continue;
        // SQLite refuses to drop while another statement of the connection is
        // still reading; the indexes left then only make the write slower.
        if (!sql::exec(db, u"DROP INDEX "_s + sql::quoteIdentifier(name)))
            break;
        paused.m_definitions.append(index.value(1).toString());
    }
    return paused;
}

Status PausedIndexes::resume()
{
    while (!m_definitions.isEmpty()) {
        if (Status s = sql::exec(*m_db, m_definitions.first()); !s)
            return s;
        m_definitions.removeFirst();
    }
    return Status::success();
}

} // namespace kartoteka
