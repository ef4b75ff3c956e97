// Backups of a database on a PostgreSQL server (issue 13): a pg_dump with the
// same manifest, checksum, catalogue and retention as a file's backups, the
// daily lease on the server, and a restore that is all or nothing.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/ServerLogins.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/Restore.h"
#include "backup/ServerBackup.h"
#include "clients/ClientRepository.h"
#include "settings/SharedSettings.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const QString kOwnerPassword = u"owner-password-1"_s;
const QString kTempPassword = u"temporary-pass-1"_s;

qint64 addClient(Database& db, const QString& lastName)
{
    Client c;
    c.lastName = lastName;
    c.firstName = u"Тест"_s;
    c.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

qint64 count(Database& db, const QString& query)
{
    return requireValue(sql::scalar(db.connection(), query)).toLongLong();
}

qint64 clients(Database& db)
{
    return count(db, u"SELECT count(*) FROM clients"_s);
}

void removeClient(Database& db, qint64 id)
{
    requireOk(db.write([&](Transaction& tx) {
        return sql::exec(tx.db(), u"DELETE FROM clients WHERE id = ?"_s, {id});
    }));
}

// Everything in `folder`, hidden files (a partial backup) too.
QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

BackupInfo backUp(Database& db, const QString& folder, BackupKind kind = BackupKind::Manual,
                  const QDateTime& when = QDateTime::currentDateTime())
{
    BackupRequest request = backupRequestFor(db, folder, kind);
    request.now = when;
    return requireValue(createBackup(request));
}

} // namespace

TEST_CASE("a server database's backup is a verified pg_dump with a manifest", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    addClient(*db, u"Антоненко"_s);
    addClient(*db, u"Бондаренко"_s);

    const BackupInfo made = backUp(*db, dir.path());
    CHECK(QFileInfo(made.file).fileName().startsWith(server.name() + u'-'));
    CHECK(QFileInfo(made.file).suffix() == u"pgdump"_s);
    CHECK(isServerBackupFile(made.file));
    CHECK(made.bytes > 0);
    CHECK(made.sha256.size() == 64);
    CHECK(made.schemaVersion == requireValue(db->schemaVersion()));
    const QString id = requireValue(databaseIdOf(db->connection()));
    CHECK(made.databaseId == id);
    CHECK(made.sourcePath == server.address());
    CHECK(QFileInfo::exists(manifestPathFor(made.file)));
    // Nothing else: no partial file, no list left behind.
    CHECK(everythingIn(dir.path()).size() == 2);

    const VerifiedBackup verified =
        requireValue(verifyBackupFile(made.file, latestSchemaVersion()));
    CHECK(verified.checksumChecked);
    CHECK(verified.databaseId == id);
    CHECK(verified.schemaVersion == made.schemaVersion);

    // The catalogue lists it as the database's, as a file's backups are.
    const QList<BackupInfo> listed = listBackupsOf(dir.path(), id, db->path());
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().file == made.file);
    CHECK(listed.first().hasManifest);
    // Without its manifest, whose it is comes from the dump itself.
    REQUIRE(QFile::remove(manifestPathFor(made.file)));
    CHECK(listBackupsOf(dir.path(), id, db->path()).size() == 1);
    const VerifiedBackup bare = requireValue(verifyBackupFile(made.file, latestSchemaVersion()));
    CHECK_FALSE(bare.checksumChecked);
    CHECK(bare.databaseId == id);
}

TEST_CASE("a changed, cut or empty server backup is refused by verify", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    addClient(*db, u"Антоненко"_s);
    const BackupInfo made = backUp(*db, dir.path());

    QFile file(made.file);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    // One byte changed: the manifest's checksum no longer matches.
    QByteArray changed = bytes;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x20);
    {
        QFile out(made.file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(changed);
    }
    CHECK(kindOf(verifyBackupFile(made.file, latestSchemaVersion())) == ErrorKind::Corrupt);

    // Cut short, without a manifest: pg_restore cannot read it to the end.
    const QString cut = dir.path(u"cut.pgdump"_s);
    {
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 2 / 3));
    }
    CHECK(kindOf(verifyBackupFile(cut, latestSchemaVersion())) == ErrorKind::Corrupt);

    const QString empty = dir.path(u"empty.pgdump"_s);
    {
        QFile out(empty);
        REQUIRE(out.open(QIODevice::WriteOnly));
    }
    CHECK(kindOf(verifyBackupFile(empty, latestSchemaVersion())) == ErrorKind::Corrupt);
    CHECK(kindOf(verifyBackupFile(dir.path(u"none.pgdump"_s), latestSchemaVersion())) ==
          ErrorKind::NotFound);
}

