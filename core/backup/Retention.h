#pragma once

#include "backup/BackupInfo.h"

#include <QDateTime>
#include <QList>

namespace kartoteka {

struct RetentionPolicy
{
    int daily = 7;    // the newest backup of each of the last N days that have one
    int weekly = 4;   // ... of each of the last N weeks
    int monthly = 12; // ... of each of the last N months
    // Safety copies (before a restore or an upgrade) are kept this many days,
    // and the newest few always, whatever the schedule above keeps.
    int safetyDays = 30;
    int safetyAtLeast = 3;
};

// Which of `backups` (one database's) the policy keeps; indices into `backups`.
// Days, weeks and months are the local calendar's. The newest backup is always kept.
QList<int> backupsToKeep(const QList<BackupInfo>& backups, const RetentionPolicy& policy,
                         const QDateTime& now);

} // namespace kartoteka
