#pragma once

#include "accounts/Access.h"
#include "language/Language.h"
#include "storage/Result.h"
#include "storage/ServerAddress.h"
#include "storage/StorageMode.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

#include <functional>
#include <memory>
#include <optional>

namespace kartoteka {

namespace sql {
class Connection;
}

inline constexpr qint32 kApplicationId = 0x4B52544B; // 'KRTK', see 0001_foundation.sql

// Tables that describe who is connected right now rather than business data.
// A restore does not bring back the backup's rows of these.
const QStringList& runtimeTables();

enum class ChangeOp
{
    Insert,
    Update,
    Delete,
    Reload
};
QString changeOpName(ChangeOp op);

struct OpenOptions
{
    QString path;
    ModeChoice mode = ModeChoice::Automatic;
    bool createIfMissing = true;
    // For a background job that reads much of the file (the reports): a
    // 64 MB page cache, whose memory the next such connection reuses
    // (FreedMemory.h). The window's own connection keeps SQLite's small
    // defaults and the program stays light.
    bool bulkReads = false;
    // Open for reading only, whatever the file allows. A file that cannot be
    // written (read-only media or share, no permission) is opened so anyway.
    bool readOnly = false;
    // The language a database this open creates is seeded in: its lists and
    // stages (workspace/NewDatabase.h). An existing database keeps its own.
    Language language = Language::English;
    // Who uses the connection; reopenOptions() carries it to the connections
    // of background work, so they reach exactly what the window reaches.
    Principal principal;
    // Whether `path` may be a server address (postgresql://...). Off by
    // default: until every feature works on a PostgreSQL server (issue 13)
    // the program and the command line do not offer it, and an address
    // given to them is refused with a message instead of being taken for a
    // file name. Only the server backend's tests turn it on.
    bool allowServer = false;
    // On a server: the account to connect as (its login role, see
    // serverLoginRole) and its password, which the server checks. Empty: the
    // address's user, or libpq's default (the database owner's connection).
    // Kept for reopenOptions(): background work connects as the same person.
    QString serverLogin;
    QString serverPassword;
};

class Database;

// Handed to the work inside Database::write(). Everything done through it
// commits together with the change-feed rows it records, or not at all.
class Transaction
{
public:
    QSqlDatabase& db() { return m_db; }
    // The connection it runs on: its principal is who makes the change.
    const Database& database() const { return m_database; }
    // Appends to the change feed in this transaction, so other windows and PCs
    // refresh exactly what changed.
    void recordChange(const QString& entity, qint64 entityId, ChangeOp op);
    // Something the person should hear of once the change is saved (an
    // automation rule that could not run); dropped with a rollback.
    void addNotice(const QString& text) { m_notices.append(text); }

private:
    friend class Database;
    Transaction(QSqlDatabase& db, const Database& database) : m_db(db), m_database(database) {}
    struct PendingChange
    {
        QString entity;
        qint64 id;
        ChangeOp op;
    };
    QSqlDatabase& m_db;
    const Database& m_database;
    QList<PendingChange> m_changes;
    QStringList m_notices;
};

// One open connection to a Kartoteka database file, in local or shared mode.
// Lives on one thread; long work elsewhere opens a Database of its own.
// The file is SQLite's alone while any connection is open: read LiveFiles.h
// before writing code that touches files.
class Database : public QObject
{
    Q_OBJECT
public:
    enum WriteFlag
    {
        NoFlags = 0,
        // For runtime bookkeeping (heartbeats) and the restore itself, which
        // must go on while a restore holds the maintenance flag.
        IgnoreMaintenance = 1,
    };

    static Result<std::unique_ptr<Database>> open(const OpenOptions& options);
    ~Database() override;

    QSqlDatabase& connection();
    // The file's absolute path, or the server's address (ServerAddress::toString).
    const QString& path() const { return m_path; }
    // SQLite file or PostgreSQL server: for the few places allowed to differ.
    Backend backend() const { return m_backend; }
    StorageMode mode() const { return m_mode; }
    // Opened for reading only: every write() fails with ErrorKind::ReadOnly.
    bool isReadOnly() const { return m_readOnly; }
    // How to open another connection to this file in the same mode and with
    // the same read settings, for work on another thread (a connection lives
    // on one thread only).
    OpenOptions reopenOptions() const;
    Result<int> schemaVersion();

