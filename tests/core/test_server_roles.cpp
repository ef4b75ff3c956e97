// A server database enforces the accounts itself (postgresql/0020_server_roles.sql):
// each account is a login role whose password the server checks, and
// row-level security limits a manager's session to their own clients and
// deals whatever program they connect with: Kartoteka with its access rule
// switched off, or psql.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/ServerLogins.h"
#include "automation/RuleRepository.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "import/ClientImport.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const QString kOwnerPassword = u"owner-password-1"_s;
const QString kTempPassword = u"temporary-pass-1"_s;

// The owner and two managers (Olena, Bohdan), each manager with a client who
// has a phone, a timeline entry and a deal, and one client of nobody's; set
// up over the administrator's connection, which row-level security leaves alone.
struct ServerShop
{
    ServerDatabase server;
    std::unique_ptr<Database> admin = openServerTestDatabase(server);
    qint64 olena = 0, bohdan = 0;
    qint64 clientOlena = 0, clientBohdan = 0, nobodys = 0;
    qint64 dealOlena = 0, dealBohdan = 0;

    ServerShop()
    {
        Accounts accounts(*admin);
        requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, kOwnerPassword));
        olena =
            requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, kTempPassword))
                .id;
        bohdan = requireValue(
                     accounts.add(u"bohdan"_s, u"Bohdan Bondar"_s, Role::Manager, kTempPassword))
                     .id;
        clientOlena = client(u"Антоненко"_s, olena, u"050 111 22 33"_s);
        clientBohdan = client(u"Бондаренко"_s, bohdan, u"067 444 55 66"_s);
        nobodys = client(u"Нічийний"_s, 0, u"063 777 88 99"_s);
        dealOlena = deal(clientOlena, olena);
        dealBohdan = deal(clientBohdan, bohdan);
    }

    qint64 client(const QString& name, qint64 manager, const QString& phone)
    {
        Client c;
        c.lastName = name;
        c.firstName = u"Тест"_s;
        c.managerId = manager;
        c.phones.append({u"mobile"_s, phone, {}});
        requireOk(ClientRepository(*admin).create(c));
        Interaction call;
        call.clientId = c.id;
        call.kind = InteractionKind::Call;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        call.text = u"Дзвінок"_s;
        requireOk(InteractionRepository(*admin).add(call));
        return c.id;
    }

    qint64 deal(qint64 clientId, qint64 manager)
    {
        Deal d;
        d.clientId = clientId;
        d.managerId = manager;
        d.title = u"Кухня"_s;
        d.amountMinor = 300000;
        requireOk(DealRepository(*admin).create(d));
        return d.id;
    }

    // A connection as the account `login`: its own login role, as the
    // window and kartoteka-cli --user connect.
    Result<std::unique_ptr<Database>> as(const QString& login, const QString& password)
    {
        return openDatabase(serverSignInOptions(server.openOptions(), login, password));
    }

    qint64 count(Database& db, const QString& table)
    {
        return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table))
            .toLongLong();
    }
};

// psql, run as the login role of `login`: its exit code and what it printed.
struct PsqlRun
{
    int exitCode = -1;
    QString out;
};

QString psqlProgram()
{
    const QString bin = qEnvironmentVariable("KARTOTEKA_PG_BIN");
    if (!bin.isEmpty())
        return QDir(bin).filePath(u"psql"_s);
    QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString psql = u"/usr/lib/postgresql/%1/bin/psql"_s.arg(*it);
        if (QFileInfo::exists(psql))
            return psql;
    }
    return u"psql"_s;
}

PsqlRun psql(const ServerDatabase& server, const QString& login, const QString& password,
             const QString& statement)
{
    const ServerAddress address = requireValue(parseServerAddress(server.address()));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, password);
    env.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(psqlProgram(), {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                                  u"-h"_s, address.host, u"-p"_s, QString::number(address.port),
                                  u"-U"_s, serverLoginRole(address.database, login), u"-d"_s,
                                  address.database, u"-c"_s, statement});
    REQUIRE(process.waitForFinished(30000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll()).trimmed()};
}

} // namespace

