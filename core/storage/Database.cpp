#include "storage/Database.h"

#include "storage/FreedMemory.h"
#include "storage/LiveFiles.h"
#include "storage/Logging.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Database)
};

// Whether libpq's message for a failed connection says the server refused
// the person (wrong password, no such role, a role without LOGIN) rather than
// not answering. libpq gives no SQLSTATE for a failed connection; these are
// the server's own phrases, and a server set to another language for its
// messages reads as "could not be reached" instead.
bool refusedSignIn(const QString& detail)
{
    return detail.contains(u"password authentication failed"_s) ||
           detail.contains(u"is not permitted to log in"_s) ||
           (detail.contains(u"role \""_s) && detail.contains(u"does not exist"_s)) ||
           detail.contains(u"no password supplied"_s);
}

// Whether this process may write the file: a file or folder on read-only
// media, a read-only share or a copy without write permission is opened for
// reading instead. access() asks the system without opening anything, and
// knows read-only mounts even for root.
bool canWrite(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
#ifdef Q_OS_WIN
    return QFileInfo(path).isWritable() && QFileInfo(folder).isWritable();
#else
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
#endif
}

QString connectOptions(StorageMode mode, bool readOnly, bool immutable)
{
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::busyTimeoutMs(mode));
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable)
        options += u";QSQLITE_OPEN_URI"_s;
    return options;
}

constexpr int kSqliteNotADatabase = 26;

// The page cache of a connection that reads in bulk (OpenOptions::bulkReads).
constexpr qint64 kBulkCacheBytes = 64 * 1024 * 1024;

// A WAL database on read-only media without its -shm cannot be read the usual
// way; SQLite reads it as an unchanging file instead.
QString immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
}

} // namespace

const QStringList& runtimeTables()
{
    // Sign-in failures too: a restore must not reset the delays that slow
    // down someone guessing passwords.
    static const QStringList tables{u"sessions"_s, u"leases"_s, u"signin_failures"_s};
    return tables;
}

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Insert:
        return u"insert"_s;
    case ChangeOp::Update:
        return u"update"_s;
    case ChangeOp::Delete:
        return u"delete"_s;
    case ChangeOp::Reload:
        return u"reload"_s;
    }
    return {};
}

OpenOptions Database::reopenOptions() const
{
    OpenOptions options{m_path,
                        m_mode == StorageMode::Shared ? ModeChoice::Shared : ModeChoice::Local,
                        false, m_bulkReads};
    options.readOnly = m_readOnly;
    options.principal = m_principal;
    options.allowServer = m_backend == Backend::PostgreSql;
    options.serverLogin = m_serverLogin;
    options.serverPassword = m_serverPassword;
    return options;
}

QString utcTimestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtc()
{
    return utcTimestamp(QDateTime::currentDateTimeUtc());
}

void Transaction::recordChange(const QString& entity, qint64 entityId, ChangeOp op)
{
    m_changes.append({entity, entityId, op});
}

int Database::busyTimeoutMs(StorageMode mode)
{
    // A network folder is slower and a backup snapshot holds a read lock for a
    // few seconds: wait longer there before telling the person "busy".
    return mode == StorageMode::Shared ? 15000 : 5000;
}

