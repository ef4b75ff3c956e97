#pragma once

#include "storage/Result.h"
#include "storage/Sessions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace kartoteka {

class Database;

struct Change
{
    qint64 id = 0;
    QString entity;
    qint64 entityId = 0;
    QString op; // insert / update / delete / reload
};

// Notices what other connections (other windows, other PCs) committed: polls
// PRAGMA data_version, which changes only when someone else wrote, and then
// reads the new rows of the change feed. On a server it listens for the
// server's notice of each commit to the feed, and polls as well. Also
// reports the maintenance flag.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    // Checks now; `force` reads the feed even if data_version did not move
    // (after this connection's own commit, which data_version does not count).
    Status poll(bool force = false);
    // poll() for the timer: reports a failure once and the recovery once.
    void pollAndReport(bool force);
    qint64 lastSeenId() const { return m_lastId; }

signals:
    void changed(const QList<kartoteka::Change>& changes);
    // Everything changed (a restore): reload every view.
    void reloadRequested();
    void maintenanceChanged(const std::optional<kartoteka::SessionInfo>& holder);
    void pollFailed(const QString& message);
    // The database answers again after pollFailed.
    void pollRecovered();

private:
    // On a server: the feed's notifications, asked of the current connection.
    void listenToServer();
    Status readFeed();
    Status readMaintenance();

    Database& m_db;
    QTimer m_timer;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    qint64 m_maintenanceHolderId = 0;
    bool m_failing = false;
};

} // namespace kartoteka
