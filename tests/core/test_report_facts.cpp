// The owner's reports read the totals per day that schema 10 keeps as the
// data changes. After thousands of random changes made as the program makes
// them - purchases, calls, deals created, edited, moved, won and lost, stages
// reordered, added and removed, clients reassigned, archived and restored,
// deletions - every figure of every report, for every period and manager,
// equals a recount from the raw rows (Counting::Recounted). A change that some
// write path forgets to count shows here.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Access.h"
#include "accounts/Roles.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "reports/Dashboard.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Averages are sums over counts; kept sums are whole milliseconds, recounted
// ones julianday() differences, so they may differ in the last bits.
void sameDays(double kept, double recounted)
{
    CHECK(kept == Approx(recounted).epsilon(1e-9).margin(1e-7));
}

void sameFunnel(const FunnelReport& k, const FunnelReport& r)
{
    CHECK(k.deals == r.deals);
    CHECK(k.won == r.won);
    CHECK(k.wonMinor == r.wonMinor);
    CHECK(k.lost == r.lost);
    CHECK(k.lostMinor == r.lostMinor);
    CHECK(k.winRate == r.winRate);
    sameDays(k.averageDaysToWin, r.averageDaysToWin);
    REQUIRE(k.stages.size() == r.stages.size());
    for (int i = 0; i < k.stages.size(); ++i) {
        INFO("stage " << i);
        CHECK(k.stages[i].stageId == r.stages[i].stageId);
        CHECK(k.stages[i].reached == r.stages[i].reached);
        CHECK(k.stages[i].now == r.stages[i].now);
        CHECK(k.stages[i].amountNowMinor == r.stages[i].amountNowMinor);
        CHECK(k.stages[i].conversionFromPrevious == r.stages[i].conversionFromPrevious);
        CHECK(k.stages[i].conversionFromFirst == r.stages[i].conversionFromFirst);
        sameDays(k.stages[i].averageDaysInStage, r.stages[i].averageDaysInStage);
    }
    REQUIRE(k.lossReasons.size() == r.lossReasons.size());
    for (int i = 0; i < k.lossReasons.size(); ++i) {
        CHECK(k.lossReasons[i].reasonId == r.lossReasons[i].reasonId);
        CHECK(k.lossReasons[i].count == r.lossReasons[i].count);
        CHECK(k.lossReasons[i].amountMinor == r.lossReasons[i].amountMinor);
    }
}

void sameSales(const SalesReport& k, const SalesReport& r)
{
    CHECK(k.won == r.won);
    CHECK(k.wonMinor == r.wonMinor);
    CHECK(k.averageMinor == r.averageMinor);
    CHECK(k.previousYearWon == r.previousYearWon);
    CHECK(k.previousYearMinor == r.previousYearMinor);
    CHECK(k.purchases == r.purchases);
    CHECK(k.purchasesMinor == r.purchasesMinor);
    REQUIRE(k.rows.size() == r.rows.size());
    for (int i = 0; i < k.rows.size(); ++i) {
        INFO("bucket " << k.rows[i].start.toString(Qt::ISODate).toStdString());
        CHECK(k.rows[i].start == r.rows[i].start);
        CHECK(k.rows[i].won == r.rows[i].won);
        CHECK(k.rows[i].wonMinor == r.rows[i].wonMinor);
        CHECK(k.rows[i].previousYearWon == r.rows[i].previousYearWon);
        CHECK(k.rows[i].previousYearMinor == r.rows[i].previousYearMinor);
        CHECK(k.rows[i].purchases == r.rows[i].purchases);
        CHECK(k.rows[i].purchasesMinor == r.rows[i].purchasesMinor);
    }
}

void sameChannels(const ChannelsReport& k, const ChannelsReport& r)
{
    REQUIRE(k.rows.size() == r.rows.size());
    for (int i = 0; i < k.rows.size(); ++i) {
        INFO("source " << k.rows[i].sourceId);
        CHECK(k.rows[i].sourceId == r.rows[i].sourceId);
        CHECK(k.rows[i].newClients == r.rows[i].newClients);
        CHECK(k.rows[i].deals == r.rows[i].deals);
        CHECK(k.rows[i].won == r.rows[i].won);
        CHECK(k.rows[i].lost == r.rows[i].lost);
        CHECK(k.rows[i].wonMinor == r.rows[i].wonMinor);
        CHECK(k.rows[i].buyingClients == r.rows[i].buyingClients);
        CHECK(k.rows[i].revenueMinor == r.rows[i].revenueMinor);
    }
}

