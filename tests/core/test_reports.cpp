#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "reports/FunnelReport.h"
#include "reports/SalesReport.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("the funnel counts reached stages, skips, losses and time as computed by hand",
          "[reports][funnel]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Client c;
    c.lastName = u"Звіт"_s;
    requireOk(ClientRepository(*db).create(c));
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    auto stage = [&](const char16_t* name) { return p.stageNamed(QString::fromUtf16(name))->id; };
    const qint64 s1 = stage(u"Request received"), s2 = stage(u"Negotiations held"),
                 s3 = stage(u"Invoice issued"), won = stage(u"Won"), lost = stage(u"Lost");
    const qint64 expensive = requireValue(Lists(*db).idOf(kLossReasons, u"Too expensive"_s));

    QList<Deal> deals;
    QList<QList<StageMove>> moves;
    auto deal = [&](const QString& title, qint64 amount, const QDateTime& created,
                    const QList<StageMove>& steps, qint64 reason = 0, bool isWon = false) {
        Deal d;
        d.clientId = c.id;
        d.title = title;
        d.amountMinor = amount;
        d.stageId = s1;
        d.createdAt = created;
        d.lossReasonId = reason;
        if (isWon)
            d.closedAt = steps.last().at;
        deals.append(d);
        moves.append(steps);
    };
    deal(u"D1"_s, 10000, at(11, 2), {{0, s2, at(11, 4), {}}, {0, s3, at(11, 7), {}}});
    deal(u"D2"_s, 20000, at(11, 3), {{0, s3, at(11, 5), {}}, {0, won, at(11, 10), {}}}, 0, true);
    deal(u"D3"_s, 5000, at(11, 5), {{0, lost, at(11, 6), {}}}, expensive);
    deal(u"D4"_s, 7000, at(11, 6), {{0, s2, at(11, 8), {}}, {0, lost, at(11, 9), {}}}, expensive);
    deal(u"outside the period"_s, 99900, at(10, 20), {{0, won, at(10, 25), {}}}, 0, true);
    deal(u"D6"_s, 1000, at(11, 30, 12), {});
    requireOk(DealRepository(*db).createMany(deals, moves));

    const FunnelReport r =
        requireValue(funnelReport(*db, {QDate(2026, 11, 1), QDate(2026, 11, 30)}));
    CHECK(r.deals == 5);
    REQUIRE(r.stages.size() == 5);
    QList<int> reached;
    for (const FunnelStage& s : r.stages)
        reached.append(s.reached);
    CHECK(reached == QList<int>{5, 3, 2, 1, 1}); // D2 skipped stage 2 and counts there
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
    CHECK(r.lossReasons.first() == std::pair<QString, int>{u"Too expensive"_s, 2});
    CHECK(r.stages[0].averageDaysInStage == Approx(1.75));
    CHECK(r.stages[1].averageDaysInStage == Approx(2.0));
    CHECK(r.stages[2].averageDaysInStage == Approx(5.0));

    // An empty period is all zeros, not an error.
    const FunnelReport empty =
        requireValue(funnelReport(*db, {QDate(2025, 1, 1), QDate(2025, 1, 31)}));
    CHECK(empty.deals == 0);
    CHECK(empty.winRate == 0);
    CHECK(empty.stages[1].conversionFromPrevious == 0);
}

TEST_CASE("sales by month beside the previous year, across a leap day", "[reports][sales]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
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

    CHECK(bucketStart(QDate(2024, 2, 29), SalesBucket::Week) == QDate(2024, 2, 26));
    CHECK(bucketStart(QDate(2024, 11, 22), SalesBucket::Quarter) == QDate(2024, 10, 1));
    const SalesReport quarters = requireValue(
        salesReport(*db, {QDate(2024, 1, 1), QDate(2024, 12, 31)}, SalesBucket::Quarter));
    CHECK(quarters.rows.size() == 4);
    CHECK(quarters.rows[0].won == 3);
    CHECK(quarters.rows[0].previousYearWon == 3);
    CHECK(quarters.rows[3].won == 0); // empty quarters are there, as zeros
}
