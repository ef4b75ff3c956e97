#include "workspace/MoveToServer.h"

#include "accounts/Passwords.h"
#include "accounts/ServerLogins.h"
#include "audit/AuditLog.h"
#include "clients/SearchIndex.h"
#include "storage/BatchInsert.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::MoveToServer)
};

struct Column
{
    QString name;
    QString type; // the server's data_type: bigint, text, double precision...
};

struct Table
{
    QString name;
    QList<Column> columns;
    QStringList selfReferences; // columns naming another row of the same table
};

// Tables the move does not copy: the schema's own record (the migrations
// write it), the server's search table (made from the file's indexes), and
// who is connected right now.
bool copied(const QString& table)
{
    return table != u"kartoteka_schema"_s && table != u"client_search"_s &&
           !runtimeTables().contains(table);
}

Result<QList<Table>> serverTables(QSqlDatabase& db)
{
    Result<QList<QSqlRecord>> names = sql::rows(
        db, u"SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
            u"ORDER BY tablename"_s);
    if (!names)
        return names.error();
    QList<Table> tables;
    for (const QSqlRecord& n : *names) {
        Table t{n.value(0).toString(), {}, {}};
        Result<QList<QSqlRecord>> columns = sql::rows(
            db,
            u"SELECT column_name, data_type FROM information_schema.columns "
            u"WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"_s,
            {t.name});
        if (!columns)
            return columns.error();
        for (const QSqlRecord& c : *columns)
            t.columns.append({c.value(0).toString(), c.value(1).toString()});
        Result<QList<QSqlRecord>> selfRefs = sql::rows(
            db,
            u"SELECT a.attname FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_attribute a "
            u"ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
            u"WHERE c.contype = 'f' AND c.conrelid = c.confrelid AND c.conrelid = ?::regclass"_s,
            {t.name});
        if (!selfRefs)
            return selfRefs.error();
        for (const QSqlRecord& r : *selfRefs)
            t.selfReferences.append(r.value(0).toString());
        tables.append(t);
    }
    return tables;
}

// The tables with those they refer to first, so that every row's references
// exist when it arrives.
Result<QList<Table>> inCopyOrder(QSqlDatabase& db, const QList<Table>& tables)
{
    Result<QList<QSqlRecord>> edges = sql::rows(
        db, u"SELECT c.conrelid::regclass::text, c.confrelid::regclass::text "
            u"FROM pg_catalog.pg_constraint c WHERE c.contype = 'f' "
            u"AND c.connamespace = current_schema()::regnamespace AND c.conrelid <> c.confrelid"_s);
    if (!edges)
        return edges.error();
    QHash<QString, QStringList> refersTo;
    for (const QSqlRecord& e : *edges)
        refersTo[e.value(0).toString()].append(e.value(1).toString());
    QList<Table> ordered;
    QSet<QString> placed, visiting;
    std::function<Status(const Table&)> place = [&](const Table& t) -> Status {
        if (placed.contains(t.name))
            return Status::success();
        if (visiting.contains(t.name))
            return makeError(ErrorKind::Failed,
                             Tr::tr("The server's tables refer to each other in a circle (%1); "
                                    "the base cannot be copied table by table.")
                                 .arg(t.name));
        visiting.insert(t.name);
        for (const QString& parent : refersTo.value(t.name)) {
            for (const Table& p : tables) {
                if (p.name == parent) {
                    if (Status s = place(p); !s)
                        return s;
                }
            }
        }
        visiting.remove(t.name);
        placed.insert(t.name);
        ordered.append(t);
        return Status::success();
    };
    for (const Table& t : tables) {
        if (Status s = place(t); !s)
            return s.error();
    }
    return ordered;
}

