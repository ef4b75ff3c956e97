#pragma once

#include "accounts/Access.h"
#include "deals/BoardRules.h"
#include "deals/Deal.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kartoteka {

class Database;
class Transaction;

struct DealListQuery
{
    qint64 pipelineId = 0; // 0: every pipeline
    qint64 stageId = 0;    // 0: every stage
    enum class State
    {
        All,
        Open,
        Closed
    } state = State::All;
    qint64 clientId = 0;
    int limit = 1000;
};

// Which deals the board's columns hold: the open deals of a pipeline, the
// ones closed since `closedSince` (invalid: none), as `filter` keeps them at
// `now` (the rotting rule's day).
struct BoardQuery
{
    qint64 pipelineId = 0;
    BoardFilter filter;
    QDateTime closedSince;
    QDateTime now;
};

// A move made on the board, with what it takes to put it back.
struct CardMove
{
    qint64 dealId = 0;
    qint64 version = 0; // the deal's version after the move
    qint64 fromStageId = 0;
    double fromPosition = 0;
    qint64 fromLossReasonId = 0;
    qint64 toStageId = 0;
    double toPosition = 0;
    QString fromNotes; // the notes before it: an undo takes a loss comment away again
};

// An open deal that nothing happened to for longer than its stage allows
// (isRotting), as the Today screen lists it.
struct RottingDeal
{
    qint64 dealId = 0;
    QString title;
    qint64 clientId = 0;
    QString clientName;
    QString stageName;
    qint64 amountMinor = 0;
    QString currency;
    QDateTime lastActivity;
    QString manager;
};

// Some rotting deals, the longest forgotten first, and how many rot in all.
struct RottingDeals
{
    QList<RottingDeal> deals;
    int total = 0;
};

// Owns the SQL of deals, their line items and their stage history. A move
// into a lost stage needs a loss reason; every move is recorded (from, to,
// when, who); a save or move based on an old version is refused as a conflict.
//
// Deals are read, listed, moved and edited only by a principal who reaches
// them (accounts/Access dealScope; else ErrorKind::NotFound, as for a deal
// that does not exist); a deal is made only for a client one reaches. A
// manager's new deal is theirs unless they name another manager, which needs
// AllClients (ErrorKind::Forbidden).
class DealRepository
{
public:
    explicit DealRepository(Database& db) : m_db(db) {}

    Status create(Deal& deal);
    // Writes many deals with the moves they already made (demo data, imports)
    // in one transaction: `moves[i]` are deal i's moves after its creation, in
    // order; the deal ends in the last one's stage.
    Status createMany(QList<Deal>& deals, const QList<QList<StageMove>>& moves);
    Result<Deal> load(qint64 id);
    Status update(Deal& deal);
    // The same inside the caller's transaction (a rule's change, automation/).
    Status updateIn(Transaction& tx, Deal& deal);
    // `at`: when it happened (scripts and imports record past moves); invalid: now.
    Status move(Deal& deal, qint64 toStageId, qint64 lossReasonId = 0, const QDateTime& at = {});
    // The board: open deals of a pipeline, plus the deals closed since
    // `closedSince` when it is valid; each stage's cards in their order
    // (boardOrderLess), the stages in no particular order.
    Result<QList<BoardCard>> board(qint64 pipelineId, const QDateTime& closedSince = {});
    // Only the closed part of that board: the deals closed since `closedSince`
    // (turning "Show closed" on needs only these).
    Result<QList<BoardCard>> closedBoard(qint64 pipelineId, const QDateTime& closedSince);
    // The cards of these deals as board(pipelineId, closedSince) shows them,
    // read by id: what a move or someone else's change refreshes instead of
    // the whole board. A deal not on that board (another pipeline, closed
    // before `closedSince`, deleted, out of reach) has no card in the result.
    Result<QList<BoardCard>> boardCards(qint64 pipelineId, const QList<qint64>& dealIds,
                                        const QDateTime& closedSince = {});
    // The header figures of these columns (stages of the query's pipeline):
    // count and amount of every card the query keeps, each column by itself
    // (a stage with no card has none in the result). Aggregates in SQL; a
    // text filter, which SQL cannot fold as the rule does (Cyrillic case),
    // reads the cards the other conditions keep and applies the rule.
    Result<QHash<qint64, ColumnTotals>> boardTotals(const BoardQuery& query,
                                                    const QList<Stage>& stages);
    // Up to `limit` cards of one column the query keeps, in their order
    // (boardOrderLess), after `after` (none: from the first): a column is
    // read a page at a time as the person scrolls it.
    Result<QList<BoardCard>> boardPage(const BoardQuery& query, const Stage& stage,
                                       const std::optional<BoardKey>& after, int limit);
    // The cards of one column the query keeps after `after` up to and with
    // `through`: a page that ends at a given card (the one just moved there).
    Result<QList<BoardCard>> boardPageThrough(const BoardQuery& query, const Stage& stage,
                                              const std::optional<BoardKey>& after,
                                              const BoardKey& through);
    // The place after the last card of a stage, filtered or not: where a
    // card moved to the end of a column goes.
    Result<double> columnEnd(qint64 pipelineId, qint64 stageId);
    // A move from the board: the card lands at `position` in the target column,
    // stage and place in one transaction (one version step, one change row).
    // `lossComment` (a move into a lost stage) is added to the deal's notes
    // with the date and the reason.
    Result<CardMove> moveCard(qint64 dealId, qint64 version, qint64 toStageId, double position,
                              qint64 lossReasonId = 0, const QString& lossComment = {});
    // Puts a card back where `move` took it from (stage, place and loss
    // reason), as a move of its own in the stage history; refused as a
    // conflict when the deal changed since. The result undoes the undo.
    Result<CardMove> undoMove(const CardMove& move);
    Result<QList<Deal>> list(const DealListQuery& query);
    Result<QList<StageMove>> history(qint64 dealId);
    // The open deals of manager `managerId` (0: everyone's one reaches) that
    // rot at `now`, in every pipeline: up to `limit` of them, the longest
    // forgotten first.
    Result<RottingDeals> rotting(qint64 managerId, const QDateTime& now, int limit);
    // Every step of every deal of a client, newest first.
    Result<QList<DealEvent>> eventsForClient(qint64 clientId, int limit = 500);

