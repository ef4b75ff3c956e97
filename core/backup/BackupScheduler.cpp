#include "backup/BackupScheduler.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/OwnerCopy.h"
#include "backup/ServerBackup.h"
#include "storage/Database.h"
#include "storage/Leases.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
constexpr int kLeaseMinutes = 30; // a PC that dies mid-backup frees the lease after this
}

bool dailyBackupDue(const QDateTime& lastDone, const QDateTime& now,
                    const std::optional<QTime>& dailyAt)
{
    if (!lastDone.isValid())
        return true;
    const QDateTime last = lastDone.toLocalTime();
    const QDateTime current = now.toLocalTime();
    if (last.date() < current.date())
        return true;
    if (dailyAt) {
        const QDateTime slot(current.date(), *dailyAt);
        return current >= slot && last < slot;
    }
    return false;
}

Result<DailyClaim> claimDailyBackup(Database& db, const QString& holder, const QDateTime& now,
                                    const std::optional<QTime>& dailyAt)
{
    // Most checks find the day's backup done: see that without taking the
    // write lock every minute on every PC.
    Result<QVariant> done = sql::scalar(
        db.connection(), u"SELECT done_at FROM leases WHERE name = ?"_s, {kDailyBackupLease});
    if (!done)
        return done.error();
    if (!dailyBackupDue(QDateTime::fromString(done->toString(), Qt::ISODateWithMs), now, dailyAt))
        return DailyClaim::NotDue;

    DailyClaim claim = DailyClaim::NotDue;
    Status s = db.write([&](Transaction& tx) -> Status {
        Result<Lease> lease = leases::read(tx, kDailyBackupLease);
        if (!lease)
            return lease.error();
        if (!dailyBackupDue(lease->doneAt, now, dailyAt)) {
            claim = DailyClaim::NotDue;
            return Status::success();
        }
        if (!lease->holder.isEmpty() && lease->holder != holder && lease->expiresAt > now) {
            claim = DailyClaim::HeldElsewhere;
            return Status::success();
        }
        claim = DailyClaim::Taken;
        return leases::take(tx, kDailyBackupLease, holder, now.addSecs(kLeaseMinutes * 60));
    });
    if (!s)
        return s.error();
    return claim;
}

Status finishDailyBackup(Database& db, const QString& holder, bool succeeded, const QDateTime& now)
{
    return db.write([&](Transaction& tx) {
        return leases::release(tx, kDailyBackupLease, holder, succeeded, now);
    });
}

BackupScheduler::BackupScheduler(Database& db, QString holder, QObject* parent)
    : QObject(parent), m_db(db), m_holder(std::move(holder))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkDaily);
}

BackupScheduler::~BackupScheduler()
{
    // The worker posts its result to this object: stop it and let it finish first.
    m_cancel = true;
    m_pool.waitForDone();
}

