#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "reports/FunnelReport.h"

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
