#include "storage/Sessions.h"

#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QSysInfo>

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

QString staleCutoff()
{
    return utcTimestamp(QDateTime::currentDateTimeUtc().addSecs(-kSessionStaleSeconds));
}

SessionInfo sessionFrom(const QSqlRecord& r)
{
    SessionInfo s;
    s.id = r.value(u"id"_s).toLongLong();
    s.host = r.value(u"host"_s).toString();
    s.userName = r.value(u"user_name"_s).toString();
    s.pid = r.value(u"pid"_s).toLongLong();
    s.appVersion = r.value(u"app_version"_s).toString();
    s.startedAt = QDateTime::fromString(r.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    s.heartbeatAt = QDateTime::fromString(r.value(u"heartbeat_at"_s).toString(), Qt::ISODateWithMs);
    s.maintenance = r.value(u"maintenance"_s).toString();
    return s;
}

const QString kColumns =
    u"id, host, user_name, pid, app_version, started_at, heartbeat_at, maintenance"_s;

} // namespace

Identity Identity::current()
{
    Identity id;
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (id.userName.isEmpty())
            id.userName = qEnvironmentVariable(variable);
    }
    if (id.userName.isEmpty())
        id.userName = QDir::home().dirName();
    id.host = QSysInfo::machineHostName();
    id.pid = QCoreApplication::applicationPid();
    id.appVersion = QStringLiteral(KARTOTEKA_VERSION);
    return id;
}

bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    Q_UNUSED(pid);
    return true;
#else
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#endif
}

Result<std::optional<SessionInfo>> maintenanceHolder(QSqlDatabase& db, qint64 excludeId)
{
    Result<QList<QSqlRecord>> found =
        sql::rows(db,
                  u"SELECT "_s + kColumns +
                      u" FROM sessions WHERE maintenance IS NOT NULL AND id <> ? "
                      u"AND heartbeat_at > ? ORDER BY id LIMIT 1"_s,
                  {excludeId, staleCutoff()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SessionInfo>{};
    return std::optional<SessionInfo>{sessionFrom(found->first())};
}

SessionRegistry::SessionRegistry(Database& db, Identity identity, QObject* parent)
    : QObject(parent), m_db(db), m_identity(std::move(identity))
{
    m_timer.setInterval(kHeartbeatSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Status s = heartbeat(); !s)
            emit heartbeatFailed(s.error().message);
    });
}

SessionRegistry::~SessionRegistry()
{
    if (m_id != 0)
        (void)stop();
}

Status SessionRegistry::insertRow()
{
    return m_db.write(
        [this](Transaction& tx) -> Status {
            const QString now = nowUtc();
            // Rows of programs that crashed long ago: nobody else removes them.
            if (Status s = sql::exec(tx.db(), u"DELETE FROM sessions WHERE heartbeat_at < ?"_s,
                                     {utcTimestamp(QDateTime::currentDateTimeUtc().addDays(-1))});
                !s)
                return s;
            Result<qint64> id = sql::insertReturningId(
                tx.db(),
                u"INSERT INTO sessions (host, user_name, pid, app_version, started_at, "
                u"heartbeat_at, mode) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {m_identity.host, m_identity.userName, m_identity.pid, m_identity.appVersion, now,
                 now, storageModeName(m_db.mode())});
            if (!id)
                return id.error();
            m_id = *id;
            return Status::success();
        },
        Database::IgnoreMaintenance);
}

Status SessionRegistry::start()
{
    if (Status s = insertRow(); !s)
        return s;
    m_db.setSessionId(m_id);
    m_timer.start();
    return Status::success();
}

Status SessionRegistry::setUserName(const QString& name)
{
    m_identity.userName = name;
    if (m_id == 0 || m_db.isReadOnly())
        return Status::success();
    return m_db.write(
        [&](Transaction& tx) -> Status {
            return sql::exec(tx.db(), u"UPDATE sessions SET user_name = ? WHERE id = ?"_s,
                             {name, m_id});
        },
        Database::IgnoreMaintenance);
}

Status SessionRegistry::heartbeat()
{
    if (m_id == 0)
        return start();
    int updated = 0;
    Status s = m_db.write(
        [&](Transaction& tx) -> Status {
            Result<int> n = sql::change(
                tx.db(), u"UPDATE sessions SET heartbeat_at = ? WHERE id = ?"_s, {nowUtc(), m_id});
            if (!n)
                return n.error();
            updated = *n;
            return Status::success();
        },
        Database::IgnoreMaintenance);
    if (!s)
        return s;
    if (updated == 0) {
        // A restore brought back the backup's empty sessions table: register again.
        qCInfo(lcStorage) << "session row" << m_id << "vanished; registering again";
        m_id = 0;
        return start();
    }
    return Status::success();
}

Status SessionRegistry::stop()
{
    m_timer.stop();
    const qint64 id = m_id;
    m_id = 0;
    m_db.setSessionId(0);
    return m_db.write(
        [id](Transaction& tx) {
            return sql::exec(tx.db(), u"DELETE FROM sessions WHERE id = ?"_s, {id});
        },
        Database::IgnoreMaintenance);
}

Result<QList<SessionInfo>> SessionRegistry::activeSessions()
{
    Result<QList<QSqlRecord>> found = sql::rows(
        m_db.connection(),
        u"SELECT "_s + kColumns + u" FROM sessions WHERE heartbeat_at > ? OR id = ? ORDER BY id"_s,
        {staleCutoff(), m_id});
    if (!found)
        return found.error();
    QList<SessionInfo> sessions;
    for (const QSqlRecord& r : *found)
        sessions.append(sessionFrom(r));
    return sessions;
}

Status SessionRegistry::setMaintenance(const QString& what)
{
    return m_db.write(
        [&](Transaction& tx) {
            return sql::exec(
                tx.db(), u"UPDATE sessions SET maintenance = ?, heartbeat_at = ? WHERE id = ?"_s,
                {what, nowUtc(), m_id});
        },
        Database::IgnoreMaintenance);
}

Status SessionRegistry::clearMaintenance()
{
    return m_db.write(
        [&](Transaction& tx) {
            return sql::exec(tx.db(), u"UPDATE sessions SET maintenance = NULL WHERE id = ?"_s,
                             {m_id});
        },
        Database::IgnoreMaintenance);
}

} // namespace kartoteka
