#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSqlRecord>

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

const QString kOwnerPassword = u"Owner-pass-4711"_s;
const QString kTempPassword = u"Temp-pass-0815"_s;

struct Shop
{
    TempDir dir;
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Accounts accounts{*db};
    Account owner =
        requireValue(accounts.createOwner(u"Olena.Koval"_s, u"Олена Коваль"_s, kOwnerPassword));

    void signInAs(const QString& login, const QString& password)
    {
        db->setPrincipal(requireValue(accounts.signIn(login, password)));
    }
    Account addAs(Role role, const QString& login, const QString& name)
    {
        return requireValue(accounts.add(login, name, role, kTempPassword));
    }
    int auditCount(const QString& action)
    {
        return requireValue(sql::scalar(db->connection(),
                                        u"SELECT count(*) FROM audit WHERE action = ?"_s, {action}))
            .toInt();
    }
};

} // namespace

TEST_CASE("a new database needs an owner, who then signs in with the password only", "[accounts]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    CHECK(requireValue(accounts.needsOwner()));
    CHECK_FALSE(requireValue(accounts.signInRequired()));
    CHECK(kindOf(accounts.createOwner(u"olena"_s, u"Олена"_s, u"short"_s)) == ErrorKind::Invalid);
    CHECK(kindOf(accounts.createOwner(u"ole na"_s, u"Олена"_s, kOwnerPassword)) ==
          ErrorKind::Invalid);

    const Account owner =
        requireValue(accounts.createOwner(u" Olena "_s, u"Олена Коваль"_s, kOwnerPassword));
    CHECK(owner.login == u"olena"_s);
    CHECK(owner.role == Role::Owner);
    CHECK(requireValue(accounts.signInRequired()));
    // A second set-up (another PC at the same time) is refused.
    CHECK(kindOf(accounts.createOwner(u"petro"_s, u"Петро"_s, kOwnerPassword)) ==
          ErrorKind::Conflict);

    const Principal me = requireValue(accounts.signIn(u"OLENA"_s, kOwnerPassword));
    CHECK(me.accountId == owner.id);
    CHECK(me.role == Role::Owner);
    CHECK(kindOf(accounts.signIn(u"olena"_s, u"wrong-password"_s)) == ErrorKind::SignInFailed);
    CHECK(kindOf(accounts.signIn(u"nobody"_s, kOwnerPassword)) == ErrorKind::SignInFailed);

    // Two accounts of one name are refused as such, on either backend.
    db->setPrincipal(me);
    const Account petro =
        requireValue(accounts.add(u"petro"_s, u"Петро Бондар"_s, Role::Manager, kTempPassword));
    CHECK(kindOf(accounts.setName(petro.id, u"Олена Коваль"_s)) == ErrorKind::Conflict);
    CHECK(kindOf(accounts.rename(petro.id, u"petro.b"_s, u"Олена Коваль"_s)) ==
          ErrorKind::Conflict);
}

TEST_CASE("the stored hash is Argon2id and a sign-in takes a measured moment", "[accounts]")
{
    Shop shop;
    const QString hash = requireValue(sql::scalar(shop.db->connection(),
                                                  u"SELECT password_hash FROM users WHERE id = ?"_s,
                                                  {shop.owner.id}))
                             .toString();
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(kOwnerPassword));
    QElapsedTimer timer;
    timer.start();
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    WARN("sign-in (Argon2id interactive) took " << timer.elapsed() << " ms");
    CHECK(shop.db->principal().name == u"Олена Коваль"_s);
}

