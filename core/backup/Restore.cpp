#include "backup/Restore.h"

#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka::Restore", text);
}

const QString kSource = u"restore_src"_s;
const QString& kStatusPrefix = backupKeys::kStatusPrefix;

struct SchemaObject
{
    QString type; // table / index / trigger / view
    QString name;
    QString sql;
};

// Objects of one schema ("main" or the attached backup), our own names only.
Result<QList<SchemaObject>> schemaObjects(QSqlDatabase& db, const QString& schema)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(db, u"SELECT type, name, sql FROM "_s + schema +
                          u".sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY rowid"_s);
    if (!rows)
        return rows.error();
    QList<SchemaObject> objects;
    for (const QSqlRecord& r : *rows)
        objects.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString()});
    return objects;
}

// Table kinds as SQLite sees them: table, view, virtual, shadow (FTS5 storage).
Result<QHash<QString, QString>> tableKinds(QSqlDatabase& db, const QString& schema)
{
    Result<QList<QSqlRecord>> rows = sql::rows(db, u"PRAGMA "_s + schema + u".table_list"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QString> kinds;
    for (const QSqlRecord& r : *rows)
        kinds.insert(r.value(u"name"_s).toString(), r.value(u"type"_s).toString());
    return kinds;
}

Result<QStringList> columnsOf(QSqlDatabase& db, const QString& schema, const QString& table)
{
    Result<QList<QSqlRecord>> rows = sql::rows(db, u"PRAGMA "_s + schema + u".table_info("_s +
                                                       sql::quoteIdentifier(table) + u")"_s);
    if (!rows)
        return rows.error();
    QStringList columns;
    for (const QSqlRecord& r : *rows)
        columns.append(r.value(u"name"_s).toString());
    return columns;
}

Status dropEverything(QSqlDatabase& db)
{
    Result<QHash<QString, QString>> kinds = tableKinds(db, u"main"_s);
    if (!kinds)
        return kinds.error();
    // Views first, then virtual tables (they drop their shadow tables), then the rest.
    for (const QString& pass : {u"view"_s, u"virtual"_s, u"table"_s}) {
        for (auto it = kinds->cbegin(); it != kinds->cend(); ++it) {
            if (it.value() != pass || it.key().startsWith(u"sqlite_"))
                continue;
            const QString what = pass == u"view" ? u"VIEW"_s : u"TABLE"_s;
            if (Status s = sql::exec(db, u"DROP "_s + what + u" IF EXISTS main."_s +
                                             sql::quoteIdentifier(it.key()));
                !s)
                return s;
        }
    }
    return Status::success();
}

class CopyIn
{
public:
    CopyIn(QSqlDatabase& db, qint64 sessionId) : m_db(db), m_sessionId(sessionId) {}

    Status run(int sourceVersion)
    {
        Result<QVariant> seq =
            sql::scalar(m_db, u"SELECT seq FROM main.sqlite_sequence WHERE name = 'changes'"_s);
        if (!seq)
            return seq.error();
        const qint64 changesSeq = seq->toLongLong();

        Result<QList<SchemaObject>> objects = schemaObjects(m_db, kSource);
        Result<QHash<QString, QString>> kinds = tableKinds(m_db, kSource);
        if (!objects || !kinds)
            return !objects ? objects.error() : kinds.error();

        if (Status s = keepRuntimeRows(); !s)
            return s;
        if (Status s = dropEverything(m_db); !s)
            return s;
        // Tables (virtual ones create their own shadow tables), then data,
        // then indexes, triggers and views: faster than indexing row by row.
        for (const SchemaObject& o : *objects) {
            const QString kind = kinds->value(o.name);
            if (o.type == u"table" && kind != u"shadow") {
                if (Status s = sql::exec(m_db, o.sql); !s)
                    return s;
            }
        }
        for (auto it = kinds->cbegin(); it != kinds->cend(); ++it) {
            if ((it.value() == u"table" || it.value() == u"shadow") &&
                !it.key().startsWith(u"sqlite_")) {
                if (Status s = copyTable(it.key()); !s)
                    return s;
            }
        }
        if (Status s = copySequences(changesSeq); !s)
            return s;
        for (const QString& type : {u"index"_s, u"trigger"_s, u"view"_s}) {
            for (const SchemaObject& o : *objects) {
                if (o.type == type && !o.sql.isEmpty()) {
                    if (Status s = sql::exec(m_db, o.sql); !s)
                        return s;
                }
            }
        }
        if (Status s = sql::exec(m_db, u"INSERT OR REPLACE INTO main.settings SELECT * FROM "
                                       u"temp.keep_status"_s);
            !s)
            return s;
        if (Status s = sql::exec(m_db, u"DROP TABLE temp.keep_status"_s); !s)
            return s;
        if (Status s = sql::exec(m_db, u"UPDATE sessions SET maintenance = NULL WHERE id = ?"_s,
                                 {m_sessionId});
            !s)
            return s;
        return sql::exec(m_db, u"PRAGMA main.user_version = %1"_s.arg(sourceVersion));
    }

    qint64 rowsCopied() const { return m_rows; }

private:
    // Who is connected now is not what was connected when the backup was made,
    // and the record of the last backup describes the backup folder, not the data.
    Status keepRuntimeRows()
    {
        if (Status s = sql::exec(m_db, u"DROP TABLE IF EXISTS temp.keep_status"_s); !s)
            return s;
        if (Status s = sql::exec(m_db,
                                 u"CREATE TEMP TABLE keep_status AS SELECT * FROM "
                                 u"main.settings WHERE key >= ? AND key < ?"_s,
                                 {kStatusPrefix, QString(kStatusPrefix + QChar(0xFFFF))});
            !s)
            return s;
        for (const QString& table : runtimeTables()) {
            const QString keep = sql::quoteIdentifier(u"keep_"_s + table);
            if (Status s = sql::exec(m_db, u"DROP TABLE IF EXISTS temp."_s + keep); !s)
                return s;
            if (Status s =
                    sql::exec(m_db, u"CREATE TEMP TABLE "_s + keep + u" AS SELECT * FROM main."_s +
                                        sql::quoteIdentifier(table));
                !s)
                return s;
        }
        return Status::success();
    }

    Status copyTable(const QString& table)
    {
        const QString target = u"main."_s + sql::quoteIdentifier(table);
        // A new virtual table already wrote its own shadow rows.
        if (Status s = sql::exec(m_db, u"DELETE FROM "_s + target); !s)
            return s;
        if (runtimeTables().contains(table))
            return copyRuntimeRows(table);
        Result<int> n = sql::change(m_db, u"INSERT INTO "_s + target + u" SELECT * FROM "_s +
                                              kSource + u"."_s + sql::quoteIdentifier(table));
        if (!n)
            return n.error();
        m_rows += *n;
        return Status::success();
    }

    Status copyRuntimeRows(const QString& table)
    {
        const QString keep = u"keep_"_s + table;
        Result<QStringList> now = columnsOf(m_db, u"main"_s, table);
        Result<QStringList> kept = columnsOf(m_db, u"temp"_s, keep);
        if (!now || !kept)
            return !now ? now.error() : kept.error();
        QStringList common;
        for (const QString& c : *now) {
            if (kept->contains(c))
                common.append(sql::quoteIdentifier(c));
        }
        const QString list = common.join(u", "_s);
        if (Status s = sql::exec(m_db, u"INSERT INTO main."_s + sql::quoteIdentifier(table) +
                                           u" ("_s + list + u") SELECT "_s + list +
                                           u" FROM temp."_s + sql::quoteIdentifier(keep));
            !s)
            return s;
        return sql::exec(m_db, u"DROP TABLE temp."_s + sql::quoteIdentifier(keep));
    }

    // AUTOINCREMENT counters come from the backup, except that change-feed ids
    // never go back: watchers on other PCs must see the restore as new.
    Status copySequences(qint64 changesSeqBefore)
    {
        Result<QVariant> hasSeq =
            sql::scalar(m_db, u"SELECT count(*) FROM "_s + kSource +
                                  u".sqlite_master WHERE name = 'sqlite_sequence'"_s);
        if (!hasSeq)
            return hasSeq.error();
        if (hasSeq->toInt() > 0) {
            if (Status s = sql::exec(m_db, u"DELETE FROM main.sqlite_sequence"_s); !s)
                return s;
            if (Status s = sql::exec(m_db, u"INSERT INTO main.sqlite_sequence SELECT * FROM "_s +
                                               kSource + u".sqlite_sequence"_s);
                !s)
                return s;
        }
        if (Status s = sql::exec(m_db,
                                 u"UPDATE main.sqlite_sequence SET seq = max(seq, ?) "
                                 u"WHERE name = 'changes'"_s,
                                 {changesSeqBefore});
            !s)
            return s;
        return sql::exec(m_db,
                         u"INSERT INTO main.sqlite_sequence (name, seq) SELECT 'changes', ? "
                         u"WHERE NOT EXISTS (SELECT 1 FROM main.sqlite_sequence "
                         u"WHERE name = 'changes')"_s,
                         {changesSeqBefore});
    }

    QSqlDatabase& m_db;
    qint64 m_sessionId;
    qint64 m_rows = 0;
};

} // namespace

