#include "Catch.h"
#include "ReportShop.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "reports/CallList.h"
#include "reports/ChannelsReport.h"
#include "reports/ClientsReport.h"
#include "reports/DealsBehind.h"
#include "reports/FunnelReport.h"
#include "reports/ManagersReport.h"
#include "reports/ReportTable.h"
#include "reports/ReportTables.h"
#include "reports/SalesReport.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

namespace {

// The funnel fixture: five November deals whose histories are known by hand
// (one skips stage 2, two are lost from the first and second stage) and one
// October deal outside the period.
struct FunnelShop
{
    explicit FunnelShop(Database& db) : db(db)
    {
        client.lastName = u"Звіт"_s;
        // As a batch: the fixture also fills databases of older schemas,
        // which know no automation rules for a single new client to meet.
        QList<Client> one{client};
        requireOk(ClientRepository(db).createMany(one));
        client = one.first();
        pipeline = requireValue(PipelineRepository(db).pipelineNamed(QString()));
        s1 = stage(u"Request received");
        s2 = stage(u"Negotiations held");
        s3 = stage(u"Invoice issued");
        won = stage(u"Won");
        lost = stage(u"Lost");
        expensive = requireValue(Lists(db).idOf(kLossReasons, u"Too expensive"_s));
    }

    qint64 stage(const char16_t* name) const
    {
        return pipeline.stageNamed(QString::fromUtf16(name))->id;
    }

    struct Plan
    {
        Deal deal;
        QList<StageMove> moves;
    };

    QList<Plan> plans() const
    {
        QList<Plan> all;
        auto deal = [&](const QString& title, qint64 amount, const QDateTime& created,
                        const QList<StageMove>& steps, qint64 reason = 0) {
            Deal d;
            d.clientId = client.id;
            d.title = title;
            d.amountMinor = amount;
            d.stageId = s1;
            d.createdAt = created;
            d.lossReasonId = reason;
            if (!steps.isEmpty() && steps.last().toStageId == won)
                d.closedAt = steps.last().at;
            all.append({d, steps});
        };
        deal(u"D1"_s, 10000, at(11, 2), {{0, s2, at(11, 4), {}}, {0, s3, at(11, 7), {}}});
        deal(u"D2"_s, 20000, at(11, 3), {{0, s3, at(11, 5), {}}, {0, won, at(11, 10), {}}});
        deal(u"D3"_s, 5000, at(11, 5), {{0, lost, at(11, 6), {}}}, expensive);
        deal(u"D4"_s, 7000, at(11, 6), {{0, s2, at(11, 8), {}}, {0, lost, at(11, 9), {}}},
             expensive);
        deal(u"outside the period"_s, 99900, at(10, 20), {{0, won, at(10, 25), {}}});
        deal(u"D6"_s, 1000, at(11, 30, 12), {});
        return all;
    }

    // All at once, as an import or the demo writes them.
    void createAtOnce()
    {
        QList<Deal> deals;
        QList<QList<StageMove>> moves;
        for (const Plan& plan : plans()) {
            deals.append(plan.deal);
            moves.append(plan.moves);
        }
        requireOk(DealRepository(db).createMany(deals, moves));
    }

    // One by one, as people create and move deals on the board.
    void createOneByOne()
    {
        DealRepository repository(db);
        for (Plan plan : plans()) {
            plan.deal.closedAt = {};
            plan.deal.lossReasonId = 0;
            requireOk(repository.create(plan.deal));
            for (const StageMove& move : plan.moves)
                requireOk(repository.move(plan.deal, move.toStageId,
                                          move.toStageId == lost ? expensive : 0, move.at));
        }
    }

    FunnelReport november() const
    {
        return requireValue(funnelReport(db, {QDate(2026, 11, 1), QDate(2026, 11, 30)}));
    }