void BackupScheduler::start(int checkIntervalMs, int firstCheckDelayMs)
{
    m_timer.start(checkIntervalMs);
    // Not at once: the window should appear before the snapshot starts.
    QTimer::singleShot(firstCheckDelayMs, this, &BackupScheduler::checkDaily);
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

void BackupScheduler::checkDaily()
{
    if (m_running)
        return;
    Result<BackupPolicy> policy = loadBackupPolicy(m_db);
    if (!policy) {
        qCWarning(lcBackup) << "cannot read the backup policy:" << policy.error().message;
        return;
    }
    // On a server, an account that sees only part of the base cannot make
    // its backup: it leaves the day's backup to a PC where an owner or an
    // administrator works, rather than take the lease and fail each minute.
    if (m_db.backend() == Backend::PostgreSql) {
        Result<bool> whole = readsEveryRow(m_db.connection());
        if (!whole || !*whole) {
            qCDebug(lcBackup) << "the daily backup of the server is left to another PC:"
                              << (whole ? u"this account sees part of the base"_s
                                        : whole.error().message);
            return;
        }
    }
    Result<DailyClaim> claim =
        claimDailyBackup(m_db, m_holder, QDateTime::currentDateTime(), policy->dailyAt);
    if (!claim) {
        qCWarning(lcBackup) << "cannot check the daily backup:" << claim.error().message;
        return;
    }
    if (*claim == DailyClaim::Taken)
        launch(BackupKind::Automatic, *policy, true);
}

bool BackupScheduler::backUpNow()
{
    if (m_running)
        return false;
    Result<BackupPolicy> policy = loadBackupPolicy(m_db);
    if (!policy) {
        emit backupFinished(false, policy.error().message);
        return true;
    }
    launch(BackupKind::Manual, *policy, false);
    return true;
}

void BackupScheduler::cancel()
{
    if (m_running)
        m_cancel = true;
}

void BackupScheduler::launch(BackupKind kind, const BackupPolicy& policy, bool leased)
{
    m_running = true;
    m_cancel = false;
    emit backupStarted(kind);
    BackupRequest request = backupRequestFor(m_db, policy.effectiveFolder(), kind);
    request.now = QDateTime::currentDateTime();
    request.pacing = m_pacing;
    // On the worker thread: a signal to the window is queued there, and a
    // permille changes often enough for a progress bar.
    request.progress = [this, lastShown = qint64(-1)](const BackupProgress& p) mutable {
        const qint64 permille = p.pagesTotal > 0 ? p.pagesDone * 1000 / p.pagesTotal : 0;
        if (permille != lastShown) {
            lastShown = permille;
            emit backupProgress(p.pagesDone, p.pagesTotal);
        }
        return !m_cancel.load();
    };
    m_pool.start([this, request, policy, leased] {
        const Result<BackupInfo> result = createBackup(request);
        // The owner's copy is made of the finished, verified file, here off
        // the UI thread too: it may be hundreds of MB onto a slow USB stick.
        const std::optional<Result<BackupInfo>> ownerCopy =
            result ? makeOwnerCopy(*result, policy, request.now) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, result, ownerCopy, policy, leased] {
                finish(result, ownerCopy, policy, leased);
            },
            Qt::QueuedConnection);
    });
}

void BackupScheduler::finish(const Result<BackupInfo>& result,
                             const std::optional<Result<BackupInfo>>& ownerCopy,
                             const BackupPolicy& policy, bool leased)
{
    m_running = false;
    const QDateTime now = QDateTime::currentDateTime();
    if (leased) {
        if (Status s = finishDailyBackup(m_db, m_holder, result.ok(), now); !s)
            qCWarning(lcBackup) << "cannot release the backup lease:" << s.error().message;
    }
    // Stopped on purpose: not a failure for every PC to see, and nothing to prune.
    if (!result && result.error().kind == ErrorKind::Cancelled) {
        emit backupCancelled();
        return;
    }
    if (!result) {
        if (Status s = recordBackupFailure(m_db, result.error().message, now); !s)
            qCWarning(lcBackup) << "cannot record the failure:" << s.error().message;
        emit backupFinished(false, result.error().message);
        return;
    }
    if (Status s = recordBackupSuccess(m_db, *result); !s)
        qCWarning(lcBackup) << "cannot record the backup:" << s.error().message;
    // Only now, with the new backup verified, may old ones go.
    Result<QStringList> pruned =
        pruneBackups(policy.effectiveFolder(), result->databaseId, policy.retention, now);
    QString message = QDir::toNativeSeparators(result->file);
    if (!pruned)
        message += u"\n"_s + pruned.error().message;
    if (ownerCopy) {
        if (Status s = recordOwnerCopyOutcome(m_db, *ownerCopy, now); !s)
            qCWarning(lcBackup) << "cannot record the owner's copy:" << s.error().message;
        if (!*ownerCopy)
            message += u"\n"_s + ownerCopy->error().message;
    }
    emit backupFinished(true, message);
}

} // namespace kartoteka
