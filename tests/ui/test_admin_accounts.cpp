// Administration → Accounts, Roles and Audit, the hand-over dialog and the
// client card's history, driven as a person would, offscreen.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "admin/AccountsPanel.h"
#include "admin/AdminPage.h"
#include "admin/AuditPanel.h"
#include "admin/HandOverDialog.h"
#include "admin/RolesPanel.h"
#include "audit/AuditLog.h"
#include "clients/ClientCard.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/PhoneNumbers.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// What to do with the modal windows that open next, in order. Each step is
// offered the active modal widget until it says it handled it.
class ModalScript
{
public:
    using Step = std::function<bool(QWidget*)>;
    ModalScript()
    {
        m_timer.setInterval(20);
        m_age.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            // A step that never matches would leave the test waiting in
            // exec() for ever: give up, and let the test's checks fail.
            if (modal && m_age.elapsed() > 15000) {
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                return;
            }
            if (!modal || m_steps.empty() || modal == m_last)
                return;
            if (m_steps.front()(modal)) {
                m_steps.pop_front();
                m_last = modal;
                ++m_done;
            }
        });
        m_timer.start();
    }
    ~ModalScript() { m_timer.stop(); }
    template <typename T> ModalScript& then(std::function<void(T*)> act)
    {
        m_steps.push_back([act](QWidget* w) {
            T* typed = qobject_cast<T*>(w);
            if (!typed)
                return false;
            act(typed);
            return true;
        });
        return *this;
    }
    int done() const { return m_done; }
    bool finished() const { return m_steps.empty(); }

private:
    QTimer m_timer;
    QElapsedTimer m_age;
    std::deque<Step> m_steps;
    QWidget* m_last = nullptr;
    int m_done = 0;
};

void shoot(QWidget* widget, const QString& name)
{
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty())
        widget->grab().save(shots + u'/' + name + u".png"_s);
}

void clickButton(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            return;
        }
    }
    FAIL("no such button in the message box");
}

void clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    REQUIRE(ok->isEnabled());
    ok->click();
}

struct Shop
{
    TempDir dir;
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Accounts accounts{*db};
    Account owner =
        requireValue(accounts.createOwner(u"owner"_s, u"Олена Коваль"_s, u"owner-password-1"_s));

    Account add(const QString& login, const QString& name, Role role)
    {
        const Principal was = db->principal();
        db->setPrincipal({});
        Account a = requireValue(accounts.add(login, name, role, temporaryPassword()));
        db->setPrincipal(was);
        return a;
    }
    void signInAs(const Account& a) { db->setPrincipal(requireValue(accounts.principalOf(a.id))); }
    qint64 clientOf(const QString& name, qint64 managerId)
    {
        Client c;
        c.lastName = name;
        c.managerId = managerId;
        requireOk(ClientRepository(*db).create(c));
        return c.id;
    }
    qint64 dealOf(qint64 clientId, qint64 managerId)
    {
        Deal d;
        d.pipelineId = requireValue(PipelineRepository(*db).pipelineNamed(QString())).id;
        d.clientId = clientId;
        d.title = u"Шафа-купе"_s;
        d.managerId = managerId;
        requireOk(DealRepository(*db).create(d));
        return d.id;
    }
    qint64 managerOf(const QString& table, qint64 id)
    {
        return requireValue(sql::scalar(db->connection(),
                                        u"SELECT manager_id FROM "_s + table + u" WHERE id = ?"_s,
                                        {id}))
            .toLongLong();
    }
};

} // namespace