    Database& db;
    Client client;
    Pipeline pipeline;
    qint64 s1 = 0, s2 = 0, s3 = 0, won = 0, lost = 0, expensive = 0;
};

QList<int> reachedOf(const FunnelReport& r)
{
    QList<int> reached;
    for (const FunnelStage& s : r.stages)
        reached.append(s.reached);
    return reached;
}

void checkNovemberFunnel(const FunnelShop& shop)
{
    const FunnelReport r = shop.november();
    CHECK(r.deals == 5);
    REQUIRE(r.stages.size() == 5);
    CHECK(reachedOf(r) == QList<int>{5, 3, 2, 1, 1}); // D2 skipped stage 2 and counts there
    CHECK(r.stages[0].now == 1);
    CHECK(r.stages[0].amountNowMinor == 1000);
    CHECK(r.stages[2].now == 1);
    CHECK(r.stages[2].amountNowMinor == 10000);
    CHECK(r.stages[1].conversionFromPrevious == Approx(0.6));
    CHECK(r.stages[2].conversionFromPrevious == Approx(2.0 / 3.0));
    CHECK(r.stages[4].conversionFromFirst == Approx(0.2));
    CHECK(r.won == 1);
    CHECK(r.wonMinor == 20000);
    CHECK(r.lost == 2);
    CHECK(r.lostMinor == 12000);
    CHECK(r.winRate == Approx(1.0 / 3.0));
    CHECK(r.averageDaysToWin == Approx(7.0));
    REQUIRE(r.lossReasons.size() == 1);
    CHECK(r.lossReasons.first().name == u"Too expensive"_s);
    CHECK(r.lossReasons.first().reasonId == shop.expensive);
    CHECK(r.lossReasons.first().count == 2);
    CHECK(r.lossReasons.first().amountMinor == 12000);
    CHECK(r.stages[0].averageDaysInStage == Approx(1.75));
    CHECK(r.stages[1].averageDaysInStage == Approx(2.0));
    CHECK(r.stages[2].averageDaysInStage == Approx(5.0));
}

} // namespace

TEST_CASE("the funnel counts reached stages, skips, losses and time as computed by hand",
          "[reports][funnel]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    FunnelShop shop(*db);
    shop.createAtOnce();
    checkNovemberFunnel(shop);

    // An empty period is all zeros, not an error.
    const FunnelReport empty =
        requireValue(funnelReport(*db, {QDate(2025, 1, 1), QDate(2025, 1, 31)}));
    CHECK(empty.deals == 0);
    CHECK(empty.winRate == 0);
    CHECK(empty.stages[1].conversionFromPrevious == 0);
}

TEST_CASE("the funnel is the same for deals moved one by one, and follows reordered and "
          "removed stages",
          "[reports][funnel]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    FunnelShop shop(*db);
    shop.createOneByOne();
    checkNovemberFunnel(shop);

    // "Invoice issued" first: D1 (been in all three) now reached up to
    // "Negotiations held", which became the third stage.
    PipelineRepository pipelines(*db);
    requireOk(pipelines.moveStage(*shop.pipeline.stageWithId(shop.s3), 0));
    FunnelReport r = shop.november();
    REQUIRE(r.stages.size() == 5);
    CHECK(r.stages[0].stageId == shop.s3);
    CHECK(reachedOf(r) == QList<int>{5, 5, 3, 1, 1});

    // Without "Negotiations held", D1 and D4 reached "Request received" last.
    const Pipeline reordered = requireValue(pipelines.pipeline(shop.pipeline.id));
    requireOk(pipelines.removeStage(*reordered.stageWithId(shop.s2)));
    r = shop.november();
    CHECK(reachedOf(r) == QList<int>{5, 5, 1, 1});
    CHECK(r.stages[0].averageDaysInStage == Approx(5.0));

    // A second won stage is as won as the first: D6 passed every stage too,
    // and the deals behind "won" are in either.
    Stage paidInPart;
    paidInPart.pipelineId = shop.pipeline.id;
    paidInPart.name = u"Оплачено частково"_s;
    paidInPart.kind = StageKind::Won;
    requireOk(pipelines.addStage(paidInPart));
    DealRepository deals(*db);
    Deal d6 = requireValue(deals.load(
        requireValue(sql::scalar(db->connection(), u"SELECT id FROM deals WHERE title = 'D6'"_s))
            .toLongLong()));
    requireOk(deals.move(d6, paidInPart.id, 0, at(12, 1)));
    r = shop.november();
    CHECK(r.won == 2);
    CHECK(r.wonMinor == 21000);
    CHECK(reachedOf(r) == QList<int>{5, 5, 2, 2});
    DealSlice won{{QDate(2026, 11, 1), QDate(2026, 11, 30)}};
    won.kind = StageKind::Won;
    CHECK(requireValue(dealsBehind(*db, won)).size() == 2);
}

