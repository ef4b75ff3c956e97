#pragma once

#include "backup/Restore.h"

namespace kartoteka {

// The server's part of restoreBackup() (Restore.h), after the backup was
// verified and the person consented: replaces the data of the server
// database `db` with the dump `file` (a .pgdump of the same schema version).
//
// pg_restore --clean --no-owner writes the dump's statements, and psql runs
// them in one transaction, between a prologue and an epilogue of our own
// that keep what a file's restore keeps too: the audit, who is connected
// (sessions, leases, sign-in failures), the record of the last backups and
// the owner's key, and change-feed ids that never go back. Any error rolls
// it all back: the data stays as it was.
//
// Dropping and recreating tables is their owner's right alone, so the
// restore runs as the role that owns them: the connection's own login when
// it does, else the address's user with the password libpq finds itself
// (PGPASSWORD, ~/.pgpass). Anyone else is refused (ErrorKind::Forbidden)
// before anything changes.
Result<RestoreReport> restoreServerDump(Database& db, SessionRegistry& session, const QString& file,
                                        const RestorePreview& preview, const QString& safetyFolder);

} // namespace kartoteka
