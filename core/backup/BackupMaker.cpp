#include "backup/BackupMaker.h"

#include "storage/Database.h"
#include "storage/FileSync.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    // VACUUM INTO reads one consistent snapshot and writes a compact copy.
    if (Status s = sql::exec(c, u"VACUUM INTO ?"_s, {target}); !s)
        return snapshotError(s.error(), request.folder);
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
    QString name =
        QFileInfo(databasePath).completeBaseName() + u'-' + when.toString(u"yyyyMMdd-HHmmss"_s);
    if (kind == BackupKind::Safety)
        name += u"-safety"_s;
    return name + u".sqlite"_s;
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
        QFile::remove(partial);
        QFile::remove(partial + u"-journal"_s);
        qCWarning(lcBackup) << "backup failed:" << e.message << e.detail;
        return e;
    };

    Result<SnapshotFacts> facts = snapshotInto(request, partial);
    if (!facts)
        return discard(facts.error());
    if (Status s = checkSnapshot(partial); !s)
        return discard(s.error());
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
        finalPath =
            folder.absoluteFilePath(QFileInfo(name).completeBaseName() + u"~%1.sqlite"_s.arg(n));
    }
    if (Status s = syncFolderToDisk(folder.absolutePath()); !s)
        qCWarning(lcBackup) << s.error().message;

    BackupInfo info;
    info.file = finalPath;
    info.bytes = QFileInfo(finalPath).size();
    info.sha256 = *sha;
    info.createdAt = request.now.toUTC();
    info.kind = request.kind;
    info.schemaVersion = facts->schemaVersion;
    info.appVersion = QStringLiteral(KARTOTEKA_VERSION);
    info.databaseId = facts->databaseId;
    info.sourcePath = QFileInfo(request.databasePath).absoluteFilePath();
    info.hasManifest = true;
    if (Status s = writeManifest(info); !s) {
        QFile::remove(finalPath);
        return discard(s.error());
    }
    qCInfo(lcBackup) << "backup written:" << finalPath << info.bytes << "bytes";
    return info;
}

} // namespace kartoteka
