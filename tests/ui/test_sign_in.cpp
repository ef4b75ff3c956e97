#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/AccountSettings.h"
#include "accounts/IdleLock.h"
#include "accounts/IdleLockForm.h"
#include "accounts/OwnerSetupDialog.h"
#include "accounts/SessionGuard.h"
#include "accounts/SignInDialog.h"
#include "accounts/SignInPanel.h"
#include "admin/AdminPage.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/Lists.h"
#include "demo/DemoData.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoMark.h"
#include "firstrun/FirstStart.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "reports/ReportView.h"
#include "storage/Sessions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

const QString kOwnerPassword = u"owner-secret-1"_s;
const QString kManagerPassword = u"manager-secret-1"_s;

// A shop with an owner and a manager who has chosen their own password.
struct Shop
{
    qint64 ownerId = 0;
    qint64 managerId = 0;
};

Shop setUpShop(Database& db)
{
    Accounts accounts(db);
    Shop shop;
    shop.ownerId =
        requireValue(accounts.createOwner(u"owner"_s, u"Тарас Шевчук"_s, kOwnerPassword)).id;
    shop.managerId =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"temporary-1"_s))
            .id;
    // The manager's first sign-in has happened: their own password now.
    const Principal system = db.principal();
    db.setPrincipal(requireValue(accounts.signIn(u"olena"_s, u"temporary-1"_s)));
    requireOk(accounts.changeOwnPassword(u"temporary-1"_s, kManagerPassword));
    db.setPrincipal(system);
    return shop;
}

void typeAndSignIn(SignInPanel& panel, const QString& login, const QString& password)
{
    if (!panel.loginEdit()->isReadOnly())
        panel.loginEdit()->setText(login);
    panel.passwordEdit()->setText(password);
    panel.signInButton()->click();
}

// A window as the program shows it after `who` signed in.
std::unique_ptr<MainWindow> windowFor(const QString& path, const QString& login,
                                      const QString& password)
{
    auto workspace = requireValue(openWorkspace({path, ModeChoice::Local}, false));
    Database& db = workspace->database();
    db.setPrincipal(requireValue(Accounts(db).signIn(login, password)));
    auto window = std::make_unique<MainWindow>(std::move(workspace));
    window->show();
    window->showSection(1); // Clients: the screen these tests sign in and out of
    return window;
}

std::unique_ptr<MainWindow> shopWindow(TempDir& dir, Shop& shop, const QString& login,
                                       const QString& password)
{
    const QString path = dir.path(u"shop.sqlite"_s);
    {
        auto db = openTestDatabase(path);
        shop = setUpShop(*db);
    }
    return windowFor(path, login, password);
}

// The Administration entry of the section list: the one that shows the admin page.
QListWidgetItem* administrationItem(MainWindow& window)
{
    auto* navigation = window.centralWidget()->findChild<QListWidget*>();
    auto* sections = window.centralWidget()->findChild<QStackedWidget*>();
    return navigation->item(sections->indexOf(window.adminPage()));
}

int auditCount(Database& db, const QString& action, qint64 userId)
{
    const Principal before = db.principal();
    db.setPrincipal({});
    AuditFilter filter;
    filter.action = action;
    filter.userId = userId;
    const int n = int(requireValue(readAudit(db, filter)).size());
    db.setPrincipal(before);
    return n;
}

} // namespace