TEST_CASE("failed sign-ins are audited and, after five, slowed down", "[accounts][audit]")
{
    Shop shop;
    for (int i = 0; i < kFreeSignInFailures; ++i)
        CHECK(kindOf(shop.accounts.signIn(u"olena.koval"_s, u"guess-number-x"_s)) ==
              ErrorKind::SignInFailed);
    CHECK(shop.auditCount(auditAction::kSignInFailed) == kFreeSignInFailures);
    // Even the right password waits now.
    CHECK(kindOf(shop.accounts.signIn(u"olena.koval"_s, kOwnerPassword)) ==
          ErrorKind::TooManyAttempts);
    CHECK(shop.auditCount(auditAction::kLockedOut) == 1);
    CHECK(signInDelay(4).count() == 0);
    CHECK(signInDelay(5).count() == 2);
    CHECK(signInDelay(6).count() == 4);
    CHECK(signInDelay(40) == kMaxSignInDelay);

    // Once the delay has passed, the right password signs in and clears the count.
    requireOk(sql::exec(shop.db->connection(),
                        u"UPDATE signin_failures SET last_at = '2020-01-01T00:00:00.000Z'"_s));
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    CHECK(
        requireValue(sql::scalar(shop.db->connection(), u"SELECT count(*) FROM signin_failures"_s))
            .toInt() == 0);
    CHECK(shop.auditCount(auditAction::kSignIn) == 1);
}

TEST_CASE("a temporary password must be changed, and only with the current one", "[accounts]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    const Account petro = shop.addAs(Role::Manager, u"petro"_s, u"Петро Шевченко"_s);
    CHECK(petro.mustChangePassword);

    shop.signInAs(u"petro"_s, kTempPassword);
    CHECK(kindOf(shop.accounts.changeOwnPassword(u"not-the-current"_s, u"Petro-own-2026"_s)) ==
          ErrorKind::SignInFailed);
    CHECK(kindOf(shop.accounts.changeOwnPassword(kTempPassword, kTempPassword)) ==
          ErrorKind::Invalid);
    requireOk(shop.accounts.changeOwnPassword(kTempPassword, u"Petro-own-2026"_s));
    CHECK_FALSE(requireValue(shop.accounts.byId(petro.id)).mustChangePassword);
    CHECK(kindOf(shop.accounts.signIn(u"petro"_s, kTempPassword)) == ErrorKind::SignInFailed);
    shop.signInAs(u"petro"_s, u"Petro-own-2026"_s);
}

TEST_CASE("only those with the Accounts capability manage accounts, and only an owner an owner",
          "[accounts]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    const Account admin = shop.addAs(Role::Admin, u"admin"_s, u"Адмін"_s);
    const Account manager = shop.addAs(Role::Manager, u"petro"_s, u"Петро"_s);
    CHECK(kindOf(shop.accounts.add(u"petro"_s, u"Інший Петро"_s, Role::Manager, kTempPassword)) ==
          ErrorKind::Conflict);

    shop.signInAs(u"petro"_s, kTempPassword);
    CHECK(kindOf(shop.accounts.add(u"ivan"_s, u"Іван"_s, Role::Manager, kTempPassword)) ==
          ErrorKind::Forbidden);
    CHECK(kindOf(shop.accounts.setRole(manager.id, Role::Senior)) == ErrorKind::Forbidden);

    shop.signInAs(u"admin"_s, kTempPassword);
    const Account ivan =
        requireValue(shop.accounts.add(u"ivan"_s, u"Іван"_s, Role::Manager, kTempPassword));
    requireOk(shop.accounts.setRole(ivan.id, Role::Senior));
    CHECK(kindOf(shop.accounts.add(u"boss2"_s, u"Бос"_s, Role::Owner, kTempPassword)) ==
          ErrorKind::Forbidden);
    CHECK(kindOf(shop.accounts.setRole(ivan.id, Role::Owner)) == ErrorKind::Forbidden);
    CHECK(kindOf(shop.accounts.setTemporaryPassword(shop.owner.id, kTempPassword)) ==
          ErrorKind::Forbidden);
    CHECK(kindOf(shop.accounts.deactivate({shop.owner.id, {admin.id}})) == ErrorKind::Forbidden);

    // There is always an active owner.
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    CHECK(kindOf(shop.accounts.setRole(shop.owner.id, Role::Admin)) == ErrorKind::Invalid);
    CHECK(kindOf(shop.accounts.deactivate({shop.owner.id, {admin.id}})) == ErrorKind::Invalid);
    CHECK(shop.auditCount(auditAction::kAccountRole) == 1);
}