Result<RestoreReport> restoreBackup(Database& db, SessionRegistry& session, const QString& file,
                                    const QString& safetyFolder, const QList<Migration>& migrations)
{
    const int programVersion = migrations.isEmpty() ? 0 : migrations.last().version;
    Result<VerifiedBackup> verified = verifyBackupFile(file, programVersion);
    if (!verified)
        return verified.error();

    RestoreReport report;
    report.restoredFrom = QDir::toNativeSeparators(file);
    report.restoredSchemaVersion = verified->schemaVersion;

    Result<BackupInfo> safety =
        createBackup({db.path(), db.mode(), safetyFolder, BackupKind::Safety});
    if (!safety) {
        Error e = safety.error();
        e.message = tr("The current data could not be saved to a safety copy first, so "
                       "nothing was restored. %1")
                        .arg(e.message);
        return e;
    }
    report.safetyBackup = safety->file;

    if (session.id() == 0) {
        if (Status s = session.start(); !s)
            return s.error();
    }
    if (Status s = session.setMaintenance(tr("restoring a backup")); !s)
        return s.error();

    QSqlDatabase& c = db.connection();
    // Foreign keys cannot be switched inside a transaction; the copy is
    // consistent as a whole, not table by table.
    (void)sql::exec(c, u"PRAGMA foreign_keys = OFF"_s);
    Status attached = sql::exec(c, u"ATTACH DATABASE ? AS "_s + kSource, {file});
    CopyIn copy(c, session.id());
    Status copied = attached ? db.write(
                                   [&](Transaction& tx) {
                                       tx.recordChange(u"*"_s, 0, ChangeOp::Reload);
                                       return copy.run(verified->schemaVersion);
                                   },
                                   Database::IgnoreMaintenance)
                             : attached;
    if (attached)
        (void)sql::exec(c, u"DETACH DATABASE "_s + kSource);
    (void)sql::exec(c, u"PRAGMA foreign_keys = ON"_s);
    if (!copied) {
        (void)session.clearMaintenance();
        Error e = copied.error();
        e.message = tr("The backup could not be copied in; the current data was left as it "
                       "was. %1")
                        .arg(e.message);
        return e;
    }
    report.rowsCopied = copy.rowsCopied();
    qCInfo(lcBackup) << "restored" << file << "rows:" << report.rowsCopied;

    // The safety copy above already protects an upgrade of an older backup.
    if (Status s = migrate(db, migrations); !s)
        return s.error();
    Result<int> after = db.schemaVersion();
    report.schemaVersionAfter = after ? *after : report.restoredSchemaVersion;
    return report;
}

} // namespace kartoteka
