#pragma once

#include "settings/SharedSettings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Where backups go, when the extra daily backup runs and how many are kept.
// Shared by every PC; a colleague's newer save is shown, never overwritten.
class BackupSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit BackupSettingsForm(Database& db, QWidget* parent = nullptr);

    void reload();
    // Saves the changed fields in one transaction. True when saved.
    bool save();
    bool isModified() const;

signals:
    void saved();

private:
    QHash<QString, QString> formValues() const;
    void showValues(const QHash<QString, QString>& values);
    bool resolveConflict(const QHash<QString, QString>& mine);
    void browseFolder();

    Database& m_db;
    QHash<QString, SettingValue> m_loaded; // as stored when the form was filled, with versions
    QHash<QString, QString> m_shown;       // the form's values right after filling it
    QLineEdit* m_folder;
    QCheckBox* m_dailyEnabled;
    QTimeEdit* m_dailyAt;
    QSpinBox* m_keepDaily;
    QSpinBox* m_keepWeekly;
    QSpinBox* m_keepMonthly;
    QPushButton* m_save;
};

} // namespace kartoteka::ui
