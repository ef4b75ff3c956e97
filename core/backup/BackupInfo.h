#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kartoteka {

enum class BackupKind
{
    Automatic, // the daily backup
    Manual,    // "Back up now", `kartoteka-cli backup`
    Safety,    // taken before a restore or a schema upgrade
};
QString backupKindName(BackupKind kind); // "auto" / "manual" / "safety"
BackupKind backupKindFromName(const QString& name);
QString backupKindDisplayName(BackupKind kind);

// What the manifest beside every backup file records. The manifest is written
// only after the file passed integrity_check and was synced to disk.
struct BackupInfo
{
    QString file; // absolute path of the .sqlite file
    qint64 bytes = 0;
    QString sha256;
    QDateTime createdAt; // UTC
    BackupKind kind = BackupKind::Manual;
    int schemaVersion = 0;
    QString appVersion;
    QString databaseId;
    QString sourcePath;
    bool hasManifest = false;
    bool ownerCopy = false; // an encrypted owner's copy (backup/OwnerCopy.h), not a plain file
};

QString manifestPathFor(const QString& backupFile);
Status writeManifest(const BackupInfo& info);
// Reads the manifest beside `backupFile`; without one, fills what the file shows.
BackupInfo readBackupInfo(const QString& backupFile);

// SHA-256 of a file's bytes, streamed, as lowercase hex.
Result<QString> sha256OfFile(const QString& path);

} // namespace kartoteka
