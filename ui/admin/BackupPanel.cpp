#include "admin/BackupPanel.h"
#include "language/Formats.h"

#include "admin/BackupListModel.h"
#include "admin/OwnerPassphraseDialog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/OwnerCopy.h"
#include "main/FileDialogs.h"
#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Non-blocking, so that the event loop (and tests) go on while it is shown.
void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                 const QString& detail = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

BackupPanel::BackupPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new BackupListModel(this)),
      m_status(new QLabel(this)), m_folder(new QLabel(this)),
      m_backUpNow(new QPushButton(tr("Back up now"), this)),
      m_restoreSelected(new QPushButton(tr("Restore selected…"), this)),
      m_restoreFile(new QPushButton(tr("Restore from file…"), this)),
      m_checkCopy(new QPushButton(tr("Check owner's copy…"), this)), m_table(new QTableView(this)),
      m_verifier(this), m_restorer(this), m_previewer(this)
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_folder, &QLabel::linkActivated, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_currentFolder)); });

    // Tests and scripts find the buttons by name, whatever the language.
    m_backUpNow->setObjectName(u"backUpNow"_s);
    m_restoreSelected->setObjectName(u"restoreSelected"_s);
    m_restoreFile->setObjectName(u"restoreFile"_s);
    m_checkCopy->setObjectName(u"checkOwnerCopy"_s);
    m_backUpNow->setToolTip(tr("Make a verified backup of the whole database now"));
    m_restoreSelected->setToolTip(tr("Replace the current data with the selected backup"));
    m_restoreFile->setToolTip(tr("Replace the current data with a backup file from anywhere, "
                                 "for example a USB stick"));
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_restoreSelected, &QPushButton::clicked, this, &BackupPanel::restoreSelected);
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupPanel::restoreFromFile);
    m_checkCopy->setToolTip(tr("Decrypt the selected owner's copy with the owner's passphrase "
                               "and check it, without restoring it"));
    connect(m_checkCopy, &QPushButton::clicked, this, &BackupPanel::checkSelectedOwnerCopy);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::File, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupPanel::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &BackupPanel::restoreSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUpNow);
    buttons->addStretch(1);
    buttons->addWidget(m_checkCopy);
    buttons->addWidget(m_restoreSelected);
    buttons->addWidget(m_restoreFile);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_folder);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    BackupScheduler& scheduler = m_workspace.backups();
    connect(&scheduler, &BackupScheduler::backupStarted, this, [this] {
        m_status->setText(tr("Making a backup…"));
        updateButtons();
    });
    connect(&scheduler, &BackupScheduler::backupProgress, this, [this](qint64 done, qint64 total) {
        if (!m_backupProgress)
            return;
        // Pages of a file that may pass 2^31 of them: the bar counts permille.
        // A server's dump has no total to count against: the bar stays busy.
        if (total > 0)
            m_backupProgress->setValue(int(done * 1000 / total));
    });
    connect(&scheduler, &BackupScheduler::backupCancelled, this, [this] {
        closeBackupProgress();
        m_manualPending = false;
        refresh();
        m_status->setText(tr("The backup was cancelled; nothing was written."));
    });
    connect(&scheduler, &BackupScheduler::backupFinished, this,
            [this](bool succeeded, const QString& message) {
                closeBackupProgress();
                refresh();
                // The daily backup reports in the status line; a backup the
                // person asked for here answers here too.
                if (m_manualPending && !succeeded)
                    showMessage(this, QMessageBox::Warning, tr("Backup failed"), message);
                m_manualPending = false;
            });
    refresh();
}

