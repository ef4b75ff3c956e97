#include "workspace/Workspace.h"

#include "backup/BackupMaker.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "storage/ChangeWatcher.h"
#include "storage/Logging.h"
#include "storage/Sql.h"
#include "workspace/NewDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Workspace)
};

// The migrations that seed every list and stage seedInLanguage() renames.
constexpr int kSeedsComplete = 4;

// A new database is made in one transaction: every migration, its lists and
// stages in `language` and the language recorded. Killed half-way, it stays
// empty and the next open starts again; two PCs creating one shared file at
// once make it once.
Status createInLanguage(Database& database, const QList<Migration>& migrations, Language language)
{
    Result<int> version = database.schemaVersion();
    if (!version)
        return version.error();
    if (*version != 0 || migrations.isEmpty())
        return Status::success();
    return database.write(
        [&](Transaction& tx) -> Status {
            Result<int> now = sql::userVersion(tx.db());
            if (!now)
                return now.error();
            if (*now != 0)
                return Status::success(); // another PC made it meanwhile
            if (Status s = applyMigrations(tx.db(), migrations); !s)
                return s;
            if (migrations.last().version < kSeedsComplete)
                return Status::success();
            return seedInLanguage(tx, language);
        },
        Database::IgnoreMaintenance);
}

} // namespace

Result<std::unique_ptr<Database>> openDatabase(const OpenOptions& options,
                                               const QList<Migration>& given)
{
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db)
        return db.error();
    Database& database = **db;
    // A server runs the twins of the built-in steps (resources/sql/postgresql).
    const QList<Migration>& migrations =
        database.backend() == Backend::PostgreSql && &given == &builtinMigrations()
            ? builtinMigrations(Backend::PostgreSql)
            : given;
    if (database.isReadOnly()) {
        Result<int> version = database.schemaVersion();
        if (!version)
            return version.error();
        const int programVersion = migrations.isEmpty() ? 0 : migrations.last().version;
        if (Status s = checkSchemaSupported(*version, programVersion); !s)
            return s.error();
        if (*version < programVersion)
            return makeError(
                ErrorKind::ReadOnly,
                Tr::tr(
                    "%1 was saved by an older Kartoteka and needs an upgrade before this version "
                    "can show it, but it can only be read here (read-only media, folder or "
                    "file). Copy it to a folder you can write to and open the copy.")
                    .arg(QDir::toNativeSeparators(database.path())));
        return db;
    }
    auto safetyBackup = [&](int from, int to) -> Status {
        qCInfo(lcMigrations) << "upgrading schema" << from << "to" << to << "; safety copy first";
        // On a server, a pg_dump as the same login (backup/ServerBackup.h).
        Result<BackupInfo> backup = createBackup(
            backupRequestFor(database, backupFolderBeforeUpgrade(database), BackupKind::Safety));
        if (backup)
            return Status::success();
        Error e = backup.error();
        e.message = Tr::tr("The database needs an upgrade, but the safety "
                           "copy before it failed, so nothing was changed. %1")
                        .arg(e.message);
        return e;
    };
    if (Status s = createInLanguage(database, migrations, options.language); !s)
        return s.error();
    if (Status s = migrate(database, migrations, safetyBackup); !s)
        return s.error();
    return db;
}

Result<RestoreReport> restoreBackupFile(const QString& databasePath, ModeChoice mode,
                                        const QString& file, const QString& safetyFolder,
                                        const Identity& who, const RestoreConsent& consent,
                                        const Principal& principal)
{
    OpenOptions options{databasePath, mode, true};
    options.principal = principal;
    return restoreBackupFile(options, file, safetyFolder, who, consent);
}

Result<RestoreReport> restoreBackupFile(const OpenOptions& options, const QString& file,
                                        const QString& safetyFolder, const Identity& who,
                                        const RestoreConsent& consent)
{
    if (Result<VerifiedBackup> verified = verifyBackupFile(file, latestSchemaVersion()); !verified)
        return verified.error();
    RestoreConsent given = consent;
    const bool server = options.allowServer && isServerAddress(options.path);
    if (!server && !QFileInfo::exists(options.path))
        given.otherDatabase = true;
    OpenOptions open = options;
    // A server database is never made by a restore: it must exist, made by its owner.
    open.createIfMissing = !server;
    Result<std::unique_ptr<Database>> db = openDatabase(open);
    if (!db)
        return db.error();
    (*db)->setActor(who.userName, who.host);
    (*db)->setPrincipal(options.principal);
    SessionRegistry session(**db, who);
    if (Status s = session.start(); !s)
        return s.error();
    Result<RestoreReport> report = restoreBackup(**db, session, file, safetyFolder, given);
    (void)session.stop();
    return report;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const OpenOptions& options,
                                                   const Identity& identity)
{
    Result<std::unique_ptr<Database>> db = openDatabase(options);
    if (!db)
        return db.error();
    (*db)->setActor(identity.userName, identity.host);
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(*db), identity));
    // A read-only database is only looked at: no session row, no backups.
    if (workspace->m_db->isReadOnly())
        return workspace;
    if (Status s = workspace->m_sessions->start(); !s)
        return s.error();
    return workspace;
}

Workspace::Workspace(std::unique_ptr<Database> db, const Identity& identity)
    : m_db(std::move(db)), m_sessions(std::make_unique<SessionRegistry>(*m_db, identity)),
      m_watcher(std::make_unique<ChangeWatcher>(*m_db)),
      m_backups(
          std::make_unique<BackupScheduler>(*m_db, u"%1/%2"_s.arg(identity.host).arg(identity.pid)))
{
}

Workspace::~Workspace()
{
    // Members go in reverse order: the scheduler waits for a running backup,
    // then the session row is removed, then the connection closes.
    m_backups.reset();
    m_watcher.reset();
    m_sessions.reset();
}

void Workspace::start()
{
    m_watcher->start();
    if (!m_db->isReadOnly())
        m_backups->start();
}

} // namespace kartoteka
