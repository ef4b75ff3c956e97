#include "backup/ServerBackup.h"

#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "storage/Logging.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};

// The rows of table `table` in pg_restore's plain output (COPY ... FROM
// stdin; tab-separated lines; "\."), as column name -> value per row.
QList<QHash<QString, QString>> copiedRows(const QByteArray& script, const QString& table)
{
    static const QRegularExpression header(
        u"^COPY (?:\\S+\\.)?\"?(\\w+)\"? \\(([^)]*)\\) FROM stdin;$"_s);
    QList<QHash<QString, QString>> rows;
    QStringList columns;
    bool inside = false;
    for (const QByteArray& raw : script.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!inside) {
            const QRegularExpressionMatch m = header.match(line);
            if (m.hasMatch() && m.captured(1) == table) {
                columns.clear();
                for (const QString& c : m.captured(2).split(u',', Qt::SkipEmptyParts))
                    columns.append(c.trimmed().remove(u'"'));
                inside = true;
            }
            continue;
        }
        if (line == u"\\.") {
            inside = false;
            continue;
        }
        const QStringList values = line.split(u'\t');
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
            row.insert(columns[i], values[i]);
        rows.append(row);
    }
    return rows;
}

Error notReadable(const QString& file, const Error& e)
{
    if (e.kind == ErrorKind::NotFound) // the tool itself is missing
        return e;
    return makeError(ErrorKind::Corrupt,
                     Tr::tr("%1 is damaged or incomplete: pg_restore cannot read it. Use another "
                            "backup.")
                         .arg(QDir::toNativeSeparators(file)),
                     e.detail);
}

// The dump's table of contents names kartoteka_schema, and every data block
// reads to its end (a dump cut short lists fine but fails here).
Status checkDumpReads(const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file %1.").arg(shown));
    if (info.size() == 0)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("%1 is empty: the backup was not written.").arg(shown));
    Result<QString> restore = findServerTool(u"pg_restore"_s);
    if (!restore)
        return restore.error();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Result<ToolOutput> list = runServerTool(*restore, {u"--list"_s, file}, environment);
    if (!list)
        return notReadable(file, list.error());
    static const QRegularExpression schemaTable(
        u"^\\d+; \\d+ \\d+ TABLE \\S+ kartoteka_schema\\b"_s, QRegularExpression::MultilineOption);
    if (!schemaTable.match(QString::fromUtf8(list->out)).hasMatch())
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is a dump of another program's database, not a Kartoteka "
                                "backup.")
                             .arg(shown));
    Result<ToolOutput> whole =
        runServerTool(*restore, {u"--file="_s + QProcess::nullDevice(), file}, environment);
    if (!whole)
        return notReadable(file, whole.error());
    return Status::success();
}

} // namespace

bool isServerBackupFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(kServerBackupSuffix, Qt::CaseInsensitive) == 0;
}

Result<ServerDumpFacts> readServerDumpFacts(const QString& file)
{
    Result<QString> restore = findServerTool(u"pg_restore"_s);
    if (!restore)
        return restore.error();
    Result<ToolOutput> data = runServerTool(
        *restore,
        {u"--data-only"_s, u"--table=kartoteka_schema"_s, u"--table=meta"_s, u"--file=-"_s, file},
        QProcessEnvironment::systemEnvironment());
    if (!data)
        return notReadable(file, data.error());
    ServerDumpFacts facts;
    const QList<QHash<QString, QString>> schema = copiedRows(data->out, u"kartoteka_schema"_s);
    if (schema.size() != 1)
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is a dump of another program's database, not a Kartoteka "
                                "backup.")
                             .arg(QDir::toNativeSeparators(file)));
    facts.applicationId = schema.first().value(u"application_id"_s).toInt();
    facts.schemaVersion = schema.first().value(u"version"_s).toInt();
    for (const QHash<QString, QString>& row : copiedRows(data->out, u"meta"_s)) {
        if (row.value(u"key"_s) == u"database_id")
            facts.databaseId = row.value(u"value"_s);
    }
    return facts;
}

Result<bool> readsEveryRow(QSqlDatabase& db)
{
    // Before schema 20 a server database had no staff roles and no policies.
    Result<QVariant> guarded =
        sql::scalar(db, u"SELECT to_regprocedure('kartoteka_can(text)') IS NOT NULL"_s);
    if (!guarded)
        return guarded.error();
    if (!guarded->toBool())
        return true;
    Result<QVariant> all =
        sql::scalar(db, u"SELECT NOT kartoteka_staff() OR (kartoteka_can('clients.all') AND "
                        u"kartoteka_can('reports.all') AND kartoteka_can('audit'))"_s);
    if (!all)
        return all.error();
    return all->toBool();
}

ServerToolLogin serverBackupLogin(const ServerAddress& address, const QString& serverLogin,
                                  const QString& serverPassword)
{
    ServerToolLogin login;
    login.address = address;
    if (!serverLogin.isEmpty())
        login.role = serverLoginRole(address.database, serverLogin);
    login.password = serverPassword;
    return login;
}