// A value as text, the same for the file's and the server's reading of it.
QString canonical(const QVariant& value, const QString& type)
{
    if (value.isNull())
        return u"\x1e"_s;
    if (type == u"bigint" || type == u"integer" || type == u"smallint")
        return QString::number(value.toLongLong());
    if (type == u"double precision" || type == u"real" || type == u"numeric")
        return QString::number(value.toDouble(), 'g', 17);
    if (type == u"bytea")
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// Sums SHA-256 prefixes of rows: any order of the same rows gives the same sum.
class RowSum
{
public:
    void add(const QSqlQuery& query, const QList<Column>& columns)
    {
        QString text;
        for (int i = 0; i < columns.size(); ++i) {
            text += canonical(query.value(i), columns.at(i).type);
            text += u'\x1f';
        }
        const QByteArray digest =
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
        m_sum += qFromBigEndian<quint64>(digest.constData());
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QString hex() const { return u"%1"_s.arg(m_sum, 16, 16, QChar(u'0')); }

private:
    quint64 m_sum = 0;
    qint64 m_rows = 0;
};

QString columnList(const QList<Column>& columns)
{
    QStringList names;
    for (const Column& c : columns)
        names << sql::quoteIdentifier(c.name);
    return names.join(u", "_s);
}

Result<RowSum> readRows(QSqlDatabase& db, const Table& table,
                        const std::function<Status(const QSqlQuery&)>& each = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString statement =
        u"SELECT %1 FROM %2"_s.arg(columnList(table.columns), sql::quoteIdentifier(table.name));
    if (!query.exec(statement))
        return sql::errorFrom(query.lastError(), statement);
    RowSum sum;
    while (query.next()) {
        sum.add(query, table.columns);
        if (each) {
            if (Status s = each(query); !s)
                return s.error();
        }
    }
    if (query.lastError().isValid())
        return sql::errorFrom(query.lastError(), statement);
    return sum;
}

// The later half of rows that name another row of their own table (a
// person's company): set once every row is there.
Status setSelfReferences(QSqlDatabase& db, const Table& table, const QString& column,
                         const QList<std::pair<QVariant, QVariant>>& values)
{
    constexpr int kPerStatement = 1000;
    for (qsizetype start = 0; start < values.size(); start += kPerStatement) {
        const qsizetype n = std::min<qsizetype>(kPerStatement, values.size() - start);
        QStringList rows(n, u"(?::bigint, ?::bigint)"_s);
        QVariantList args;
        for (qsizetype i = start; i < start + n; ++i)
            args << values.at(i).first << values.at(i).second;
        if (Status s = sql::exec(
                db,
                u"UPDATE %1 AS t SET %2 = v.value FROM (VALUES %3) AS v (id, value) "
                u"WHERE t.id = v.id"_s.arg(sql::quoteIdentifier(table.name),
                                           sql::quoteIdentifier(column), rows.join(u", "_s)),
                args);
            !s)
            return s;
    }
    return Status::success();
}

Result<MovedTable> copyTable(QSqlDatabase& file, QSqlDatabase& server, const Table& table)
{
    QStringList names;
    for (const Column& c : table.columns)
        names << c.name;
    const int idColumn = int(names.indexOf(u"id"_s));
    QHash<QString, QList<std::pair<QVariant, QVariant>>> later;
    QList<int> selfColumns;
    for (const QString& column : table.selfReferences)
        selfColumns << int(names.indexOf(column));
    BatchInsert insert(server, table.name, names);
    Result<RowSum> read = readRows(file, table, [&](const QSqlQuery& row) -> Status {
        QVariantList values;
        values.reserve(names.size());
        for (int i = 0; i < names.size(); ++i) {
            // NULL as NULL: the driver's null string would be bound as ''.
            const QVariant value = row.value(i);
            values << (value.isNull() ? QVariant() : value);
        }
        for (int i = 0; i < selfColumns.size(); ++i) {
            const int c = selfColumns.at(i);
            if (c < 0 || idColumn < 0 || values.at(c).isNull())
                continue;
            later[table.selfReferences.at(i)].append({values.at(idColumn), values.at(c)});
            values[c] = QVariant();
        }
        return insert.add(values);
    });
    if (!read)
        return read.error();
    if (Status s = insert.finish(); !s)
        return s.error();
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        if (Status s = setSelfReferences(server, table, it.key(), it.value()); !s)
            return s.error();
    }
    if (idColumn >= 0) {
        if (Status s = sql::afterExplicitIds(server, table.name); !s)
            return s.error();
    }
    return MovedTable{table.name, read->rows(), read->hex()};
}

// What arrived, read back from the server: the same rows and values.
Status checkCopy(QSqlDatabase& server, const Table& table, const MovedTable& sent)
{
    Result<RowSum> arrived = readRows(server, table);
    if (!arrived)
        return arrived.error();
    if (arrived->rows() == sent.rows && arrived->hex() == sent.checksum)
        return Status::success();
    return makeError(ErrorKind::Failed,
                     Tr::tr("The table %1 did not arrive on the server as it is in the file "
                            "(%2 rows sent, %3 arrived, or their values differ). Nothing was "
                            "moved.")
                         .arg(table.name)
                         .arg(sent.rows)
                         .arg(arrived->rows()));
}

// Each account with a password becomes a login role with a temporary
// password, to be changed at its first sign-in; the file's hashes stay behind.
Status moveLogins(Transaction& tx, QList<MovedLogin>& logins)
{
    Result<QList<QSqlRecord>> accounts =
        sql::rows(tx.db(), u"SELECT id, login, name, active FROM users "
                           u"WHERE login IS NOT NULL AND password_hash IS NOT NULL ORDER BY id"_s);
    if (!accounts)
        return accounts.error();
    for (const QSqlRecord& a : *accounts) {
        MovedLogin login{a.value(1).toString(), a.value(2).toString(), temporaryPassword(),
                         a.value(3).toBool()};
        if (Status s = setServerLogin(tx.db(), login.login, login.temporaryPassword, login.active);
            !s)
            return s;
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE users SET password_hash = ?, must_change_password = 1 "
                                 u"WHERE id = ?"_s,
                                 {kServerChecksPassword, a.value(0)});
            !s)
            return s;
        logins.append(login);
    }
    return Status::success();
}

