#include "firstrun/FirstStartWizard.h"

#include "accounts/Passwords.h"
#include "accounts/SignInPanel.h"
#include "backup/BackupSettings.h"
#include "demo/DemoDatabase.h"
#include "main/BackgroundJob.h"
#include "main/FileDialogs.h"
#include "workspace/AppIdentity.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

QLabel* sentence(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* problemLabel(QWidget* parent)
{
    QLabel* label = sentence(parent);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

} // namespace

bool isFirstStart(const DatabaseLocation& location)
{
    // Only the file's existence (a stat), never its contents: the database
    // file is SQLite's alone.
    return QFileInfo(location.path).absoluteFilePath() ==
               QFileInfo(defaultDatabasePath()).absoluteFilePath() &&
           !QFileInfo::exists(location.path);
}

FirstStartWizard::FirstStartWizard(const DatabaseLocation& location, QWidget* parent)
    : QWizard(parent), m_location(location), m_made(location), m_volumes(mountedVolumes())
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(LanguagePage, makeLanguagePage());
    setPage(ShopPage, makeShopPage());
    setPage(OwnerPage, makeOwnerPage());
    setPage(BackupPage, makeBackupPage());
    setPage(StartPage, makeStartPage());
    setStartId(LanguagePage);
    // Fits a 1366×768 screen with its taskbar, with room for longer
    // Ukrainian and Russian sentences.
    resize(760, 500);
    setMinimumSize(640, 440);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        clearProblem();
        if (id == BackupPage && m_backupFolder->text().isEmpty())
            suggestBackupFolder();
    });
    retranslate();
}

FirstStartWizard::~FirstStartWizard() = default;

QWizardPage* FirstStartWizard::makeLanguagePage()
{
    auto* page = new QWizardPage(this);
    m_welcome = sentence(page);
    m_languageLabel = new QLabel(page);
    m_language = new QComboBox(page);
    // In each language's own name: whoever cannot read the current one still
    // finds theirs.
    for (Language l : {Language::Ukrainian, Language::Russian, Language::English})
        m_language->addItem(languageNativeName(l), int(l));
    m_language->setCurrentIndex(m_language->findData(int(effectiveLanguage())));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &FirstStartWizard::chooseLanguage);
    m_languageNote = sentence(page);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_welcome);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_languageNote);
    layout->addStretch(1);
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::makeShopPage()
{
    auto* page = new QWizardPage(this);
    m_shopNameLabel = new QLabel(page);
    m_shopName = new QLineEdit(page);
    m_shopName->setMaxLength(kMaxShopNameLength);
    m_currencyLabel = new QLabel(page);
    m_currency = new QComboBox(page);
    m_countryLabel = new QLabel(page);
    m_country = new QComboBox(page);
    m_shopNameLabel->setBuddy(m_shopName);
    m_currencyLabel->setBuddy(m_currency);
    m_countryLabel->setBuddy(m_country);
    m_shopNote = sentence(page);
    fillChoices();
    m_currency->setCurrentIndex(m_currency->findData(ShopProfile{}.currency));
    m_country->setCurrentIndex(m_country->findData(ShopProfile{}.country));
    // The currency follows the country until the person picks one themselves.
    connect(m_currency, &QComboBox::activated, this, [this] { m_currencyTouched = true; });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_currencyTouched)
            m_currency->setCurrentIndex(
                m_currency->findData(currencyOfCountry(m_country->currentData().toString())));
    });

    auto* form = new QFormLayout;
    form->addRow(m_shopNameLabel, m_shopName);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_countryLabel, m_country);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_shopNote);
    layout->addStretch(1);
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::makeOwnerPage()
{
    auto* page = new QWizardPage(this);
    m_ownerIntro = sentence(page);
    m_nameLabel = new QLabel(page);
    m_name = new QLineEdit(page);
    m_loginLabel = new QLabel(page);
    m_login = new QLineEdit(page);
    m_passwordLabel = new QLabel(page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeatLabel = new QLabel(page);
    m_repeat = new QLineEdit(page);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_ownerIntro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::makeBackupPage()
{
    auto* page = new QWizardPage(this);
    m_backupIntro = sentence(page);
    m_backupFolderLabel = new QLabel(page);
    m_backupFolder = new QLineEdit(page);
    m_backupFolderLabel->setBuddy(m_backupFolder);
    m_browse = new QPushButton(page);
    m_suggested = new QPushButton(page);
    m_defaultFolder = new QPushButton(page);
    m_backupAdvice = sentence(page);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &FirstStartWizard::updateBackupWarning);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            chooseFolder(this, m_backupFolderLabel->text().remove(u'&'), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_suggested, &QPushButton::clicked, this, &FirstStartWizard::suggestBackupFolder);
    connect(m_defaultFolder, &QPushButton::clicked, this,
            [this] { m_backupFolder->setText(QDir::toNativeSeparators(defaultBackupFolder())); });

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_browse);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_suggested);
    choiceRow->addWidget(m_defaultFolder);
    choiceRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(m_backupFolderLabel, folderRow);
    form->addRow(QString(), choiceRow);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_backupIntro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_backupAdvice);
    layout->addStretch(1);
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

