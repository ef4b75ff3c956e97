// storage/PausedIndexes: a table's indexes set aside for a large write come
// back exactly as they were, within the write's transaction, and nothing is
// dropped where dropping is not safe.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "storage/PausedIndexes.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

Status makeNotes(QSqlDatabase& db)
{
    for (const QString& statement :
         {u"CREATE TABLE paused_notes (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
          u"kind TEXT, amount BIGINT)"_s,
          u"CREATE INDEX paused_notes_kind ON paused_notes (kind, name) WHERE kind <> ''"_s,
          u"CREATE INDEX paused_notes_amount ON paused_notes (amount DESC)"_s,
          u"CREATE INDEX paused_notes_lower ON paused_notes (lower(name))"_s,
          u"INSERT INTO paused_notes VALUES (1, 'Олена', 'a', 5), (2, 'Ярослав', '', 7)"_s}) {
        if (Status s = sql::execDirect(db, statement); !s)
            return s;
    }
    return Status::success();
}

// The table's indexes as the schema stores them: every one, with its statement.
QStringList indexesOf(Database& db)
{
    QStringList found;
    const QString statement =
        db.backend() == Backend::Sqlite
            ? u"SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master "
              u"WHERE type = 'index' AND tbl_name = 'paused_notes' ORDER BY name"_s
            : u"SELECT indexname || ': ' || indexdef FROM pg_indexes "
              u"WHERE tablename = 'paused_notes' ORDER BY indexname"_s;
    for (const QSqlRecord& r : requireValue(sql::rows(db.connection(), statement)))
        found.append(r.value(0).toString());
    return found;
}

} // namespace

TEST_CASE("a large share of a table's rows is worth setting its indexes aside for",
          "[storage][import]")
{
    CHECK(PausedIndexes::worthIt(100000, 200000));
    CHECK(PausedIndexes::worthIt(25000, 100000));
    CHECK_FALSE(PausedIndexes::worthIt(24999, 100000));
    CHECK(PausedIndexes::worthIt(5000, 0));
    CHECK_FALSE(PausedIndexes::worthIt(4999, 0)); // quick either way
}

TEST_CASE("indexes set aside for a write come back as they were, and are dropped only on a file",
          "[storage][import][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireOk(makeNotes(db->connection()));
    const QStringList before = indexesOf(*db);
    REQUIRE(before.size() == 5); // the key's, the UNIQUE one's and three made

    requireOk(db->write([&](Transaction& tx) -> Status {
        Result<PausedIndexes> paused =
            PausedIndexes::pause(tx.db(), u"paused_notes"_s, {u"paused_notes_lower"_s});
        if (!paused)
            return paused.error();
        const QStringList during = indexesOf(*db);
        if (dbBackend == Backend::Sqlite) {
            // The constraints' own indexes and the kept one stay.
            CHECK(during.size() == 3);
            CHECK(during.filter(u"paused_notes_lower"_s).size() == 1);
            CHECK(during.filter(u"paused_notes_kind"_s).isEmpty());
        } else {
            CHECK(during == before);
        }
        // The write the indexes were set aside for, with its constraints.
        if (Status s = sql::exec(tx.db(), u"INSERT INTO paused_notes (id, name, kind, amount) "
                                          u"VALUES (3, 'Марія', 'b', 1)"_s);
            !s)
            return s;
        // (On a file only: the server abandons a transaction at its first error.)
        if (dbBackend == Backend::Sqlite)
            CHECK_FALSE(
                sql::exec(tx.db(), u"INSERT INTO paused_notes (id, name) VALUES (4, 'Олена')"_s)
                    .ok());
        return paused->resume();
    }));
    CHECK(indexesOf(*db) == before);
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT count(*) FROM paused_notes WHERE kind = 'b'"_s))
              .toInt() == 1);
}

TEST_CASE("indexes set aside by a write that fails are back when it is undone", "[storage][import]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireOk(makeNotes(db->connection()));
    const QStringList before = indexesOf(*db);
    const Status failed = db->write([&](Transaction& tx) -> Status {
        Result<PausedIndexes> paused = PausedIndexes::pause(tx.db(), u"paused_notes"_s, {});
        if (!paused)
            return paused.error();
        REQUIRE(indexesOf(*db).size() == 2);
        return sql::exec(tx.db(), u"INSERT INTO paused_notes (id, name) VALUES (1, 'twice')"_s);
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(indexesOf(*db) == before);
}

TEST_CASE("indexes stay while a statement of the connection still reads, and the write goes on",
          "[storage][import]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireOk(makeNotes(db->connection()));
    const QStringList before = indexesOf(*db);
    requireOk(db->write([&](Transaction& tx) -> Status {
        QSqlQuery reading(tx.db());
        reading.setForwardOnly(true);
        REQUIRE(reading.exec(u"SELECT name FROM paused_notes ORDER BY id"_s));
        REQUIRE(reading.next()); // stepped, not finished
        Result<PausedIndexes> paused = PausedIndexes::pause(tx.db(), u"paused_notes"_s, {});
        if (!paused)
            return paused.error();
        CHECK(indexesOf(*db) == before);
        if (Status s =
                sql::exec(tx.db(), u"INSERT INTO paused_notes (id, name) VALUES (3, 'Марія')"_s);
            !s)
            return s;
        reading.finish();
        return paused->resume();
    }));
    CHECK(indexesOf(*db) == before);
}