void sameManagers(const ManagersReport& k, const ManagersReport& r)
{
    REQUIRE(k.rows.size() == r.rows.size());
    for (int i = 0; i < k.rows.size(); ++i) {
        INFO("manager " << k.rows[i].managerId);
        CHECK(k.rows[i].managerId == r.rows[i].managerId);
        CHECK(k.rows[i].manager == r.rows[i].manager);
        CHECK(k.rows[i].open == r.rows[i].open);
        CHECK(k.rows[i].openMinor == r.rows[i].openMinor);
        CHECK(k.rows[i].won == r.rows[i].won);
        CHECK(k.rows[i].lost == r.rows[i].lost);
        CHECK(k.rows[i].wonMinor == r.rows[i].wonMinor);
        sameDays(k.rows[i].averageDaysToWin, r.rows[i].averageDaysToWin);
        CHECK(k.rows[i].calls == r.rows[i].calls);
        CHECK(k.rows[i].meetings == r.rows[i].meetings);
        CHECK(k.rows[i].emails == r.rows[i].emails);
    }
}

void sameClients(const ClientsReport& k, const ClientsReport& r)
{
    CHECK(k.buyers == r.buyers);
    CHECK(k.sales == r.sales);
    CHECK(k.revenueMinor == r.revenueMinor);
    sameDays(k.averageDaysBetween, r.averageDaysBetween);
    CHECK(k.topClients == r.topClients);
    CHECK(k.topShare == r.topShare);
    REQUIRE(k.purchaseCounts.size() == r.purchaseCounts.size());
    for (int i = 0; i < k.purchaseCounts.size(); ++i) {
        CHECK(k.purchaseCounts[i].clients == r.purchaseCounts[i].clients);
        CHECK(k.purchaseCounts[i].revenueMinor == r.purchaseCounts[i].revenueMinor);
    }
    REQUIRE(k.cohorts.size() == r.cohorts.size());
    for (int i = 0; i < k.cohorts.size(); ++i) {
        CHECK(k.cohorts[i].quarter == r.cohorts[i].quarter);
        CHECK(k.cohorts[i].clients == r.cohorts[i].clients);
        CHECK(k.cohorts[i].revenueMinor == r.cohorts[i].revenueMinor);
    }
    REQUIRE(k.segments.size() == r.segments.size());
    for (int i = 0; i < k.segments.size(); ++i) {
        CHECK(k.segments[i].clients == r.segments[i].clients);
        CHECK(k.segments[i].revenueMinor == r.segments[i].revenueMinor);
    }
    REQUIRE(k.top.size() == r.top.size());
    for (int i = 0; i < k.top.size(); ++i) {
        CHECK(k.top[i].clientId == r.top[i].clientId);
        CHECK(k.top[i].purchases == r.top[i].purchases);
        CHECK(k.top[i].totalMinor == r.top[i].totalMinor);
        CHECK(k.top[i].segment == r.top[i].segment);
    }
}

// Every report of the dashboard, kept and recounted, for the periods the
// screen offers and a few others, for everyone and for each manager.
void checkEveryReport(Database& db, const QList<qint64>& managers, QRandomGenerator& random,
                      bool everyManager = false)
{
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const QDate somewhere = today.addDays(-qint64(random.bounded(700)));
    const QList<std::pair<QDate, QDate>> periods{
        {month, today},
        {month.addMonths(-1), month.addDays(-1)},
        {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today},
        {QDate(today.year(), 1, 1), today},
        {firstRecordDay(db), today},
        {today.addYears(-4), today.addDays(30)},
        {somewhere, somewhere.addDays(random.bounded(1, 120))}};
    // Every client's span sums (schema 12), not only the spans these periods
    // read, equal their sales grouped again.
    const QString regrouped = u"SELECT span, client_id, count(*), sum(amount), min(at), max(at) "
                              u"FROM client_span_sale_rows GROUP BY span, client_id"_s;
    const QString kept =
        u"SELECT span, client_id, sales, total, first_at, last_at FROM client_span_sales"_s;
    for (const QString& difference :
         QStringList{regrouped + u" EXCEPT "_s + kept, kept + u" EXCEPT "_s + regrouped})
        CHECK(requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM ("_s + difference +
                                                            u") AS difference"_s))
                  .toInt() == 0);
    // Everyone and one manager (another each time) keep it to seconds; the
    // last check takes every manager.
    QList<qint64> who{0};
    if (everyManager)
        who += managers;
    else
        who += managers[random.bounded(int(managers.size()))];
    for (const auto& [from, to] : periods) {
        for (qint64 manager : who) {
            const ReportPeriod period{from, to, 0, manager};
            INFO("period " << from.toString(Qt::ISODate).toStdString() << " – "
                           << to.toString(Qt::ISODate).toStdString() << ", manager " << manager);
            sameFunnel(requireValue(funnelReport(db, period)),
                       requireValue(funnelReport(db, period, Counting::Recounted)));
            const SalesBucket bucket = bucketFor(period);
            sameSales(requireValue(salesReport(db, period, bucket)),
                      requireValue(salesReport(db, period, bucket, Counting::Recounted)));
            sameSales(requireValue(salesReport(db, period, SalesBucket::Day)),
                      requireValue(salesReport(db, period, SalesBucket::Day, Counting::Recounted)));
            // On its own, and from the clients report's buyers as the dashboard does.
            const ChannelsReport channels =
                requireValue(channelsReport(db, period, Counting::Recounted));
            const ClientsReport clients = requireValue(clientsReport(db, period));
            sameChannels(requireValue(channelsReport(db, period)), channels);
            sameChannels(requireValue(channelsReport(db, period, clients.bySource)), channels);
            sameManagers(requireValue(managersReport(db, period)),
                         requireValue(managersReport(db, period, Counting::Recounted)));
            sameClients(clients, requireValue(clientsReport(db, period, Counting::Recounted)));
        }
    }
}