Result<std::unique_ptr<Database>> Database::open(const OpenOptions& options)
{
    if (options.path.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("No database file was given."));
    if (isServerAddress(options.path)) {
        if (!options.allowServer)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 is the address of a database on a server. This version of "
                                    "Kartoteka works with database files only: give the path of "
                                    "a database file.")
                                 .arg(options.path.trimmed()));
        return openServer(options);
    }
    const QString path = QFileInfo(options.path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    // Only stat() here and below until SQLite has said what the file is: see LiveFiles.h.
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is a folder, not a database file.").arg(shown));
    const bool exists = info.exists();
    if (!exists && (!options.createIfMissing || options.readOnly))
        return makeError(ErrorKind::NotFound,
                         Tr::tr("There is no database at %1. Check the path, or create a new "
                                "database there (File → New database…, or kartoteka-cli init).")
                             .arg(shown));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorKind::Io, Tr::tr("Cannot create the folder %1.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath())));

    const StorageMode mode = resolveStorageMode(options.mode, path);
    const bool readOnly = options.readOnly || (exists && !canWrite(path));
    std::unique_ptr<Database> db;
    for (const bool immutable : {false, true}) {
        auto connection = std::make_unique<sql::Connection>(
            immutable ? immutableUri(path) : path, connectOptions(mode, readOnly, immutable));
        if (Status s = connection->open(); !s)
            return s.error();
        db.reset(new Database(std::move(connection), path, mode, options.bulkReads, readOnly));
        // Identity first: a file that is refused must be left exactly as it was,
        // so nothing that writes (journal mode) runs before this.
        Status identity = db->checkIdentity(options.createIfMissing);
        if (identity)
            break;
        const ErrorKind kind = identity.error().kind;
        if (!readOnly || immutable || (kind != ErrorKind::Io && kind != ErrorKind::ReadOnly))
            return identity.error();
        qCInfo(lcStorage) << "reading" << path
                          << "as an unchanging file:" << identity.error().detail;
    }
    if (Status s = db->applyPragmas(); !s)
        return s.error();
    db->setPrincipal(options.principal);
    qCInfo(lcStorage) << "opened" << path << "in" << storageModeName(mode) << "mode"
                      << (readOnly ? "read-only" : "");
    return db;
}

namespace {

// A connection to the server database at `address` as the login role of
// `login` (folded; empty: as the address says), or why there is none in the
// person's words: a refused sign-in, a missing database, a server not reached.
Result<std::unique_ptr<sql::Connection>>
connectToServer(const ServerAddress& address, const QString& login, const QString& password)
{
    const QString role = login.isEmpty() ? QString() : serverLoginRole(address.database, login);
    auto connection = std::make_unique<sql::Connection>(address, role, password);
    if (Status s = connection->open(); !s) {
        Error e = s.error();
        e.detail = connection->db().lastError().text();
        if (refusedSignIn(e.detail)) {
            e.kind = ErrorKind::SignInFailed;
            // The server checks who connects before it looks for the
            // database: a base not moved there yet reads the same.
            // An account's login role is named after the database
            // (serverLoginRole): a misspelt database name reads as an
            // unknown login.
            if (!role.isEmpty())
                e.message = Tr::tr("The server refused the sign-in of %1 to the base %2: wrong "
                                   "login or password, a misspelt database name in the address, "
                                   "the account is deactivated, or the base has not been moved "
                                   "to this server database yet.")
                                .arg(login, address.database);
            else if (!address.user.isEmpty())
                e.message = Tr::tr("The server refused its user %1: the password given for it "
                                   "(PGPASSWORD or ~/.pgpass) is wrong, or there is no such "
                                   "server user.")
                                .arg(address.user);
            else
                e.message = Tr::tr("The server %1 asks who you are: sign in with your login "
                                   "(kartoteka-cli --user LOGIN), or name a server user in the "
                                   "address (postgresql://USER@SERVER/DATABASE).")
                                .arg(address.toString());
            return e;
        }
        if (e.detail.contains(u"database \""_s) && e.detail.contains(u"does not exist"_s)) {
            e.kind = ErrorKind::NotFound;
            e.message = Tr::tr("The server has no database %1. Create it first (createdb %1, or "
                               "CREATE DATABASE in psql), or check the name in the address.")
                            .arg(address.database);
            return e;
        }
        e.kind = ErrorKind::Io;
        // libpq's phrases for the two ways an encrypted connection fails.
        if (e.detail.contains(u"does not support SSL"_s)) {
            e.message = Tr::tr("The server %1 does not offer an encrypted connection (TLS), and "
                               "the address asks for one (sslmode=%2). Turn TLS on at the server "
                               "(ssl = on in postgresql.conf), or leave sslmode out of the "
                               "address on a trusted network.")
                            .arg(address.host, address.sslMode);
            return e;
        }
        if (e.detail.contains(u"certificate verify failed"_s) ||
            e.detail.contains(u"root certificate"_s) ||
            e.detail.contains(u"server certificate"_s)) {
            e.message = Tr::tr("The server %1 could not prove who it is: its certificate is not "
                               "signed by an authority this PC trusts (~/.postgresql/root.crt), "
                               "or it is made out to another name. Check the certificate, or "
                               "the server's name in the address.")
                            .arg(address.host);
            return e;
        }
        e.message = Tr::tr("The database server %1 could not be reached, or it refused the "
                           "connection. Check the address, that the server is running and "
                           "that it lets you in.")
                        .arg(address.toString());
        return e;
    }
    return connection;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const OpenOptions& options)
{
    Result<ServerAddress> address = parseServerAddress(options.path);
    if (!address)
        return address.error();
    Result<std::unique_ptr<sql::Connection>> connection =
        connectToServer(*address, options.serverLogin, options.serverPassword);
    if (!connection)
        return connection.error();
    // Several PCs share a server, as they share a folder: what Kartoteka does
    // differently for a shared file (finishing every read, longer waits) fits.
    std::unique_ptr<Database> db(new Database(std::move(*connection), address->toString(),
                                              StorageMode::Shared, options.bulkReads,
                                              options.readOnly, Backend::PostgreSql));
    if (Status s = db->checkServerIdentity(options.createIfMissing && !options.readOnly); !s)
        return s.error();
    if (Status s = db->startServerSession(); !s)
        return s.error();
    db->setPrincipal(options.principal);
    db->m_serverLogin = options.serverLogin;
    db->m_serverPassword = options.serverPassword;
    qCInfo(lcStorage) << "opened server database" << db->path()
                      << (options.readOnly ? "read-only" : "");
    return db;
}

Status Database::startServerSession()
{
    // The local days of the reports' facts are the session's time zone's
    // (postgresql/0010): this PC's, as a file's are the writing PC's.
    // A zone the server does not know leaves the server's own, and says so.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    static const QRegularExpression zoneName(u"^[A-Za-z0-9_/+-]+$"_s);
    if (zoneName.match(QString::fromLatin1(zone)).hasMatch()) {
        if (Status s = sql::execDirect(connection(),
                                       u"SET TIME ZONE '%1'"_s.arg(QString::fromLatin1(zone)));
            !s)
            qCWarning(lcStorage) << "the server does not know the time zone" << zone
                                 << "; report days follow the server's";
    }
    // The server's notices (a TRUNCATE that cascades...) are not for the
    // person: libpq would print them on the terminal.
    (void)sql::execDirect(connection(), u"SET client_min_messages TO warning"_s);
    // Read-only as SQLite's read-only connection is: the server refuses writes.
    if (m_readOnly)
        return sql::execDirect(connection(),
                               u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    return Status::success();
}

Status Database::connectAs(const QString& login, const QString& password)
{
    if (m_backend != Backend::PostgreSql)
        return Status::success();
    if (Status s = replaceConnection(login, password); !s)
        return s;
    qCInfo(lcStorage) << "server connection now signed in as" << login;
    return Status::success();
}

Result<bool> Database::reconnectIfLost()
{
    if (m_backend != Backend::PostgreSql || m_inWrite)
        return false;
    if (sql::execDirect(connection(), u"SELECT 1"_s))
        return false;
    // A server that is down refuses at once, but one the network cannot reach
    // answers only after the connect timeout: the window would freeze that
    // long at every try.
    if (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < kReconnectIntervalMs)
        return makeError(ErrorKind::Io, Tr::tr("The connection to the server is lost; Kartoteka "
                                               "tries again in a few seconds."));
    m_lastReconnect.start();
    if (Status s = replaceConnection(m_serverLogin, m_serverPassword); !s)
        return s.error();
    qCInfo(lcStorage) << "connected to the server again";
    return true;
}

Status Database::replaceConnection(const QString& login, const QString& password)
{
    Result<ServerAddress> address = parseServerAddress(m_path);
    if (!address)
        return address.error();
    Result<std::unique_ptr<sql::Connection>> connection =
        connectToServer(*address, login, password);
    if (!connection)
        return connection.error();
    // The old connection is closed only once the new one is ready: a refused
    // sign-in leaves this one as it was.
    std::swap(m_connection, *connection);
    if (Status s = startServerSession(); !s) {
        std::swap(m_connection, *connection);
        return s;
    }
    m_serverLogin = login;
    m_serverPassword = password;
    emit connectionReplaced();
    return Status::success();
}

Status Database::checkServerIdentity(bool mayBeNew)
{
    QSqlDatabase& db = connection();
    Result<QVariant> hasSchema =
        sql::scalar(db, u"SELECT to_regclass('kartoteka_schema') IS NOT NULL"_s);
    if (!hasSchema)
        return hasSchema.error();
    if (hasSchema->toBool()) {
        Result<QVariant> appId = sql::scalar(db, u"SELECT application_id FROM kartoteka_schema"_s);
        if (!appId)
            return appId.error();
        if (appId->toInt() == kApplicationId)
            return Status::success();
    } else {
        // Tables of our own only ever come with kartoteka_schema: any table
        // without it belongs to someone else.
        Result<QVariant> tables = sql::scalar(
            db, u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s);
        if (!tables)
            return tables.error();
        if (tables->toInt() == 0) {
            if (mayBeNew)
                return checkMayCreateServerBase();
            return makeError(
                ErrorKind::Foreign,
                Tr::tr("The server database %1 is empty, not a Kartoteka database.").arg(m_path));
        }
    }
    return makeError(ErrorKind::Foreign,
                     Tr::tr("The server database %1 holds another program's tables, not "
                            "Kartoteka's. Choose an empty database or a Kartoteka database.")
                         .arg(m_path));
}

Status Database::checkMayCreateServerBase()
{
    // Asked before the first table is made: a refusal half-way through the
    // steps would read as a failed upgrade. The steps create tables, grant
    // the database to the staff group and add pg_trgm: the database's owner's
    // rights (or a member's of the owning role).
    Result<QList<QSqlRecord>> rights = sql::rows(
        connection(),
        u"SELECT current_user, current_database(), "
        u"COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false) AND "
        u"pg_has_role(current_user, (SELECT datdba FROM pg_catalog.pg_database "
        u"WHERE datname = current_database()), 'USAGE'), "
        u"(SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)"_s);
    if (!rights)
        return rights.error();
    const QSqlRecord& r = rights->first();
    const QString user = r.value(0).toString();
    const QString database = r.value(1).toString();
    if (!r.value(2).toBool())
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("The server user %1 may not create tables in the database %2. "
                                "A base is made on a server by the database's owner: create the "
                                "database with this user as its owner (createdb -O %1 %2), or "
                                "connect as its owner.")
                             .arg(user, database));
    if (!r.value(3).toBool())
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("The server user %1 may not create login roles, and on a server "
                                "each Kartoteka account is one. Give it the right (ALTER ROLE %1 "
                                "CREATEROLE, as a superuser in psql), or connect as a user who "
                                "has it.")
                             .arg(user));
    return Status::success();
}

Database::Database(std::unique_ptr<sql::Connection> connection, QString path, StorageMode mode,
                   bool bulkReads, bool readOnly, Backend backend)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_backend(backend),
      m_mode(mode), m_bulkReads(bulkReads), m_readOnly(readOnly)
{
    // The registry of live files guards SQLite files; a server has none here.
    if (m_backend == Backend::Sqlite)
        registerLiveDatabase(m_path);
    // Until the program names the person, changes are recorded as the OS user's.
    const Identity me = Identity::current();
    setActor(me.userName, me.host);
}

Database::~Database()
{
    m_connection.reset();
    if (m_backend == Backend::Sqlite)
        unregisterLiveDatabase(m_path);
}

QSqlDatabase& Database::connection()
{
    return m_connection->db();
}

Status Database::refuseModeMix(const QString& reason)
{
    return makeError(ErrorKind::Busy,
                     m_mode == StorageMode::Shared
                         ? Tr::tr("%1 is open in local mode by another program (%2). Close it "
                                  "there, or open this database in local mode too.")
                               .arg(QDir::toNativeSeparators(m_path), reason)
                         : Tr::tr("%1 is open in shared mode (%2). Open it in shared mode here "
                                  "too: local mode on a file that others use in shared mode can "
                                  "damage it.")
                               .arg(QDir::toNativeSeparators(m_path), reason));
}

Status Database::applyPragmas()
{
    QSqlDatabase& db = connection();
    if (m_readOnly) {
        // Nothing that writes: the journal mode stays whatever the file has.
        // (Not query_only: the connection is read-only already, and query_only
        // would refuse VACUUM INTO, which backs a read-only database up.)
        for (const QString& pragma : {u"PRAGMA foreign_keys = ON"_s,
                                      u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs(m_mode))}) {
            if (Status s = sql::exec(db, pragma); !s)
                return s;
        }
        return applyBulkReadPragmas();
    }
    const QString wanted = m_mode == StorageMode::Shared ? u"delete"_s : u"wal"_s;
    Result<QVariant> current = sql::scalar(db, u"PRAGMA journal_mode"_s);
    if (!current)
        return current.error();
    // Switching to WAL would even succeed under programs that use the file in
    // shared mode (on other PCs, or here), and WAL there corrupts it.
    Result<std::optional<QString>> other = sessionInOtherMode();
    if (!other)
        return other.error();
    if (other->has_value())
        return refuseModeMix(**other);
    if (current->toString().toLower() != wanted) {
        // Leaving WAL needs the file to ourselves: do not wait long for that.
        (void)sql::exec(db, u"PRAGMA busy_timeout = 1000"_s);
        Result<QVariant> switched = sql::scalar(db, u"PRAGMA journal_mode = "_s + wanted);
        if (!switched && switched.error().kind != ErrorKind::Busy)
            return switched.error();
        if (!switched || switched->toString().toLower() != wanted)
            return refuseModeMix(Tr::tr("the file is in use"));
    }
    const QString sync = m_mode == StorageMode::Shared ? u"PRAGMA synchronous = FULL"_s
                                                       : u"PRAGMA synchronous = NORMAL"_s;
    for (const QString& pragma : {sync, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs(m_mode))}) {
        if (Status s = sql::exec(db, pragma); !s)
            return s;
    }
    return applyBulkReadPragmas();
}

