#pragma once

#include "storage/Result.h"
#include "storage/ServerAddress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kartoteka {

class Database;

struct Migration
{
    int version = 0; // the schema version after this step
    QString name;    // file name, for logs
    QString script;  // SQL statements
};

// The migrations shipped in resources/sql, ordered: NNNN_name.sql becomes version NNNN.
// A server's are in resources/sql/postgresql, numbered the same, so both
// backends are always at the same schema version (a test compares them).
const QList<Migration>& builtinMigrations(Backend backend = Backend::Sqlite);
int latestSchemaVersion();

// Called once before an existing database is upgraded, to take a safety backup.
// A failure stops the upgrade.
using BeforeUpgrade = std::function<Status(int fromVersion, int toVersion)>;

// Brings the database to the newest version of `migrations`, one transaction per
// step; a step that fails leaves the database at the previous version. A database
// newer than the program is refused with a message naming both versions.
Status migrate(Database& db, const QList<Migration>& migrations,
               const BeforeUpgrade& beforeUpgrade = {});

// Runs the steps of `migrations` after the connection's current user_version, up
// to `toVersion` (every step when negative), inside the transaction the caller
// has already begun on `db`: they commit or roll back together with whatever
// else that transaction does. A restore upgrades an older backup this way in
// the same transaction as the copy; migrate() runs it once per step.
Status applyMigrations(QSqlDatabase& db, const QList<Migration>& migrations, int toVersion = -1);

// The same check without changing anything: ok when the program can open the file.
Status checkSchemaSupported(int fileVersion, int programVersion);

} // namespace kartoteka
