#include "Catch.h"
#include "TestSupport.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/Restore.h"
#include "settings/SharedSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// The probe table (standing in for later features' tables) as one more
// migration: a restore brings back only what the program's migrations create,
// and this way those include a table, an index, a trigger and an FTS5 index.
const QList<Migration>& probeMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list = builtinMigrations();
        list.append({latestSchemaVersion() + 1, u"9000_probe.sql"_s,
                     u"CREATE TABLE probe (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT "
                     u"NULL, version INTEGER NOT NULL DEFAULT 1);\n"
                     u"CREATE INDEX probe_name ON probe (name);\n"
                     u"CREATE VIRTUAL TABLE probe_fts USING fts5 (name, content='probe', "
                     u"content_rowid='id', tokenize='unicode61');\n"
                     u"CREATE TRIGGER probe_ai AFTER INSERT ON probe BEGIN INSERT INTO probe_fts "
                     u"(rowid, name) VALUES (new.id, new.name); END;\n"_s});
        return list;
    }();
    return migrations;
}

int probeVersion()
{
    return probeMigrations().last().version;
}

struct Shop
{
    TempDir dir;
    QString path;
    QString backups = dir.path(u"backups"_s);
    std::unique_ptr<Database> db;
    std::unique_ptr<SessionRegistry> session;

    explicit Shop(ModeChoice mode = ModeChoice::Shared, const QString& name = u"shop.sqlite"_s)
        : path(dir.path(name))
    {
        db = openTestDatabase(path, mode, probeMigrations());
        session = std::make_unique<SessionRegistry>(*db, Identity::current());
        requireOk(session->start());
    }

    BackupInfo backUp()
    {
        return requireValue(createBackup({db->path(), db->mode(), backups, BackupKind::Manual}));
    }

    Result<RestoreReport> restore(const QString& file, const RestoreConsent& consent = {})
    {
        return restoreBackup(*db, *session, file, backups, consent, probeMigrations());
    }

    QString databaseId() { return requireValue(databaseIdOf(db->connection())); }

    qint64 maxChangeId()
    {
        return requireValue(sql::scalar(db->connection(), u"SELECT max(id) FROM changes"_s))
            .toLongLong();
    }
};

QList<int> ftsMatches(Database& db, const QString& query)
{
    QList<int> ids;
    for (const QSqlRecord& r : requireValue(sql::rows(
             db.connection(),
             u"SELECT rowid FROM probe_fts WHERE probe_fts MATCH ? ORDER BY rowid"_s, {query})))
        ids.append(r.value(0).toInt());
    return ids;
}

} // namespace

TEST_CASE("restore brings back exactly the backup's data, indexes and search", "[restore]")
{
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        Shop shop(mode);
        insertProbe(*shop.db, u"Іваненко Олег"_s);
        insertProbe(*shop.db, u"Ёлкина Дарья"_s);
        requireValue(SharedSettings(*shop.db).set(u"shop.name"_s, u"Ромашка"_s, 0));
        const BackupInfo backup = shop.backUp();

        insertProbe(*shop.db, u"Added after the backup"_s);
        requireOk(sql::exec(shop.db->connection(), u"DELETE FROM probe WHERE id = 1"_s));
        requireValue(SharedSettings(*shop.db).set(u"shop.name"_s, u"Лютик"_s, 1));
        requireOk(recordBackupSuccess(*shop.db, backup));
        const qint64 changesBefore = shop.maxChangeId();

        const RestoreReport report = requireValue(shop.restore(backup.file));
        CHECK(report.restoredSchemaVersion == probeVersion());
        CHECK(report.schemaVersionAfter == probeVersion());
        CHECK(report.rowsCopied > 0);

        CHECK(probeNames(*shop.db) == QStringList{u"Іваненко Олег"_s, u"Ёлкина Дарья"_s});
        CHECK(requireValue(SharedSettings(*shop.db).get(u"shop.name"_s)).value == u"Ромашка"_s);
        CHECK(ftsMatches(*shop.db, u"іваненко"_s) == QList<int>{1});
        CHECK(requireValue(sql::scalar(shop.db->connection(), u"PRAGMA integrity_check"_s))
                  .toString() == u"ok"_s);
        // AUTOINCREMENT continues after the backup's highest id.
        insertProbe(*shop.db, u"Новый клиент"_s);
        CHECK(requireValue(sql::scalar(shop.db->connection(),
                                       u"SELECT id FROM probe WHERE name = 'Новый клиент'"_s))
                  .toInt() == 3);

        // Not business data: the record of backups and who is connected stay current.
        CHECK(requireValue(loadBackupStatus(*shop.db)).lastSuccessFile == backup.file);
        CHECK(requireValue(shop.session->activeSessions()).size() == 1);
        CHECK_FALSE(requireValue(maintenanceHolder(shop.db->connection(), 0)).has_value());
        // Change ids never go back, so every watcher sees the restore.
        CHECK(shop.maxChangeId() > changesBefore);

        // The safety copy holds the data as it was just before the restore.
        auto safety = openTestDatabase(report.safetyBackup, ModeChoice::Shared, probeMigrations());
        CHECK(probeNames(*safety) == QStringList{u"Ёлкина Дарья"_s, u"Added after the backup"_s});
        CHECK(readBackupInfo(report.safetyBackup).kind == BackupKind::Safety);
    }
}