TEST_CASE("old server backups are pruned by the same retention as a file's", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    for (int daysAgo = 4; daysAgo >= 0; --daysAgo)
        backUp(*db, dir.path(), BackupKind::Automatic, now.addDays(-daysAgo));
    const QString id = requireValue(databaseIdOf(db->connection()));
    REQUIRE(listBackupsOf(dir.path(), id, db->path()).size() == 5);

    RetentionPolicy policy;
    policy.daily = 2;
    policy.weekly = 0;
    policy.monthly = 0;
    const QStringList removed = requireValue(pruneBackups(dir.path(), id, policy, now));
    CHECK(removed.size() == 3);
    const QList<BackupInfo> left = listBackupsOf(dir.path(), id, db->path());
    REQUIRE(left.size() == 2);
    CHECK(left.first().createdAt.toLocalTime().date() == now.date());
    // Their manifests went with them.
    CHECK(everythingIn(dir.path()).size() == 4);
}

TEST_CASE("a cancelled server backup leaves nothing behind", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    const QString folder = dir.path(u"backups"_s);
    BackupRequest request = backupRequestFor(*db, folder, BackupKind::Manual);
    int asked = 0;
    request.progress = [&](const BackupProgress&) {
        ++asked;
        return false;
    };
    CHECK(kindOf(createBackup(request)) == ErrorKind::Cancelled);
    CHECK(asked >= 1);
    CHECK(everythingIn(folder).isEmpty());
}

TEST_CASE("only an account that reads the whole server base backs it up", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto admin = openServerTestDatabase(server);
    Accounts accounts(*admin);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, kOwnerPassword));
    requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, kTempPassword));
    requireValue(accounts.add(u"petro"_s, u"Petro Senior"_s, Role::Senior, kTempPassword));
    addClient(*admin, u"Антоненко"_s);
    TempDir dir;
    auto as = [&](const QString& login, const QString& password) {
        return requireValue(
            openDatabase(serverSignInOptions(server.openOptions(), login, password)));
    };

    // A manager's dump would hold only their clients; a senior's, only part
    // of the audit.
    for (const QString& login : {u"olena"_s, u"petro"_s}) {
        INFO(login.toStdString());
        auto staff = as(login, kTempPassword);
        CHECK_FALSE(requireValue(readsEveryRow(staff->connection())));
        CHECK(kindOf(createBackup(backupRequestFor(*staff, dir.path(), BackupKind::Manual))) ==
              ErrorKind::Forbidden);
    }
    CHECK(everythingIn(dir.path()).isEmpty());

    // The owner's account dumps through its own login role, its password in
    // pg_dump's environment, and gets the whole base.
    auto owner = as(u"owner"_s, kOwnerPassword);
    CHECK(requireValue(readsEveryRow(owner->connection())));
    const BackupInfo made = backUp(*owner, dir.path());
    requireValue(verifyBackupFile(made.file, latestSchemaVersion()));
}

TEST_CASE("the day's backup lease works on a server as on a file", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto first = openServerTestDatabase(server);
    auto second = openServerTestDatabase(server);
    const QDateTime now = QDateTime::currentDateTime();
    CHECK(requireValue(claimDailyBackup(*first, u"pc-1"_s, now, std::nullopt)) ==
          DailyClaim::Taken);
    CHECK(requireValue(claimDailyBackup(*second, u"pc-2"_s, now, std::nullopt)) ==
          DailyClaim::HeldElsewhere);
    requireOk(finishDailyBackup(*first, u"pc-1"_s, true, now));
    CHECK(requireValue(claimDailyBackup(*second, u"pc-2"_s, now.addSecs(60), std::nullopt)) ==
          DailyClaim::NotDue);
    CHECK(requireValue(claimDailyBackup(*second, u"pc-2"_s, now.addDays(1), std::nullopt)) ==
          DailyClaim::Taken);
}

