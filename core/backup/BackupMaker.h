#pragma once

#include "backup/BackupInfo.h"
#include "storage/StorageMode.h"

#include <QDateTime>

namespace kartoteka {

struct BackupRequest
{
    QString databasePath;
    StorageMode mode = StorageMode::Local; // as the database is open elsewhere: never switch it
    QString folder;
    BackupKind kind = BackupKind::Manual;
    QDateTime now = QDateTime::currentDateTime();
};

// Makes one verified backup: a consistent snapshot with VACUUM INTO a temporary
// file in the backup folder, integrity_check, flush to disk, SHA-256, then an
// atomic rename and the manifest. Opens its own connection, so it may run on
// any thread. On failure nothing is left behind and earlier backups are untouched.
Result<BackupInfo> createBackup(const BackupRequest& request);

// The file name a backup made at `when` gets: <database>-YYYYMMDD-HHMMSS[-kind].sqlite
QString backupFileName(const QString& databasePath, const QDateTime& when, BackupKind kind);

} // namespace kartoteka