TEST_CASE("another PC's window is told to reload after a restore", "[restore][changes]")
{
    Shop shop;
    insertProbe(*shop.db, u"Бондаренко"_s);
    const BackupInfo backup = shop.backUp();
    for (int i = 0; i < 5; ++i)
        insertProbe(*shop.db, u"later %1"_s.arg(i));

    auto otherPc = openTestDatabase(shop.path, ModeChoice::Shared, probeMigrations());
    ChangeWatcher watcher(*otherPc);
    QSignalSpy reload(&watcher, &ChangeWatcher::reloadRequested);
    requireValue(shop.restore(backup.file));
    requireOk(watcher.poll());
    CHECK(reload.size() == 1);
    CHECK(probeNames(*otherPc) == QStringList{u"Бондаренко"_s});
}

TEST_CASE("a bad backup is refused and the current data stays byte for byte", "[restore]")
{
    Shop shop(ModeChoice::Shared); // one file, no WAL: its bytes are the whole state
    for (int i = 0; i < 50; ++i)
        insertProbe(*shop.db, u"Мельник %1"_s.arg(i));
    const BackupInfo good = shop.backUp();
    const QByteArray goodBytes = fileBytes(good.file);
    insertProbe(*shop.db, u"entered today"_s);

    const QString bad = shop.dir.path(u"bad.sqlite"_s);
    SECTION("corrupt")
    {
        QByteArray damaged = goodBytes;
        for (qsizetype i = 4096; i < 3 * 4096 && i < damaged.size(); ++i)
            damaged[i] = char(0xA5 ^ i);
        writeFile(bad, damaged);
    }
    SECTION("truncated")
    {
        writeFile(bad, goodBytes.left(goodBytes.size() - 4096));
    }
    SECTION("foreign")
    {
        sql::Connection c(bad);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"CREATE TABLE photos (id INTEGER PRIMARY KEY, jpeg BLOB)"_s));
    }
    SECTION("from a newer Kartoteka")
    {
        writeFile(bad, goodBytes);
        sql::Connection c(bad);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"PRAGMA user_version = 99"_s));
    }

    const QByteArray before = fileBytes(shop.path);
    const int backupsBefore = int(listBackups(shop.backups).size());
    Result<RestoreReport> refused = shop.restore(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(fileBytes(shop.path) == before);
    CHECK(listBackups(shop.backups).size() == backupsBefore); // no safety copy for nothing
    CHECK(probeNames(*shop.db).last() == u"entered today"_s);
}

