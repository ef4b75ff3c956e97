#include "backup/BackupMaker.h"

#include "backup/ServerBackup.h"
#include "storage/Database.h"
#include "storage/FileSync.h"
#include "storage/Logging.h"
#include "storage/Sql.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};

Status prepareFolder(const QString& folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("No backup folder is set."));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return makeError(ErrorKind::Io,
                         Tr::tr("The backup folder %1 is a file, not a folder. Choose another "
                                "backup folder in Administration.")
                             .arg(shown));
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorKind::Io,
            Tr::tr("The backup folder %1 does not exist and cannot be created. Connect "
                   "the disk or choose another backup folder in Administration.")
                .arg(shown));
    return Status::success();
}

// The snapshot failed part-way: say why in the person's terms.
Error snapshotError(const Error& e, const QString& folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (e.kind == ErrorKind::DiskFull)
        return makeError(ErrorKind::DiskFull,
                         Tr::tr("The backup folder %1 is full. Free some space or choose another "
                                "backup folder; the earlier backups were not touched.")
                             .arg(shown),
                         e.detail);
    if (e.kind == ErrorKind::Busy)
        return e;
    return makeError(e.kind,
                     Tr::tr("Writing the backup into %1 failed. Check that the folder is "
                            "reachable and writable.")
                         .arg(shown),
                     e.detail);
}

struct SnapshotFacts
{
    int schemaVersion = 0;
    QString databaseId;
};

// Closes what the copy opened, whatever way it ends.
struct CopyHandles
{
    sqlite3* target = nullptr;
    sqlite3_backup* backup = nullptr;
    ~CopyHandles()
    {
        if (backup)
            sqlite3_backup_finish(backup);
        if (target)
            sqlite3_close_v2(target);
    }
};

// Keeps SQLite's busy handler off the source while the copy runs, and puts
// the connection's own back afterwards.
struct BusyHandlerOff
{
    sqlite3* db;
    int restoreMs;
    BusyHandlerOff(sqlite3* handle, int ms) : db(handle), restoreMs(ms)
    {
        sqlite3_busy_timeout(db, 0);
    }
    ~BusyHandlerOff() { sqlite3_busy_timeout(db, restoreMs); }
};

// A running average, so one slow step (a page from disk, a busy core) does
// not swing the next step's size.
void average(double& into, double sample)
{
    into = into < 0 ? sample : 0.7 * into + 0.3 * sample;
}

