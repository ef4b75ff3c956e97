#include "backup/ServerRestore.h"

#include "audit/AuditLog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/ServerBackup.h"
#include "backup/ServerTools.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Restore)
};

// Tables whose identity counters must not go back with the backup's: the
// change feed (watchers on other PCs must see the restore as new), the
// audit (a new entry never takes an old one's number) and the sessions.
const QStringList kCountedTables{u"changes"_s, u"audit"_s, u"sessions"_s};

Error ownerOnly()
{
    return makeError(
        ErrorKind::Forbidden,
        Tr::tr("Restoring a server database replaces its tables, which only the role that owns "
               "them may do (the one that moved the base to the server, such as "
               "kartoteka_admin). Put that role in the address "
               "(postgresql://kartoteka_admin@SERVER/DATABASE) and its password in PGPASSWORD "
               "or ~/.pgpass, then restore again. Nothing was changed."));
}

// Whether the session's role owns Kartoteka's tables (or is a superuser,
// who may act as any role).
Result<bool> ownsTables(QSqlDatabase& db)
{
    Result<QVariant> owns =
        sql::scalar(db, u"SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                        u"WHERE c.oid = to_regclass('kartoteka_schema')"_s);
    if (!owns)
        return owns.error();
    return owns->toBool();
}

Result<bool> tableExists(QSqlDatabase& db, const QString& table)
{
    Result<QVariant> found = sql::scalar(db, u"SELECT to_regclass(?) IS NOT NULL"_s, {table});
    if (!found)
        return found.error();
    return found->toBool();
}

// Who runs pg_restore's statements: the connection's own login when it owns
// the tables, else the address's user with libpq's own password.
Result<ServerToolLogin> restorerLogin(Database& db, const ServerAddress& address)
{
    const OpenOptions options = db.reopenOptions();
    Result<bool> owns = ownsTables(db.connection());
    if (!owns)
        return owns.error();
    if (*owns)
        return serverBackupLogin(address, options.serverLogin, options.serverPassword);
    if (options.serverLogin.isEmpty())
        return ownerOnly();
    sql::Connection owner(address);
    if (Status s = owner.open(); !s) {
        qCInfo(lcBackup) << "the address's own user cannot connect for the restore:"
                         << owner.db().lastError().text();
        return ownerOnly();
    }
    Result<bool> ownerOwns = ownsTables(owner.db());
    if (!ownerOwns)
        return ownerOwns.error();
    if (!*ownerOwns)
        return ownerOnly();
    return serverBackupLogin(address, {}, {});
}

// Our statements around the dump's, as constant SQL: only our own table
// names, never a value from the data or from a person.
struct Wrapping
{
    QString before;
    QString after;
};

Result<Wrapping> wrapping(QSqlDatabase& db)
{
    Wrapping w;
    QStringList kept = runtimeTables();
    kept.prepend(u"audit"_s);
    QStringList present;
    for (const QString& table : std::as_const(kept)) {
        Result<bool> exists = tableExists(db, table);
        if (!exists)
            return exists.error();
        if (*exists)
            present.append(table);
    }
    // pg_restore's statements empty the search path; ours name the schema
    // the program's connection uses.
    Result<QVariant> schema = sql::scalar(db, u"SELECT quote_ident(current_schema())"_s);
    if (!schema)
        return schema.error();
    const QString in = schema->toString() + u'.';
    auto keep = [](const QString& table) -> QString { return u"kartoteka_keep_"_s + table; };

    QStringList counters;
    for (const QString& table : kCountedTables) {
        if (present.contains(table) || table == u"changes")
            counters.append(
                u"SELECT '%1'::text AS t, pg_sequence_last_value("
                u"pg_get_serial_sequence('%2%1', 'id')::regclass) AS v"_s.arg(table, in));
    }
    w.before = u"CREATE TEMP TABLE kartoteka_keep_counters ON COMMIT DROP AS "_s +
               counters.join(u" UNION ALL "_s) + u";\n"_s;
    for (const QString& table : std::as_const(present))
        w.before += u"CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT * FROM %2%3;\n"_s.arg(
            keep(table), in, table);
    w.before += u"CREATE TEMP TABLE kartoteka_keep_status ON COMMIT DROP AS SELECT * FROM "
                u"%1settings WHERE starts_with(key, '%2') OR key = '%3';\n"_s.arg(
                    in, backupKeys::kStatusPrefix, backupKeys::kOwnerKey);

    // The audit outlives any restore, as on a file: its rows go back whole
    // (TRUNCATE, as its triggers refuse a DELETE even from the owner).
    for (const QString& table : std::as_const(present)) {
        w.after +=
            (table == u"audit" ? u"TRUNCATE %1%2;\n"_s : u"DELETE FROM %1%2;\n"_s).arg(in, table);
        w.after += u"INSERT INTO %1%2 SELECT * FROM %3;\n"_s.arg(in, table, keep(table));
    }
    w.after += u"DELETE FROM %1settings WHERE key IN (SELECT key FROM kartoteka_keep_status);\n"
               u"INSERT INTO %1settings SELECT * FROM kartoteka_keep_status;\n"_s.arg(in);
    for (const QString& table : kCountedTables) {
        if (!present.contains(table) && table != u"changes")
            continue;
        w.after += u"SELECT setval(pg_get_serial_sequence('%1%2', 'id'), greatest("
                   u"(SELECT max(v) FROM kartoteka_keep_counters WHERE t = '%2'), "
                   u"(SELECT max(id) FROM %1%2), 1));\n"_s.arg(in, table);
    }
    return w;
}

// The dump's table of contents without the extensions: they belong to the
// server's administrator (pg_trgm stays installed), and dropping or
// commenting one is refused to the database's owner.
Result<QString> restoreList(const QString& pgRestore, const QString& file, QTemporaryFile& list)
{
    Result<ToolOutput> toc =
        runServerTool(pgRestore, {u"--list"_s, file}, QProcessEnvironment::systemEnvironment());
    if (!toc)
        return toc.error();
    static const QRegularExpression extension(
        u"^\\d+; \\d+ \\d+ (EXTENSION|COMMENT - EXTENSION) "_s);
    QByteArray filtered;
    for (const QByteArray& line : toc->out.split('\n')) {
        if (extension.match(QString::fromUtf8(line)).hasMatch())
            filtered += ';';
        filtered += line + '\n';
    }
    if (!list.open() || list.write(filtered) != filtered.size() || !list.flush())
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot write a temporary file: %1").arg(list.errorString()));
    return list.fileName();
}

// psql says "COPY 123" for each table it fills.
qint64 copiedRows(const QByteArray& psqlOutput)
{
    static const QRegularExpression copy(u"^COPY (\\d+)$"_s, QRegularExpression::MultilineOption);
    qint64 rows = 0;
    for (const QRegularExpressionMatch& m : copy.globalMatch(QString::fromUtf8(psqlOutput)))
        rows += m.captured(1).toLongLong();
    return rows;
}

} // namespace