TEST_CASE("a schema 5 database gets its funnel facts from the stage history on upgrade",
          "[reports][funnel][migrations]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    {
        auto db = openTestDatabase(path, ModeChoice::Local, builtinMigrations().mid(0, 7));
        FunnelShop shop(*db);
        shop.createAtOnce();
        // Back to schema 5 as a file of the previous release has it.
        for (const QString& statement :
             {u"DROP INDEX deals_report"_s, u"DROP INDEX deal_stage_history_deal"_s,
              u"ALTER TABLE deals DROP COLUMN furthest_stage_id"_s,
              u"ALTER TABLE deal_stage_history DROP COLUMN days_in_stage"_s,
              u"CREATE INDEX deals_pipeline_created ON deals (pipeline_id, created_at)"_s,
              u"CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, at)"_s,
              u"DROP INDEX interactions_work"_s,
              u"CREATE INDEX interactions_days ON interactions (occurred_at, kind, client_id)"_s,
              u"ALTER TABLE sessions DROP COLUMN mode"_s, u"PRAGMA user_version = 5"_s})
            requireOk(sql::exec(db->connection(), statement));
    }
    auto db = openTestDatabase(path);
    CHECK(requireValue(db->schemaVersion()) == latestSchemaVersion());
    checkNovemberFunnel(FunnelShop(*db));
}

TEST_CASE("a logged purchase with no deals shows in the sales report, its table and its export",
          "[reports][sales]")
{
    // A new owner logged a purchase and the sales report said "Won 0,00": a
    // purchase is a sale without a deal, shown beside the won deals.
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client c;
    c.lastName = u"Покупець"_s;
    requireOk(ClientRepository(*db).create(c));
    for (const auto& [day, amount] : {std::pair{QDate(2026, 11, 3), qint64(226300)},
                                      std::pair{QDate(2026, 11, 20), qint64(1000)},
                                      std::pair{QDate(2026, 10, 31), qint64(777)}}) {
        Interaction purchase;
        purchase.clientId = c.id;
        purchase.kind = InteractionKind::Purchase;
        purchase.occurredAt = QDateTime(day, QTime(12, 0)); // the shop's local noon
        purchase.amountMinor = amount;
        purchase.currency = u"UAH"_s;
        requireOk(InteractionRepository(*db).add(purchase));
    }
    const SalesReport report = requireValue(
        salesReport(*db, {QDate(2026, 11, 1), QDate(2026, 11, 30)}, SalesBucket::Week));
    CHECK(report.won == 0);
    CHECK(report.wonMinor == 0);
    CHECK(report.purchases == 2); // 31 October is outside the period
    CHECK(report.purchasesMinor == 227300);
    qint64 rowsMinor = 0;
    int rowsCount = 0;
    for (const SalesRow& r : report.rows) {
        rowsMinor += r.purchasesMinor;
        rowsCount += r.purchases;
        CHECK(r.wonMinor == 0);
    }
    CHECK(rowsMinor == 227300);
    CHECK(rowsCount == 2);
    CHECK(report.rows[0].start == QDate(2026, 10, 26)); // the week of 1 November
    CHECK(report.rows[1].purchasesMinor == 226300);     // 3 November

    // The table the screen shows and the exports write carries the same figures.
    const ReportTable table = salesTable(report, SalesBucket::Week,
                                         ReportPeriod{QDate(2026, 11, 1), QDate(2026, 11, 30)});
    REQUIRE(table.rows.size() == report.rows.size());
    const qsizetype count = table.columns.size() - 2, amount = table.columns.size() - 1;
    CHECK(table.columns[count].kind == CellKind::Count);
    CHECK(table.columns[amount].kind == CellKind::Money);
    for (int i = 0; i < table.rows.size(); ++i) {
        CHECK(table.rows[i][count].toInt() == report.rows[i].purchases);
        CHECK(table.rows[i][amount].toLongLong() == report.rows[i].purchasesMinor);
    }
    const QString csv = QString::fromUtf8(csvOf(table, {u';', u','}));
    CHECK(csv.contains(u";1;2263,00\r\n"_s)); // the week of 3 November, as the last two cells
}