TEST_CASE("a new account's temporary password is shown once, signs in and must be changed",
          "[ui][accounts]")
{
    Shop shop;
    shop.signInAs(shop.owner);
    AccountsPanel panel(*shop.db);
    panel.resize(1100, 500);
    panel.show();
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    QString shown;
    ModalScript script;
    script
        .then<QDialog>([](QDialog* d) {
            REQUIRE(d->findChild<QComboBox*>(u"role"_s));
            d->findChild<QLineEdit*>(u"name"_s)->setText(u"Петро Бондаренко-Квітчастий"_s);
            d->findChild<QLineEdit*>(u"login"_s)->setText(u"petro.b"_s);
            auto* role = d->findChild<QComboBox*>(u"role"_s);
            role->setCurrentIndex(role->findData(int(Role::Manager)));
            shoot(d, u"accounts-add"_s);
            clickOk(d);
        })
        .then<TemporaryPasswordDialog>([&](TemporaryPasswordDialog* d) {
            shown = d->findChild<QLineEdit*>(u"password"_s)->text();
            shoot(d, u"accounts-temporary-password"_s);
            d->accept();
        });
    panel.addAccount();
    REQUIRE(script.finished());
    REQUIRE(shown.size() >= kMinPasswordLength);

    const Account added = requireValue(shop.accounts.byLogin(u"petro.b"_s));
    CHECK(added.role == Role::Manager);
    CHECK(added.mustChangePassword);
    CHECK(panel.selectedId() == added.id);
    // Shown once: nowhere else on the screen, and not stored.
    CHECK_FALSE(panel.message().contains(shown));
    const int row = panel.model()->rowOf(added.id);
    for (int column = 0; column < AccountListModel::ColumnCount; ++column)
        CHECK_FALSE(panel.model()->index(row, column).data().toString().contains(shown));
    CHECK_FALSE(fileBytes(shop.db->path()).contains(shown.toUtf8()));

    const Principal signedIn = requireValue(shop.accounts.signIn(u"petro.b"_s, shown));
    CHECK(signedIn.accountId == added.id);
    CHECK(signedIn.role == Role::Manager);
    shoot(&panel, u"accounts-panel"_s);

    // A new temporary password replaces the old one at once.
    QString second;
    ModalScript reset;
    reset.then<QMessageBox>([](QMessageBox* box) { clickButton(box, QMessageBox::YesRole); })
        .then<TemporaryPasswordDialog>([&](TemporaryPasswordDialog* d) {
            second = d->findChild<QLineEdit*>(u"password"_s)->text();
            d->accept();
        });
    panel.select(added.id);
    panel.resetPassword();
    REQUIRE(reset.finished());
    CHECK(second != shown);
    CHECK(shop.accounts.signIn(u"petro.b"_s, shown).error().kind == ErrorKind::SignInFailed);
    CHECK(requireValue(shop.accounts.signIn(u"petro.b"_s, second)).accountId == added.id);
    CHECK(requireValue(shop.accounts.byId(added.id)).mustChangePassword);
}

TEST_CASE("a role is changed from the accounts table, and only an owner changes an owner's",
          "[ui][accounts]")
{
    Shop shop;
    const Account manager = shop.add(u"ira"_s, u"Ірина Мельник"_s, Role::Manager);
    const Account admin = shop.add(u"admin"_s, u"Адміністратор"_s, Role::Admin);
    shop.signInAs(shop.owner);
    AccountsPanel panel(*shop.db);
    panel.show();

    ModalScript script;
    script.then<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(roleTitle(Role::Senior));
        d->accept();
    });
    panel.select(manager.id);
    panel.changeRole();
    REQUIRE(script.finished());
    CHECK(requireValue(shop.accounts.byId(manager.id)).role == Role::Senior);
    CHECK(panel.model()
              ->index(panel.model()->rowOf(manager.id), AccountListModel::RoleColumn)
              .data()
              .toString() == roleTitle(Role::Senior));
    AuditFilter roles;
    roles.action = auditAction::kAccountRole;
    CHECK(requireValue(readAudit(*shop.db, roles)).size() == 1);

    // An administrator may manage accounts, but core refuses touching an owner's.
    shop.signInAs(admin);
    AccountsPanel asAdmin(*shop.db);
    asAdmin.show();
    QString refusal;
    ModalScript refused;
    refused
        .then<QInputDialog>([](QInputDialog* d) {
            d->setTextValue(roleTitle(Role::Manager));
            d->accept();
        })
        .then<QMessageBox>([&](QMessageBox* box) {
            refusal = box->text();
            box->accept();
        });
    asAdmin.select(shop.owner.id);
    asAdmin.changeRole();
    REQUIRE(refused.finished());
    CHECK_FALSE(refusal.isEmpty());
    CHECK(asAdmin.message() == refusal);
    CHECK(requireValue(shop.accounts.byId(shop.owner.id)).role == Role::Owner);
}

