#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "settings/SharedSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

void createWritesTable(Database& db)
{
    requireOk(db.write([](Transaction& tx) {
        return sql::exec(tx.db(), u"CREATE TABLE writes (writer INTEGER, seq INTEGER, part "
                                  u"INTEGER, payload TEXT, PRIMARY KEY (writer, seq, part))"_s);
    }));
}

// A server database for the writers: its address, and the test's own
// connection to it (which keeps it until the test ends).
struct ServerShop
{
    ServerDatabase server;
    std::unique_ptr<Database> db = openServerTestDatabase(server);
};

QString modeName(ModeChoice mode)
{
    return mode == ModeChoice::Shared ? u"shared"_s : u"local"_s;
}

} // namespace

TEST_CASE("several processes writing one shared file at once lose nothing", "[integration][shared]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    createWritesTable(*db);

    constexpr int kWriters = 4;
    constexpr int kTransactions = 60;
    constexpr int kRowsPerTransaction = 5;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back(
            startWriter({path, u"shared"_s, u"rows"_s, QString::number(w),
                         QString::number(kTransactions), QString::number(kRowsPerTransaction)}));
    for (auto& writer : writers) {
        REQUIRE(writer->waitForFinished(180000));
        INFO(writer->readAllStandardError().toStdString());
        REQUIRE(writer->exitCode() == 0);
        CHECK(committedSequences(writer->readAllStandardOutput()).size() == kTransactions);
    }

    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM writes"_s)).toInt() ==
          kWriters * kTransactions * kRowsPerTransaction);
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT count(*) FROM changes WHERE entity = 'writes'"_s))
              .toInt() == kWriters * kTransactions);
    CHECK(requireValue(sql::scalar(db->connection(), u"PRAGMA integrity_check"_s)).toString() ==
          u"ok"_s);
}

TEST_CASE("concurrent read-modify-write with versions loses no update",
          "[integration][concurrency]")
{
    for (ModeChoice mode : {ModeChoice::Shared, ModeChoice::Local}) {
        TempDir dir;
        const QString path = dir.path(u"counter.sqlite"_s);
        auto db = openTestDatabase(path, mode);
        requireValue(SharedSettings(*db).set(u"counter"_s, u"0"_s, 0));

        constexpr int kWriters = 4;
        constexpr int kIncrements = 50;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < kWriters; ++w)
            writers.push_back(startWriter({path, modeName(mode), u"counter"_s, QString::number(w),
                                           QString::number(kIncrements)}));
        for (auto& writer : writers) {
            REQUIRE(writer->waitForFinished(180000));
            INFO(writer->readAllStandardError().toStdString());
            REQUIRE(writer->exitCode() == 0);
        }
        const SettingValue counter = requireValue(SharedSettings(*db).get(u"counter"_s));
        CHECK(counter.value.toInt() == kWriters * kIncrements);
        CHECK(counter.version == 1 + kWriters * kIncrements);
    }
}

TEST_CASE("a window sees another process's save within two seconds", "[integration][changes]")
{
    TempDir dir;
    const QString path = dir.path(u"feed.sqlite"_s);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    createWritesTable(*db);
    ChangeWatcher watcher(*db);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.start();

    auto writer = startWriter({path, u"shared"_s, u"rows"_s, u"7"_s, u"1"_s, u"1"_s});
    REQUIRE(writer->waitForFinished(30000));
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 3000));
    CHECK(sinceCommit.elapsed() <= 2000);
    const auto changes = changed.first().first().value<QList<Change>>();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().entity == u"writes"_s);
}

TEST_CASE("several processes writing one server database at once lose nothing, and a window sees "
          "each save within two seconds",
          "[integration][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    Database& db = *shop.db;
    createWritesTable(db);
    ChangeWatcher watcher(db);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.start();

    constexpr int kWriters = 4;
    constexpr int kTransactions = 40;
    constexpr int kRowsPerTransaction = 5;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back(
            startWriter({shop.server.address(), u"shared"_s, u"rows"_s, QString::number(w),
                         QString::number(kTransactions), QString::number(kRowsPerTransaction)}));
    for (auto& writer : writers) {
        REQUIRE(writer->waitForFinished(180000));
        INFO(writer->readAllStandardError().toStdString());
        REQUIRE(writer->exitCode() == 0);
        CHECK(committedSequences(writer->readAllStandardOutput()).size() == kTransactions);
    }
    CHECK(requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM writes"_s)).toInt() ==
          kWriters * kTransactions * kRowsPerTransaction);
    CHECK(requireValue(sql::scalar(db.connection(),
                                   u"SELECT count(*) FROM changes WHERE entity = 'writes'"_s))
              .toInt() == kWriters * kTransactions);

    // One more save by another process: seen here within two seconds.
    changed.clear();
    auto last =
        startWriter({shop.server.address(), u"shared"_s, u"rows"_s, u"9"_s, u"1"_s, u"1"_s});
    REQUIRE(last->waitForFinished(30000));
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 3000));
    CHECK(sinceCommit.elapsed() <= 2000);
}

TEST_CASE("processes changing one record of a server database at once surface each conflict and "
          "lose no update",
          "[integration][server][concurrency]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    requireValue(SharedSettings(*shop.db).set(u"counter"_s, u"0"_s, 0));
    constexpr int kWriters = 4;
    constexpr int kIncrements = 40;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.push_back(startWriter({shop.server.address(), u"shared"_s, u"counter"_s,
                                       QString::number(w), QString::number(kIncrements)}));
    for (auto& writer : writers) {
        REQUIRE(writer->waitForFinished(180000));
        INFO(writer->readAllStandardError().toStdString());
        REQUIRE(writer->exitCode() == 0);
    }
    const SettingValue counter = requireValue(SharedSettings(*shop.db).get(u"counter"_s));
    CHECK(counter.value.toInt() == kWriters * kIncrements);
    CHECK(counter.version == 1 + kWriters * kIncrements);
}
