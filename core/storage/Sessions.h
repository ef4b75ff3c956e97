#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>

namespace kartoteka {

class Database;

inline constexpr int kHeartbeatSeconds = 30;
inline constexpr int kSessionStaleSeconds = 120; // no heartbeat for this long: gone

// Who runs this program: recorded in sessions and with every change.
struct Identity
{
    QString userName;
    QString host;
    qint64 pid = 0;
    QString appVersion;

    static Identity current();
};

struct SessionInfo
{
    qint64 id = 0;
    QString host;
    QString userName;
    qint64 pid = 0;
    QString appVersion;
    QDateTime startedAt;
    QDateTime heartbeatAt;
    QString maintenance; // non-empty while that session restores the database
};

// Whether a process of this PC is still running (a crashed program's session
// row is then known to be dead at once). Where the system cannot tell: true.
bool processIsAlive(qint64 pid);

// The live session (other than `excludeId`) holding the maintenance flag, if any.
Result<std::optional<SessionInfo>> maintenanceHolder(QSqlDatabase& db, qint64 excludeId);

// This program's row in the sessions table: registered on start, kept fresh by
// a heartbeat every 30 s, removed on stop. Stale rows of crashed programs are
// ignored after 2 minutes and cleaned up by the next start.
class SessionRegistry : public QObject
{
    Q_OBJECT
public:
    SessionRegistry(Database& db, Identity identity, QObject* parent = nullptr);
    ~SessionRegistry() override;

    Status start();
    Status heartbeat();
    Status stop();
    qint64 id() const { return m_id; }
    const Identity& identity() const { return m_identity; }
    // Who others see on this session ("Connected now", the restore banner):
    // the account signed in rather than the operating system's user.
    Status setUserName(const QString& name);

    // Every live session, this one included, oldest first.
    Result<QList<SessionInfo>> activeSessions();

    // Raises or clears this session's maintenance flag: other sessions then
    // refuse to write and show a banner.
    Status setMaintenance(const QString& what);
    Status clearMaintenance();

signals:
    void heartbeatFailed(const QString& message);

private:
    Status insertRow();

    Database& m_db;
    Identity m_identity;
    qint64 m_id = 0;
    QTimer m_timer;
};

} // namespace kartoteka