TEST_CASE("signing in: a wrong password is refused and cleared, the right one lets in and the "
          "login is remembered",
          "[ui][signin]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const Shop shop = setUpShop(*db);
    rememberLogin(QString());

    SignInPanel panel(*db);
    QSignalSpy signedIn(&panel, &SignInPanel::signedIn);
    CHECK(panel.loginEdit()->text().isEmpty());

    typeAndSignIn(panel, u"olena"_s, u"not-her-password"_s);
    CHECK(signedIn.isEmpty());
    CHECK(panel.lastError() == ErrorKind::SignInFailed);
    CHECK_FALSE(panel.message().isEmpty());
    CHECK(panel.passwordEdit()->text().isEmpty());
    CHECK(panel.loginEdit()->text() == u"olena"_s);

    typeAndSignIn(panel, u"olena"_s, kManagerPassword);
    REQUIRE(signedIn.size() == 1);
    const auto principal = signedIn.first().first().value<Principal>();
    CHECK(principal.accountId == shop.managerId);
    CHECK(principal.role == Role::Manager);
    CHECK_FALSE(panel.lastError());
    CHECK(panel.passwordEdit()->text().isEmpty());

    // The next start offers the login (never the password).
    SignInPanel next(*db);
    CHECK(next.loginEdit()->text() == u"olena"_s);
    CHECK(next.passwordEdit()->text().isEmpty());
    CHECK(rememberedLogin() == u"olena"_s);
}

TEST_CASE("after five wrong passwords the sign-in says to wait", "[ui][signin]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    SignInPanel panel(*db);
    QSignalSpy signedIn(&panel, &SignInPanel::signedIn);
    for (int i = 0; i < kFreeSignInFailures; ++i) {
        typeAndSignIn(panel, u"olena"_s, u"wrong-%1"_s.arg(i));
        CHECK(panel.lastError() == ErrorKind::SignInFailed);
    }
    // Even the right password waits now.
    typeAndSignIn(panel, u"olena"_s, kManagerPassword);
    CHECK(panel.lastError() == ErrorKind::TooManyAttempts);
    CHECK_FALSE(panel.message().isEmpty());
    CHECK(signedIn.isEmpty());
}

TEST_CASE("an account with a temporary password chooses its own, typed twice, before it is let in",
          "[ui][signin]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, kOwnerPassword));
    const qint64 newcomer =
        requireValue(accounts.add(u"ira"_s, u"Ирина Соколова"_s, Role::Senior, u"temporary-2"_s))
            .id;

    SignInPanel panel(*db);
    QSignalSpy signedIn(&panel, &SignInPanel::signedIn);
    typeAndSignIn(panel, u"ira"_s, u"temporary-2"_s);
    REQUIRE(panel.isChangingPassword());
    CHECK(signedIn.isEmpty());

    // Two different passwords: nothing changes.
    panel.newPasswordEdit()->setText(u"her-own-password"_s);
    panel.repeatPasswordEdit()->setText(u"her-own-passwrod"_s);
    panel.changePasswordButton()->click();
    CHECK(panel.lastError() == ErrorKind::Invalid);
    CHECK(panel.isChangingPassword());
    // Too short.
    panel.newPasswordEdit()->setText(u"short"_s);
    panel.repeatPasswordEdit()->setText(u"short"_s);
    panel.changePasswordButton()->click();
    CHECK(panel.lastError() == ErrorKind::Invalid);
    CHECK(signedIn.isEmpty());
    CHECK(requireValue(accounts.byId(newcomer)).mustChangePassword);

    panel.newPasswordEdit()->setText(u"her-own-password"_s);
    panel.repeatPasswordEdit()->setText(u"her-own-password"_s);
    panel.changePasswordButton()->click();
    REQUIRE(signedIn.size() == 1);
    CHECK(signedIn.first().first().value<Principal>().accountId == newcomer);
    CHECK_FALSE(requireValue(accounts.byId(newcomer)).mustChangePassword);
    // The panel left the connection as it found it: the caller gives the principal.
    CHECK(db->principal().isSystem());
    CHECK(accounts.signIn(u"ira"_s, u"her-own-password"_s));
    Result<Principal> old = accounts.signIn(u"ira"_s, u"temporary-2"_s);
    REQUIRE_FALSE(old);
    CHECK(old.error().kind == ErrorKind::SignInFailed);
}

