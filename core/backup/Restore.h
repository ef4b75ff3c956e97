#pragma once

#include "storage/Migrations.h"
#include "storage/Result.h"

#include <QString>

namespace kartoteka {

class Database;
class SessionRegistry;

struct RestoreReport
{
    QString restoredFrom;
    QString safetyBackup; // the current data as it was just before the restore
    int restoredSchemaVersion = 0;
    int schemaVersionAfter = 0; // after upgrading an older backup
    qint64 rowsCopied = 0;
};

// Replaces the data in `db` with the backup `file`:
//  1. verifies the file (integrity, a Kartoteka database, schema not newer);
//  2. takes a safety backup of the current data into `safetyFolder`;
//  3. raises the maintenance flag, so other PCs stop writing and show a banner;
//  4. copies the backup in through SQLite in one transaction (never by replacing
//     the file under open connections) and clears the flag in the same commit;
//  5. upgrades the restored schema if the backup was older.
// Any failure before the commit leaves the current data exactly as it was.
// Every open window on every PC reloads: the change feed gets a "reload" row.
Result<RestoreReport> restoreBackup(Database& db, SessionRegistry& session, const QString& file,
                                    const QString& safetyFolder,
                                    const QList<Migration>& migrations = builtinMigrations());

} // namespace kartoteka
