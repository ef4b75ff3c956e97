#include "Catch.h"
#include "TestSupport.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "language/DataSize.h"
#include "language/Language.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

BackupInfo backUp(Database& db, const QString& folder, BackupKind kind = BackupKind::Manual,
                  const QDateTime& when = QDateTime::currentDateTime())
{
    return requireValue(createBackup({db.path(), db.mode(), folder, kind, when}));
}

} // namespace

TEST_CASE("a backup is a verified snapshot with a checksum manifest", "[backup]")
{
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        TempDir dir;
        auto db = openTestDatabase(dir.path(u"shop.sqlite"_s), mode);
        createProbeTable(*db);
        // In WAL mode these rows are still in the -wal file, not the main file.
        insertProbe(*db, u"Коваленко Марія"_s);
        insertProbe(*db, u"Smith John"_s);

        const QString folder = dir.path(u"backups"_s);
        const BackupInfo info = backUp(*db, folder);
        CHECK(QFileInfo(info.file).dir().absolutePath() == QDir(folder).absolutePath());
        CHECK(info.bytes == QFileInfo(info.file).size());
        CHECK(info.sha256 == requireValue(sha256OfFile(info.file)));
        CHECK(info.schemaVersion == latestSchemaVersion());

        const BackupInfo manifest = readBackupInfo(info.file);
        CHECK(manifest.hasManifest);
        CHECK(manifest.sha256 == info.sha256);
        CHECK(manifest.kind == BackupKind::Manual);

        const VerifiedBackup verified =
            requireValue(verifyBackupFile(info.file, latestSchemaVersion()));
        CHECK(verified.checksumChecked);
        CHECK(verified.databaseId ==
              requireValue(sql::scalar(db->connection(),
                                       u"SELECT value FROM meta WHERE key = 'database_id'"_s))
                  .toString());

        // The copy holds the data and is a single self-contained file.
        auto copy = openTestDatabase(info.file, ModeChoice::Shared);
        CHECK(probeNames(*copy) == QStringList{u"Коваленко Марія"_s, u"Smith John"_s});
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(u"partial"_s).isEmpty());
    }
}

TEST_CASE("backups made in the same second get distinct names", "[backup]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30));
    const BackupInfo a = backUp(*db, dir.path(u"b"_s), BackupKind::Manual, when);
    const BackupInfo b = backUp(*db, dir.path(u"b"_s), BackupKind::Manual, when);
    CHECK(QFileInfo(a.file).fileName() == u"shop-20260301-093000.sqlite"_s);
    CHECK(a.file != b.file);
    CHECK(listBackups(dir.path(u"b"_s)).size() == 2);
}

TEST_CASE("backups made at the same moment by several programs all succeed with their own names",
          "[backup]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path);
    createProbeTable(*db);
    insertProbe(*db, u"Іван"_s);
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 30));
    // Each thread opens its own connection, as another program would.
    constexpr int kAtOnce = 4;
    std::vector<std::optional<Result<BackupInfo>>> made(kAtOnce);
    std::vector<std::thread> threads;
    for (int i = 0; i < kAtOnce; ++i)
        threads.emplace_back([&, i] {
            made[i] = createBackup(
                {path, StorageMode::Local, dir.path(u"b"_s), BackupKind::Manual, when});
        });
    for (std::thread& t : threads)
        t.join();
    QSet<QString> files;
    for (const auto& m : made) {
        INFO((m->ok() ? QString() : m->error().fullText()).toStdString());
        REQUIRE(m->ok());
        files.insert((*m)->file);
    }
    CHECK(files.size() == kAtOnce);
    CHECK(listBackups(dir.path(u"b"_s)).size() == kAtOnce);
    CHECK(QDir(dir.path(u"b"_s))
              .entryList(QDir::Files | QDir::Hidden)
              .filter(u"partial"_s)
              .isEmpty());
}

