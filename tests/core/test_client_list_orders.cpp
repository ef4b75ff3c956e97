// The client list in every order the screen offers: keyset pages that walk an
// index of their own (schema 9 keeps each order's sort column on the client
// row), checked against a full sort done here in C++ from the raw rows.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "demo/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

struct RawClient
{
    qint64 id = 0;
    QString sortKey;
    bool archived = false;
    qint64 companyId = 0;
    QString companyName;
    qint64 statusId = 0;
    qint64 managerId = 0;
};

// SQLite's lower(): ASCII letters only.
QString asciiLower(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return out;
}

// Everything the expected order is worked out from, read straight from the
// tables (not from the columns the schema keeps for sorting).
struct Base
{
    QList<RawClient> clients;
    QHash<qint64, QString> sortKeyOf;   // client id -> sort_key (a company's name key)
    QHash<qint64, QString> statusName;  // list item id -> name
    QHash<qint64, QString> managerName; // account id -> name

    explicit Base(Database& db)
    {
        for (const QSqlRecord& r : requireValue(sql::rows(
                 db.connection(), u"SELECT id, sort_key, archived, company_id, company_name, "
                                  u"status_id, manager_id FROM clients"_s))) {
            RawClient c{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toBool(),
                        r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toLongLong(),
                        r.value(6).toLongLong()};
            clients.append(c);
            sortKeyOf.insert(c.id, c.sortKey);
        }
        for (const QSqlRecord& r :
             requireValue(sql::rows(db.connection(), u"SELECT id, name FROM list_items"_s)))
            statusName.insert(r.value(0).toLongLong(), r.value(1).toString());
        for (const QSqlRecord& r :
             requireValue(sql::rows(db.connection(), u"SELECT id, name FROM users"_s)))
            managerName.insert(r.value(0).toLongLong(), r.value(1).toString());
    }

    // What the screen shows in the sorted column, as the list compares it.
    QString shownKey(const RawClient& c, ClientSort sort) const
    {
        switch (sort) {
        case ClientSort::Company:
            return c.companyId != 0 && sortKeyOf.contains(c.companyId)
                       ? sortKeyOf.value(c.companyId)
                       : asciiLower(c.companyName);
        case ClientSort::Status:
            return statusName.value(c.statusId);
        case ClientSort::Manager:
            return managerName.value(c.managerId);
        case ClientSort::Name:
            break;
        }
        return {};
    }

    // The ids in the order of a full sort, of the clients `keep` keeps.
    QList<qint64> sorted(ClientSort sort, bool descending,
                         const std::function<bool(const RawClient&)>& keep) const
    {
        QList<RawClient> rows;
        for (const RawClient& c : clients) {
            if (!c.archived && keep(c))
                rows.append(c);
        }
        std::sort(rows.begin(), rows.end(), [&](const RawClient& a, const RawClient& b) {
            const auto ka = std::tuple(shownKey(a, sort), a.sortKey, a.id);
            const auto kb = std::tuple(shownKey(b, sort), b.sortKey, b.id);
            return descending ? kb < ka : ka < kb;
        });
        QList<qint64> ids;
        for (const RawClient& c : rows)
            ids.append(c.id);
        return ids;
    }
};

// Every page of `query` in turn, by the keyset of the last row of each.
QList<qint64> pageThrough(ClientRepository& repo, ClientListQuery query, int pageSize)
{
    query.limit = pageSize;
    QList<qint64> ids;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<ClientRow> page = requireValue(repo.page(query));
        for (const ClientRow& row : page)
            ids.append(row.id);
        if (page.size() < pageSize)
            break;
        query.afterValue = page.last().sortValue;
        query.afterSortKey = page.last().sortKey;
        query.afterId = page.last().id;
    }
    return ids;
}

constexpr ClientSort kOrders[] = {ClientSort::Name, ClientSort::Company, ClientSort::Status,
                                  ClientSort::Manager};

void checkEveryOrder(Database& db, const ClientFilter& filter,
                     const std::function<bool(const RawClient&)>& keep, int pageSize = 29)
{
    const Base base(db);
    ClientRepository repo(db);
    for (ClientSort sort : kOrders) {
        for (bool descending : {false, true}) {
            ClientListQuery query;
            query.sort = sort;
            query.descending = descending;
            query.filter = filter;
            const QList<qint64> paged = pageThrough(repo, query, pageSize);
            const QList<qint64> expected = base.sorted(sort, descending, keep);
            INFO("order " << clientSortName(sort).toStdString() << (descending ? " desc" : " asc")
                          << ", " << expected.size() << " clients");
            CHECK(QSet<qint64>(paged.cbegin(), paged.cend()).size() == paged.size()); // no repeats
            CHECK(paged.size() == expected.size());                                   // no gaps
            CHECK(paged == expected);                                                 // in order
        }
    }
}