TEST_CASE("the roles table saves what the owner ticks, and a non-owner cannot change it",
          "[ui][roles]")
{
    Shop shop;
    const Account admin = shop.add(u"admin"_s, u"Адміністратор"_s, Role::Admin);
    shop.signInAs(shop.owner);
    RolesPanel panel(*shop.db);
    panel.resize(1000, 600);
    panel.show();
    RolesModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int ownerColumn = int(allRoles().indexOf(Role::Owner));
    const int managerColumn = int(allRoles().indexOf(Role::Manager));
    const int exportRow = int(allCapabilities().indexOf(Capability::Export));
    const int takeRow = int(allCapabilities().indexOf(Capability::TakeUnassigned));
    REQUIRE(model->isEditable());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex owner = model->index(row, ownerColumn);
        CHECK(owner.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
        CHECK_FALSE(model->flags(owner) & Qt::ItemIsUserCheckable);
        CHECK_FALSE(model->flags(owner) & Qt::ItemIsEnabled);
    }
    CHECK_FALSE(
        model->setData(model->index(exportRow, ownerColumn), Qt::Unchecked, Qt::CheckStateRole));

    REQUIRE(model->setData(model->index(takeRow, managerColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(model->isModified());
    shoot(&panel, u"roles-panel"_s);
    REQUIRE(panel.save());
    // Ticked beside what a manager has out of the box (mailings to their own clients).
    CHECK(requireValue(shop.accounts.capabilitiesOf(Role::Manager)) ==
          QSet<Capability>{Capability::TakeUnassigned, Capability::Mailings});
    CHECK_FALSE(model->isModified());

    panel.resetToDefaults();
    CHECK(model->isModified());
    REQUIRE(panel.save());
    for (Role role : allRoles())
        CHECK(requireValue(shop.accounts.capabilitiesOf(role)) == defaultCapabilities(role));

    // An administrator sees no checkbox to tick, and core refuses a save anyway.
    shop.signInAs(admin);
    RolesPanel asAdmin(*shop.db);
    asAdmin.show();
    CHECK_FALSE(RolesPanel::shownTo(shop.db->principal()));
    CHECK_FALSE(asAdmin.model()->isEditable());
    const QModelIndex cell = asAdmin.model()->index(exportRow, managerColumn);
    CHECK_FALSE(asAdmin.model()->flags(cell) & Qt::ItemIsUserCheckable);
    CHECK_FALSE(asAdmin.model()->setData(cell, Qt::Checked, Qt::CheckStateRole));
    for (QPushButton* button : asAdmin.findChildren<QPushButton*>())
        CHECK_FALSE(button->isEnabled());
    CHECK_FALSE(asAdmin.save()); // called anyway: core refuses
    CHECK(shop.accounts.setCapabilities(Role::Manager, {Capability::Export}).error().kind ==
          ErrorKind::Forbidden);
    CHECK(requireValue(shop.accounts.capabilitiesOf(Role::Manager)) ==
          defaultCapabilities(Role::Manager));
}

TEST_CASE("deactivating someone hands their clients and open deals to one colleague",
          "[ui][handover]")
{
    Shop shop;
    const Account leaving = shop.add(u"leaving"_s, u"Марія Остапчук"_s, Role::Manager);
    const Account taker = shop.add(u"taker"_s, u"Ганна Литвиненко"_s, Role::Manager);
    QList<qint64> clients;
    for (const QString& name : {u"Бойко"_s, u"Гаврилюк"_s, u"Дячук"_s})
        clients.append(shop.clientOf(name, leaving.id));
    const qint64 deal = shop.dealOf(clients[0], leaving.id);
    shop.signInAs(shop.owner);
    AccountsPanel panel(*shop.db);
    panel.show();
    panel.select(leaving.id);

    // Cancel at the confirmation changes nothing.
    ModalScript cancelled;
    cancelled
        .then<HandOverDialog>([&](HandOverDialog* d) {
            d->chooseOne(taker.id);
            shoot(d, u"handover-one"_s);
            clickOk(d);
        })
        .then<QMessageBox>([](QMessageBox* box) {
            shoot(box, u"handover-confirm"_s);
            clickButton(box, QMessageBox::RejectRole);
        })
        .then<HandOverDialog>([](HandOverDialog* d) { d->reject(); });
    panel.deactivate();
    REQUIRE(cancelled.finished());
    CHECK(requireValue(shop.accounts.byId(leaving.id)).active);
    CHECK(shop.managerOf(u"clients"_s, clients[0]) == leaving.id);

    ModalScript script;
    script
        .then<HandOverDialog>([&](HandOverDialog* d) {
            d->chooseOne(taker.id);
            clickOk(d);
        })
        .then<QMessageBox>(
            [](QMessageBox* box) { clickButton(box, QMessageBox::DestructiveRole); });
    panel.select(leaving.id);
    panel.deactivate();
    REQUIRE(script.finished());
    CHECK_FALSE(requireValue(shop.accounts.byId(leaving.id)).active);
    for (qint64 id : clients)
        CHECK(shop.managerOf(u"clients"_s, id) == taker.id);
    CHECK(shop.managerOf(u"deals"_s, deal) == taker.id);
    CHECK(panel.message().contains(taker.name));
    CHECK(shop.accounts.signIn(u"leaving"_s, u"whatever-1"_s).error().kind ==
          ErrorKind::SignInFailed);
    // Activate gives the account back, without its clients.
    panel.select(leaving.id);
    panel.activate();
    CHECK(requireValue(shop.accounts.byId(leaving.id)).active);
    CHECK(shop.managerOf(u"clients"_s, clients[0]) == taker.id);
}

TEST_CASE("a hand-over split among two colleagues moves the clients in turn, deals with them",
          "[ui][handover]")
{
    Shop shop;
    const Account leaving = shop.add(u"leaving"_s, u"Марія Остапчук"_s, Role::Manager);
    const Account first = shop.add(u"first"_s, u"Ганна Литвиненко"_s, Role::Manager);
    const Account second = shop.add(u"second"_s, u"Богдан Савчук"_s, Role::Senior);
    QList<qint64> clients;
    QList<qint64> deals;
    for (const QString& name : {u"Бойко"_s, u"Гаврилюк"_s, u"Дячук"_s, u"Єрмак"_s}) {
        clients.append(shop.clientOf(name, leaving.id));
        deals.append(shop.dealOf(clients.last(), leaving.id));
    }
    shop.signInAs(shop.owner);
    AccountsPanel panel(*shop.db);
    panel.show();

    int shownClients = -1;
    ModalScript script;
    script
        .then<HandOverDialog>([&](HandOverDialog* d) {
            shownClients = requireValue(Accounts(*shop.db).workOf(leaving.id)).clients;
            d->chooseSeveral({first.id, second.id});
            CHECK(d->handOver().toIds.size() == 2);
            shoot(d, u"handover-split"_s);
            clickOk(d);
        })
        .then<QMessageBox>(
            [](QMessageBox* box) { clickButton(box, QMessageBox::DestructiveRole); });
    panel.select(leaving.id);
    panel.deactivate();
    REQUIRE(script.finished());
    CHECK(shownClients == 4);
    CHECK_FALSE(requireValue(shop.accounts.byId(leaving.id)).active);
    QMap<qint64, int> perManager;
    for (int i = 0; i < clients.size(); ++i) {
        const qint64 to = shop.managerOf(u"clients"_s, clients[i]);
        ++perManager[to];
        CHECK(shop.managerOf(u"deals"_s, deals[i]) == to); // each deal goes with its client
    }
    CHECK(perManager.value(first.id) == 2);
    CHECK(perManager.value(second.id) == 2);
    CHECK(panel.message().contains(first.name));
    CHECK(panel.message().contains(second.name));
    AuditFilter handOvers;
    handOvers.action = auditAction::kHandOver;
    CHECK(requireValue(readAudit(*shop.db, handOvers)).size() == 1);
}

TEST_CASE("the audit page filters by person, action, period and client and pages newest first",
          "[ui][audit]")
{
    Shop shop;
    const Account ira = shop.add(u"ira"_s, u"Ірина Мельник"_s, Role::Manager);
    const Account max = shop.add(u"max"_s, u"Максим Ткачук"_s, Role::Manager);
    const qint64 client = shop.clientOf(u"Левченко"_s, ira.id);
    const qint64 otherClient = shop.clientOf(u"Кравець"_s, max.id);
    CHECK(shop.accounts.signIn(u"ira"_s, u"wrong-password"_s).error().kind ==
          ErrorKind::SignInFailed);
    for (const Account& who : {ira, max}) {
        shop.signInAs(who);
        const qint64 id = who.id == ira.id ? client : otherClient;
        requireOk(recordAudit(*shop.db, {auditAction::changeAction(u"client"_s, u"update"_s),
                                         u"client"_s,
                                         id,
                                         id,
                                         {{u"comment"_s, u"old"_s, u"new"_s}},
                                         {}}));
    }
    // Enough rows for a second page.
    shop.signInAs(max);
    requireOk(shop.db->write([&](Transaction& tx) -> Status {
        for (int i = 0; i < AuditPanel::kPageSize + 30; ++i) {
            if (Status s = recordAudit(
                    tx, {auditAction::kPrint, u"report"_s, 0, 0, {}, QJsonObject{{u"rows"_s, i}}});
                !s)
                return s;
        }
        return Status::success();
    }));

    shop.signInAs(shop.owner);
    AuditPanel panel(*shop.db);
    panel.resize(1300, 600);
    panel.show();
    AuditListModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 total =
        requireValue(sql::scalar(shop.db->connection(), u"SELECT count(*) FROM audit"_s))
            .toLongLong();
    REQUIRE(model->rowCount() == AuditPanel::kPageSize);
    panel.loadMore();
    REQUIRE(model->rowCount() == total);
    for (int row = 1; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).id < model->entryAt(row - 1).id);
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < AuditListModel::ColumnCount; ++column)
            CHECK_FALSE(model->flags(model->index(row, column)) & Qt::ItemIsEditable);

    panel.setPerson(ira.id);
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).userId == ira.id);

    panel.setPerson(0);
    panel.setAction(auditAction::kSignInFailed);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, AuditListModel::What).data().toString().contains(u"ira"_s));

    panel.setAction(u"client."_s);
    REQUIRE(model->rowCount() >= 2);
    panel.setClient(client, u"Левченко"_s);
    REQUIRE(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).clientId == client);
    CHECK(model->index(0, AuditListModel::Details).data().toString().contains(u"new"_s));
    shoot(&panel, u"audit-panel-client"_s);

    panel.setClient(0, {});
    panel.setAction({});
    const QDate today = QDate::currentDate();
    panel.setPeriod(today.addDays(1), today.addDays(2));
    CHECK(model->rowCount() == 0);
    panel.setPeriod(today.addDays(-1), today);
    CHECK(model->rowCount() == AuditPanel::kPageSize);
    panel.setPeriod({}, {});
    shoot(&panel, u"audit-panel"_s);

    // The export is offered with Audit and Export, and writes the filtered rows.
    CHECK(AuditPanel::mayExport(shop.db->principal()));
    panel.setAction(auditAction::kSignInFailed);
    REQUIRE(panel.exportTo(shop.dir.path(u"audit.csv"_s)));
    CHECK(QString::fromUtf8(fileBytes(shop.dir.path(u"audit.csv"_s))).contains(u"ira"_s));

    // A manager is shown no audit at all.
    shop.signInAs(ira);
    CHECK_FALSE(AuditPanel::shownTo(shop.db->principal()));
    AuditPanel asManager(*shop.db);
    CHECK(asManager.model()->rowCount() == 0);
}