void BackupPanel::refresh()
{
    Result<BackupPolicy> policy = loadBackupPolicy(m_workspace.database());
    m_currentFolder = policy ? policy->effectiveFolder() : defaultBackupFolder();
    m_ownerFolder = policy ? policy->ownerFolder : QString();
    m_folder->setText(tr("Backups are kept in <a href=\"open\">%1</a>")
                          .arg(QDir::toNativeSeparators(m_currentFolder).toHtmlEscaped()));
    Database& db = m_workspace.database();
    Result<QString> id = databaseIdOf(db.connection());
    m_databaseId = id ? *id : QString();
    // Several databases may share one folder; only this one's backups are offered.
    QList<BackupInfo> backups = listBackupsOf(m_currentFolder, m_databaseId, db.path());
    if (!m_ownerFolder.isEmpty())
        backups += listOwnerCopiesOf(m_ownerFolder, m_databaseId);
    std::stable_sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt > b.createdAt;
    });
    m_model->setBackups(backups);
    showStatus();
    verifyListed();
    updateButtons();
}

void BackupPanel::showStatus()
{
    if (m_workspace.backups().isRunning()) {
        m_status->setText(tr("Making a backup…"));
        return;
    }
    Result<BackupStatus> status = loadBackupStatus(m_workspace.database());
    if (!status) {
        m_status->setText(status.error().message);
        return;
    }
    const QLocale locale;
    QString text;
    if (status->lastSuccessAt.isValid())
        text = tr("Last backup: %1 at %2.")
                   .arg(formatDate(status->lastSuccessAt.toLocalTime().date(), locale),
                        locale.toString(status->lastSuccessAt.toLocalTime().time(),
                                        QLocale::ShortFormat));
    else
        text = tr("No backup has been made yet.");
    if (status->ownerCopyFailing())
        text += u"<br><span style=\"color:#b00020\"><b>%1</b> %2</span>"_s.arg(
            tr("The last owner's copy failed (%1):")
                .arg(formatDateTime(status->ownerCopyFailureAt, locale))
                .toHtmlEscaped(),
            status->ownerCopyFailure.toHtmlEscaped());
    if (status->failing()) {
        text = u"<span style=\"color:#b00020\"><b>%1</b> %2</span><br>%3"_s.arg(
            tr("The last backup failed (%1):")
                .arg(formatDateTime(status->lastFailureAt, locale))
                .toHtmlEscaped(),
            status->lastFailure.toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_status->setText(text);
}

void BackupPanel::verifyListed()
{
    const int generation = ++m_verifyGeneration;
    QStringList files;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->checkOf(row) != BackupListModel::Check::Pending)
            continue;
        // Only the owner's passphrase can check an owner's copy.
        if (m_model->backupAt(row).ownerCopy)
            m_model->setCheck(m_model->backupAt(row).file, BackupListModel::Check::Encrypted);
        else
            files.append(m_model->backupAt(row).file);
    }
    if (files.isEmpty())
        return;
    struct Verdict
    {
        QString file;
        QString problem; // empty: readable
        bool checksumChecked = false;
    };
    using Verdicts = QList<Verdict>;
    m_verifier.run(
        [files] {
            Verdicts verdicts;
            for (const QString& file : files) {
                Result<VerifiedBackup> v = verifyBackupFile(file, latestSchemaVersion());
                verdicts.append({file, v ? QString() : v.error().message, v && v->checksumChecked});
            }
            return verdicts;
        },
        [this, generation](const Verdicts& verdicts) {
            if (generation != m_verifyGeneration)
                return;
            for (const Verdict& v : verdicts)
                m_model->setCheck(v.file,
                                  !v.problem.isEmpty() ? BackupListModel::Check::Failed
                                  : v.checksumChecked  ? BackupListModel::Check::Passed
                                                       : BackupListModel::Check::Unverified,
                                  v.problem);
        });
}