namespace {

// Everything SQLite shows of a database: its schema version, its schema and
// every row of every table, except the restorer's own session row, whose
// heartbeat the maintenance flag moves, and the audit, which records even a
// restore that failed (test_audit.cpp checks it).
QStringList contentOf(Database& db)
{
    QSqlDatabase& c = db.connection();
    QStringList dump{u"user_version %1"_s.arg(requireValue(db.schemaVersion()))};
    for (const QSqlRecord& o : requireValue(
             sql::rows(c, u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s))) {
        dump.append(o.value(0).toString() + u' ' + o.value(1).toString() + u' ' +
                    o.value(2).toString());
        if (o.value(0).toString() != u"table" || o.value(1).toString() == u"sessions" ||
            o.value(1).toString() == u"audit" ||
            o.value(2).toString().startsWith(u"CREATE VIRTUAL"_s))
            continue;
        QStringList rows;
        for (const QSqlRecord& r : requireValue(
                 sql::rows(c, u"SELECT * FROM "_s + sql::quoteIdentifier(o.value(1).toString())))) {
            QStringList values;
            for (int i = 0; i < r.count(); ++i)
                values.append(r.value(i).toString());
            if (o.value(1).toString() == u"sqlite_sequence" && values.first() == u"audit")
                continue;
            rows.append(values.join(u'|'));
        }
        rows.sort();
        dump.append(rows);
    }
    return dump;
}

QString settingOf(Database& db, const QString& key)
{
    return requireValue(SharedSettings(db).get(key)).value;
}

} // namespace

TEST_CASE("an older backup is restored and upgraded to the current schema", "[restore][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    BackupInfo oldBackup;
    {
        auto old = openTestDatabase(path, ModeChoice::Shared);
        requireValue(SharedSettings(*old).set(u"shop.name"_s, u"from the old version"_s, 0));
        oldBackup =
            requireValue(createBackup({path, old->mode(), dir.path(u"b"_s), BackupKind::Manual}));
        requireValue(SharedSettings(*old).set(u"shop.name"_s, u"later"_s, 1));
    }

    QList<Migration> newer = builtinMigrations();
    const int next = latestSchemaVersion() + 1;
    newer.append(
        {next, u"9999_test.sql"_s, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"_s});
    auto db = openTestDatabase(path, ModeChoice::Shared, newer);
    SessionRegistry session(*db, Identity::current());
    requireOk(session.start());

    const RestoreReport report =
        requireValue(restoreBackup(*db, session, oldBackup.file, dir.path(u"b"_s), {}, newer));
    CHECK(report.restoredSchemaVersion == latestSchemaVersion());
    CHECK(report.schemaVersionAfter == next);
    CHECK(settingOf(*db, u"shop.name"_s) == u"from the old version"_s);
    requireOk(sql::exec(db->connection(), u"INSERT INTO notes (body) VALUES ('upgraded')"_s));
}

TEST_CASE("an upgrade that fails during a restore leaves the database as it was",
          "[restore][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QString folder = dir.path(u"backups"_s);
    BackupInfo oldBackup;
    {
        auto old = openTestDatabase(path, ModeChoice::Shared);
        requireValue(SharedSettings(*old).set(backupKeys::kFolder, folder, 0));
        // Two shops with one name: the next version's unique index cannot hold them.
        requireValue(SharedSettings(*old).set(u"shop.a"_s, u"Ромашка"_s, 0));
        requireValue(SharedSettings(*old).set(u"shop.b"_s, u"Ромашка"_s, 0));
        oldBackup = requireValue(createBackup({path, old->mode(), folder, BackupKind::Manual}));
        requireValue(SharedSettings(*old).set(u"shop.b"_s, u"Лютик"_s, 1));
    }
    QList<Migration> newer = builtinMigrations();
    newer.append({latestSchemaVersion() + 1, u"9999_unique.sql"_s,
                  u"CREATE UNIQUE INDEX shop_names ON settings (value) "
                  u"WHERE key LIKE 'shop.%';"_s});

    auto db = openTestDatabase(path, ModeChoice::Shared, newer); // upgraded: names differ now
    SessionRegistry session(*db, Identity::current());
    requireOk(session.start());
    const QStringList before = contentOf(*db);

    Result<RestoreReport> failed = restoreBackup(*db, session, oldBackup.file, folder, {}, newer);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(failed.error().message.isEmpty());
    CHECK(contentOf(*db) == before);
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion() + 1);
    CHECK_FALSE(requireValue(maintenanceHolder(db->connection(), 0)).has_value());
    requireOk(session.stop());
    db.reset();

    // The next start finds nothing to upgrade, so it makes no safety copy either.
    const qsizetype backupsBefore = listBackups(folder).size();
    auto reopened = openTestDatabase(path, ModeChoice::Shared, newer);
    CHECK(listBackups(folder).size() == backupsBefore);
    CHECK(settingOf(*reopened, u"shop.b"_s) == u"Лютик"_s);
}

TEST_CASE("restore runs none of a backup's own schema text: foreign objects are refused",
          "[restore][schema]")
{
    Shop shop(ModeChoice::Shared);
    insertProbe(*shop.db, u"Мельник"_s);
    const BackupInfo backup = shop.backUp();
    insertProbe(*shop.db, u"entered today"_s);

    QString crafted;
    SECTION("a trigger added")
    {
        crafted = u"CREATE TRIGGER wipe AFTER INSERT ON probe BEGIN DELETE FROM settings; END"_s;
    }
    SECTION("a view added")
    {
        crafted = u"CREATE VIEW everything AS SELECT * FROM settings"_s;
    }
    SECTION("one of our triggers with another body")
    {
        crafted = u"DROP TRIGGER probe_ai; CREATE TRIGGER probe_ai AFTER INSERT ON probe BEGIN "
                  u"DELETE FROM settings; END"_s;
    }
    SECTION("a table with another definition")
    {
        crafted = u"ALTER TABLE leases ADD COLUMN note TEXT DEFAULT 'x'"_s;
    }
    SECTION("a table of someone else's")
    {
        crafted = u"CREATE TABLE extra (id INTEGER PRIMARY KEY)"_s;
    }
    {
        sql::Connection c(backup.file);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"BEGIN"_s));
        for (const QString& statement : sql::splitScript(crafted + u';'))
            requireOk(sql::exec(c.db(), statement));
        requireOk(sql::exec(c.db(), u"COMMIT"_s));
    }
    // Whoever crafted it also wrote a matching manifest.
    BackupInfo info = readBackupInfo(backup.file);
    info.sha256 = requireValue(sha256OfFile(backup.file));
    info.bytes = QFileInfo(backup.file).size();
    requireOk(writeManifest(info));

    Result<RestorePreview> preview =
        previewRestore(backup.file, shop.databaseId(), probeMigrations());
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().kind == ErrorKind::Foreign);

    const QByteArray before = fileBytes(shop.path);
    const qsizetype backupsBefore = listBackups(shop.backups).size();
    Result<RestoreReport> refused = shop.restore(backup.file, RestoreConsent{true, true});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Foreign);
    CHECK(fileBytes(shop.path) == before);
    CHECK(listBackups(shop.backups).size() == backupsBefore);
    CHECK(probeNames(*shop.db) == QStringList{u"Мельник"_s, u"entered today"_s});
}

