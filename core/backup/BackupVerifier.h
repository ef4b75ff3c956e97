#pragma once

#include "backup/BackupInfo.h"
#include "storage/Result.h"

namespace kartoteka {

struct VerifiedBackup
{
    BackupInfo info;       // from the manifest where there is one
    int schemaVersion = 0; // read from the file itself
    QString databaseId;    // read from the file itself
    bool checksumChecked = false;
};

// Checks a backup file without changing it or any database: it is a complete
// SQLite file, passes integrity_check, is a Kartoteka database, is not from a
// newer schema than `programSchemaVersion`, and matches its manifest's SHA-256.
// A server's backup (.pgdump) is checked by pg_restore (backup/ServerBackup.h).
Result<VerifiedBackup> verifyBackupFile(const QString& path, int programSchemaVersion);

// The backup's manifest entry, with the file's SHA-256 checked against the
// one recorded there when there is one (ErrorKind::Corrupt if they differ).
// Nothing else of the file is read: the first step of every verification.
Result<VerifiedBackup> checkAgainstManifest(const QString& path);

} // namespace kartoteka
