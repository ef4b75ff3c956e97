// Search in name order (schema 13, issue 17): the search indexes are keyed by
// each client's rank in (sort_key, id) order, so that a keystroke reads its
// matches in list order and stops after a page. Checked here: the ranks
// follow the names however clients are added, renamed and archived (also
// when a gap between two ranks is used up and neighbours are spread out);
// every page of a search, forwards and backwards, as a manager too, equals
// the matches sorted here; and an older file is upgraded to the ranked layout.
// A server finds a page in the list's order its own way (schema 21): its
// pages are checked against all of its matches sorted.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/SearchText.h"
#include "demo/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QList<qint64> ids(Database& db, const QString& statement, const QVariantList& args = {})
{
    QList<qint64> result;
    for (const QSqlRecord& r : requireValue(sql::rows(db.connection(), statement, args)))
        result.append(r.value(0).toLongLong());
    return result;
}

// Every client has one rank, the ranks follow (sort_key, id), and each search
// row sits at its client's rank.
void checkRanks(Database& db)
{
    const QList<qint64> byRank = ids(
        db, u"SELECT o.client_id FROM client_search_order o JOIN clients c ON c.id = o.client_id "
            u"ORDER BY o.rank"_s);
    const QList<qint64> byName = ids(db, u"SELECT id FROM clients ORDER BY sort_key, id"_s);
    CHECK(byRank == byName);
    CHECK(requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM client_search_order"_s))
              .toInt() == byName.size());
    for (const QString& table : {u"client_words"_s, u"client_grams"_s}) {
        CHECK(requireValue(
                  sql::scalar(db.connection(),
                              u"SELECT count(*) FROM %1 t LEFT JOIN client_search_order "
                              u"o ON o.rank = t.rowid WHERE o.client_id IS NULL"_s.arg(table)))
                  .toInt() == 0);
        CHECK(requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM %1"_s.arg(table)))
                  .toInt() == byName.size());
        requireOk(sql::exec(db.connection(),
                            u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(table)));
    }
}

// The matches of `search` as the index finds them, in name order, sorted here
// by SQL's ORDER BY instead of read in rank order.
QList<qint64> expectedMatches(Database& db, const QString& search, bool archived,
                              qint64 managerId = 0)
{
    const SearchQuery q = parseSearch(search);
    QStringList sets;
    QVariantList args;
    if (!q.words.isEmpty()) {
        sets << u"SELECT rowid FROM client_words WHERE client_words MATCH ?"_s;
        args << q.words;
    }
    if (!q.grams.isEmpty()) {
        sets << u"SELECT rowid FROM client_grams WHERE client_grams MATCH ?"_s;
        args << q.grams;
    }
    args << (archived ? 1 : 0);
    QString manager;
    if (managerId != 0) {
        manager = u" AND c.manager_id = ?"_s;
        args << managerId;
    }
    return ids(db,
               u"SELECT c.id FROM clients c JOIN client_search_order o ON o.client_id = c.id "
               u"WHERE o.rank IN ("_s +
                   sets.join(u" INTERSECT "_s) + u") AND c.archived = ?"_s + manager +
                   u" ORDER BY c.sort_key, c.id"_s,
               args);
}

// All pages of `search` in name order, forwards or backwards, `pageSize` at a time.
QList<qint64> pagedMatches(ClientRepository& repo, const QString& search, bool archived,
                           bool descending, int pageSize)
{
    ClientListQuery query;
    query.search = search;
    query.archived = archived;
    query.descending = descending;
    query.limit = pageSize;
    QList<qint64> result;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<ClientRow> page = requireValue(repo.page(query));
        for (const ClientRow& row : page)
            result.append(row.id);
        if (page.size() < pageSize)
            break;
        query.afterSortKey = page.last().sortKey;
        query.afterId = page.last().id;
    }
    return result;
}

