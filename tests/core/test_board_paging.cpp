#include "Catch.h"
#include "TestSupport.h"

#include "deals/BoardRules.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "storage/Sql.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// A demo shop of a few thousand deals, with places shared by several cards
// of a column (ties, ordered by id) and rotting limits on the open stages.
struct BoardShop
{
    TempDir dir;
    std::unique_ptr<Database> db;
    Pipeline pipeline;
    qint64 manager = 0;

    BoardShop()
    {
        db = openTestDatabase(dir.path(u"board.sqlite"_s));
        requireValue(generateDemo(*db, {700, 11}));
        pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
        // Every third card of a column shares its place with others.
        requireOk(sql::exec(db->connection(),
                            u"UPDATE deals SET board_position = round(board_position / 7) "
                            u"WHERE id % 3 = 0"_s));
        // Short limits: the demo's dates follow today, and with longer ones a
        // day came (2 December → 3 December) when a manager had only five
        // forgotten deals, too few for the lists' tests.
        requireOk(
            sql::exec(db->connection(),
                      u"UPDATE stages SET rotting_days = 1 + position WHERE kind = 'open'"_s));
        pipeline = requireValue(PipelineRepository(*db).pipeline(pipeline.id));
        manager = requireValue(sql::scalar(db->connection(),
                                           u"SELECT manager_id FROM deals WHERE manager_id IS NOT "
                                           u"NULL GROUP BY manager_id ORDER BY count(*) DESC"_s))
                      .toLongLong();
    }

    // The board as the screen had it before paging: every card read, the
    // rule (BoardFilter::keeps) applied, each column in its order.
    QHash<qint64, QList<BoardCard>> reference(const BoardQuery& query)
    {
        QHash<qint64, QList<BoardCard>> columns;
        DealRepository deals(*db);
        for (const BoardCard& card : requireValue(deals.board(pipeline.id, query.closedSince))) {
            const Stage* stage = pipeline.stageWithId(card.stageId);
            REQUIRE(stage);
            if (query.filter.keeps(card, *stage, query.now))
                columns[card.stageId].append(card);
        }
        for (QList<BoardCard>& column : columns)
            std::sort(column.begin(), column.end(), boardOrderLess);
        return columns;
    }

    BoardQuery query(const BoardFilter& filter, int closedDays = 30) const
    {
        BoardQuery q;
        q.pipelineId = pipeline.id;
        q.filter = filter;
        q.now = QDateTime::currentDateTimeUtc();
        if (closedDays > 0)
            q.closedSince = q.now.addDays(-closedDays);
        return q;
    }

    QList<BoardFilter> filters() const
    {
        QList<BoardFilter> all;
        all.append(BoardFilter{});
        all.append(BoardFilter{{}, manager, false});
        all.append(BoardFilter{{}, 0, true});
        all.append(BoardFilter{{}, manager, true});
        // Cyrillic in another case than stored: the rule folds it, SQL could not.
        all.append(BoardFilter{u"ОВ"_s, 0, false});
        all.append(BoardFilter{u"  ко "_s, manager, false});
        all.append(BoardFilter{u"зzz-нічого"_s, 0, false});
        return all;
    }
};

QList<qint64> idsOf(const QList<BoardCard>& cards)
{
    QList<qint64> ids;
    for (const BoardCard& card : cards)
        ids.append(card.dealId);
    return ids;
}

// A column read page by page, as the screen reads it while scrolled.
QList<BoardCard> readByPages(DealRepository& deals, const BoardQuery& query, const Stage& stage,
                             int pageSize)
{
    QList<BoardCard> all;
    std::optional<BoardKey> after;
    for (int pages = 0; pages < 10000; ++pages) {
        const QList<BoardCard> page = requireValue(deals.boardPage(query, stage, after, pageSize));
        REQUIRE(page.size() <= pageSize);
        all.append(page);
        if (page.size() < pageSize)
            break;
        after = BoardKey::of(page.last());
    }
    return all;
}

} // namespace

TEST_CASE("paging a column returns every card exactly once in the column's order, with ties",
          "[deals][board][paging]")
{
    BoardShop shop;
    DealRepository deals(*shop.db);
    int cardsSeen = 0;
    int ties = 0;
    for (const int closedDays : {0, 30, 365}) {
        for (const BoardFilter& filter : shop.filters()) {
            const BoardQuery query = shop.query(filter, closedDays);
            const QHash<qint64, QList<BoardCard>> expected = shop.reference(query);
            for (const Stage& stage : shop.pipeline.stages) {
                INFO("stage " << stage.name.toStdString() << ", filter «"
                              << filter.text.toStdString() << "» manager " << filter.managerId
                              << " rotting " << filter.rottingOnly << ", closed days "
                              << closedDays);
                const QList<BoardCard> want = expected.value(stage.id);
                const QList<BoardCard> got = readByPages(deals, query, stage, 13);
                CHECK(idsOf(got) == idsOf(want));
                const QList<qint64> ids = idsOf(got);
                CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == ids.size());
                CHECK(std::is_sorted(got.cbegin(), got.cend(), boardOrderLess));
                cardsSeen += int(got.size());
                for (int i = 1; i < got.size(); ++i)
                    ties += got[i - 1].boardPosition == got[i].boardPosition ? 1 : 0;
                // A page ending at a given card: every card up to it and no more.
                if (want.size() > 5) {
                    const BoardKey through = BoardKey::of(want[want.size() / 2]);
                    const QList<BoardCard> upTo = requireValue(
                        deals.boardPageThrough(query, stage, BoardKey::of(want[1]), through));
                    CHECK(idsOf(upTo) == idsOf(want.mid(2, want.size() / 2 - 1)));
                }
            }
        }
    }
    // The shop is big enough to page, and the ties are really there.
    CHECK(cardsSeen > 2000);
    CHECK(ties > 50);
}

