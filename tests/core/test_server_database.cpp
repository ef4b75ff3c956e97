// The storage layer opens a database on a PostgreSQL server (issue 13, the
// foundation): addresses, identity, the schema version, transactions. Until
// every feature works there, the program does not offer server databases.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "storage/ChangeWatcher.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("a server address is read into host, port, database, user and TLS mode",
          "[server][address]")
{
    CHECK(isServerAddress(u"postgresql://db.shop.local/kartoteka"_s));
    CHECK(isServerAddress(u"  POSTGRES://db/k"_s));
    CHECK_FALSE(isServerAddress(u"/home/shop/kartoteka.sqlite"_s));
    CHECK_FALSE(isServerAddress(u"postgresql.sqlite"_s));

    const ServerAddress full = requireValue(parseServerAddress(
        u"postgresql://oksana@db.shop.local:6543/kartoteka?sslmode=verify-full"_s));
    CHECK(full.host == u"db.shop.local"_s);
    CHECK(full.port == 6543);
    CHECK(full.database == u"kartoteka"_s);
    CHECK(full.user == u"oksana"_s);
    CHECK(full.sslMode == u"verify-full"_s);
    CHECK(full.connectOptions().contains(u"sslmode=verify-full"_s));
    // Written back the same, so it can be remembered and opened again.
    CHECK(requireValue(parseServerAddress(full.toString())).toString() == full.toString());

    const ServerAddress plain = requireValue(parseServerAddress(u"postgresql://10.0.0.5/shop"_s));
    CHECK(plain.port == 5432);
    CHECK(plain.user.isEmpty());
    CHECK(plain.sslMode.isEmpty());

    for (const QString& bad :
         {u"postgresql:///shop"_s, u"postgresql://db.local"_s, u"postgresql://db.local/"_s,
          u"postgresql://db.local/a/b"_s, u"postgresql://oksana:secret@db.local/shop"_s,
          u"postgresql://db.local/shop?sslmode=sometimes"_s,
          u"postgresql://db.local/shop?application_name=x"_s, u"postgresql://db.local:0/shop"_s}) {
        INFO(bad.toStdString());
        const Result<ServerAddress> parsed = parseServerAddress(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().kind == ErrorKind::Invalid);
    }
}

TEST_CASE("the program refuses a server address instead of taking it for a file name",
          "[server][address]")
{
    // Server databases are not offered until every feature works there: an
    // address given to --db or the database dialog is refused, and no file or
    // folder named after it appears.
    TempDir dir;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    const Result<std::unique_ptr<Database>> opened =
        openDatabase({u"postgresql://127.0.0.1/shop"_s, ModeChoice::Automatic, true});
    QDir::setCurrent(before);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().kind == ErrorKind::Invalid);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a new server database is created at the newest schema, in the shop's language",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    OpenOptions options = server.openOptions();
    options.language = Language::Ukrainian;
    std::unique_ptr<Database> db = requireValue(openDatabase(options));
    CHECK(db->backend() == Backend::PostgreSql);
    CHECK(db->path() == server.address());
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion());
    CHECK(requireValue(
              sql::scalar(db->connection(), u"SELECT application_id FROM kartoteka_schema"_s))
              .toInt() == kApplicationId);
    // Seeded in the language asked for, exactly as a new file is.
    TempDir dir;
    OpenOptions fileOptions{dir.path(u"shop.sqlite"_s), ModeChoice::Local, true};
    fileOptions.language = Language::Ukrainian;
    std::unique_ptr<Database> file = requireValue(openDatabase(fileOptions));
    const QString seeded = u"SELECT list || ':' || name FROM list_items UNION ALL "
                           u"SELECT 'stage:' || name FROM stages UNION ALL "
                           u"SELECT 'pipeline:' || name FROM pipelines"_s;
    auto names = [&](Database& d) {
        QStringList all;
        for (const QSqlRecord& r : requireValue(sql::rows(d.connection(), seeded)))
            all << r.value(0).toString();
        all.sort();
        return all;
    };
    const QStringList onServer = names(*db);
    CHECK(onServer.size() > 20);
    CHECK(onServer == names(*file));
    CHECK_FALSE(onServer.contains(u"status:Lead"_s));
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT length(value) FROM meta WHERE key = 'database_id'"_s))
              .toInt() == 32);

    // Opened again, it is recognised and left as it is.
    db.reset();
    std::unique_ptr<Database> again = requireValue(openDatabase(server.openOptions()));
    CHECK(requireValue(again->schemaVersion()) == latestSchemaVersion());
    CHECK(requireValue(sql::scalar(again->connection(), u"SELECT count(*) FROM pipelines"_s))
              .toInt() == 1);
}

