// The access rule at every way in: a manager reaches only their own clients
// and deals, and their reports count their own work; a senior manager and
// the owner reach everything. Each entry point of core is walked as manager
// A, proving that manager B's client and deal cannot be reached through it.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Access.h"
#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "reports/Dashboard.h"
#include "reports/DealsBehind.h"
#include "reports/ReportTables.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const QString kPassword = u"correct-horse-1"_s;
const QString kAddress = u"Київ, вул. Садова, 1"_s;

QDateTime daysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days);
}

// Two managers (A: Olena, B: Bohdan) with their clients and deals, a senior
// manager and the owner, and one client nobody is assigned to.
struct AccessShop
{
    TempDir dir;
    std::unique_ptr<Database> db;
    Principal owner, senior, a, b;
    qint64 aId = 0, bId = 0;
    // A's clients: one who used to buy (drifting), one who bought now.
    qint64 clientA = 0, clientA2 = 0;
    // B's: the same, a company with a member, an archived one.
    qint64 clientB = 0, clientB2 = 0, companyB = 0, memberB = 0, archivedB = 0;
    qint64 unassigned = 0;
    qint64 dealA = 0, wonA = 0, dealB = 0, wonB = 0;
    qint64 entryB = 0; // a timeline entry on B's client
    Pipeline pipeline;
    ReportPeriod period;

    AccessShop()
    {
        db = openTestDatabase(dir.path(u"shop.sqlite"_s));
        Accounts accounts(*db);
        requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, kPassword));
        aId = requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, kPassword)).id;
        bId = requireValue(accounts.add(u"bohdan"_s, u"Bohdan Bondar"_s, Role::Manager, kPassword))
                  .id;
        requireValue(accounts.add(u"sofia"_s, u"Sofia Senior"_s, Role::Senior, kPassword));
        owner = requireValue(accounts.signIn(u"owner"_s, kPassword));
        senior = requireValue(accounts.signIn(u"sofia"_s, kPassword));
        a = requireValue(accounts.signIn(u"olena"_s, kPassword));
        b = requireValue(accounts.signIn(u"bohdan"_s, kPassword));
        REQUIRE(db->principal().isSystem());

        // Set up by the program itself, which reaches everything.
        const QDate today = QDate::currentDate();
        clientA = client(u"Антоненко"_s, u"Анна"_s, aId, u"050 111 22 33"_s, u"anna@example.com"_s,
                         u"1111111111"_s, today.addDays(3).addYears(-30));
        clientA2 = client(u"Андрієнко"_s, u"Ада"_s, aId);
        clientB = client(u"Бондаренко"_s, u"Богдан"_s, bId, u"067 444 55 66"_s,
                         u"bohdan@example.com"_s, u"2222222222"_s, today.addDays(5).addYears(-40));
        clientB2 = client(u"Бойко"_s, u"Борис"_s, bId);
        Client company;
        company.kind = ClientKind::Company;
        company.companyName = u"ТОВ Бета"_s;
        company.managerId = bId;
        requireOk(ClientRepository(*db).create(company));
        companyB = company.id;
        Client member;
        member.lastName = u"Бетенко"_s;
        member.firstName = u"Віра"_s;
        member.companyName = u"ТОВ Бета"_s;
        member.managerId = bId;
        requireOk(ClientRepository(*db).create(member));
        REQUIRE(member.companyId == companyB);
        memberB = member.id;
        archivedB = client(u"Бондар"_s, u"Архип"_s, bId);
        requireOk(ClientRepository(*db).setArchived(archivedB, 1, true));
        unassigned = client(u"Нічийний"_s, u"Назар"_s, 0);

        // The drifting ones bought twice long ago; both managers called today.
        InteractionRepository timeline(*db);
        for (qint64 id : {clientA, clientB}) {
            for (int days : {400, 300}) {
                Interaction purchase;
                purchase.clientId = id;
                purchase.kind = InteractionKind::Purchase;
                purchase.occurredAt = daysAgo(days);
                purchase.amountMinor = 100000;
                requireOk(timeline.add(purchase));
            }
            Interaction call;
            call.clientId = id;
            call.kind = InteractionKind::Call;
            call.occurredAt = daysAgo(1);
            call.text = u"Called about the order"_s;
            requireOk(timeline.add(call));
            entryB = call.id;
        }

        pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
        dealA = deal(clientA, aId, u"Кухня Антоненко"_s, false);
        wonA = deal(clientA2, aId, u"Шафа Андрієнко"_s, true);
        dealB = deal(clientB, bId, u"Кухня Бондаренко"_s, false);
        wonB = deal(clientB2, bId, u"Шафа Бойко"_s, true);
        period = {today.addDays(-30), today, pipeline.id, 0};
    }

    qint64 client(const QString& last, const QString& first, qint64 manager,
                  const QString& phone = {}, const QString& email = {}, const QString& taxId = {},
                  const QDate& birthday = {})
    {
        Client c;
        c.lastName = last;
        c.firstName = first;
        c.managerId = manager;
        if (!phone.isEmpty())
            c.phones.append({u"mobile"_s, phone, {}});
        if (!email.isEmpty())
            c.emails.append({u"work"_s, email});
        c.taxId = taxId;
        c.birthday = birthday;
        c.actualAddress = kAddress;
        c.sourceId = requireValue(Lists(*db).idOf(kSources, u"Referral"_s));
        requireOk(ClientRepository(*db).create(c));
        return c.id;
    }

    qint64 deal(qint64 clientId, qint64 manager, const QString& title, bool won)
    {
        Deal d;
        d.clientId = clientId;
        d.managerId = manager;
        d.title = title;
        d.amountMinor = won ? 700000 : 300000;
        DealRepository deals(*db);
        requireOk(deals.create(d));
        if (won) {
            const auto isWon = [](const Stage& s) { return s.kind == StageKind::Won; };
            const Stage wonStage =
                *std::find_if(pipeline.stages.cbegin(), pipeline.stages.cend(), isWon);
            requireOk(deals.move(d, wonStage.id));
        }
        return d.id;
    }

    const Stage& secondOpenStage() const { return pipeline.stages.at(1); }
};