// Copies the source into `target` with SQLite's backup API on the
// connection's own handle, in steps sized by time. See BackupPacing for why
// shared mode steps aside for every save and holds the file only for a short
// pass. A write by any other connection makes SQLite start the copy over, so
// what is copied is always one consistent state of the file.
Status copyPages(const BackupRequest& request, QSqlDatabase& source, const QString& target)
{
    sqlite3* from = sqliteHandle(source);
    if (!from)
        return makeError(ErrorKind::Failed, Tr::tr("The database cannot be backed up: the "
                                                   "SQLite driver does not give its handle."));
    CopyHandles handles;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &handles.target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, handles.target, u"open "_s + target);
    // The copy's last step commits the new file while the source's read lock
    // is still held: without a sync there it takes memory speed, not the
    // disk's. The new file is synced to disk after the copy, lock-free
    // (syncFileToDisk), and needs no journal: a failure discards it whole.
    rc = sqlite3_exec(handles.target, "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF",
                      nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, handles.target, u"PRAGMA synchronous = OFF"_s);
    handles.backup = sqlite3_backup_init(handles.target, "main", from, "main");
    if (!handles.backup)
        return sqliteError(sqlite3_errcode(handles.target), handles.target,
                           u"sqlite3_backup_init"_s);

    const BackupPacing& pacing = request.pacing;
    const bool shared = request.mode == StorageMode::Shared;
    BackupProgress progress;
    // Holding one read transaction from step to step pins the snapshot: no
    // restarts. In WAL (local) mode a reader never blocks a writer, so the
    // copy holds it from the start; in shared mode it stops every save.
    bool pinned = false;
    auto pin = [&]() -> Status {
        if (Status s = sql::exec(source, u"BEGIN"_s); !s)
            return s;
        if (Result<QVariant> r = sql::scalar(source, u"SELECT count(*) FROM sqlite_schema"_s); !r) {
            (void)sql::exec(source, u"ROLLBACK"_s);
            return r.error();
        }
        pinned = true;
        progress.holdingSnapshot = true;
        return Status::success();
    };
    auto unpin = [&] {
        if (pinned)
            (void)sql::exec(source, u"ROLLBACK"_s);
        pinned = false;
    };
    if (!shared) {
        if (Status s = pin(); !s)
            return s;
    }
    // A step must not sit in SQLite's busy handler, which sleeps up to 100 ms
    // a try: when a save is waiting for the file (it holds the PENDING lock,
    // so no new reader gets in) the step fails at once and the copy steps
    // aside for a millisecond at a time, ready to go on as soon as it is saved.
    const BusyHandlerOff busyOff(from, Database::busyTimeoutMs(request.mode));

    const int minPages = std::max(1, pacing.pagesPerStep);
    const int maxPages = std::max(minPages, pacing.maxPagesPerStep);
    // Steps that do not block anyone (WAL, or shared mode holding the file
    // for a short pass) only need to keep progress and cancel alive.
    const double freeStepMs = std::max(4.0 * pacing.stepMs, 50.0);
    int pagesPerStep = minPages;
    double lockMsPerPage = -1; // in sqlite3_backup_step, per page copied
    double progressMs = -1;    // in the progress callback, per step
    QElapsedTimer sinceStart;
    sinceStart.start();
    QElapsedTimer busySince;
    for (;;) {
        const qint64 doneBefore = progress.pagesDone;
        const qint64 totalBefore = progress.pagesTotal;
        QElapsedTimer step;
        step.start();
        rc = sqlite3_backup_step(handles.backup, pagesPerStep);
        const double stepMs = double(step.nsecsElapsed()) / 1e6;
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // A save holds the file or waits for it: it goes first.
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() > Database::busyTimeoutMs(request.mode)) {
                unpin();
                return sqliteError(rc, from, u"sqlite3_backup_step"_s);
            }
            QThread::msleep(1);
            continue;
        }
        if (rc != SQLITE_OK) {
            unpin();
            return sqliteError(rc, rc == SQLITE_FULL || rc == SQLITE_IOERR ? handles.target : from,
                               u"sqlite3_backup_step"_s);
        }
        busySince.invalidate();
        progress.pagesTotal = sqlite3_backup_pagecount(handles.backup);
        progress.pagesDone = progress.pagesTotal - sqlite3_backup_remaining(handles.backup);
        // Started over: someone saved since the last step.
        const qint64 expected = std::min(doneBefore + pagesPerStep, progress.pagesTotal);
        const bool restarted =
            doneBefore > 0 && (progress.pagesDone < expected || progress.pagesTotal != totalBefore);
        const qint64 copied = restarted ? progress.pagesDone : progress.pagesDone - doneBefore;
        if (copied > 0)
            average(lockMsPerPage, stepMs / double(copied));

        if (restarted) {
            ++progress.restarts;
            if (shared && !pinned && progress.restarts > pacing.maxRestarts) {
                // The file keeps changing. Hold it for a pass only if the
                // others would not notice the wait.
                const double passMs = double(progress.pagesTotal) * std::max(lockMsPerPage, 0.0) +
                                      double((progress.pagesTotal + maxPages - 1) / maxPages) *
                                          std::max(progressMs, 0.0);
                if (lockMsPerPage >= 0 && passMs <= pacing.maxHoldMs) {
                    qCInfo(lcBackup)
                        << "backup restarted" << progress.restarts
                        << "times; holding the file for a pass of about" << passMs << "ms";
                    // A save waiting right now goes first; the next restart tries again.
                    if (Status s = pin(); !s && s.error().kind != ErrorKind::Busy)
                        return s;
                } else if (sinceStart.elapsed() > pacing.quietWaitMs) {
                    qCWarning(lcBackup) << "backup restarted" << progress.restarts
                                        << "times; no quiet pass of about" << passMs << "ms in"
                                        << sinceStart.elapsed() << "ms";
                    return makeError(
                        ErrorKind::Busy,
                        Tr::tr("The backup could not be made: the others kept saving without "
                               "a pause long enough to copy the database whole. Try again when "
                               "fewer people are working, for example at the end of the day."));
                }
            }
        }
        const bool blocksWriters = pinned && shared;
        QElapsedTimer callback;
        callback.start();
        if (request.progress && !request.progress(progress)) {
            unpin();
            return makeError(ErrorKind::Cancelled, Tr::tr("The backup was cancelled."));
        }
        average(progressMs, double(callback.nsecsElapsed()) / 1e6);

        // The next step's size: in shared mode, what fits in stepMs of
        // holding the file; else enough to make progress and cancel smooth.
        if (blocksWriters) {
            // The others wait for this short pass: finish it at full speed.
            pagesPerStep = maxPages;
            continue;
        }
        const double budgetMs = shared && !pinned ? double(pacing.stepMs) : freeStepMs;
        if (lockMsPerPage > 0) {
            const double fit = budgetMs / lockMsPerPage;
            pagesPerStep = int(
                std::clamp(fit, double(minPages), std::min(double(maxPages), 4.0 * pagesPerStep)));
        }
        if (pacing.pauseMs > 0)
            QThread::msleep(pacing.pauseMs);
        else
            QThread::yieldCurrentThread();
    }
    progress.pagesDone = progress.pagesTotal = sqlite3_backup_pagecount(handles.backup);
    rc = sqlite3_backup_finish(handles.backup);
    handles.backup = nullptr;
    unpin();
    if (rc != SQLITE_OK)
        return sqliteError(rc, handles.target, u"sqlite3_backup_finish"_s);
    if (request.progress)
        (void)request.progress(progress);
    return Status::success();
}

