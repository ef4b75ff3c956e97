// backup, backups, verify, restore: for cron, Task Scheduler and the day the GUI does not start.
#include "CliContext.h"
#include "Interruption.h"

#include "audit/AuditText.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/OwnerCopy.h"
#include "backup/Restore.h"
#include "language/DataSize.h"
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

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

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
    return Database::open(context.openOptions());
}

// The owner's passphrase: from KARTOTEKA_PASSPHRASE, or typed on a terminal
// without echo (never an argument: those show in `ps` and shell history).
// `twice`: a new passphrase is typed again, so a typo cannot lock the copies.
Result<QString> ownerPassphrase(bool twice)
{
    return readSecret("KARTOTEKA_PASSPHRASE", Tr::tr("The owner's passphrase: "), twice);
}

// An owner's copy decrypted for verify and restore; null for a plain backup.
Result<std::shared_ptr<OpenedOwnerCopy>> openIfOwnerCopy(const QString& file)
{
    if (!isOwnerCopyFile(file))
        return std::shared_ptr<OpenedOwnerCopy>();
    Result<QString> passphrase = ownerPassphrase(false);
    if (!passphrase)
        return passphrase.error();
    return openOwnerCopy(file, *passphrase);
}

int runOwnerKey(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openExisting(context);
    if (!db)
        return context.fail(db.error());
    Result<QString> passphrase = ownerPassphrase(true);
    if (!passphrase)
        return context.fail(passphrase.error());
    if (Status s = setOwnerPassphrase(**db, *passphrase); !s)
        return context.fail(s.error());
    return context.answer(Tr::tr("The owner's key is set: from now on every backup's owner's copy "
                                 "opens only with this passphrase."),
                          QJsonObject{{u"owner_key"_s, true}});
}

int runOwnerFolder(const CliContext& context)
{
    if (context.arguments.size() != 2)
        return context.fail(Tr::tr("Name the folder: kartoteka-cli backups owner-folder DIR (\"\" "
                                   "for none)"));
    Result<std::unique_ptr<Database>> db = openExisting(context);
    if (!db)
        return context.fail(db.error());
    const QString folder = context.arguments.at(1).isEmpty()
                               ? QString()
                               : QFileInfo(context.arguments.at(1)).absoluteFilePath();
    if (Status s = setOwnerCopyFolder(**db, folder); !s)
        return context.fail(s.error());
    return context.answer(
        folder.isEmpty() ? Tr::tr("No owner's copies will be written.")
                         : Tr::tr("Every backup's owner's copy goes to %1.").arg(shown(folder)),
        QJsonObject{{u"owner_folder"_s, shown(folder)}});
}

} // namespace

