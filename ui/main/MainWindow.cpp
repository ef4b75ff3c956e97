#include "main/MainWindow.h"

#include "accounts/Accounts.h"
#include "accounts/SessionGuard.h"
#include "accounts/SignInDialog.h"
#include "admin/AdminPage.h"
#include "catalog/CatalogPage.h"
#include "clients/ClientsPage.h"
#include "deals/BoardPage.h"
#include "language/Language.h"
#include "mail/Outbox.h"
#include "main/ConnectServerDialog.h"
#include "main/DatabaseDialog.h"
#include "main/Keys.h"
#include "main/NoticeBanner.h"
#include "main/ShortcutsDialog.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "settings/SharedSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/ServerAddress.h"
#include "tasks/DesktopNotifications.h"
#include "tasks/ReminderWatcher.h"
#include "tasks/TaskActions.h"
#include "tasks/TodayPage.h"
#include "workspace/AppIdentity.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// How long a notice of a save stays in the status bar.
constexpr int kNoticeShownMs = 20000;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    m_guard = new SessionGuard(*this, m_workspace->database());
    m_notifications = new DesktopNotifications(this, this);
    connect(m_guard, &SessionGuard::principalChanged, this, &MainWindow::rebuildViews);
    connect(m_guard, &SessionGuard::quitRequested, this, &QWidget::close);
    createMenus();
    buildViews();
    resize(1100, 720);
    // First run on this PC: the whole screen (a 1366×768 monitor has no room
    // to spare); after that, the size and place (or maximised) it was left in.
    if (!restoreGeometry(QSettings().value(u"window/geometry"_s).toByteArray())) {
        // The screen's size too, for a desktop without a window manager to maximise it.
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            setGeometry(screen->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
}

MainWindow::~MainWindow()
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New database…"), this, [this] { chooseDatabase(true); });
    create->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    QAction* open = file->addAction(tr("&Open database…"), this, [this] { chooseDatabase(false); });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to a server…"), this, &MainWindow::connectToServer);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import clients…"), this, [this] {
        if (m_clients) {
            showSection(kClientsSection);
            m_clients->importClients();
        }
    });
    import->setShortcut(keys::importClients());
    file->addAction(tr("Import &history…"), this, [this] {
        if (m_clients)
            m_clients->showImportHistory();
    });
    file->addAction(tr("&Export clients…"), this, [this] {
        if (m_clients)
            m_clients->exportClients();
    });
    file->addSeparator();
    m_switchUser = file->addAction(tr("S&witch user…"), m_guard, &SessionGuard::switchUser);
    m_signOut = file->addAction(tr("Sign o&ut"), m_guard, &SessionGuard::signOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The window's own, not a menu's: it works from every section.
    m_findClient = new QAction(tr("Find a client"), this);
    m_findClient->setShortcut(keys::findClient());
    connect(m_findClient, &QAction::triggered, this, &MainWindow::findClient);
    addAction(m_findClient);

    QMenu* clients = menuBar()->addMenu(tr("&Clients"));
    QAction* duplicates = clients->addAction(tr("Find &duplicates…"), this, [this] {
        if (m_clients) {
            showSection(kClientsSection);
            m_clients->findDuplicates();
        }
    });
    duplicates->setShortcut(keys::findDuplicates());
    clients->addAction(tr("&Merge history…"), this, [this] {
        if (m_clients)
            m_clients->showMergeHistory();
    });
    clients->addSeparator();
    clients->addAction(tr("Mailing to the clients &shown…"), this, [this] {
        if (m_clients) {
            showSection(kClientsSection);
            m_clients->startMailing();
        }
    });
    clients->addAction(tr("Ma&ilings…"), this, [this] {
        if (m_clients)
            m_clients->showMailings();
    });

    QMenu* tasks = menuBar()->addMenu(tr("&Tasks"));
    QAction* newTask = tasks->addAction(tr("&New task…"), this, [this] {
        if (m_today)
            m_today->newTask();
    });
    newTask->setShortcut(keys::newTask());
    tasks->addAction(tr("&Today"), this, [this] {
        showSection(kTodaySection);
        m_today->showCalendar(false);
    });
    tasks->addAction(tr("&Calendar"), this, [this] {
        showSection(kTodaySection);
        m_today->showCalendar(true);
    });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_languageMenu = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const auto addLanguage = [&](const QString& text, std::optional<Language> language) {
        QAction* action = m_languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(chosenLanguage() == language);
        action->setData(language ? languageCode(*language) : QString());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    };
    // Each language in its own name, so whoever cannot read the current one finds theirs.
    for (Language l : {Language::Ukrainian, Language::Russian, Language::English})
        addLanguage(languageNativeName(l), l);
    m_languageMenu->addSeparator();
    addLanguage(tr("As in the system (%1)").arg(languageNativeName(systemLanguage())),
                std::nullopt);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Kartoteka"), this, &MainWindow::showAbout);
}

