#include "storage/ChangeWatcher.h"

#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
constexpr int kMaxChangesPerPoll = 5000;
// The server's channel for new rows of the change feed.
const QString kChangesChannel = QStringLiteral("kartoteka_changes");
} // namespace

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { pollAndReport(false); });
    connect(&m_db, &Database::committed, this, [this] { pollAndReport(true); });
    // A server tells every listening connection at each commit that adds to
    // the feed (postgresql/0020_server_roles.sql, changes_notify): another
    // PC's save is read at once; the timer stays as the fallback.
    if (m_db.backend() == Backend::PostgreSql) {
        listenToServer();
        connect(&m_db, &Database::connectionReplaced, this, &ChangeWatcher::listenToServer);
    }
    // Start after what exists now: a window that just opened has read it all.
    Result<QVariant> last = sql::scalar(m_db.connection(), u"SELECT max(id) FROM changes"_s);
    if (last)
        m_lastId = last->toLongLong();
    if (m_db.backend() == Backend::Sqlite) {
        Result<QVariant> dataVersion = sql::scalar(m_db.connection(), u"PRAGMA data_version"_s);
        if (dataVersion)
            m_dataVersion = dataVersion->toLongLong();
    }
}

void ChangeWatcher::listenToServer()
{
    QSqlDriver* driver = m_db.connection().driver();
    if (driver->subscribeToNotification(kChangesChannel))
        connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
            if (name == kChangesChannel)
                pollAndReport(true);
        });
    else
        qCWarning(lcChanges) << "no notifications from the server; polling only";
}

void ChangeWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

void ChangeWatcher::pollAndReport(bool force)
{
    Status s = poll(force);
    // A server's connection that was lost is renewed here, at the watcher's
    // pace: the window is told the server is gone, and that it is back.
    if (!s && m_db.backend() == Backend::PostgreSql) {
        if (Result<bool> renewed = m_db.reconnectIfLost(); renewed && *renewed)
            s = poll(true);
    }
    if (!s && !m_failing) {
        m_failing = true;
        emit pollFailed(s.error().message);
    } else if (s && m_failing) {
        m_failing = false;
        emit pollRecovered();
    }
}

Status ChangeWatcher::poll(bool force)
{
    // A server has no data_version: its feed and maintenance flag are read
    // each time, two look-ups by index.
    if (m_db.backend() == Backend::PostgreSql) {
        if (Status s = readMaintenance(); !s)
            return s;
        return readFeed();
    }
    Result<QVariant> dataVersion = sql::scalar(m_db.connection(), u"PRAGMA data_version"_s);
    if (!dataVersion)
        return dataVersion.error();
    if (!force && dataVersion->toLongLong() == m_dataVersion)
        return Status::success();
    m_dataVersion = dataVersion->toLongLong();
    if (Status s = readMaintenance(); !s)
        return s;
    return readFeed();
}

Status ChangeWatcher::readFeed()
{
    bool reload = false;
    for (;;) {
        Result<QList<QSqlRecord>> rows =
            sql::rows(m_db.connection(),
                      u"SELECT id, entity, entity_id, op FROM changes WHERE id > ? ORDER BY id "
                      u"LIMIT ?"_s,
                      {m_lastId, kMaxChangesPerPoll});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        QList<Change> changes;
        changes.reserve(rows->size());
        for (const QSqlRecord& r : *rows) {
            Change c{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                     r.value(3).toString()};
            // A bulk change of one entity ("reload" with that entity) is for
            // its own views; "*" means everything (a restore).
            reload = reload || (c.op == u"reload" && c.entity == u"*");
            changes.append(c);
        }
        m_lastId = changes.last().id;
        qCDebug(lcChanges) << changes.size() << "changes up to" << m_lastId;
        emit changed(changes);
        if (rows->size() < kMaxChangesPerPoll)
            break;
    }
    if (reload)
        emit reloadRequested();
    return Status::success();
}

Status ChangeWatcher::readMaintenance()
{
    Result<std::optional<SessionInfo>> holder =
        maintenanceHolder(m_db.connection(), m_db.sessionId());
    if (!holder)
        return holder.error();
    const qint64 id = holder->has_value() ? (*holder)->id : 0;
    if (id != m_maintenanceHolderId) {
        m_maintenanceHolderId = id;
        emit maintenanceChanged(*holder);
    }
    return Status::success();
}

} // namespace kartoteka