TEST_CASE("sales by month beside the previous year, across a leap day", "[reports][sales]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client c;
    c.lastName = u"Продаж"_s;
    requireOk(ClientRepository(*db).create(c));
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const qint64 won = p.stageNamed(u"Won"_s)->id;
    const qint64 lost = p.stageNamed(u"Lost"_s)->id;
    QList<Deal> deals;
    QList<QList<StageMove>> moves;
    auto sale = [&](const QDate& day, qint64 amount, bool isWon = true) {
        Deal d;
        d.clientId = c.id;
        d.title = u"Sale %1"_s.arg(day.toString(Qt::ISODate));
        d.amountMinor = amount;
        d.stageId = p.firstOpenStage()->id;
        d.createdAt = QDateTime(day.addDays(-10), QTime(12, 0), Qt::UTC);
        const QDateTime closed(day, QTime(12, 0), Qt::UTC);
        if (isWon)
            d.closedAt = closed;
        else
            d.lossReasonId = requireValue(Lists(*db).idOf(kLossReasons, u"Too expensive"_s));
        deals.append(d);
        moves.append({{0, isWon ? won : lost, closed, {}}});
    };
    sale(QDate(2024, 2, 10), 10000);
    sale(QDate(2024, 2, 29), 30000);
    sale(QDate(2024, 3, 5), 20000);
    sale(QDate(2024, 3, 6), 99900, false); // lost: no sale
    sale(QDate(2023, 2, 28), 5000);
    sale(QDate(2023, 3, 31), 7000);
    sale(QDate(2023, 1, 31), 1100);
    sale(QDate(2027, 2, 28), 4400);
    requireOk(DealRepository(*db).createMany(deals, moves));

    const SalesReport months =
        requireValue(salesReport(*db, {QDate(2024, 2, 1), QDate(2024, 3, 31)}, SalesBucket::Month));
    REQUIRE(months.rows.size() == 2);
    CHECK(months.rows[0].start == QDate(2024, 2, 1));
    CHECK(months.rows[0].won == 2);
    CHECK(months.rows[0].wonMinor == 40000);
    CHECK(months.rows[0].averageMinor == 20000);
    CHECK(months.rows[0].previousYearWon == 1);
    CHECK(months.rows[0].previousYearMinor == 5000);
    CHECK(months.rows[1].wonMinor == 20000);
    CHECK(months.rows[1].previousYearMinor == 7000);
    CHECK(months.won == 3);
    CHECK(months.averageMinor == 20000);

    // 29 February 2024 a year later is 28 February 2025.
    const SalesReport days =
        requireValue(salesReport(*db, {QDate(2025, 2, 27), QDate(2025, 2, 28)}, SalesBucket::Day));
    REQUIRE(days.rows.size() == 2);
    CHECK(days.rows[1].previousYearMinor == 30000);
    CHECK(days.won == 0);

    // The year before is core's (reports/ReportRange.h): a period from 29
    // February compares March only, not 28 February a year before; one ending
    // on a leap year's 28 February takes in the 28th a year before.
    const SalesReport fromLeapDay = requireValue(
        salesReport(*db, {QDate(2024, 2, 29), QDate(2024, 3, 31)}, SalesBucket::Month));
    CHECK(fromLeapDay.previousYearMinor == 7000);
    const SalesReport toThe28th =
        requireValue(salesReport(*db, {QDate(2028, 2, 1), QDate(2028, 2, 28)}, SalesBucket::Month));
    CHECK(toThe28th.previousYearMinor == 4400);

    CHECK(bucketStart(QDate(2024, 2, 29), SalesBucket::Week) == QDate(2024, 2, 26));
    CHECK(bucketStart(QDate(2024, 11, 22), SalesBucket::Quarter) == QDate(2024, 10, 1));
    const SalesReport quarters = requireValue(
        salesReport(*db, {QDate(2024, 1, 1), QDate(2024, 12, 31)}, SalesBucket::Quarter));
    CHECK(quarters.rows.size() == 4);
    CHECK(quarters.rows[0].won == 3);
    CHECK(quarters.rows[0].previousYearWon == 3);
    CHECK(quarters.rows[3].won == 0); // empty quarters are there, as zeros
}