TEST_CASE("a new database sets up its owner, who is then signed in", "[ui][signin][owner]")
{
    TempDir dir;
    auto workspace =
        requireValue(openWorkspace({dir.path(u"new.sqlite"_s), ModeChoice::Local}, true));
    Database& db = workspace->database();
    REQUIRE(requireValue(Accounts(db).needsOwner()));

    bool sawSetup = false;
    QTimer::singleShot(0, [&] {
        auto* setup = qobject_cast<OwnerSetupDialog*>(QApplication::activeModalWidget());
        REQUIRE(setup);
        sawSetup = true;
        // Nobody to pick on a new database.
        CHECK(setup->staffChooser()->isHidden());
        setup->nameEdit()->setText(u"Тарас Шевчук"_s);
        setup->loginEdit()->setText(u"taras"_s);
        setup->passwordEdit()->setText(kOwnerPassword);
        setup->repeatEdit()->setText(u"something-else"_s);
        setup->createButton()->click();
        CHECK(setup->lastError() == ErrorKind::Invalid);
        CHECK(setup->isVisible());
        setup->passwordEdit()->setText(kOwnerPassword);
        setup->repeatEdit()->setText(kOwnerPassword);
        setup->createButton()->click();
    });
    REQUIRE(signInToWorkspace(*workspace, nullptr));
    CHECK(sawSetup);
    CHECK(db.principal().login == u"taras"_s);
    CHECK(db.principal().role == Role::Owner);
    CHECK(db.reopenOptions().principal.accountId == db.principal().accountId);
    CHECK(requireValue(Accounts(db).signInRequired()));
    CHECK(rememberedLogin() == u"taras"_s);

    // The next start asks for the password instead.
    db.setPrincipal({});
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->panel()->loginEdit()->text() == u"taras"_s);
        typeAndSignIn(*dialog->panel(), u"taras"_s, kOwnerPassword);
    });
    REQUIRE(signInToWorkspace(*workspace, nullptr));
    CHECK(db.principal().login == u"taras"_s);
}

TEST_CASE("the owner of a database from before accounts picks themselves from the staff list and "
          "keeps their clients",
          "[ui][signin][owner]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"old.sqlite"_s));
    // The staff list as a version without accounts kept it: names, no logins.
    Lists lists(*db);
    const qint64 olena = requireValue(lists.userIdOfOrAdd(u"Олена Коваль"_s));
    requireValue(lists.userIdOfOrAdd(u"Андрій Мельник"_s));
    ClientRepository clients(*db);
    Client client;
    client.lastName = u"Її клієнт"_s;
    client.managerId = olena;
    requireOk(clients.create(client));
    const int staffBefore = int(requireValue(Accounts(*db).list()).size());

    OwnerSetupDialog setup(*db);
    REQUIRE_FALSE(setup.staffChooser()->isHidden());
    const int index = setup.staffChooser()->findData(olena);
    REQUIRE(index > 0);
    setup.staffChooser()->setCurrentIndex(index);
    CHECK(setup.nameEdit()->text() == u"Олена Коваль"_s);
    setup.loginEdit()->setText(u"olena"_s);
    setup.passwordEdit()->setText(kOwnerPassword);
    setup.repeatEdit()->setText(kOwnerPassword);
    setup.createButton()->click();
    REQUIRE(setup.result() == QDialog::Accepted);
    CHECK(setup.principal().accountId == olena);
    CHECK(setup.principal().role == Role::Owner);
    CHECK(int(requireValue(Accounts(*db).list()).size()) == staffBefore);
    CHECK(requireValue(clients.load(client.id)).managerId == olena);
}

