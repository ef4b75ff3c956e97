#pragma once

#include "storage/BulkWrites.h"
#include "storage/Result.h"
#include "storage/Sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace kartoteka {

// Keeps a client's rows in the search indexes (client_words, client_grams) at
// the client's place in the list's name order (resources/sql/
// 0013_search_name_order.sql): a row's key is a rank, and ranks grow with
// (sort_key, id), so that a search reads its matches in name order and stops
// after a page. client_search_order pairs each rank with its client.
//
// On a server the same texts go to client_search, unranked: the server finds
// them with pg_trgm and sorts the matches (postgresql/0019_server_search.sql).
//
// Used inside a write transaction, after the clients row holds its sort_key.
// Statements are prepared once per instance: a demo or an import writes
// thousands of clients through the same ones.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase& db)
        : m_db(db), m_server(sql::backendOf(db) == Backend::PostgreSql)
    {
    }
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Writes (or rewrites) the client's search rows. A client keeps its rank
    // while it still lies between its neighbours' ones (an edit that leaves
    // the name), and takes a new one otherwise.
    Status write(qint64 clientId, const QString& sortKey, const QString& words,
                 const QString& grams);

    // Removes a client's search rows, before the client itself is deleted
    // (an undone import). Nothing to do for a client without them.
    Status forget(qint64 clientId);

    // Many new clients at once (an import): each one's rows are kept aside by
    // stage() and placeStaged() then gives them their ranks in one pass and
    // writes each index with one statement. Written one by one, every
    // statement of the import would make FTS5 (SQLite 3.40) flush its pending
    // rows at the statement's savepoint: a segment per client and merges
    // without end, a hundred times slower.
    Status stage(qint64 clientId, const QString& sortKey, const QString& words,
                 const QString& grams);
    Status placeStaged();
    // Forgets many clients with one statement per index (an undone import).
    Status forgetMany(const QList<qint64>& clientIds);

    // On a server: the search rows of every client of `file`, a base being
    // moved here, taken from the file's own indexes as they are. Returns how
    // many clients it wrote.
    Result<qint64> copyFromFile(QSqlDatabase& file);

    // The rank of the last client at or before (the first at or after) the
    // keyset position (sortKey, clientId) in name order; 0 if none: where a
    // search's next page starts.
    static Result<qint64> rankAt(QSqlDatabase& db, const QString& sortKey, qint64 clientId,
                                 bool atOrBefore);

    // Ranks of a fresh list are this far apart, and a client added after the
    // last one is placed this far after it.
    static constexpr qint64 kSpacing = qint64(1) << 32;
    // A used-up gap is refilled by spreading the client and its next
    // neighbours until each gap between them is at least this wide.
    static constexpr qint64 kSpreadGap = qint64(1) << 10;

private:
    // The rank of the client before / after (sortKey, id) in name order; 0 if none.
    Result<qint64> neighbour(const QString& sortKey, qint64 clientId, bool before);
    // A free rank between `before` and `after` (0: no such neighbour), or 0
    // when the gap is used up.
    static qint64 between(qint64 before, qint64 after);
    // Makes room after rank `before`: the next clients are spread out evenly
    // over a stretch wide enough; returns the free rank right after `before`.
    Result<qint64> spreadAfter(qint64 before, qint64 room = 1);
    // Moves a client's search rows and pairing from one rank to another.
    Status move(qint64 from, qint64 to);
    Status remove(qint64 rank);
    // Whether the file's indexes are keyed by rank (schema 13 on).
    Result<bool> ranked();

    Status writeOnServer(qint64 clientId, const QString& words, const QString& grams);
    Status run(const QString& statement, const QVariantList& args);
    Result<QVariant> value(const QString& statement, const QVariantList& args);

    QSqlDatabase& m_db;
    bool m_server = false; // a PostgreSQL server: client_search
    struct ServerRow
    {
        qint64 clientId;
        QString words;
        QString grams;
    };
    QList<ServerRow> m_serverStaged; // a server's stage() rows, for placeStaged()
    bool m_layoutKnown = false;
    bool m_ranked = true;   // the file has client_search_order (schema 13 on)
    bool m_staging = false; // temp.search_staging holds clients for placeStaged()
    sql::PreparedStatements m_statements{m_db}; // value()'s reads
    BulkWrites m_writes{m_db};
};

} // namespace kartoteka