TEST_CASE("a write on the server commits with its change-feed rows or not at all",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> db = openServerTestDatabase(server);
    int committed = 0;
    QObject::connect(db.get(), &Database::committed, [&] { ++committed; });

    requireOk(db->write([](Transaction& tx) {
        if (Status s = sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"опт"_s}); !s)
            return s;
        tx.recordChange(u"tag"_s, 1, ChangeOp::Insert);
        return Status::success();
    }));
    CHECK(committed == 1);
    CHECK(requireValue(
              sql::scalar(db->connection(), u"SELECT count(*) FROM changes WHERE entity = 'tag'"_s))
              .toInt() == 1);

    // A failing step rolls back everything before it, the change row too.
    const Status failed = db->write([](Transaction& tx) {
        if (Status s = sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"роздріб"_s});
            !s)
            return s;
        tx.recordChange(u"tag"_s, 2, ChangeOp::Insert);
        return sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"опт"_s});
    });
    REQUIRE_FALSE(failed);
    CHECK(committed == 1);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM tags"_s)).toInt() == 1);
    CHECK(requireValue(
              sql::scalar(db->connection(), u"SELECT count(*) FROM changes WHERE entity = 'tag'"_s))
              .toInt() == 1);

    // And the connection is usable afterwards: nothing was left half-open.
    requireOk(db->write([](Transaction& tx) {
        return sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"роздріб"_s});
    }));
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM tags"_s)).toInt() == 2);
}

TEST_CASE("a write whose work passed over a failed statement is no save on the server, and says so",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> db = openServerTestDatabase(server);
    int committed = 0;
    QObject::connect(db.get(), &Database::committed, [&] { ++committed; });
    // The server abandons the transaction at the failed insert and would take
    // COMMIT for ROLLBACK: the write must not report a save.
    const Status passedOver = db->write([](Transaction& tx) {
        if (Status s = sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"опт"_s}); !s)
            return s;
        (void)sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"опт"_s});
        return Status::success();
    });
    CHECK_FALSE(passedOver.ok());
    CHECK(committed == 0);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM tags"_s)).toInt() == 0);
    requireOk(db->write([](Transaction& tx) {
        return sql::exec(tx.db(), u"INSERT INTO tags (name) VALUES (?)"_s, {u"опт"_s});
    }));
    CHECK(committed == 1);
}

TEST_CASE("a server database of another program, or an empty one to be read, is refused",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    {
        // Empty and not to be created: nothing to open.
        OpenOptions options = server.openOptions();
        options.createIfMissing = false;
        const Result<std::unique_ptr<Database>> empty = Database::open(options);
        REQUIRE_FALSE(empty);
        CHECK(empty.error().kind == ErrorKind::Foreign);
    }
    {
        std::unique_ptr<Database> raw = requireValue(Database::open(server.openOptions()));
        requireOk(sql::execDirect(raw->connection(), u"CREATE TABLE invoices (id bigint)"_s));
    }
    const Result<std::unique_ptr<Database>> other = openDatabase(server.openOptions());
    REQUIRE_FALSE(other);
    CHECK(other.error().kind == ErrorKind::Foreign);
    // Left exactly as it was: no table of ours was added.
    sql::Connection look(requireValue(parseServerAddress(server.address())));
    requireOk(look.open());
    CHECK(requireValue(sql::scalar(look.db(), u"SELECT count(*) FROM pg_tables WHERE schemaname = "
                                              u"current_schema()"_s))
              .toInt() == 1);
}

TEST_CASE("a server that cannot be reached is said so", "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerAddress address = requireValue(parseServerAddress(testServerAddress()));
    address.port = 1; // nothing listens there
    OpenOptions options;
    options.path = address.toString();
    options.allowServer = true;
    const Result<std::unique_ptr<Database>> opened = Database::open(options);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().kind == ErrorKind::Io);
}

