#pragma once

#include "backup/BackupInfo.h"

#include <QDateTime>
#include <QList>

namespace kartoteka {

struct RetentionPolicy
{
    // The schedule applies to the automatic backups:
    int daily = 7;    // the newest backup of each of the last N days that have one
    int weekly = 4;   // ... of each of the last N weeks
    int monthly = 12; // ... of each of the last N months
    // Backups a person asked for and safety copies (before a restore or an
    // upgrade) are kept this many days, and the newest few of each kind always.
    int keepDays = 30;
    int keepAtLeast = 3;
};

// Which of `backups` (one database's) the policy keeps; indices into `backups`.
// Days, weeks and months are the local calendar's. The newest backup is always kept.
QList<int> backupsToKeep(const QList<BackupInfo>& backups, const RetentionPolicy& policy,
                         const QDateTime& now);

} // namespace kartoteka
