#pragma once

#include "backup/Restore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Result.h"
#include "storage/Sessions.h"

#include <QObject>

#include <memory>

namespace kartoteka {

class BackupScheduler;
class ChangeWatcher;

// Opens a database and brings its schema up to date; an existing database is
// backed up (safety copy) before it is upgraded. A newer one is refused.
Result<std::unique_ptr<Database>>
openDatabase(const OpenOptions& options, const QList<Migration>& migrations = builtinMigrations());

// The same on a connection of its own, for a worker thread or the CLI: opens
// (or creates, for a new PC recovering from a backup) the database at
// `databasePath`, registers a session for the maintenance flag, restores, and
// closes. A bad backup file is refused before the database is even opened.
// A database this call creates has no data of its own, so restoring another
// database's backup into it needs no consent. `principal` is who restores:
// the audit records the restore under their account.
Result<RestoreReport> restoreBackupFile(const QString& databasePath, ModeChoice mode,
                                        const QString& file, const QString& safetyFolder,
                                        const Identity& who, const RestoreConsent& consent = {},
                                        const Principal& principal = {});
// The same for the database `options` open, a server's too (then as the
// login in them; the database must exist already). Its principal restores.
Result<RestoreReport> restoreBackupFile(const OpenOptions& options, const QString& file,
                                        const QString& safetyFolder, const Identity& who,
                                        const RestoreConsent& consent = {});

// One open database with everything that runs beside it in a program: the
// session row and its heartbeat, the change watcher, the backup scheduler.
class Workspace : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Workspace>> open(const OpenOptions& options,
                                                   const Identity& identity);
    ~Workspace() override;

    // Starts the heartbeat, the change watcher and the daily backup checks.
    void start();

    Database& database() { return *m_db; }
    SessionRegistry& sessions() { return *m_sessions; }
    ChangeWatcher& watcher() { return *m_watcher; }
    BackupScheduler& backups() { return *m_backups; }

private:
    explicit Workspace(std::unique_ptr<Database> db, const Identity& identity);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionRegistry> m_sessions;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<BackupScheduler> m_backups;
};

} // namespace kartoteka