TEST_CASE("a server's errors are said by their kind, with the server's own code in the details",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> db = openServerTestDatabase(server);
    std::unique_ptr<Database> other = openServerTestDatabase(server);

    // No such table: a failure, its SQLSTATE among the details; never read
    // as an SQLite result code (42P01 once looked like one).
    const Status missing = sql::exec(db->connection(), u"SELECT * FROM no_such_table"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::Failed);
    CHECK(missing.error().detail.contains(u"42P01"_s));

    // A row another session holds: busy, once the lock wait runs out.
    requireOk(sql::exec(db->connection(), u"INSERT INTO tags (name) VALUES ('опт')"_s));
    requireOk(sql::execDirect(db->connection(), u"BEGIN"_s));
    requireOk(sql::exec(db->connection(), u"UPDATE tags SET name = 'гурт'"_s));
    requireOk(sql::execDirect(other->connection(), u"SET lock_timeout = '50ms'"_s));
    const Status locked = sql::exec(other->connection(), u"UPDATE tags SET name = 'роздріб'"_s);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().kind == ErrorKind::Busy);
    requireOk(sql::execDirect(db->connection(), u"ROLLBACK"_s));

    // A read-only session: said as a database that cannot be written.
    requireOk(sql::execDirect(other->connection(),
                              u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s));
    const Status readOnly = sql::exec(other->connection(), u"UPDATE tags SET name = 'роздріб'"_s);
    REQUIRE_FALSE(readOnly);
    CHECK(readOnly.error().kind == ErrorKind::ReadOnly);
}

TEST_CASE("another connection's save on a server is noticed at once, without the poll",
          "[server][changes]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> writer = openServerTestDatabase(server);
    std::unique_ptr<Database> reader = openServerTestDatabase(server);
    ChangeWatcher watcher(*reader);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    // No timer: only the server's notice can wake the watcher.
    QElapsedTimer clock;
    clock.start();
    Client c;
    c.lastName = u"Сидоренко"_s;
    c.firstName = u"Ігор"_s;
    requireOk(ClientRepository(*writer).create(c));
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 2000));
    CHECK(clock.elapsed() < 1000);
    CHECK(watcher.lastSeenId() ==
          requireValue(sql::scalar(writer->connection(), u"SELECT max(id) FROM changes"_s))
              .toLongLong());
    // And the poll itself works on a server, with nothing new to read.
    changed.clear();
    requireOk(watcher.poll());
    CHECK(changed.isEmpty());
}

TEST_CASE("a server database that does not exist is named, not taken for an unreachable server",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerAddress address = requireValue(parseServerAddress(testServerAddress()));
    address.database = u"kartoteka_no_such_database"_s;
    OpenOptions options;
    options.path = address.toString();
    options.allowServer = true;
    CHECK(kindOf(Database::open(options)) == ErrorKind::NotFound);
}

TEST_CASE("a server user who may not make the base is told what right it lacks before any table",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> admin = openServerTestDatabase(server);
    // A second, empty database, and a server user who owns nothing.
    ServerDatabase empty;
    const QString plain = server.name() + u"_plain"_s;
    requireOk(sql::execDirect(admin->connection(),
                              u"CREATE ROLE \"%1\" LOGIN PASSWORD 'plain-pass-1'"_s.arg(plain)));
    auto openAs = [&](const QString& user) {
        ServerAddress address = requireValue(parseServerAddress(empty.address()));
        address.user = user;
        OpenOptions options = empty.openOptions();
        options.path = address.toString();
        options.serverPassword = u"plain-pass-1"_s;
        options.createIfMissing = true;
        return Database::open(options);
    };
    // PostgreSQL 15 lets nobody but the owner create in the public schema.
    Result<std::unique_ptr<Database>> refused = openAs(plain);
    CHECK(kindOf(refused) == ErrorKind::Forbidden);
    // Allowed to create tables, but not the accounts' login roles.
    OpenOptions asOwner = empty.openOptions();
    asOwner.createIfMissing = true;
    std::unique_ptr<Database> owner = requireValue(Database::open(asOwner));
    requireOk(sql::execDirect(owner->connection(),
                              u"GRANT CREATE ON SCHEMA public TO \"%1\""_s.arg(plain)));
    // Not the database's owner: refused though it may create in the schema.
    CHECK(kindOf(openAs(plain)) == ErrorKind::Forbidden);
    // The owner, but without CREATEROLE.
    requireOk(sql::execDirect(owner->connection(),
                              u"ALTER DATABASE \"%1\" OWNER TO \"%2\""_s.arg(empty.name(), plain)));
    Result<std::unique_ptr<Database>> noRoles = openAs(plain);
    CHECK(kindOf(noRoles) == ErrorKind::Forbidden);
    requireOk(sql::execDirect(owner->connection(),
                              u"ALTER DATABASE \"%1\" OWNER TO CURRENT_USER"_s.arg(empty.name())));
    // Nothing was made in either try.
    CHECK(requireValue(sql::scalar(owner->connection(),
                                   u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                   u"'public'"_s))
              .toInt() == 0);
    requireOk(sql::execDirect(owner->connection(),
                              u"REVOKE ALL ON SCHEMA public FROM \"%1\""_s.arg(plain)));
    owner.reset();
    requireOk(sql::execDirect(admin->connection(), u"DROP ROLE \"%1\""_s.arg(plain)));
}

