#include "backup/Retention.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace kartoteka {

QList<int> backupsToKeep(const QList<BackupInfo>& backups, const RetentionPolicy& policy,
                         const QDateTime& now)
{
    QList<int> scheduled;
    QList<int> manual;
    QList<int> safety;
    for (int i = 0; i < backups.size(); ++i) {
        switch (backups[i].kind) {
        case BackupKind::Automatic:
            scheduled.append(i);
            break;
        case BackupKind::Manual:
            manual.append(i);
            break;
        case BackupKind::Safety:
            safety.append(i);
            break;
        }
    }
    auto newestFirst = [&](int a, int b) { return backups[a].createdAt > backups[b].createdAt; };
    for (QList<int>* list : {&scheduled, &manual, &safety})
        std::sort(list->begin(), list->end(), newestFirst);

    QSet<int> keep;
    // Walks newest first: the first backup met in a period is that period's newest.
    auto keepPerPeriod = [&](int periods, const std::function<qint64(const QDate&)>& periodOf) {
        QSet<qint64> seen;
        for (int i : scheduled) {
            const qint64 period = periodOf(backups[i].createdAt.toLocalTime().date());
            if (seen.contains(period))
                continue;
            if (seen.size() >= periods)
                break;
            seen.insert(period);
            keep.insert(i);
        }
    };
    keepPerPeriod(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepPerPeriod(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepPerPeriod(policy.monthly,
                  [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    if (!scheduled.isEmpty())
        keep.insert(scheduled.first());

    const QDateTime cutoff = now.addDays(-policy.keepDays);
    for (const QList<int>* list : {&manual, &safety}) {
        for (int n = 0; n < list->size(); ++n) {
            if (n < policy.keepAtLeast || backups[list->at(n)].createdAt >= cutoff)
                keep.insert(list->at(n));
        }
    }

    QList<int> result(keep.begin(), keep.end());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace kartoteka
