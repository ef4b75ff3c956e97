#pragma once

#include "backup/BackupInfo.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <optional>

namespace kartoteka {

class Database;

inline const QString kDailyBackupLease = QStringLiteral("daily-backup");

// Is the day's backup due? Once a day (the first start of the day makes it),
// and again at `dailyAt` if the last one was made before that time today.
bool dailyBackupDue(const QDateTime& lastDone, const QDateTime& now,
                    const std::optional<QTime>& dailyAt);

enum class DailyClaim
{
    Taken,
    NotDue,
    HeldElsewhere
};

// Atomically checks whether the daily backup is due and, if so, takes the
// lease for `holder`: of several PCs exactly one gets Taken.
Result<DailyClaim> claimDailyBackup(Database& db, const QString& holder, const QDateTime& now,
                                    const std::optional<QTime>& dailyAt);
Status finishDailyBackup(Database& db, const QString& holder, bool succeeded, const QDateTime& now);

// Makes the daily backup while the program runs, and backups on request,
// off the UI thread, then records the outcome for every PC and prunes.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(Database& db, QString holder, QObject* parent = nullptr);
    ~BackupScheduler() override;

    void start(int checkIntervalMs = 60 * 1000, int firstCheckDelayMs = 3000);
    void stop();
    // Makes the daily backup if it is due and no other PC is making it.
    void checkDaily();
    // Starts a manual backup; false if a backup is already running.
    bool backUpNow();
    bool isRunning() const { return m_running; }
    // Stops the running backup between two steps: nothing is written, the
    // manifest and earlier backups stay as they were, and it is not recorded
    // as a failure. backupCancelled() follows.
    void cancel();
    // How the copy shares the file; tests slow it down to catch it running.
    void setPacing(const BackupPacing& pacing) { m_pacing = pacing; }

signals:
    void backupStarted(kartoteka::BackupKind kind);
    // `message` names the new file, or says what went wrong.
    void backupFinished(bool succeeded, const QString& message);
    // Pages copied so far of the whole file; emitted from the worker thread.
    void backupProgress(qint64 done, qint64 total);
    void backupCancelled();

private:
    void launch(BackupKind kind, const BackupPolicy& policy, bool leased);
    void finish(const Result<BackupInfo>& result,
                const std::optional<Result<BackupInfo>>& ownerCopy, const BackupPolicy& policy,
                bool leased);

    Database& m_db;
    QString m_holder;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_running = false;
    std::atomic<bool> m_cancel{false};
    BackupPacing m_pacing;
};

} // namespace kartoteka