TEST_CASE("an address asking for TLS from a server without it says so, not 'unreachable'",
          "[server][database]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    // The test cluster has no certificate: ssl is off.
    const QString address = testServerAddress() + u"?sslmode=require"_s;
    OpenOptions options;
    options.path = address;
    options.allowServer = true;
    const Result<std::unique_ptr<Database>> opened = Database::open(options);
    REQUIRE(kindOf(opened) == ErrorKind::Io);
    // The generic message names the whole address; this one the setting at fault.
    CHECK(opened.error().message.contains(u"sslmode=require"_s));
    CHECK_FALSE(opened.error().message.contains(address));
}

TEST_CASE("a server session keeps this PC's time zone, as a file's local days do",
          "[server][database][reports]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> db = openServerTestDatabase(server);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT current_setting('TimeZone')"_s))
              .toString() == QString::fromLatin1(QTimeZone::systemTimeZoneId()));
}

namespace {

qint64 backendPid(Database& db)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT pg_backend_pid()"_s)).toLongLong();
}

// Drops the connection of `victim` at the server, as a restart or the
// network would: the server ends that session.
void dropConnection(Database& admin, qint64 pid)
{
    REQUIRE(
        requireValue(sql::scalar(admin.connection(), u"SELECT pg_terminate_backend(?)"_s, {pid}))
            .toBool());
}

qint64 clientCount(Database& db)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM clients"_s))
        .toLongLong();
}

} // namespace

TEST_CASE("a dropped server connection is renewed: a save goes on and the watcher says when it is "
          "back",
          "[server][changes]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    std::unique_ptr<Database> window = openServerTestDatabase(server);
    std::unique_ptr<Database> admin = openServerTestDatabase(server);
    ChangeWatcher watcher(*window);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSignalSpy replaced(window.get(), &Database::connectionReplaced);

    // Lost between two saves: the next save begins over a new connection.
    const qint64 first = backendPid(*window);
    dropConnection(*admin, first);
    Client c;
    c.lastName = u"Сидоренко"_s;
    requireOk(ClientRepository(*window).create(c));
    CHECK(replaced.size() == 1);
    CHECK(backendPid(*window) != first);
    CHECK(clientCount(*admin) == 1);
    // The new connection listens for the feed as the old one did.
    Client other;
    other.lastName = u"Коваль"_s;
    changed.clear();
    requireOk(ClientRepository(*admin).create(other));
    REQUIRE(waitUntil([&] { return !changed.isEmpty(); }, 2000));

    // Lost in the middle of a save: it fails as a whole, says the server is
    // gone, and nothing of it is kept; the next one goes through.
    Client half;
    half.lastName = u"Мельник"_s;
    const Status cut = window->write([&](Transaction& tx) -> Status {
        dropConnection(*admin, backendPid(*window));
        return sql::exec(tx.db(), u"INSERT INTO clients (last_name) VALUES (?)"_s, {half.lastName});
    });
    CHECK(kindOf(cut) == ErrorKind::Io);
    CHECK(clientCount(*admin) == 2);

    // The watcher finds it lost, says so, and says when it is back.
    QSignalSpy failed(&watcher, &ChangeWatcher::pollFailed);
    QSignalSpy recovered(&watcher, &ChangeWatcher::pollRecovered);
    watcher.start(100);
    REQUIRE(waitUntil([&] { return !recovered.isEmpty(); }, 10000));
    CHECK(failed.size() == 1);
    requireOk(ClientRepository(*window).create(half));
    CHECK(clientCount(*admin) == 3);
}