// A server's matches of `search` by kartoteka_search (all of them, unsorted),
// sorted by SQL's ORDER BY: within `managerId`'s reach when given.
QList<qint64> expectedServerMatches(Database& db, const QString& search, bool archived,
                                    const Principal* manager = nullptr)
{
    QVariantList args{archived ? 1 : 0};
    QString where = u"c.archived = ? AND "_s + serverSearchMatch(parseSearch(search), u"c"_s, args);
    if (manager) {
        where += u" AND (c.manager_id = ? OR (c.manager_id IS NULL AND ?))"_s;
        args << manager->accountId << manager->can(Capability::TakeUnassigned);
    }
    return ids(db, u"SELECT c.id FROM clients c WHERE "_s + where + u" ORDER BY c.sort_key, c.id"_s,
               args);
}

QList<qint64> reversed(QList<qint64> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

Client named(const QString& last, const QString& first, const QString& phone = {})
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    if (!phone.isEmpty())
        c.phones.append({u"mobile"_s, phone, {}});
    c.emails.append({u"work"_s, u"%1.%2@gmail.com"_s.arg(first.size()).arg(last.size())});
    return c;
}

} // namespace

TEST_CASE("search ranks follow the names however clients are added, renamed and archived",
          "[clients][search][order]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    const QStringList lasts{u"Коваленко"_s, u"Ёлкина"_s, u"Іваненко"_s, u"Smith"_s,
                            u"Бондар"_s,    u"Ткачук"_s, u"Шевченко"_s, u"Young"_s};
    const QStringList firsts{u"Олег"_s, u"Марія"_s, u"John"_s, u"Ірина"_s};
    QRandomGenerator random(17);
    QList<Client> clients;
    // Backwards through the alphabet: each new client goes before the first.
    for (int i = 0; i < 60; ++i) {
        Client c = named(u"Я%1"_s.arg(QChar(u'я' - i % 32)) + QString(i / 32, u'а'),
                         firsts[i % firsts.size()]);
        requireOk(repo.create(c));
        clients.append(c);
    }
    // Eighty namesakes: each goes after the last one of them, into the same
    // gap, which is used up and spread out again more than once.
    for (int i = 0; i < 80; ++i) {
        Client c = named(u"Коваленко"_s, u"Олег"_s, u"+380 67 1%1"_s.arg(100000 + i));
        requireOk(repo.create(c));
        clients.append(c);
    }
    // And at random.
    for (int i = 0; i < 200; ++i) {
        Client c = named(lasts[random.bounded(int(lasts.size()))],
                         firsts[random.bounded(int(firsts.size()))],
                         u"+380 50 %1"_s.arg(1000000 + random.bounded(9000000)));
        requireOk(repo.create(c));
        clients.append(c);
    }
    // One import, in one transaction, with namesakes of its own.
    QList<Client> batch;
    for (int i = 0; i < 50; ++i)
        batch.append(named(u"Шевченко"_s, i % 2 ? u"Тарас"_s : u"Марія"_s));
    requireOk(repo.createMany(batch));
    clients += batch;
    checkRanks(*db);

    // Renames move clients; other edits leave them in place.
    for (int i = 0; i < 60; ++i) {
        Client c = requireValue(repo.load(clients[random.bounded(int(clients.size()))].id));
        if (i % 3 == 0)
            c.comment = u"edited %1"_s.arg(i);
        else
            c.lastName = lasts[random.bounded(int(lasts.size()))];
        requireOk(repo.update(c));
    }
    for (int i = 0; i < 40; ++i) {
        const Client c = requireValue(repo.load(clients[random.bounded(int(clients.size()))].id));
        if (!c.archived)
            requireOk(repo.setArchived(c.id, c.version, true));
    }
    checkRanks(*db);

    const QStringList searches{u"к"_s,   u"коваленко о"_s, u"е"_s,       u"ё"_s,
                               u"s"_s,   u"шев м"_s,       u"gmail.c"_s, u"067 1"_s,
                               u"050"_s, u"4.9@gm"_s,      u"і"_s,       u"nobody"_s};
    for (const QString& search : searches) {
        INFO(search.toStdString());
        for (bool archived : {false, true}) {
            const QList<qint64> expected = expectedMatches(*db, search, archived);
            for (int pageSize : {7, 100}) {
                CHECK(pagedMatches(repo, search, archived, false, pageSize) == expected);
                CHECK(pagedMatches(repo, search, archived, true, pageSize) == reversed(expected));
            }
        }
        // The same matches in another order (sorted after the search).
        ClientListQuery byCompany;
        byCompany.search = search;
        byCompany.sort = ClientSort::Company;
        byCompany.limit = 1000;
        QList<qint64> found;
        for (const ClientRow& row : requireValue(repo.page(byCompany)))
            found.append(row.id);
        std::sort(found.begin(), found.end());
        QList<qint64> expected = expectedMatches(*db, search, false);
        std::sort(expected.begin(), expected.end());
        CHECK(found == expected);
    }
    CHECK(expectedMatches(*db, u"коваленко о"_s, false).size() > 60);

    // "Is this client among the rows asked for?" goes to its rank directly.
    const qint64 some = expectedMatches(*db, u"коваленко"_s, false).value(5);
    ClientListQuery one;
    one.search = u"коваленко"_s;
    one.clientId = some;
    CHECK(requireValue(repo.page(one)).size() == 1);
    one.search = u"шевч"_s;
    CHECK(requireValue(repo.page(one)).isEmpty());
}