TEST_CASE("deactivating hands the clients and open deals over, split among colleagues",
          "[accounts][handover]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    const Account leaving = shop.addAs(Role::Manager, u"leaving"_s, u"Той, хто йде"_s);
    const Account a = shop.addAs(Role::Manager, u"anna"_s, u"Анна"_s);
    const Account b = shop.addAs(Role::Manager, u"bohdan"_s, u"Богдан"_s);
    ClientRepository clients(*shop.db);
    for (int i = 0; i < 5; ++i) {
        Client c;
        c.kind = ClientKind::Person;
        c.lastName = u"Клієнт %1"_s.arg(i);
        c.managerId = leaving.id;
        requireOk(clients.create(c));
    }
    CHECK(kindOf(shop.accounts.deactivate({leaving.id, {}})) == ErrorKind::Invalid);
    CHECK(kindOf(shop.accounts.deactivate({leaving.id, {leaving.id}})) == ErrorKind::Invalid);

    const HandOverReport report =
        requireValue(shop.accounts.deactivate({leaving.id, {a.id, b.id}}));
    CHECK(report.clients == 5);
    auto countOf = [&](qint64 manager) {
        return requireValue(sql::scalar(shop.db->connection(),
                                        u"SELECT count(*) FROM clients WHERE manager_id = ?"_s,
                                        {manager}))
            .toInt();
    };
    CHECK(countOf(leaving.id) == 0);
    CHECK(countOf(a.id) == 3);
    CHECK(countOf(b.id) == 2);
    CHECK_FALSE(requireValue(shop.accounts.byId(leaving.id)).active);
    CHECK(kindOf(shop.accounts.signIn(u"leaving"_s, kTempPassword)) == ErrorKind::SignInFailed);
    CHECK(shop.auditCount(auditAction::kHandOver) == 1);
    CHECK(shop.auditCount(auditAction::kAccountDeactivate) == 1);
}

TEST_CASE("the owner adjusts what a role may do, others cannot", "[accounts][roles]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    shop.addAs(Role::Admin, u"admin"_s, u"Адмін"_s);
    CHECK(requireValue(shop.accounts.capabilitiesOf(Role::Senior)) ==
          defaultCapabilities(Role::Senior));
    CHECK(requireValue(shop.accounts.capabilitiesOf(Role::Admin)) ==
          defaultCapabilities(Role::Admin));
    QSet<Capability> manager{Capability::TakeUnassigned};
    requireOk(shop.accounts.setCapabilities(Role::Manager, manager));
    CHECK(requireValue(shop.accounts.capabilitiesOf(Role::Manager)) == manager);
    CHECK(shop.auditCount(auditAction::kRoleCapabilities) == 1);

    shop.signInAs(u"admin"_s, kTempPassword);
    CHECK(kindOf(shop.accounts.setCapabilities(Role::Manager, {})) == ErrorKind::Forbidden);
}

TEST_CASE("audit rows cannot be changed or deleted", "[audit]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    CHECK_FALSE(sql::exec(shop.db->connection(), u"UPDATE audit SET action = 'x'"_s).ok());
    CHECK_FALSE(sql::exec(shop.db->connection(), u"DELETE FROM audit"_s).ok());
    const QList<AuditEntry> entries = requireValue(readAudit(*shop.db, {}));
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().action == auditAction::kSignIn);
    CHECK(entries.first().userId == shop.owner.id);
}

