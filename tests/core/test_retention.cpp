#include "Catch.h"

#include "backup/Retention.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

BackupInfo made(const QDateTime& when, BackupKind kind = BackupKind::Automatic)
{
    BackupInfo b;
    b.file = when.toString(Qt::ISODate);
    b.createdAt = when;
    b.kind = kind;
    return b;
}

QSet<QDate> keptDates(const QList<BackupInfo>& all, const QList<int>& kept)
{
    QSet<QDate> dates;
    for (int i : kept)
        dates.insert(all[i].createdAt.date());
    return dates;
}

} // namespace

TEST_CASE("retention keeps 7 daily, 4 weekly and 12 monthly backups", "[retention]")
{
    QList<BackupInfo> all;
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1))
        all.append(made(QDateTime(d, QTime(12, 0))));
    const QDateTime now(QDate(2025, 12, 31), QTime(13, 0));

    const QSet<QDate> kept = keptDates(all, backupsToKeep(all, RetentionPolicy{}, now));
    // Daily: 25-31 December. Weekly (ISO weeks): the Sundays 28, 21, 14 December
    // besides the 31st. Monthly: the last day of each month.
    QSet<QDate> expected;
    for (int day = 25; day <= 31; ++day)
        expected.insert(QDate(2025, 12, day));
    expected.insert(QDate(2025, 12, 21));
    expected.insert(QDate(2025, 12, 14));
    for (int month = 1; month <= 11; ++month)
        expected.insert(QDate(2025, month, 1).addMonths(1).addDays(-1));
    CHECK(kept == expected);
    CHECK(kept.size() == 20);
}

TEST_CASE("retention counts days that have backups, not calendar days", "[retention]")
{
    // The shop was closed for three weeks: the last 7 backups still survive.
    QList<BackupInfo> all;
    for (int i = 0; i < 10; ++i)
        all.append(made(QDateTime(QDate(2026, 5, 1).addDays(i), QTime(18, 0))));
    const QDateTime now(QDate(2026, 6, 1), QTime(9, 0));
    RetentionPolicy policy;
    policy.weekly = 0;
    policy.monthly = 0;
    CHECK(backupsToKeep(all, policy, now).size() == 7);
}

TEST_CASE("only the newest backup of a day is kept for that day", "[retention]")
{
    const QDate day(2026, 2, 10);
    QList<BackupInfo> all{made(QDateTime(day, QTime(9, 0))), made(QDateTime(day, QTime(18, 0)))};
    RetentionPolicy policy;
    const QList<int> kept = backupsToKeep(all, policy, QDateTime(day, QTime(19, 0)));
    REQUIRE(kept.size() == 1);
    CHECK(all[kept.first()].createdAt.time() == QTime(18, 0));
}

TEST_CASE("safety copies and manual backups are kept 30 days and the newest three always",
          "[retention]")
{
    const BackupKind kind = GENERATE(BackupKind::Safety, BackupKind::Manual);
    const QDateTime now(QDate(2026, 9, 1), QTime(12, 0));
    QList<BackupInfo> all;
    for (int daysAgo : {60, 40, 35, 10, 1})
        all.append(made(now.addDays(-daysAgo), kind));
    all.append(made(now.addDays(-1).addSecs(60)));
    const QList<int> kept = backupsToKeep(all, RetentionPolicy{}, now);
    QSet<qint64> daysAgoKept;
    for (int i : kept) {
        if (all[i].kind == kind)
            daysAgoKept.insert(all[i].createdAt.daysTo(now));
    }
    CHECK(daysAgoKept == QSet<qint64>{35, 10, 1});
    CHECK(kept.contains(5)); // the automatic one
}

TEST_CASE("a backup someone asked for is not dropped for a later daily one", "[retention]")
{
    const QDate day(2026, 9, 1);
    QList<BackupInfo> all{made(QDateTime(day, QTime(9, 0)), BackupKind::Manual),
                          made(QDateTime(day, QTime(9, 5)), BackupKind::Manual),
                          made(QDateTime(day, QTime(18, 0)))};
    CHECK(backupsToKeep(all, RetentionPolicy{}, QDateTime(day, QTime(18, 1))).size() == 3);
}

TEST_CASE("the newest backup is always kept, even with a zero policy", "[retention]")
{
    QList<BackupInfo> all{made(QDateTime(QDate(2026, 1, 1), QTime(1, 0))),
                          made(QDateTime(QDate(2026, 1, 2), QTime(1, 0)))};
    RetentionPolicy none;
    none.daily = none.weekly = none.monthly = 0;
    const QList<int> kept = backupsToKeep(all, none, QDateTime(QDate(2026, 1, 3), QTime()));
    CHECK(kept == QList<int>{1});
}