Result<ServerDumpMade> dumpServerDatabase(const BackupRequest& request, const QString& target)
{
    Result<ServerAddress> address = parseServerAddress(request.databasePath);
    if (!address)
        return address.error();
    Result<QString> dump = findServerTool(u"pg_dump"_s);
    if (!dump)
        return dump.error();

    ServerDumpMade made;
    made.sourceName = address->toString();
    {
        // The program's own connection, as the same login, first: what it
        // reads must be the whole base, and it says who the base is.
        OpenOptions options;
        options.path = request.databasePath;
        options.mode = ModeChoice::Shared;
        options.createIfMissing = false;
        options.readOnly = true;
        options.allowServer = true;
        options.serverLogin = request.serverLogin;
        options.serverPassword = request.serverPassword;
        Result<std::unique_ptr<Database>> db = Database::open(options);
        if (!db)
            return db.error();
        Result<int> version = (*db)->schemaVersion();
        if (!version)
            return version.error();
        made.schemaVersion = *version;
        Result<QVariant> id =
            sql::scalar((*db)->connection(), u"SELECT value FROM meta WHERE key = 'database_id'"_s);
        if (id)
            made.databaseId = id->toString();
        Result<bool> everything = readsEveryRow((*db)->connection());
        if (!everything)
            return everything.error();
        if (!*everything)
            return makeError(
                ErrorKind::Forbidden,
                Tr::tr("This account cannot back up the server database: the server shows it "
                       "only part of the base, and a backup must hold all of it. Back it up "
                       "signed in as an owner or an administrator, or with the database "
                       "owner's connection."));
    }

    const ServerToolLogin login =
        serverBackupLogin(*address, request.serverLogin, request.serverPassword);
    // One snapshot of the whole base (pg_dump reads in one repeatable-read
    // transaction), so nothing needs pacing as a file's copy does. Row-level
    // security stays on: an account is never given more than it reaches,
    // and readsEveryRow() made sure it reaches everything.
    const QStringList arguments{u"--format=custom"_s, u"--no-password"_s,
                                u"--enable-row-security"_s, u"--lock-wait-timeout=60000"_s,
                                u"--file="_s + target};
    BackupProgress progress;
    auto keepGoing = [&] {
        if (!request.progress)
            return true;
        progress.bytesWritten = QFileInfo(target).size();
        return request.progress(progress);
    };
    Result<ToolOutput> ran =
        runServerTool(*dump, arguments, serverToolEnvironment(login), keepGoing);
    if (!ran) {
        const Error& e = ran.error();
        if (e.kind == ErrorKind::Cancelled)
            return e;
        const QString shown = address->toString();
        switch (e.kind) {
        case ErrorKind::SignInFailed:
            return makeError(e.kind,
                             Tr::tr("The server %1 refused pg_dump's sign-in, so no backup was "
                                    "made. For the database owner's connection, give its "
                                    "password in PGPASSWORD or ~/.pgpass.")
                                 .arg(shown),
                             e.detail);
        case ErrorKind::Io:
            return makeError(e.kind,
                             Tr::tr("pg_dump could not reach the server %1, so no backup was "
                                    "made. Check that the server is running and reachable.")
                                 .arg(shown),
                             e.detail);
        case ErrorKind::DiskFull:
            return makeError(e.kind,
                             Tr::tr("The backup folder %1 is full. Free some space or choose "
                                    "another backup folder; the earlier backups were not "
                                    "touched.")
                                 .arg(QDir::toNativeSeparators(request.folder)),
                             e.detail);
        case ErrorKind::Busy:
            return makeError(e.kind,
                             Tr::tr("The server database is locked by other work (a restore or "
                                    "an upgrade), so no backup was made. Try again later."),
                             e.detail);
        case ErrorKind::Forbidden:
            return makeError(e.kind,
                             Tr::tr("The server did not let this login read the whole database, "
                                    "so no backup was made."),
                             e.detail);
        default:
            return makeError(e.kind,
                             Tr::tr("pg_dump could not back up the server database %1.").arg(shown),
                             e.detail);
        }
    }
    // A small base is dumped before the first look at the cancel button: a
    // cancel that came meanwhile still cancels.
    if (!keepGoing())
        return makeError(ErrorKind::Cancelled, Tr::tr("The backup was cancelled."));
    if (Status s = checkDumpReads(target); !s) {
        Error e = s.error();
        if (e.kind != ErrorKind::NotFound)
            e.message = Tr::tr("The new backup could not be read back, so it was discarded. %1")
                            .arg(e.message);
        return e;
    }
    return made;
}

Result<VerifiedBackup> verifyServerBackupFile(const QString& path, int programSchemaVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s.error();
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file %1.").arg(shown));

    Result<VerifiedBackup> checked = checkAgainstManifest(path);
    if (!checked)
        return checked.error();
    VerifiedBackup result = *checked;
    if (Status s = checkDumpReads(path); !s)
        return s.error();
    Result<ServerDumpFacts> facts = readServerDumpFacts(path);
    if (!facts)
        return facts.error();
    if (facts->applicationId != kApplicationId || facts->schemaVersion <= 0)
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is a dump of another program's database, not a Kartoteka "
                                "backup.")
                             .arg(shown));
    result.schemaVersion = facts->schemaVersion;
    if (Status s = checkSchemaSupported(result.schemaVersion, programSchemaVersion); !s)
        return s.error();
    result.databaseId = facts->databaseId;
    return result;
}

} // namespace kartoteka
