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
    // WAL reader never blocks writers), in shared mode only after the copy kept
    // being restarted by a shop that never paused for a whole pass.
    bool holdingSnapshot = false;
};

// How the copy shares the file with the others. The defaults suit the
// program; tests and benchmarks slow it down or speed it up.
struct BackupPacing
{
    // Pages copied while the read lock is held, then released (shared mode).
    int pagesPerStep = 256;
    // Pause between steps, so a waiting writer takes the lock and the copy
    // does not take both cores.
    int pauseMs = 2;
    // Each restart doubles the step up to this, so a pass needs fewer quiet moments.
    int maxPagesPerStep = 4096;
    // After this many restarts in shared mode the copy keeps its read lock for
    // the rest of the pass: a busy shop still gets its backup, and the writers
    // wait for that one pass instead of the backup never finishing.
    int maxRestarts = 8;
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
};

// Makes one verified backup: a consistent snapshot copied page by page with
// SQLite's online backup API into a temporary file in the backup folder,
// integrity_check, flush to disk, SHA-256, then an atomic rename and the
// manifest. Opens its own connection, so it may run on any thread. On failure
// or cancel nothing is left behind and earlier backups are untouched.
Result<BackupInfo> createBackup(const BackupRequest& request);

// The file name a backup made at `when` gets: <database>-YYYYMMDD-HHMMSS[-kind].sqlite
QString backupFileName(const QString& databasePath, const QDateTime& when, BackupKind kind);

} // namespace kartoteka
