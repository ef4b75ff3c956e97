#include "backup/BackupCatalog.h"

#include "backup/ServerBackup.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};
} // namespace

QList<BackupInfo> listBackups(const QString& folder)
{
    QList<BackupInfo> backups;
    const QDir dir(folder);
    // Hidden files are backups still being written (".name.partial").
    for (const QString& name :
         dir.entryList({u"*.sqlite"_s, u"*."_s + kServerBackupSuffix}, QDir::Files))
        backups.append(readBackupInfo(dir.absoluteFilePath(name)));
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return backups;
}

QList<BackupInfo> listBackupsOf(const QString& folder, const QString& databaseId,
                                const QString& openDatabasePath)
{
    const QString open = QFileInfo(openDatabasePath).canonicalFilePath();
    QList<BackupInfo> mine;
    for (BackupInfo& b : listBackups(folder)) {
        if (!open.isEmpty() && QFileInfo(b.file).canonicalFilePath() == open)
            continue;
        if (!b.hasManifest && isServerBackupFile(b.file)) {
            Result<ServerDumpFacts> facts = readServerDumpFacts(b.file);
            if (!facts)
                continue;
            b.databaseId = facts->databaseId;
        } else if (!b.hasManifest) {
            sql::Connection file(b.file, u"QSQLITE_OPEN_READONLY"_s);
            if (!file.open())
                continue;
            Result<QVariant> id =
                sql::scalar(file.db(), u"SELECT value FROM meta WHERE key = 'database_id'"_s);
            if (!id)
                continue;
            b.databaseId = id->toString();
        }
        if (!databaseId.isEmpty() && b.databaseId == databaseId)
            mine.append(b);
    }
    return mine;
}

Result<QStringList> pruneBackups(const QString& folder, const QString& databaseId,
                                 const RetentionPolicy& policy, const QDateTime& now)
{
    QList<BackupInfo> mine;
    for (const BackupInfo& b : listBackups(folder)) {
        if (b.hasManifest && !databaseId.isEmpty() && b.databaseId == databaseId)
            mine.append(b);
    }
    const QList<int> keep = backupsToKeep(mine, policy, now);
    QStringList removed;
    QStringList failed;
    for (int i = 0; i < mine.size(); ++i) {
        if (keep.contains(i))
            continue;
        const QString& file = mine[i].file;
        if (QFile::remove(file)) {
            QFile::remove(manifestPathFor(file));
            removed.append(file);
            qCInfo(lcBackup) << "pruned" << file;
        } else {
            failed.append(QDir::toNativeSeparators(file));
        }
    }
    if (!failed.isEmpty())
        return makeError(ErrorKind::Io,
                         Tr::tr("Old backups could not be deleted: %1").arg(failed.join(u", "_s)));
    return removed;
}

} // namespace kartoteka