TEST_CASE("switching user signs in someone else and rebuilds what the window shows",
          "[ui][signin][window]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"owner"_s, kOwnerPassword);
    Database& db = window->workspace().database();
    SessionGuard* guard = window->sessionGuard();
    REQUIRE(window->switchUserAction()->isEnabled());
    CHECK_FALSE(administrationItem(*window)->isHidden());
    CHECK(guard->whoLabel()->text().contains(u"Тарас Шевчук"_s));
    ClientsPage* ownersPage = window->clientsPage();

    // Cancel goes back to the owner, as they were.
    window->switchUserAction()->trigger();
    REQUIRE(guard->isHidingContent());
    CHECK_FALSE(ownersPage->isVisible());
    CHECK_FALSE(window->windowTitle().contains(u"shop.sqlite"_s));
    CHECK_FALSE(window->menuBar()->isEnabled());
    QSignalSpy rebuilt(guard, &SessionGuard::principalChanged);
    REQUIRE_FALSE(guard->panel()->cancelButton()->isHidden());
    guard->panel()->cancelButton()->click();
    CHECK_FALSE(guard->isHidingContent());
    CHECK(window->clientsPage() == ownersPage);
    CHECK(ownersPage->isVisible());
    CHECK(db.principal().accountId == shop.ownerId);

    window->switchUserAction()->trigger();
    REQUIRE(guard->isHidingContent());
    CHECK(guard->panel()->loginEdit()->text().isEmpty());
    typeAndSignIn(*guard->panel(), u"olena"_s, kManagerPassword);
    CHECK_FALSE(guard->isHidingContent());
    CHECK(rebuilt.size() == 1);
    CHECK(db.principal().accountId == shop.managerId);
    CHECK(db.reopenOptions().principal.accountId == shop.managerId);
    CHECK(window->clientsPage() != ownersPage);
    CHECK(window->clientsPage()->isVisible());
    CHECK(administrationItem(*window)->isHidden());
    CHECK(guard->whoLabel()->text().contains(u"Олена Коваль"_s));
    CHECK(window->windowTitle().contains(u"shop.sqlite"_s));
    // Colleagues see who is at this PC now.
    const QList<SessionInfo> sessions =
        requireValue(window->workspace().sessions().activeSessions());
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.first().userName == u"Олена Коваль"_s);
    CHECK(window->menuBar()->isEnabled());
}

TEST_CASE("signing out is audited and the window waits for someone to sign in",
          "[ui][signin][window]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"owner"_s, kOwnerPassword);
    Database& db = window->workspace().database();
    SessionGuard* guard = window->sessionGuard();
    ClientsPage* page = window->clientsPage();
    CHECK(auditCount(db, auditAction::kSignOut, shop.ownerId) == 0);

    window->signOutAction()->trigger();
    REQUIRE(guard->isHidingContent());
    CHECK(auditCount(db, auditAction::kSignOut, shop.ownerId) == 1);
    CHECK_FALSE(page->isVisible());
    CHECK_FALSE(window->statusBar()->isVisible());
    CHECK_FALSE(window->windowTitle().contains(u"shop.sqlite"_s));
    // Nothing to cancel back to: whoever comes next signs in.
    CHECK_FALSE(guard->panel()->isUnlocking());

    typeAndSignIn(*guard->panel(), u"owner"_s, u"wrong-password"_s);
    CHECK(guard->isHidingContent());
    CHECK(guard->panel()->lastError() == ErrorKind::SignInFailed);
    typeAndSignIn(*guard->panel(), u"owner"_s, kOwnerPassword);
    CHECK_FALSE(guard->isHidingContent());
    // The same person finds the window as they left it.
    CHECK(window->clientsPage() == page);
    CHECK(page->isVisible());
    CHECK(window->statusBar()->isVisible());
}