TEST_CASE("the client card's history shows a changed phone: field, who, when, old and new",
          "[ui][history]")
{
    Shop shop;
    shop.signInAs(shop.owner);
    ClientRepository clients(*shop.db);
    Client c;
    c.lastName = u"Гнатюк-Венгриновська"_s;
    c.firstName = u"Олександра"_s;
    c.phones = {{u"mobile"_s, u"050 111 2233"_s, {}}};
    requireOk(clients.create(c));
    Client changed = requireValue(clients.load(c.id));
    const QString before = formatPhone(changed.phones.first().e164, u"UA"_s);
    changed.phones = {{u"mobile"_s, u"067 444 5566"_s, {}}};
    requireOk(clients.update(changed));
    const QString after =
        formatPhone(requireValue(clients.load(c.id)).phones.first().e164, u"UA"_s);
    // The repository does not audit its fields yet: the row it will write.
    requireOk(recordAudit(*shop.db, {auditAction::changeAction(u"client"_s, u"update"_s),
                                     u"client"_s,
                                     c.id,
                                     c.id,
                                     {{u"phones"_s, before, after}},
                                     {}}));

    ClientsPage page(*shop.db);
    page.resize(1366, 768);
    page.show();
    page.openClient(c.id);
    ClientCard* card = page.card();
    REQUIRE(card->clientId() == c.id);
    card->showHistory();
    QListWidget* history = card->historyList();
    REQUIRE(history->count() >= 1);
    QString line;
    for (int i = 0; i < history->count(); ++i) {
        // Numbers are kept whole with no-break spaces.
        const QString text = history->item(i)->text().replace(QChar(0x00A0), u' ');
        if (text.contains(after))
            line = text;
    }
    REQUIRE_FALSE(line.isEmpty());
    CHECK(line.contains(before));
    CHECK(line.indexOf(before) < line.indexOf(after));
    CHECK(line.contains(shop.owner.name));
    CHECK(line.contains(QString::number(QDate::currentDate().year())));
    CHECK(line.startsWith(auditFieldTitle(u"client"_s, u"phones"_s)));
    shoot(&page, u"card-history"_s);

    // A manager who does not reach the client reads no history of it.
    const Account other = shop.add(u"other"_s, u"Інший Менеджер"_s, Role::Manager);
    shop.signInAs(other);
    Result<QList<AuditEntry>> hidden = clientHistory(*shop.db, c.id);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().kind == ErrorKind::NotFound);
}