Status setUserTriggers(QSqlDatabase& db, const QList<Table>& tables, bool enabled)
{
    for (const Table& t : tables) {
        if (Status s = sql::execDirect(
                db, u"ALTER TABLE %1 %2 TRIGGER USER"_s.arg(sql::quoteIdentifier(t.name),
                                                            enabled ? u"ENABLE"_s : u"DISABLE"_s));
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

Result<ServerMove> moveToServer(Database& file, const QString& address, bool dryRun,
                                const MoveProgress& progress, const QString& serverPassword)
{
    if (file.backend() != Backend::Sqlite)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Only a base in a file moves to a server; %1 is on a server "
                                "already.")
                             .arg(file.path()));
    const Principal& who = file.principal();
    if (!who.isSystem() && who.role != Role::Owner)
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("Only the owner moves the base to a server."));
    Result<int> version = file.schemaVersion();
    if (!version)
        return version.error();
    if (*version != latestSchemaVersion())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 has schema version %2, this program %3. Open it once with "
                                "this Kartoteka (it upgrades the file), then move it.")
                             .arg(QDir::toNativeSeparators(file.path()))
                             .arg(*version)
                             .arg(latestSchemaVersion()));

    OpenOptions options;
    options.path = address;
    options.allowServer = true;
    options.createIfMissing = true;
    options.serverPassword = serverPassword;
    Result<std::unique_ptr<Database>> opened = Database::open(options);
    if (!opened)
        return opened.error();
    Database& server = **opened;
    Result<QVariant> tables = sql::scalar(
        server.connection(),
        u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s);
    if (!tables)
        return tables.error();
    if (tables->toInt() != 0)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("The server database %1 is not empty. Move the base into a new, "
                                "empty database (createdb, or CREATE DATABASE in psql).")
                             .arg(server.path()));
    server.setPrincipal(who);
    server.setActor(file.actor(), file.host());

    ServerMove move;
    move.from = QDir::toNativeSeparators(file.path());
    move.to = server.path();
    move.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    Status s = server.write(
        [&](Transaction& tx) -> Status {
            QSqlDatabase& db = tx.db();
            if (Status st = applyMigrations(db, builtinMigrations(Backend::PostgreSql)); !st)
                return st;
            Result<QList<Table>> all = serverTables(db);
            if (!all)
                return all.error();
            QList<Table> toCopy;
            QStringList names;
            for (const Table& t : *all) {
                if (copied(t.name)) {
                    toCopy.append(t);
                    names << sql::quoteIdentifier(t.name);
                }
            }
            // A new schema holds its seeds (lists, stages, the roles'
            // rights): the file's own rows replace them.
            if (Status st = sql::execDirect(
                    db, u"TRUNCATE %1 RESTART IDENTITY CASCADE"_s.arg(names.join(u", "_s)));
                !st)
                return st;
            Result<QList<Table>> ordered = inCopyOrder(db, toCopy);
            if (!ordered)
                return ordered.error();
            // Rows arrive as they are, totals and report facts included: the
            // triggers that keep those would count them twice.
            if (Status st = setUserTriggers(db, *ordered, false); !st)
                return st;
            qint64 copiedRows = 0;
            for (const Table& t : *ordered) {
                Result<MovedTable> sent = copyTable(file.connection(), db, t);
                if (!sent)
                    return sent.error();
                if (Status st = checkCopy(db, t, *sent); !st)
                    return st;
                move.tables.append(*sent);
                copiedRows += sent->rows;
                if (progress)
                    progress(t.name, copiedRows);
            }
            if (Status st = setUserTriggers(db, *ordered, true); !st)
                return st;
            Result<qint64> search = SearchIndex(db).copyFromFile(file.connection());
            if (!search)
                return search.error();
            move.searchRows = *search;
            if (Status st = moveLogins(tx, move.logins); !st)
                return st;
            // From here on the server's base and the file are two bases that
            // may both go on (the file as a fallback, a trial): their backups,
            // which may share a folder, must not count as one base's, whose
            // retention would prune the one with the other's.
            Result<QVariant> fileId =
                sql::scalar(db, u"SELECT value FROM meta WHERE key = 'database_id'"_s);
            if (!fileId)
                return fileId.error();
            if (Status st = sql::exec(db, u"UPDATE meta SET value = ? WHERE key = 'database_id'"_s,
                                      {QUuid::createUuid().toString(QUuid::Id128)});
                !st)
                return st;
            Result<QVariant> position =
                sql::scalar(db, u"SELECT COALESCE(max(id), 0) FROM changes"_s);
            if (!position)
                return position.error();
            move.changeFeedPosition = position->toLongLong();
            if (Status st =
                    recordAudit(tx, {auditAction::kMovedToServer,
                                     {},
                                     0,
                                     0,
                                     {},
                                     QJsonObject{{u"file"_s, move.from},
                                                 {u"rows"_s, copiedRows},
                                                 {u"file_database_id"_s, fileId->toString()}}});
                !st)
                return st;
            // Everything was done and checked; a trial run leaves nothing behind.
            if (dryRun)
                return makeError(ErrorKind::Cancelled, QString());
            // The planner's statistics, which a new table lacks until the
            // server's autovacuum comes round: the first searches need them.
            // Quietly: as the database's owner (not a superuser) the server
            // warns of every system catalog it skips, a wall of lines that
            // reads as a failed move.
            if (Status quiet = sql::execDirect(db, u"SET LOCAL client_min_messages = error"_s);
                !quiet)
                return quiet;
            return sql::execDirect(db, u"ANALYZE"_s);
        },
        Database::IgnoreMaintenance);
    move.elapsedMs = timer.elapsed();
    if (!s && !(dryRun && s.error().kind == ErrorKind::Cancelled && s.error().message.isEmpty()))
        return s.error();
    return move;
}