namespace {

const ReportPeriod kYear2026{QDate(2026, 1, 1), QDate(2026, 12, 31)};

} // namespace

TEST_CASE("client analytics: value, gaps, top share, purchase counts, cohorts and RFM",
          "[reports][clients]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    const ClientsReport r = requireValue(clientsReport(*shop.db, kYear2026));
    // 2026 sales: A 100 + 200 + won deal 300 = 600 (3); B 50 (1); C 1000 + 1000 (2);
    // D 8 × 10 (8); E 400 (1; its 2025 purchase is outside). F and G bought in 2025.
    CHECK(r.buyers == 5);
    CHECK(r.sales == 15);
    CHECK(r.revenueMinor == 3130);
    CHECK(r.averageCheckMinor == 208);                              // 3130 / 15
    CHECK(r.averageValueMinor == 626);                              // 3130 / 5
    CHECK(r.averageDaysBetween == Approx((60.0 + 10.0 + 1.0) / 3)); // A 120/2, C 10, D 7/7
    CHECK(r.topClients == 1);
    CHECK(r.topShare == Approx(2000.0 / 3130.0)); // C alone

    QList<int> counts;
    for (const PurchaseCountRow& row : r.purchaseCounts)
        counts.append(row.clients);
    CHECK(counts == QList<int>{2, 1, 1, 0, 1}); // B E | C | A | - | D
    CHECK(r.purchaseCounts[0].revenueMinor == 450);
    CHECK(r.purchaseCounts[4].label == u"8+"_s);

    REQUIRE(r.cohorts.size() == 3); // Q1: A, C; Q2: D; Q4: E, B
    CHECK(r.cohorts[0].quarter == QDate(2026, 1, 1));
    CHECK(r.cohorts[0].clients == 2);
    CHECK(r.cohorts[0].averageValueMinor == 1300);
    CHECK(r.cohorts[1].quarter == QDate(2026, 4, 1));
    CHECK(r.cohorts[1].revenueMinor == 80);
    CHECK(r.cohorts[2].quarter == QDate(2026, 10, 1));
    CHECK(r.cohorts[2].averageValueMinor == 225);

    // R by last purchase: C 1, A 2, D 3, E 4, B 5. F by count: B and E 1 (tied),
    // C 3, A 4, D 5. M by money: B 1, D 2, E 3, A 4, C 5. FM = (F + M + 1) / 2.
    QHash<QString, int> segments;
    for (const SegmentRow& row : r.segments)
        segments.insert(row.key, row.clients);
    CHECK(segments.value(u"new"_s) == 2);     // B (R5 FM1), E (R4 FM2)
    CHECK(segments.value(u"at_risk"_s) == 2); // A (R2 FM4), C (R1 FM4)
    CHECK(segments.value(u"loyal"_s) == 1);   // D (R3 FM4)
    CHECK(segments.value(u"champions"_s) == 0);
    CHECK(r.segments.size() == rfmSegments().size());

    REQUIRE(r.top.size() == 5);
    CHECK(r.top[0].clientId == shop.c);
    CHECK(r.top[0].daysBetween == Approx(10));
    CHECK(r.top[0].recency == 1);
    CHECK(r.top[0].frequency == 3);
    CHECK(r.top[0].monetary == 5);
    CHECK(r.top[1].clientId == shop.a);
    CHECK(r.top[1].lastPurchase == QDate(2026, 5, 10));
    CHECK(r.top[1].averageCheckMinor == 200);

    const QList<ClientValue> atRisk =
        requireValue(clientValues(*shop.db, kYear2026, {u"at_risk"_s}));
    REQUIRE(atRisk.size() == 2);
    CHECK(atRisk[0].clientId == shop.c);
    const QList<ClientValue> once = requireValue(clientValues(*shop.db, kYear2026, {{}, 1, 1}));
    CHECK(once.size() == 2);

    // One manager: only Bob's clients C and E.
    ReportPeriod bobs = kYear2026;
    bobs.managerId = shop.bob;
    CHECK(requireValue(clientsReport(*shop.db, bobs)).revenueMinor == 2400);

    // An empty period is zeros, with every row present.
    const ClientsReport empty =
        requireValue(clientsReport(*shop.db, {QDate(2024, 1, 1), QDate(2024, 12, 31)}));
    CHECK(empty.buyers == 0);
    CHECK(empty.topShare == 0);
    CHECK(empty.purchaseCounts.size() == 5);
    CHECK(empty.cohorts.isEmpty());
}