Status Database::applyBulkReadPragmas()
{
    if (!m_bulkReads)
        return Status::success();
    // The default 2 MB cache is a few percent of a 100,000-client file.
    // Pages are read, not memory-mapped: a connection opened for a job maps
    // the file afresh, and each first touch of a mapped page is a page fault
    // that costs more than reading the page (30 µs against 2.5 µs on the
    // test machine; index lookups touch one page per fault), and closing
    // unmaps them again. The cache's memory is kept for the next job's
    // connection instead (FreedMemory.h).
    keepFreedMemory(kBulkCacheBytes);
    return sql::exec(connection(), u"PRAGMA cache_size = -%1"_s.arg(kBulkCacheBytes / 1024));
}

Result<std::optional<QString>> Database::sessionInOtherMode()
{
    Result<QList<QSqlRecord>> columns =
        sql::rows(connection(), u"SELECT name FROM pragma_table_info('sessions')"_s);
    if (!columns)
        return columns.error();
    if (columns->isEmpty()) // a new file: no sessions table yet
        return std::optional<QString>{};
    const bool hasMode = std::any_of(columns->cbegin(), columns->cend(), [](const QSqlRecord& r) {
        return r.value(0).toString() == u"mode";
    });
    // Files from before schema 7 do not record the mode: only other PCs count there.
    Result<QList<QSqlRecord>> sessions =
        sql::rows(connection(),
                  u"SELECT user_name, host, pid, "_s + (hasMode ? u"mode"_s : u"NULL"_s) +
                      u" FROM sessions WHERE heartbeat_at > ? ORDER BY id"_s,
                  {utcTimestamp(QDateTime::currentDateTimeUtc().addSecs(-kSessionStaleSeconds))});
    if (!sessions)
        return sessions.error();
    const qint64 myPid = QCoreApplication::applicationPid();
    for (const QSqlRecord& r : *sessions) {
        const QString host = r.value(1).toString();
        const qint64 pid = r.value(2).toLongLong();
        const QString mode = r.value(3).toString();
        const bool sameHost = host == m_host;
        // On this PC a crashed program is known at once; elsewhere its row goes stale.
        if (sameHost && (pid == myPid || !processIsAlive(pid)))
            continue;
        const bool otherPcEndangered = !sameHost && m_mode == StorageMode::Local;
        const bool otherMode = !mode.isEmpty() && mode != storageModeName(m_mode);
        if (otherPcEndangered || otherMode)
            return std::optional<QString>{Tr::tr("%1 on %2").arg(r.value(0).toString(), host)};
    }
    return std::optional<QString>{};
}