TEST_CASE("the idle lock hides everything and opens with the right password only",
          "[ui][signin][idle]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"olena"_s, kManagerPassword);
    SessionGuard* guard = window->sessionGuard();
    ClientsPage* page = window->clientsPage();
    const QString title = window->windowTitle();
    CHECK(title.contains(u"shop.sqlite"_s));
    // A dialog of the manager's, open when the window locks.
    QDialog card(window.get());
    card.setModal(true);
    card.show();

    // Input keeps the window open. The interval leaves room for a loaded
    // machine, where a 100 ms wait between keys can stretch several times.
    guard->overrideIdleInterval(std::chrono::milliseconds(1500));
    for (int i = 0; i < 20; ++i) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QApplication::sendEvent(page, &key);
        waitUntil([] { return false; }, 100);
    }
    CHECK_FALSE(guard->isHidingContent());

    REQUIRE(waitUntil([&] { return guard->isHidingContent(); }, 6000));
    CHECK_FALSE(page->isVisible());
    CHECK_FALSE(card.isVisible());
    CHECK_FALSE(window->statusBar()->isVisible());
    CHECK_FALSE(window->windowTitle().contains(u"shop.sqlite"_s));
    CHECK(window->centralWidget() == guard->panel());
    SignInPanel* panel = guard->panel();
    CHECK(panel->isUnlocking());
    CHECK(panel->loginEdit()->isReadOnly());
    CHECK(panel->loginEdit()->text() == u"olena"_s);

    typeAndSignIn(*panel, u"olena"_s, kOwnerPassword);
    CHECK(guard->isHidingContent());
    CHECK(panel->lastError() == ErrorKind::SignInFailed);
    CHECK(panel->passwordEdit()->text().isEmpty());

    typeAndSignIn(*panel, u"olena"_s, kManagerPassword);
    CHECK_FALSE(guard->isHidingContent());
    CHECK(window->clientsPage() == page);
    CHECK(page->isVisible());
    CHECK(card.isVisible());
    CHECK(window->windowTitle() == title);
    CHECK(guard->idleLock()->isActive());
}

TEST_CASE("someone else can sign in at the lock, and what was open is closed", "[ui][signin][idle]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"owner"_s, kOwnerPassword);
    SessionGuard* guard = window->sessionGuard();
    QDialog card(window.get());
    card.show();
    guard->lock();
    REQUIRE(guard->isHidingContent());
    guard->panel()->otherPersonButton()->click();
    CHECK_FALSE(guard->panel()->isUnlocking());
    CHECK_FALSE(guard->panel()->loginEdit()->isReadOnly());
    // Cancel goes back to the lock, not into the window.
    guard->panel()->cancelButton()->click();
    CHECK(guard->isHidingContent());
    CHECK(guard->panel()->isUnlocking());
    guard->panel()->otherPersonButton()->click();
    typeAndSignIn(*guard->panel(), u"olena"_s, kManagerPassword);
    CHECK_FALSE(guard->isHidingContent());
    CHECK(window->workspace().database().principal().accountId == shop.managerId);
    CHECK(card.result() == QDialog::Rejected);
    CHECK_FALSE(card.isVisible());
}

TEST_CASE("the idle minutes come from the owner's setting, shared by every window",
          "[ui][signin][idle]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"owner"_s, kOwnerPassword);
    SessionGuard* guard = window->sessionGuard();
    CHECK(guard->idleLock()->interval() == std::chrono::minutes(kDefaultIdleLockMinutes));
    IdleLockForm* form = window->adminPage()->idleLockForm();
    REQUIRE(form->minutesBox()->isEnabled());
    form->minutesBox()->setValue(3);
    form->saveButton()->click();
    CHECK_FALSE(form->lastError());
    REQUIRE(
        waitUntil([&] { return guard->idleLock()->interval() == std::chrono::minutes(3); }, 5000));

    // A manager sees it and cannot change it.
    auto managers = windowFor(dir.path(u"shop.sqlite"_s), u"olena"_s, kManagerPassword);
    CHECK(managers->sessionGuard()->idleLock()->interval() == std::chrono::minutes(3));
    IdleLockForm managerForm(managers->workspace().database());
    CHECK_FALSE(managerForm.minutesBox()->isEnabled());
    CHECK(managerForm.minutesBox()->value() == 3);
}