TEST_CASE("a backup of another database is restored only with consent", "[restore][identity]")
{
    Shop shop(ModeChoice::Shared);
    insertProbe(*shop.db, u"ours"_s);
    Shop other(ModeChoice::Shared, u"shop-2021.sqlite"_s);
    insertProbe(*other.db, u"theirs"_s);
    const BackupInfo theirs = other.backUp();

    const RestorePreview preview =
        requireValue(previewRestore(theirs.file, shop.databaseId(), probeMigrations()));
    CHECK(preview.otherDatabase);
    CHECK(preview.verified);
    CHECK(preview.sourceName == QDir::toNativeSeparators(other.path));
    CHECK_FALSE(
        requireValue(previewRestore(shop.backUp().file, shop.databaseId(), probeMigrations()))
            .otherDatabase);

    const QByteArray before = fileBytes(shop.path);
    Result<RestoreReport> refused = shop.restore(theirs.file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::OtherDatabase);
    CHECK(refused.error().message.contains(u"shop-2021.sqlite"_s));
    CHECK(fileBytes(shop.path) == before);

    requireValue(shop.restore(theirs.file, RestoreConsent{true, false}));
    CHECK(probeNames(*shop.db) == QStringList{u"theirs"_s});
    CHECK(shop.databaseId() == other.databaseId());
}

