#include "storage/Sql.h"

#include "storage/KeptStatements.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace kartoteka::sql {

namespace {

constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::sql)
};

// About how much of a result `value` is: its text or bytes.
qsizetype valueBytes(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().size();
    if (value.typeId() == QMetaType::QString)
        return value.toString().size() * 2;
    return 8;
}

bool prepareAndRun(QSqlQuery& query, const QString& statement, const QVariantList& args)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& arg : args)
        query.addBindValue(bindable(arg));
    return query.exec();
}

// Qt's PostgreSQL driver names itself in its phrase.
bool isServerError(const QSqlError& error)
{
    return error.driverText().startsWith(u"QPSQL");
}

} // namespace

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant bindable(const QVariant& value)
{
    // The driver binds a null QString as NULL; NULL is asked for with an
    // invalid QVariant(), so a string is always a string, if empty.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

QString serverState(const QSqlError& error)
{
    // Its native code is the five-character SQLSTATE.
    if (!isServerError(error))
        return {};
    return error.nativeErrorCode();
}

int sqliteCode(const QSqlError& error)
{
    if (!serverState(error).isEmpty())
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString sqliteCodeExplanation(int code)
{
    switch (code & 0xff) {
    case kSqlitePerm:
        return Tr::tr("The operating system did not allow access to the database file.");
    case kSqliteBusy:
    case kSqliteLocked:
        return Tr::tr("Another computer or program was writing to the database at that moment.");
    case kSqliteReadOnly:
        return Tr::tr("The database file, its folder or its disk allows reading only.");
    case kSqliteIoErr:
        return Tr::tr("The disk or the network folder reported a read or write error.");
    case kSqliteCorrupt:
        return Tr::tr("The contents of the database file are damaged.");
    case kSqliteFull:
        return Tr::tr("There is no free space left on the disk for the database.");
    case kSqliteCantOpen:
        return Tr::tr("The database file could not be opened: the folder does not exist, cannot "
                      "be reached, or you have no access to it.");
    case kSqliteNotADb:
        return Tr::tr("The file is not an SQLite database: it is another kind of file, or it is "
                      "encrypted.");
    default:
        return Tr::tr("The database engine (SQLite) reported an error.");
    }
}

QString technicalDetail(const QSqlError& error)
{
    // databaseText() is SQLite's own message; text() would append Qt's
    // driver phrase in the interface language to SQLite's English.
    QString raw = error.databaseText().trimmed();
    if (raw.isEmpty())
        raw = error.text().trimmed();
    const QString code = error.nativeErrorCode().isEmpty() ? u"—"_s : error.nativeErrorCode();
    if (isServerError(error))
        return Tr::tr("Technical details (PostgreSQL, code %1): %2").arg(code, raw);
    return sqliteCodeExplanation(sqliteCode(error)) + u"\n"_s +
           Tr::tr("Technical details (SQLite, code %1): %2").arg(code, raw);
}

namespace {

// A server's error by its SQLSTATE class, said as the file's are; nullopt
// for what reads as "a database operation failed".
std::optional<Error> serverError(const QString& state, const QString& detail)
{
    const QString kind = state.left(2);
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return makeError(ErrorKind::Busy,
                         Tr::tr("The server is busy with another save of the same records. "
                                "Nothing was changed; try again in a moment."),
                         detail);
    if (state == u"53100")
        return makeError(ErrorKind::DiskFull,
                         Tr::tr("The server's disk is full. Nothing was changed; ask whoever "
                                "looks after the server to free some space."),
                         detail);
    if (state == u"25006")
        return makeError(ErrorKind::ReadOnly,
                         Tr::tr("The server takes no changes right now (it is read-only). "
                                "Nothing was changed; ask whoever looks after the server."),
                         detail);
    if (kind == u"08" || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return makeError(ErrorKind::Io,
                         Tr::tr("The server could not be reached or has stopped. Check the "
                                "network, or ask whoever looks after the server; try again when "
                                "it is back."),
                         detail);
    if (state == u"42501")
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("The server does not allow this to your account."), detail);
    if (kind == u"28")
        return makeError(ErrorKind::SignInFailed,
                         Tr::tr("The server refused the sign-in: check the login and password."),
                         detail);
    if (kind == u"XX")
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The server reports damaged data. Ask whoever looks after the "
                                "server to check the database."),
                         detail);
    return std::nullopt;
}

} // namespace

