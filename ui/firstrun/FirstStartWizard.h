#pragma once

#include "demo/DemoData.h"
#include "firstrun/BackupPlace.h"
#include "firstrun/FirstStart.h"
#include "workspace/RememberedDatabase.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

// True when Kartoteka starts with no database yet: `location` is the default
// database and there is no file there. A --db or a remembered file that has
// gone is an error to show instead (openWorkspaceOrAsk).
bool isFirstStart(const DatabaseLocation& location);

// The first start of a new shop: the language (the assistant speaks it at
// once), the shop's name, currency and phone country, the owner's account,
// where the daily backups go, and then an empty database or a demo. Finish
// makes the database, applies the choices (applyFirstStart) and leaves the
// owner signed in; takeWorkspace() then hands it to the window.
class FirstStartWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        LanguagePage,
        ShopPage,
        OwnerPage,
        BackupPage,
        StartPage,
    };

    explicit FirstStartWizard(const DatabaseLocation& location, QWidget* parent = nullptr);
    ~FirstStartWizard() override;

    // For tests: the demo's size, and the disks the backup page looks at.
    void setDemoOptions(const DemoOptions& options) { m_demoOptions = options; }
    void setVolumes(const QList<Volume>& volumes);

    FirstStartChoices choices() const;
    // The database that was made, opened, set up and signed in to, and where
    // it is (the shop's file, or the demo's beside it).
    std::unique_ptr<Workspace> takeWorkspace();
    DatabaseLocation location() const { return m_made; }

    QComboBox* languageBox() const { return m_language; }
    QLineEdit* shopNameEdit() const { return m_shopName; }
    QComboBox* currencyBox() const { return m_currency; }
    QComboBox* countryBox() const { return m_country; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }
    QPushButton* defaultFolderButton() const { return m_defaultFolder; }
    QLabel* backupAdvice() const { return m_backupAdvice; }
    QRadioButton* startEmptyButton() const { return m_startEmpty; }
    QRadioButton* startDemoButton() const { return m_startDemo; }
    // The problem the current page shows, if any (for tests: its field).
    std::optional<SetupField> shownProblem() const { return m_problemField; }

    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWizardPage* makeLanguagePage();
    QWizardPage* makeShopPage();
    QWizardPage* makeOwnerPage();
    QWizardPage* makeBackupPage();
    QWizardPage* makeStartPage();
    void retranslate();
    void fillChoices();
    void chooseLanguage(int index);
    void suggestBackupFolder();
    void updateBackupWarning();
    void showProblem(const SetupProblem& problem);
    void clearProblem();
    bool finish();
    Result<std::unique_ptr<Workspace>> makeDatabase();

    DatabaseLocation m_location;
    DatabaseLocation m_made;
    DemoOptions m_demoOptions;
    QList<Volume> m_volumes;
    BackupPlaceSuggestion m_suggestion;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<SetupField> m_problemField;
    bool m_currencyTouched = false;

    QLabel* m_welcome;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;

    QLabel* m_shopNameLabel;
    QLineEdit* m_shopName;
    QLabel* m_currencyLabel;
    QComboBox* m_currency;
    QLabel* m_countryLabel;
    QComboBox* m_country;
    QLabel* m_shopNote;

    QLabel* m_ownerIntro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;

    QLabel* m_backupIntro;
    QLabel* m_backupFolderLabel;
    QLineEdit* m_backupFolder;
    QPushButton* m_browse;
    QPushButton* m_suggested;
    QPushButton* m_defaultFolder;
    QLabel* m_backupAdvice;

    QLabel* m_startIntro;
    QRadioButton* m_startEmpty;
    QLabel* m_startEmptyNote;
    QRadioButton* m_startDemo;
    QLabel* m_startDemoNote;

    QList<QLabel*> m_problems; // one per page, red, hidden until needed
};

} // namespace kartoteka::ui