Status Database::checkIdentity(bool mayBeNew)
{
    QSqlDatabase& db = connection();
    const QString shown = QDir::toNativeSeparators(m_path);
    {
        // The first read of the file: SQLite tells here whether it is SQLite at all.
        QSqlQuery probe(db);
        if (!probe.exec(u"PRAGMA page_count"_s)) {
            if (sql::sqliteCode(probe.lastError()) == kSqliteNotADatabase)
                return makeError(
                    ErrorKind::Foreign,
                    Tr::tr("%1 is not a Kartoteka database (it is not an SQLite file).").arg(shown),
                    sql::technicalDetail(probe.lastError()));
            return sql::errorFrom(probe.lastError(), u"PRAGMA page_count"_s);
        }
    }
    Result<QVariant> version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    Result<QVariant> appId = sql::scalar(db, u"PRAGMA application_id"_s);
    if (!appId)
        return appId.error();
    if (version->toInt() > 0 && appId->toInt() == kApplicationId)
        return Status::success();
    Result<QVariant> objects = sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!objects)
        return objects.error();
    if (version->toInt() == 0 && appId->toInt() == 0 && objects->toInt() == 0) {
        // An empty file (or one SQLite has not written yet): only the commands
        // that create a database may make it one.
        if (mayBeNew && !m_readOnly)
            return Status::success();
        return makeError(ErrorKind::Foreign,
                         Tr::tr("%1 is an empty file, not a Kartoteka database. Choose a Kartoteka "
                                "database, or create a new one (File → New database…, or "
                                "kartoteka-cli init).")
                             .arg(shown));
    }
    return makeError(ErrorKind::Foreign,
                     Tr::tr("%1 is an SQLite database of another program, not of Kartoteka. "
                            "Choose a Kartoteka database or create a new one.")
                         .arg(shown));
}

