#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

qint64 makeClient(Database& db, const QString& last)
{
    Client c;
    c.lastName = last;
    c.sourceId = requireValue(Lists(db).idOf(kSources, u"Referral"_s));
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

QStringList stageNames(const Pipeline& p)
{
    QStringList names;
    for (const Stage& s : p.stages)
        names.append(s.name + u'/' + stageKindName(s.kind));
    return names;
}

} // namespace

TEST_CASE("a new database starts with the shop's pipeline", "[deals][pipelines]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QList<Pipeline> all = requireValue(PipelineRepository(*db).pipelines());
    REQUIRE(all.size() == 1);
    CHECK(stageNames(all.first()) ==
          QStringList{u"Request received/open"_s, u"Negotiations held/open"_s,
                      u"Invoice issued/open"_s, u"Invoice paid/open"_s, u"Goods shipped/open"_s,
                      u"Won/won"_s, u"Lost/lost"_s});
}

TEST_CASE("stages are added, renamed, reordered and removed by the rules", "[deals][pipelines]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    PipelineRepository repo(*db);
    Pipeline p = requireValue(repo.createPipeline(u"Wholesale"_s));
    CHECK(stageNames(p) == QStringList{u"New/open"_s, u"Won/won"_s, u"Lost/lost"_s});
    CHECK(repo.createPipeline(u"wholesale"_s).ok() == false);

    Stage quote{0, 0, p.id, u"Quote sent"_s, StageKind::Open, 0, 40, 5};
    requireOk(repo.addStage(quote));
    Stage unreachable{0, 0, p.id, u"Lost — client unreachable"_s, StageKind::Lost, 0, 0, 0};
    requireOk(repo.addStage(unreachable));
    p = requireValue(repo.pipeline(p.id));
    CHECK(stageNames(p) == QStringList{u"New/open"_s, u"Quote sent/open"_s, u"Won/won"_s,
                                       u"Lost/lost"_s, u"Lost — client unreachable/lost"_s});

    requireOk(repo.moveStage(*p.stageNamed(u"Quote sent"_s), 0));
    p = requireValue(repo.pipeline(p.id));
    CHECK(p.stages.first().name == u"Quote sent"_s);
    Stage renamed = *p.stageNamed(u"New"_s);
    renamed.name = u"Request"_s;
    renamed.rottingDays = 2;
    requireOk(repo.updateStage(renamed));
    Stage stale = renamed;
    stale.version -= 1;
    CHECK(repo.updateStage(stale).error().kind == ErrorKind::Conflict);

    p = requireValue(repo.pipeline(p.id));
    // The only won stage stays: a pipeline needs one.
    CHECK(repo.removeStage(*p.stageNamed(u"Won"_s)).error().kind == ErrorKind::Invalid);
    CHECK(requireValue(repo.pipeline(p.id)).stageNamed(u"Won"_s) != nullptr);
    requireOk(repo.removeStage(*p.stageNamed(u"Lost — client unreachable"_s)));
    CHECK(repo.removeStage(*p.stageNamed(u"Lost"_s)).ok() == false); // the last lost one

    // A stage with deals goes only after they were moved.
    DealRepository deals(*db);
    Deal d;
    d.pipelineId = p.id;
    d.clientId = makeClient(*db, u"Стадія"_s);
    d.title = u"Tiles"_s;
    requireOk(deals.create(d));
    p = requireValue(repo.pipeline(p.id));
    Status blocked = repo.removeStage(*p.stageWithId(d.stageId));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind == ErrorKind::Invalid);
    CHECK(blocked.error().message.contains(p.stageWithId(d.stageId)->name)); // names the stage
    requireOk(deals.move(d, p.stageNamed(u"Request"_s)->id));
    requireOk(repo.removeStage(*p.stageNamed(u"Quote sent"_s)));
    // The history still tells where the deal was.
    CHECK(requireValue(deals.history(d.id)).size() == 2);
}