QWizardPage* FirstStartWizard::makeStartPage()
{
    auto* page = new QWizardPage(this);
    m_startIntro = sentence(page);
    m_startEmpty = new QRadioButton(page);
    m_startEmptyNote = sentence(page);
    m_startDemo = new QRadioButton(page);
    m_startDemoNote = sentence(page);
    m_startEmpty->setChecked(true);
    // Importing clients from a file would be a third choice here; Kartoteka
    // cannot import clients yet, so it is not offered.
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_startIntro);
    layout->addSpacing(8);
    for (auto [button, note] :
         {std::pair{m_startEmpty, m_startEmptyNote}, std::pair{m_startDemo, m_startDemoNote}}) {
        layout->addWidget(button);
        note->setContentsMargins(24, 0, 0, 8);
        layout->addWidget(note);
    }
    layout->addStretch(1);
    m_problems.append(problemLabel(page));
    layout->addWidget(m_problems.last());
    return page;
}

void FirstStartWizard::fillChoices()
{
    // Codes stay; names follow the language.
    for (auto [box, choices] :
         {std::pair{m_currency, &currencyChoices()}, std::pair{m_country, &countryChoices()}}) {
        const QString current = box->currentData().toString();
        const QSignalBlocker quiet(box);
        box->clear();
        for (const ShopChoice& c : *choices)
            box->addItem(choiceName(c), c.code);
        if (!current.isEmpty())
            box->setCurrentIndex(box->findData(current));
    }
}