TEST_CASE("a manager's search pages hold their own clients only, in name order",
          "[clients][search][order][access]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {600, 5}));
    const qint64 manager =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                 u"GROUP BY 1 ORDER BY count(*) LIMIT 1"_s))
            .toLongLong();
    checkRanks(*db);
    const Principal principal = requireValue(Accounts(*db).principalOf(manager));
    REQUIRE_FALSE(principal.can(Capability::AllClients));
    db->setPrincipal(principal);
    ClientRepository repo(*db);
    int seen = 0;
    for (const QString& search : {u"к"_s, u"о"_s, u"ukr.net"_s, u"067"_s, u"ов"_s}) {
        INFO(search.toStdString());
        const QList<qint64> expected = expectedMatches(*db, search, false, manager);
        seen += int(expected.size());
        CHECK(pagedMatches(repo, search, false, false, 9) == expected);
        CHECK(pagedMatches(repo, search, false, true, 100) == reversed(expected));
    }
    CHECK(seen > 30);

    // Clients handed over to them, one taken away, and one they add: the
    // ranks' managers (schema 15) follow, whoever wrote the change.
    requireOk(sql::exec(db->connection(),
                        u"UPDATE clients SET manager_id = ? WHERE id IN (SELECT id FROM clients "
                        u"WHERE manager_id <> ? ORDER BY id LIMIT 40)"_s,
                        {manager, manager}));
    requireOk(sql::exec(db->connection(),
                        u"UPDATE clients SET manager_id = NULL WHERE id = (SELECT min(id) FROM "
                        u"clients WHERE manager_id = ?)"_s,
                        {manager}));
    Client added;
    added.lastName = u"Коваль"_s;
    added.firstName = u"Остап"_s;
    added.managerId = manager;
    requireOk(repo.create(added));
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT count(*) FROM client_search_order o JOIN clients c ON "
                                   u"c.id = o.client_id WHERE o.manager_id IS NOT c.manager_id"_s))
              .toInt() == 0);
    for (const QString& search : {u"к"_s, u"о"_s, u"ukr.net"_s, u"067"_s, u"коваль ост"_s}) {
        INFO(search.toStdString());
        const QList<qint64> expected = expectedMatches(*db, search, false, manager);
        CHECK(pagedMatches(repo, search, false, false, 9) == expected);
    }
}

TEST_CASE("an older file's search indexes are rebuilt in name order on upgrade",
          "[clients][search][order][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QList<Migration> older = builtinMigrations().mid(0, 11);
    REQUIRE(older.last().version == 11);
    QList<qint64> before;
    {
        auto old = openTestDatabase(path, ModeChoice::Local, older);
        requireValue(generateDemo(*old, {300, 4}));
        // Keyed by client id there.
        before = ids(*old, u"SELECT rowid FROM client_words WHERE client_words MATCH '\"к\"*' "
                           u"ORDER BY rowid"_s);
        REQUIRE(before.size() > 20);
    }
    auto db = openTestDatabase(path);
    CHECK(requireValue(db->schemaVersion()) == builtinMigrations().last().version);
    checkRanks(*db);
    QList<qint64> after =
        ids(*db, u"SELECT o.client_id FROM client_words w JOIN client_search_order o ON o.rank = "
                 u"w.rowid WHERE client_words MATCH '\"к\"*'"_s);
    std::sort(after.begin(), after.end());
    CHECK(after == before);
    ClientRepository repo(*db);
    CHECK(pagedMatches(repo, u"к"_s, false, false, 50) == expectedMatches(*db, u"к"_s, false));
    // A client added after the upgrade takes its place among the migrated ones.
    Client c = named(u"Коваленко"_s, u"Анна"_s);
    requireOk(repo.create(c));
    checkRanks(*db);
}