TEST_CASE("channels: new clients, deals by source and value per buying client",
          "[reports][channels]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    const ChannelsReport r = requireValue(channelsReport(*shop.db, kYear2026));
    // Revenue of 2026 by the client's source: Referral C 2000 + E 400, Website
    // A 600 + B 50, none D 80.
    REQUIRE(r.rows.size() == 3);
    const ChannelRow& referral = r.rows[0];
    CHECK(referral.sourceId == shop.referral);
    CHECK(referral.newClients == 0); // C and E came in 2025
    CHECK(referral.deals == 2);      // A's lost deal (its own source), C's open one
    CHECK(referral.won == 0);
    CHECK(referral.lost == 1);
    CHECK(referral.winRate == 0);
    CHECK(referral.buyingClients == 2);
    CHECK(referral.revenueMinor == 2400);
    CHECK(referral.revenuePerClientMinor == 1200);
    const ChannelRow& website = r.rows[1];
    CHECK(website.sourceId == shop.website);
    CHECK(website.newClients == 2); // A, B
    CHECK(website.deals == 1);      // A's won deal, by the client's source
    CHECK(website.winRate == 1);
    CHECK(website.wonMinor == 300);
    CHECK(website.averageCheckMinor == 300);
    CHECK(website.revenuePerClientMinor == 325);
    const ChannelRow& none = r.rows[2];
    CHECK(none.sourceId == 0);
    CHECK(none.newClients == 1); // D
    CHECK(none.revenueMinor == 80);
}

TEST_CASE("managers: their deals, win rate, days to win and logged work", "[reports][managers]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    const ManagersReport r = requireValue(managersReport(*shop.db, kYear2026));
    QHash<qint64, ManagerRow> rows;
    for (const ManagerRow& m : r.rows)
        rows.insert(m.managerId, m);
    REQUIRE(rows.size() == 3);
    CHECK(r.rows.first().managerId == shop.olena); // the most won first
    const ManagerRow olena = rows.value(shop.olena);
    CHECK(olena.won == 1);
    CHECK(olena.wonMinor == 300);
    CHECK(olena.winRate == 1);
    CHECK(olena.averageDaysToWin == Approx(30));
    CHECK(olena.calls == 2); // on A; B's call was in 2025
    CHECK(olena.meetings == 1);
    CHECK(olena.emails == 0);
    const ManagerRow bob = rows.value(shop.bob);
    CHECK(bob.open == 1);
    CHECK(bob.openMinor == 900);
    CHECK(bob.lost == 1);
    CHECK(bob.winRate == 0);
    CHECK(bob.emails == 1);          // on C
    CHECK(rows.value(0).calls == 1); // D has no manager
}