QSet<qint64> idsOf(const QList<ClientRow>& rows)
{
    QSet<qint64> ids;
    for (const ClientRow& row : rows)
        ids.insert(row.id);
    return ids;
}

QSet<qint64> listed(Database& db, const ClientListQuery& query)
{
    return idsOf(requireValue(ClientRepository(db).page(query)));
}

QSet<qint64> found(Database& db, const QString& search)
{
    ClientListQuery query;
    query.search = search;
    return listed(db, query);
}

QSet<qint64> boardDeals(Database& db, const Pipeline& pipeline)
{
    QSet<qint64> ids;
    for (const BoardCard& card : requireValue(DealRepository(db).board(pipeline.id, daysAgo(30))))
        ids.insert(card.dealId);
    return ids;
}

QSet<qint64> listedDeals(Database& db, const DealListQuery& query = {})
{
    QSet<qint64> ids;
    for (const Deal& deal : requireValue(DealRepository(db).list(query)))
        ids.insert(deal.id);
    return ids;
}

QSet<qint64> managersIn(const ManagersReport& report)
{
    QSet<qint64> ids;
    for (const ManagerRow& row : report.rows)
        ids.insert(row.managerId);
    return ids;
}

template <typename T> QSet<qint64> clientsIn(const QList<T>& rows)
{
    QSet<qint64> ids;
    for (const T& row : rows)
        ids.insert(row.clientId);
    return ids;
}

QSet<qint64> dealsIn(const QList<DealBehind>& rows)
{
    QSet<qint64> ids;
    for (const DealBehind& row : rows)
        ids.insert(row.dealId);
    return ids;
}

int newClientsIn(const ChannelsReport& report)
{
    int n = 0;
    for (const ChannelRow& row : report.rows)
        n += row.newClients;
    return n;
}