const auto everyone = [](const RawClient&) { return true; };

} // namespace

TEST_CASE("every order of the list pages without gaps or repeats, as a full sort orders it",
          "[clients][list][orders]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {600, 17}));
    // Archived clients are not in the list.
    requireOk(sql::exec(db->connection(), u"UPDATE clients SET archived = 1 WHERE id % 23 = 0"_s));

    SECTION("everyone")
    {
        checkEveryOrder(*db, {}, everyone);
    }
    SECTION("filtered by a status, a manager, both")
    {
        const qint64 status =
            requireValue(sql::scalar(db->connection(),
                                     u"SELECT status_id FROM clients WHERE status_id IS NOT NULL "
                                     u"GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s))
                .toLongLong();
        const qint64 manager =
            requireValue(sql::scalar(db->connection(),
                                     u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                     u"GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s))
                .toLongLong();
        ClientFilter byStatus;
        byStatus.statusId = status;
        checkEveryOrder(*db, byStatus, [&](const RawClient& c) { return c.statusId == status; });
        ClientFilter byManager;
        byManager.managerId = manager;
        checkEveryOrder(*db, byManager, [&](const RawClient& c) { return c.managerId == manager; });
        ClientFilter both = byStatus;
        both.managerId = manager;
        checkEveryOrder(*db, both, [&](const RawClient& c) {
            return c.statusId == status && c.managerId == manager;
        });
    }
    SECTION("with a search: the same clients in every order")
    {
        ClientRepository repo(*db);
        for (const QString& search : {u"а"_s, u"о"_s, u"ТОВ"_s}) {
            ClientListQuery all;
            all.search = search;
            all.limit = 100000;
            QSet<qint64> matching;
            for (const ClientRow& row : requireValue(repo.page(all)))
                matching.insert(row.id);
            REQUIRE(matching.size() > 1);
            ClientFilter none;
            const Base base(*db);
            for (ClientSort sort : kOrders) {
                for (bool descending : {false, true}) {
                    ClientListQuery query;
                    query.search = search;
                    query.sort = sort;
                    query.descending = descending;
                    INFO(search.toStdString() << " by " << clientSortName(sort).toStdString()
                                              << (descending ? " desc" : " asc"));
                    CHECK(pageThrough(repo, query, 13) ==
                          base.sorted(sort, descending,
                                      [&](const RawClient& c) { return matching.contains(c.id); }));
                }
            }
        }
    }
}

TEST_CASE("clients written in bulk, as an import writes them, take their places in every order",
          "[clients][list][orders][import]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {120, 5}));
    QList<qint64> statuses, managers;
    for (const QSqlRecord& r : requireValue(sql::rows(
             db->connection(), u"SELECT DISTINCT status_id FROM clients WHERE status_id > 0"_s)))
        statuses.append(r.value(0).toLongLong());
    for (const QSqlRecord& r : requireValue(sql::rows(
             db->connection(), u"SELECT DISTINCT manager_id FROM clients WHERE manager_id > 0"_s)))
        managers.append(r.value(0).toLongLong());
    const QString existingCompany =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT display_name FROM clients WHERE kind = 'company' "
                                 u"ORDER BY id LIMIT 1"_s))
            .toString();
    REQUIRE(statuses.size() > 1);
    REQUIRE(managers.size() > 1);

    // Thousands of them are written with the clients' indexes set aside and
    // built again (storage/PausedIndexes.h); a few hundred, into them.
    const int people = GENERATE(250, 6000);
    INFO(people << " people");
    auto clientsSchema = [&] {
        QStringList found;
        for (const QSqlRecord& r : requireValue(
                 sql::rows(db->connection(), u"SELECT type, name, sql FROM sqlite_master "
                                             u"WHERE tbl_name = 'clients' ORDER BY type, name"_s)))
            found.append(u"%1 %2: %3"_s.arg(r.value(0).toString(), r.value(1).toString(),
                                            r.value(2).toString()));
        return found;
    };
    const QStringList schemaBefore = clientsSchema();
    ClientRepository repo(*db, u"UA"_s);
    requireOk(db->write([&](Transaction& tx) -> Status {
        ClientRepository::Bulk bulk(repo, tx);
        Client company;
        company.kind = ClientKind::Company;
        company.companyName = u"Zeta Трейд"_s;
        company.statusId = statuses[0];
        if (Status s = bulk.insert(company); !s)
            return s;
        // People of the company the same batch brings, of one already there,
        // and of a company the base does not have; some without a status
        // or a manager.
        const QStringList companies = {u"Zeta Трейд"_s, existingCompany, u"Acme Ltd"_s, {}};
        for (int i = 0; i < people; ++i) {
            Client person;
            person.lastName = u"Імпортенко %1"_s.arg(i % 17);
            person.firstName = u"Ім'я %1"_s.arg(i);
            person.companyName = companies[i % companies.size()];
            person.statusId = i % 5 == 0 ? 0 : statuses[i % statuses.size()];
            person.managerId = i % 7 == 0 ? 0 : managers[i % managers.size()];
            if (Status s = bulk.insert(person); !s)
                return s;
        }
        return bulk.finish();
    }));
    REQUIRE(
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT count(*) FROM clients c JOIN clients co "
                                 u"ON co.id = c.company_id WHERE co.display_name = 'Zeta Трейд'"_s))
            .toInt() > 0);
    CHECK(clientsSchema() == schemaBefore);
    checkEveryOrder(*db, {}, everyone);
    ClientFilter byManager;
    byManager.managerId = managers[0];
    checkEveryOrder(*db, byManager, [&](const RawClient& c) { return c.managerId == managers[0]; });
    // A search of one manager's clients reads the search order's copy of
    // the manager, given with the row.
    ClientListQuery search;
    search.search = u"Імпортенко"_s;
    search.filter.managerId = managers[0];
    search.limit = 10000;
    QSet<qint64> found;
    for (const ClientRow& row : requireValue(repo.page(search)))
        found.insert(row.id);
    const QSet<qint64> expected = [&] {
        QSet<qint64> ids;
        for (const QSqlRecord& r : requireValue(sql::rows(
                 db->connection(),
                 u"SELECT id FROM clients WHERE last_name LIKE 'Імпортенко%' AND manager_id = ?"_s,
                 {managers[0]})))
            ids.insert(r.value(0).toLongLong());
        return ids;
    }();
    CHECK(!expected.isEmpty());
    CHECK(found == expected);

    // Taken away again in bulk, as an import's undo takes them: the indexes
    // set aside for that many are back, the rest keep their places.
    const QList<qint64> added = [&] {
        QList<qint64> ids;
        for (const QSqlRecord& r : requireValue(sql::rows(
                 db->connection(), u"SELECT id FROM clients WHERE id > ? ORDER BY id"_s,
                 {requireValue(sql::scalar(db->connection(), u"SELECT id FROM clients WHERE "
                                                             u"display_name = 'Zeta Трейд'"_s))
                      .toLongLong()})))
            ids.append(r.value(0).toLongLong());
        return ids;
    }();
    REQUIRE(added.size() == people);
    requireOk(db->write([&](Transaction& tx) -> Status {
        ClientRepository::Bulk bulk(repo, tx);
        if (Status s = bulk.removeMany(added); !s)
            return s;
        return bulk.finish();
    }));
    CHECK(clientsSchema() == schemaBefore);
    checkEveryOrder(*db, {}, everyone);
}