TEST_CASE("a backup into an unusable folder fails clearly and leaves earlier backups intact",
          "[backup]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString folder = dir.path(u"backups"_s);
    const BackupInfo earlier = backUp(*db, folder);
    const QByteArray earlierBytes = fileBytes(earlier.file);

    // Root ignores permission bits, so make the folder impossible instead:
    // a path below a regular file.
    const QString blocker = dir.path(u"backups/not-a-folder"_s);
    writeFile(blocker, "x");
    Result<BackupInfo> failed =
        createBackup({db->path(), db->mode(), blocker + u"/daily"_s, BackupKind::Automatic});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QDir::toNativeSeparators(blocker + u"/daily"_s)));

    Result<BackupInfo> onFile =
        createBackup({db->path(), db->mode(), blocker, BackupKind::Automatic});
    REQUIRE_FALSE(onFile.ok());
    CHECK(onFile.error().kind == ErrorKind::Io);
    CHECK(onFile.error().message.contains(QDir::toNativeSeparators(blocker)));

    CHECK(fileBytes(earlier.file) == earlierBytes);
    CHECK(listBackups(folder).size() == 1);

    // The failure is recorded for every PC until a later backup succeeds.
    requireOk(recordBackupFailure(*db, failed.error().message, QDateTime::currentDateTime()));
    CHECK(requireValue(loadBackupStatus(*db)).failing());
    requireOk(recordBackupSuccess(*db, backUp(*db, folder)));
    CHECK_FALSE(requireValue(loadBackupStatus(*db)).failing());
}

TEST_CASE("a backup onto a full disk fails and leaves nothing behind", "[backup][diskfull]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    createProbeTable(*db);
    for (int i = 0; i < 300; ++i)
        insertProbe(*db, u"Клиент с длинным именем номер %1, чтобы база весила больше"_s.arg(i));

    const QString tiny = dir.path(u"tiny"_s);
    QDir().mkpath(tiny);
    // A 32 KiB file system: needs root and mount permission; CI runs as root.
    if (QProcess::execute(u"mount"_s,
                          {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=32k"_s, u"tmpfs"_s, tiny}) != 0) {
        WARN("cannot mount a small tmpfs here; the full-disk case was not exercised");
        return;
    }
    Result<BackupInfo> failed = createBackup({db->path(), db->mode(), tiny, BackupKind::Automatic});
    const QStringList left = QDir(tiny).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(u"umount"_s, {tiny});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::DiskFull);
    CHECK(left.isEmpty());
}

TEST_CASE("pruning removes only this database's backups that the policy drops",
          "[backup][retention]")
{
    TempDir dir;
    const QString folder = dir.path(u"backups"_s);
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    auto other = openTestDatabase(dir.path(u"other.sqlite"_s));

    const QDateTime now(QDate(2026, 6, 30), QTime(20, 0));
    QList<BackupInfo> mine;
    for (int day = 0; day < 10; ++day)
        mine.append(backUp(*db, folder, BackupKind::Automatic, now.addDays(-day)));
    const BackupInfo theirs = backUp(*other, folder, BackupKind::Automatic, now.addDays(-100));
    const QString stray = QDir(folder).filePath(u"copied-by-hand.sqlite"_s);
    QFile::copy(mine.last().file, stray);

    const QString databaseId = readBackupInfo(mine.first().file).databaseId;
    RetentionPolicy policy;
    policy.daily = 3;
    policy.weekly = 1;
    policy.monthly = 1;
    const QStringList removed = requireValue(pruneBackups(folder, databaseId, policy, now));
    CHECK(removed.size() == 7);
    CHECK(QFileInfo::exists(mine[0].file));
    CHECK(QFileInfo::exists(mine[1].file));
    CHECK(QFileInfo::exists(mine[2].file));
    CHECK_FALSE(QFileInfo::exists(mine[3].file));
    CHECK_FALSE(QFileInfo::exists(manifestPathFor(mine[3].file)));
    CHECK(QFileInfo::exists(theirs.file));
    CHECK(QFileInfo::exists(stray));
}

TEST_CASE("the backups of one database are told from others' in a shared folder",
          "[backup][catalog]")
{
    TempDir dir;
    const QString folder = dir.path(u"backups"_s);
    const QString path = folder + u"/shop.sqlite"_s; // the database lives in the backup folder
    QDir().mkpath(folder);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    auto other = openTestDatabase(dir.path(u"shop-2021.sqlite"_s), ModeChoice::Shared);

    const BackupInfo mine = backUp(*db, folder);
    const BackupInfo theirs = backUp(*other, folder);
    // A copy without its manifest: the file itself says whose it is.
    const QString bare = QDir(folder).filePath(u"copied-by-hand.sqlite"_s);
    REQUIRE(QFile::copy(mine.file, bare));
    const QString theirBare = QDir(folder).filePath(u"theirs-by-hand.sqlite"_s);
    REQUIRE(QFile::copy(theirs.file, theirBare));
    writeFile(QDir(folder).filePath(u"letter.sqlite"_s), "not a database");

    const QString id = readBackupInfo(mine.file).databaseId;
    REQUIRE_FALSE(id.isEmpty());
    QStringList listed;
    for (const BackupInfo& b : listBackupsOf(folder, id, path))
        listed.append(QFileInfo(b.file).fileName());
    listed.sort();
    QStringList expected{QFileInfo(mine.file).fileName(), u"copied-by-hand.sqlite"_s};
    expected.sort();
    CHECK(listed == expected); // not theirs, not the open database itself
    CHECK(listBackups(folder).size() == 6);
}

TEST_CASE("a cancelled backup leaves nothing in the folder and earlier backups untouched",
          "[backup]")
{
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        TempDir dir;
        auto db = openTestDatabase(dir.path(u"shop.sqlite"_s), mode);
        createProbeTable(*db);
        for (int i = 0; i < 200; ++i)
            insertProbe(*db, u"Клієнт з довгим ім'ям номер %1, щоб база важила більше"_s.arg(i));
        const QString folder = dir.path(u"backups"_s);
        const BackupInfo earlier = backUp(*db, folder);
        const QDir backups(folder);
        const QStringList before = backups.entryList(QDir::Files | QDir::Hidden);
        REQUIRE(before.size() == 2); // the backup and its manifest
        const QByteArray earlierBytes = fileBytes(earlier.file);
        const QByteArray manifestBytes = fileBytes(manifestPathFor(earlier.file));

        int steps = 0;
        BackupRequest request{db->path(), db->mode(), folder, BackupKind::Manual,
                              QDateTime::currentDateTime().addSecs(60)};
        request.pacing.pagesPerStep = 2;
        request.progress = [&](const BackupProgress& p) {
            ++steps;
            CHECK(p.pagesDone < p.pagesTotal);
            return steps < 3;
        };
        Result<BackupInfo> cancelled = createBackup(request);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().kind == ErrorKind::Cancelled);
        CHECK(steps == 3);
        CHECK(backups.entryList(QDir::Files | QDir::Hidden) == before);
        CHECK(fileBytes(earlier.file) == earlierBytes);
        CHECK(fileBytes(manifestPathFor(earlier.file)) == manifestBytes);
        CHECK(listBackups(folder).size() == 1);
    }
}

