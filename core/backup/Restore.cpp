#include "backup/Restore.h"

#include "audit/AuditLog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/ServerBackup.h"
#include "backup/ServerRestore.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Restore)
};

const QString kSource = u"restore_src"_s;
// Tables a restore leaves exactly as they are, rows, indexes and triggers:
// the audit of who did what outlives any restore (its rows cannot be deleted).
const QStringList kKeptTables{u"audit"_s};

Result<bool> hasTable(QSqlDatabase& db, const QString& schema, const QString& table)
{
    Result<QVariant> found = sql::scalar(db,
                                         u"SELECT count(*) FROM "_s + schema +
                                             u".sqlite_master WHERE type = 'table' AND name = ?"_s,
                                         {table});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

const QString& kStatusPrefix = backupKeys::kStatusPrefix;

struct SchemaObject
{
    QString type; // table / index / trigger / view
    QString name;
    QString table; // the table an index or trigger belongs to
    QString sql;
};

// One schema ("main", the attached backup, or a reference built from our own
// migrations), without SQLite's internal objects. `kinds` says table, view,
// virtual or shadow (FTS5 storage), as SQLite sees it.
struct Schema
{
    QList<SchemaObject> objects; // in creation order
    QHash<QString, QString> kinds;
};

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

Result<Schema> readSchema(QSqlDatabase& db, const QString& schema)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(db, u"SELECT type, name, tbl_name, sql FROM "_s + schema +
                          u".sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY rowid"_s);
    if (!rows)
        return rows.error();
    Schema result;
    for (const QSqlRecord& r : *rows)
        result.objects.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                               r.value(3).toString()});
    Result<QHash<QString, QString>> kinds = tableKinds(db, schema);
    if (!kinds)
        return kinds.error();
    result.kinds = *kinds;
    return result;
}

// What a database of schema `version` holds when our own migrations made it:
// they are run on a private in-memory database, so nothing else is touched.
Result<Schema> referenceSchema(const QList<Migration>& migrations, int version)
{
    sql::Connection memory(u":memory:"_s);
    if (Status s = memory.open(); !s)
        return s.error();
    QSqlDatabase& db = memory.db();
    if (Status s = sql::exec(db, u"BEGIN"_s); !s)
        return s.error();
    Status built = applyMigrations(db, migrations, version);
    Result<Schema> schema = built ? readSchema(db, u"main"_s) : Result<Schema>(built.error());
    (void)sql::exec(db, u"ROLLBACK"_s);
    return schema;
}

// Comparable text of a CREATE statement: comments dropped, runs of white space
// made one (none next to punctuation), words lowercased; quoted text is kept
// exactly, as it can be a name or a value.
QString normalisedSql(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    auto put = [&](QChar c) {
        if (pendingSpace && !out.isEmpty() && isWordChar(out.back()) && isWordChar(c))
            out += u' ';
        pendingSpace = false;
        out += c;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'-' && i + 1 < text.size() && text[i + 1] == u'-') {
            while (i < text.size() && text[i] != u'\n')
                ++i;
            pendingSpace = true;
        } else if (c == u'/' && i + 1 < text.size() && text[i + 1] == u'*') {
            const qsizetype close = text.indexOf(u"*/"_s, i + 2);
            i = close < 0 ? text.size() : close + 1;
            pendingSpace = true;
        } else if (c.isSpace()) {
            pendingSpace = true;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? QChar(u']') : c;
            put(c);
            for (++i; i < text.size(); ++i) {
                out += text[i];
                if (text[i] == closing)
                    break;
            }
        } else {
            put(c.toLower());
        }
    }
    return out;
}