    // Who is making changes: recorded with every change-feed row. Until
    // someone signs in, the operating system's user name.
    void setActor(const QString& actor, const QString& host);
    const QString& actor() const;
    const QString& host() const { return m_host; }
    // The account signed in on this connection: what the access rule and the
    // capability checks ask, and the account every change records.
    void setPrincipal(const Principal& principal) { m_principal = principal; }
    const Principal& principal() const { return m_principal; }
    // The signed-in account's id, NULL for the program itself.
    QVariant actorId() const;
    // The sessions row of this connection; its own maintenance flag does not block it.
    void setSessionId(qint64 id) { m_sessionId = id; }
    qint64 sessionId() const { return m_sessionId; }
    // On a server, the account whose login role this connection uses (empty:
    // the address's user, the administrator's connection).
    const QString& serverLogin() const { return m_serverLogin; }
    // On a server: this connection, and every one reopened from it, now uses
    // the login role of `login` (folded) with `password`, so the server's
    // limits follow the person signed in on this window. Refused
    // (ErrorKind::SignInFailed, or Io when the server is gone) leaves the
    // connection as it was. Nothing on a file.
    Status connectAs(const QString& login, const QString& password);
    // On a server whose connection was lost (the server restarted, the
    // network dropped it): a new one, as the same account. True when it was
    // renewed (connectionReplaced() was emitted), false when the connection
    // works; an error while the server cannot be reached, and for a few
    // seconds after each try. Nothing on a file.
    Result<bool> reconnectIfLost();

    // Runs `work` in one BEGIN IMMEDIATE transaction: the write lock is taken
    // up front, so two PCs never deadlock upgrading a read lock, and a busy
    // database waits up to the busy timeout. Commits when work succeeds,
    // rolls back otherwise. On a server, a plain transaction: the server
    // locks rows, not the whole database.
    Status write(const std::function<Status(Transaction&)>& work, int flags = NoFlags);

    // Busy timeout applied to every connection, in milliseconds.
    static int busyTimeoutMs(StorageMode mode);

    // The notices of the changes saved since the last call (Transaction::addNotice).
    QStringList takeNotices() { return std::exchange(m_notices, {}); }

signals:
    // After every successful commit made through this connection.
    void committed();
    // On a server: connection() is a new connection now (another person
    // signed in, or the lost one was renewed). What the server sends to a
    // connection (notifications) must be asked for again.
    void connectionReplaced();

private:
    Database(std::unique_ptr<sql::Connection> connection, QString path, StorageMode mode,
             bool bulkReads, bool readOnly, Backend backend = Backend::Sqlite);
    static Result<std::unique_ptr<Database>> openServer(const OpenOptions& options);
    // A server database: Kartoteka's, or empty (when `mayBeNew`), never another program's.
    Status checkServerIdentity(bool mayBeNew);
    // Whether the session's server user may make a base in the empty
    // database: create tables there, and login roles for the accounts.
    Status checkMayCreateServerBase();
    // What every server connection sets first: the time zone, read-only.
    Status startServerSession();
    // Connects anew as `login` and, once that works, closes the old connection.
    Status replaceConnection(const QString& login, const QString& password);
    // BEGIN, or BEGIN IMMEDIATE on a file; on a server over a renewed
    // connection when the old one was lost.
    Status begin();
    Status applyPragmas();
    Status applyBulkReadPragmas();
    Status refuseModeMix(const QString& reason);
    // A live session that this connection's mode would endanger: another PC
    // while this one wants local mode (WAL), or any program, here or elsewhere,
    // using the file in the other mode.
    Result<std::optional<QString>> sessionInOtherMode();
    // Reads only. Refuses what is not a Kartoteka database; an empty file is
    // accepted only when `mayBeNew` (the commands that create a database).
    Status checkIdentity(bool mayBeNew);
    Status checkMaintenance();

    std::unique_ptr<sql::Connection> m_connection;
    QString m_path;
    Backend m_backend = Backend::Sqlite;
    StorageMode m_mode;
    bool m_bulkReads;
    bool m_readOnly;
    QString m_actor;
    QString m_host;
    Principal m_principal;
    qint64 m_sessionId = 0;
    QString m_serverLogin;
    QString m_serverPassword;
    bool m_inWrite = false;
    QStringList m_notices;
    QElapsedTimer m_lastReconnect;
    static constexpr int kReconnectIntervalMs = 3000;
};

// ISO-8601 UTC with milliseconds: sorts as text, which the SQL relies on.
QString utcTimestamp(const QDateTime& when);
QString nowUtc();

} // namespace kartoteka
