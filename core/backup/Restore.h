#pragma once

#include "backup/BackupVerifier.h"
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

// What a person agrees to beyond "replace the current data". Without it such a
// backup is refused (ErrorKind::OtherDatabase / ErrorKind::Unverified).
struct RestoreConsent
{
    bool otherDatabase = false; // the backup was made of a different database
    bool unverified = false;    // no manifest or no checksum: damage cannot be ruled out
};

// What the confirmation must say about a backup, found without changing anything.
struct RestorePreview
{
    VerifiedBackup backup;
    bool verified = false;      // a checksum was recorded and matches
    bool otherDatabase = false; // not a backup of the open database
    QString sourceName;         // the path of the database it was made of, when recorded
};

// The identity of a database (meta.database_id); its backups carry the same id.
Result<QString> databaseIdOf(QSqlDatabase& db);

// Checks `file` as restoreBackup() does before it changes anything: verified,
// not newer than `migrations`, holding only the schema objects Kartoteka's own
// migrations create for its version (anything else is refused with
// ErrorKind::Foreign), and whether it belongs to the database `openDatabaseId`.
// Reads only the backup, so it may run on any thread.
Result<RestorePreview> previewRestore(const QString& file, const QString& openDatabaseId,
                                      const QList<Migration>& migrations = builtinMigrations());

// The first steps of every restore, a file's or a server's: a safety copy of
// the data as it is (named in `report`), then the maintenance flag that holds
// the other PCs off until the restore ends.
Status saveAndHoldOthersOff(Database& db, SessionRegistry& session, const QString& safetyFolder,
                            RestoreReport& report);

// Replaces the data in `db` with the backup `file`:
//  1. checks the file as previewRestore() does, and refuses a backup of another
//     database or an unverified one unless `consent` allows it;
//  2. takes a safety backup of the current data into `safetyFolder`;
//  3. raises the maintenance flag, so other PCs stop writing and show a banner;
//  4. in one transaction (never by replacing the file under open connections):
//     recreates Kartoteka's own schema for the backup's version, copies the
//     backup's rows in through SQLite, upgrades them to the newest schema if the
//     backup was older, and clears the flag.
// Nothing of the backup's schema text is executed: tables, indexes, triggers and
// virtual tables come from the program's own migrations. Any failure, the
// upgrade's included, rolls the transaction back and leaves the current data
// and its schema version as they were.
// Every open window on every PC reloads: the change feed gets a "reload" row.
// A server database is restored from its own backups (.pgdump) only, and a
// file from .sqlite ones only (ErrorKind::Foreign otherwise); on a server the
// copy is pg_restore's, in one transaction, as ServerRestore.h says.
Result<RestoreReport> restoreBackup(Database& db, SessionRegistry& session, const QString& file,
                                    const QString& safetyFolder, const RestoreConsent& consent = {},
                                    const QList<Migration>& migrations = builtinMigrations());

} // namespace kartoteka