QString describeMove(const ServerMove& move)
{
    QString text = move.dryRun
                       ? Tr::tr("Trial run: %1 would move to %2 as below (%3 s). Nothing was "
                                "changed on the server.")
                       : Tr::tr("%1 moved to %2 in %3 s. The file itself is unchanged.");
    text = text.arg(QDir::toNativeSeparators(move.from), move.to,
                    QString::number(move.elapsedMs / 1000.0, 'f', 1));
    for (const MovedTable& t : move.tables)
        text += u"\n  "_s +
                Tr::tr("%1: %n row(s), checksum %2", nullptr, int(t.rows)).arg(t.name, t.checksum);
    text += u"\n"_s + Tr::tr("Search rows: %1. The change feed goes on after change %2.")
                          .arg(move.searchRows)
                          .arg(move.changeFeedPosition);
    if (!move.logins.isEmpty())
        text += u"\n"_s + (move.dryRun ? Tr::tr("These accounts would sign in to the server with "
                                                "temporary passwords:")
                                       : Tr::tr("Each account now signs in to the server with "
                                                "this temporary password and chooses its own at "
                                                "the first sign-in. Pass them on in person:"));
    for (const MovedLogin& l : move.logins) {
        text += u"\n  "_s + (move.dryRun
                                 ? Tr::tr("%1 (%2)").arg(l.login, l.name)
                                 : Tr::tr("%1 (%2): %3").arg(l.login, l.name, l.temporaryPassword));
        if (!l.active)
            text += u" "_s + Tr::tr("(deactivated)");
    }
    return text;
}

} // namespace kartoteka
