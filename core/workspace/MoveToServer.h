#pragma once

#include "storage/Database.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace kartoteka {

// Moving a base from its SQLite file to a PostgreSQL server
// (kartoteka-cli migrate --to, Administration → Move to a server…).

struct MovedTable
{
    QString name;
    qint64 rows = 0;
    // Of every row's values, the same on both sides: SHA-256 of each row's
    // values as text, summed, so the order rows come back in does not matter.
    QString checksum;
};

// An account that signs in to the server now, with the temporary password it
// must change at its first sign-in.
struct MovedLogin
{
    QString login;
    QString name;
    QString temporaryPassword;
    bool active = true;
};

struct ServerMove
{
    QString from; // the file's path
    QString to;   // the server's address
    bool dryRun = false;
    QList<MovedTable> tables;
    QList<MovedLogin> logins;
    qint64 searchRows = 0;
    qint64 changeFeedPosition = 0; // the last change's number, where the feed goes on
    qint64 elapsedMs = 0;
};

// Called after each table with its name and rows copied so far, for a progress line.
using MoveProgress = std::function<void(const QString& table, qint64 rows)>;

// Copies the base of `file` into the empty server database at `address`, in
// one transaction: the schema, every table (the audit and the change feed
// too; who is connected right now not), each table's rows counted and
// checksummed on both sides, the search rows, and a login role with a
// temporary password for each account that has a password. The file is only
// read. With `dryRun` all of it is done and then rolled back. Only the owner
// (or the program itself, on a base without accounts) may move a base.
// The server is reached as the address's user with `serverPassword` (empty:
// libpq's PGPASSWORD or ~/.pgpass), who must be allowed to create roles.
Result<ServerMove> moveToServer(Database& file, const QString& address, bool dryRun,
                                const MoveProgress& progress = {},
                                const QString& serverPassword = {});

// What a move did, for the person who made it: the tables with their rows
// and checksums, where the change feed goes on, and each account's
// temporary password (only named on a trial run).
QString describeMove(const ServerMove& move);

} // namespace kartoteka