TEST_CASE("Administration shows Accounts, Roles and Audit only to those who may use them",
          "[ui][admin]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    Account owner, admin, senior, manager;
    {
        auto db = openTestDatabase(path, ModeChoice::Shared);
        Accounts accounts(*db);
        owner = requireValue(
            accounts.createOwner(u"owner"_s, u"Олена Коваль"_s, u"owner-password-1"_s));
        admin = requireValue(
            accounts.add(u"admin"_s, u"Адміністратор"_s, Role::Admin, temporaryPassword()));
        senior = requireValue(
            accounts.add(u"senior"_s, u"Старший"_s, Role::Senior, temporaryPassword()));
        manager = requireValue(
            accounts.add(u"manager"_s, u"Менеджер"_s, Role::Manager, temporaryPassword()));
    }
    MainWindow window(requireValue(openWorkspace({path, ModeChoice::Shared}, true)));
    window.show();
    AdminPage* page = window.adminPage();
    QTabWidget* tabs = page->tabs();
    auto visible = [&](QWidget* w) { return tabs->isTabVisible(tabs->indexOf(w)); };
    Database& db = window.workspace().database();
    Accounts accounts(db);
    struct Expect
    {
        Account who;
        bool accounts, roles, audit;
    };
    for (const Expect& e :
         {Expect{owner, true, true, true}, Expect{admin, true, false, true},
          Expect{senior, false, false, false}, Expect{manager, false, false, false}}) {
        INFO(e.who.login.toStdString());
        db.setPrincipal(requireValue(accounts.principalOf(e.who.id)));
        page->applyAccess();
        CHECK(visible(page->accountsPanel()) == e.accounts);
        CHECK(visible(page->rolesPanel()) == e.roles);
        CHECK(visible(page->auditPanel()) == e.audit);
        // The previous person's audit rows do not stay behind.
        CHECK((page->auditPanel()->model()->rowCount() > 0) == e.audit);
        CHECK(page->rolesPanel()->model()->isEditable() == e.roles);
    }
    db.setPrincipal(requireValue(accounts.principalOf(owner.id)));
    page->reload();
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1366, 768);
        window.showSection(5);
        for (QWidget* w : {static_cast<QWidget*>(page->accountsPanel()),
                           static_cast<QWidget*>(page->rolesPanel()),
                           static_cast<QWidget*>(page->auditPanel())}) {
            tabs->setCurrentWidget(w);
            QCoreApplication::processEvents();
            window.grab().save(shots + u"/admin-%1.png"_s.arg(tabs->currentIndex()));
        }
    }
}

