#include "Catch.h"
#include "TestSupport.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupSettings.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QVariant pragma(Database& db, const QString& name)
{
    return requireValue(sql::scalar(db.connection(), u"PRAGMA "_s + name));
}

QList<Migration> withTestStep(const QString& script)
{
    QList<Migration> migrations = builtinMigrations();
    migrations.append({latestSchemaVersion() + 1, u"9999_test.sql"_s, script});
    return migrations;
}

} // namespace

TEST_CASE("a new database is created at the latest schema version", "[database][migrations]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"sub/folder/new.sqlite"_s));
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion());
    CHECK(pragma(*db, u"application_id"_s).toInt() == kApplicationId);
    for (const QString& table :
         {u"meta"_s, u"settings"_s, u"changes"_s, u"sessions"_s, u"leases"_s}) {
        INFO(table.toStdString());
        CHECK(requireValue(sql::scalar(db->connection(),
                                       u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s,
                                       {table}))
                  .toInt() == 1);
    }
    const QString id =
        requireValue(
            sql::scalar(db->connection(), u"SELECT value FROM meta WHERE key = 'database_id'"_s))
            .toString();
    CHECK(id.size() == 32);
}

TEST_CASE("local mode: WAL, synchronous NORMAL, a busy timeout", "[database][mode]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"local.sqlite"_s), ModeChoice::Local);
    CHECK(db->mode() == StorageMode::Local);
    CHECK(pragma(*db, u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(*db, u"synchronous"_s).toInt() == 1);
    CHECK(pragma(*db, u"busy_timeout"_s).toInt() >= 5000);
    CHECK(pragma(*db, u"foreign_keys"_s).toInt() == 1);
}

TEST_CASE("shared mode: rollback journal, synchronous FULL, busy timeout of 5 s or more",
          "[database][mode]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shared.sqlite"_s), ModeChoice::Shared);
    CHECK(db->mode() == StorageMode::Shared);
    CHECK(pragma(*db, u"journal_mode"_s).toString() == u"delete"_s);
    CHECK(pragma(*db, u"synchronous"_s).toInt() == 2);
    CHECK(pragma(*db, u"busy_timeout"_s).toInt() >= 5000);
}

TEST_CASE("a database open in local mode elsewhere is not switched to shared", "[database][mode]")
{
    TempDir dir;
    const QString path = dir.path(u"mixed.sqlite"_s);
    auto local = openTestDatabase(path, ModeChoice::Local);
    Result<std::unique_ptr<Database>> shared = Database::open({path, ModeChoice::Shared, false});
    REQUIRE_FALSE(shared.ok());
    CHECK(shared.error().kind == ErrorKind::Busy);
    CHECK(shared.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(pragma(*local, u"journal_mode"_s).toString() == u"wal"_s);
}

TEST_CASE("a shared file that other PCs use is not switched to local mode", "[database][mode]")
{
    TempDir dir;
    const QString path = dir.path(u"on-the-server.sqlite"_s);
    {
        auto other = openTestDatabase(path, ModeChoice::Shared);
        requireOk(sql::exec(other->connection(),
                            u"INSERT INTO sessions (host, user_name, pid, app_version, started_at, "
                            u"heartbeat_at) VALUES ('KASSA-2', 'Оксана', 1, '0.1', ?, ?)"_s,
                            {nowUtc(), nowUtc()}));
    }
    Result<std::unique_ptr<Database>> local = Database::open({path, ModeChoice::Local, false});
    REQUIRE_FALSE(local.ok());
    CHECK(local.error().kind == ErrorKind::Busy);
    CHECK(local.error().message.contains(u"Оксана"_s)); // who uses it, and where
    CHECK(local.error().message.contains(u"KASSA-2"_s));
    auto shared = openTestDatabase(path, ModeChoice::Shared);
    CHECK(requireValue(sql::scalar(shared->connection(), u"PRAGMA journal_mode"_s)).toString() ==
          u"delete"_s);
}

TEST_CASE("files of other programs are refused and left unchanged", "[database]")
{
    TempDir dir;
    const QString text = dir.path(u"notes.txt"_s);
    writeFile(text, "This is a letter, not a database.\n");
    Result<std::unique_ptr<Database>> opened = openDatabase({text, ModeChoice::Local, false});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Foreign);
    CHECK(fileBytes(text) == QByteArray("This is a letter, not a database.\n"));

    const QString other = dir.path(u"other.sqlite"_s);
    {
        sql::Connection c(other);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
    }
    const QByteArray before = fileBytes(other);
    opened = openDatabase({other, ModeChoice::Shared, false});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Foreign);
    CHECK(fileBytes(other) == before);
}