TEST_CASE("each account on a server is a login role, and the server checks its password",
          "[server][accounts]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    const QString role = serverLoginRole(shop.server.name(), u"olena"_s);
    CHECK(
        requireValue(sql::scalar(shop.admin->connection(), u"SELECT pg_has_role(?, ?, 'MEMBER')"_s,
                                 {role, QString(shop.server.name() + u".staff"_s)}))
            .toBool());
    // The program keeps no password of a server's account, not even a hash.
    CHECK(requireValue(sql::scalar(shop.admin->connection(),
                                   u"SELECT count(*) FROM users WHERE password_hash <> ?"_s,
                                   {kServerChecksPassword}))
              .toInt() == 0);

    // Signing in is connecting as the login role, case and spaces of the login aside.
    std::unique_ptr<Database> olena = requireValue(shop.as(u" Olena "_s, kTempPassword));
    CHECK(requireValue(sql::scalar(olena->connection(), u"SELECT session_user"_s)).toString() ==
          role);
    CHECK(olena->reopenOptions().serverLogin == u"olena"_s);
    CHECK(kindOf(shop.as(u"olena"_s, u"wrong-password-1"_s)) == ErrorKind::SignInFailed);
    CHECK(kindOf(shop.as(u"nobody"_s, kTempPassword)) == ErrorKind::SignInFailed);

    // Accounts::signIn asks the server too, from whichever connection.
    Accounts accounts(*shop.admin);
    CHECK(requireValue(accounts.signIn(u"olena"_s, kTempPassword)).accountId == shop.olena);
    CHECK(kindOf(accounts.signIn(u"olena"_s, u"wrong-password-1"_s)) == ErrorKind::SignInFailed);

    // Her own new password, changed over her own connection.
    Accounts hers(*olena);
    olena->setPrincipal(requireValue(hers.signIn(u"olena"_s, kTempPassword)));
    CHECK(kindOf(hers.changeOwnPassword(u"wrong-password-1"_s, u"Olena-own-2026"_s)) ==
          ErrorKind::SignInFailed);
    requireOk(hers.changeOwnPassword(kTempPassword, u"Olena-own-2026"_s));
    CHECK(kindOf(shop.as(u"olena"_s, kTempPassword)) == ErrorKind::SignInFailed);
    requireValue(shop.as(u"olena"_s, u"Olena-own-2026"_s));

    // A password in Cyrillic, as a shop's staff may choose.
    const QString cyrillic = u"Тарас-Їжак-пароль-2026"_s;
    requireValue(accounts.add(u"taras"_s, u"Тарас Шевчук"_s, Role::Manager, cyrillic));
    requireValue(shop.as(u"taras"_s, cyrillic));

    // Deactivated, the server lets nobody in as that account; back, it does.
    requireValue(accounts.deactivate({shop.bohdan, {shop.olena}}));
    CHECK(kindOf(shop.as(u"bohdan"_s, kTempPassword)) == ErrorKind::SignInFailed);
    requireOk(accounts.activate(shop.bohdan));
    requireValue(shop.as(u"bohdan"_s, kTempPassword));

    // A new login renames the role and keeps its password; a new temporary
    // password replaces the old one.
    requireOk(accounts.setLogin(shop.bohdan, u"bohdan.b"_s));
    CHECK(kindOf(shop.as(u"bohdan"_s, kTempPassword)) == ErrorKind::SignInFailed);
    requireValue(shop.as(u"bohdan.b"_s, kTempPassword));
    requireOk(accounts.setTemporaryPassword(shop.bohdan, u"another-temp-1"_s));
    CHECK(kindOf(shop.as(u"bohdan.b"_s, kTempPassword)) == ErrorKind::SignInFailed);
    requireValue(shop.as(u"bohdan.b"_s, u"another-temp-1"_s));
}

