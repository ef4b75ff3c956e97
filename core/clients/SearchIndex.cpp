#include "clients/SearchIndex.h"

#include "clients/SearchText.h"

#include "storage/BatchInsert.h"
#include "storage/BulkRows.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

constexpr qint64 kLastRank = std::numeric_limits<qint64>::max();

// The client next to (sort_key, id) in name order (%1 one of < > <= >=,
// %2 the direction towards it), among the listed clients and the archived
// ones alike (the archive is searched in the same order): one step along
// clients_list (archived, sort_key, id) for each.
const QString kNeighbour = uR"(
    SELECT %3(o.rank) FROM client_search_order o WHERE o.client_id IN (
        SELECT id FROM (SELECT id FROM clients WHERE archived = 0 AND (sort_key, id) %1 (?, ?)
                         ORDER BY sort_key %2, id %2 LIMIT 1)
        UNION ALL
        SELECT id FROM (SELECT id FROM clients WHERE archived = 1 AND (sort_key, id) %1 (?, ?)
                         ORDER BY sort_key %2, id %2 LIMIT 1)))"_s;

QString neighbourSql(bool before, bool orEqual)
{
    return kNeighbour.arg(before ? (orEqual ? u"<="_s : u"<"_s) : (orEqual ? u">="_s : u">"_s),
                          before ? u"DESC"_s : u"ASC"_s, before ? u"max"_s : u"min"_s);
}

} // namespace

Status SearchIndex::write(qint64 clientId, const QString& sortKey, const QString& words,
                          const QString& grams)
{
    if (m_server)
        return writeOnServer(clientId, words, grams);
    Result<bool> isRanked = ranked();
    if (!isRanked)
        return isRanked.error();
    if (!*isRanked) {
        // A file of schema 12 or older, kept there by the upgrade tests that
        // fill an old schema with today's code: its rows are keyed by client id.
        for (const QString& statement : {u"DELETE FROM client_words WHERE rowid = ?"_s,
                                         u"DELETE FROM client_grams WHERE rowid = ?"_s}) {
            if (Status s = run(statement, {clientId}); !s)
                return s;
        }
        if (Status s =
                run(u"INSERT INTO client_words (rowid, words) VALUES (?, ?)"_s, {clientId, words});
            !s)
            return s;
        return run(u"INSERT INTO client_grams (rowid, grams) VALUES (?, ?)"_s, {clientId, grams});
    }
    Result<QVariant> stored =
        value(u"SELECT rank FROM client_search_order WHERE client_id = ?"_s, {clientId});
    if (!stored)
        return stored.error();
    const qint64 old = stored->toLongLong();
    Result<qint64> before = neighbour(sortKey, clientId, true);
    if (!before)
        return before.error();
    Result<qint64> after = neighbour(sortKey, clientId, false);
    if (!after)
        return after.error();
    qint64 rank = 0;
    if (old != 0 && old > *before && (*after == 0 || old < *after)) {
        // Still in its place: only the text is new.
        for (const QString& statement : {u"DELETE FROM client_words WHERE rowid = ?"_s,
                                         u"DELETE FROM client_grams WHERE rowid = ?"_s}) {
            if (Status s = run(statement, {old}); !s)
                return s;
        }
        rank = old;
    } else {
        if (old != 0) {
            if (Status s = remove(old); !s)
                return s;
        }
        rank = between(*before, *after);
        if (rank == 0) {
            Result<qint64> room = spreadAfter(*before);
            if (!room)
                return room.error();
            rank = *room;
        }
        if (Status s = run(u"INSERT INTO client_search_order (rank, client_id) VALUES (?, ?)"_s,
                           {rank, clientId});
            !s)
            return s;
    }
    if (Status s = run(u"INSERT INTO client_words (rowid, words) VALUES (?, ?)"_s, {rank, words});
        !s)
        return s;
    return run(u"INSERT INTO client_grams (rowid, grams) VALUES (?, ?)"_s, {rank, grams});
}

Result<qint64> SearchIndex::neighbour(const QString& sortKey, qint64 clientId, bool before)
{
    Result<QVariant> rank =
        value(neighbourSql(before, false), {sortKey, clientId, sortKey, clientId});
    if (!rank)
        return rank.error();
    return rank->toLongLong();
}

Result<qint64> SearchIndex::rankAt(QSqlDatabase& db, const QString& sortKey, qint64 clientId,
                                   bool atOrBefore)
{
    Result<QVariant> rank =
        sql::scalar(db, neighbourSql(atOrBefore, true), {sortKey, clientId, sortKey, clientId});
    if (!rank)
        return rank.error();
    return rank->toLongLong();
}