TEST_CASE("a database from a newer Kartoteka is refused, naming both versions",
          "[database][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"newer.sqlite"_s);
    {
        auto db = openTestDatabase(path, ModeChoice::Shared);
        requireOk(sql::exec(db->connection(), u"PRAGMA user_version = 42"_s));
    }
    const QByteArray before = fileBytes(path);
    Result<std::unique_ptr<Database>> opened = openDatabase({path, ModeChoice::Shared, false});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::TooNew);
    CHECK(opened.error().message.contains(u"42"_s));
    CHECK(opened.error().message.contains(QString::number(latestSchemaVersion())));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("an older database is upgraded after a safety backup", "[database][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"old.sqlite"_s);
    const QString backups = dir.path(u"backups"_s);
    {
        auto db = openTestDatabase(path);
        requireValue(SharedSettings(*db).set(backupKeys::kFolder, backups, 0));
        requireValue(SharedSettings(*db).set(u"shop.name"_s, u"Ромашка"_s, 0));
    }
    auto db = openTestDatabase(path, ModeChoice::Local,
                               withTestStep(u"CREATE TABLE extra (x TEXT);"
                                            u"INSERT INTO extra VALUES ('added');"_s));
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion() + 1);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT x FROM extra"_s)).toString() ==
          u"added"_s);
    CHECK(requireValue(SharedSettings(*db).get(u"shop.name"_s)).value == u"Ромашка"_s);

    const QList<BackupInfo> made = listBackups(backups);
    REQUIRE(made.size() == 1);
    CHECK(made.first().kind == BackupKind::Safety);
    CHECK(made.first().schemaVersion == latestSchemaVersion());
}

TEST_CASE("a failing upgrade step leaves the database at its version", "[database][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"stays.sqlite"_s);
    openTestDatabase(path).reset();
    Result<std::unique_ptr<Database>> opened = openDatabase(
        {path, ModeChoice::Local, false},
        withTestStep(u"CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);"_s));
    REQUIRE_FALSE(opened.ok());
    // The message names the version it stayed at.
    CHECK(opened.error().message.contains(QString::number(latestSchemaVersion())));

    auto db = openTestDatabase(path);
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion());
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT count(*) FROM sqlite_master WHERE name = 'half'"_s))
              .toInt() == 0);
}

TEST_CASE("a write either commits with its change rows or leaves nothing", "[database][changes]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"tx.sqlite"_s));
    createProbeTable(*db);
    const qint64 changesBefore =
        requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM changes"_s)).toLongLong();

    Status failed = db->write([](Transaction& tx) -> Status {
        requireOk(sql::exec(tx.db(), u"INSERT INTO probe (name) VALUES ('lost')"_s));
        tx.recordChange(u"probe"_s, 1, ChangeOp::Insert);
        return makeError(ErrorKind::Invalid, u"the person cancelled"_s);
    });
    CHECK_FALSE(failed.ok());
    CHECK(probeNames(*db).isEmpty());
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM changes"_s))
              .toLongLong() == changesBefore);

    insertProbe(*db, u"kept"_s);
    CHECK(probeNames(*db) == QStringList{u"kept"_s});
    const QList<QSqlRecord> rows = requireValue(
        sql::rows(db->connection(), u"SELECT entity, op FROM changes ORDER BY id DESC LIMIT 1"_s));
    CHECK(rows.first().value(0).toString() == u"probe"_s);
    CHECK(rows.first().value(1).toString() == u"insert"_s);
}