TEST_CASE("drifting clients and upcoming birthdays", "[reports][drifting]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    // As of 31 December 2026, over all time: A bought every 60 days, last on
    // 10 May; C every 10 days, last 11 February; D daily, last 8 June; F once,
    // on 1 August 2025. B (once, 1 December) is recent; E's gap is 334 days and
    // 91 have passed; G is archived.
    const QList<DriftingClient> list =
        requireValue(driftingClients(*shop.db, {QDate(2026, 12, 31)}));
    QList<qint64> ids;
    for (const DriftingClient& d : list)
        ids.append(d.clientId);
    CHECK(ids == QList<qint64>{shop.c, shop.a, shop.d, shop.f}); // by what they spent
    CHECK(list[1].usualGapDays == Approx(60));
    CHECK(list[1].purchases == 3);
    CHECK(list[1].lastPurchase == QDate(2026, 5, 10));
    CHECK(list[0].manager == u"Bob Stone"_s);

    DriftOptions olenas{QDate(2026, 12, 31), shop.olena};
    CHECK(requireValue(driftingClients(*shop.db, olenas)).size() == 2); // A, F

    // Birthdays: 29 February is kept on the 28th in a common year.
    ClientRepository clients(*shop.db);
    Client leap = requireValue(clients.load(shop.a));
    leap.birthday = QDate(1988, 2, 29);
    requireOk(clients.update(leap));
    Client soon = requireValue(clients.load(shop.b));
    soon.birthday = QDate(1990, 3, 2);
    requireOk(clients.update(soon));
    const QList<UpcomingBirthday> days =
        requireValue(upcomingBirthdays(*shop.db, QDate(2027, 2, 25), 7));
    REQUIRE(days.size() == 2);
    CHECK(days[0].clientId == shop.a);
    CHECK(days[0].next == QDate(2027, 2, 28));
    CHECK(days[0].turns == 39);
    CHECK(days[1].next == QDate(2027, 3, 2));
    // A year ahead crosses into the leap year 2028: the 29th itself.
    const QList<UpcomingBirthday> year =
        requireValue(upcomingBirthdays(*shop.db, QDate(2027, 3, 3), 366));
    REQUIRE(year.size() == 2);
    CHECK(year[0].next == QDate(2028, 2, 29));
    CHECK(year[1].next == QDate(2028, 3, 2));
}