qint64 SearchIndex::between(qint64 before, qint64 after)
{
    if (after == 0) { // the last one (or the first of all)
        if (before == 0)
            return kSpacing;
        const qint64 room = kLastRank - before;
        return room >= kSpacing ? before + kSpacing : room >= 2 ? before + room / 2 : 0;
    }
    if (before == 0 && after > kSpacing) // before the first one
        return after - kSpacing;
    return after - before >= 2 ? before + (after - before) / 2 : 0;
}

Result<qint64> SearchIndex::spreadAfter(qint64 before, qint64 room)
{
    // Ever wider stretches after `before` until one holds its clients and the
    // new one with gaps of kSpreadGap (or `room`, for that many new ones
    // after `before`): a few dozen clients move, not the list.
    for (qint64 width = 16;; width *= 2) {
        Result<QList<QSqlRecord>> next = sql::rows(
            m_db, u"SELECT rank FROM client_search_order WHERE rank > ? ORDER BY rank LIMIT ?"_s,
            {before, width + 1});
        if (!next)
            return next.error();
        QList<qint64> ranks;
        for (const QSqlRecord& r : *next)
            ranks.append(r.value(0).toLongLong());
        const bool toTheEnd = ranks.size() <= width;
        qint64 upper = 0;
        if (toTheEnd) {
            // The rest of the list, spaced as a fresh one where the keys allow.
            const qint64 wanted = qint64(ranks.size() + 2) * kSpacing;
            upper = kLastRank - before > wanted ? before + wanted : kLastRank;
        } else {
            upper = ranks.takeLast();
        }
        const qint64 gap = (upper - before) / (ranks.size() + 2);
        if (!toTheEnd && gap < std::max(kSpreadGap, room))
            continue;
        if (gap < 1)
            return makeError(ErrorKind::Failed, u"the search order has no free rank left"_s);
        // Out of the way first (ranks are positive), then into place: a new
        // rank may be one that another client of the stretch still holds.
        for (qint64 rank : ranks) {
            if (Status s = move(rank, -rank); !s)
                return s.error();
        }
        for (int i = 0; i < ranks.size(); ++i) {
            if (Status s = move(-ranks[i], before + gap * (i + 2)); !s)
                return s.error();
        }
        return before + gap;
    }
}

Status SearchIndex::move(qint64 from, qint64 to)
{
    for (const QString& statement : {u"UPDATE client_words SET rowid = ? WHERE rowid = ?"_s,
                                     u"UPDATE client_grams SET rowid = ? WHERE rowid = ?"_s,
                                     u"UPDATE client_search_order SET rank = ? WHERE rank = ?"_s}) {
        if (Status s = run(statement, {to, from}); !s)
            return s;
    }
    return Status::success();
}

Result<bool> SearchIndex::ranked()
{
    if (!m_layoutKnown) {
        Result<QVariant> found =
            value(u"SELECT count(*) FROM sqlite_master WHERE name = 'client_search_order'"_s, {});
        if (!found)
            return found.error();
        m_ranked = found->toBool();
        m_layoutKnown = true;
    }
    return m_ranked;
}

Status SearchIndex::stage(qint64 clientId, const QString& sortKey, const QString& words,
                          const QString& grams)
{
    // The server's trigram indexes take rows in any order: they wait only
    // for their clients, which the import moves into place before it places
    // their search rows.
    if (m_server) {
        m_serverStaged.append({clientId, words, grams});
        return Status::success();
    }
    Result<bool> isRanked = ranked();
    if (!isRanked)
        return isRanked.error();
    if (!*isRanked)
        return write(clientId, sortKey, words, grams);
    if (!m_staging) {
        for (const QString& statement :
             {u"CREATE TEMP TABLE IF NOT EXISTS search_staging (client_id INTEGER PRIMARY KEY, "
              u"sort_key TEXT NOT NULL, words TEXT NOT NULL, grams TEXT NOT NULL, rank INTEGER)"_s,
              u"DELETE FROM temp.search_staging"_s}) {
            if (Status s = sql::exec(m_db, statement); !s)
                return s;
        }
        m_staging = true;
    }
    return run(u"INSERT OR REPLACE INTO temp.search_staging (client_id, sort_key, words, grams) "
               u"VALUES (?, ?, ?, ?)"_s,
               {clientId, sortKey, words, grams});
}