// The backup must hold exactly the objects our migrations create for its
// version, with the same definitions: a trigger, view or altered table of
// someone else's is never run by a restore. FTS5's own storage tables are
// compared by name only, as SQLite writes their definitions itself.
Status checkSchemaMatches(const Schema& backup, const Schema& reference, int version,
                          const QString& file)
{
    QHash<QString, const SchemaObject*> ours;
    for (const SchemaObject& o : reference.objects)
        ours.insert(o.name.toLower(), &o);
    QStringList problems;
    QSet<QString> seen;
    for (const SchemaObject& o : backup.objects) {
        const QString key = o.name.toLower();
        seen.insert(key);
        const SchemaObject* expected = ours.value(key);
        if (!expected) {
            problems.append(u"unknown %1 %2"_s.arg(o.type, o.name));
            continue;
        }
        const bool shadow = reference.kinds.value(expected->name) == u"shadow";
        if (o.type != expected->type ||
            o.table.compare(expected->table, Qt::CaseInsensitive) != 0 ||
            (shadow ? backup.kinds.value(o.name) != u"shadow"
                    : normalisedSql(o.sql) != normalisedSql(expected->sql))) {
            problems.append(u"altered %1 %2"_s.arg(o.type, o.name));
            qCWarning(lcBackup) << "backup" << file << "has another definition of" << o.name << ":"
                                << o.sql;
        }
    }
    for (const SchemaObject& o : reference.objects) {
        if (!seen.contains(o.name.toLower()))
            problems.append(u"missing %1 %2"_s.arg(o.type, o.name));
    }
    if (problems.isEmpty())
        return Status::success();
    return makeError(
        ErrorKind::Foreign,
        Tr::tr("%1 was not restored: it holds database objects that Kartoteka does not "
               "create for schema version %2 (triggers, views or tables added or "
               "changed by someone else). A restore runs nothing but Kartoteka's own "
               "definitions; use another backup.")
            .arg(QDir::toNativeSeparators(file))
            .arg(version),
        problems.mid(0, 20).join(u'\n'));
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

Status dropEverything(QSqlDatabase& db, const QStringList& kept)
{
    Result<QHash<QString, QString>> kinds = tableKinds(db, u"main"_s);
    if (!kinds)
        return kinds.error();
    // Views first, then virtual tables (they drop their shadow tables), then the rest.
    for (const QString& pass : {u"view"_s, u"virtual"_s, u"table"_s}) {
        for (auto it = kinds->cbegin(); it != kinds->cend(); ++it) {
            if (it.value() != pass || it.key().startsWith(u"sqlite_") || kept.contains(it.key()))
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
    CopyIn(QSqlDatabase& db, qint64 sessionId, const Schema& reference, const QString& file)
        : m_db(db), m_sessionId(sessionId), m_reference(reference), m_file(file)
    {
    }

    Status run(int sourceVersion, const QList<Migration>& migrations)
    {
        Result<QVariant> seq =
            sql::scalar(m_db, u"SELECT seq FROM main.sqlite_sequence WHERE name = 'changes'"_s);
        if (!seq)
            return seq.error();
        const qint64 changesSeq = seq->toLongLong();
        for (const QString& table : kKeptTables) {
            Result<bool> present = hasTable(m_db, u"main"_s, table);
            if (!present)
                return present.error();
            if (!*present)
                continue;
            Result<QVariant> keptSeq = sql::scalar(
                m_db, u"SELECT seq FROM main.sqlite_sequence WHERE name = ?"_s, {table});
            if (!keptSeq)
                return keptSeq.error();
            m_kept.insert(table, keptSeq->toLongLong());
        }

        // Checked again as attached: the file may have been replaced since the preview.
        Result<Schema> source = readSchema(m_db, kSource);
        if (!source)
            return source.error();
        if (Status s = checkSchemaMatches(*source, m_reference, sourceVersion, m_file); !s)
            return s;

        if (Status s = keepRuntimeRows(); !s)
            return s;
        if (Status s = dropEverything(m_db, m_kept.keys()); !s)
            return s;
        // Our own definitions, never the backup's text. Tables (virtual ones
        // create their own shadow tables), then data, then indexes and
        // triggers: faster than indexing row by row.
        const QList<SchemaObject>& objects = m_reference.objects;
        for (const SchemaObject& o : objects) {
            if (o.type == u"table" && m_reference.kinds.value(o.name) != u"shadow" &&
                !m_kept.contains(o.name)) {
                if (Status s = sql::exec(m_db, o.sql); !s)
                    return s;
            }
        }
        const QStringList rebuilt = ftsTables();
        for (const SchemaObject& o : objects) {
            const QString kind = m_reference.kinds.value(o.name);
            if (o.type != u"table" || (kind != u"table" && kind != u"shadow"))
                continue;
            if (kind == u"shadow" && rebuilt.contains(ownerOf(o.name, rebuilt)))
                continue;
            if (Status s = copyTable(o.name); !s)
                return s;
        }
        for (const QString& fts : rebuilt) {
            if (Status s = rebuildSearchIndex(fts); !s)
                return s;
        }
        if (Status s = copySequences(changesSeq); !s)
            return s;
        // Views before triggers: an INSTEAD OF trigger is made on its view.
        for (const QString& type : {u"index"_s, u"view"_s, u"trigger"_s}) {
            for (const SchemaObject& o : objects) {
                if (o.type == type && !o.sql.isEmpty() && !m_kept.contains(o.table)) {
                    if (Status s = sql::exec(m_db, o.sql); !s)
                        return s;
                }
            }
        }
        if (Status s = sql::exec(m_db, u"PRAGMA main.user_version = %1"_s.arg(sourceVersion)); !s)
            return s;
        // The upgrade of an older backup belongs to the same transaction: if it
        // fails, the copy goes too, and the database stays as it was.
        if (Status s = applyMigrations(m_db, migrations); !s)
            return s;
        // Who is connected goes back last, in the newest schema's shape, so an
        // upgrade does not blank what the sessions of today record.
        for (const QString& table : std::as_const(m_runtime)) {
            if (Status s = copyRuntimeRows(table); !s)
                return s;
        }
        if (Status s = sql::exec(m_db, u"INSERT OR REPLACE INTO main.settings SELECT * FROM "
                                       u"temp.keep_status"_s);
            !s)
            return s;
        if (Status s = sql::exec(m_db, u"DROP TABLE temp.keep_status"_s); !s)
            return s;
        return sql::exec(m_db, u"UPDATE sessions SET maintenance = NULL WHERE id = ?"_s,
                         {m_sessionId});
    }

    qint64 rowsCopied() const { return m_rows; }

private:
    // Who is connected now is not what was connected when the backup was made,
    // and the record of the last backup describes the backup folder, not the data.
    Status keepRuntimeRows()
    {
        if (Status s = sql::exec(m_db, u"DROP TABLE IF EXISTS temp.keep_status"_s); !s)
            return s;
        // The owner's key too: a restored older backup must not take away the
        // key the owner's copies are sealed to now.
        if (Status s = sql::exec(
                m_db,
                u"CREATE TEMP TABLE keep_status AS SELECT * FROM "
                u"main.settings WHERE (key >= ? AND key < ?) OR key = ?"_s,
                {kStatusPrefix, QString(kStatusPrefix + QChar(0xFFFF)), backupKeys::kOwnerKey});
            !s)
            return s;
        for (const QString& table : runtimeTables()) {
            // A table of a later schema than this database's (sign-in failures
            // before accounts) has nothing to keep.
            Result<bool> present = hasTable(m_db, u"main"_s, table);
            if (!present)
                return present.error();
            if (!*present)
                continue;
            m_runtime.append(table);
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
        if (m_kept.contains(table))
            return Status::success();
        const QString target = u"main."_s + sql::quoteIdentifier(table);
        // A new virtual table already wrote its own shadow rows.
        if (Status s = sql::exec(m_db, u"DELETE FROM "_s + target); !s)
            return s;
        if (runtimeTables().contains(table))
            return Status::success(); // the current rows go back after the upgrade
        Result<int> n = sql::change(m_db, u"INSERT INTO "_s + target + u" SELECT * FROM "_s +
                                              kSource + u"."_s + sql::quoteIdentifier(table));
        if (!n)
            return n.error();
        m_rows += *n;
        return Status::success();
    }

    // The FTS5 tables of our schema. Their index blobs are not copied from the
    // backup, where a crafted or damaged one would be parsed by every later
    // search: each index is built afresh from the text it indexes.
    QStringList ftsTables() const
    {
        QStringList names;
        for (const SchemaObject& o : m_reference.objects) {
            if (m_reference.kinds.value(o.name) == u"virtual" &&
                normalisedSql(o.sql).contains(u"using fts5"_s))
                names.append(o.name);
        }
        return names;
    }

    // The virtual table whose storage `shadow` is ("client_words" for "client_words_data").
    static QString ownerOf(const QString& shadow, const QStringList& tables)
    {
        QString owner;
        for (const QString& t : tables) {
            if (shadow.startsWith(t + u'_') && t.size() > owner.size())
                owner = t;
        }
        return owner;
    }

    Status rebuildSearchIndex(const QString& table)
    {
        const QString target = u"main."_s + sql::quoteIdentifier(table);
        const QString content = table + u"_content"_s;
        if (m_reference.kinds.value(content) != u"shadow") {
            // External content: the indexed table was copied above.
            return sql::exec(m_db, u"INSERT INTO "_s + target + u" ("_s +
                                       sql::quoteIdentifier(table) + u") VALUES ('rebuild')"_s);
        }
        // The text an FTS5 table keeps itself lives in its _content table as
        // plain rows (id, c0, c1, ...): read as data, indexed anew.
        Result<QStringList> columns = columnsOf(m_db, u"main"_s, table);
        Result<QStringList> stored = columnsOf(m_db, u"main"_s, content);
        if (!columns || !stored)
            return !columns ? columns.error() : stored.error();
        if (stored->size() != columns->size() + 1)
            return makeError(ErrorKind::Failed,
                             Tr::tr("The search index %1 could not be rebuilt.").arg(table),
                             stored->join(u", "_s));
        QStringList into{u"rowid"_s};
        QStringList from;
        for (const QString& c : *columns)
            into.append(sql::quoteIdentifier(c));
        for (const QString& c : *stored)
            from.append(sql::quoteIdentifier(c));
        Result<int> n =
            sql::change(m_db, u"INSERT INTO "_s + target + u" ("_s + into.join(u", "_s) +
                                  u") SELECT "_s + from.join(u", "_s) + u" FROM "_s + kSource +
                                  u"."_s + sql::quoteIdentifier(content));
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
        if (Status s =
                sql::exec(m_db, u"INSERT OR REPLACE INTO main."_s + sql::quoteIdentifier(table) +
                                    u" ("_s + list + u") SELECT "_s + list + u" FROM temp."_s +
                                    sql::quoteIdentifier(keep));
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
        // The kept tables' counters stay theirs: a new audit row never takes
        // the number of one made before the restore.
        QHash<QString, qint64> counters = m_kept;
        counters.insert(u"changes"_s, changesSeqBefore);
        for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
            const bool kept = it.key() != u"changes";
            if (Status s = sql::exec(m_db,
                                     kept ? u"UPDATE main.sqlite_sequence SET seq = ? "
                                            u"WHERE name = ?"_s
                                          : u"UPDATE main.sqlite_sequence SET seq = max(seq, ?) "
                                            u"WHERE name = ?"_s,
                                     {it.value(), it.key()});
                !s)
                return s;
            if (Status s = sql::exec(m_db,
                                     u"INSERT INTO main.sqlite_sequence (name, seq) SELECT ?, ? "
                                     u"WHERE NOT EXISTS (SELECT 1 FROM main.sqlite_sequence "
                                     u"WHERE name = ?)"_s,
                                     {it.key(), it.value(), it.key()});
                !s)
                return s;
        }
        return Status::success();
    }

    QSqlDatabase& m_db;
    qint64 m_sessionId;
    const Schema& m_reference;
    QString m_file;
    qint64 m_rows = 0;
    QHash<QString, qint64> m_kept; // kept table -> its AUTOINCREMENT counter before
    QStringList m_runtime;         // the runtime tables whose rows go back
};

} // namespace

Result<QString> databaseIdOf(QSqlDatabase& db)
{
    Result<QVariant> id = sql::scalar(db, u"SELECT value FROM meta WHERE key = 'database_id'"_s);
    if (!id)
        return id.error();
    return id->toString();
}

Result<RestorePreview> previewRestore(const QString& file, const QString& openDatabaseId,
                                      const QList<Migration>& migrations)
{
    const int programVersion = migrations.isEmpty() ? 0 : migrations.last().version;
    Result<VerifiedBackup> verified = verifyBackupFile(file, programVersion);
    if (!verified)
        return verified.error();
    // A server's dump brings the server's own definitions: there is no
    // SQLite schema in it to compare with ours (ServerRestore.h).
    const bool serverDump = isServerBackupFile(file);

    Result<Schema> reference = serverDump ? Result<Schema>(Schema{})
                                          : referenceSchema(migrations, verified->schemaVersion);
    if (!reference)
        return reference.error();
    if (!serverDump) {
        sql::Connection backup(file, u"QSQLITE_OPEN_READONLY"_s);
        if (Status s = backup.open(); !s)
            return s.error();
        Result<Schema> found = readSchema(backup.db(), u"main"_s);
        if (!found)
            return found.error();
        if (Status s = checkSchemaMatches(*found, *reference, verified->schemaVersion, file); !s)
            return s.error();
    }

    RestorePreview preview;
    preview.backup = *verified;
    preview.verified = verified->checksumChecked;
    // The id inside the file decides; the manifest may be missing.
    preview.otherDatabase = verified->databaseId.isEmpty() || openDatabaseId.isEmpty() ||
                            verified->databaseId != openDatabaseId;
    if (verified->info.hasManifest && !verified->info.sourcePath.isEmpty())
        // The whole path: two shops' files are often both called kartoteka.sqlite.
        preview.sourceName = QDir::toNativeSeparators(verified->info.sourcePath);
    return preview;
}

Status saveAndHoldOthersOff(Database& db, SessionRegistry& session, const QString& safetyFolder,
                            RestoreReport& report)
{
    Result<BackupInfo> safety =
        createBackup(backupRequestFor(db, safetyFolder, BackupKind::Safety));
    if (!safety) {
        Error e = safety.error();
        e.message = Tr::tr("The current data could not be saved to a safety copy first, so "
                           "nothing was restored. %1")
                        .arg(e.message);
        return e;
    }
    report.safetyBackup = safety->file;
    if (session.id() == 0) {
        if (Status s = session.start(); !s)
            return s;
    }
    return session.setMaintenance(Tr::tr("restoring a backup"));
}

Result<RestoreReport> restoreBackup(Database& db, SessionRegistry& session, const QString& file,
                                    const QString& safetyFolder, const RestoreConsent& consent,
                                    const QList<Migration>& given)
{
    const QString shown = QDir::toNativeSeparators(file);
    // A file's backup into a server database, or a server's into a file:
    // each holds the other kind's definitions, never restored across.
    const bool server = db.backend() == Backend::PostgreSql;
    if (server && !isServerBackupFile(file))
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is a backup of a database file, and this database is on a "
                                "server: a server database is restored only from its own "
                                "backups (.pgdump). Restore the file's backup into a database "
                                "file, then move that to the server (kartoteka-cli migrate).")
                             .arg(shown));
    if (!server && isServerBackupFile(file))
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is a backup of a database on a server (.pgdump), and this "
                                "database is a file: restore it into the server database it "
                                "was made of.")
                             .arg(shown));
    // A server runs the twins of the built-in steps (resources/sql/postgresql).
    const QList<Migration>& migrations =
        server && &given == &builtinMigrations() ? builtinMigrations(Backend::PostgreSql) : given;
    Result<QString> openId = databaseIdOf(db.connection());
    if (!openId)
        return openId.error();
    Result<RestorePreview> preview = previewRestore(file, *openId, migrations);
    if (!preview)
        return preview.error();
    if (preview->otherDatabase && !consent.otherDatabase) {
        const QString whose =
            preview->sourceName.isEmpty()
                ? Tr::tr("%1 is a backup of another database, not of the open one.").arg(shown)
                : Tr::tr("%1 is a backup of «%2», not of the open database.")
                      .arg(shown, preview->sourceName);
        return makeError(ErrorKind::OtherDatabase,
                         whose + u' ' +
                             Tr::tr("Restoring it replaces this database's data with that "
                                    "database's; confirm that this is what you want."));
    }
    if (!preview->verified && !consent.unverified)
        return makeError(
            ErrorKind::Unverified,
            Tr::tr("%1 is not verified: it has no manifest with a checksum, so damage "
                   "or changes since it was made cannot be ruled out. Confirm that you "
                   "want to restore it anyway.")
                .arg(shown));
    if (server)
        return restoreServerDump(db, session, file, *preview, safetyFolder);
    Result<Schema> reference = referenceSchema(migrations, preview->backup.schemaVersion);
    if (!reference)
        return reference.error();

    RestoreReport report;
    report.restoredFrom = shown;
    report.restoredSchemaVersion = preview->backup.schemaVersion;
    if (Status s = saveAndHoldOthersOff(db, session, safetyFolder, report); !s)
        return s.error();

    QSqlDatabase& c = db.connection();
    // Foreign keys cannot be switched inside a transaction; the copy is
    // consistent as a whole, not table by table.
    (void)sql::exec(c, u"PRAGMA foreign_keys = OFF"_s);
    Status attached = sql::exec(c, u"ATTACH DATABASE ? AS "_s + kSource, {file});
    CopyIn copy(c, session.id(), *reference, file);
    // Who restored what: in the kept audit, committed with the copy itself.
    auto restoreRecord = [&](const QJsonObject& outcome) {
        QJsonObject details = outcome;
        details.insert(u"file"_s, shown);
        details.insert(u"safety_backup"_s, QDir::toNativeSeparators(report.safetyBackup));
        details.insert(u"schema_version"_s, report.restoredSchemaVersion);
        return AuditRecord{auditAction::kRestore, {}, 0, 0, {}, details};
    };
    Status copied =
        attached ? db.write(
                       [&](Transaction& tx) -> Status {
                           tx.recordChange(u"*"_s, 0, ChangeOp::Reload);
                           if (Status s = copy.run(report.restoredSchemaVersion, migrations); !s)
                               return s;
                           Result<bool> audited = hasTable(c, u"main"_s, u"audit"_s);
                           if (!audited || !*audited)
                               return audited ? Status::success() : Status(audited.error());
                           return recordAudit(tx, restoreRecord({{u"ok"_s, true},
                                                                 {u"rows"_s, copy.rowsCopied()}}));
                       },
                       Database::IgnoreMaintenance)
                 : attached;
    if (attached)
        (void)sql::exec(c, u"DETACH DATABASE "_s + kSource);
    (void)sql::exec(c, u"PRAGMA foreign_keys = ON"_s);
    if (!copied) {
        (void)session.clearMaintenance();
        if (Result<bool> audited = hasTable(c, u"main"_s, u"audit"_s); audited && *audited)
            (void)recordAudit(
                db, restoreRecord({{u"ok"_s, false}, {u"error"_s, copied.error().message}}));
        Error e = copied.error();
        e.message = Tr::tr("The backup could not be copied in; the current data was left as it "
                           "was. %1")
                        .arg(e.message);
        return e;
    }
    report.rowsCopied = copy.rowsCopied();
    qCInfo(lcBackup) << "restored" << file << "rows:" << report.rowsCopied;
    Result<int> after = db.schemaVersion();
    report.schemaVersionAfter = after ? *after : report.restoredSchemaVersion;
    return report;
}

} // namespace kartoteka
