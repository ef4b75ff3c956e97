// init and check: create, upgrade and examine a database.
#include "CliContext.h"

#include "backup/BackupSettings.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "workspace/AppIdentity.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka-cli", text);
}
} // namespace

int runInit(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openDatabase({context.databasePath, context.mode, true});
    if (!db)
        return context.fail(db.error());
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return context.fail(version.error());
    const QString path = QDir::toNativeSeparators((*db)->path());
    const QString mode = storageModeName((*db)->mode());
    return context.answer(
        tr("Database %1 is ready (mode %2, schema version %3).").arg(path, mode).arg(*version),
        QJsonObject{{u"path"_s, path}, {u"mode"_s, mode}, {u"schema_version"_s, *version}});
}

int runPaths(const CliContext& context)
{
    // The database --db names (or the default one) and where its backups go:
    // its own backup folder when it exists and has one set.
    const QString database =
        QDir::toNativeSeparators(QFileInfo(context.databasePath).absoluteFilePath());
    QString folder = defaultBackupFolder();
    if (QFileInfo::exists(context.databasePath)) {
        Result<std::unique_ptr<Database>> db =
            Database::open({context.databasePath, context.mode, false});
        if (!db)
            return context.fail(db.error());
        Result<BackupPolicy> policy = loadBackupPolicy(**db);
        if (!policy)
            return context.fail(policy.error());
        folder = policy->effectiveFolder();
    }
    const QString backups = QDir::toNativeSeparators(folder);
    const QString demo = QDir::toNativeSeparators(demoDatabasePath());
    return context.answer(
        u"database: %1\nbackups: %2\ndemo: %3"_s.arg(database, backups, demo),
        QJsonObject{{u"database"_s, database}, {u"backups"_s, backups}, {u"demo"_s, demo}});
}

int runCheck(const CliContext& context)
{
    // Opens without upgrading: check must never change what it examines.
    Result<std::unique_ptr<Database>> db =
        Database::open({context.databasePath, context.mode, false});
    if (!db)
        return context.fail(db.error());
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return context.fail(version.error());
    Result<QList<QSqlRecord>> integrity =
        sql::rows((*db)->connection(), u"PRAGMA integrity_check"_s);
    QStringList problems;
    if (!integrity) {
        problems.append(integrity.error().fullText());
    } else {
        for (const QSqlRecord& r : *integrity) {
            if (r.value(0).toString() != u"ok")
                problems.append(r.value(0).toString());
        }
    }
    const int programVersion = latestSchemaVersion();
    Status supported = checkSchemaSupported(*version, programVersion);
    if (!supported)
        problems.append(supported.error().message);

    const bool ok = problems.isEmpty();
    const QString path = QDir::toNativeSeparators((*db)->path());
    const QString mode = storageModeName((*db)->mode());
    QString text = tr("Database: %1\nMode: %2\nSchema version: %3 (this program: %4)\n")
                       .arg(path, mode)
                       .arg(*version)
                       .arg(programVersion);
    text += ok ? tr("Integrity: ok") : tr("Problems:\n  %1").arg(problems.join(u"\n  "_s));
    if (*version < programVersion)
        text += u"\n"_s + tr("The schema will be upgraded the next time Kartoteka opens it.");
    context.answer(text, QJsonObject{{u"path"_s, path},
                                     {u"mode"_s, mode},
                                     {u"schema_version"_s, *version},
                                     {u"program_schema_version"_s, programVersion},
                                     {u"ok"_s, ok},
                                     {u"problems"_s, QJsonArray::fromStringList(problems)}});
    return ok ? 0 : 1;
}

} // namespace kartoteka::cli