Error errorFrom(const QSqlError& error, const QString& statement)
{
    const QString detail = technicalDetail(error);
    if (!statement.isEmpty())
        qCDebug(lcStorage).noquote() << error.text() << "in" << statement.simplified();
    if (isServerError(error)) {
        // The server's errors carry an SQLSTATE; the connection's own (a
        // server that stopped or a network that dropped it) none.
        const QString state = serverState(error);
        if (std::optional<Error> said = serverError(state.isEmpty() ? u"08006"_s : state, detail))
            return *said;
    }
    switch (sqliteCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(ErrorKind::Busy,
                         Tr::tr("The database is busy: another computer or program is saving right "
                                "now. Nothing was changed; try again in a moment."),
                         detail);
    case kSqliteFull:
        return makeError(ErrorKind::DiskFull,
                         Tr::tr("The disk is full. Free some space and try again; nothing was "
                                "changed."),
                         detail);
    case kSqliteReadOnly:
        return makeError(ErrorKind::ReadOnly,
                         Tr::tr("The database file cannot be written. Check that the folder is "
                                "writable for you."),
                         detail);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The database file is damaged or is not a database. Restore the "
                                "latest backup from the Administration screen."),
                         detail);
    case kSqliteIoErr:
    case kSqliteCantOpen:
    case kSqlitePerm:
        return makeError(ErrorKind::Io,
                         Tr::tr("The database file could not be read or written. Check that the "
                                "disk or network folder is reachable."),
                         detail);
    default:
        return makeError(ErrorKind::Failed,
                         Tr::tr("A database operation failed. If it happens again, run "
                                "\"kartoteka-cli check\" and send its answer to whoever looks "
                                "after your computers."),
                         detail);
    }
}

PreparedStatements::~PreparedStatements()
{
    for (auto& [text, query] : m_queries)
        query->finish();
}

Result<QSqlQuery*> PreparedStatements::run(const QString& statement, const QVariantList& args)
{
    auto found = m_queries.find(statement);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(statement))
            return errorFrom(query->lastError(), statement);
        found = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    for (int i = 0; i < args.size(); ++i)
        query->bindValue(i, bindable(args[i]));
    if (!query->exec())
        return errorFrom(query->lastError(), statement);
    return query;
}

Status exec(QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    // Nothing to bind: run as it is. A server prepares only queries and
    // changes of rows, not CREATE TABLE and the like.
    if (args.isEmpty())
        return execDirect(db, statement);
    StatementRun run(db, statement);
    if (!run.exec(args))
        return errorFrom(run.query().lastError(), statement);
    return Status::success();
}

QString dayNumber(Backend backend, const QString& expression)
{
    return backend == Backend::Sqlite
               ? u"julianday(%1)"_s.arg(expression)
               : u"(extract(epoch FROM CAST(%1 AS timestamptz)) / 86400.0)"_s.arg(expression);
}

QString localDay(Backend backend, const QString& expression)
{
    return (backend == Backend::Sqlite ? u"date(%1, 'localtime')"_s : u"report_day(%1)"_s)
        .arg(expression);
}

QString larger(Backend backend, const QString& a, const QString& b)
{
    return (backend == Backend::Sqlite ? u"max(%1, %2)"_s : u"GREATEST(%1, %2)"_s).arg(a, b);
}

QString indexedBy(Backend backend, const QString& index)
{
    return backend == Backend::Sqlite ? u" INDEXED BY "_s + index : QString();
}

Result<qint64> insertReturningId(QSqlDatabase& db, const QString& insert, const QVariantList& args)
{
    Result<QVariant> id = scalar(db, insert + u" RETURNING id"_s, args);
    if (!id)
        return id.error();
    return id->isNull() ? 0 : id->toLongLong();
}

Status execDirect(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorFrom(query.lastError(), statement);
    query.finish();
    return Status::success();
}

Backend backendOf(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL" ? Backend::PostgreSql : Backend::Sqlite;
}

Result<int> userVersion(QSqlDatabase& db)
{
    if (backendOf(db) == Backend::Sqlite) {
        Result<QVariant> version = scalar(db, u"PRAGMA user_version"_s);
        if (!version)
            return version.error();
        return version->toInt();
    }
    // The server's twin of SQLite's header: made by the first migration.
    Result<QVariant> exists = scalar(db, u"SELECT to_regclass('kartoteka_schema') IS NOT NULL"_s);
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    Result<QVariant> version = scalar(db, u"SELECT version FROM kartoteka_schema"_s);
    if (!version)
        return version.error();
    return version->toInt();
}

Status setUserVersion(QSqlDatabase& db, int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (backendOf(db) == Backend::Sqlite)
        return exec(db, u"PRAGMA user_version = %1"_s.arg(version));
    return exec(db, u"UPDATE kartoteka_schema SET version = ?"_s, {version});
}