TEST_CASE("a manager is not offered the screens and buttons they may not use",
          "[ui][signin][capabilities]")
{
    TempDir dir;
    Shop shop;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto owners = shopWindow(dir, shop, u"owner"_s, kOwnerPassword);
    CHECK_FALSE(administrationItem(*owners)->isHidden());
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(owners->reportsPage()->view(i)->exportButton()->isHidden());
    auto* ownersTabs = owners->adminPage()->findChild<QTabWidget*>();
    for (int i = 0; i < ownersTabs->count(); ++i)
        CHECK(ownersTabs->isTabVisible(i));

    auto managers = windowFor(path, u"olena"_s, kManagerPassword);
    QListWidgetItem* admin = administrationItem(*managers);
    CHECK(admin->isHidden());
    managers->showSection(managers->centralWidget()->findChild<QListWidget*>()->row(admin));
    CHECK_FALSE(managers->adminPage()->isVisible());
    for (int i = 0; i < 5; ++i)
        CHECK(managers->reportsPage()->view(i)->exportButton()->isHidden());

    // A senior manager exports and backs up, and sees only the backups there.
    Accounts accounts(owners->workspace().database());
    requireValue(accounts.add(u"ira"_s, u"Ирина Соколова"_s, Role::Senior, u"temporary-3"_s));
    {
        auto db = openTestDatabase(path);
        db->setPrincipal(requireValue(Accounts(*db).signIn(u"ira"_s, u"temporary-3"_s)));
        requireOk(Accounts(*db).changeOwnPassword(u"temporary-3"_s, u"senior-secret"_s));
    }
    auto seniors = windowFor(path, u"ira"_s, u"senior-secret"_s);
    CHECK_FALSE(administrationItem(*seniors)->isHidden());
    CHECK_FALSE(seniors->reportsPage()->view(0)->exportButton()->isHidden());
    auto* tabs = seniors->adminPage()->findChild<QTabWidget*>();
    CHECK(tabs->isTabVisible(0));
    for (int i = 1; i < tabs->count(); ++i)
        CHECK_FALSE(tabs->isTabVisible(i));
    for (const QString& name : {u"restoreSelected"_s, u"restoreFile"_s}) {
        auto* button = seniors->adminPage()->findChild<QPushButton*>(name);
        INFO(name.toStdString());
        REQUIRE(button);
        CHECK_FALSE(button->isEnabled());
    }
}

TEST_CASE("a demo database's sign-in shows its logins and the demo password", "[ui][signin][demo]")
{
    TempDir dir;
    auto shop = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*shop);
    SignInPanel plain(*shop);
    CHECK(plain.demoHint()->isHidden());

    auto demo = openTestDatabase(dir.path(u"demo.sqlite"_s));
    requireValue(generateDemo(*demo, {10, 1}));
    Accounts accounts(*demo);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, kDemoPassword));
    SignInPanel panel(*demo);
    CHECK_FALSE(panel.demoHint()->isHidden());
    CHECK(panel.demoHint()->text().contains(u"owner"_s));
    CHECK(panel.demoHint()->text().contains(kDemoPassword));
    QSignalSpy signedIn(&panel, &SignInPanel::signedIn);
    emit panel.demoHint()->linkActivated(u"owner"_s);
    CHECK(panel.loginEdit()->text() == u"owner"_s);
    panel.signInButton()->click();
    CHECK(signedIn.size() == 1);
}