void MainWindow::buildViews()
{
    // Before the pages read it ("Connected now").
    if (const Principal& me = m_workspace->database().principal(); !me.isSystem())
        (void)m_workspace->sessions().setUserName(me.name);
    auto* central = new QWidget(this);
    m_banner = new NoticeBanner(central);
    m_navigation = new QListWidget(central);
    m_sections = new QStackedWidget(central);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    // Today first: what staff come in to do. It reads when it is shown.
    m_today = new TodayPage(m_workspace->database(), m_sections);
    m_sections->addWidget(m_today);
    m_navigation->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogStart),
                                              tr("Today"), m_navigation));
    connect(m_today, &TodayPage::clientRequested, this, &MainWindow::openClient);
    m_clients = new ClientsPage(m_workspace->database(), m_sections);
    m_sections->addWidget(m_clients);
    m_navigation->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon),
                                              tr("Clients"), m_navigation));
    m_board = new BoardPage(m_workspace->database(), m_sections);
    m_sections->addWidget(m_board);
    m_navigation->addItem(new QListWidgetItem(
        style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Deals"), m_navigation));
    connect(m_board, &BoardPage::clientRequested, this, &MainWindow::openClient);
    connect(m_today, &TodayPage::dealRequested, m_board, &BoardPage::openDeal);
    // Reports, Catalog and Administration are built the first time they are
    // shown or asked for (ensureSection): at start only the Today page is
    // on screen, and the program must be usable within a second.
    m_reports = nullptr;
    m_catalog = nullptr;
    m_admin = nullptr;
    const QList<std::pair<QStyle::StandardPixmap, QString>> deferred{
        {QStyle::SP_FileDialogInfoView, tr("Reports")},
        {QStyle::SP_FileDialogContentsView, tr("Catalog")},
        {QStyle::SP_DriveHDIcon, tr("Administration")}};
    for (const auto& [icon, name] : deferred) {
        m_sections->addWidget(new QWidget(m_sections));
        m_navigation->addItem(new QListWidgetItem(style()->standardIcon(icon), name, m_navigation));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensureSection(row);
        m_sections->setCurrentIndex(row);
    });
    // The day's work first; a base with nobody in it yet opens where the
    // first client is added.
    m_navigation->setCurrentRow(m_clients->showsNoClients() ? kClientsSection : kTodaySection);
    // Core refuses what the principal may not do; the window does not offer it.
    const Principal& me = m_workspace->database().principal();
    m_navigation->item(kAdminSection)->setHidden(!mayAdminister(me));
    m_switchUser->setEnabled(!me.isSystem());
    m_signOut->setEnabled(!me.isSystem());

    // As wide as its longest name («Администрирование»), no wider: a
    // 1366-pixel screen has no room to spare beside the sections.
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);

    auto* splitter = new QSplitter(central);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    // The sections get the rest: no gap beside the list.
    splitter->setSizes({m_navigation->width(), 1 << 20});

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    if (m_workspace->database().isReadOnly())
        m_banner->setStandingNotice(
            tr("%1 is open read-only (read-only media, folder or file): you can look, search, "
               "run reports and export, but nothing can be saved. To work in it, copy it to a "
               "folder you can write to and open the copy.")
                .arg(QDir::toNativeSeparators(m_workspace->database().path())));
    delete m_statusLine;
    m_statusLine = new StatusLine(*m_workspace, this);
    statusBar()->addPermanentWidget(m_statusLine, 1);
    // What a save also brought about that the person should hear of (an
    // automation rule that could not run), for a while in the status bar.
    connect(&m_workspace->database(), &Database::committed, this, [this] {
        if (const QStringList notices = m_workspace->database().takeNotices(); !notices.isEmpty())
            statusBar()->showMessage(notices.join(u"  ·  "_s), kNoticeShownMs);
    });
    setWindowTitle(tr("%1 — Kartoteka").arg(databaseShortName(m_workspace->database().path())));
    connectWorkspace();
    restartReminders();
}