Client withContacts(const QString& phone, const QString& email, const QString& taxId)
{
    Client c;
    c.lastName = u"Новенький"_s;
    if (!phone.isEmpty())
        c.phones.append({u"mobile"_s, phone, {}});
    if (!email.isEmpty())
        c.emails.append({u"work"_s, email});
    c.taxId = taxId;
    return c;
}

} // namespace

TEST_CASE("a manager reaches no other manager's client through the list, search or a card",
          "[access][clients]")
{
    AccessShop shop;
    Database& db = *shop.db;
    db.setPrincipal(shop.a);
    ClientRepository clients(db);

    // The list, every sort, the archive, the filters, and one row asked for by id.
    CHECK(listed(db, {}) == QSet<qint64>{shop.clientA, shop.clientA2});
    for (ClientSort sort : {ClientSort::Company, ClientSort::Status, ClientSort::Manager}) {
        ClientListQuery query;
        query.sort = sort;
        query.descending = true;
        CHECK(listed(db, query) == QSet<qint64>{shop.clientA, shop.clientA2});
    }
    ClientListQuery archive;
    archive.archived = true;
    CHECK(listed(db, archive).isEmpty());
    ClientListQuery ofB;
    ofB.filter.managerId = shop.bId;
    CHECK(listed(db, ofB).isEmpty());
    ClientListQuery byId;
    byId.clientId = shop.clientB;
    CHECK(listed(db, byId).isEmpty());
    ClientListQuery birthdays;
    birthdays.filter.ageFrom = 18;
    CHECK(listed(db, birthdays) == QSet<qint64>{shop.clientA});

    // Search by a name fragment, a phone fragment, an e-mail, a tax ID.
    for (const QString& search : {u"Бонд"_s, u"Бондаренко Богдан"_s, u"067 444"_s, u"4455"_s,
                                  u"bohdan@"_s, u"ТОВ Бета"_s, u"Бетенко"_s, u"Бойко"_s})
        CHECK(found(db, search).isEmpty());
    CHECK(found(db, u"Антон"_s) == QSet<qint64>{shop.clientA});
    CHECK(found(db, u"050 111"_s) == QSet<qint64>{shop.clientA});

    // A card by id or by a link (its company, its household) is as if missing.
    for (qint64 id : {shop.clientB, shop.companyB, shop.memberB, shop.archivedB, shop.unassigned})
        CHECK(clients.load(id).error().kind == ErrorKind::NotFound);
    CHECK(requireValue(clients.load(shop.clientA)).managerId == shop.aId);
    CHECK(clients.peopleOf(shop.companyB).error().kind == ErrorKind::NotFound);
    CHECK(clients.atSameAddress(shop.clientB).error().kind == ErrorKind::NotFound);
    // Same address as B's client, but only A's own household is shown.
    CHECK(idsOf(requireValue(clients.atSameAddress(shop.clientA))) == QSet<qint64>{shop.clientA2});

    // Whoever sees all finds them all.
    for (const Principal& all : {shop.senior, shop.owner}) {
        db.setPrincipal(all);
        CHECK(listed(db, {}).contains(QSet<qint64>{shop.clientA, shop.clientB, shop.companyB,
                                                   shop.memberB, shop.unassigned}));
        CHECK(found(db, u"067 444"_s) == QSet<qint64>{shop.clientB});
        CHECK(found(db, u"Бонд"_s) == QSet<qint64>{shop.clientB});
        CHECK(listed(db, ofB).contains(shop.clientB));
        CHECK(listed(db, archive) == QSet<qint64>{shop.archivedB});
        CHECK(requireValue(clients.load(shop.clientB)).managerId == shop.bId);
        CHECK(idsOf(requireValue(clients.peopleOf(shop.companyB))) == QSet<qint64>{shop.memberB});
        CHECK(idsOf(requireValue(clients.atSameAddress(shop.clientA))).contains(shop.clientB));
    }
}