TEST_CASE("the server shows a manager only their own clients, even with the program's rule off",
          "[server][accounts][access]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    std::unique_ptr<Database> olena = requireValue(shop.as(u"olena"_s, kTempPassword));
    // The program's own access rule would let this connection see everything.
    REQUIRE(olena->principal().isSystem());

    CHECK(shop.count(*olena, u"clients"_s) == 1);
    CHECK(shop.count(*olena, u"client_phones"_s) == 1);
    CHECK(shop.count(*olena, u"interactions"_s) == 1);
    CHECK(shop.count(*olena, u"client_search"_s) == 1);
    CHECK(shop.count(*olena, u"deals"_s) == 1);
    CHECK(shop.count(*olena, u"deal_stage_history"_s) ==
          shop.count(*shop.admin, u"deal_stage_history"_s) / 2);
    CHECK(kindOf(ClientRepository(*olena).load(shop.clientBohdan)) == ErrorKind::NotFound);
    CHECK(kindOf(ClientRepository(*olena).load(shop.nobodys)) == ErrorKind::NotFound);
    CHECK(kindOf(DealRepository(*olena).load(shop.dealBohdan)) == ErrorKind::NotFound);
    ClientListQuery everyone;
    const QList<ClientRow> page = requireValue(ClientRepository(*olena).page(everyone));
    REQUIRE(page.size() == 1);
    CHECK(page.first().id == shop.clientOlena);

    // Another's client cannot be changed, nor given to oneself.
    CHECK(requireValue(sql::change(olena->connection(),
                                   u"UPDATE clients SET last_name = 'X' WHERE id = ?"_s,
                                   {shop.clientBohdan})) == 0);
    CHECK(
        kindOf(sql::change(olena->connection(), u"UPDATE clients SET manager_id = ? WHERE id = ?"_s,
                           {shop.bohdan, shop.clientOlena})) == ErrorKind::Forbidden);
    CHECK(ClientRepository(*shop.admin).load(shop.clientOlena)->managerId == shop.olena);
    // Nor the audit, the accounts or the roles' capabilities.
    const qint64 audited = shop.count(*shop.admin, u"audit"_s);
    CHECK(kindOf(sql::exec(olena->connection(), u"DELETE FROM audit"_s)) == ErrorKind::Forbidden);
    CHECK(kindOf(sql::exec(olena->connection(), u"UPDATE users SET role = 'owner' WHERE id = ?"_s,
                           {shop.olena})) == ErrorKind::Forbidden);
    CHECK(kindOf(sql::exec(olena->connection(), u"INSERT INTO role_capabilities (role, capability) "
                                                u"VALUES ('manager', 'clients.all')"_s)) ==
          ErrorKind::Forbidden);
    CHECK(kindOf(sql::exec(olena->connection(), u"SELECT kartoteka_set_login('bohdan', NULL, "
                                                u"false)"_s)) == ErrorKind::Forbidden);
    CHECK(shop.count(*shop.admin, u"audit"_s) == audited);

    // An administrator manages the staff's logins, but not the owner's.
    Accounts accounts(*shop.admin);
    requireValue(accounts.add(u"admin"_s, u"Admin Person"_s, Role::Admin, kTempPassword));
    std::unique_ptr<Database> admin = requireValue(shop.as(u"admin"_s, kTempPassword));
    requireOk(sql::exec(admin->connection(), u"SELECT kartoteka_set_login('olena', NULL, true)"_s));
    CHECK(kindOf(sql::exec(admin->connection(),
                           u"SELECT kartoteka_set_login('owner', 'x', true)"_s)) ==
          ErrorKind::Forbidden);
    CHECK(kindOf(sql::exec(admin->connection(),
                           u"SELECT kartoteka_rename_login('owner', 'owner2')"_s)) ==
          ErrorKind::Forbidden);
    // A login too long for the server's names is refused before it reaches it.
    CHECK(kindOf(accounts.add(QString(60, u'a'), u"Long Login"_s, Role::Manager, kTempPassword)) ==
          ErrorKind::Invalid);

    // Her own work goes through as the program does it, signed in.
    olena->setPrincipal(requireValue(Accounts(*olena).signIn(u"olena"_s, kTempPassword)));
    Client mine;
    mine.lastName = u"Новенька"_s;
    mine.firstName = u"Ніна"_s;
    mine.phones.append({u"mobile"_s, u"050 999 00 11"_s, {}});
    requireOk(ClientRepository(*olena).create(mine));
    CHECK(mine.managerId == shop.olena);
    Deal deal;
    deal.clientId = mine.id;
    deal.title = u"Шафа"_s;
    DealRepository deals(*olena);
    requireOk(deals.create(deal));
    const Pipeline pipeline = requireValue(PipelineRepository(*olena).pipelineNamed(QString()));
    requireOk(deals.move(deal, pipeline.stages.at(1).id));
    Interaction note;
    note.clientId = mine.id;
    note.kind = InteractionKind::Note;
    note.occurredAt = QDateTime::currentDateTimeUtc();
    note.text = u"Нотатка"_s;
    requireOk(InteractionRepository(*olena).add(note));
    CHECK(shop.count(*olena, u"clients"_s) == 2);
    // Bohdan still sees only his own.
    std::unique_ptr<Database> bohdan = requireValue(shop.as(u"bohdan"_s, kTempPassword));
    CHECK(shop.count(*bohdan, u"clients"_s) == 1);
    CHECK(shop.count(*bohdan, u"deals"_s) == 1);
}