void MainWindow::watchReminders()
{
    m_watchReminders = true;
    restartReminders();
}

void MainWindow::restartReminders()
{
    delete m_reminders;
    m_reminders = nullptr;
    delete m_outbox;
    m_outbox = nullptr;
    if (!m_watchReminders)
        return;
    // The letters and SMS rules queue go from an open window as its reminders do.
    m_outbox = new Outbox(m_workspace->database(), this);
    connect(m_outbox, &Outbox::lettersSent, this, [this] {
        if (m_clients)
            m_clients->reload();
    });
    m_outbox->start();
    m_reminders = new ReminderWatcher(m_workspace->database(), *m_notifications, this);
    connect(m_reminders, &ReminderWatcher::taskRequested, this, &MainWindow::openRemindedTask);
    connect(m_reminders, &ReminderWatcher::todayRequested, this,
            [this] { showSection(kTodaySection); });
    m_reminders->start();
}

void MainWindow::openRemindedTask(qint64 taskId)
{
    if (editTask(this, m_workspace->database(), taskId))
        m_today->reload();
}

void MainWindow::connectWorkspace()
{
    ChangeWatcher& watcher = m_workspace->watcher();
    connect(&watcher, &ChangeWatcher::changed, this, [this](const QList<Change>& changes) {
        m_today->applyChanges(changes);
        m_clients->applyChanges(changes);
        m_board->applyChanges(changes);
        // A page not built yet reads everything when it is.
        if (m_catalog)
            m_catalog->applyChanges(changes);
        if (m_reports)
            m_reports->markStale();
        for (const Change& c : changes) {
            if (c.entity == Accounts::kEntity || c.entity == u"role"_s) {
                m_guard->accountsChanged();
                break;
            }
        }
        for (const Change& c : changes) {
            if (c.entity == SharedSettings::kEntity) {
                if (m_admin)
                    m_admin->settingsChanged();
                m_guard->settingsChanged();
                m_statusLine->refresh();
                break;
            }
        }
    });
    connect(&watcher, &ChangeWatcher::reloadRequested, this, [this] {
        m_today->reload();
        m_clients->reload();
        m_board->reload();
        if (m_catalog)
            m_catalog->reload();
        if (m_reports)
            m_reports->reload();
        if (m_admin)
            m_admin->reload();
        m_statusLine->refresh();
        statusBar()->showMessage(tr("The database was restored from a backup; everything "
                                    "shown was reloaded."),
                                 15000);
    });
    connect(&watcher, &ChangeWatcher::maintenanceChanged, this,
            [this](const std::optional<SessionInfo>& holder) {
                if (holder)
                    m_banner->showNotice(tr("%1 on %2 is restoring the database from a backup. "
                                            "Changes cannot be saved until it has finished; "
                                            "everything reloads then.")
                                             .arg(holder->userName, holder->host));
                else
                    m_banner->clearNotice();
            });
    connect(&watcher, &ChangeWatcher::pollFailed, this, [this](const QString& message) {
        m_banner->showNotice(tr("The database cannot be reached right now: %1 Kartoteka keeps "
                                "trying.")
                                 .arg(message));
    });
    connect(&watcher, &ChangeWatcher::pollRecovered, m_banner, &NoticeBanner::clearNotice);
}

void MainWindow::ensureSection(int index)
{
    QWidget* page = nullptr;
    if (index == kReportsSection && !m_reports) {
        m_reports = new ReportsPage(m_workspace->database(), m_sections);
        connect(m_reports, &ReportsPage::clientRequested, this, &MainWindow::openClient);
        connect(m_reports, &ReportsPage::dealRequested, m_board, &BoardPage::openDeal);
        page = m_reports;
    } else if (index == kCatalogSection && !m_catalog) {
        m_catalog = new CatalogPage(m_workspace->database(), m_sections);
        page = m_catalog;
    } else if (index == kAdminSection && !m_admin) {
        m_admin = new AdminPage(*m_workspace, m_sections);
        connect(m_admin, &AdminPage::clientRequested, this, &MainWindow::openClient);
        connect(m_admin, &AdminPage::connectToServerRequested, this,
                &MainWindow::connectToServerAt);
        page = m_admin;
    }
    if (!page)
        return;
    // The page takes its placeholder's place in the stack.
    QWidget* placeholder = m_sections->widget(index);
    const bool current = m_sections->currentIndex() == index;
    m_sections->insertWidget(index, page);
    m_sections->removeWidget(placeholder);
    delete placeholder;
    if (current)
        m_sections->setCurrentIndex(index);
}

