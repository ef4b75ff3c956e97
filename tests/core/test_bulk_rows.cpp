// storage/BulkRows: the reports' fast reader gives what QSqlQuery gives, on a
// file (SQLite's own API) and on a server (through QSqlQuery).
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "storage/BulkRows.h"
#include "storage/BulkWrites.h"
#include "storage/WriteCache.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("the bulk row reader binds and reads numbers, text and NULLs, and reports errors",
          "[storage][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    BulkRows rows(db->connection());
    requireOk(rows.start(u"WITH v(id, name, source, note) AS (VALUES (1, 'Олена', 7, NULL), "
                         u"(2, '', NULL, 'x'), (3, ?, CAST(? AS BIGINT), ?)) SELECT id, name, "
                         u"COALESCE(source, 0), note FROM v WHERE id >= ? ORDER BY id"_s,
                         {u"Ярослав «Ё»"_s, qint64(5000000000), QVariant(), 1}));
    QStringList seen;
    while (rows.next())
        seen << u"%1|%2|%3|%4"_s.arg(rows.int64(0))
                    .arg(QString::fromUtf8(rows.utf8(1)))
                    .arg(rows.int64(2))
                    .arg(rows.isNull(3) ? u"null"_s : QString::fromUtf8(rows.utf8(3)));
    requireOk(rows.error());
    CHECK(seen ==
          QStringList{u"1|Олена|7|null"_s, u"2||0|x"_s, u"3|Ярослав «Ё»|5000000000|null"_s});

    // A statement SQL refuses, and one that fails while stepping.
    CHECK_FALSE(rows.start(u"SELECT nothing FROM nowhere"_s).ok());
    if (dbBackend == Backend::Sqlite) {
        requireOk(rows.start(u"SELECT abs(-9223372036854775807 - 1)"_s));
        CHECK_FALSE(rows.next());
        CHECK_FALSE(rows.error().ok());
    }
}

TEST_CASE("bulk writes bind every kind of value, give the inserted id, and report errors without "
          "leaving a statement half-bound",
          "[storage][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireOk(sql::execDirect(
        db->connection(), u"CREATE TABLE bulk_notes (id BIGINT PRIMARY KEY, name TEXT NOT NULL, "
                          u"amount BIGINT, note TEXT, UNIQUE (name))"_s));
    BulkWrites writes(db->connection());
    const QString insert = u"INSERT INTO bulk_notes (id, name, amount, note) VALUES (?, ?, ?, ?)"_s;
    requireOk(writes.run(insert, {1, u"Олена"_s, qint64(5000000000), QVariant()}));
    if (dbBackend == Backend::Sqlite)
        CHECK(writes.lastInsertId() == 1);
    requireOk(writes.run(insert, {2, u"Ярослав «Ё»"_s, QVariant(), u"x"_s}));
    // A broken rule: the error's kind, and the statement runs again after it.
    const Status twice = writes.run(insert, {3, u"Олена"_s, 1, QVariant()});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind != ErrorKind::Busy);
    requireOk(writes.run(insert, {3, u"Марія"_s, QVariant(), QVariant()}));
    CHECK_FALSE(writes.run(u"INSERT INTO nowhere VALUES (?)"_s, {1}).ok());
    QStringList seen;
    for (const QSqlRecord& r : requireValue(sql::rows(
             db->connection(),
             u"SELECT id, name, COALESCE(amount, -1), COALESCE(note, 'null') FROM bulk_notes "
             u"ORDER BY id"_s)))
        seen << u"%1|%2|%3|%4"_s.arg(r.value(0).toLongLong())
                    .arg(r.value(1).toString())
                    .arg(r.value(2).toLongLong())
                    .arg(r.value(3).toString());
    CHECK(seen ==
          QStringList{u"1|Олена|5000000000|null"_s, u"2|Ярослав «Ё»|-1|x"_s, u"3|Марія|-1|null"_s});
}

TEST_CASE("a long write gets a larger page cache for its length, never a smaller one", "[storage]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    auto cacheSize = [&] {
        return requireValue(sql::scalar(db->connection(), u"PRAGMA cache_size"_s)).toLongLong();
    };
    const qint64 before = cacheSize();
    {
        const LargerWriteCache larger(*db);
        CHECK(cacheSize() == -LargerWriteCache::kBulkWriteBytes / 1024);
        // One inside another that asks for less changes nothing.
        const LargerWriteCache smaller(*db, 1024 * 1024);
        CHECK(cacheSize() == -LargerWriteCache::kBulkWriteBytes / 1024);
    }
    CHECK(cacheSize() == before);
}