TEST_CASE(
    "psql as a manager counts only their clients and can neither change another's nor the audit",
    "[server][accounts][access]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    const PsqlRun count =
        psql(shop.server, u"olena"_s, kTempPassword, u"SELECT count(*) FROM clients"_s);
    INFO(count.out.toStdString());
    REQUIRE(count.exitCode == 0);
    CHECK(count.out == u"1"_s);
    CHECK(requireValue(sql::scalar(shop.admin->connection(), u"SELECT count(*) FROM clients"_s))
              .toInt() == 3);

    const PsqlRun update =
        psql(shop.server, u"olena"_s, kTempPassword,
             u"UPDATE clients SET last_name = 'Змінено' WHERE id = %1 RETURNING id"_s.arg(
                 shop.clientBohdan));
    CHECK(update.exitCode == 0);
    CHECK(update.out.isEmpty());
    CHECK(ClientRepository(*shop.admin).load(shop.clientBohdan)->lastName == u"Бондаренко"_s);

    const qint64 audited = shop.count(*shop.admin, u"audit"_s);
    REQUIRE(audited > 0);
    CHECK(psql(shop.server, u"olena"_s, kTempPassword, u"DELETE FROM audit"_s).exitCode != 0);
    CHECK(psql(shop.server, u"olena"_s, kTempPassword, u"TRUNCATE audit"_s).exitCode != 0);
    CHECK(shop.count(*shop.admin, u"audit"_s) == audited);
    // And without her password, psql gets nothing at all.
    CHECK(psql(shop.server, u"olena"_s, u"guess-1234567"_s, u"SELECT 1"_s).exitCode != 0);
}

TEST_CASE("on a server a manager is told whose client has the phone, without seeing the client",
          "[server][accounts][access][clients]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    std::unique_ptr<Database> olena = requireValue(shop.as(u"olena"_s, kTempPassword));
    olena->setPrincipal(requireValue(Accounts(*olena).signIn(u"olena"_s, kTempPassword)));
    ClientRepository clients(*olena);
    auto probe = [&](const QString& phone) {
        Client c;
        c.lastName = u"Новий"_s;
        c.phones.append({u"mobile"_s, phone, {}});
        return requireValue(clients.findDuplicates(c));
    };

    const QList<DuplicateHit> bohdans = probe(u"067 444 55 66"_s);
    REQUIRE(bohdans.size() == 1);
    CHECK_FALSE(bohdans.first().reachable);
    CHECK(bohdans.first().clientId == 0);
    CHECK(bohdans.first().displayName.isEmpty());
    CHECK(bohdans.first().ownerManager == u"Bohdan Bondar"_s);
    // Nobody's client: said as such (a manager does not take unassigned ones).
    const QList<DuplicateHit> nobodys = probe(u"063 777 88 99"_s);
    REQUIRE(nobodys.size() == 1);
    CHECK_FALSE(nobodys.first().reachable);
    CHECK(nobodys.first().ownerManager.isEmpty());
    // Her own is named once, reachable, and not again as someone else's.
    const QList<DuplicateHit> own = probe(u"050 111 22 33"_s);
    REQUIRE(own.size() == 1);
    CHECK(own.first().reachable);
    CHECK(own.first().clientId == shop.clientOlena);
    CHECK(probe(u"095 000 00 01"_s).isEmpty());

    // psql learns no more than the form: whose, not who.
    const PsqlRun asked =
        psql(shop.server, u"olena"_s, kTempPassword,
             u"SELECT * FROM kartoteka_taken_by('phone', '[\"+380674445566\"]')"_s);
    REQUIRE(asked.exitCode == 0);
    CHECK(asked.out == u"+380674445566|Bohdan Bondar"_s);
    CHECK(psql(shop.server, u"olena"_s, kTempPassword,
               u"SELECT * FROM kartoteka_taken_by('phone', '[\"+380501112233\"]')"_s)
              .out.isEmpty());
    // One number a question, as the card asks: not a list of the base's numbers.
    CHECK(psql(shop.server, u"olena"_s, kTempPassword,
               u"SELECT * FROM kartoteka_taken_by('phone', "
               u"'[\"+380674445566\", \"+380674445567\"]')"_s)
              .exitCode != 0);
}