TEST_CASE("the duplicate warning names whose client it is, without the client", "[access][clients]")
{
    AccessShop shop;
    Database& db = *shop.db;
    db.setPrincipal(shop.a);
    ClientRepository clients(db);

    for (const Client& probe :
         {withContacts(u"+380 67 444 55 66"_s, {}, {}),
          withContacts({}, u"Bohdan@Example.com"_s, {}), withContacts({}, {}, u"2222222222"_s)}) {
        const QList<DuplicateHit> hits = requireValue(clients.findDuplicates(probe));
        REQUIRE(hits.size() == 1);
        const DuplicateHit& hit = hits.first();
        CHECK_FALSE(hit.reachable);
        CHECK(hit.clientId == 0);
        CHECK(hit.displayName.isEmpty());
        CHECK(hit.ownerManager == u"Bohdan Bondar"_s);
        CHECK(hit.warning().contains(u"Bohdan Bondar"_s));
        CHECK_FALSE(hit.warning().contains(u"Бондаренко"_s));
    }
    // One's own client is named and can be opened.
    const QList<DuplicateHit> own =
        requireValue(clients.findDuplicates(withContacts(u"050 111 22 33"_s, {}, {})));
    REQUIRE(own.size() == 1);
    CHECK(own.first().reachable);
    CHECK(own.first().clientId == shop.clientA);

    db.setPrincipal(shop.senior);
    const QList<DuplicateHit> seen =
        requireValue(clients.findDuplicates(withContacts(u"067 444 55 66"_s, {}, {})));
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().reachable);
    CHECK(seen.first().clientId == shop.clientB);
    CHECK(seen.first().displayName == u"Бондаренко Богдан"_s);
}

TEST_CASE("a manager can neither read nor write another manager's timeline or client",
          "[access][clients]")
{
    AccessShop shop;
    Database& db = *shop.db;
    const Client before = requireValue(ClientRepository(db).load(shop.clientB));
    const QList<Interaction> timelineBefore =
        requireValue(InteractionRepository(db).forClient(shop.clientB));
    Interaction entry = timelineBefore.first();
    REQUIRE(entry.id == shop.entryB);

    db.setPrincipal(shop.a);
    ClientRepository clients(db);
    InteractionRepository timeline(db);
    CHECK(timeline.forClient(shop.clientB).error().kind == ErrorKind::NotFound);
    CHECK(timeline.statsFor(shop.clientB).error().kind == ErrorKind::NotFound);
    Interaction note;
    note.clientId = shop.clientB;
    note.occurredAt = QDateTime::currentDateTimeUtc();
    note.text = u"Not mine"_s;
    CHECK(timeline.add(note).error().kind == ErrorKind::NotFound);
    // An entry of B's client, even when it is passed as if on A's client.
    entry.text = u"Changed"_s;
    entry.clientId = shop.clientA;
    CHECK(timeline.update(entry).error().kind == ErrorKind::NotFound);
    CHECK(timeline.remove(entry).error().kind == ErrorKind::NotFound);
    CHECK(requireValue(timeline.statsFor(shop.clientA)).sales == 2);
    CHECK(requireValue(timeline.forClient(shop.clientA)).size() == 3);

    Client edited = before;
    edited.comment = u"Mine now"_s;
    edited.managerId = shop.aId;
    CHECK(clients.update(edited).error().kind == ErrorKind::NotFound);
    CHECK(clients.setArchived(shop.clientB, before.version, true).error().kind ==
          ErrorKind::NotFound);
    // Nothing changed.
    db.setPrincipal(shop.owner);
    const Client after = requireValue(clients.load(shop.clientB));
    CHECK(after.version == before.version);
    CHECK(after.managerId == shop.bId);
    CHECK_FALSE(after.archived);
    const QList<Interaction> timelineAfter = requireValue(timeline.forClient(shop.clientB));
    CHECK(timelineAfter.size() == timelineBefore.size());
    CHECK(timelineAfter.first().text == timelineBefore.first().text);
    CHECK(requireValue(timeline.statsFor(shop.clientB)).sales == 2);
}