TEST_CASE("a server database is upgraded after a pg_dump safety copy", "[backup][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    TempDir dir;
    const QString backups = dir.path(u"backups"_s);
    {
        auto db = openServerTestDatabase(server);
        requireValue(SharedSettings(*db).set(backupKeys::kFolder, backups, 0));
    }
    QList<Migration> migrations = builtinMigrations(Backend::PostgreSql);
    const int latest = migrations.last().version;
    migrations.append({latest + 1, u"test_step"_s, u"CREATE TABLE extra (x text);"_s});
    auto db = requireValue(openDatabase(server.openOptions(), migrations));
    CHECK(requireValue(db->schemaVersion()) == latest + 1);

    const QList<BackupInfo> made = listBackups(backups);
    REQUIRE(made.size() == 1);
    CHECK(made.first().kind == BackupKind::Safety);
    CHECK(made.first().schemaVersion == latest);
    CHECK(isServerBackupFile(made.first().file));
}

TEST_CASE("a server restore brings back the backup's rows, all or nothing",
          "[backup][server][restore]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    const qint64 kept = addClient(*db, u"Антоненко"_s);
    const qint64 lost = addClient(*db, u"Бондаренко"_s);
    const BackupInfo backup = backUp(*db, dir.path(u"backups"_s));
    const QString safetyFolder = dir.path(u"safety"_s);

    removeClient(*db, lost);
    addClient(*db, u"Після копії"_s);
    const qint64 auditBefore = count(*db, u"SELECT count(*) FROM audit"_s);
    const qint64 changesBefore = count(*db, u"SELECT max(id) FROM changes"_s);
    REQUIRE(clients(*db) == 2);

    SECTION("a statement that fails half-way leaves the data as it was")
    {
        // Something of the administrator's depends on the clients table, so
        // dropping it fails in the middle of the restore.
        requireOk(
            sql::execDirect(db->connection(), u"CREATE VIEW blocker AS SELECT id FROM clients"_s));
        SessionRegistry session(*db, Identity::current());
        const Result<RestoreReport> failed = restoreBackup(*db, session, backup.file, safetyFolder);
        CHECK(kindOf(failed) != ErrorKind::Forbidden);
        CHECK(clients(*db) == 2);
        CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = "_s + QString::number(lost)) ==
              0);
        // The others may save again, and the attempt is in the audit.
        CHECK(count(*db, u"SELECT count(*) FROM sessions WHERE maintenance IS NOT NULL"_s) == 0);
        CHECK(count(*db, u"SELECT count(*) FROM audit"_s) == auditBefore + 1);
        (void)session.stop();
    }

    SECTION("a broken dump is refused before anything changes")
    {
        QFile file(backup.file);
        REQUIRE(file.resize(file.size() / 2));
        SessionRegistry session(*db, Identity::current());
        CHECK(kindOf(restoreBackup(*db, session, backup.file, safetyFolder)) == ErrorKind::Corrupt);
        CHECK(clients(*db) == 2);
        CHECK(everythingIn(safetyFolder).isEmpty());
        (void)session.stop();
    }

    SECTION("a good dump replaces the data; the audit and the change feed go on")
    {
        SessionRegistry session(*db, Identity::current());
        requireOk(session.start());
        const RestoreReport report =
            requireValue(restoreBackup(*db, session, backup.file, safetyFolder));
        CHECK(report.rowsCopied > 0);
        CHECK(report.schemaVersionAfter == backup.schemaVersion);
        CHECK(clients(*db) == 2);
        CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = "_s + QString::number(lost)) ==
              1);
        CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = "_s + QString::number(kept)) ==
              1);
        // The safety copy holds the data as it was just before.
        REQUIRE(isServerBackupFile(report.safetyBackup));
        CHECK(requireValue(verifyBackupFile(report.safetyBackup, latestSchemaVersion()))
                  .checksumChecked);
        // Who is connected stays, the maintenance flag is down.
        CHECK(count(*db, u"SELECT count(*) FROM sessions WHERE id = "_s +
                             QString::number(session.id())) == 1);
        CHECK(count(*db, u"SELECT count(*) FROM sessions WHERE maintenance IS NOT NULL"_s) == 0);
        // The audit outlives the restore, with the restore added to it.
        CHECK(count(*db, u"SELECT count(*) FROM audit"_s) == auditBefore + 1);
        CHECK(count(*db, u"SELECT count(*) FROM audit WHERE action = 'restore'"_s) == 1);
        // The change feed never goes back: every PC sees the reload as new.
        CHECK(count(*db, u"SELECT max(id) FROM changes WHERE op = 'reload'"_s) > changesBefore);
        // A new client after the restore takes a fresh id.
        CHECK(addClient(*db, u"Новий"_s) > 0);
        (void)session.stop();
    }
}