Result<int> Database::schemaVersion()
{
    return sql::userVersion(connection());
}

const QString& Database::actor() const
{
    return m_principal.isSystem() ? m_actor : m_principal.name;
}

QVariant Database::actorId() const
{
    return m_principal.isSystem() ? QVariant() : QVariant(m_principal.accountId);
}

void Database::setActor(const QString& actor, const QString& host)
{
    m_actor = actor;
    m_host = host;
}

Status Database::checkMaintenance()
{
    Result<std::optional<SessionInfo>> holder = maintenanceHolder(connection(), m_sessionId);
    if (!holder)
        return holder.error();
    if (!holder->has_value())
        return Status::success();
    const SessionInfo& who = **holder;
    return makeError(ErrorKind::Maintenance,
                     Tr::tr("%1 on %2 is restoring the database from a backup. Your change was "
                            "not saved; it can be made again when the restore has finished.")
                         .arg(who.userName, who.host));
}

Status Database::begin()
{
    if (m_backend == Backend::Sqlite)
        return sql::execDirect(connection(), u"BEGIN IMMEDIATE"_s);
    const Status begun = sql::execDirect(connection(), u"BEGIN"_s);
    if (begun)
        return begun;
    // The server's connection was lost since the last statement (the server
    // restarted, the network dropped it): nothing of this save has begun, so
    // it goes on over a new connection.
    Result<bool> renewed = reconnectIfLost();
    if (!renewed)
        return renewed.error(); // the server is gone, and this says so
    if (!*renewed)
        return begun;
    return sql::execDirect(connection(), u"BEGIN"_s);
}