ReportsPage* MainWindow::reportsPage()
{
    ensureSection(kReportsSection);
    return m_reports;
}

CatalogPage* MainWindow::catalogPage()
{
    ensureSection(kCatalogSection);
    return m_catalog;
}

AdminPage* MainWindow::adminPage()
{
    ensureSection(kAdminSection);
    return m_admin;
}

void MainWindow::switchTo(std::unique_ptr<Workspace> workspace)
{
    const int section = m_navigation->currentRow();
    // The views refer to the old workspace: build new ones before it goes.
    std::unique_ptr<Workspace> old = std::move(m_workspace);
    m_workspace = std::move(workspace);
    m_guard->setDatabase(m_workspace->database());
    // Views retired by a change of user must not outlive their workspace.
    delete m_retired;
    buildViews();
    // Widgets made after the window is shown stay hidden until told otherwise.
    centralWidget()->show();
    m_statusLine->show();
    m_navigation->setCurrentRow(section);
    old.reset();
}

void MainWindow::rebuildViews()
{
    const int section = m_navigation->currentRow();
    QWidget* old = takeCentralWidget();
    // Still the window's child (taking it orphans it), so it goes with the
    // window at the latest.
    old->setParent(this);
    old->hide();
    old->deleteLater();
    m_retired = old;
    m_workspace->watcher().disconnect(this);
    buildViews();
    centralWidget()->show();
    m_statusLine->show();
    showSection(section);
}

void MainWindow::showSection(int index)
{
    if (index >= 0 && index < m_navigation->count() && !m_navigation->item(index)->isHidden())
        m_navigation->setCurrentRow(index);
}

void MainWindow::openClient(qint64 id)
{
    // Wherever a client is opened from, the Clients screen selects them in
    // its list, so that the list and the card agree.
    showSection(kClientsSection);
    m_clients->openClient(id);
}

void MainWindow::findClient()
{
    showSection(kClientsSection);
    m_clients->focusSearch();
}

void MainWindow::showTab(int index)
{
    if (auto* tabs = m_sections->currentWidget()->findChild<QTabWidget*>())
        tabs->setCurrentIndex(index);
}

void MainWindow::chooseDatabase(bool create)
{
    DatabaseLocation current{m_workspace->database().path(), ModeChoice::Automatic};
    // From a server, the files start where a new shop's would.
    if (isServerAddress(current.path))
        current.path = defaultDatabasePath();
    if (create)
        current.path = QFileInfo(current.path).absoluteDir().filePath(tr("new-database.sqlite"));
    DatabaseDialog dialog(create ? DatabaseDialog::Purpose::Create : DatabaseDialog::Purpose::Open,
                          current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<std::unique_ptr<Workspace>> opened = openWorkspace(dialog.location(), create);
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, windowTitle(), opened.error().message,
                        QMessageBox::Ok, this);
        box.setDetailedText(opened.error().detail);
        box.exec();
        return;
    }
    if (!signInToWorkspace(**opened, this))
        return;
    rememberDatabase(dialog.location());
    switchTo(std::move(*opened));
}

void MainWindow::connectToServer()
{
    const QString current = m_workspace->database().path();
    const DatabaseLocation remembered = rememberedDatabase();
    connectToServerAt(isServerAddress(current)           ? current
                      : isServerAddress(remembered.path) ? remembered.path
                                                         : QString());
}

void MainWindow::connectToServerAt(const QString& address)
{
    ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, address, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberDatabase(dialog.location());
    switchTo(dialog.takeWorkspace());
}

void MainWindow::chooseLanguage(std::optional<Language> language)
{
    if (chosenLanguage() == language)
        return;
    setChosenLanguage(language);
    // Every window, list and report would have to be rebuilt to change the
    // language in place: it applies at the next start.
    QMessageBox::information(
        this, tr("Language"),
        tr("The language is now %1. It applies at the next start: close Kartoteka and start "
           "it again.")
            .arg(languageNativeName(language.value_or(systemLanguage()))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kartoteka"),
                       tr("<h3>Kartoteka %1</h3><p>A desktop CRM for small shops: the client "
                          "base, the deal funnel and the reports in one SQLite file, backed up "
                          "every day.</p><p>License: GNU GPL version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace kartoteka::ui
