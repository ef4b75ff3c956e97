#include "storage/Database.h"

#include "storage/Logging.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka::Database", text);
}

// Checks the first bytes so that opening a stray document says what it is
// instead of failing later with "file is not a database".
Status checkLooksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Status::success();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
        return makeError(ErrorKind::Foreign,
                         tr("%1 is not a Kartoteka database (it is not an SQLite file).")
                             .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

} // namespace

const QStringList& runtimeTables()
{
    static const QStringList tables{u"sessions"_s, u"leases"_s};
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
    return {m_path, m_mode == StorageMode::Shared ? ModeChoice::Shared : ModeChoice::Local, false,
            m_bulkReads};
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
    const QString path = QFileInfo(options.path).absoluteFilePath();
    if (options.path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("No database file was given."));
    const bool exists = QFileInfo::exists(path);
    if (!exists && !options.createIfMissing)
        return makeError(ErrorKind::NotFound,
                         tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).isDir())
        return makeError(
            ErrorKind::Invalid,
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (Status s = checkLooksLikeSqlite(path); !s)
        return s.error();
    if (!exists && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorKind::Io,
                         tr("Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    const StorageMode mode = resolveStorageMode(options.mode, path);
    auto connection = std::make_unique<sql::Connection>(
        path, u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs(mode)));
    if (Status s = connection->open(); !s)
        return s.error();

    std::unique_ptr<Database> db(
        new Database(std::move(connection), path, mode, options.bulkReads));
    if (Status s = db->applyPragmas(); !s)
        return s.error();
    if (Status s = db->checkIdentity(); !s)
        return s.error();
    qCInfo(lcStorage) << "opened" << path << "in" << storageModeName(mode) << "mode";
    return db;
}

Database::Database(std::unique_ptr<sql::Connection> connection, QString path, StorageMode mode,
                   bool bulkReads)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_mode(mode),
      m_bulkReads(bulkReads)
{
    // Until the program names the person, changes are recorded as the OS user's.
    const Identity me = Identity::current();
    setActor(me.userName, me.host);
}

Database::~Database() = default;

QSqlDatabase& Database::connection()
{
    return m_connection->db();
}

Status Database::refuseModeMix(const QString& reason)
{
    return makeError(ErrorKind::Busy,
                     m_mode == StorageMode::Shared
                         ? tr("%1 is open in local mode by another program (%2). Close it "
                              "there, or open this database in local mode too.")
                               .arg(QDir::toNativeSeparators(m_path), reason)
                         : tr("%1 is open in shared mode by other PCs (%2). Open it in shared "
                              "mode here too: local mode on a shared file can damage it.")
                               .arg(QDir::toNativeSeparators(m_path), reason));
}

Status Database::applyPragmas()
{
    QSqlDatabase& db = connection();
    const QString wanted = m_mode == StorageMode::Shared ? u"delete"_s : u"wal"_s;
    Result<QVariant> current = sql::scalar(db, u"PRAGMA journal_mode"_s);
    if (!current)
        return current.error();
    if (wanted == u"wal") {
        // A file that other computers use lives on a network folder, where WAL
        // corrupts it (and switching to WAL would even succeed under them).
        Result<std::optional<QString>> otherHost = liveOtherHost();
        if (!otherHost)
            return otherHost.error();
        if (otherHost->has_value())
            return refuseModeMix(**otherHost);
    }
    if (current->toString().toLower() != wanted) {
        // Leaving WAL needs the file to ourselves: do not wait long for that.
        (void)sql::exec(db, u"PRAGMA busy_timeout = 1000"_s);
        Result<QVariant> switched = sql::scalar(db, u"PRAGMA journal_mode = "_s + wanted);
        if (!switched && switched.error().kind != ErrorKind::Busy)
            return switched.error();
        if (!switched || switched->toString().toLower() != wanted)
            return refuseModeMix(tr("the file is in use"));
    }
    const QString sync = m_mode == StorageMode::Shared ? u"PRAGMA synchronous = FULL"_s
                                                       : u"PRAGMA synchronous = NORMAL"_s;
    for (const QString& pragma : {sync, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs(m_mode))}) {
        if (Status s = sql::exec(db, pragma); !s)
            return s;
    }
    if (!m_bulkReads)
        return Status::success();
    // The default 2 MB cache is a few percent of a 100,000-client file. A
    // network folder is not memory-mapped: a mapped page can change under us
    // there (SQLite's own advice).
    if (Status s = sql::exec(db, u"PRAGMA cache_size = -65536"_s); !s)
        return s;
    if (m_mode == StorageMode::Local)
        return sql::exec(db, u"PRAGMA mmap_size = 1073741824"_s);
    return Status::success();
}