TEST_CASE("the staff of a database from before accounts become accounts without passwords",
          "[accounts][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"old.sqlite"_s);
    {
        auto old = openTestDatabase(path, ModeChoice::Local, builtinMigrations().mid(0, 7));
        for (const QString& statement :
             {u"INSERT INTO users (name, role) VALUES ('Олена Коваль', 'admin')"_s,
              u"INSERT INTO users (name, role) VALUES ('Petro', 'staff')"_s,
              u"INSERT INTO users (name, role) VALUES ('petro', 'manager')"_s})
            requireOk(sql::exec(old->connection(), statement));
    }
    auto db = openTestDatabase(path);
    Accounts accounts(*db);
    CHECK(requireValue(accounts.needsOwner()));
    const QList<Account> all = requireValue(accounts.list());
    REQUIRE(all.size() == 3);
    QSet<QString> logins;
    for (const Account& a : all) {
        CHECK_FALSE(a.hasPassword);
        CHECK_FALSE(a.login.isEmpty());
        logins.insert(a.login);
        if (a.name == u"Олена Коваль"_s)
            CHECK(a.role == Role::Admin);
        else
            CHECK(a.role == Role::Manager);
    }
    CHECK(logins.size() == 3); // "Petro" and "petro" do not share a login
    // The first person to open it becomes the owner, keeping their id.
    const qint64 olena = std::find_if(all.begin(), all.end(), [](const Account& a) {
                             return a.name == u"Олена Коваль"_s;
                         })->id;
    const Account owner =
        requireValue(accounts.createOwner(u"olena"_s, u"Олена Коваль"_s, kOwnerPassword, olena));
    CHECK(owner.id == olena);
    CHECK(owner.role == Role::Owner);
    CHECK(requireValue(accounts.signInRequired()));
}

TEST_CASE("changes record the signed-in account, not the system's user name", "[accounts]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    Client c;
    c.kind = ClientKind::Person;
    c.lastName = u"Бондар"_s;
    requireOk(ClientRepository(*shop.db).create(c));
    const qint64 id = c.id;
    const QSqlRecord change =
        requireValue(sql::rows(shop.db->connection(),
                               u"SELECT actor, actor_id FROM changes WHERE entity = 'client' "
                               u"AND entity_id = ?"_s,
                               {id}))
            .first();
    CHECK(change.value(0).toString() == u"Олена Коваль"_s);
    CHECK(change.value(1).toLongLong() == shop.owner.id);
}

TEST_CASE("temporary passwords are long, random and easy to read out", "[accounts]")
{
    const QString a = temporaryPassword();
    const QString b = temporaryPassword();
    CHECK(a.size() == 10);
    CHECK(a != b);
    CHECK(checkNewPassword(a).ok());
    for (QChar c : a)
        CHECK_FALSE(QStringLiteral("0O1lI").contains(c));
}

TEST_CASE("a failed sign-in is audited under the account tried, not under whoever is signed in",
          "[accounts][audit]")
{
    Shop shop;
    shop.signInAs(u"olena.koval"_s, kOwnerPassword);
    const Account petro = shop.addAs(Role::Manager, u"petro"_s, u"Петро"_s);
    // The owner's window switches user and someone mistypes Petro's password.
    CHECK(kindOf(shop.accounts.signIn(u"petro"_s, u"not-his-password"_s)) ==
          ErrorKind::SignInFailed);
    CHECK(kindOf(shop.accounts.signIn(u"nobody"_s, u"not-his-password"_s)) ==
          ErrorKind::SignInFailed);
    CHECK(shop.db->principal().accountId == shop.owner.id);
    AuditFilter filter;
    filter.action = auditAction::kSignInFailed;
    const QList<AuditEntry> failed = requireValue(readAudit(*shop.db, filter));
    REQUIRE(failed.size() == 2);
    CHECK(failed.at(1).userId == petro.id);
    CHECK(failed.at(1).userName == u"Петро"_s);
    CHECK(failed.at(0).userId == 0);
}