Result<int> change(QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    StatementRun run(db, statement);
    if (!run.exec(args))
        return errorFrom(run.query().lastError(), statement);
    return run.query().numRowsAffected();
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    StatementRun run(db, statement);
    if (!run.exec(args))
        return errorFrom(run.query().lastError(), statement);
    QSqlQuery& query = run.query();
    const QVariant value = query.next() ? query.value(0) : QVariant();
    if (valueBytes(value) > kKeptResultBytes)
        run.forget();
    return value;
}

Result<QList<QSqlRecord>> rows(QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    StatementRun run(db, statement);
    if (!run.exec(args))
        return errorFrom(run.query().lastError(), statement);
    QSqlQuery& query = run.query();
    QList<QSqlRecord> result;
    qsizetype bytes = 0;
    while (query.next()) {
        result.append(query.record());
        for (int i = 0; i < result.last().count(); ++i)
            bytes += valueBytes(result.last().value(i));
    }
    if (query.lastError().isValid())
        return errorFrom(query.lastError(), statement);
    if (result.size() > kKeptResultRows || bytes > kKeptResultBytes)
        run.forget();
    return result;
}

Status eachRow(QSqlDatabase& db, const QString& statement, const QVariantList& args,
               const std::function<void(const QSqlQuery&)>& read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepareAndRun(query, statement, args))
        return errorFrom(query.lastError(), statement);
    while (query.next())
        read(query);
    if (query.lastError().isValid())
        return errorFrom(query.lastError(), statement);
    return Status::success();
}

QString quoteIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

Connection::Connection(const QString& path, const QString& options)
{
    static std::atomic<quint64> counter{0};
    m_name = u"kartoteka-%1"_s.arg(++counter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options);
}

Connection::Connection(const ServerAddress& address, const QString& user, const QString& password)
{
    static std::atomic<quint64> counter{0};
    m_name = u"kartoteka-server-%1"_s.arg(++counter);
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    if (!user.isEmpty())
        m_db.setUserName(user);
    else if (!address.user.isEmpty())
        m_db.setUserName(address.user);
    if (!password.isEmpty())
        m_db.setPassword(password);
    m_db.setConnectOptions(address.connectOptions());
}

Connection::~Connection()
{
    // Dropped last, when their driver is gone (KeptStatements.h).
    const std::shared_ptr<ConnectionStatements> kept = takeKeptStatements(m_name);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status Connection::open()
{
    if (!m_db.isValid() && m_name.startsWith(u"kartoteka-server-"))
        return makeError(ErrorKind::Failed,
                         Tr::tr("The PostgreSQL driver for Qt is not installed (package "
                                "libqt6sql6-psql on Debian and Ubuntu)."));
    if (!m_db.isValid())
        return makeError(ErrorKind::Failed,
                         Tr::tr("The SQLite driver for Qt is not installed (package "
                                "libqt6sql6-sqlite on Debian and Ubuntu)."));
    if (m_db.open())
        return Status::success();
    Error e = errorFrom(m_db.lastError());
    e.message = Tr::tr("%1 could not be opened. %2").arg(m_db.databaseName(), e.message);
    return e;
}

Status afterExplicitIds(QSqlDatabase& db, const QString& table)
{
    if (backendOf(db) != Backend::PostgreSql)
        return Status::success();
    // Only when behind: ids taken from the sequence (newIds) leave it ahead,
    // and a staff login may use the sequence but not set it.
    return exec(db, u"SELECT setval(pg_get_serial_sequence('%1', 'id'), top.id) "
                    u"FROM (SELECT max(id) AS id FROM %1) top WHERE top.id > "
                    u"COALESCE(pg_sequence_last_value(CAST(pg_get_serial_sequence('%1', 'id') "
                    u"AS regclass)), 0)"_s.arg(table));
}

Result<QList<qint64>> newIds(QSqlDatabase& db, const QString& table, int count, qint64 after)
{
    QList<qint64> ids;
    ids.reserve(count);
    if (backendOf(db) == Backend::PostgreSql) {
        Result<QList<QSqlRecord>> taken = rows(
            db,
            u"SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)"_s.arg(
                table),
            {count});
        if (!taken)
            return taken.error();
        for (const QSqlRecord& r : *taken)
            ids.append(r.value(0).toLongLong());
        return ids;
    }
    if (after <= 0) {
        Result<QVariant> last = scalar(db, u"SELECT COALESCE(max(id), 0) FROM %1"_s.arg(table));
        if (!last)
            return last.error();
        after = last->toLongLong();
    }
    for (int i = 1; i <= count; ++i)
        ids.append(after + i);
    return ids;
}

} // namespace kartoteka::sql