TEST_CASE("a deal takes its amount from its lines and its source from the client", "[deals]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    DealRepository deals(*db);
    Deal d;
    d.clientId = makeClient(*db, u"Покупець"_s);
    d.title = u"Bathroom tiles"_s;
    d.items = {{0, u"Tile 30x60"_s, 12.5, 45000, 10}, {0, u"Adhesive"_s, 4, 32050, 0}};
    requireOk(deals.create(d));
    CHECK(d.amountMinor == 506250 + 128200); // 12.5 × 450.00 − 10 %, 4 × 320.50
    const Deal loaded = requireValue(deals.load(d.id));
    CHECK(loaded.items.size() == 2);
    CHECK(loaded.amountMinor == d.amountMinor);
    CHECK(loaded.sourceId == requireValue(Lists(*db).idOf(kSources, u"Referral"_s)));
    CHECK(loaded.currency == u"UAH"_s);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    CHECK(loaded.stageId == p.firstOpenStage()->id);

    Deal noClient;
    noClient.title = u"x"_s;
    CHECK(deals.create(noClient).error().kind == ErrorKind::Invalid);
    Deal badLine = d;
    badLine.id = 0;
    badLine.items = {{0, u"Tile"_s, 0, 100, 0}};
    CHECK(deals.create(badLine).error().kind == ErrorKind::Invalid);
}

TEST_CASE("every move is recorded, lost needs a reason, a stale move is a conflict", "[deals]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal d;
    d.clientId = makeClient(*db, u"Рух"_s);
    d.title = u"Kitchen"_s;
    d.amountMinor = 1500000;
    d.createdAt = QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC);
    requireOk(deals.create(d));

    const QDateTime past(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    // Not before the deal reached its stage: the days there would be negative.
    Status tooEarly = deals.move(d, p.stageNamed(u"Invoice issued"_s)->id, 0,
                                 QDateTime(QDate(2025, 1, 15), QTime(10, 0), Qt::UTC));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.error().kind == ErrorKind::Invalid);
    CHECK(requireValue(deals.load(d.id)).stageId == d.stageId);
    requireOk(deals.move(d, p.stageNamed(u"Invoice issued"_s)->id, 0, past));
    CHECK(d.stageEnteredAt == past);
    Status noReason = deals.move(d, p.stageNamed(u"Lost"_s)->id);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().kind == ErrorKind::Invalid);
    CHECK(requireValue(deals.load(d.id)).stageId == p.stageNamed(u"Invoice issued"_s)->id);

    // A colleague moves the same card first: the second move is refused.
    auto colleagueDb = openTestDatabase(path, ModeChoice::Shared);
    DealRepository colleague(*colleagueDb);
    Deal theirs = requireValue(colleague.load(d.id));
    requireOk(colleague.move(theirs, p.stageNamed(u"Invoice paid"_s)->id));
    Status late = deals.move(d, p.stageNamed(u"Negotiations held"_s)->id);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::Conflict);

    d = requireValue(deals.load(d.id));
    const qint64 reason = requireValue(Lists(*db).idOf(u"loss_reason"_s, u"Too expensive"_s));
    requireOk(deals.move(d, p.stageNamed(u"Lost"_s)->id, reason));
    CHECK(d.closedAt.isValid());
    const QList<StageMove> moves = requireValue(deals.history(d.id));
    REQUIRE(moves.size() == 4);
    CHECK(moves[0].fromStageId == 0);
    CHECK(moves[1].at == past);
    CHECK(moves[2].toStageId == p.stageNamed(u"Invoice paid"_s)->id);
    CHECK(moves[3].toStageId == p.stageNamed(u"Lost"_s)->id);

    DealListQuery open;
    open.state = DealListQuery::State::Open;
    CHECK(requireValue(deals.list(open)).isEmpty());
    DealListQuery closed;
    closed.state = DealListQuery::State::Closed;
    CHECK(requireValue(deals.list(closed)).size() == 1);
    CHECK(requireValue(deals.load(d.id)).lossReasonId == reason);
}