void BackupPanel::updateButtons()
{
    const bool busy =
        m_workspace.backups().isRunning() || m_restorer.isRunning() || m_previewer.isRunning();
    // A read-only database can neither record a backup nor take a restore.
    const bool readOnly = m_workspace.database().isReadOnly();
    // Core refuses without the capability; the buttons do not offer it.
    const Principal& me = m_workspace.database().principal();
    const bool mayRestore = !busy && !readOnly && me.can(Capability::Restore);
    m_backUpNow->setEnabled(!busy && !readOnly && me.can(Capability::Backup));
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_restoreSelected->setEnabled(mayRestore && !selected.isEmpty() &&
                                  m_model->checkOf(selected.first().row()) !=
                                      BackupListModel::Check::Failed);
    m_restoreFile->setEnabled(mayRestore);
    const BackupInfo* chosen = selectedBackup();
    m_checkCopy->setVisible(!m_ownerFolder.isEmpty());
    m_checkCopy->setEnabled(!busy && chosen && chosen->ownerCopy);
}

const BackupInfo* BackupPanel::selectedBackup() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : &m_model->backupAt(selected.first().row());
}

void BackupPanel::backUpNow()
{
    if (!m_workspace.backups().backUpNow()) {
        showMessage(this, QMessageBox::Information, tr("Back up now"),
                    tr("A backup is being made already."));
        return;
    }
    m_manualPending = true;
    // The failure path above may have answered at once (no policy).
    if (!m_workspace.backups().isRunning())
        return;
    // Not modal: the others keep working while the copy runs, and so may this
    // window. Shown only if the backup takes a moment.
    m_backupProgress = new QProgressDialog(tr("Making a backup of the whole database…"),
                                           tr("Cancel"), 0, 1000, this);
    m_backupProgress->setObjectName(u"backupProgress"_s);
    m_backupProgress->setWindowTitle(tr("Back up now"));
    m_backupProgress->setMinimumDuration(400);
    m_backupProgress->setAutoClose(false);
    m_backupProgress->setAutoReset(false);
    m_backupProgress->setValue(0);
    // pg_dump says nothing of how far it is: a busy bar rather than 0 % throughout.
    if (m_workspace.database().backend() == Backend::PostgreSql)
        m_backupProgress->setRange(0, 0);
    connect(m_backupProgress, &QProgressDialog::canceled, this, [this] {
        m_backupProgress->setLabelText(tr("Cancelling the backup…"));
        m_workspace.backups().cancel();
    });
}

void BackupPanel::closeBackupProgress()
{
    if (!m_backupProgress)
        return;
    // Its cancel signal must not reach a backup that has already ended.
    m_backupProgress->disconnect(this);
    m_backupProgress->deleteLater();
    m_backupProgress = nullptr;
}

void BackupPanel::restoreSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const BackupInfo& backup = m_model->backupAt(selected.first().row());
    // Which backup, as the list shows its time (local, the locale's date). It
    // follows "the backup" in the question, so no translation has to decline
    // a noun passed in: "…with the data of the backup made on 30.11.2026 16:06?"
    const QString when = formatDateTime(backup.createdAt);
    if (backup.ownerCopy) {
        const QString file = backup.file;
        const QString passphrase = askOwnerPassphrase(this, file);
        if (!passphrase.isEmpty())
            askToRestoreOwnerCopy(file, tr("made on %1, the owner's copy").arg(when), passphrase);
        return;
    }
    askToRestore(backup.file, tr("made on %1").arg(when));
}

void BackupPanel::restoreFromFile()
{
    const QString file = chooseFileToOpen(
        this, tr("Restore from a backup file"), m_currentFolder,
        tr("Kartoteka backups (*.sqlite *.db *.%1);;All files (*)").arg(kOwnerCopySuffix));
    if (file.isEmpty())
        return;
    if (isOwnerCopyFile(file)) {
        const QString passphrase = askOwnerPassphrase(this, file);
        if (!passphrase.isEmpty())
            askToRestoreOwnerCopy(file, QDir::toNativeSeparators(file), passphrase);
        return;
    }
    askToRestore(file, QDir::toNativeSeparators(file));
}

namespace {

// An owner's copy decrypted, and what a restore of it would be.
struct OpenedForRestore
{
    std::shared_ptr<OpenedOwnerCopy> opened;
    Error error; // when `opened` is null or the preview failed
    std::optional<RestorePreview> preview;
};

} // namespace