Result<SnapshotFacts> snapshotInto(const BackupRequest& request, const QString& target)
{
    OpenOptions options{
        request.databasePath,
        request.mode == StorageMode::Shared ? ModeChoice::Shared : ModeChoice::Local, false};
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db)
        return db.error();
    QSqlDatabase& c = (*db)->connection();
    SnapshotFacts facts;
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return version.error();
    facts.schemaVersion = *version;
    Result<QVariant> id = sql::scalar(c, u"SELECT value FROM meta WHERE key = 'database_id'"_s);
    if (id)
        facts.databaseId = id->toString();
    if (Status s = copyPages(request, c, target); !s) {
        if (s.error().kind == ErrorKind::Cancelled)
            return s.error();
        return snapshotError(s.error(), request.folder);
    }
    return facts;
}

Status checkSnapshot(const QString& path)
{
    sql::Connection connection(path);
    if (Status s = connection.open(); !s)
        return s;
    // The copy may inherit WAL mode; a backup must be one self-contained file.
    if (Status s = sql::exec(connection.db(), u"PRAGMA journal_mode = DELETE"_s); !s)
        return s;
    Result<QVariant> check = sql::scalar(connection.db(), u"PRAGMA integrity_check"_s);
    if (!check)
        return check.error();
    if (check->toString() != u"ok")
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The new backup failed its integrity check, so it was discarded. "
                                "Run \"kartoteka-cli check\" on the database."),
                         check->toString());
    return Status::success();
}

} // namespace

QString backupFileName(const QString& databasePath, const QDateTime& when, BackupKind kind)
{
    const bool server = isServerAddress(databasePath);
    QString base = QFileInfo(databasePath).completeBaseName();
    if (server) {
        // The database's name on the server; an address's host or query is no file name.
        const Result<ServerAddress> address = parseServerAddress(databasePath);
        base = address ? address->database : u"server"_s;
        base.replace(QRegularExpression(u"[^\\w.-]"_s), u"_"_s);
    }
    QString name = base + u'-' + when.toString(u"yyyyMMdd-HHmmss"_s);
    if (kind == BackupKind::Safety)
        name += u"-safety"_s;
    return name + (server ? u"."_s + kServerBackupSuffix : u".sqlite"_s);
}

