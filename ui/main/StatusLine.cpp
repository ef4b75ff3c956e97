#include "main/StatusLine.h"
#include "language/Formats.h"

#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kartoteka::ui {

StatusLine::StatusLine(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_database(new QLabel(this)),
      m_backup(new QLabel(this)), m_others(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_database, 1);
    layout->addWidget(m_backup);
    layout->addWidget(m_others);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(&m_workspace.backups(), &BackupScheduler::backupStarted, this,
            [this] { m_backup->setText(tr("Backing up…")); });
    connect(&m_workspace.backups(), &BackupScheduler::backupFinished, this, &StatusLine::refresh);
    connect(&m_workspace.backups(), &BackupScheduler::backupCancelled, this, &StatusLine::refresh);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &StatusLine::refresh);
    m_timer.start();
    refresh();
}

QString StatusLine::databaseText() const
{
    return m_database->text();
}

QString StatusLine::backupText() const
{
    return m_backup->text();
}

void StatusLine::refresh()
{
    Database& db = m_workspace.database();
    if (db.backend() == Backend::PostgreSql) {
        m_database->setText(db.isReadOnly()
                                ? tr("server %1 — read-only").arg(databaseShortName(db.path()))
                                : tr("server %1").arg(databaseShortName(db.path())));
        m_database->setToolTip(tr("A PostgreSQL server (%1): every PC connected to it works on "
                                  "the same base, and the server enforces each account's limits.")
                                   .arg(db.path()));
    } else {
        m_database->setText(db.isReadOnly()
                                ? tr("%1 — read-only").arg(QDir::toNativeSeparators(db.path()))
                                : tr("%1 — %2").arg(QDir::toNativeSeparators(db.path()),
                                                    storageModeDisplayName(db.mode())));
        m_database->setToolTip(db.mode() == StorageMode::Shared
                                   ? tr("Shared mode: every save waits for the network folder. "
                                        "Safe for a handful of PCs.")
                                   : tr("Local mode: only this PC may open the file."));
    }

    if (db.isReadOnly()) {
        // Nothing is backed up from here: the file cannot change through this PC.
        m_backup->setText(tr("Not backed up from here (read-only)"));
    } else if (m_workspace.backups().isRunning()) {
        m_backup->setText(tr("Backing up…"));
    } else if (Result<BackupStatus> status = loadBackupStatus(db); status) {
        const QLocale locale;
        if (status->failing()) {
            m_backup->setText(tr("⚠ Backup failed"));
            m_backup->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            m_backup->setToolTip(status->lastFailure);
        } else if (status->ownerCopyFailing()) {
            // The backup is there, but the owner's stick or cloud folder lacks it.
            m_backup->setText(tr("⚠ Owner's copy failed"));
            m_backup->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            m_backup->setToolTip(status->ownerCopyFailure);
        } else {
            m_backup->setStyleSheet({});
            m_backup->setToolTip({});
            const QDateTime at = status->lastSuccessAt.toLocalTime();
            if (!at.isValid())
                m_backup->setText(tr("No backup yet"));
            else if (at.date() == QDate::currentDate())
                m_backup->setText(tr("Backed up today at %1")
                                      .arg(locale.toString(at.time(), QLocale::ShortFormat)));
            else
                m_backup->setText(tr("Last backup %1").arg(formatDateTime(at, locale)));
        }
    }

    if (Result<QList<SessionInfo>> sessions = m_workspace.sessions().activeSessions(); sessions) {
        QStringList others;
        for (const SessionInfo& s : *sessions) {
            if (s.id != m_workspace.sessions().id())
                others.append(tr("%1 on %2").arg(s.userName, s.host));
        }
        m_others->setVisible(!others.isEmpty());
        m_others->setText(tr("%n other(s) connected", nullptr, int(others.size())));
        m_others->setToolTip(others.join(QLatin1Char('\n')));
    }
}

} // namespace kartoteka::ui