TEST_CASE("header totals equal the sum over every card the filter keeps", "[deals][board][paging]")
{
    BoardShop shop;
    DealRepository deals(*shop.db);
    int nonEmpty = 0;
    for (const int closedDays : {0, 30}) {
        for (const BoardFilter& filter : shop.filters()) {
            const BoardQuery query = shop.query(filter, closedDays);
            const QHash<qint64, QList<BoardCard>> expected = shop.reference(query);
            const QHash<qint64, ColumnTotals> totals =
                requireValue(deals.boardTotals(query, shop.pipeline.stages));
            for (const Stage& stage : shop.pipeline.stages) {
                INFO("stage " << stage.name.toStdString() << ", filter «"
                              << filter.text.toStdString() << "» manager " << filter.managerId
                              << " rotting " << filter.rottingOnly << ", closed days "
                              << closedDays);
                ColumnTotals want;
                for (const BoardCard& card : expected.value(stage.id)) {
                    want.count += 1;
                    want.amountMinor += card.amountMinor;
                }
                const ColumnTotals got = totals.value(stage.id);
                CHECK(got.count == want.count);
                CHECK(got.amountMinor == want.amountMinor);
                nonEmpty += want.count > 0 ? 1 : 0;
            }
        }
    }
    CHECK(nonEmpty > 30);
}

TEST_CASE("a move changes only the totals of the two columns it touches", "[deals][board][paging]")
{
    BoardShop shop;
    DealRepository deals(*shop.db);
    const BoardQuery query = shop.query({}, 30);
    const Stage& from = shop.pipeline.stages[1];
    const Stage& to = shop.pipeline.stages[3];
    const QList<BoardCard> first = requireValue(deals.boardPage(query, from, std::nullopt, 1));
    REQUIRE(first.size() == 1);
    const BoardCard card = first.first();
    const QHash<qint64, ColumnTotals> before =
        requireValue(deals.boardTotals(query, shop.pipeline.stages));
    requireValue(deals.moveCard(card.dealId, card.version, to.id, -1000));
    const QHash<qint64, ColumnTotals> after =
        requireValue(deals.boardTotals(query, shop.pipeline.stages));
    for (const Stage& stage : shop.pipeline.stages) {
        INFO(stage.name.toStdString());
        ColumnTotals want = before.value(stage.id);
        if (stage.id == from.id)
            want = {want.count - 1, want.amountMinor - card.amountMinor};
        else if (stage.id == to.id)
            want = {want.count + 1, want.amountMinor + card.amountMinor};
        CHECK(after.value(stage.id) == want);
    }
    // And the card is where it landed: first in its new column.
    const QList<BoardCard> landed = requireValue(deals.boardPage(query, to, std::nullopt, 1));
    REQUIRE(landed.size() == 1);
    CHECK(landed.first().dealId == card.dealId);
}

TEST_CASE(
    "the rotting deals Today lists are the board's rotting cards, the longest forgotten first",
    "[deals][board][today]")
{
    BoardShop shop;
    DealRepository deals(*shop.db);
    for (const qint64 manager : {qint64(0), shop.manager}) {
        const BoardQuery query = shop.query(BoardFilter{{}, manager, true}, 0);
        QList<BoardCard> expected;
        for (const QList<BoardCard>& column : shop.reference(query))
            expected += column;
        REQUIRE(expected.size() > 5);
        const RottingDeals all = requireValue(deals.rotting(manager, query.now, 100000));
        CHECK(all.total == expected.size());
        QList<qint64> want = idsOf(expected), got;
        for (const RottingDeal& d : all.deals) {
            got << d.dealId;
            CHECK_FALSE(d.stageName.isEmpty());
        }
        std::sort(want.begin(), want.end());
        QList<qint64> sorted = got;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == want);
        for (qsizetype i = 1; i < all.deals.size(); ++i)
            CHECK(all.deals[i - 1].lastActivity <= all.deals[i].lastActivity);
        // A few of them: the same first ones, and the count of all.
        const RottingDeals first = requireValue(deals.rotting(manager, query.now, 5));
        CHECK(first.total == all.total);
        REQUIRE(first.deals.size() == 5);
        CHECK(first.deals.first().dealId == all.deals.first().dealId);
    }
}
