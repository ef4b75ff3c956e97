#pragma once

#include "backup/Restore.h"
#include "main/BackgroundJob.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace kartoteka {
class OpenedOwnerCopy;
class Workspace;
} // namespace kartoteka

namespace kartoteka::ui {

class BackupListModel;

// Last backup and its result, "Back up now", the list of backups with their
// verification (and the owner's encrypted copies), and "Restore…". Checking or
// restoring an owner's copy asks for the owner's passphrase.
class BackupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPanel(Workspace& workspace, QWidget* parent = nullptr);

    // Re-reads the status and the backup folder (after a backup, a settings
    // change or a restore).
    void refresh();
    void backUpNow();
    void restoreSelected();
    void restoreFromFile();
    // Checks `file` in the background, then asks: a backup that is not verified
    // or is of another database gets a confirmation of its own; one that cannot
    // be restored is refused with the reason.
    void askToRestore(const QString& file, const QString& description);
    // Restores `file` without asking (the confirmation is askToRestore()'s job).
    void startRestore(const QString& file, const RestoreConsent& consent = {});
    // Decrypts the owner's copy `file` with `passphrase` in the background,
    // then goes on as askToRestore(). A wrong passphrase is said and changes nothing.
    void askToRestoreOwnerCopy(const QString& file, const QString& description,
                               const QString& passphrase);
    // Decrypts and verifies the owner's copy `file`, and shows the outcome.
    void checkOwnerCopy(const QString& file, const QString& passphrase);
    void checkSelectedOwnerCopy();

    BackupListModel* model() const { return m_model; }
    // The progress of the backup asked for here, with Cancel; null when none runs.
    QProgressDialog* backupProgress() const { return m_backupProgress; }

signals:
    void restoreFinished(bool succeeded, const QString& message);
    // `wrongPassphrase`: refused for the passphrase (nothing was decrypted).
    void ownerCopyChecked(bool succeeded, bool wrongPassphrase, const QString& message);

private:
    void showStatus();
    void verifyListed();
    void confirmRestore(const QString& file, const QString& description,
                        const RestorePreview& preview);
    void updateButtons();
    void closeBackupProgress();
    const BackupInfo* selectedBackup() const;

    Workspace& m_workspace;
    BackupListModel* m_model;
    QLabel* m_status;
    QLabel* m_folder;
    QPushButton* m_backUpNow;
    QPushButton* m_restoreSelected;
    QPushButton* m_restoreFile;
    QPushButton* m_checkCopy;
    QTableView* m_table;
    BackgroundJob m_verifier;
    BackgroundJob m_restorer;
    BackgroundJob m_previewer;
    int m_verifyGeneration = 0;
    bool m_manualPending = false;
    QProgressDialog* m_backupProgress = nullptr;
    QString m_currentFolder;
    QString m_ownerFolder;
    // An owner's copy decrypted for the restore being confirmed; its plain
    // file goes when this does.
    std::shared_ptr<OpenedOwnerCopy> m_openedCopy;
    QString m_databaseId; // the open database's: the list shows its backups only
};

} // namespace kartoteka::ui