TEST_CASE("on a server a manager's import skips a row with a colleague's client's phone",
          "[server][accounts][access][import]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    // The owner lets managers import.
    requireOk(sql::exec(shop.admin->connection(),
                        u"INSERT INTO role_capabilities (role, capability) VALUES (?, ?)"_s,
                        {u"manager"_s, u"import"_s}));
    std::unique_ptr<Database> olena = requireValue(shop.as(u"olena"_s, kTempPassword));
    olena->setPrincipal(requireValue(Accounts(*olena).signIn(u"olena"_s, kTempPassword)));
    REQUIRE(olena->principal().can(Capability::Import));

    ImportSheet sheet;
    const QList<QStringList> cells{{u"ПІБ"_s, u"Телефон"_s},
                                   {u"Новий Клієнт"_s, u"067 444 55 66"_s}, // Bohdan's client's
                                   {u"Інший Клієнт"_s, u"095 123 45 67"_s}};
    for (int i = 0; i < cells.size(); ++i) {
        ImportRow row;
        row.source = i + 1;
        for (const QString& text : cells[i])
            row.cells.append({text, {}});
        sheet.rows.append(row);
    }
    sheet.columnCount = 2;
    ImportTable table;
    table.sheets.append(sheet);
    auto import = requireValue(ClientImport::open(*olena));
    ImportSettings settings;
    settings.headerRow = import->guessHeaderRow(table.sheets[0]);
    settings.columns = import->guessColumns(table.sheets[0], settings.headerRow);

    const ImportPreview preview = requireValue(import->preview(table, settings, 10));
    CHECK(preview.matching == 1);
    CHECK(preview.fresh == 1);
    REQUIRE(preview.rows.size() == 2);
    CHECK_FALSE(preview.rows[0].matchReachable);
    CHECK(preview.rows[0].skipped());
    const ClientImportReport report = requireValue(import->run(table, settings, u"base.csv"_s));
    CHECK(report.added == 1);
    CHECK(report.skipped == 1);
    // The colleague's client is as it was, and has no twin.
    CHECK(requireValue(sql::scalar(shop.admin->connection(),
                                   u"SELECT count(*) FROM client_phones WHERE e164 = ?"_s,
                                   {u"+380674445566"_s}))
              .toInt() == 1);
}

