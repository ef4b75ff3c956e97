#pragma once

#include "main/BackgroundJob.h"
#include "settings/SharedSettings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Where backups go, when the extra daily backup runs and how many are kept,
// and where the owner's encrypted copies go. Shared by every PC; a
// colleague's newer save is shown, never overwritten. The owner (only) sets
// the passphrase of the owner's copies here.
class BackupSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit BackupSettingsForm(Database& db, QWidget* parent = nullptr);

    void reload();
    // Saves the changed fields in one transaction. True when saved.
    bool save();
    bool isModified() const;
    // Asks the owner for a new passphrase, then derives and stores the key.
    void askOwnerPassphrase();
    // Derives the key from `passphrase` off the UI thread and stores it.
    void setOwnerPassphrase(const QString& passphrase);

signals:
    void saved();
    void ownerKeySet(bool succeeded, const QString& message);

private:
    QHash<QString, QString> formValues() const;
    void showValues(const QHash<QString, QString>& values);
    bool resolveConflict(const QHash<QString, QString>& mine);
    void browseFolder();
    void browseOwnerFolder();
    void showOwnerKeyState();

    Database& m_db;
    QHash<QString, SettingValue> m_loaded; // as stored when the form was filled, with versions
    QHash<QString, QString> m_shown;       // the form's values right after filling it
    QLineEdit* m_folder;
    QCheckBox* m_dailyEnabled;
    QTimeEdit* m_dailyAt;
    QSpinBox* m_keepDaily;
    QSpinBox* m_keepWeekly;
    QSpinBox* m_keepMonthly;
    QLineEdit* m_ownerFolder;
    QLabel* m_ownerKeyState;
    QPushButton* m_setPassphrase;
    QPushButton* m_save;
    BackgroundJob m_keyJob;
};

} // namespace kartoteka::ui