TEST_CASE("a manager reaches no other manager's deal on the board, in lists or by id",
          "[access][deals]")
{
    AccessShop shop;
    Database& db = *shop.db;
    const Deal before = requireValue(DealRepository(db).load(shop.dealB));

    db.setPrincipal(shop.a);
    DealRepository deals(db);
    CHECK(boardDeals(db, shop.pipeline) == QSet<qint64>{shop.dealA, shop.wonA});
    CHECK(listedDeals(db) == QSet<qint64>{shop.dealA, shop.wonA});
    DealListQuery ofClient;
    ofClient.clientId = shop.clientB;
    CHECK(listedDeals(db, ofClient).isEmpty());
    for (qint64 id : {shop.dealB, shop.wonB}) {
        CHECK(deals.load(id).error().kind == ErrorKind::NotFound);
        CHECK(deals.history(id).error().kind == ErrorKind::NotFound);
    }
    CHECK(deals.eventsForClient(shop.clientB).error().kind == ErrorKind::NotFound);
    CHECK(deals.eventsForClient(shop.clientA).ok());

    const qint64 next = shop.secondOpenStage().id;
    CHECK(deals.moveCard(shop.dealB, before.version, next, 1.0).error().kind ==
          ErrorKind::NotFound);
    CardMove undo{shop.dealB, before.version, next, 1.0, 0, before.stageId, 1.0, QString()};
    CHECK(deals.undoMove(undo).error().kind == ErrorKind::NotFound);
    Deal moved = before;
    CHECK(deals.move(moved, next).error().kind == ErrorKind::NotFound);
    Deal edited = before;
    edited.title = u"Mine now"_s;
    edited.managerId = shop.aId;
    CHECK(deals.update(edited).error().kind == ErrorKind::NotFound);
    // Nor a deal of one's own moved onto B's client, nor a new deal for it.
    Deal mine = requireValue(deals.load(shop.dealA));
    mine.clientId = shop.clientB;
    CHECK(deals.update(mine).error().kind == ErrorKind::NotFound);
    Deal fresh;
    fresh.clientId = shop.clientB;
    fresh.title = u"Sneaky"_s;
    CHECK(deals.create(fresh).error().kind == ErrorKind::NotFound);
    QList<Deal> many{fresh};
    CHECK(deals.createMany(many, {{}}).error().kind == ErrorKind::NotFound);

    // Own deals move as before.
    const Deal own = requireValue(deals.load(shop.dealA));
    const CardMove made = requireValue(deals.moveCard(shop.dealA, own.version, next, 1.0));
    requireValue(deals.undoMove(made));

    db.setPrincipal(shop.owner);
    const Deal after = requireValue(deals.load(shop.dealB));
    CHECK(after.version == before.version);
    CHECK(after.stageId == before.stageId);
    CHECK(after.title == before.title);
    CHECK(listedDeals(db, {}).size() == 4);

    for (const Principal& all : {shop.senior, shop.owner}) {
        db.setPrincipal(all);
        CHECK(boardDeals(db, shop.pipeline) ==
              QSet<qint64>{shop.dealA, shop.wonA, shop.dealB, shop.wonB});
        CHECK(listedDeals(db, ofClient) == QSet<qint64>{shop.dealB});
        CHECK(deals.load(shop.dealB).ok());
        CHECK(deals.history(shop.dealB).ok());
        CHECK(requireValue(deals.eventsForClient(shop.clientB)).size() == 1);
    }
}