    static inline const QString kEntity = QStringLiteral("deal");

private:
    Status prepare(Deal& deal, const Pipeline& pipeline, bool bulk = false);
    // A new deal: the manager it gets, and its client reached.
    Status checkNew(Deal& deal);
    // Inside an update's transaction: the deal and its (new) client reached,
    // and the manager it may be given.
    Status checkWriter(QSqlDatabase& db, Deal& deal);
    Status writeItems(QSqlDatabase& db, const Deal& deal);
    // The writes of one move inside `tx`: the deal row (at `position` in the
    // target column, or at its end), the stage history and the furthest
    // stage. The caller records the change.
    // `notes`, when given, replace the deal's notes (an undo) instead of the
    // loss comment being added.
    Status writeMove(QSqlDatabase& db, Deal& deal, const Stage& target, qint64 lossReasonId,
                     const QString& when, std::optional<double> position,
                     const QString& lossComment,
                     const std::optional<QString>& notes = std::nullopt);
    Status writeUpdate(Transaction& tx, Deal& deal);
    // The automation rules of a deal's arrival in `stage` (automation/).
    Status runArrivalRules(Transaction& tx, const Deal& deal, const Stage& stage,
                           const QString& when);
    // writeMove and what a move sets going besides, in its transaction: the
    // next sale's task after a win (tasks/RepeatSale.h), cancelled again
    // when the win is taken back, and the automation rules of the arrival
    // (an undone move instead calls off the tasks they made for it).
    Status writeMoveAndFollowUps(Transaction& tx, Deal& deal, const Stage& target,
                                 qint64 lossReasonId, const QString& when,
                                 std::optional<double> position, const QString& lossComment,
                                 const std::optional<QString>& notes = std::nullopt);
    Result<CardMove> placeCard(qint64 dealId, qint64 version, qint64 toStageId, double position,
                               qint64 lossReasonId, const QString& lossComment,
                               const std::optional<QString>& notes);
    Result<Pipeline> pipelineOf(qint64 pipelineId);
    Result<QList<BoardCard>> readColumn(const BoardQuery& query, const Stage& stage,
                                        const std::optional<BoardKey>& after,
                                        const std::optional<BoardKey>& through, int limit);
    // The stage of the deal's pipeline it may move to; a lost stage needs a
    // loss reason (0: none given; -1: none needed, the card stays in it).
    Result<Stage> stageToMoveTo(const Deal& deal, qint64 toStageId, qint64 lossReasonId);

    Database& m_db;
};

// NotFound, as for a deal that does not exist, unless `who` reaches deal
// `dealId`. Asks nothing of the database for someone who sees every deal.
Status requireDealReach(QSqlDatabase& db, const Principal& who, qint64 dealId);

} // namespace kartoteka