int runBackup(const CliContext& context)
{
    if (Status s = require(context.principal, Capability::Backup); !s)
        return context.fail(s.error());
    Result<std::unique_ptr<Database>> db = openExisting(context);
    if (!db)
        return context.fail(db.error());
    Identity me = Identity::current();
    (*db)->setActor(me.userName, me.host);
    Result<BackupPolicy> policy = loadBackupPolicy(**db);
    if (!policy)
        return context.fail(policy.error());
    const QString folder = context.to.isEmpty() ? policy->effectiveFolder() : context.to;

    BackupRequest request = backupRequestFor(**db, folder, BackupKind::Manual);
    // Progress on a terminal only: a cron job's log gets just the answer.
    const bool terminal = !context.json && isatty(fileno(stderr));
    int shownPercent = -1;
    QString shownSize;
    const Interruption ctrlC;
    request.progress = [&](const BackupProgress& p) {
        // A server's dump has no pages to count: how much is written so far.
        if (terminal && p.pagesTotal == 0 && p.bytesWritten > 0) {
            const QString size = formatDataSize(p.bytesWritten);
            if (size != shownSize) {
                shownSize = size;
                shownPercent = 0;
                const QByteArray line =
                    "\r\x1b[K" + Tr::tr("Backing up: %1 written").arg(size).toLocal8Bit();
                std::fputs(line.constData(), stderr);
                std::fflush(stderr);
            }
            return !ctrlC.asked();
        }
        const int percent = p.pagesTotal > 0 ? int(p.pagesDone * 100 / p.pagesTotal) : 0;
        if (terminal && percent != shownPercent) {
            shownPercent = percent;
            const QByteArray line = '\r' + Tr::tr("Backing up: %1%").arg(percent).toLocal8Bit();
            std::fputs(line.constData(), stderr);
            std::fflush(stderr);
        }
        return !ctrlC.asked();
    };
    // Ctrl+C: the copy stops between two steps and removes its partial file.
    Result<BackupInfo> backup = createBackup(request);
    if (terminal && shownPercent >= 0)
        std::fputs("\n", stderr);
    if (!backup && backup.error().kind == ErrorKind::Cancelled)
        return context.fail(backup.error());
    if (!backup) {
        (void)recordBackupFailure(**db, backup.error().message, QDateTime::currentDateTime());
        return context.fail(backup.error());
    }
    (void)recordBackupSuccess(**db, *backup);
    QString pruneNote;
    std::optional<Result<BackupInfo>> ownerCopy;
    if (context.to.isEmpty()) {
        Result<QStringList> pruned = pruneBackups(folder, backup->databaseId, policy->retention,
                                                  QDateTime::currentDateTime());
        pruneNote = pruned
                        ? QCoreApplication::translate("kartoteka::cli", "%n old backup(s) pruned.",
                                                      nullptr, int(pruned->size()))
                        : pruned.error().message;
        ownerCopy = makeOwnerCopy(*backup, *policy, QDateTime::currentDateTime());
        if (ownerCopy)
            (void)recordOwnerCopyOutcome(**db, *ownerCopy, QDateTime::currentDateTime());
    }
    // A cron job learns from the exit code that the owner's copy is missing.
    if (ownerCopy && !*ownerCopy)
        return context.fail(Tr::tr("Backup written: %1, but %2")
                                .arg(shown(backup->file), ownerCopy->error().message));
    if (ownerCopy)
        pruneNote += u' ' + Tr::tr("Owner's copy: %1.").arg(shown((*ownerCopy)->file));
    return context.answer(
        Tr::tr("Backup written: %1 (%2, SHA-256 %3). %4")
            .arg(shown(backup->file), formatDataSize(backup->bytes), backup->sha256, pruneNote),
        backupJson(*backup));
}