TEST_CASE("a manager's reports and drill-downs count their own work only", "[access][reports]")
{
    AccessShop shop;
    Database& db = *shop.db;
    const QDate today = QDate::currentDate();
    db.setPrincipal(shop.a);

    // Asking for B's figures gives one's own just the same.
    for (qint64 asked : {qint64(0), shop.bId}) {
        ReportPeriod period = shop.period;
        period.managerId = asked;

        const FunnelReport funnel = requireValue(funnelReport(db, period));
        CHECK(funnel.deals == 2);
        CHECK(funnel.won == 1);
        CHECK(funnel.wonMinor == 700000);
        const SalesReport sales = requireValue(salesReport(db, period, SalesBucket::Week));
        CHECK(sales.won == 1);
        CHECK(sales.wonMinor == 700000);
        const ChannelsReport channels = requireValue(channelsReport(db, period));
        CHECK(newClientsIn(channels) == 2);
        int buyers = 0;
        for (const ChannelRow& row : channels.rows)
            buyers += row.buyingClients;
        CHECK(buyers == 1);
        const ManagersReport managers = requireValue(managersReport(db, period));
        CHECK(managersIn(managers) == QSet<qint64>{shop.aId});
        const ClientsReport buying = requireValue(clientsReport(db, period));
        CHECK(buying.buyers == 1);
        CHECK(clientsIn(buying.top) == QSet<qint64>{shop.clientA2});
        CHECK(clientsIn(requireValue(clientValues(db, period, {}))) == QSet<qint64>{shop.clientA2});

        DealSlice slice;
        slice.period = period;
        CHECK(dealsIn(requireValue(dealsBehind(db, slice))) == QSet<qint64>{shop.dealA, shop.wonA});
        slice.managerId = shop.bId;
        CHECK(requireValue(dealsBehind(db, slice)).isEmpty());
        slice.managerId.reset();
        slice.byClosing = true;
        slice.kind = StageKind::Won;
        CHECK(dealsIn(requireValue(dealsBehind(db, slice))) == QSet<qint64>{shop.wonA});

        const Dashboard dashboard = requireValue(loadDashboard(db, period, SalesBucket::Week));
        CHECK(dashboard.funnel.deals == 2);
        CHECK(dashboard.sales.won == 1);
        CHECK(managersIn(dashboard.managers) == QSet<qint64>{shop.aId});
        CHECK(dashboard.clients.buyers == 1);
        CHECK(newClientsIn(dashboard.channels) == 2);
        // The tables built from them hold the same rows.
        CHECK(managersTable(dashboard.managers, dashboard.period).rows.size() == 1);
        CHECK(clientValuesTable(dashboard.clients.top, dashboard.clients.currency).rows.size() ==
              1);
    }

    // The call list and birthdays: one's own clients, whoever is asked for.
    for (qint64 asked : {qint64(0), shop.bId}) {
        const CallList calls = requireValue(loadCallList(db, today, asked));
        CHECK(clientsIn(calls.drifting) ==
              (asked == 0 ? QSet<qint64>{shop.clientA} : QSet<qint64>{}));
        CHECK(clientsIn(calls.birthdays) ==
              (asked == 0 ? QSet<qint64>{shop.clientA} : QSet<qint64>{}));
        CHECK(driftingTable(calls.drifting, u"UAH"_s).rows.size() == (asked == 0 ? 1 : 0));
        CHECK(birthdaysTable(calls.birthdays).rows.size() == (asked == 0 ? 1 : 0));
    }
    CHECK(clientsIn(requireValue(upcomingBirthdays(db, today, 14))) == QSet<qint64>{shop.clientA});
    DriftOptions drift;
    drift.asOf = today;
    CHECK(clientsIn(requireValue(driftingClients(db, drift))) == QSet<qint64>{shop.clientA});

    // Whoever sees all reports counts everyone, or the manager chosen.
    for (const Principal& all : {shop.senior, shop.owner}) {
        db.setPrincipal(all);
        const Dashboard dashboard = requireValue(loadDashboard(db, shop.period, SalesBucket::Week));
        CHECK(dashboard.funnel.deals == 4);
        CHECK(dashboard.sales.won == 2);
        CHECK(managersIn(dashboard.managers) == QSet<qint64>{shop.aId, shop.bId});
        CHECK(clientsIn(dashboard.clients.top) == QSet<qint64>{shop.clientA2, shop.clientB2});
        CHECK(newClientsIn(dashboard.channels) == 8); // the archived one came too
        ReportPeriod ofB = shop.period;
        ofB.managerId = shop.bId;
        CHECK(requireValue(funnelReport(db, ofB)).deals == 2);
        DealSlice slice;
        slice.period = shop.period;
        CHECK(dealsIn(requireValue(dealsBehind(db, slice))).size() == 4);
        const CallList calls = requireValue(loadCallList(db, today, 0));
        CHECK(clientsIn(calls.drifting) == QSet<qint64>{shop.clientA, shop.clientB});
        CHECK(clientsIn(calls.birthdays) == QSet<qint64>{shop.clientA, shop.clientB});
    }
}