TEST_CASE("double-clicking an audit row about a client opens the client", "[ui][audit]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    qint64 client = 0;
    {
        auto db = openTestDatabase(path, ModeChoice::Shared);
        // The list opens on the first name; the audited client is another.
        for (const QString& name : {u"Андрієнко"_s, u"Левченко"_s}) {
            Client c;
            c.lastName = name;
            requireOk(ClientRepository(*db).create(c));
            client = c.id;
        }
        requireOk(recordAudit(*db, {auditAction::changeAction(u"client"_s, u"update"_s),
                                    u"client"_s,
                                    client,
                                    client,
                                    {{u"comment"_s, u"old"_s, u"new"_s}},
                                    {}}));
    }
    MainWindow window(requireValue(openWorkspace({path, ModeChoice::Shared}, true)));
    window.resize(1366, 768);
    window.show();
    CHECK(window.clientsPage()->card()->clientId() != client);
    window.showSection(5);
    AuditPanel* audit = window.adminPage()->auditPanel();
    window.adminPage()->tabs()->setCurrentWidget(audit);
    audit->setClient(client, u"Левченко"_s);
    REQUIRE(audit->model()->rowCount() == 2); // the update, newest first, and the creation
    auto* view = audit->findChild<QTableView*>();
    REQUIRE(waitUntil([&] { return view->isVisible(); }));
    QCoreApplication::processEvents();
    const QRect cell = view->visualRect(audit->model()->index(0, AuditListModel::What));
    REQUIRE(cell.isValid());
    QSignalSpy clicked(view, &QTableView::doubleClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    INFO("double-clicked " << clicked.size());
    REQUIRE(waitUntil([&] { return window.clientsPage()->card()->clientId() == client; }));
    CHECK(window.clientsPage()->isVisibleTo(&window));
    CHECK_FALSE(window.adminPage()->isVisibleTo(&window));
}

TEST_CASE("someone without clients or open deals is deactivated without choosing a receiver",
          "[ui][handover]")
{
    Shop shop;
    const Account idle = shop.add(u"idle"_s, u"Тарас Без Клієнтів"_s, Role::Manager);
    shop.signInAs(shop.owner);
    AccountsPanel panel(*shop.db);
    panel.show();
    bool choiceShown = true;
    ModalScript script;
    script
        .then<HandOverDialog>([&](HandOverDialog* d) {
            choiceShown = d->findChild<QListWidget*>()->isVisible();
            CHECK(d->handOver().toIds.isEmpty());
            clickOk(d);
        })
        .then<QMessageBox>(
            [](QMessageBox* box) { clickButton(box, QMessageBox::DestructiveRole); });
    panel.select(idle.id);
    panel.deactivate();
    REQUIRE(script.finished());
    CHECK_FALSE(choiceShown);
    CHECK_FALSE(requireValue(shop.accounts.byId(idle.id)).active);
    AuditFilter handOvers;
    handOvers.action = auditAction::kHandOver;
    CHECK(requireValue(readAudit(*shop.db, handOvers)).isEmpty());
}