TEST_CASE("the list's orders follow renames of statuses, managers and companies and every edit",
          "[clients][list][orders]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {300, 5}));
    ClientRepository repo(*db);
    Lists lists(*db);

    // A status renamed to sort first, a manager renamed to sort last.
    const ListItem status = requireValue(lists.items(kStatuses)).last();
    requireOk(lists.rename(status, u"Аааа новий"_s));
    const qint64 manager =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                 u"ORDER BY id LIMIT 1"_s))
            .toLongLong();
    requireOk(Accounts(*db).setName(manager, u"Яяя Остання"_s));

    // A company with people renamed; a person moved to another status and
    // manager, and to another company by name; a person without a company.
    Client firm;
    firm.kind = ClientKind::Company;
    firm.companyName = u"Aaa Old Name Ltd"_s;
    requireOk(repo.create(firm));
    const qint64 company = firm.id;
    for (const QString& last : {u"Перший"_s, u"Другий"_s}) {
        Client worker;
        worker.lastName = last;
        worker.companyName = firm.companyName; // linked by the company's name
        requireOk(repo.create(worker));
        REQUIRE(requireValue(repo.load(worker.id)).companyId == company);
    }
    firm = requireValue(repo.load(company));
    firm.companyName = u"Zzz Renamed Ltd"_s;
    requireOk(repo.update(firm));

    const qint64 someone =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT id FROM clients WHERE kind = 'person' AND company_id IS "
                                 u"NULL ORDER BY id LIMIT 1"_s))
            .toLongLong();
    Client person = requireValue(repo.load(someone));
    person.statusId = requireValue(lists.items(kStatuses)).first().id;
    person.managerId = manager;
    person.companyName = firm.displayName();
    requireOk(repo.update(person));
    REQUIRE(requireValue(repo.load(someone)).companyId == company);

    Client fresh;
    fresh.lastName = u"Новенький"_s;
    fresh.companyName = u"Aaa Unlinked"_s;
    fresh.statusId = status.id;
    requireOk(repo.create(fresh));

    checkEveryOrder(*db, {}, everyone, 41);

    // The sorted columns hold what a recount from the joined rows gives.
    CHECK(requireValue(
              sql::scalar(db->connection(),
                          u"SELECT count(*) FROM clients c WHERE c.company_sort IS NOT "
                          u"COALESCE((SELECT co.sort_key FROM clients co WHERE co.id = "
                          u"c.company_id), lower(c.company_name)) OR c.status_sort IS NOT "
                          u"COALESCE((SELECT name FROM list_items WHERE id = c.status_id), '') OR "
                          u"c.manager_sort IS NOT COALESCE((SELECT name FROM users WHERE id = "
                          u"c.manager_id), '')"_s))
              .toInt() == 0);
}

