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

#include <QFileInfo>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

struct Shop
{
    TempDir dir;
    QString path = dir.path(u"shop.sqlite"_s);
    QString backups = dir.path(u"backups"_s);
    std::unique_ptr<Database> db;
    std::unique_ptr<SessionRegistry> session;

    explicit Shop(ModeChoice mode = ModeChoice::Shared)
    {
        db = openTestDatabase(path, mode);
        session = std::make_unique<SessionRegistry>(*db, Identity::current());
        requireOk(session->start());
        createProbeTable(*db);
    }

    BackupInfo backUp()
    {
        return requireValue(createBackup({db->path(), db->mode(), backups, BackupKind::Manual}));
    }

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

        const RestoreReport report =
            requireValue(restoreBackup(*shop.db, *shop.session, backup.file, shop.backups));
        CHECK(report.restoredSchemaVersion == latestSchemaVersion());
        CHECK(report.schemaVersionAfter == latestSchemaVersion());
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
        auto safety = openTestDatabase(report.safetyBackup, ModeChoice::Shared);
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

    auto otherPc = openTestDatabase(shop.path, ModeChoice::Shared);
    ChangeWatcher watcher(*otherPc);
    QSignalSpy reload(&watcher, &ChangeWatcher::reloadRequested);
    requireValue(restoreBackup(*shop.db, *shop.session, backup.file, shop.backups));
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
    Result<RestoreReport> refused = restoreBackup(*shop.db, *shop.session, bad, shop.backups);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(fileBytes(shop.path) == before);
    CHECK(listBackups(shop.backups).size() == backupsBefore); // no safety copy for nothing
    CHECK(probeNames(*shop.db).last() == u"entered today"_s);
}

TEST_CASE("an older backup is restored and upgraded to the current schema", "[restore][migrations]")
{
    TempDir dir;
    const QString oldPath = dir.path(u"old.sqlite"_s);
    auto old = openTestDatabase(oldPath, ModeChoice::Shared);
    createProbeTable(*old);
    insertProbe(*old, u"from the old version"_s);
    const BackupInfo oldBackup =
        requireValue(createBackup({oldPath, old->mode(), dir.path(u"b"_s), BackupKind::Manual}));

    QList<Migration> newer = builtinMigrations();
    const int next = latestSchemaVersion() + 1;
    newer.append(
        {next, u"9999_test.sql"_s, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"_s});
    auto db = openTestDatabase(dir.path(u"current.sqlite"_s), ModeChoice::Shared, newer);
    SessionRegistry session(*db, Identity::current());
    requireOk(session.start());

    const RestoreReport report =
        requireValue(restoreBackup(*db, session, oldBackup.file, dir.path(u"b"_s), newer));
    CHECK(report.restoredSchemaVersion == latestSchemaVersion());
    CHECK(report.schemaVersionAfter == next);
    CHECK(probeNames(*db) == QStringList{u"from the old version"_s});
    requireOk(sql::exec(db->connection(), u"INSERT INTO notes (body) VALUES ('upgraded')"_s));
}
