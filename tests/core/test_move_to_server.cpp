// Moving a base from its file to a PostgreSQL server (kartoteka-cli migrate
// --to): every table arrives counted and checksummed, search works there at
// once, each account signs in with a temporary password, and the file is
// left exactly as it was.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/ServerLogins.h"
#include "clients/ClientRepository.h"
#include "demo/DemoDatabase.h"
#include "storage/Sql.h"
#include "workspace/MoveToServer.h"
#include "workspace/Workspace.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

qint64 countOf(Database& db, const QString& table, const QString& where = {})
{
    return requireValue(sql::scalar(db.connection(),
                                    u"SELECT count(*) FROM %1 %2"_s.arg(
                                        table, where.isEmpty() ? QString() : u"WHERE "_s + where)))
        .toLongLong();
}

std::unique_ptr<Database> openFile(const QString& path)
{
    OpenOptions options;
    options.path = path;
    options.mode = ModeChoice::Local;
    options.createIfMissing = false;
    options.readOnly = true;
    return requireValue(Database::open(options));
}

QList<qint64> idsOf(const QList<ClientRow>& rows)
{
    QList<qint64> ids;
    for (const ClientRow& r : rows)
        ids << r.id;
    return ids;
}

} // namespace

TEST_CASE("a base moves from its file to an empty server database, checked table by table",
          "[server][migrate]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    DemoOptions demo;
    demo.clients = 300;
    demo.seed = 7;
    requireValue(createDemoDatabase(path, ModeChoice::Local, demo));
    std::unique_ptr<Database> file = openFile(path);
    const qint64 fileAudit = countOf(*file, u"audit"_s);
    const qint64 fileChanges = countOf(*file, u"changes"_s);
    ServerDatabase server;

    // A trial run does all of it and leaves the server database empty.
    const ServerMove trial = requireValue(moveToServer(*file, server.address(), true));
    CHECK(trial.dryRun);
    CHECK(trial.tables.size() > 30);
    {
        OpenOptions plain = server.openOptions();
        plain.createIfMissing = true;
        std::unique_ptr<Database> empty = requireValue(Database::open(plain));
        CHECK(countOf(*empty, u"pg_catalog.pg_tables"_s, u"schemaname = current_schema()"_s) == 0);
    }

    const ServerMove move = requireValue(moveToServer(*file, server.address(), false));
    CHECK_FALSE(move.dryRun);
    REQUIRE(move.tables.size() == trial.tables.size());
    std::unique_ptr<Database> admin = openServerTestDatabase(server);
    for (const MovedTable& t : move.tables) {
        INFO("table " << t.name.toStdString());
        CHECK(t.rows == countOf(*file, t.name));
        // The audit has one entry more: the move's own.
        CHECK(countOf(*admin, t.name) == t.rows + (t.name == u"audit"_s ? 1 : 0));
        CHECK(t.checksum.size() == 16);
    }
    CHECK(countOf(*admin, u"clients"_s) == 300);
    CHECK(move.searchRows == 300);
    // Two bases from now on: their backups are told apart (and pruned apart).
    const auto databaseId = [](Database& db) {
        return requireValue(sql::scalar(db.connection(),
                                        u"SELECT value FROM meta WHERE key = 'database_id'"_s))
            .toString();
    };
    CHECK(databaseId(*admin).size() == 32);
    CHECK(databaseId(*admin) != databaseId(*file));
    CHECK(countOf(*admin, u"client_search"_s) == 300);
    CHECK(move.changeFeedPosition ==
          requireValue(sql::scalar(file->connection(), u"SELECT max(id) FROM changes"_s))
              .toLongLong());

    // The same page and the same search answer on both.
    ClientListQuery first;
    first.limit = 50;
    const QList<ClientRow> filePage = requireValue(ClientRepository(*file).page(first));
    CHECK(idsOf(requireValue(ClientRepository(*admin).page(first))) == idsOf(filePage));
    ClientListQuery search;
    search.search = filePage.at(7).displayName.section(u' ', 0, 0);
    search.limit = 50;
    const QList<qint64> found = idsOf(requireValue(ClientRepository(*file).page(search)));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(idsOf(requireValue(ClientRepository(*admin).page(search))) == found);

    // New rows continue the file's numbering.
    Client added;
    added.lastName = u"Новий"_s;
    added.firstName = u"Клієнт"_s;
    requireOk(ClientRepository(*admin).create(added));
    CHECK(added.id > 300);

    // Every account signs in to the server with its temporary password, and
    // must choose its own; a manager sees only their clients there.
    REQUIRE(move.logins.size() >= 2);
    for (const MovedLogin& login : move.logins) {
        INFO("login " << login.login.toStdString());
        std::unique_ptr<Database> as = requireValue(openDatabase(
            serverSignInOptions(server.openOptions(), login.login, login.temporaryPassword)));
        const Principal who =
            requireValue(Accounts(*as).signIn(login.login, login.temporaryPassword));
        CHECK(requireValue(Accounts(*as).byId(who.accountId)).mustChangePassword);
        if (who.role == Role::Manager)
            CHECK(countOf(*as, u"clients"_s) ==
                  countOf(*file, u"clients"_s, u"manager_id = %1"_s.arg(who.accountId)));
        else if (who.role == Role::Owner)
            CHECK(countOf(*as, u"clients"_s) == 301);
    }
    CHECK(kindOf(openDatabase(serverSignInOptions(server.openOptions(), u"owner"_s,
                                                  kDemoPassword))) == ErrorKind::SignInFailed);
    CHECK(countOf(*admin, u"audit"_s, u"action = 'database.moved'"_s) == 1);

    // The file: not a row more.
    CHECK(countOf(*file, u"audit"_s) == fileAudit);
    CHECK(countOf(*file, u"changes"_s) == fileChanges);

    // A database with a base in it already is not overwritten.
    CHECK(kindOf(moveToServer(*file, server.address(), false)) == ErrorKind::Conflict);
}

TEST_CASE("only the owner moves a base to a server", "[server][migrate][access]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    DemoOptions demo;
    demo.clients = 20;
    requireValue(createDemoDatabase(path, ModeChoice::Local, demo));
    std::unique_ptr<Database> file = openFile(path);
    Accounts accounts(*file);
    Result<QList<Account>> all = accounts.list(false);
    REQUIRE(all);
    const auto manager = std::find_if(all->cbegin(), all->cend(),
                                      [](const Account& a) { return a.role == Role::Manager; });
    REQUIRE(manager != all->cend());
    file->setPrincipal(requireValue(accounts.principalOf(manager->id)));
    ServerDatabase server;
    CHECK(kindOf(moveToServer(*file, server.address(), false)) == ErrorKind::Forbidden);
}