TEST_CASE("a backup without a checksum is not verified and is restored only with consent",
          "[restore][verify]")
{
    Shop shop(ModeChoice::Shared);
    insertProbe(*shop.db, u"in the backup"_s);
    const BackupInfo backup = shop.backUp();
    insertProbe(*shop.db, u"entered today"_s);
    const QString manifest = manifestPathFor(backup.file);

    SECTION("no manifest")
    {
        REQUIRE(QFile::remove(manifest));
    }
    SECTION("an unreadable manifest")
    {
        writeFile(manifest, "{ this is not json");
    }
    SECTION("an empty checksum")
    {
        BackupInfo info = readBackupInfo(backup.file);
        info.sha256.clear();
        requireOk(writeManifest(info));
    }

    const RestorePreview preview =
        requireValue(previewRestore(backup.file, shop.databaseId(), probeMigrations()));
    CHECK_FALSE(preview.verified);
    CHECK_FALSE(preview.otherDatabase); // the file itself says whose it is

    const QByteArray before = fileBytes(shop.path);
    const qsizetype backupsBefore = listBackups(shop.backups).size();
    Result<RestoreReport> refused = shop.restore(backup.file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Unverified);
    CHECK(fileBytes(shop.path) == before);
    CHECK(listBackups(shop.backups).size() == backupsBefore);

    requireValue(shop.restore(backup.file, RestoreConsent{false, true}));
    CHECK(probeNames(*shop.db) == QStringList{u"in the backup"_s});
}

TEST_CASE("a restore builds the search indexes afresh instead of copying the backup's",
          "[restore][schema]")
{
    Shop shop(ModeChoice::Shared);
    requireOk(sql::exec(shop.db->connection(),
                        u"INSERT INTO client_words (rowid, words) VALUES (7, 'іваненко олег')"_s));
    insertProbe(*shop.db, u"Ёлкина Дарья"_s);
    const BackupInfo backup = shop.backUp();
    {
        // The index blobs are damaged (or crafted); the indexed text is intact.
        sql::Connection c(backup.file);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"UPDATE client_words_data SET block = x'00ff00ff00ff'"_s));
        requireOk(sql::exec(c.db(), u"UPDATE probe_fts_data SET block = x'00ff00ff00ff'"_s));
    }
    BackupInfo info = readBackupInfo(backup.file);
    info.sha256 = requireValue(sha256OfFile(backup.file));
    info.bytes = QFileInfo(backup.file).size();
    requireOk(writeManifest(info));

    requireValue(shop.restore(backup.file));
    QSqlDatabase& c = shop.db->connection();
    CHECK(
        requireValue(
            sql::scalar(c, u"SELECT rowid FROM client_words WHERE client_words MATCH 'іваненко'"_s))
            .toInt() == 7);
    CHECK(ftsMatches(*shop.db, u"ёлкина"_s) == QList<int>{1});
    requireOk(
        sql::exec(c, u"INSERT INTO client_words (client_words) VALUES ('integrity-check')"_s));
    requireOk(sql::exec(c, u"INSERT INTO probe_fts (probe_fts) VALUES ('integrity-check')"_s));
}

TEST_CASE("a restore of a backup from before the session modes keeps today's sessions whole",
          "[restore][migrations]")
{
    TempDir dir;
    // Schema 7 added the mode of each session; this backup is from schema 6.
    const QList<Migration> six = builtinMigrations().mid(0, 6);
    REQUIRE(six.last().version == 6);
    REQUIRE(latestSchemaVersion() > 6);
    const QString oldPath = dir.path(u"old.sqlite"_s);
    BackupInfo oldBackup;
    {
        auto old = openTestDatabase(oldPath, ModeChoice::Shared, six);
        requireValue(SharedSettings(*old).set(u"shop.name"_s, u"old"_s, 0));
        oldBackup = requireValue(
            createBackup({oldPath, old->mode(), dir.path(u"b"_s), BackupKind::Manual}));
    }
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s), ModeChoice::Shared);
    SessionRegistry session(*db, Identity::current());
    requireOk(session.start());
    const QString modeBefore =
        requireValue(sql::scalar(db->connection(), u"SELECT mode FROM sessions WHERE id = ?"_s,
                                 {session.id()}))
            .toString();
    REQUIRE_FALSE(modeBefore.isEmpty());

    const RestoreReport report = requireValue(
        restoreBackup(*db, session, oldBackup.file, dir.path(u"b"_s), RestoreConsent{true, false}));
    CHECK(report.restoredSchemaVersion == 6);
    CHECK(report.schemaVersionAfter == latestSchemaVersion());
    CHECK(settingOf(*db, u"shop.name"_s) == u"old"_s);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT mode FROM sessions WHERE id = ?"_s,
                                   {session.id()}))
              .toString() == modeBefore);
}