void BackupPanel::askToRestoreOwnerCopy(const QString& file, const QString& description,
                                        const QString& passphrase)
{
    const QString openId = m_databaseId;
    m_previewer.run(
        [file, passphrase, openId] {
            OpenedForRestore result;
            Result<std::shared_ptr<OpenedOwnerCopy>> opened = openOwnerCopy(file, passphrase);
            if (!opened) {
                result.error = opened.error();
                return result;
            }
            result.opened = *opened;
            Result<RestorePreview> preview = previewRestore(result.opened->file(), openId);
            if (preview)
                result.preview = *preview;
            else
                result.error = preview.error();
            return result;
        },
        [this, description](const OpenedForRestore& result) {
            updateButtons();
            if (!result.preview) {
                const bool wrong = result.error.kind == ErrorKind::SignInFailed;
                showMessage(this, QMessageBox::Critical,
                            wrong ? tr("Wrong passphrase") : tr("This backup cannot be restored"),
                            result.error.message, result.error.detail);
                emit restoreFinished(false, result.error.message);
                return;
            }
            m_openedCopy = result.opened;
            confirmRestore(m_openedCopy->file(), description, *result.preview);
        });
    updateButtons();
}

void BackupPanel::checkSelectedOwnerCopy()
{
    const BackupInfo* chosen = selectedBackup();
    if (!chosen || !chosen->ownerCopy)
        return;
    const QString file = chosen->file;
    const QString passphrase = askOwnerPassphrase(this, file);
    if (!passphrase.isEmpty())
        checkOwnerCopy(file, passphrase);
}

void BackupPanel::checkOwnerCopy(const QString& file, const QString& passphrase)
{
    struct Outcome
    {
        Error error;
        bool ok = false;
        int schemaVersion = 0;
    };
    m_previewer.run(
        [file, passphrase] {
            Outcome outcome;
            Result<std::shared_ptr<OpenedOwnerCopy>> opened = openOwnerCopy(file, passphrase);
            if (!opened) {
                outcome.error = opened.error();
                return outcome;
            }
            Result<VerifiedBackup> verified =
                verifyBackupFile((*opened)->file(), latestSchemaVersion());
            if (!verified) {
                outcome.error = verified.error();
                return outcome;
            }
            outcome.ok = verified->checksumChecked;
            outcome.schemaVersion = verified->schemaVersion;
            return outcome;
        },
        [this, file](const Outcome& outcome) {
            updateButtons();
            const bool wrong = !outcome.ok && outcome.error.kind == ErrorKind::SignInFailed;
            if (outcome.ok) {
                m_model->setCheck(file, BackupListModel::Check::Passed);
                const QString message =
                    tr("The owner's copy %1 decrypts whole with this passphrase, and the backup "
                       "inside is good (schema version %2, checksum matches).")
                        .arg(QDir::toNativeSeparators(file))
                        .arg(outcome.schemaVersion);
                showMessage(this, QMessageBox::Information, tr("Check owner's copy"), message);
                emit ownerCopyChecked(true, false, message);
                return;
            }
            // A wrong passphrase says nothing about the copy itself.
            if (!wrong)
                m_model->setCheck(file, BackupListModel::Check::Failed, outcome.error.message);
            showMessage(this, QMessageBox::Critical,
                        wrong ? tr("Wrong passphrase") : tr("Check owner's copy"),
                        outcome.error.message, outcome.error.detail);
            emit ownerCopyChecked(false, wrong, outcome.error.message);
        });
    updateButtons();
}

void BackupPanel::askToRestore(const QString& file, const QString& description)
{
    const QString openId = m_databaseId;
    m_previewer.run([file, openId] { return previewRestore(file, openId); },
                    [this, file, description](const Result<RestorePreview>& preview) {
                        updateButtons();
                        if (!preview) {
                            showMessage(this, QMessageBox::Critical,
                                        tr("This backup cannot be restored"),
                                        preview.error().message, preview.error().detail);
                            return;
                        }
                        confirmRestore(file, description, *preview);
                    });
    updateButtons();
}

