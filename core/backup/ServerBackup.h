#pragma once

#include "backup/BackupMaker.h"
#include "backup/BackupVerifier.h"
#include "backup/ServerTools.h"
#include "storage/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kartoteka {

// Backups of a database on a PostgreSQL server: pg_dump's custom format
// (NAME-YYYYMMDD-HHMMSS[-kind].pgdump), with the same manifest, SHA-256,
// catalogue and retention as the backups of a file.

inline const QString kServerBackupSuffix = QStringLiteral("pgdump");

// Whether `path` names a server's backup (by its suffix; nothing is read).
bool isServerBackupFile(const QString& path);

// What a dump says about the database it was made of: its kartoteka_schema
// row and meta.database_id, read from the dump's data with pg_restore.
struct ServerDumpFacts
{
    int applicationId = 0;
    int schemaVersion = 0;
    QString databaseId;
};
Result<ServerDumpFacts> readServerDumpFacts(const QString& file);

// Whether the session reads every row of every table: the database's owner
// or a DBA, or an account whose row-level security reaches all clients,
// reports and the audit (an owner's, an administrator's). Another
// account's dump would hold only its own part of the base.
Result<bool> readsEveryRow(QSqlDatabase& db);

// The login a server backup uses: the account's login role with its
// password, or the address's own user (the administrator's connection,
// password from libpq's PGPASSWORD / ~/.pgpass).
ServerToolLogin serverBackupLogin(const ServerAddress& address, const QString& serverLogin,
                                  const QString& serverPassword);

// Step one of createBackup() for a server: pg_dump --format=custom into
// `target`, then checked (pg_restore lists it, with kartoteka_schema, and
// reads it to the end). Cancelled through the request's progress callback.
struct ServerDumpMade
{
    int schemaVersion = 0;
    QString databaseId;
    QString sourceName; // the address, without a password (there is none in it)
};
Result<ServerDumpMade> dumpServerDatabase(const BackupRequest& request, const QString& target);

// Checks a .pgdump without touching any database: pg_restore reads it whole,
// it is Kartoteka's (kartoteka_schema), not newer than the program, and
// matches its manifest's SHA-256.
Result<VerifiedBackup> verifyServerBackupFile(const QString& path, int programSchemaVersion);

} // namespace kartoteka