TEST_CASE("a manager's new client or deal is theirs, and only the senior ones assign others",
          "[access][clients][deals]")
{
    AccessShop shop;
    Database& db = *shop.db;
    db.setPrincipal(shop.a);
    ClientRepository clients(db);
    DealRepository deals(db);

    Client mine;
    mine.lastName = u"Мій"_s;
    requireOk(clients.create(mine));
    CHECK(mine.managerId == shop.aId);
    CHECK(requireValue(clients.load(mine.id)).managerId == shop.aId);
    CHECK(listed(db, {}).contains(mine.id));

    Client forB;
    forB.lastName = u"Чужий"_s;
    forB.managerId = shop.bId;
    CHECK(clients.create(forB).error().kind == ErrorKind::Forbidden);
    QList<Client> bulk{forB};
    CHECK(clients.createMany(bulk).error().kind == ErrorKind::Forbidden);
    Client handed = requireValue(clients.load(mine.id));
    handed.managerId = shop.bId;
    CHECK(clients.update(handed).error().kind == ErrorKind::Forbidden);
    handed.managerId = 0; // giving it to nobody is giving it away too
    CHECK(clients.update(handed).error().kind == ErrorKind::Forbidden);
    CHECK(requireValue(clients.load(mine.id)).managerId == shop.aId);

    Deal deal;
    deal.clientId = mine.id;
    deal.title = u"Моя угода"_s;
    requireOk(deals.create(deal));
    CHECK(deal.managerId == shop.aId);
    CHECK(listedDeals(db).contains(deal.id));
    Deal dealForB;
    dealForB.clientId = mine.id;
    dealForB.title = u"Для Богдана"_s;
    dealForB.managerId = shop.bId;
    CHECK(deals.create(dealForB).error().kind == ErrorKind::Forbidden);
    Deal reassigned = requireValue(deals.load(deal.id));
    reassigned.managerId = shop.bId;
    CHECK(deals.update(reassigned).error().kind == ErrorKind::Forbidden);

    // A senior manager assigns anyone, and a client saved without a manager
    // stays unassigned.
    db.setPrincipal(shop.senior);
    Client assigned = requireValue(clients.load(mine.id));
    assigned.managerId = shop.bId;
    requireOk(clients.update(assigned));
    Client nobodys;
    nobodys.lastName = u"Нічий"_s;
    requireOk(clients.create(nobodys));
    CHECK(nobodys.managerId == 0);
    db.setPrincipal(shop.a);
    CHECK(clients.load(mine.id).error().kind == ErrorKind::NotFound);
    CHECK(clients.load(nobodys.id).error().kind == ErrorKind::NotFound);
    // The deal stays A's own (a deal's manager reaches it), on B's client now.
    CHECK(deals.load(deal.id).ok());
}

TEST_CASE("a manager allowed to take unassigned clients sees them and may take them",
          "[access][clients]")
{
    AccessShop shop;
    Database& db = *shop.db;
    Accounts accounts(db);
    QSet<Capability> manager = requireValue(accounts.capabilitiesOf(Role::Manager));
    manager.insert(Capability::TakeUnassigned);
    requireOk(accounts.setCapabilities(Role::Manager, manager));
    const Principal a = requireValue(accounts.signIn(u"olena"_s, kPassword));
    db.setPrincipal(a);
    ClientRepository clients(db);

    CHECK(listed(db, {}) == QSet<qint64>{shop.clientA, shop.clientA2, shop.unassigned});
    CHECK(found(db, u"Нічийний"_s) == QSet<qint64>{shop.unassigned});
    Client nobodys = requireValue(clients.load(shop.unassigned));
    nobodys.comment = u"Called back"_s;
    requireOk(clients.update(nobodys)); // kept unassigned
    nobodys.managerId = shop.aId;
    requireOk(clients.update(nobodys)); // taken
    CHECK(requireValue(clients.load(shop.unassigned)).managerId == shop.aId);
    CHECK(clients.load(shop.clientB).error().kind == ErrorKind::NotFound);
}