TEST_CASE("CSV for Excel: byte-order mark, the locale's separator, quoting, numbers as numbers",
          "[reports][export]")
{
    ReportTable t{u"Канали"_s,
                  u"UAH"_s,
                  {{u"Джерело"_s, CellKind::Text},
                   {u"Угоди"_s, CellKind::Count},
                   {u"Виграно"_s, CellKind::Money},
                   {u"Конверсія"_s, CellKind::Percent},
                   {u"Дата"_s, CellKind::Date}},
                  {{u"Сайт; реклама"_s, 12, qint64(123456), 0.25, QDate(2024, 2, 29)},
                   {u"Лист \"друзів\""_s, 0, qint64(5), QVariant(), QDate()}}};
    const QByteArray semicolons = csvOf(t, {u';', u','});
    CHECK(semicolons.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(semicolons.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    // The currency as the language writes it ("₴", "грн"), never the ISO code.
    CHECK(lines[0] ==
          u"Джерело;Угоди;Виграно (%1);Конверсія (%);Дата"_s.arg(currencySign(u"UAH"_s)));
    {
        LanguageGuard ukrainian(Language::Ukrainian);
        CHECK(QString::fromUtf8(csvOf(t, {u';', u','})).contains(u"Виграно (грн);"_s));
    }
    CHECK(lines[1] == u"\"Сайт; реклама\";12;1234,56;25,0;2024-02-29"_s);
    CHECK(lines[2] == u"\"Лист \"\"друзів\"\"\";0;0,05;;"_s);
    const QString commas = QString::fromUtf8(csvOf(t, {u',', u'.'}).mid(3));
    CHECK(commas.contains(u"Сайт; реклама,12,1234.56,25.0,2024-02-29"_s));
    CHECK(commas.contains(u"\"Лист \"\"друзів\"\"\",0,0.05,,"_s));
}

namespace {

// A client who bought `times` times for `amount` each, the last `daysAgo` days ago.
qint64 buyer(Database& db, const QString& name, int daysAgo, int times = 1, qint64 amount = 1000)
{
    // One instant for every buyer, so that "today" ties.
    static const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    Client c;
    c.lastName = name;
    requireOk(ClientRepository(db).create(c));
    for (int i = 0; i < times; ++i) {
        Interaction purchase;
        purchase.clientId = c.id;
        purchase.kind = InteractionKind::Purchase;
        purchase.occurredAt = now.addDays(-daysAgo - 20 * i);
        purchase.amountMinor = amount;
        purchase.currency = u"UAH"_s;
        requireOk(InteractionRepository(db).add(purchase));
    }
    return c.id;
}

QHash<qint64, QString> segmentOf(const ClientsReport& r)
{
    QHash<qint64, QString> segments;
    for (const ClientValue& v : r.top)
        segments.insert(v.clientId, v.segment);
    return segments;
}

const ReportPeriod kThisYearToDate{QDate::currentDate().addDays(-364), QDate::currentDate()};

} // namespace

TEST_CASE("RFM in a tiny base: a buyer from today is never lost, ties are the middle",
          "[reports][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);

    // One buyer, today, once: new, and the summary has no gap and no top 20 %.
    const qint64 first = buyer(*db, u"Перший"_s, 0);
    ClientsReport r = requireValue(clientsReport(*db, kThisYearToDate));
    CHECK(r.buyers == 1);
    CHECK(segmentOf(r).value(first) == u"new"_s);
    CHECK_FALSE(r.saysDaysBetween());
    CHECK_FALSE(r.saysTopShare());
    // A period that ends later than today measures from today.
    r = requireValue(
        clientsReport(*db, {QDate::currentDate().addDays(-30), QDate::currentDate().addDays(40)}));
    CHECK(segmentOf(r).value(first) == u"new"_s);

    // Two buyers: today's regular is kept, last year's single buyer is not.
    const qint64 regular = buyer(*db, u"Постійний"_s, 0, 3, 5000);
    const qint64 old = buyer(*db, u"Давній"_s, 300, 1, 500);
    r = requireValue(clientsReport(*db, kThisYearToDate));
    CHECK(segmentOf(r).value(regular) == u"champions"_s);
    CHECK(segmentOf(r).value(old) == u"lost"_s);
    CHECK(segmentOf(r).value(first) == u"new"_s); // today, once: still not lost
    CHECK(r.saysDaysBetween());
    CHECK(r.daysBetweenSaid() == 20);
    CHECK_FALSE(r.saysTopShare());

    // Five buyers tied on everything, all today: every one of them is new.
    TempDir dir2;
    auto tied = openTestDatabase(dir2.path(u"shop.sqlite"_s));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << buyer(*tied, u"Клієнт %1"_s.arg(i), 0);
    r = requireValue(clientsReport(*tied, kThisYearToDate));
    CHECK(r.saysTopShare());
    for (qint64 id : ids) {
        CHECK(segmentOf(r).value(id) == u"new"_s);
        CHECK(r.top.size() == 5);
    }
    for (const ClientValue& v : r.top) {
        CHECK(v.monetary == 3);  // tied: the middle, not the bottom
        CHECK(v.frequency == 1); // one purchase is never frequent
    }
    // The same five, tied, having bought twice more than a year ago: "at
    // risk" (in the middle on F and M, not the bottom of a ranking nobody is
    // below), never "loyal" for a year's silence.
    TempDir dir3;
    auto tiedOld = openTestDatabase(dir3.path(u"shop.sqlite"_s));
    for (int i = 0; i < 5; ++i)
        buyer(*tiedOld, u"Клієнт %1"_s.arg(i), 400, 2);
    r = requireValue(
        clientsReport(*tiedOld, {QDate::currentDate().addYears(-2), QDate::currentDate()}));
    REQUIRE(r.top.size() == 5);
    for (const ClientValue& v : r.top) {
        CHECK(v.recency == 2);
        CHECK(v.frequency == 3);
        CHECK(v.segment == u"at_risk"_s);
    }
}
