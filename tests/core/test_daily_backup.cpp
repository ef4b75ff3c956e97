#include "Catch.h"
#include "TestSupport.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("the daily backup is due once a day and again at the set time", "[backup][daily]")
{
    const QDate today(2026, 11, 20);
    const QTime at(18, 0);
    const QDateTime morning(today, QTime(9, 0));
    CHECK(dailyBackupDue({}, morning, at));
    CHECK(dailyBackupDue(QDateTime(today.addDays(-1), QTime(18, 5)), morning, at));
    CHECK_FALSE(dailyBackupDue(QDateTime(today, QTime(8, 30)), morning, at));
    CHECK_FALSE(
        dailyBackupDue(QDateTime(today, QTime(8, 30)), QDateTime(today, QTime(17, 59)), at));
    CHECK(dailyBackupDue(QDateTime(today, QTime(8, 30)), QDateTime(today, QTime(18, 0)), at));
    CHECK_FALSE(dailyBackupDue(QDateTime(today, QTime(18, 1)), QDateTime(today, QTime(23, 0)), at));
    CHECK_FALSE(dailyBackupDue(QDateTime(today, QTime(8, 30)), QDateTime(today, QTime(23, 0)),
                               std::nullopt));
}

TEST_CASE("of several PCs exactly one takes the daily backup", "[backup][daily][lease]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto pc1 = openTestDatabase(path, ModeChoice::Shared);
    auto pc2 = openTestDatabase(path, ModeChoice::Shared);
    const QDateTime now(QDate(2026, 11, 20), QTime(9, 0));
    const std::optional<QTime> at = QTime(18, 0);

    CHECK(requireValue(claimDailyBackup(*pc1, u"PC1"_s, now, at)) == DailyClaim::Taken);
    CHECK(requireValue(claimDailyBackup(*pc2, u"PC2"_s, now, at)) == DailyClaim::HeldElsewhere);
    requireOk(finishDailyBackup(*pc1, u"PC1"_s, true, now.addSecs(60)));
    CHECK(requireValue(claimDailyBackup(*pc2, u"PC2"_s, now.addSecs(120), at)) ==
          DailyClaim::NotDue);
    // At six the evening backup is due, once.
    const QDateTime evening(now.date(), QTime(18, 0, 30));
    CHECK(requireValue(claimDailyBackup(*pc2, u"PC2"_s, evening, at)) == DailyClaim::Taken);
    CHECK(requireValue(claimDailyBackup(*pc1, u"PC1"_s, evening, at)) == DailyClaim::HeldElsewhere);

    // PC2 dies mid-backup: after the lease expires another PC takes over.
    CHECK(requireValue(claimDailyBackup(*pc1, u"PC1"_s, evening.addSecs(31 * 60), at)) ==
          DailyClaim::Taken);
    // A failed backup frees the lease without marking the day done.
    requireOk(finishDailyBackup(*pc1, u"PC1"_s, false, evening.addSecs(32 * 60)));
    CHECK(requireValue(claimDailyBackup(*pc2, u"PC2"_s, evening.addSecs(33 * 60), at)) ==
          DailyClaim::Taken);
}

TEST_CASE("the scheduler makes the day's backup, records it and does not repeat it",
          "[backup][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString folder = dir.path(u"daily"_s);
    requireValue(SharedSettings(*db).set(backupKeys::kFolder, folder, 0));
    requireValue(SharedSettings(*db).set(backupKeys::kDailyAt, u"off"_s, 0));

    BackupScheduler scheduler(*db, u"this-pc"_s);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.checkDaily();
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    REQUIRE(finished.first().at(0).toBool());

    const QList<BackupInfo> made = listBackups(folder);
    REQUIRE(made.size() == 1);
    CHECK(made.first().kind == BackupKind::Automatic);
    const BackupStatus status = requireValue(loadBackupStatus(*db));
    CHECK(status.lastSuccessFile == made.first().file);
    CHECK_FALSE(status.failing());

    scheduler.checkDaily();
    QCoreApplication::processEvents();
    CHECK_FALSE(scheduler.isRunning());
    CHECK(listBackups(folder).size() == 1);
}

TEST_CASE("a failed scheduled backup is recorded for every PC", "[backup][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    writeFile(dir.path(u"blocker"_s), "x");
    requireValue(SharedSettings(*db).set(backupKeys::kFolder, dir.path(u"blocker/sub"_s), 0));

    BackupScheduler scheduler(*db, u"this-pc"_s);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    REQUIRE(scheduler.backUpNow());
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    CHECK_FALSE(finished.first().at(0).toBool());

    auto otherPc = openTestDatabase(db->path());
    const BackupStatus status = requireValue(loadBackupStatus(*otherPc));
    CHECK(status.failing());
    CHECK(status.lastFailure.contains(u"blocker"_s));
}