TEST_CASE("on a server a manager changes no list, field, pipeline, rule or shared setting, from "
          "the program or any other tool",
          "[server][accounts][access]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    Rule rule;
    rule.name = u"Нотатка про нового клієнта"_s;
    rule.trigger = RuleTrigger::ClientCreated;
    RuleAction note;
    note.kind = ActionKind::Note;
    note.text = u"Новий клієнт"_s;
    rule.actions = {note};
    requireOk(RuleRepository(*shop.admin).save(rule));

    // As her login role, the way psql would.
    std::unique_ptr<Database> olena = requireValue(shop.as(u"olena"_s, kTempPassword));
    QSqlDatabase& her = olena->connection();
    for (const QString& statement :
         {u"UPDATE list_items SET name = name || '!'"_s,
          u"INSERT INTO list_items (list, name, position) VALUES ('source', 'Спам', 9)"_s,
          u"DELETE FROM custom_fields"_s, u"UPDATE pipelines SET name = 'Моя'"_s,
          u"DELETE FROM stages WHERE id = (SELECT max(id) FROM stages)"_s,
          u"UPDATE settings SET value = 'XX' WHERE key = 'clients.phone_region'"_s,
          u"UPDATE automation_rules SET enabled = 0"_s, u"DELETE FROM automation_rules"_s,
          u"UPDATE document_templates SET body = ''"_s}) {
        INFO(statement.toStdString());
        CHECK(kindOf(sql::exec(her, statement)) == ErrorKind::Forbidden);
    }
    // A rule's record of its runs is written by whoever's change ran it.
    requireOk(sql::exec(her, u"UPDATE automation_rules SET runs = runs + 1"_s));
    CHECK(requireValue(RuleRepository(*shop.admin).list()).first().enabled);
    // Reading is everyone's.
    CHECK(shop.count(*olena, u"list_items"_s) == shop.count(*shop.admin, u"list_items"_s));
    CHECK(shop.count(*olena, u"settings"_s) == shop.count(*shop.admin, u"settings"_s));

    // The program says so before the server has to.
    olena->setPrincipal(requireValue(Accounts(*olena).signIn(u"olena"_s, kTempPassword)));
    CHECK(kindOf(Lists(*olena).add(u"source"_s, u"Спам"_s)) == ErrorKind::Forbidden);
    CHECK(kindOf(Lists(*olena).idOfOrAdd(u"source"_s, u"Спам"_s)) == ErrorKind::Forbidden);
    const ListItem known = requireValue(Lists(*olena).items(u"source"_s)).first();
    CHECK(requireValue(Lists(*olena).idOfOrAdd(u"source"_s, known.name)) == known.id);
    CHECK(kindOf(PipelineRepository(*olena).createPipeline(u"Моя"_s)) == ErrorKind::Forbidden);
    // With the capability the server lets it through.
    Accounts accounts(*shop.admin);
    requireValue(accounts.add(u"lists"_s, u"Lists Person"_s, Role::Admin, kTempPassword));
    std::unique_ptr<Database> admin = requireValue(shop.as(u"lists"_s, kTempPassword));
    admin->setPrincipal(requireValue(Accounts(*admin).signIn(u"lists"_s, kTempPassword)));
    requireOk(Lists(*admin).add(u"source"_s, u"Виставка 2026"_s));

    // Whoever may make backups writes the backups' own settings, nothing else:
    // not the mail server or SMS service every PC sends its passwords to.
    requireValue(accounts.add(u"petro"_s, u"Petro Senior"_s, Role::Senior, kTempPassword));
    std::unique_ptr<Database> senior = requireValue(shop.as(u"petro"_s, kTempPassword));
    QSqlDatabase& his = senior->connection();
    requireOk(sql::exec(his, u"INSERT INTO settings (key, value, updated_at) VALUES "
                             u"('backup.last_test', 'x', '2026-12-03T00:00:00.000Z')"_s));
    requireOk(sql::exec(his, u"UPDATE settings SET value = 'y' WHERE key = 'backup.last_test'"_s));
    for (const QString& statement :
         {u"UPDATE settings SET value = 'XX' WHERE key = 'clients.phone_region'"_s,
          u"UPDATE settings SET key = 'backup.x' WHERE key = 'clients.phone_region'"_s}) {
        INFO(statement.toStdString());
        CHECK(kindOf(sql::exec(his, statement)) == ErrorKind::Forbidden);
    }
}

TEST_CASE("someone else signing in at a window moves its connection to their login role",
          "[server][accounts][access]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    // The window of the owner, locked; Olena signs in at it.
    std::unique_ptr<Database> window = requireValue(shop.as(u"owner"_s, kOwnerPassword));
    Accounts accounts(*window);
    window->setPrincipal(requireValue(accounts.signIn(u"owner"_s, kOwnerPassword)));
    CHECK(shop.count(*window, u"clients"_s) == 3);

    // A wrong password leaves the owner's connection as it was.
    CHECK(kindOf(accounts.signIn(u"olena"_s, u"wrong-password-1"_s)) == ErrorKind::SignInFailed);
    CHECK(window->serverLogin() == u"owner"_s);
    CHECK(shop.count(*window, u"clients"_s) == 3);

    window->setPrincipal(requireValue(accounts.signIn(u"Olena"_s, kTempPassword)));
    CHECK(window->serverLogin() == u"olena"_s);
    CHECK(requireValue(sql::scalar(window->connection(), u"SELECT session_user"_s)).toString() ==
          serverLoginRole(shop.server.name(), u"olena"_s));
    CHECK(shop.count(*window, u"clients"_s) == 1);

    // Her new password is the one the connections of background work use.
    requireOk(accounts.changeOwnPassword(kTempPassword, u"Olena-own-2026"_s));
    std::unique_ptr<Database> background = requireValue(openDatabase(window->reopenOptions()));
    CHECK(shop.count(*background, u"clients"_s) == 1);

    // The administrator's own connection is not moved by a sign-in on it.
    requireValue(Accounts(*shop.admin).signIn(u"olena"_s, u"Olena-own-2026"_s));
    CHECK(shop.admin->serverLogin().isEmpty());
    CHECK(shop.count(*shop.admin, u"clients"_s) == 3);
}

