#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

enum class StageKind
{
    Open,
    Won,
    Lost
};
QString stageKindName(StageKind kind); // "open" / "won" / "lost"
std::optional<StageKind> stageKindFromName(const QString& name);

struct Stage
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 pipelineId = 0;
    QString name;
    StageKind kind = StageKind::Open;
    int position = 0;
    int probability = 0; // %
    int rottingDays = 0; // 0: never rots

    bool isFinal() const { return kind != StageKind::Open; }
};

struct Pipeline
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QList<Stage> stages; // open stages in order, then the final ones

    const Stage* stageNamed(const QString& name) const;
    const Stage* stageWithId(qint64 id) const;
    const Stage* firstOpenStage() const;
    // The first stage of `kind` (the won or the lost one); none without.
    const Stage* firstOfKind(StageKind kind) const;
};

struct DealItem
{
    qint64 productId = 0; // 0: a free-text line
    QString name;
    double quantity = 1;
    qint64 priceMinor = 0;
    double discountPercent = 0;

    qint64 totalMinor() const;
};

struct Deal
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0; // 0 on create: the pipeline's first open stage
    qint64 clientId = 0;
    QString title;
    qint64 managerId = 0;
    qint64 sourceId = 0;    // 0 on create: the client's source
    qint64 amountMinor = 0; // computed from the items when there are any
    QString currency;
    QDate expectedClose;
    QString notes;
    qint64 lossReasonId = 0;
    QList<DealItem> items;
    QDateTime createdAt;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
};

// What a card on the board shows.
struct BoardCard
{
    qint64 dealId = 0;
    qint64 version = 0;
    qint64 stageId = 0;
    QString title;
    QString clientName;
    qint64 amountMinor = 0;
    QString currency;
    QDateTime stageEnteredAt;
    QDateTime lastActivity; // the latest move or change of the deal
    double boardPosition = 0;
    qint64 managerId = 0;
    qint64 clientId = 0; // a change to the client (its name) refreshes its cards
};

// A deal's step as the client's timeline shows it: created, moved, won, lost.
struct DealEvent
{
    qint64 dealId = 0;
    QString title;
    QString stageName; // where it went
    StageKind stageKind = StageKind::Open;
    bool created = false;
    QDateTime at;
};

// One move of a deal between stages.
struct StageMove
{
    qint64 fromStageId = 0; // 0: created there
    qint64 toStageId = 0;
    QDateTime at;
    QString by;
};

} // namespace kartoteka