BackupRequest backupRequestFor(const Database& db, const QString& folder, BackupKind kind)
{
    BackupRequest request{db.path(), db.mode(), folder, kind};
    if (db.backend() == Backend::PostgreSql) {
        const OpenOptions options = db.reopenOptions();
        request.serverLogin = options.serverLogin;
        request.serverPassword = options.serverPassword;
    }
    return request;
}

Result<BackupInfo> createBackup(const BackupRequest& request)
{
    if (Status s = prepareFolder(request.folder); !s)
        return s.error();
    const QDir folder(request.folder);

    const QString name = backupFileName(request.databasePath, request.now, request.kind);
    // Another program (the window, a cron job, another PC) may back up into the
    // same folder in the same second: each writes a partial of its own and
    // takes the first free final name at the very end.
    static std::atomic<int> counter{0};
    const QString partial = folder.absoluteFilePath(
        u".%1.%2-%3.partial"_s.arg(name).arg(QCoreApplication::applicationPid()).arg(++counter));
    QFile::remove(partial);

    auto discard = [&](const Error& e) -> Result<BackupInfo> {
        // Our own file, never a live database: a cancel or failure leaves nothing.
        for (const QString& suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(partial + suffix);
        if (e.kind == ErrorKind::Cancelled) {
            qCInfo(lcBackup) << "backup cancelled";
            return e;
        }
        qCWarning(lcBackup) << "backup failed:" << e.message << e.detail;
        return e;
    };

    const bool server = isServerAddress(request.databasePath);
    SnapshotFacts facts;
    QString source = QFileInfo(request.databasePath).absoluteFilePath();
    if (server) {
        // pg_dump of the server's database; checked by pg_restore reading it back.
        Result<ServerDumpMade> dumped = dumpServerDatabase(request, partial);
        if (!dumped)
            return discard(dumped.error());
        facts.schemaVersion = dumped->schemaVersion;
        facts.databaseId = dumped->databaseId;
        source = dumped->sourceName;
    } else {
        Result<SnapshotFacts> snapshot = snapshotInto(request, partial);
        if (!snapshot)
            return discard(snapshot.error());
        if (Status s = checkSnapshot(partial); !s)
            return discard(s.error());
        facts = *snapshot;
    }
    if (Status s = syncFileToDisk(partial); !s)
        return discard(s.error());
    Result<QString> sha = sha256OfFile(partial);
    if (!sha)
        return discard(sha.error());
    QString finalPath = folder.absoluteFilePath(name);
    // A name taken meanwhile (another program's backup of the same second)
    // is passed over, never replaced.
    for (int n = 2; !renameWithoutReplacing(partial, finalPath); ++n) {
        if (!QFileInfo::exists(finalPath) || n > 1000)
            return discard(
                makeError(ErrorKind::Io, Tr::tr("The backup could not be given its final name %1.")
                                             .arg(QDir::toNativeSeparators(finalPath))));
        finalPath = folder.absoluteFilePath(QFileInfo(name).completeBaseName() + u"~%1."_s.arg(n) +
                                            QFileInfo(name).suffix());
    }
    if (Status s = syncFolderToDisk(folder.absolutePath()); !s)
        qCWarning(lcBackup) << s.error().message;

    BackupInfo info;
    info.file = finalPath;
    info.bytes = QFileInfo(finalPath).size();
    info.sha256 = *sha;
    info.createdAt = request.now.toUTC();
    info.kind = request.kind;
    info.schemaVersion = facts.schemaVersion;
    info.appVersion = QStringLiteral(KARTOTEKA_VERSION);
    info.databaseId = facts.databaseId;
    info.sourcePath = source;
    info.hasManifest = true;
    if (Status s = writeManifest(info); !s) {
        QFile::remove(finalPath);
        return discard(s.error());
    }
    qCInfo(lcBackup) << "backup written:" << finalPath << info.bytes << "bytes";
    return info;
}

} // namespace kartoteka
