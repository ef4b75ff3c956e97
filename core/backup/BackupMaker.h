#pragma once

#include "backup/BackupInfo.h"
#include "storage/StorageMode.h"

#include <QDateTime>

#include <functional>

namespace kartoteka {

// How far the copy is, reported between steps on the thread making the backup.
struct BackupProgress
{
    qint64 pagesDone = 0;
    qint64 pagesTotal = 0;
    // Times the copy started over because another connection changed the file.
    int restarts = 0;
    // Holding the read lock from step to step: in local mode from the start (a
    // WAL reader never blocks writers), in shared mode only for a pass short
    // enough that the others' saves may wait for it (BackupPacing::maxHoldMs).
    bool holdingSnapshot = false;
    // A server's backup (pg_dump) has no pages: the bytes written so far,
    // with pagesDone and pagesTotal left at 0.
    qint64 bytesWritten = 0;
};

// How the copy shares the file with the others. The defaults suit the
// program; tests and benchmarks slow it down or speed it up.
//
// Why shared mode works this way: there the file has a rollback journal, so a
// save must wait until no reader holds the file, and a save by another PC
// rewrites pages in place, which makes SQLite start the copy over from page 1
// (the copy must be one state of the file). A consistent copy therefore needs
// either a pass during which nobody saves, or holding the read lock for a
// whole pass, which makes every save wait for it (seconds to minutes for a
// big file on a network folder, longer than the save's busy timeout). So the
// copy reads in steps of a few milliseconds and steps aside at once when a
// save is waiting, starting over after it, until a pass fits between two
// saves. It holds the lock for a pass only when that pass is short enough to
// be a pause no one notices (maxHoldMs). If the shop never leaves a quiet
// moment for quietWaitMs, the backup gives up as busy (nothing left behind;
// the schedule tries again) rather than stall every save on the network.
struct BackupPacing
{
    // Pages of the first step, and the fewest a step copies.
    int pagesPerStep = 64;
    // Pause between steps, so a waiting writer takes the lock and the copy
    // does not take both cores.
    int pauseMs = 2;
    // The most pages a step copies (steps are sized by time, up to this).
    int maxPagesPerStep = 16384;
    // After this many restarts in shared mode the copy holds its read lock for
    // a pass, if the pass is expected to take at most maxHoldMs.
    int maxRestarts = 8;
    // Shared mode: how long one step may hold the read lock; the next step's
    // size follows from the pages per ms of the steps before.
    int stepMs = 20;
    // Shared mode: the longest the copy may hold the others' saves off for
    // one pass (a save's own retry adds a few tens of ms to it).
    int maxHoldMs = 100;
    // Shared mode: how long the copy looks for a quiet pass before it gives up
    // as busy.
    int quietWaitMs = 5 * 60 * 1000;
};

struct BackupRequest
{
    QString databasePath;
    StorageMode mode = StorageMode::Local; // as the database is open elsewhere: never switch it
    QString folder;
    BackupKind kind = BackupKind::Manual;
    QDateTime now = QDateTime::currentDateTime();
    // Called between steps; returning false cancels the backup (ErrorKind::Cancelled).
    std::function<bool(const BackupProgress&)> progress = {};
    BackupPacing pacing = {};
    // A server database (databasePath is its address): the account whose
    // login role makes the dump, and its password (Database::reopenOptions).
    // Empty: the address's own user, password from PGPASSWORD / ~/.pgpass.
    QString serverLogin = {};
    QString serverPassword = {};
};

class Database;

// A request to back up `db` as it is open: its path or address, its mode and,
// on a server, the login it is connected as.
BackupRequest backupRequestFor(const Database& db, const QString& folder, BackupKind kind);

// Makes one verified backup: a consistent snapshot copied page by page with
// SQLite's online backup API into a temporary file in the backup folder,
// integrity_check, flush to disk, SHA-256, then an atomic rename and the
// manifest. A server database is dumped with pg_dump instead
// (backup/ServerBackup.h) and then goes the same way. Opens its own connection, so it may run on
// any thread. On failure or cancel nothing is left behind and earlier backups are untouched.
Result<BackupInfo> createBackup(const BackupRequest& request);

// The file name a backup made at `when` gets: <database>-YYYYMMDD-HHMMSS[-kind].sqlite,
// or .pgdump for a server database (named after the database on the server).
QString backupFileName(const QString& databasePath, const QDateTime& when, BackupKind kind);

} // namespace kartoteka