void BackupPanel::confirmRestore(const QString& file, const QString& description,
                                 const RestorePreview& preview)
{
    // An unverified backup or another database's gets a confirmation of its
    // own, so that the usual "Restore" is never clicked out of habit.
    QStringList warnings;
    if (preview.otherDatabase)
        warnings.append(preview.sourceName.isEmpty()
                            ? tr("This is a backup of another database, not of the open one.")
                            : tr("This is a backup of «%1», not of the open database.")
                                  .arg(preview.sourceName));
    if (!preview.verified)
        warnings.append(tr("This backup is not verified: it has no manifest with a checksum, so "
                           "damage or changes since it was made cannot be ruled out."));
    const QString title = !preview.verified       ? tr("Restore an unverified backup")
                          : preview.otherDatabase ? tr("Restore another database's backup")
                                                  : tr("Restore a backup");
    QMessageBox confirm(
        warnings.isEmpty() ? QMessageBox::Warning : QMessageBox::Critical, title,
        tr("Replace all current data with the data of the backup %1?").arg(description),
        QMessageBox::Cancel, this);
    if (!warnings.isEmpty())
        confirm.setText(confirm.text() + u"\n\n"_s + warnings.join(u"\n"_s));
    confirm.setInformativeText(
        (preview.otherDatabase
             ? tr("All the data of the open database will be replaced by that other database's. ")
             : tr("Everything entered after that backup will be replaced. ")) +
        tr("A safety copy of the current data is made first, so this restore can be undone by "
           "restoring that copy. Other PCs cannot save while the restore runs and reload when "
           "it is done."));
    const QString goText = !preview.verified       ? tr("Restore unverified backup")
                           : preview.otherDatabase ? tr("Restore the other database")
                                                   : tr("Restore");
    QPushButton* go = confirm.addButton(goText, QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go) {
        m_openedCopy.reset();
        updateButtons();
        return;
    }
    RestoreConsent consent;
    consent.otherDatabase = preview.otherDatabase;
    consent.unverified = !preview.verified;
    startRestore(file, consent);
}

void BackupPanel::startRestore(const QString& file, const RestoreConsent& consent)
{
    auto* progress = new QProgressDialog(tr("Restoring the backup…"), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Restore a backup"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();

    Database& db = m_workspace.database();
    const QString path = db.path();
    const ModeChoice mode = db.reopenOptions().mode;
    const QString safetyFolder = m_currentFolder;
    const Identity who = m_workspace.sessions().identity();
    const Principal principal = db.principal();
    // A decrypted owner's copy lives until its restore is done, then goes.
    std::shared_ptr<OpenedOwnerCopy> opened = std::move(m_openedCopy);
    updateButtons();
    m_restorer.run(
        [=]() mutable {
            Result<RestoreReport> report =
                restoreBackupFile(path, mode, file, safetyFolder, who, consent, principal);
            if (report && opened)
                report->restoredFrom = QDir::toNativeSeparators(opened->copy().file);
            opened.reset();
            return report;
        },
        [this, progress](const Result<RestoreReport>& report) {
            progress->deleteLater();
            refresh();
            if (!report) {
                showMessage(this, QMessageBox::Critical, tr("Restore failed"),
                            report.error().message, report.error().detail);
                emit restoreFinished(false, report.error().message);
                return;
            }
            const QString message =
                tr("The backup was restored. The data as it was before is kept in the safety "
                   "copy %1.")
                    .arg(QDir::toNativeSeparators(report->safetyBackup));
            showMessage(this, QMessageBox::Information, tr("Restore a backup"), message);
            emit restoreFinished(true, message);
        });
}

} // namespace kartoteka::ui