Status Database::write(const std::function<Status(Transaction&)>& work, int flags)
{
    if (m_inWrite)
        return makeError(ErrorKind::Failed, Tr::tr("Internal error: nested write transaction."));
    if (m_readOnly)
        return makeError(ErrorKind::ReadOnly,
                         Tr::tr("%1 is open read-only (read-only media, a read-only folder or a "
                                "file without write permission), so nothing can be saved. To work "
                                "in it, copy it to a folder you can write to and open the copy.")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (Status s = begin(); !s)
        return s;
    QSqlDatabase& db = connection();
    const bool server = m_backend == Backend::PostgreSql;
    m_inWrite = true;
    auto rollback = [&](Status failure) {
        // ROLLBACK only fails when SQLite already rolled back (e.g. disk full).
        (void)sql::execDirect(db, u"ROLLBACK"_s);
        m_inWrite = false;
        return failure;
    };

    if (!(flags & IgnoreMaintenance)) {
        if (Status s = checkMaintenance(); !s)
            return rollback(s);
    }
    Transaction tx(db, *this);
    if (Status s = work(tx); !s)
        return rollback(s);
    const QString at = nowUtc();
    for (const Transaction::PendingChange& change : tx.m_changes) {
        // The program itself records no account, which also keeps it writing
        // to files from before accounts (tests of old schemas, restores).
        Status s = m_principal.isSystem()
                       ? sql::exec(db,
                                   u"INSERT INTO changes (at, entity, entity_id, op, actor, host) "
                                   u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   {at, change.entity, change.id, changeOpName(change.op), actor(),
                                    m_host})
                       : sql::exec(db,
                                   u"INSERT INTO changes (at, entity, entity_id, op, actor, host, "
                                   u"actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                   {at, change.entity, change.id, changeOpName(change.op), actor(),
                                    m_host, actorId()});
        if (!s)
            return rollback(s);
    }
    // A server abandons a transaction at its first failed statement, and then
    // takes COMMIT for ROLLBACK without an error: a failure the work passed
    // over would be a save that silently did not happen. (With changes
    // recorded, their insert above has already failed.)
    if (server && tx.m_changes.isEmpty()) {
        if (Status s = sql::execDirect(db, u"SELECT 1"_s); !s)
            return rollback(s);
    }
    if (Status s = sql::execDirect(db, u"COMMIT"_s); !s)
        return rollback(s);
    m_inWrite = false;
    m_notices += tx.m_notices;
    emit committed();
    return Status::success();
}

} // namespace kartoteka
