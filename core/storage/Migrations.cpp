#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sql.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Migrations)
};

QList<Migration> loadBuiltin(const QString& folder)
{
    QList<Migration> migrations;
    static const QRegularExpression pattern(u"^(\\d{4})_.*\\.sql$"_s);
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

} // namespace

const QList<Migration>& builtinMigrations(Backend backend)
{
    static const QList<Migration> sqlite = loadBuiltin(u":/sql"_s);
    static const QList<Migration> server = loadBuiltin(u":/sql/postgresql"_s);
    return backend == Backend::PostgreSql ? server : sqlite;
}

int latestSchemaVersion()
{
    return builtinMigrations().isEmpty() ? 0 : builtinMigrations().last().version;
}

Status checkSchemaSupported(int fileVersion, int programVersion)
{
    if (fileVersion <= programVersion)
        return Status::success();
    return makeError(ErrorKind::TooNew,
                     Tr::tr("This database was saved by a newer Kartoteka (schema version %1); "
                            "this program understands schema versions up to %2. Install the "
                            "newer Kartoteka to open it.")
                         .arg(fileVersion)
                         .arg(programVersion));
}

Status applyMigrations(QSqlDatabase& db, const QList<Migration>& migrations, int toVersion)
{
    // Read inside the transaction: another PC may have migrated while we waited
    // for the lock.
    Result<int> now = sql::userVersion(db);
    if (!now)
        return now.error();
    const int from = *now;
    const bool server = sql::backendOf(db) == Backend::PostgreSql;
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    const int target = toVersion >= 0 ? toVersion : newest;
    if (Status s = checkSchemaSupported(from, newest); !s)
        return s;
    for (const Migration& step : migrations) {
        if (step.version <= from || step.version > target)
            continue;
        qCInfo(lcMigrations) << "applying" << step.name;
        for (const QString& statement : sql::splitScript(step.script)) {
            // Our own statements; the server's driver cannot prepare DDL.
            if (Status st = server ? sql::execDirect(db, statement) : sql::exec(db, statement);
                !st) {
                Error e = st.error();
                e.message = Tr::tr("Upgrading the database to schema version %1 failed; "
                                   "it was left unchanged at version %2.")
                                .arg(step.version)
                                .arg(from);
                e.detail = step.name + u": "_s + st.error().detail;
                return e;
            }
        }
        if (Status s = sql::setUserVersion(db, step.version); !s)
            return s;
    }
    return Status::success();
}

Status migrate(Database& db, const QList<Migration>& migrations, const BeforeUpgrade& beforeUpgrade)
{
    Result<int> current = db.schemaVersion();
    if (!current)
        return current.error();
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (Status s = checkSchemaSupported(*current, target); !s)
        return s;
    if (*current == target)
        return Status::success();

    if (*current > 0 && beforeUpgrade) {
        if (Status s = beforeUpgrade(*current, target); !s)
            return s;
    }

    for (const Migration& step : migrations) {
        if (step.version <= *current)
            continue;
        // One transaction per step: a failed step leaves the previous version.
        Status s = db.write(
            [&](Transaction& tx) { return applyMigrations(tx.db(), migrations, step.version); },
            Database::IgnoreMaintenance);
        if (!s)
            return s;
    }
    return Status::success();
}

} // namespace kartoteka