int runBackups(const CliContext& context)
{
    if (context.arguments.value(0) == u"owner-key")
        return runOwnerKey(context);
    if (context.arguments.value(0) == u"owner-folder")
        return runOwnerFolder(context);
    if (!context.arguments.isEmpty())
        return context.fail(Tr::tr("Unknown \"backups %1\": use backups [--dir DIR], backups "
                                   "owner-key or backups owner-folder DIR.")
                                .arg(context.arguments.first()));
    QString folder = context.dir;
    QString ownerFolder;
    // Whose backups are whose: the open database's id, when there is one.
    QString openId;
    if (Result<std::unique_ptr<Database>> db = openExisting(context); db) {
        if (Result<QString> id = databaseIdOf((*db)->connection()); id)
            openId = *id;
        if (folder.isEmpty()) {
            Result<BackupPolicy> policy = loadBackupPolicy(**db);
            if (!policy)
                return context.fail(policy.error());
            folder = policy->effectiveFolder();
        }
        if (context.dir.isEmpty()) {
            if (Result<BackupPolicy> policy = loadBackupPolicy(**db); policy)
                ownerFolder = policy->ownerFolder;
        }
    } else if (folder.isEmpty()) {
        return context.fail(db.error());
    }
    if (!QFileInfo(folder).isDir())
        return context.fail(Tr::tr("The backup folder %1 does not exist.").arg(shown(folder)));

    QJsonArray list;
    QStringList lines{Tr::tr("Backups in %1:").arg(shown(folder))};
    const QString live = isServerAddress(context.databasePath)
                             ? QString()
                             : QFileInfo(context.databasePath).canonicalFilePath();
    // A cron job learns from the exit code that a backup is damaged or unverified.
    bool allGood = true;
    for (const BackupInfo& info : listBackups(folder)) {
        // A backup folder may also hold the database itself: that is no backup.
        if (!live.isEmpty() && QFileInfo(info.file).canonicalFilePath() == live)
            continue;
        Result<VerifiedBackup> verified = verifyBackupFile(info.file, latestSchemaVersion());
        const bool checked = verified && verified->checksumChecked;
        const QString id = verified ? verified->databaseId : info.databaseId;
        const bool other = !openId.isEmpty() && !id.isEmpty() && id != openId;
        const QString source =
            info.sourcePath.isEmpty() ? QString() : QFileInfo(info.sourcePath).fileName();
        QJsonObject entry = backupJson(info);
        entry.insert(u"verified"_s, checked);
        entry.insert(u"database_id"_s, id);
        entry.insert(u"other_database"_s, other);
        if (!source.isEmpty())
            entry.insert(u"source"_s, source);
        QString state;
        allGood = allGood && checked;
        if (!verified) {
            entry.insert(u"problem"_s, verified.error().message);
            state = Tr::tr("NOT OK: %1").arg(verified.error().message);
        } else if (!checked) {
            entry.insert(u"problem"_s, Tr::tr("no manifest with a checksum"));
            state = Tr::tr("NOT VERIFIED: no manifest with a checksum");
        } else {
            state = Tr::tr("verified");
        }
        if (other)
            state += u"  "_s +
                     (source.isEmpty()
                          ? Tr::tr("(a backup of another database)")
                          : Tr::tr("(a backup of «%1», not of the open database)").arg(source));
        list.append(entry);
        lines.append(u"  %1  %2  %3  %4  %5"_s.arg(
            auditTimeText(info.createdAt), QFileInfo(info.file).fileName(),
            formatDataSize(info.bytes), backupKindDisplayName(info.kind), state));
    }
    if (list.isEmpty())
        lines.append(Tr::tr("  (none)"));
    // Encrypted: verified only with the passphrase (`verify FILE`).
    if (!ownerFolder.isEmpty()) {
        lines.append(Tr::tr("Owner's copies in %1 (encrypted):").arg(shown(ownerFolder)));
        const QList<BackupInfo> copies = listOwnerCopiesOf(ownerFolder, openId);
        for (const BackupInfo& info : copies) {
            QJsonObject entry = backupJson(info);
            entry.insert(u"owner_copy"_s, true);
            entry.insert(u"database_id"_s, info.databaseId);
            list.append(entry);
            lines.append(u"  %1  %2  %3  %4  %5"_s.arg(
                auditTimeText(info.createdAt), QFileInfo(info.file).fileName(),
                formatDataSize(info.bytes), backupKindDisplayName(info.kind),
                Tr::tr("owner's copy: verify it with the passphrase")));
        }
        if (copies.isEmpty())
            lines.append(Tr::tr("  (none)"));
    }
    context.answer(lines.join(u'\n'), list);
    return allGood ? 0 : 1;
}

