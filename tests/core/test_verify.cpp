#include "Catch.h"
#include "TestSupport.h"

#include "backup/BackupMaker.h"
#include "backup/BackupVerifier.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("verification refuses foreign, truncated, damaged and newer files", "[backup][verify]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    createProbeTable(*db);
    for (int i = 0; i < 200; ++i)
        insertProbe(*db, u"Шевченко Тарас %1"_s.arg(i));
    const BackupInfo good =
        requireValue(createBackup({db->path(), db->mode(), dir.path(u"b"_s), BackupKind::Manual}));
    const QByteArray bytes = fileBytes(good.file);
    REQUIRE(verifyBackupFile(good.file, latestSchemaVersion()).ok());

    SECTION("not a database at all")
    {
        writeFile(dir.path(u"letter.sqlite"_s), "Dear customer, ...");
        Result<VerifiedBackup> v =
            verifyBackupFile(dir.path(u"letter.sqlite"_s), latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Foreign);
    }
    SECTION("another program's database")
    {
        const QString path = dir.path(u"other.sqlite"_s);
        {
            sql::Connection c(path);
            requireOk(c.open());
            requireOk(sql::exec(c.db(), u"CREATE TABLE t (x)"_s));
            requireOk(sql::exec(c.db(), u"PRAGMA user_version = 3"_s));
        }
        Result<VerifiedBackup> v = verifyBackupFile(path, latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Foreign);
    }
    SECTION("cut short")
    {
        const QString path = dir.path(u"truncated.sqlite"_s);
        writeFile(path, bytes.left(bytes.size() / 2));
        Result<VerifiedBackup> v = verifyBackupFile(path, latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Corrupt);
        // Caught by its length, before SQLite reads it: the message gives both sizes.
        CHECK(v.error().message.contains(QString::number(bytes.size() / 2)));
        CHECK(v.error().message.contains(QString::number(bytes.size())));
    }
    SECTION("damaged inside, with its manifest")
    {
        QByteArray damaged = bytes;
        for (qsizetype i = 4096 + 100; i < 4096 + 400; ++i)
            damaged[i] = char(0x5A);
        writeFile(good.file, damaged);
        Result<VerifiedBackup> v = verifyBackupFile(good.file, latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Corrupt);
        // Caught by the manifest's checksum, which the detail names.
        CHECK(v.error().detail.contains(good.sha256));
    }
    SECTION("damaged inside, without a manifest")
    {
        const QString path = dir.path(u"loose.sqlite"_s);
        QByteArray damaged = bytes;
        // Scribble over the second page: a b-tree page the integrity check reads.
        for (qsizetype i = 4096; i < 2 * 4096; ++i)
            damaged[i] = char(i * 7);
        writeFile(path, damaged);
        Result<VerifiedBackup> v = verifyBackupFile(path, latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Corrupt);
    }
    SECTION("from a newer Kartoteka")
    {
        Result<VerifiedBackup> v = verifyBackupFile(good.file, latestSchemaVersion() - 1);
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::TooNew);
    }
    SECTION("missing")
    {
        Result<VerifiedBackup> v =
            verifyBackupFile(dir.path(u"nowhere.sqlite"_s), latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::NotFound);
    }
}

TEST_CASE("the open database is never read as a backup file", "[backup][verify]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path); // local mode: a -wal and -shm beside it
    createProbeTable(*db);
    insertProbe(*db, u"Шевченко Тарас"_s);
    for (const QString& file : QStringList{path, path + u"-wal"_s}) {
        Result<VerifiedBackup> v = verifyBackupFile(file, latestSchemaVersion());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Invalid);
        Result<QString> sha = sha256OfFile(file);
        REQUIRE_FALSE(sha.ok());
        CHECK(sha.error().kind == ErrorKind::Invalid);
    }
}