Result<RestoreReport> restoreServerDump(Database& db, SessionRegistry& session, const QString& file,
                                        const RestorePreview& preview, const QString& safetyFolder)
{
    const QString shown = QDir::toNativeSeparators(file);
    Result<ServerAddress> address = parseServerAddress(db.path());
    if (!address)
        return address.error();
    Result<int> current = db.schemaVersion();
    if (!current)
        return current.error();
    // The dump brings its own definitions; a restore in place keeps the
    // version, or the newer steps' objects would stay beside older data.
    if (preview.backup.schemaVersion != *current)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 was made at schema version %2, and this server database is at version "
                   "%3. A server database is restored in place only from a backup of its own "
                   "version. Restore an older one into a new, empty server database "
                   "(pg_restore --no-owner --no-acl --dbname NEW %1) and open that: Kartoteka "
                   "upgrades it.")
                .arg(shown)
                .arg(preview.backup.schemaVersion)
                .arg(*current));
    Result<QString> pgRestore = findServerTool(u"pg_restore"_s);
    if (!pgRestore)
        return pgRestore.error();
    Result<QString> psql = findServerTool(u"psql"_s);
    if (!psql)
        return psql.error();
    Result<ServerToolLogin> login = restorerLogin(db, *address);
    if (!login)
        return login.error();
    Result<Wrapping> wrap = wrapping(db.connection());
    if (!wrap)
        return wrap.error();

    RestoreReport report;
    report.restoredFrom = shown;
    report.restoredSchemaVersion = preview.backup.schemaVersion;

    if (Status s = saveAndHoldOthersOff(db, session, safetyFolder, report); !s)
        return s.error();

    auto restoreRecord = [&](const QJsonObject& outcome) {
        QJsonObject details = outcome;
        details.insert(u"file"_s, shown);
        details.insert(u"safety_backup"_s, QDir::toNativeSeparators(report.safetyBackup));
        details.insert(u"schema_version"_s, report.restoredSchemaVersion);
        return AuditRecord{auditAction::kRestore, {}, 0, 0, {}, details};
    };
    auto failed = [&](const Error& cause) -> Result<RestoreReport> {
        (void)session.clearMaintenance();
        (void)recordAudit(db, restoreRecord({{u"ok"_s, false}, {u"error"_s, cause.message}}));
        qCWarning(lcBackup) << "server restore failed:" << cause.message << cause.detail;
        Error e = cause;
        e.message = Tr::tr("The backup could not be copied in; the current data was left as it "
                           "was. %1")
                        .arg(cause.message);
        return e;
    };

    QTemporaryFile list(QDir::temp().filePath(u"kartoteka-restore-XXXXXX.list"_s));
    Result<QString> listFile = restoreList(*pgRestore, file, list);
    if (!listFile)
        return failed(listFile.error());
    const QStringList restoreArguments{u"--clean"_s,
                                       u"--if-exists"_s,
                                       u"--no-owner"_s,
                                       u"--exit-on-error"_s,
                                       u"--use-list="_s + *listFile,
                                       u"--file=-"_s,
                                       file};
    // One transaction around our prologue, the dump and our epilogue; the
    // first error stops psql, which then rolls it all back.
    const QStringList psqlArguments{u"--no-psqlrc"_s,
                                    u"--no-password"_s,
                                    u"--set=ON_ERROR_STOP=1"_s,
                                    u"--single-transaction"_s,
                                    u"--command="_s + wrap->before,
                                    u"--file=-"_s,
                                    u"--command="_s + wrap->after};
    Result<ToolOutput> ran = runServerToolPipe(*pgRestore, restoreArguments, *psql, psqlArguments,
                                               serverToolEnvironment(*login));
    if (!ran) {
        Error e = ran.error();
        if (e.kind == ErrorKind::SignInFailed)
            e.message = Tr::tr("The server refused the sign-in of the role that restores; give "
                               "its password in PGPASSWORD or ~/.pgpass.");
        else if (e.kind == ErrorKind::Io)
            e.message = Tr::tr("The server %1 could not be reached.").arg(address->toString());
        else if (e.kind != ErrorKind::NotFound)
            e.message = Tr::tr("The server refused a statement of the backup.");
        return failed(e);
    }
    report.rowsCopied = copiedRows(ran->out);

    // Every PC reloads, the audit says who restored what, and the others
    // may save again: one transaction.
    Status finished = db.write(
        [&](Transaction& tx) -> Status {
            tx.recordChange(u"*"_s, 0, ChangeOp::Reload);
            if (Status s = recordAudit(
                    tx, restoreRecord({{u"ok"_s, true}, {u"rows"_s, report.rowsCopied}}));
                !s)
                return s;
            return sql::exec(tx.db(), u"UPDATE sessions SET maintenance = NULL WHERE id = ?"_s,
                             {session.id()});
        },
        Database::IgnoreMaintenance);
    if (!finished) {
        qCWarning(lcBackup) << "restored, but the reload could not be announced:"
                            << finished.error().message;
        (void)session.clearMaintenance();
    }
    qCInfo(lcBackup) << "restored" << file << "into" << db.path() << "rows:" << report.rowsCopied;
    Result<int> after = db.schemaVersion();
    report.schemaVersionAfter = after ? *after : report.restoredSchemaVersion;
    return report;
}

} // namespace kartoteka