void FirstStartWizard::retranslate()
{
    setWindowTitle(tr("Welcome to Kartoteka"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Start working"));
    setButtonText(QWizard::CancelButton, tr("&Quit"));

    page(LanguagePage)->setTitle(tr("Welcome to Kartoteka"));
    page(LanguagePage)->setSubTitle(tr("A few questions, and your shop is ready to work."));
    m_welcome->setText(tr("Kartoteka keeps your clients, their calls and purchases, your deals "
                          "and reports in one database on this PC or on a shared folder, and "
                          "backs it up every day. Let us set it up for your shop: it takes a "
                          "minute."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("You can change the language later in Settings → Language."));

    page(ShopPage)->setTitle(tr("Your shop"));
    page(ShopPage)->setSubTitle(tr("Every PC that opens this database sees the same."));
    m_shopNameLabel->setText(tr("Shop &name:"));
    m_shopName->setPlaceholderText(tr("for example Flowers on Podil"));
    m_currencyLabel->setText(tr("&Currency:"));
    m_countryLabel->setText(tr("Country for &phone numbers:"));
    m_shopNote->setText(tr("Phone numbers typed without a country code are read as numbers of "
                           "this country."));
    fillChoices();

    page(OwnerPage)->setTitle(tr("The owner's account"));
    page(OwnerPage)->setSubTitle(tr("You sign in with it; it can do everything."));
    m_ownerIntro->setText(tr("Everyone who uses Kartoteka signs in with a login and a password. "
                             "The owner's account comes first: from it you add your colleagues' "
                             "accounts later in Administration."));
    m_nameLabel->setText(tr("Full &name:"));
    m_name->setPlaceholderText(tr("for example Olena Koval"));
    m_loginLabel->setText(tr("&Login:"));
    m_login->setPlaceholderText(tr("for example olena.koval"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, kMinPasswordLength));
    m_repeatLabel->setText(tr("&Repeat it:"));

    page(BackupPage)->setTitle(tr("Daily backups"));
    page(BackupPage)->setSubTitle(tr("Kartoteka backs the database up every day by itself."));
    m_backupIntro->setText(
        tr("Keep the backups on another disk than the database, or on a USB stick: when the "
           "PC's disk breaks, a backup on the same disk is lost together with the data."));
    m_backupFolderLabel->setText(tr("Backup &folder:"));
    m_browse->setText(tr("Browse…"));
    m_suggested->setText(tr("Suggest a place"));
    m_defaultFolder->setText(tr("Keep the default folder"));
    updateBackupWarning();

    page(StartPage)->setTitle(tr("How do you want to start?"));
    page(StartPage)->setSubTitle(tr("Everything else can be changed later."));
    m_startIntro->setText(tr("Start with your own empty database, or look around in a demo "
                             "shop first."));
    m_startEmpty->setText(tr("Start &empty"));
    m_startEmptyNote->setText(
        tr("Your shop's database, with nothing in it yet: you add your first client in the "
           "Clients section."));
    m_startDemo->setText(tr("Open a &demo"));
    m_startDemoNote->setText(
        tr("A separate demo database full of made-up clients, deals and sales, with your "
           "account as its owner. Your own database can be created later with File → New "
           "database."));
}

void FirstStartWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstStartWizard::chooseLanguage(int index)
{
    const auto language = Language(m_language->itemData(index).toInt());
    // The whole application speaks it from now: this assistant at once (the
    // change event), and the window that follows it.
    useLanguage(*QCoreApplication::instance(), language);
}

void FirstStartWizard::setVolumes(const QList<Volume>& volumes)
{
    m_volumes = volumes;
    suggestBackupFolder();
}

void FirstStartWizard::suggestBackupFolder()
{
    m_suggestion = suggestBackupPlace(m_location.path, m_volumes, defaultBackupFolder());
    m_backupFolder->setText(QDir::toNativeSeparators(m_suggestion.folder));
}

void FirstStartWizard::updateBackupWarning()
{
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    if (folder.isEmpty()) {
        m_backupAdvice->clear();
        return;
    }
    if (onSameDisk(folder, m_location.path, m_volumes)) {
        m_backupAdvice->setText(
            m_suggestion.kind == BackupPlaceKind::SameDisk
                ? tr("This folder is on the same disk as the database: Kartoteka found no "
                     "other disk. It still guards against mistakes and a damaged file; for a "
                     "broken disk, plug in a USB stick or a second disk and choose a folder "
                     "there, now or later in Administration → Backups.")
                : tr("This folder is on the same disk as the database: a broken disk would "
                     "take both. A folder on another disk or a USB stick is safer."));
        return;
    }
    const std::optional<Volume> disk = volumeOf(folder, m_volumes);
    m_backupAdvice->setText(
        disk && (disk->root.startsWith(u"/media/"_s) || disk->root.startsWith(u"/run/media/"_s))
            ? tr("A removable disk: keep it plugged in, since the backup is made when Kartoteka "
                 "starts each day and in the evening.")
            : tr("Another disk than the database: the backups survive if the database's "
                 "disk breaks."));
}

void FirstStartWizard::showProblem(const SetupProblem& problem)
{
    m_problemField = problem.field;
    QLabel* label = m_problems.value(currentId());
    if (label) {
        label->setText(problem.error.message);
        label->show();
    }
    QWidget* field = nullptr;
    switch (problem.field) {
    case SetupField::ShopName:
        field = m_shopName;
        break;
    case SetupField::Currency:
        field = m_currency;
        break;
    case SetupField::Country:
        field = m_country;
        break;
    case SetupField::Login:
        field = m_login;
        break;
    case SetupField::FullName:
        field = m_name;
        break;
    case SetupField::Password:
        field = m_password;
        break;
    case SetupField::Repeat:
        m_repeat->clear();
        field = m_repeat;
        break;
    case SetupField::BackupFolder:
        field = m_backupFolder;
        break;
    }
    if (field)
        field->setFocus();
}

void FirstStartWizard::clearProblem()
{
    m_problemField.reset();
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
}

FirstStartChoices FirstStartWizard::choices() const
{
    FirstStartChoices c;
    c.language = Language(m_language->currentData().toInt());
    c.shop = {m_shopName->text().trimmed(), m_currency->currentData().toString(),
              m_country->currentData().toString()};
    c.owner = {m_login->text(), m_name->text(), m_password->text(), m_repeat->text()};
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    // The default folder is no choice to store: it stays "the default of
    // whichever PC makes the backup".
    c.backupFolder =
        QFileInfo(folder).absoluteFilePath() == QFileInfo(defaultBackupFolder()).absoluteFilePath()
            ? QString()
            : folder;
    c.start = m_startDemo->isChecked() ? StartWith::Demo : StartWith::Empty;
    return c;
}

bool FirstStartWizard::validateCurrentPage()
{
    clearProblem();
    const FirstStartChoices c = choices();
    std::optional<SetupProblem> problem;
    switch (currentId()) {
    case ShopPage:
        problem = checkShopProfile(c.shop);
        break;
    case OwnerPage:
        problem = checkOwnerChoice(c.owner);
        break;
    case BackupPage:
        problem = checkBackupFolder(c.backupFolder);
        break;
    case StartPage:
        return finish();
    default:
        break;
    }
    if (problem) {
        showProblem(*problem);
        return false;
    }
    return true;
}

Result<std::unique_ptr<Workspace>> FirstStartWizard::makeDatabase()
{
    if (m_workspace)
        return std::move(m_workspace); // a second try after a refused step
    DatabaseLocation target = m_location;
    // The shop's lists, stages and demo data in the language chosen here.
    const Language language = choices().language;
    if (m_startDemo->isChecked()) {
        m_demoOptions.language = language;
        target.path = demoDatabasePathFor(m_location.path);
        if (!QFileInfo::exists(target.path)) {
            // Made on a thread of its own: on the UI thread the window froze
            // for seconds with no sign of life (the progress only moved between
            // clients, and not at all while the file was written). A busy bar
            // until the clients are counted, then their count, then busy again.
            QProgressDialog progress(tr("Making the demo shop…"), QString(), 0, 0, this);
            progress.setObjectName(u"demoProgress"_s);
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(0);
            progress.setAutoReset(false);
            progress.setAutoClose(false);
            progress.setValue(0);
            const int total = std::max(1, m_demoOptions.clients);
            std::optional<Result<DemoReport>> demo;
            QEventLoop wait;
            BackgroundJob job;
            job.run(
                [path = target.path, mode = target.mode, options = m_demoOptions, total,
                 shown = QPointer<QProgressDialog>(&progress)] {
                    return createDemoDatabase(path, mode, options, [shown, total](int done, int) {
                        QMetaObject::invokeMethod(
                            shown.data(),
                            [shown, done, total] {
                                if (!shown)
                                    return;
                                if (done >= total) { // the clients made: the file is written
                                    shown->setRange(0, 0);
                                    return;
                                }
                                shown->setRange(0, total);
                                shown->setValue(done);
                            },
                            Qt::QueuedConnection);
                    });
                },
                [&](Result<DemoReport> made) {
                    demo = std::move(made);
                    wait.quit();
                });
            wait.exec();
            if (!demo->ok())
                return demo->error();
        }
    }
    OpenOptions options{target.path, target.mode, true};
    options.language = language;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(options, Identity::current());
    if (workspace)
        m_made = target;
    return workspace;
}

bool FirstStartWizard::finish()
{
    setCursor(Qt::BusyCursor);
    Result<std::unique_ptr<Workspace>> workspace = makeDatabase();
    if (!workspace) {
        unsetCursor();
        QMessageBox box(QMessageBox::Critical, windowTitle(), workspace.error().message,
                        QMessageBox::Ok, this);
        box.setDetailedText(workspace.error().detail);
        box.exec();
        return false;
    }
    m_workspace = std::move(*workspace);
    Result<Principal> owner = applyFirstStart(m_workspace->database(), choices());
    unsetCursor();
    if (!owner) {
        // Most likely the demo's staff already use that login or name: the
        // owner's page says so, and Finish tries again on the same database.
        const SetupField field = owner.error().message.contains(m_login->text().trimmed())
                                     ? SetupField::Login
                                     : SetupField::FullName;
        QMessageBox::warning(this, windowTitle(), owner.error().message);
        if (owner.error().kind == ErrorKind::Conflict) {
            while (currentId() != OwnerPage && currentId() != LanguagePage)
                back();
            showProblem({field, owner.error()});
        }
        return false;
    }
    rememberLogin(owner->login);
    m_password->clear();
    m_repeat->clear();
    // Started only now: the first day's backup goes to the folder just chosen.
    m_workspace->start();
    return true;
}

std::unique_ptr<Workspace> FirstStartWizard::takeWorkspace()
{
    return std::move(m_workspace);
}

} // namespace kartoteka::ui
