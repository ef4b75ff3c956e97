#pragma once

#include "backup/BackupInfo.h"
#include "backup/Retention.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kartoteka {

// Every backup file in `folder`, newest first, with its manifest where it has one.
QList<BackupInfo> listBackups(const QString& folder);

// The backups in `folder` made of the database `databaseId`, newest first: the
// manifest says whose a backup is; a file without one is asked through SQLite.
// `openDatabasePath` is never looked into (a backup folder may also hold the
// open database, which only its SQLite connections may touch).
QList<BackupInfo> listBackupsOf(const QString& folder, const QString& databaseId,
                                const QString& openDatabasePath);

// Deletes the backups of database `databaseId` in `folder` that `policy` does not
// keep. Files without a manifest or of another database are never touched.
// Returns the deleted files.
Result<QStringList> pruneBackups(const QString& folder, const QString& databaseId,
                                 const RetentionPolicy& policy, const QDateTime& now);

} // namespace kartoteka