TEST_CASE("after the first-start assistant, the demo hint does not promise the demo password "
          "for the person's own account",
          "[ui][signin][demo]")
{
    PrivateSettings settings;
    TempDir dir;
    const QString path = dir.path(u"kartoteka-demo.sqlite"_s);
    DemoOptions options;
    options.clients = 10;
    requireValue(createDemoDatabase(path, ModeChoice::Local, options));
    auto db = openTestDatabase(path);
    FirstStartChoices choices;
    choices.language = Language::Ukrainian;
    choices.shop = {u"Квіти на Подолі"_s, u"UAH"_s, u"UA"_s};
    const QString own = u"Shop-pass-2026"_s;
    choices.owner = {u"hanna"_s, u"Ганна Шевчук"_s, own, own};
    choices.start = StartWith::Demo;
    const Principal owner = requireValue(applyFirstStart(*db, choices));
    setChosenLanguage(std::nullopt);
    CHECK(requireValue(accountWithOwnPassword(*db)) == owner.accountId);

    SignInPanel panel(*db);
    REQUIRE_FALSE(panel.demoHint()->isHidden());
    CHECK(panel.demoHint()->text().contains(u"hanna"_s));
    // The owner's link fills the login and leaves the password to the person...
    emit panel.demoHint()->linkActivated(u"hanna"_s);
    CHECK(panel.loginEdit()->text() == u"hanna"_s);
    CHECK(panel.passwordEdit()->text().isEmpty());
    // ...while the other demo accounts still sign in with the demo password.
    const QList<Account> staff = requireValue(Accounts(*db).list(false));
    QString manager;
    for (const Account& a : staff)
        if (a.role != Role::Owner && a.hasPassword && manager.isEmpty())
            manager = a.login;
    REQUIRE_FALSE(manager.isEmpty());
    QSignalSpy signedIn(&panel, &SignInPanel::signedIn);
    emit panel.demoHint()->linkActivated(manager);
    CHECK(panel.passwordEdit()->text() == kDemoPassword);
    panel.signInButton()->click();
    CHECK(signedIn.size() == 1);
}

TEST_CASE("a change of role reaches the window signed in, and a deactivated account is signed out",
          "[ui][signin][window]")
{
    TempDir dir;
    Shop shop;
    auto window = shopWindow(dir, shop, u"olena"_s, kManagerPassword);
    Database& db = window->workspace().database();
    CHECK(administrationItem(*window)->isHidden());
    ClientsPage* before = window->clientsPage();

    // The owner, on another PC.
    auto owners = openTestDatabase(dir.path(u"shop.sqlite"_s));
    owners->setPrincipal(requireValue(Accounts(*owners).signIn(u"owner"_s, kOwnerPassword)));
    requireOk(Accounts(*owners).setRole(shop.managerId, Role::Admin));
    REQUIRE(waitUntil([&] { return db.principal().role == Role::Admin; }, 5000));
    CHECK(db.principal().can(Capability::Accounts));
    CHECK_FALSE(administrationItem(*window)->isHidden());
    CHECK(window->clientsPage() != before);
    CHECK(window->sessionGuard()->whoLabel()->text().contains(roleTitle(Role::Admin)));

    requireValue(Accounts(*owners).deactivate({shop.managerId, {shop.ownerId}}));
    REQUIRE(waitUntil([&] { return window->sessionGuard()->isHidingContent(); }, 5000));
    CHECK_FALSE(window->clientsPage()->isVisible());
    typeAndSignIn(*window->sessionGuard()->panel(), u"olena"_s, kManagerPassword);
    CHECK(window->sessionGuard()->isHidingContent());
    CHECK(window->sessionGuard()->panel()->lastError() == ErrorKind::SignInFailed);
}

TEST_CASE("Enter in the sign-in dialog tries the password once", "[ui][signin]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const Shop shop = setUpShop(*db);
    SignInDialog dialog(*db);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.panel()->loginEdit()->setText(u"olena"_s);
    dialog.panel()->passwordEdit()->setText(u"wrong-password"_s);
    QTest::keyClick(dialog.panel()->passwordEdit(), Qt::Key_Return);
    CHECK(dialog.panel()->lastError() == ErrorKind::SignInFailed);
    CHECK(auditCount(*db, auditAction::kSignInFailed, 0) == 1);
    CHECK(dialog.isVisible());

    // An empty password is not a try.
    QTest::keyClick(dialog.panel()->passwordEdit(), Qt::Key_Return);
    CHECK(dialog.panel()->lastError() == ErrorKind::Invalid);
    CHECK(auditCount(*db, auditAction::kSignInFailed, 0) == 1);

    dialog.panel()->passwordEdit()->setText(kManagerPassword);
    QTest::keyClick(dialog.panel()->passwordEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.principal().accountId == shop.managerId);
    CHECK(auditCount(*db, auditAction::kSignInFailed, 0) == 1);
}