TEST_CASE("a manager pages only their own clients, in every order",
          "[clients][list][orders][access]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {400, 9}));
    const qint64 manager =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                 u"GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s))
            .toLongLong();
    const Principal principal = requireValue(Accounts(*db).principalOf(manager));
    REQUIRE_FALSE(principal.can(Capability::AllClients));
    REQUIRE_FALSE(principal.can(Capability::TakeUnassigned));
    db->setPrincipal(principal);
    checkEveryOrder(
        *db, {}, [&](const RawClient& c) { return c.managerId == manager; }, 17);
}

TEST_CASE("a list cursor names its order and refuses another", "[clients][list][orders]")
{
    ClientListQuery query;
    query.sort = ClientSort::Status;
    query.descending = true;
    ClientRow last;
    last.id = 42;
    last.sortKey = u"коваль олена"_s;
    last.sortValue = u"Постійний «VIP»"_s;
    const QString cursor = listCursor(query, last);

    ClientListQuery next;
    next.sort = ClientSort::Status;
    next.descending = true;
    requireOk(applyListCursor(next, cursor));
    CHECK(next.afterId == 42);
    CHECK(next.afterSortKey == last.sortKey);
    CHECK(next.afterValue == last.sortValue);

    ClientListQuery other;
    other.sort = ClientSort::Status; // ascending: another order
    const Status refused = applyListCursor(other, cursor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(other.afterId == 0);
    for (const QString& bad : {u"abc"_s, u""_s, u"W10"_s, cursor.left(cursor.size() - 3)}) {
        const Status s = applyListCursor(next, bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
    }
}

TEST_CASE("a schema 8 database with clients gets its list orders and sales sums on upgrade",
          "[clients][list][orders][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QList<Migration> eight = builtinMigrations().mid(0, 8);
    REQUIRE(eight.last().version == 8);
    {
        auto old = openTestDatabase(path, ModeChoice::Local, eight);
        requireValue(generateDemo(*old, {250, 3}));
        REQUIRE(requireValue(old->schemaVersion()) == 8);
    }
    auto db = openTestDatabase(path);
    CHECK(requireValue(db->schemaVersion()) == builtinMigrations().last().version);
    // The program of schema 8 refuses the upgraded file (it would not keep
    // the sort columns and sums as it writes), naming both versions.
    {
        Result<std::unique_ptr<Database>> older =
            openDatabase({path, ModeChoice::Local, false}, eight);
        REQUIRE_FALSE(older.ok());
        CHECK(older.error().kind == ErrorKind::TooNew);
        CHECK(older.error().message.contains(QString::number(builtinMigrations().last().version)));
    }
    checkEveryOrder(*db, {}, everyone, 31);
    // Every client with a sale has its sums, equal to a count from the raw rows.
    const int sums =
        requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM client_sales"_s)).toInt();
    CHECK(sums > 50);
    CHECK(requireValue(
              sql::scalar(db->connection(),
                          u"SELECT count(*) FROM (SELECT client_id, count(*) AS n, sum(amount) AS "
                          u"t, min(at) AS f, max(at) AS l FROM (SELECT client_id, occurred_at AS "
                          u"at, amount_minor AS amount FROM interactions WHERE kind = 'purchase' "
                          u"UNION ALL SELECT client_id, closed_at, amount_minor FROM deals WHERE "
                          u"closed_at IS NOT NULL AND stage_id IN (SELECT id FROM stages WHERE "
                          u"kind = 'won')) GROUP BY client_id) r JOIN client_sales s USING "
                          u"(client_id) WHERE s.sales = r.n AND s.total IS r.t AND s.first_at = "
                          u"r.f AND s.last_at = r.l"_s))
              .toInt() == sums);
}