Result<std::optional<QString>> Database::liveOtherHost()
{
    Result<QVariant> hasSessions = sql::scalar(
        connection(),
        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sessions'"_s);
    if (!hasSessions)
        return hasSessions.error();
    if (hasSessions->toInt() == 0)
        return std::optional<QString>{};
    Result<QVariant> host = sql::scalar(
        connection(),
        u"SELECT user_name || ' on ' || host FROM sessions WHERE host <> ? AND heartbeat_at > ? LIMIT 1"_s,
        {m_host, utcTimestamp(QDateTime::currentDateTimeUtc().addSecs(-kSessionStaleSeconds))});
    if (!host)
        return host.error();
    return host->isNull() ? std::optional<QString>{} : std::optional<QString>{host->toString()};
}

Status Database::checkIdentity()
{
    QSqlDatabase& db = connection();
    Result<QVariant> version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    Result<QVariant> appId = sql::scalar(db, u"PRAGMA application_id"_s);
    if (!appId)
        return appId.error();
    if (version->toInt() == 0) {
        Result<QVariant> tables = sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
        if (!tables)
            return tables.error();
        if (tables->toInt() == 0)
            return Status::success(); // a new, empty file: migrations will fill it
    } else if (appId->toInt() == kApplicationId) {
        return Status::success();
    }
    return makeError(ErrorKind::Foreign,
                     tr("%1 is an SQLite database of another program, not of Kartoteka. "
                        "Choose a Kartoteka database or create a new one.")
                         .arg(QDir::toNativeSeparators(m_path)));
}

Result<int> Database::schemaVersion()
{
    Result<QVariant> version = sql::scalar(connection(), u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    return version->toInt();
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
                     tr("%1 on %2 is restoring the database from a backup. Your change was "
                        "not saved; it can be made again when the restore has finished.")
                         .arg(who.userName, who.host));
}

Status Database::write(const std::function<Status(Transaction&)>& work, int flags)
{
    if (m_inWrite)
        return makeError(ErrorKind::Failed, tr("Internal error: nested write transaction."));
    QSqlDatabase& db = connection();
    if (Status s = sql::exec(db, u"BEGIN IMMEDIATE"_s); !s)
        return s;
    m_inWrite = true;
    auto rollback = [&](Status failure) {
        // ROLLBACK only fails when SQLite already rolled back (e.g. disk full).
        (void)sql::exec(db, u"ROLLBACK"_s);
        m_inWrite = false;
        return failure;
    };

    if (!(flags & IgnoreMaintenance)) {
        if (Status s = checkMaintenance(); !s)
            return rollback(s);
    }
    Transaction tx(db);
    if (Status s = work(tx); !s)
        return rollback(s);
    const QString at = nowUtc();
    for (const Transaction::PendingChange& change : tx.m_changes) {
        Status s = sql::exec(
            db,
            u"INSERT INTO changes (at, entity, entity_id, op, actor, host) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {at, change.entity, change.id, changeOpName(change.op), m_actor, m_host});
        if (!s)
            return rollback(s);
    }
    if (Status s = sql::exec(db, u"COMMIT"_s); !s)
        return rollback(s);
    m_inWrite = false;
    emit committed();
    return Status::success();
}

} // namespace kartoteka
