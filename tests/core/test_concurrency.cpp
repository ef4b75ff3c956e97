#include "Catch.h"
#include "TestSupport.h"

#include "settings/SharedSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

Identity someone(const QString& name, const QString& host)
{
    Identity id = Identity::current();
    id.userName = name;
    id.host = host;
    return id;
}

} // namespace

TEST_CASE("a save based on a stale version is a conflict, never an overwrite", "[concurrency]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto first = openTestDatabase(path, ModeChoice::Shared);
    auto second = openTestDatabase(path, ModeChoice::Shared);
    SharedSettings mine(*first);
    SharedSettings theirs(*second);

    const qint64 v1 = requireValue(mine.set(u"shop.name"_s, u"Ромашка"_s, 0));
    const qint64 seenByBoth = requireValue(theirs.get(u"shop.name"_s)).version;
    REQUIRE(seenByBoth == v1);

    requireValue(theirs.set(u"shop.name"_s, u"Ромашка и Ко"_s, seenByBoth));
    Result<qint64> stale = mine.set(u"shop.name"_s, u"Лютик"_s, seenByBoth);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(mine.get(u"shop.name"_s)).value == u"Ромашка и Ко"_s);

    // Two people creating the same setting: the second is told, too.
    requireValue(mine.set(u"shop.city"_s, u"Київ"_s, 0));
    Result<qint64> duplicate = theirs.set(u"shop.city"_s, u"Львів"_s, 0);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(theirs.get(u"shop.city"_s)).value == u"Київ"_s);
}

TEST_CASE("the change feed shows another connection's commits", "[concurrency][changes]")
{
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        TempDir dir;
        const QString path = dir.path(u"feed.sqlite"_s);
        auto writer = openTestDatabase(path, mode);
        auto reader = openTestDatabase(path, mode);
        createProbeTable(*writer);

        ChangeWatcher watcher(*reader);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        requireOk(watcher.poll());
        CHECK(changed.isEmpty()); // nothing new yet

        insertProbe(*writer, u"Иванов"_s);
        insertProbe(*writer, u"Петренко"_s);
        requireOk(watcher.poll()); // not forced: data_version must have moved
        REQUIRE(changed.size() == 1);
        const auto changes = changed.first().first().value<QList<Change>>();
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].entity == u"probe"_s);
        CHECK(changes[0].op == u"insert"_s);
        CHECK(changes[1].id > changes[0].id);

        requireOk(watcher.poll());
        CHECK(changed.size() == 1); // no repeats
    }
}

TEST_CASE("a watcher started with a timer sees a change within two seconds",
          "[concurrency][changes]")
{
    TempDir dir;
    const QString path = dir.path(u"timer.sqlite"_s);
    auto writer = openTestDatabase(path, ModeChoice::Shared);
    auto reader = openTestDatabase(path, ModeChoice::Shared);
    createProbeTable(*writer);
    ChangeWatcher watcher(*reader);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.start();

    QElapsedTimer clock;
    clock.start();
    insertProbe(*writer, u"Сидоренко"_s);
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 2000));
    CHECK(clock.elapsed() <= 2000);
}

TEST_CASE("the maintenance flag stops other sessions' writes until it is cleared",
          "[concurrency][sessions]")
{
    TempDir dir;
    const QString path = dir.path(u"maint.sqlite"_s);
    auto adminDb = openTestDatabase(path, ModeChoice::Shared);
    auto clerkDb = openTestDatabase(path, ModeChoice::Shared);
    createProbeTable(*adminDb);
    SessionRegistry admin(*adminDb, someone(u"Олена"_s, u"OFFICE-PC"_s));
    SessionRegistry clerk(*clerkDb, someone(u"Іван"_s, u"SHOP-PC"_s));
    requireOk(admin.start());
    requireOk(clerk.start());

    ChangeWatcher clerkWatcher(*clerkDb);
    QSignalSpy banner(&clerkWatcher, &ChangeWatcher::maintenanceChanged);

    requireOk(admin.setMaintenance(u"restoring a backup"_s));
    Status blocked = clerkDb->write([](Transaction& tx) {
        return sql::exec(tx.db(), u"INSERT INTO probe (name) VALUES ('during restore')"_s);
    });
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind == ErrorKind::Maintenance);
    CHECK(blocked.error().message.contains(u"Олена"_s));
    CHECK(blocked.error().message.contains(u"OFFICE-PC"_s));
    insertProbe(*adminDb, u"the admin may write"_s);

    requireOk(clerkWatcher.poll());
    REQUIRE(banner.size() == 1);
    CHECK(banner.last().first().value<std::optional<SessionInfo>>().has_value());

    requireOk(admin.clearMaintenance());
    insertProbe(*clerkDb, u"after restore"_s);
    requireOk(clerkWatcher.poll());
    REQUIRE(banner.size() == 2);
    CHECK_FALSE(banner.last().first().value<std::optional<SessionInfo>>().has_value());

    // A flag left by a program that died is ignored once its heartbeat is stale.
    requireOk(admin.setMaintenance(u"restoring a backup"_s));
    requireOk(
        sql::exec(adminDb->connection(),
                  u"UPDATE sessions SET heartbeat_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"_s,
                  {admin.id()}));
    insertProbe(*clerkDb, u"stale flag ignored"_s);
}

TEST_CASE("sessions show who has the database open", "[sessions]")
{
    TempDir dir;
    const QString path = dir.path(u"who.sqlite"_s);
    auto a = openTestDatabase(path, ModeChoice::Shared);
    auto b = openTestDatabase(path, ModeChoice::Shared);
    SessionRegistry first(*a, someone(u"Марія"_s, u"KASSA-1"_s));
    SessionRegistry second(*b, someone(u"Bob"_s, u"STORE-2"_s));
    requireOk(first.start());
    requireOk(second.start());

    QList<SessionInfo> live = requireValue(first.activeSessions());
    REQUIRE(live.size() == 2);
    CHECK(live[0].userName == u"Марія"_s);
    CHECK(live[1].host == u"STORE-2"_s);

    // Crashed without saying goodbye: gone from the list after two minutes.
    requireOk(
        sql::exec(b->connection(),
                  u"UPDATE sessions SET heartbeat_at = '2000-01-01T00:00:00.000Z' WHERE id = ?"_s,
                  {second.id()}));
    CHECK(requireValue(first.activeSessions()).size() == 1);
    requireOk(second.heartbeat());
    CHECK(requireValue(first.activeSessions()).size() == 2);

    requireOk(second.stop());
    CHECK(requireValue(first.activeSessions()).size() == 1);

    // A restore may bring back an empty sessions table: the heartbeat re-registers.
    requireOk(sql::exec(a->connection(), u"DELETE FROM sessions"_s));
    requireOk(first.heartbeat());
    CHECK(requireValue(first.activeSessions()).size() == 1);
    CHECK(a->sessionId() == first.id());
}