TEST_CASE("demo deals are consistent with their history, lines and outcomes", "[deals][demo]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"demo.sqlite"_s));
    const DemoReport report = requireValue(generateDemo(*db, {600, 9}));
    CHECK(report.deals > 600);
    CHECK(report.products >= 20);
    auto count = [&](const QString& where) {
        return requireValue(
                   sql::scalar(db->connection(), u"SELECT count(*) FROM deals d WHERE "_s + where))
            .toInt();
    };
    CHECK(
        count(
            u"d.stage_id <> (SELECT h.to_stage_id FROM deal_stage_history h WHERE h.deal_id = d.id "
            u"ORDER BY h.id DESC LIMIT 1)"_s) == 0);
    CHECK(
        count(
            u"d.amount_minor <> (SELECT sum(CAST(round(i.quantity * i.price_minor * (100 - "
            u"i.discount_percent) / 100.0) AS INTEGER)) FROM deal_items i WHERE i.deal_id = d.id)"_s) ==
        0);
    CHECK(
        count(
            u"(SELECT kind FROM stages WHERE id = d.stage_id) = 'lost' AND d.loss_reason_id IS NULL"_s) ==
        0);
    CHECK(
        count(
            u"(SELECT kind FROM stages WHERE id = d.stage_id) <> 'open' AND d.closed_at IS NULL"_s) ==
        0);
    CHECK(count(u"(SELECT kind FROM stages WHERE id = d.stage_id) = 'open'"_s) > 0);
    CHECK(count(u"(SELECT kind FROM stages WHERE id = d.stage_id) = 'won'"_s) > 0);
    // Some deals skipped a stage on the way.
    CHECK(requireValue(
              sql::scalar(db->connection(),
                          u"SELECT count(*) FROM deal_stage_history h JOIN stages a ON a.id = "
                          u"h.from_stage_id JOIN stages b ON b.id = h.to_stage_id WHERE "
                          u"b.kind = 'open' AND b.position > a.position + 1"_s))
              .toInt() > 0);
}

namespace {

qint64 dealChangeRows(Database& db, qint64 dealId)
{
    return requireValue(sql::scalar(db.connection(),
                                    u"SELECT count(*) FROM changes WHERE entity = ? AND "
                                    u"entity_id = ?"_s,
                                    {DealRepository::kEntity, dealId}))
        .toLongLong();
}

double boardPosition(Database& db, qint64 dealId)
{
    return requireValue(sql::scalar(db.connection(),
                                    u"SELECT board_position FROM deals WHERE id = ?"_s, {dealId}))
        .toDouble();
}

} // namespace

TEST_CASE("a card moved on the board is one step: one version, one change row", "[deals][board]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal d;
    d.clientId = makeClient(*db, u"Борд"_s);
    d.title = u"Tiles"_s;
    requireOk(deals.create(d));
    const qint64 changesBefore = dealChangeRows(*db, d.id);

    const qint64 second = p.stageNamed(u"Negotiations held"_s)->id;
    const CardMove moved = requireValue(deals.moveCard(d.id, d.version, second, 0.5));
    const Deal after = requireValue(deals.load(d.id));
    CHECK(after.version == d.version + 1);
    CHECK(moved.version == after.version);
    CHECK(after.stageId == second);
    CHECK(boardPosition(*db, d.id) == 0.5);
    CHECK(dealChangeRows(*db, d.id) == changesBefore + 1);
    CHECK(requireValue(deals.history(d.id)).size() == 2);

    // A place within the same column: one step too, and no move in the history.
    requireValue(deals.moveCard(d.id, after.version, second, 0.25));
    CHECK(requireValue(deals.load(d.id)).version == after.version + 1);
    CHECK(boardPosition(*db, d.id) == 0.25);
    CHECK(dealChangeRows(*db, d.id) == changesBefore + 2);
    CHECK(requireValue(deals.history(d.id)).size() == 2);

    // The version the person saw is the one checked.
    Result<CardMove> stale = deals.moveCard(d.id, after.version, p.stageNamed(u"Won"_s)->id, 1);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
}

