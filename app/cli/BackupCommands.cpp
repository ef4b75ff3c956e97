// backup, backups, verify, restore: for cron, Task Scheduler and the day the GUI does not start.
#include "CliContext.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/Restore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sessions.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka-cli", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonObject backupJson(const BackupInfo& info)
{
    return {{u"file"_s, shown(info.file)},
            {u"bytes"_s, info.bytes},
            {u"sha256"_s, info.sha256},
            {u"created_at"_s, info.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"kind"_s, backupKindName(info.kind)},
            {u"schema_version"_s, info.schemaVersion},
            {u"app_version"_s, info.appVersion}};
}

Result<std::unique_ptr<Database>> openExisting(const CliContext& context)
{
    return Database::open({context.databasePath, context.mode, false});
}

} // namespace

int runBackup(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openExisting(context);
    if (!db)
        return context.fail(db.error());
    Identity me = Identity::current();
    (*db)->setActor(me.userName, me.host);
    Result<BackupPolicy> policy = loadBackupPolicy(**db);
    if (!policy)
        return context.fail(policy.error());
    const QString folder = context.to.isEmpty() ? policy->effectiveFolder() : context.to;

    Result<BackupInfo> backup =
        createBackup({(*db)->path(), (*db)->mode(), folder, BackupKind::Manual});
    if (!backup) {
        (void)recordBackupFailure(**db, backup.error().message, QDateTime::currentDateTime());
        return context.fail(backup.error());
    }
    (void)recordBackupSuccess(**db, *backup);
    QString pruneNote;
    if (context.to.isEmpty()) {
        Result<QStringList> pruned = pruneBackups(folder, backup->databaseId, policy->retention,
                                                  QDateTime::currentDateTime());
        pruneNote = pruned
                        ? QCoreApplication::translate("kartoteka-cli", "%n old backup(s) pruned.",
                                                      nullptr, int(pruned->size()))
                        : pruned.error().message;
    }
    return context.answer(tr("Backup written: %1 (%2 bytes, SHA-256 %3). %4")
                              .arg(shown(backup->file))
                              .arg(backup->bytes)
                              .arg(backup->sha256, pruneNote),
                          backupJson(*backup));
}

int runBackups(const CliContext& context)
{
    QString folder = context.dir;
    if (folder.isEmpty()) {
        Result<std::unique_ptr<Database>> db = openExisting(context);
        if (!db)
            return context.fail(db.error());
        Result<BackupPolicy> policy = loadBackupPolicy(**db);
        if (!policy)
            return context.fail(policy.error());
        folder = policy->effectiveFolder();
    }
    if (!QFileInfo(folder).isDir())
        return context.fail(tr("The backup folder %1 does not exist.").arg(shown(folder)));

    QJsonArray list;
    QStringList lines{tr("Backups in %1:").arg(shown(folder))};
    const QLocale locale;
    for (const BackupInfo& info : listBackups(folder)) {
        Result<VerifiedBackup> verified = verifyBackupFile(info.file, latestSchemaVersion());
        QJsonObject entry = backupJson(info);
        entry.insert(u"verified"_s, verified.ok());
        if (!verified)
            entry.insert(u"problem"_s, verified.error().message);
        list.append(entry);
        lines.append(u"  %1  %2  %3  %4  %5"_s.arg(
            locale.toString(info.createdAt.toLocalTime(), QLocale::ShortFormat),
            QFileInfo(info.file).fileName(), locale.formattedDataSize(info.bytes),
            backupKindDisplayName(info.kind),
            verified ? tr("verified") : tr("NOT OK: %1").arg(verified.error().message)));
    }
    if (list.isEmpty())
        lines.append(tr("  (none)"));
    return context.answer(lines.join(u'\n'), list);
}

int runVerify(const CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(tr("Name the backup file: kartoteka-cli verify FILE"));
    const QString file = context.arguments.first();
    Result<VerifiedBackup> verified = verifyBackupFile(file, latestSchemaVersion());
    if (!verified) {
        if (context.json)
            context.answer({}, QJsonObject{{u"file"_s, shown(file)},
                                           {u"ok"_s, false},
                                           {u"problem"_s, verified.error().message}});
        return context.fail(verified.error());
    }
    return context.answer(
        tr("%1 is a good Kartoteka backup (schema version %2, checksum %3).")
            .arg(shown(file))
            .arg(verified->schemaVersion)
            .arg(verified->checksumChecked ? tr("matches the manifest") : tr("not recorded")),
        QJsonObject{{u"file"_s, shown(file)},
                    {u"ok"_s, true},
                    {u"schema_version"_s, verified->schemaVersion},
                    {u"database_id"_s, verified->databaseId},
                    {u"checksum_checked"_s, verified->checksumChecked}});
}

int runRestore(const CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(tr("Name the backup file: kartoteka-cli restore FILE --yes"));
    if (!context.yes)
        return context.fail(tr("A restore replaces all current data (a safety copy is taken "
                               "first). Add --yes to go ahead."));
    const QString file = context.arguments.first();
    QString safetyFolder = defaultBackupFolder();
    if (Result<std::unique_ptr<Database>> db = openExisting(context); db) {
        if (Result<BackupPolicy> policy = loadBackupPolicy(**db); policy)
            safetyFolder = policy->effectiveFolder();
    }
    Result<RestoreReport> report = restoreBackupFile(context.databasePath, context.mode, file,
                                                     safetyFolder, Identity::current());
    if (!report)
        return context.fail(report.error());
    return context.answer(
        tr("Restored %1 (%2 rows). The data as it was before is in the safety copy %3.")
            .arg(report->restoredFrom)
            .arg(report->rowsCopied)
            .arg(shown(report->safetyBackup)),
        QJsonObject{{u"restored_from"_s, report->restoredFrom},
                    {u"safety_backup"_s, shown(report->safetyBackup)},
                    {u"schema_version"_s, report->schemaVersionAfter},
                    {u"rows"_s, report->rowsCopied}});
}

} // namespace kartoteka::cli
