#pragma once

#include "backup/BackupInfo.h"
#include "backup/Retention.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QTime>

#include <optional>

namespace kartoteka {

class Database;

// Where and when backups are made. Shared by every PC of the database (its
// settings table), so whichever PC makes the daily backup follows the same rules.
struct BackupPolicy
{
    QString folder;                             // empty: defaultBackupFolder() of the PC making it
    std::optional<QTime> dailyAt{QTime(18, 0)}; // a second daily backup at this time
    RetentionPolicy retention;

    QString effectiveFolder() const;
};

// The last outcome, also shared: every PC shows a failed backup until one succeeds.
struct BackupStatus
{
    QDateTime lastSuccessAt; // UTC
    QString lastSuccessFile;
    QDateTime lastFailureAt; // UTC
    QString lastFailure;

    bool failing() const { return lastFailureAt.isValid() && lastFailureAt > lastSuccessAt; }
};

// AppDataLocation/backups on this PC.
QString defaultBackupFolder();

namespace backupKeys {
inline const QString kFolder = QStringLiteral("backup.folder");
inline const QString kDailyAt = QStringLiteral("backup.daily_at");
inline const QString kKeepDaily = QStringLiteral("backup.keep_daily");
inline const QString kKeepWeekly = QStringLiteral("backup.keep_weekly");
inline const QString kKeepMonthly = QStringLiteral("backup.keep_monthly");
// The record of the last backups: about the backup folder, not the data, so a
// restore keeps the current values.
inline const QString kStatusPrefix = QStringLiteral("backup.status.");
inline const QString kLastSuccessAt = QStringLiteral("backup.status.success_at");
inline const QString kLastSuccessFile = QStringLiteral("backup.status.success_file");
inline const QString kLastFailureAt = QStringLiteral("backup.status.failure_at");
inline const QString kLastFailure = QStringLiteral("backup.status.failure");
} // namespace backupKeys

Result<BackupPolicy> loadBackupPolicy(Database& db);
Result<BackupStatus> loadBackupStatus(Database& db);
Status recordBackupSuccess(Database& db, const BackupInfo& info);
Status recordBackupFailure(Database& db, const QString& message, const QDateTime& when);

// The backup folder read from a database of any older schema version: the
// safety backup before an upgrade needs it before the policy can be loaded.
QString backupFolderBeforeUpgrade(Database& db);

} // namespace kartoteka