TEST_CASE("a board move is given back as a move to the old stage and place, a loss comment "
          "is kept in the deal's notes",
          "[deals][board]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal d;
    d.clientId = makeClient(*db, u"Відміна"_s);
    d.title = u"Parquet"_s;
    d.notes = u"Wants oak"_s;
    requireOk(deals.create(d));
    const qint64 open = d.stageId;
    const double place = boardPosition(*db, d.id);

    const qint64 lost = p.stageNamed(u"Lost"_s)->id;
    CHECK(deals.moveCard(d.id, d.version, lost, 3).error().kind == ErrorKind::Invalid);
    const qint64 reason = requireValue(Lists(*db).idOf(kLossReasons, u"Too expensive"_s));
    const CardMove toLost = requireValue(
        deals.moveCard(d.id, d.version, lost, 3, reason, u"Found it 20% cheaper nearby"_s));
    Deal closed = requireValue(deals.load(d.id));
    CHECK(closed.closedAt.isValid());
    CHECK(closed.lossReasonId == reason);
    CHECK(closed.notes.startsWith(u"Wants oak\n"_s));
    CHECK(closed.notes.contains(u"Too expensive"_s));
    CHECK(closed.notes.contains(u"Found it 20% cheaper nearby"_s));
    CHECK(toLost.fromStageId == open);
    CHECK(toLost.fromPosition == place);

    const CardMove back = requireValue(deals.undoMove(toLost));
    const Deal reopened = requireValue(deals.load(d.id));
    CHECK(reopened.stageId == open);
    CHECK_FALSE(reopened.closedAt.isValid());
    CHECK(reopened.lossReasonId == 0);
    CHECK(reopened.version == closed.version + 1);
    CHECK(boardPosition(*db, d.id) == place);
    // The loss comment goes with the loss it explained.
    CHECK(reopened.notes == u"Wants oak"_s);
    const QList<StageMove> moves = requireValue(deals.history(d.id));
    REQUIRE(moves.size() == 3);
    CHECK(moves[2].fromStageId == lost);
    CHECK(moves[2].toStageId == open);

    // Undoing the undo puts the loss back with its reason; a second undo of
    // the same move is stale and refused.
    CHECK(deals.undoMove(toLost).error().kind == ErrorKind::Conflict);
    requireValue(deals.undoMove(back));
    CHECK(requireValue(deals.load(d.id)).lossReasonId == reason);
    CHECK(requireValue(deals.load(d.id)).notes == closed.notes);
    CHECK(boardPosition(*db, d.id) == 3);
}

TEST_CASE("a card read again by its deal is the board's card, deals off the board have none",
          "[deals][board]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    DealRepository deals(*db);
    PipelineRepository pipelines(*db);
    const Pipeline p = requireValue(pipelines.pipelineNamed(QString()));
    const qint64 client = makeClient(*db, u"Картка"_s);
    QList<Deal> made;
    for (const QString& title : {u"Open"_s, u"Won long ago"_s, u"Won now"_s}) {
        Deal d;
        d.clientId = client;
        d.title = title;
        d.amountMinor = 1234;
        requireOk(deals.create(d));
        made.append(d);
    }
    requireOk(deals.move(made[1], p.stageNamed(u"Won"_s)->id));
    requireOk(deals.move(made[2], p.stageNamed(u"Won"_s)->id));
    requireOk(sql::exec(db->connection(), u"UPDATE deals SET closed_at = ? WHERE id = ?"_s,
                        {utcTimestamp(QDateTime::currentDateTimeUtc().addDays(-40)), made[1].id}));
    const Pipeline otherPipeline = requireValue(pipelines.createPipeline(u"Опт"_s));
    Deal elsewhere;
    elsewhere.clientId = client;
    elsewhere.pipelineId = otherPipeline.id;
    elsewhere.title = u"Elsewhere"_s;
    requireOk(deals.create(elsewhere));

    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
    const QList<BoardCard> board = requireValue(deals.board(p.id, since));
    REQUIRE(board.size() == 2); // the open one and the one won now
    const QList<qint64> all{made[0].id, made[1].id, made[2].id, elsewhere.id, 999999};
    const QList<BoardCard> again = requireValue(deals.boardCards(p.id, all, since));
    REQUIRE(again.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const BoardCard& a = board[i];
        const BoardCard& b = again[i];
        CHECK(a.dealId == b.dealId);
        CHECK(a.version == b.version);
        CHECK(a.stageId == b.stageId);
        CHECK(a.title == b.title);
        CHECK(a.clientName == b.clientName);
        CHECK(a.clientId == client);
        CHECK(a.amountMinor == b.amountMinor);
        CHECK(a.stageEnteredAt == b.stageEnteredAt);
        CHECK(a.lastActivity == b.lastActivity);
        CHECK(a.boardPosition == b.boardPosition);
    }
    // The dates are the deal's own, to the millisecond.
    const Deal won = requireValue(deals.load(made[2].id));
    const BoardCard& wonCard = board[0].dealId == won.id ? board[0] : board[1];
    CHECK(wonCard.stageEnteredAt == won.stageEnteredAt);
    CHECK(wonCard.stageEnteredAt.timeSpec() == Qt::UTC);
    // Without "Show closed", a closed deal has no card.
    const QList<BoardCard> openOnly = requireValue(deals.boardCards(p.id, all));
    REQUIRE(openOnly.size() == 1);
    CHECK(openOnly[0].dealId == made[0].id);
}
