#pragma once

#include "backup/BackupInfo.h"
#include "backup/OwnerCopy.h"
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
    // The owner's copy: every regular backup also goes, encrypted to the
    // owner's key, into this folder (empty: none). The same retention applies.
    QString ownerFolder;
    std::optional<OwnerKey> ownerKey;

    QString effectiveFolder() const;
};

// The last outcome, also shared: every PC shows a failed backup until one succeeds.
struct BackupStatus
{
    QDateTime lastSuccessAt; // UTC
    QString lastSuccessFile;
    QDateTime lastFailureAt; // UTC
    QString lastFailure;

    QDateTime ownerCopyAt; // UTC, the last owner's copy written
    QString ownerCopyFile;
    QDateTime ownerCopyFailureAt; // UTC
    QString ownerCopyFailure;

    bool failing() const { return lastFailureAt.isValid() && lastFailureAt > lastSuccessAt; }
    bool ownerCopyFailing() const
    {
        return ownerCopyFailureAt.isValid() && ownerCopyFailureAt > ownerCopyAt;
    }
};

// AppDataLocation/backups on this PC.
QString defaultBackupFolder();

namespace backupKeys {
inline const QString kFolder = QStringLiteral("backup.folder");
inline const QString kDailyAt = QStringLiteral("backup.daily_at");
inline const QString kKeepDaily = QStringLiteral("backup.keep_daily");
inline const QString kKeepWeekly = QStringLiteral("backup.keep_weekly");
inline const QString kKeepMonthly = QStringLiteral("backup.keep_monthly");
inline const QString kOwnerFolder = QStringLiteral("backup.owner_folder");
// The owner's public key with its salt and Argon2id limits (OwnerKey::toSetting);
// never the passphrase or the private key. Kept across a restore: it is the
// owner's, not the data's.
inline const QString kOwnerKey = QStringLiteral("backup.owner_key");
// The record of the last backups: about the backup folder, not the data, so a
// restore keeps the current values.
inline const QString kStatusPrefix = QStringLiteral("backup.status.");
inline const QString kLastSuccessAt = QStringLiteral("backup.status.success_at");
inline const QString kLastSuccessFile = QStringLiteral("backup.status.success_file");
inline const QString kLastFailureAt = QStringLiteral("backup.status.failure_at");
inline const QString kLastFailure = QStringLiteral("backup.status.failure");
inline const QString kOwnerCopyAt = QStringLiteral("backup.status.owner_copy_at");
inline const QString kOwnerCopyFile = QStringLiteral("backup.status.owner_copy_file");
inline const QString kOwnerCopyFailureAt = QStringLiteral("backup.status.owner_copy_failure_at");
inline const QString kOwnerCopyFailure = QStringLiteral("backup.status.owner_copy_failure");
} // namespace backupKeys

Result<BackupPolicy> loadBackupPolicy(Database& db);
Result<BackupStatus> loadBackupStatus(Database& db);
Status recordBackupSuccess(Database& db, const BackupInfo& info);
Status recordBackupFailure(Database& db, const QString& message, const QDateTime& when);
// What makeOwnerCopy() returned, for every PC to see (a failure until a copy succeeds).
Status recordOwnerCopyOutcome(Database& db, const Result<BackupInfo>& copy, const QDateTime& when);

// The backup folder read from a database of any older schema version: the
// safety backup before an upgrade needs it before the policy can be loaded.
QString backupFolderBeforeUpgrade(Database& db);

} // namespace kartoteka