TEST_CASE("a server's search pages follow the list's order however clients are renamed, "
          "archived and handed over",
          "[clients][search][order][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    test::ServerDatabase server;
    auto db = openServerTestDatabase(server);
    requireValue(generateDemo(*db, {600, 5}));
    ClientRepository repo(*db);
    QRandomGenerator random(21);
    const QList<qint64> all = ids(*db, u"SELECT id FROM clients ORDER BY id"_s);
    const QStringList lasts{u"Коваленко"_s, u"Ёлкина"_s, u"Іваненко"_s, u"Smith"_s};
    for (int i = 0; i < 60; ++i) {
        Client c = requireValue(repo.load(all[random.bounded(int(all.size()))]));
        c.lastName = lasts[i % lasts.size()];
        requireOk(repo.update(c));
    }
    for (int i = 0; i < 40; ++i) {
        const Client c = requireValue(repo.load(all[random.bounded(int(all.size()))]));
        if (!c.archived)
            requireOk(repo.setArchived(c.id, c.version, true));
    }
    const qint64 manager =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                 u"GROUP BY 1 ORDER BY count(*) LIMIT 1"_s))
            .toLongLong();
    requireOk(sql::exec(db->connection(),
                        u"UPDATE clients SET manager_id = ? WHERE id IN (SELECT id FROM clients "
                        u"WHERE manager_id <> ? ORDER BY id LIMIT 40)"_s,
                        {manager, manager}));
    requireOk(sql::exec(db->connection(),
                        u"UPDATE clients SET manager_id = NULL WHERE id IN (SELECT id FROM "
                        u"clients WHERE manager_id = ? ORDER BY id LIMIT 5)"_s,
                        {manager}));
    // Every search row stands where its client stands in the list.
    CHECK(requireValue(sql::scalar(db->connection(),
                                   u"SELECT count(*) FROM client_search s JOIN clients c ON c.id = "
                                   u"s.client_id WHERE s.sort_key <> c.sort_key OR s.archived <> "
                                   u"c.archived OR s.manager_id IS DISTINCT FROM c.manager_id"_s))
              .toInt() == 0);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM client_search"_s))
              .toInt() == all.size());

    const QStringList searches{u"к"_s,  u"коваленко о"_s, u"е"_s,     u"ё"_s,
                               u"s"_s,  u"gmail.c"_s,     u"067"_s,   u"050 1"_s,
                               u"ов"_s, u"і"_s,           u"nobody"_s};
    int seen = 0;
    for (const QString& search : searches) {
        INFO(search.toStdString());
        for (bool archived : {false, true}) {
            const QList<qint64> expected = expectedServerMatches(*db, search, archived);
            seen += int(expected.size());
            for (int pageSize : {7, 100}) {
                CHECK(pagedMatches(repo, search, archived, false, pageSize) == expected);
                CHECK(pagedMatches(repo, search, archived, true, pageSize) == reversed(expected));
            }
        }
    }
    CHECK(seen > 400);

    // The administrator's connection with a manager signed in: the server
    // lets it see everyone, the list keeps to the manager's clients.
    const Principal principal = requireValue(Accounts(*db).principalOf(manager));
    REQUIRE_FALSE(principal.can(Capability::AllClients));
    db->setPrincipal(principal);
    int theirs = 0;
    for (const QString& search : {u"к"_s, u"о"_s, u"ukr.net"_s, u"067"_s, u"ов"_s}) {
        INFO(search.toStdString());
        const QList<qint64> expected = expectedServerMatches(*db, search, false, &principal);
        theirs += int(expected.size());
        CHECK(pagedMatches(repo, search, false, false, 9) == expected);
        CHECK(pagedMatches(repo, search, false, true, 100) == reversed(expected));
    }
    CHECK(theirs > 20);
}
