// File → Connect to a server… and the start on a remembered server: signing
// in is connecting as the account's login role, the window then names the
// server, and the owner moves a file's base there from Administration.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/SignInDialog.h"
#include "accounts/SignInPanel.h"
#include "admin/MoveToServerDialog.h"
#include "clients/ClientRepository.h"
#include "main/ConnectServerDialog.h"
#include "main/MainWindow.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

const QString kOwnerPassword = u"owner-secret-1"_s;
const QString kTemporary = u"temporary-1"_s;

void connectWith(ConnectServerDialog& dialog, const QString& login, const QString& password)
{
    dialog.loginEdit()->setText(login);
    dialog.passwordEdit()->setText(password);
    dialog.connectButton()->click();
}

} // namespace

TEST_CASE("connecting to a server signs in as the account and the window names the server",
          "[ui][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    PrivateSettings settings;
    ServerDatabase server;
    std::unique_ptr<Database> admin = openServerTestDatabase(server);
    Accounts accounts(*admin);
    requireValue(accounts.createOwner(u"owner"_s, u"Тарас Шевчук"_s, kOwnerPassword));
    const qint64 manager =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, kTemporary)).id;
    Client theirs;
    theirs.lastName = u"Бондаренко"_s;
    requireOk(ClientRepository(*admin).create(theirs));
    Client hers;
    hers.lastName = u"Антоненко"_s;
    hers.managerId = manager;
    requireOk(ClientRepository(*admin).create(hers));

    ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, u"shop.sqlite"_s);
    connectWith(dialog, u"owner"_s, kOwnerPassword);
    CHECK(dialog.lastError() == ErrorKind::Invalid);
    dialog.addressEdit()->setText(u"postgresql://server"_s);
    connectWith(dialog, u"owner"_s, kOwnerPassword);
    CHECK(dialog.lastError() == ErrorKind::Invalid);
    dialog.addressEdit()->setText(server.address());
    connectWith(dialog, u"owner"_s, u"wrong-password-1"_s);
    CHECK(dialog.lastError() == ErrorKind::SignInFailed);
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);

    connectWith(dialog, u"Owner"_s, kOwnerPassword);
    REQUIRE(dialog.result() == QDialog::Accepted);
    std::unique_ptr<Workspace> workspace = dialog.takeWorkspace();
    REQUIRE(workspace);
    Database& db = workspace->database();
    CHECK(db.principal().accountId > 0);
    CHECK(db.principal().role == Role::Owner);
    CHECK(db.serverLogin() == u"owner"_s);
    CHECK(dialog.location().path == server.address());

    MainWindow window(std::move(workspace));
    CHECK(window.statusLine()->databaseText().contains(databaseShortName(server.address())));
    CHECK(window.windowTitle().contains(databaseShortName(server.address())));

    // A manager with a temporary password chooses their own before the
    // window opens; the server then shows them only their clients.
    ConnectServerDialog second(ConnectServerDialog::Purpose::Start, server.address());
    bool askedNewPassword = false;
    QTimer::singleShot(0, [&] {
        auto* signIn = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        REQUIRE(signIn);
        askedNewPassword = signIn->panel()->isChangingPassword();
        signIn->panel()->newPasswordEdit()->setText(u"Olena-own-2026"_s);
        signIn->panel()->repeatPasswordEdit()->setText(u"Olena-own-2026"_s);
        signIn->panel()->changePasswordButton()->click();
    });
    connectWith(second, u"olena"_s, kTemporary);
    CHECK(askedNewPassword);
    REQUIRE(second.result() == QDialog::Accepted);
    std::unique_ptr<Workspace> hersOnly = second.takeWorkspace();
    Database& herDb = hersOnly->database();
    CHECK(herDb.principal().accountId == manager);
    CHECK(
        requireValue(sql::scalar(herDb.connection(), u"SELECT count(*) FROM clients"_s)).toInt() ==
        1);
    // Her reports and other background work connect with her new password.
    std::unique_ptr<Database> background = requireValue(Database::open(herDb.reopenOptions()));
    CHECK(background->serverLogin() == u"olena"_s);
}

TEST_CASE("the owner moves a file's base to a server from Administration", "[ui][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    PrivateSettings settings;
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    std::unique_ptr<Workspace> workspace =
        requireValue(openWorkspace({path, ModeChoice::Local}, true));
    Database& file = workspace->database();
    Accounts accounts(file);
    requireValue(accounts.createOwner(u"owner"_s, u"Тарас Шевчук"_s, kOwnerPassword));
    file.setPrincipal(requireValue(accounts.signIn(u"owner"_s, kOwnerPassword)));
    Client c;
    c.lastName = u"Шевченко"_s;
    requireOk(ClientRepository(file).create(c));

    ServerDatabase server;
    MoveToServerDialog dialog(file);
    dialog.addressEdit()->setText(u"not an address"_s);
    dialog.trialButton()->click();
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.report()->toPlainText().isEmpty());

    dialog.addressEdit()->setText(server.address());
    dialog.trialButton()->click();
    REQUIRE(dialog.isRunning());
    REQUIRE(waitUntil([&] { return !dialog.isRunning(); }, 60000));
    CHECK(dialog.movedTo().isEmpty());
    CHECK(dialog.report()->toPlainText().contains(u"clients"_s));

    // The real move asks first.
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    dialog.moveButton()->click();
    REQUIRE(waitUntil([&] { return !dialog.isRunning(); }, 60000));
    REQUIRE_FALSE(dialog.movedTo().isEmpty());
    // The staff connect as themselves: the administrator's user is not in it.
    CHECK_FALSE(dialog.movedTo().contains(u'@'));
    std::unique_ptr<Database> moved = openServerTestDatabase(server);
    CHECK(
        requireValue(sql::scalar(moved->connection(), u"SELECT count(*) FROM clients"_s)).toInt() ==
        1);
    // The file is as it was, and still opens.
    CHECK(requireValue(sql::scalar(file.connection(), u"SELECT count(*) FROM clients"_s)).toInt() ==
          1);
}
