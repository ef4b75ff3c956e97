#pragma once

#include "backup/Restore.h"
#include "main/BackgroundJob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

class BackupListModel;

// Last backup and its result, "Back up now", the list of backups with their
// verification, and "Restore…".
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

    BackupListModel* model() const { return m_model; }

signals:
    void restoreFinished(bool succeeded, const QString& message);

private:
    void showStatus();
    void verifyListed();
    void confirmRestore(const QString& file, const QString& description,
                        const RestorePreview& preview);
    void updateButtons();

    Workspace& m_workspace;
    BackupListModel* m_model;
    QLabel* m_status;
    QLabel* m_folder;
    QPushButton* m_backUpNow;
    QPushButton* m_restoreSelected;
    QPushButton* m_restoreFile;
    QTableView* m_table;
    BackgroundJob m_verifier;
    BackgroundJob m_restorer;
    BackgroundJob m_previewer;
    int m_verifyGeneration = 0;
    bool m_manualPending = false;
    QString m_currentFolder;
    QString m_databaseId; // the open database's: the list shows its backups only
};

} // namespace kartoteka::ui
