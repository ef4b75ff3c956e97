// A server killed in the middle of a save (pg_ctl stop -m immediate) and
// started again: the save fails whole and says the server is gone, the
// change watcher says so and when it is back, the connection is renewed, and
// nothing committed is lost. It stops the test cluster every other test
// uses, so ctest runs it alone (tests/CMakeLists.txt: server_killed_mid_save).
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sql.h"

#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Runs the test cluster's restart.sh (tests/support/pg-test-cluster.sh).
void cluster(const QString& action)
{
    QProcess run;
    run.start(qEnvironmentVariable("KARTOTEKA_TEST_PG_RESTART"), {action});
    REQUIRE(run.waitForFinished(60000));
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);
}

qint64 clients(Database& db)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM clients"_s))
        .toLongLong();
}

} // namespace

TEST_CASE("a server killed mid-save loses nothing committed, and the window's connection comes "
          "back with it",
          "[.restart][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    REQUIRE_FALSE(qEnvironmentVariable("KARTOTEKA_TEST_PG_RESTART").isEmpty());
    ServerDatabase server;
    std::unique_ptr<Database> window = openServerTestDatabase(server);
    // The test cluster commits without waiting for its disk; a shop's server
    // (and this session) does.
    requireOk(sql::execDirect(window->connection(), u"SET synchronous_commit TO on"_s));
    Client kept;
    kept.lastName = u"Шевченко"_s;
    requireOk(ClientRepository(*window).create(kept));

    ChangeWatcher watcher(*window);
    QSignalSpy failed(&watcher, &ChangeWatcher::pollFailed);
    QSignalSpy recovered(&watcher, &ChangeWatcher::pollRecovered);
    watcher.start(200);

    const Status cut = window->write([&](Transaction& tx) -> Status {
        cluster(u"stop"_s);
        return sql::exec(tx.db(), u"INSERT INTO clients (last_name) VALUES (?)"_s,
                         {u"Половинка"_s});
    });
    CHECK(kindOf(cut) == ErrorKind::Io);
    REQUIRE(waitUntil([&] { return !failed.isEmpty(); }, 5000));
    // While it is down a save says the same, and the person's client stays theirs to save again.
    Client typed;
    typed.lastName = u"Коваленко"_s;
    CHECK(kindOf(ClientRepository(*window).create(typed)) == ErrorKind::Io);

    cluster(u"start"_s);
    REQUIRE(waitUntil([&] { return !recovered.isEmpty(); }, 20000));
    typed.id = 0;
    requireOk(ClientRepository(*window).create(typed));
    CHECK(clients(*window) == 2);
    CHECK(requireValue(ClientRepository(*window).load(kept.id)).lastName == kept.lastName);
}