TEST_CASE("a server restore takes only a server's backup, and a file only its own",
          "[backup][server][restore]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto db = openServerTestDatabase(server);
    TempDir dir;
    auto file = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const BackupInfo fileBackup = backUp(*file, dir.path(u"file-backups"_s));
    const BackupInfo serverBackup = backUp(*db, dir.path(u"server-backups"_s));

    SessionRegistry serverSession(*db, Identity::current());
    CHECK(kindOf(restoreBackup(*db, serverSession, fileBackup.file, dir.path(u"s1"_s))) ==
          ErrorKind::Foreign);
    SessionRegistry fileSession(*file, Identity::current());
    CHECK(kindOf(restoreBackup(*file, fileSession, serverBackup.file, dir.path(u"s2"_s))) ==
          ErrorKind::Foreign);
    // Nothing was started: no safety copies.
    CHECK_FALSE(QFileInfo::exists(dir.path(u"s1"_s)));
    CHECK_FALSE(QFileInfo::exists(dir.path(u"s2"_s)));
}

TEST_CASE("a server restore runs as the role that owns the tables", "[backup][server][restore]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerDatabase server;
    auto admin = openServerTestDatabase(server);
    Accounts accounts(*admin);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, kOwnerPassword));
    const qint64 lost = addClient(*admin, u"Антоненко"_s);
    TempDir dir;
    const BackupInfo backup = backUp(*admin, dir.path(u"backups"_s));
    removeClient(*admin, lost);

    // The owner's account: its login role owns nothing, and the address's own
    // user is that same role, so nobody who may drop the tables is at hand.
    ServerAddress ownAddress = requireValue(parseServerAddress(server.address()));
    ownAddress.user = serverLoginRole(server.name(), u"owner"_s);
    OpenOptions ownOnly = serverSignInOptions(server.openOptions(), u"owner"_s, kOwnerPassword);
    ownOnly.path = ownAddress.toString();
    {
        auto owner = requireValue(openDatabase(ownOnly));
        SessionRegistry session(*owner, Identity::current());
        CHECK(kindOf(restoreBackup(*owner, session, backup.file, dir.path(u"safety"_s))) ==
              ErrorKind::Forbidden);
        CHECK(clients(*owner) == 0);
        (void)session.stop();
    }

    // Signed in as the owner on the administrator's address: the
    // administrator's role (the tables' owner) restores, the owner's account
    // is who the audit names.
    auto owner = requireValue(
        openDatabase(serverSignInOptions(server.openOptions(), u"owner"_s, kOwnerPassword)));
    SessionRegistry session(*owner, Identity::current());
    const RestoreReport report =
        requireValue(restoreBackup(*owner, session, backup.file, dir.path(u"safety"_s)));
    CHECK(clients(*owner) == 1);
    CHECK(isServerBackupFile(report.safetyBackup));
    (void)session.stop();
}