TEST_CASE("the server shows a manager only the tasks she reaches, and their reminders",
          "[server][accounts][access][tasks]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    TaskRepository tasks(*shop.admin);
    const QDate today = QDate::currentDate();
    auto task = [&](const QString& title, qint64 clientId, qint64 responsible) {
        Task t;
        t.title = title;
        t.clientId = clientId;
        t.responsibleId = responsible;
        t.dueDate = today;
        t.reminders = {TaskReminder{15, {}}};
        requireOk(tasks.create(t));
        return t.id;
    };
    // Hers: on her client (though the admin's to do), and her own without a client.
    const qint64 onHerClient = task(u"Зустріч"_s, shop.clientOlena, 0);
    const qint64 ownTask = task(u"Пропозиція"_s, 0, shop.olena);
    const qint64 his = task(u"Дзвінок"_s, shop.clientBohdan, shop.bohdan);

    const PsqlRun seen = psql(shop.server, u"olena"_s, kTempPassword,
                              u"SELECT string_agg(id::text, ',' ORDER BY id) FROM tasks"_s);
    INFO(seen.out.toStdString());
    REQUIRE(seen.exitCode == 0);
    CHECK(seen.out == u"%1,%2"_s.arg(onHerClient).arg(ownTask));
    const PsqlRun reminders =
        psql(shop.server, u"olena"_s, kTempPassword, u"SELECT count(*) FROM task_reminders"_s);
    CHECK(reminders.out == u"2"_s);
    const PsqlRun change =
        psql(shop.server, u"olena"_s, kTempPassword,
             u"UPDATE tasks SET title = 'x' WHERE id = %1 RETURNING id"_s.arg(his));
    CHECK(change.exitCode == 0);
    CHECK(change.out.isEmpty());
    CHECK(requireValue(tasks.load(his)).title == u"Дзвінок"_s);
}

TEST_CASE("on a server a manager's move runs the rules in her session: her task comes, and a "
          "change she may not make fails alone",
          "[server][accounts][access][automation]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    ServerShop shop;
    const Pipeline pipeline = requireValue(PipelineRepository(*shop.admin).pipelineNamed({}));
    const Stage* won = pipeline.firstOfKind(StageKind::Won);
    REQUIRE(won);
    Rule handOver;
    handOver.name = u"Виграно: клієнта до Богдана"_s;
    handOver.trigger = RuleTrigger::DealWon;
    RuleAction manager;
    manager.kind = ActionKind::SetField;
    manager.field = RuleField::ClientManager;
    manager.valueId = shop.bohdan;
    handOver.actions = {manager};
    requireOk(RuleRepository(*shop.admin).save(handOver));
    Rule thanks;
    thanks.name = u"Виграно: подякувати"_s;
    thanks.trigger = RuleTrigger::DealWon;
    RuleAction task;
    task.title = u"Подякувати {client} за {deal}"_s;
    task.dueDays = 1;
    thanks.actions = {task};
    requireOk(RuleRepository(*shop.admin).save(thanks));

    std::unique_ptr<Database> olena = requireValue(shop.as(u"olena"_s, kTempPassword));
    olena->setPrincipal(requireValue(Accounts(*olena).signIn(u"olena"_s, kTempPassword)));
    DealRepository deals(*olena);
    Deal deal = requireValue(deals.load(shop.dealOlena));
    requireOk(deals.move(deal, won->id));

    CHECK(requireValue(deals.load(shop.dealOlena)).stageId == won->id);
    CHECK(requireValue(ClientRepository(*olena).load(shop.clientOlena)).managerId == shop.olena);
    CHECK_FALSE(requireValue(RuleRepository(*shop.admin).load(handOver.id)).lastFailure.isEmpty());
    TaskQuery mine{QDate::currentDate(), QDate::currentDate().addDays(7)};
    mine.clientId = shop.clientOlena;
    const QList<TaskOccurrence> made = requireValue(TaskRepository(*olena).occurrences(mine));
    REQUIRE(made.size() == 1);
    CHECK(made[0].task.title == u"Подякувати Антоненко Тест за Кухня"_s);
    CHECK(made[0].task.responsibleId == shop.olena);
}
