#pragma once

#include "storage/Result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace kartoteka {

// A table's indexes set aside while one statement writes or deletes a large
// share of its rows, and built again, as they were, before the transaction
// commits. SQLite updates an index row by row, each in a page of its own;
// building one sorts the whole table once. Moving 87,000 clients into a
// 100,000-client file took 10.8 s with the clients' indexes in place, 1.5 s
// without them and 4.5 s to build them again (tests/bench/import_floor.sql).
//
// The transaction keeps this all or nothing: a failed write or a crash leaves
// the indexes as they were. On a server nothing is paused: dropping an index
// there locks every reader out of the table until the commit.
class PausedIndexes
{
public:
    // Whether writing `rows` rows into (or deleting them from) a table of
    // `tableRows` is worth it: when they are a quarter of it or more, below
    // which the build of every row costs more than what the write saves.
    static bool worthIt(qint64 rows, qint64 tableRows);
    // Below this many rows it never is: a few thousand are written in well
    // under a second either way (and the table need not be counted).
    static constexpr qint64 kFewestRows = 5000;

    // Drops `table`'s indexes but the `kept` ones, which the write itself
    // looks rows up by (in its triggers, say). Call only inside a write
    // transaction. An index that cannot be dropped (a statement of the
    // connection is still reading the table) stays.
    static Result<PausedIndexes> pause(QSqlDatabase& db, const QString& table,
                                       const QStringList& kept);

    // Builds the dropped indexes again. The transaction must not commit
    // before this has succeeded.
    Status resume();

private:
    explicit PausedIndexes(QSqlDatabase& db) : m_db(&db) {}

    QSqlDatabase* m_db;
    QStringList m_definitions; // CREATE INDEX statements as the schema stores them
};

} // namespace kartoteka