TEST_CASE("a backup reports its progress page by page up to the whole file", "[backup]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    createProbeTable(*db);
    for (int i = 0; i < 100; ++i)
        insertProbe(*db, u"Клиент номер %1 с длинным именем"_s.arg(i));
    std::vector<BackupProgress> seen;
    BackupRequest request{db->path(), db->mode(), dir.path(u"b"_s), BackupKind::Manual};
    request.pacing.pagesPerStep = 3;
    request.progress = [&](const BackupProgress& p) {
        seen.push_back(p);
        return true;
    };
    const BackupInfo info = requireValue(createBackup(request));
    REQUIRE(seen.size() > 3);
    for (size_t i = 1; i < seen.size(); ++i)
        CHECK(seen[i].pagesDone > seen[i - 1].pagesDone);
    CHECK(seen.front().pagesDone == 3);
    CHECK(seen.back().pagesDone == seen.back().pagesTotal);
    // The copy is the whole file: as many pages as the backup has.
    sql::Connection copy(info.file);
    requireOk(copy.open());
    CHECK(requireValue(sql::scalar(copy.db(), u"PRAGMA page_count"_s)).toLongLong() ==
          seen.back().pagesTotal);
}

TEST_CASE("a backup's size is written with translated units and the locale's number",
          "[backup][language]")
{
    LanguageGuard uk(Language::Ukrainian);
    const QString size = formatDataSize(340 * 1024);
    CHECK(size == shownText("kartoteka::DataSize", "%1 KB").arg(u"340"_s));
    CHECK(size != u"340 KB"_s); // translated, not English
    CHECK(formatDataSize(qint64(12) * 1024 * 1024 + 512 * 1024) ==
          shownText("kartoteka::DataSize", "%1 MB").arg(QLocale().toString(12.5, 'f', 1)));
}