QList<qint64> idsOf(Database& db, const QString& select, const QVariantList& args = {})
{
    QList<qint64> ids;
    for (const QSqlRecord& r : requireValue(sql::rows(db.connection(), select, args)))
        ids.append(r.value(0).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("every report from the kept day totals equals a recount through random changes",
          "[reports][facts]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {150, 17}));
    QRandomGenerator random(1717);
    const QList<qint64> managers = idsOf(*db, u"SELECT id FROM users ORDER BY id"_s);
    REQUIRE(managers.size() >= 2);
    checkEveryReport(*db, managers, random);

    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    DealRepository deals(*db);
    PipelineRepository pipelines(*db);
    const qint64 pipelineId = requireValue(pipelines.pipelineNamed(QString())).id;
    const QList<qint64> sources = [&] {
        QList<qint64> ids{0};
        for (const ListItem& item : requireValue(Lists(*db).items(kSources)))
            ids.append(item.id);
        return ids;
    }();
    const qint64 reason = requireValue(Lists(*db).items(kLossReasons)).first().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto pastMoment = [&] {
        return now.addSecs(-qint64(random.bounded(2 * 365 * 24 * 60)) * 60 - 60);
    };
    auto any = [&](const QList<qint64>& ids) { return ids[random.bounded(int(ids.size()))]; };
    auto clientIds = [&] { return idsOf(*db, u"SELECT id FROM clients ORDER BY id"_s); };
    auto dealIds = [&] { return idsOf(*db, u"SELECT id FROM deals ORDER BY id"_s); };
    const InteractionKind kinds[] = {InteractionKind::Purchase, InteractionKind::Call,
                                     InteractionKind::Meeting, InteractionKind::Email,
                                     InteractionKind::Note};
    int deletedDeals = 0, deletedClients = 0, stageChanges = 0;

    int changes = 0;
    for (int step = 0; step < 2400; ++step) {
        const QList<qint64> everyone = clientIds();
        const qint64 client = any(everyone);
        switch (random.bounded(14)) {
        case 0:
        case 1: { // a purchase, call, meeting, e-mail or note logged
            Interaction e;
            e.clientId = client;
            e.kind = kinds[random.bounded(5)];
            e.occurredAt = pastMoment();
            e.amountMinor = e.kind == InteractionKind::Purchase ? random.bounded(1, 500000) : 0;
            e.text = u"Запис %1"_s.arg(step);
            requireOk(timeline.add(e));
            break;
        }
        case 2: { // an entry changed (kind, day, amount) or removed
            const QList<Interaction> entries = requireValue(timeline.forClient(client));
            if (entries.isEmpty())
                continue;
            Interaction e = entries[random.bounded(int(entries.size()))];
            const int what = random.bounded(4);
            if (what == 0) {
                requireOk(timeline.remove(e));
            } else {
                if (what == 1)
                    e.kind = kinds[random.bounded(5)];
                else if (what == 2)
                    e.occurredAt = pastMoment();
                if (e.kind == InteractionKind::Purchase)
                    e.amountMinor = random.bounded(1, 900000);
                requireOk(timeline.update(e));
            }
            break;
        }
        case 3:
        case 4:
        case 5: { // a deal moved: won, lost or to an open stage
            Deal d = requireValue(deals.load(any(dealIds())));
            const Pipeline p = requireValue(pipelines.pipeline(d.pipelineId));
            const Stage& to = p.stages[random.bounded(int(p.stages.size()))];
            if (to.id == d.stageId)
                continue;
            if (!deals.move(d, to.id, to.kind == StageKind::Lost ? reason : 0).ok())
                continue;
            break;
        }
        case 6: { // a new deal, or a few imported with their past moves
            if (random.bounded(3) == 0) {
                const Pipeline p = requireValue(pipelines.pipeline(pipelineId));
                QList<Deal> imported;
                QList<QList<StageMove>> moves;
                for (int n = 0; n < 3; ++n) {
                    Deal d;
                    d.pipelineId = pipelineId;
                    d.clientId = any(everyone);
                    d.title = u"Імпорт %1.%2"_s.arg(step).arg(n);
                    d.managerId = any(managers);
                    d.amountMinor = random.bounded(100, 900000);
                    d.createdAt = pastMoment();
                    d.stageId = p.stages.first().id;
                    QList<StageMove> path;
                    QDateTime at = d.createdAt;
                    for (int k = 1 + random.bounded(3); k > 0; --k) {
                        at = at.addSecs(random.bounded(1, 20 * 24 * 3600));
                        const Stage& to = p.stages[random.bounded(int(p.stages.size()))];
                        path.append({path.isEmpty() ? d.stageId : path.last().toStageId, to.id, at,
                                     QString()});
                        if (to.kind != StageKind::Open) {
                            d.closedAt = at;
                            d.lossReasonId = to.kind == StageKind::Lost ? reason : 0;
                            break;
                        }
                    }
                    imported.append(d);
                    moves.append(path);
                }
                requireOk(deals.createMany(imported, moves));
                break;
            }
            Deal d;
            d.pipelineId = pipelineId;
            d.clientId = client;
            d.title = u"Угода %1"_s.arg(step);
            d.managerId = any(managers);
            d.sourceId = any(sources);
            d.amountMinor = random.bounded(100, 900000);
            requireOk(deals.create(d));
            break;
        }
        case 7: { // a deal edited: amount, manager, source, client
            Deal d = requireValue(deals.load(any(dealIds())));
            switch (random.bounded(4)) {
            case 0:
                d.amountMinor = random.bounded(100, 900000);
                break;
            case 1:
                d.managerId = random.bounded(5) == 0 ? 0 : any(managers);
                break;
            case 2:
                d.sourceId = any(sources);
                break;
            default:
                d.clientId = client;
            }
            requireOk(deals.update(d));
            break;
        }
        case 8: { // a client reassigned or coming from another source
            Client c = requireValue(clients.load(client));
            if (random.bounded(2) == 0)
                c.managerId = random.bounded(5) == 0 ? 0 : any(managers);
            else
                c.sourceId = any(sources);
            requireOk(clients.update(c));
            break;
        }
        case 9: { // archived or restored
            const Client c = requireValue(clients.load(client));
            requireOk(clients.setArchived(c.id, c.version, !c.archived));
            break;
        }
        case 10: { // a new client
            Client c;
            c.lastName = u"Новенький"_s;
            c.firstName = u"%1"_s.arg(step);
            c.managerId = any(managers);
            c.sourceId = any(sources);
            requireOk(clients.create(c));
            break;
        }
        case 11: { // stages reordered, added, removed
            if (random.bounded(4) != 0)
                continue;
            const Pipeline p = requireValue(pipelines.pipeline(pipelineId));
            QList<Stage> open;
            for (const Stage& s : p.stages)
                if (s.kind == StageKind::Open)
                    open.append(s);
            const int what = random.bounded(3);
            if (what == 0) {
                requireOk(pipelines.moveStage(open[random.bounded(int(open.size()))],
                                              random.bounded(int(open.size()))));
            } else if (what == 1 && open.size() < 7) {
                Stage s;
                s.pipelineId = pipelineId;
                s.name = u"Етап %1"_s.arg(step);
                s.kind = StageKind::Open;
                requireOk(pipelines.addStage(s));
            } else if (!pipelines.removeStage(open[random.bounded(int(open.size()))]).ok()) {
                continue; // it holds deals, or is the last open one
            }
            ++stageChanges;
            break;
        }
        case 12: { // a deal or a move of its history deleted (no screen deletes one
                   // yet; whatever code does must keep the totals)
            if (random.bounded(4) != 0)
                continue;
            if (random.bounded(2) == 0)
                requireOk(sql::exec(db->connection(), u"DELETE FROM deals WHERE id = ?"_s,
                                    {any(dealIds())}));
            else // one move of its history
                requireOk(sql::exec(db->connection(),
                                    u"DELETE FROM deal_stage_history WHERE id = (SELECT id FROM "
                                    u"deal_stage_history WHERE deal_id = ? ORDER BY at LIMIT 1)"_s,
                                    {any(dealIds())}));
            ++deletedDeals;
            break;
        }
        default: { // a client without deals deleted, with their timeline
            const QList<qint64> alone =
                idsOf(*db, u"SELECT id FROM clients WHERE id NOT IN (SELECT client_id FROM "
                           u"deals) AND id NOT IN (SELECT company_id FROM clients WHERE "
                           u"company_id IS NOT NULL)"_s);
            if (alone.isEmpty() || random.bounded(3) != 0)
                continue;
            const qint64 gone = any(alone);
            // The search rows are keyed by the client's rank in name order.
            for (const QString& statement :
                 {u"DELETE FROM client_words WHERE rowid = (SELECT rank FROM client_search_order "
                  u"WHERE client_id = ?)"_s,
                  u"DELETE FROM client_grams WHERE rowid = (SELECT rank FROM client_search_order "
                  u"WHERE client_id = ?)"_s,
                  u"DELETE FROM clients WHERE id = ?"_s})
                requireOk(sql::exec(db->connection(), statement, {gone}));
            ++deletedClients;
            break;
        }
        }
        ++changes;
        if (step % 800 == 799)
            checkEveryReport(*db, managers, random);
    }
    CHECK(changes > 1500);
    CHECK(stageChanges > 5);
    CHECK(deletedDeals > 5);
    CHECK(deletedClients > 0);
    checkEveryReport(*db, managers, random, true);

    // A manager's dashboard holds their own deals and clients only, whatever
    // manager they ask for: the same as the owner's with them chosen.
    const qint64 olena = managers[1];
    Principal manager;
    manager.accountId = olena;
    manager.role = Role::Manager;
    manager.capabilities = defaultCapabilities(Role::Manager);
    REQUIRE_FALSE(manager.can(Capability::AllReports));
    const QDate today = QDate::currentDate();
    const ReportPeriod year{QDate(today.year(), 1, 1).addYears(-1), today};
    ReportPeriod chosen = year;
    chosen.managerId = olena;
    const Dashboard owners = requireValue(loadDashboard(*db, chosen, SalesBucket::Month));
    // The dashboard counts on two connections, the clients and channels
    // reports from one read of the buyers: the same figures as each alone.
    sameClients(owners.clients, requireValue(clientsReport(*db, chosen)));
    sameChannels(owners.channels, requireValue(channelsReport(*db, chosen)));
    db->setPrincipal(manager);
    const Dashboard theirs = requireValue(loadDashboard(*db, year, SalesBucket::Month));
    sameFunnel(theirs.funnel, owners.funnel);
    sameSales(theirs.sales, owners.sales);
    sameChannels(theirs.channels, owners.channels);
    sameManagers(theirs.managers, owners.managers);
    sameClients(theirs.clients, owners.clients);
    REQUIRE(theirs.managers.rows.size() == 1);
    CHECK(theirs.managers.rows.first().managerId == olena);
    CHECK(theirs.funnel.deals > 0);
    ReportPeriod someoneElse = year;
    someoneElse.managerId = managers[0];
    sameFunnel(requireValue(funnelReport(*db, someoneElse)), owners.funnel);
    sameFunnel(requireValue(funnelReport(*db, someoneElse, Counting::Recounted)), owners.funnel);
}

TEST_CASE("every report from the kept day totals equals a recount, on a file and on a server",
          "[reports][facts]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireValue(generateDemo(*db, {150, 17}));
    QRandomGenerator random(1717);
    const QList<qint64> managers = idsOf(*db, u"SELECT id FROM users ORDER BY id"_s);
    REQUIRE(managers.size() >= 2);
    checkEveryReport(*db, managers, random);
}

TEST_CASE("a schema 9 database gets its report totals from the raw rows on upgrade",
          "[reports][facts][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QList<Migration> nine = builtinMigrations().mid(0, 9);
    REQUIRE(nine.last().version == 9);
    {
        auto old = openTestDatabase(path, ModeChoice::Local, nine);
        requireValue(generateDemo(*old, {120, 5}));
    }
    auto db = openTestDatabase(path);
    CHECK(requireValue(db->schemaVersion()) >= 10);
    for (const QString& table : {u"report_deal_days"_s, u"report_won_days"_s, u"report_stay_days"_s,
                                 u"report_timeline_days"_s, u"report_client_days"_s})
        CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM "_s + table))
                  .toInt() > 0);
    QRandomGenerator random(9);
    checkEveryReport(*db, idsOf(*db, u"SELECT id FROM users ORDER BY id"_s), random, true);
}