Status SearchIndex::placeStaged()
{
    if (m_server) {
        for (const ServerRow& row : std::exchange(m_serverStaged, {})) {
            if (Status s = writeOnServer(row.clientId, row.words, row.grams); !s)
                return s;
        }
        return Status::success();
    }
    if (!m_staging)
        return Status::success();
    m_staging = false;
    // Every ranked client and every staged one in name order: the staged
    // ones between two ranked neighbours share the gap between their ranks.
    // Where a gap is too narrow for them (names that repeat), the ranked
    // clients after it are spread once for all of them, and the placing is
    // done again; what is still crowded then is placed one by one.
    QList<std::pair<qint64, qint64>> placed; // client, rank
    QList<qint64> crowded;                   // no room in their gap: placed one by one
    for (int pass = 0;; ++pass) {
        placed.clear();
        crowded.clear();
        QList<std::pair<qint64, qint64>> narrow; // the ranked client before a gap (0: none), room
        {
            BulkRows rows(m_db);
            if (Status s = rows.start(
                    u"SELECT x.client_id, x.rank FROM ("
                    u"SELECT s.client_id, s.sort_key, NULL AS rank FROM temp.search_staging s "
                    u"UNION ALL SELECT o.client_id, c.sort_key, o.rank FROM client_search_order o "
                    u"JOIN clients c ON c.id = o.client_id) x ORDER BY x.sort_key, x.client_id"_s);
                !s)
                return s;
            qint64 before = 0;
            qint64 beforeClient = 0;
            QList<qint64> waiting;
            auto share = [&](qint64 after) {
                const qint64 count = waiting.size();
                if (count == 0)
                    return;
                const qint64 top = after == 0 ? kLastRank : after;
                const qint64 step = after == 0 ? std::min(kSpacing, (top - before) / (count + 1))
                                               : (top - before) / (count + 1);
                if (step < 1)
                    narrow.append({beforeClient, count + 1});
                for (qint64 i = 0; i < count; ++i) {
                    if (step >= 1)
                        placed.append({waiting[i], before + step * (i + 1)});
                    else
                        crowded.append(waiting[i]);
                }
                waiting.clear();
            };
            while (rows.next()) {
                if (rows.isNull(1)) {
                    waiting.append(rows.int64(0));
                    continue;
                }
                share(rows.int64(1));
                before = rows.int64(1);
                beforeClient = rows.int64(0);
            }
            if (Status s = rows.error(); !s)
                return s;
            share(0);
        }
        if (crowded.isEmpty() || pass == 2)
            break;
        for (const auto& [client, room] : narrow) {
            qint64 rank = 0;
            if (client != 0) {
                Result<QVariant> current =
                    value(u"SELECT rank FROM client_search_order WHERE client_id = ?"_s, {client});
                if (!current)
                    return current.error();
                rank = current->toLongLong();
            }
            if (Result<qint64> spread = spreadAfter(rank, room); !spread)
                return spread.error();
        }
    }
    for (const auto& [client, rank] : placed) {
        if (Status s = run(u"UPDATE temp.search_staging SET rank = ? WHERE client_id = ?"_s,
                           {rank, client});
            !s)
            return s;
    }
    // One statement each, in rank order: FTS5's fast path. The manager is
    // given with the row (its trigger then leaves it alone, schema 18).
    for (const QString& statement :
         {u"INSERT INTO client_search_order (rank, client_id, manager_id) "
          u"SELECT s.rank, s.client_id, c.manager_id FROM temp.search_staging s "
          u"JOIN clients c ON c.id = s.client_id WHERE s.rank IS NOT NULL ORDER BY s.rank"_s,
          u"INSERT INTO client_words (rowid, words) SELECT rank, words "
          u"FROM temp.search_staging WHERE rank IS NOT NULL ORDER BY rank"_s,
          u"INSERT INTO client_grams (rowid, grams) SELECT rank, grams "
          u"FROM temp.search_staging WHERE rank IS NOT NULL ORDER BY rank"_s}) {
        if (Status s = sql::exec(m_db, statement); !s)
            return s;
    }
    for (qint64 client : crowded) {
        Result<QList<QSqlRecord>> staged = sql::rows(
            m_db, u"SELECT sort_key, words, grams FROM temp.search_staging WHERE client_id = ?"_s,
            {client});
        if (!staged)
            return staged.error();
        const QSqlRecord& r = staged->first();
        if (Status s =
                write(client, r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
            !s)
            return s;
    }
    return sql::exec(m_db, u"DELETE FROM temp.search_staging"_s);
}

Status SearchIndex::forgetMany(const QList<qint64>& clientIds)
{
    if (clientIds.isEmpty())
        return Status::success();
    if (m_server) {
        for (qint64 id : clientIds) {
            if (Status s = forget(id); !s)
                return s;
        }
        return Status::success();
    }
    Result<bool> isRanked = ranked();
    if (!isRanked)
        return isRanked.error();
    if (!*isRanked) {
        for (qint64 id : clientIds) {
            if (Status s = forget(id); !s)
                return s;
        }
        return Status::success();
    }
    for (const QString& statement :
         {u"CREATE TEMP TABLE IF NOT EXISTS search_forgotten (client_id INTEGER PRIMARY KEY)"_s,
          u"DELETE FROM temp.search_forgotten"_s}) {
        if (Status s = sql::exec(m_db, statement); !s)
            return s;
    }
    for (qint64 id : clientIds) {
        if (Status s =
                run(u"INSERT OR IGNORE INTO temp.search_forgotten (client_id) VALUES (?)"_s, {id});
            !s)
            return s;
    }
    const QString ranks = u"SELECT rank FROM client_search_order WHERE client_id IN "
                          u"(SELECT client_id FROM temp.search_forgotten)"_s;
    for (const QString& statement :
         {QString(u"DELETE FROM client_words WHERE rowid IN ("_s + ranks + u")"_s),
          QString(u"DELETE FROM client_grams WHERE rowid IN ("_s + ranks + u")"_s),
          u"DELETE FROM client_search_order WHERE client_id IN "
          u"(SELECT client_id FROM temp.search_forgotten)"_s,
          u"DELETE FROM temp.search_forgotten"_s}) {
        if (Status s = sql::exec(m_db, statement); !s)
            return s;
    }
    return Status::success();
}

Status SearchIndex::forget(qint64 clientId)
{
    if (m_server)
        return run(u"DELETE FROM client_search WHERE client_id = ?"_s, {clientId});
    // Deleted clients are met only on files of today's schema (ranked rows).
    Result<QVariant> stored =
        value(u"SELECT rank FROM client_search_order WHERE client_id = ?"_s, {clientId});
    if (!stored)
        return stored.error();
    return stored->isNull() ? Status::success() : remove(stored->toLongLong());
}

Status SearchIndex::remove(qint64 rank)
{
    for (const QString& statement : {u"DELETE FROM client_words WHERE rowid = ?"_s,
                                     u"DELETE FROM client_grams WHERE rowid = ?"_s,
                                     u"DELETE FROM client_search_order WHERE rank = ?"_s}) {
        if (Status s = run(statement, {rank}); !s)
            return s;
    }
    return Status::success();
}

Status SearchIndex::writeOnServer(qint64 clientId, const QString& words, const QString& grams)
{
    return run(u"INSERT INTO client_search (client_id, words, grams) VALUES (?, ?, ?) "
               u"ON CONFLICT (client_id) DO UPDATE SET words = excluded.words, "
               u"grams = excluded.grams"_s,
               {clientId, serverSearchWords(words), grams});
}

Result<qint64> SearchIndex::copyFromFile(QSqlDatabase& file)
{
    QSqlQuery read(file);
    read.setForwardOnly(true);
    // In name order: the server's table is then laid out as the list reads
    // it, and a search's matches of one surname lie on a few pages.
    if (!read.exec(u"SELECT o.client_id, w.words, g.grams FROM client_search_order AS o "
                   u"JOIN client_words AS w ON w.rowid = o.rank "
                   u"JOIN client_grams AS g ON g.rowid = o.rank ORDER BY o.rank"_s))
        return sql::errorFrom(read.lastError(), read.lastQuery());
    BatchInsert rows(m_db, u"client_search"_s, {u"client_id"_s, u"words"_s, u"grams"_s});
    while (read.next()) {
        if (Status s = rows.add(
                {read.value(0), serverSearchWords(read.value(1).toString()), read.value(2)});
            !s)
            return s.error();
    }
    if (read.lastError().isValid())
        return sql::errorFrom(read.lastError(), read.lastQuery());
    if (Status s = rows.finish(); !s)
        return s.error();
    return rows.rows();
}

Status SearchIndex::run(const QString& statement, const QVariantList& args)
{
    return m_writes.run(statement, args);
}

Result<QVariant> SearchIndex::value(const QString& statement, const QVariantList& args)
{
    Result<QSqlQuery*> query = m_statements.run(statement, args);
    if (!query)
        return query.error();
    const QVariant result = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish();
    return result;
}

} // namespace kartoteka