int runVerify(const CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(Tr::tr("Name the backup file: kartoteka-cli verify FILE"));
    const QString file = context.arguments.first();
    Result<std::shared_ptr<OpenedOwnerCopy>> opened = openIfOwnerCopy(file);
    if (!opened)
        return context.fail(opened.error());
    Result<VerifiedBackup> verified =
        verifyBackupFile(*opened ? (*opened)->file() : file, latestSchemaVersion());
    if (!verified && *opened) {
        Error e = verified.error();
        e.message = Tr::tr("%1 decrypts, but the backup inside is not good: %2")
                        .arg(shown(file), e.message);
        verified = e;
    }
    // Readable but without a recorded checksum is not "good": damage since the
    // backup was made cannot be ruled out.
    const QString problem =
        !verified ? verified.error().message
        : !verified->checksumChecked
            ? Tr::tr("%1 is a readable Kartoteka database (schema version %2), but it is not "
                     "verified: it has no manifest with a checksum, so damage or changes since it "
                     "was made cannot be ruled out.")
                  .arg(shown(file))
                  .arg(verified->schemaVersion)
            : QString();
    if (!problem.isEmpty()) {
        if (context.json)
            context.answer({}, QJsonObject{{u"file"_s, shown(file)},
                                           {u"ok"_s, false},
                                           {u"verified"_s, false},
                                           {u"problem"_s, problem}});
        return verified ? context.fail(problem) : context.fail(verified.error());
    }
    return context.answer(
        (*opened ? Tr::tr("%1 is a good owner's copy: it decrypts whole with this passphrase, and "
                          "the backup inside is good (schema version %2, checksum matches).")
                 : Tr::tr("%1 is a good Kartoteka backup (schema version %2, checksum matches the "
                          "manifest)."))
            .arg(shown(file))
            .arg(verified->schemaVersion),
        QJsonObject{{u"file"_s, shown(file)},
                    {u"owner_copy"_s, bool(*opened)},
                    {u"ok"_s, true},
                    {u"verified"_s, true},
                    {u"schema_version"_s, verified->schemaVersion},
                    {u"database_id"_s, verified->databaseId},
                    {u"checksum_checked"_s, verified->checksumChecked}});
}

int runRestore(const CliContext& context)
{
    if (context.arguments.isEmpty())
        return context.fail(Tr::tr("Name the backup file: kartoteka-cli restore FILE --yes"));
    if (!context.yes)
        return context.fail(Tr::tr("A restore replaces all current data (a safety copy is taken "
                                   "first). Add --yes to go ahead."));
    if (Status s = require(context.principal, Capability::Restore); !s)
        return context.fail(s.error());
    const QString file = context.arguments.first();
    QString safetyFolder = defaultBackupFolder();
    if (Result<std::unique_ptr<Database>> db = openExisting(context); db) {
        if (Result<BackupPolicy> policy = loadBackupPolicy(**db); policy)
            safetyFolder = policy->effectiveFolder();
    }
    RestoreConsent consent;
    consent.otherDatabase = context.has(u"other-database"_s);
    consent.unverified = context.has(u"unverified"_s);
    // An owner's copy is decrypted first; a wrong passphrase changes nothing.
    Result<std::shared_ptr<OpenedOwnerCopy>> opened = openIfOwnerCopy(file);
    if (!opened)
        return context.fail(opened.error());
    Result<RestoreReport> report =
        restoreBackupFile(context.openOptions(true), *opened ? (*opened)->file() : file,
                          safetyFolder, Identity::current(), consent);
    if (report && *opened)
        report->restoredFrom = shown(file);
    if (!report) {
        // The flag that gives the missing consent, named in the answer.
        Error e = report.error();
        if (e.kind == ErrorKind::OtherDatabase)
            e.message += u' ' + Tr::tr("Add --other-database to restore it anyway.");
        else if (e.kind == ErrorKind::Unverified)
            e.message += u' ' + Tr::tr("Add --unverified to restore it anyway.");
        return context.fail(e);
    }
    return context.answer(
        Tr::tr("Restored %1 (rows: %L2). The data as it was before is in the safety copy %3.")
            .arg(report->restoredFrom)
            .arg(report->rowsCopied)
            .arg(shown(report->safetyBackup)),
        QJsonObject{{u"restored_from"_s, report->restoredFrom},
                    {u"safety_backup"_s, shown(report->safetyBackup)},
                    {u"schema_version"_s, report->schemaVersionAfter},
                    {u"rows"_s, report->rowsCopied}});
}

} // namespace kartoteka::cli
