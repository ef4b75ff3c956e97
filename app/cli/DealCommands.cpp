// pipelines, deals add|move|list: the deal funnel from scripts and imports.
#include "CliContext.h"

#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonObject dealJson(const Deal& d, const Pipeline& p)
{
    const Stage* stage = p.stageWithId(d.stageId);
    return {{u"id"_s, d.id},
            {u"title"_s, d.title},
            {u"client_id"_s, d.clientId},
            {u"pipeline"_s, p.name},
            {u"stage"_s, stage ? stage->name : QString()},
            {u"state"_s, stage ? stageKindName(stage->kind) : QString()},
            {u"amount_minor"_s, d.amountMinor},
            {u"currency"_s, d.currency},
            {u"version"_s, d.version}};
}

// The stage's kind for a person; --json keeps stageKindName's "open" / "won" / "lost".
QString stageKindTitle(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return Tr::tr("won");
    case StageKind::Lost:
        return Tr::tr("lost");
    case StageKind::Open:
        break;
    }
    return Tr::tr("open");
}

Result<Pipeline> pipelineFor(Database& db, const CliContext& context)
{
    return PipelineRepository(db).pipelineNamed(context.option(u"pipeline"_s));
}

int dealsAdd(const CliContext& context, Database& db)
{
    Result<Pipeline> pipeline = pipelineFor(db, context);
    if (!pipeline)
        return context.fail(pipeline.error());
    Deal deal;
    deal.pipelineId = pipeline->id;
    Result<qint64> clientId = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!clientId)
        return context.fail(clientId.error());
    deal.clientId = *clientId;
    deal.title = context.option(u"title"_s);
    if (context.has(u"amount"_s)) {
        const Result<qint64> amount = parseMoney(
            context.option(u"amount"_s), MoneySign::NonNegative, QLocale(), shopCurrency(db));
        if (!amount)
            return context.fail(
                makeError(amount.error().kind, u"--amount: "_s + amount.error().message));
        deal.amountMinor = *amount;
    }
    if (context.has(u"stage"_s)) {
        Result<const Stage*> named = stageOption(context, *pipeline);
        if (!named)
            return context.fail(named.error());
        const Stage* stage = *named;
        deal.stageId = stage->id;
        if (stage->kind == StageKind::Lost && context.has(u"reason"_s)) {
            Lists lists(db);
            Result<qint64> reason = context.named(lists, kLossReasons, u"reason"_s);
            if (!reason)
                return context.fail(reason.error());
            deal.lossReasonId = *reason;
        }
    }
    if (context.has(u"reason"_s) && deal.lossReasonId == 0)
        return context.fail(Tr::tr("--reason is for a deal added in a lost stage."));
    if (context.has(u"manager"_s)) {
        Result<qint64> manager = context.staff(db, u"manager"_s);
        if (!manager)
            return context.fail(manager.error());
        deal.managerId = *manager;
    }
    if (Status s = DealRepository(db).create(deal); !s)
        return context.fail(s.error());
    context.tell(db.takeNotices());
    return context.answer(Tr::tr("Deal %1 created: %2").arg(deal.id).arg(deal.title),
                          dealJson(deal, *pipeline));
}

int dealsMove(const CliContext& context, Database& db)
{
    if (context.arguments.size() != 2 || !context.has(u"stage"_s))
        return context.fail(Tr::tr("Use: deals move ID --stage NAME [--reason R] [--at ISO]"));
    Result<qint64> id = context.id(1, Tr::tr("There is no deal \"%1\"."));
    if (!id)
        return context.fail(id.error());
    DealRepository deals(db);
    Result<Deal> deal = deals.load(*id);
    if (!deal)
        return context.fail(deal.error());
    Result<Pipeline> pipeline = PipelineRepository(db).pipeline(deal->pipelineId);
    if (!pipeline)
        return context.fail(pipeline.error());
    Result<const Stage*> named = stageOption(context, *pipeline);
    if (!named)
        return context.fail(named.error());
    const Stage* stage = *named;
    qint64 reason = 0;
    if (context.has(u"reason"_s) && stage->kind != StageKind::Lost)
        return context.fail(Tr::tr("--reason is for a move to a lost stage."));
    if (context.has(u"reason"_s)) {
        Lists lists(db);
        Result<qint64> named = context.named(lists, kLossReasons, u"reason"_s);
        if (!named)
            return context.fail(named.error());
        reason = *named;
    }
    const Result<QDateTime> at = context.pastInstant(u"at"_s);
    if (!at)
        return context.fail(at.error());
    if (Status s = deals.move(*deal, stage->id, reason, *at); !s)
        return context.fail(s.error());
    context.tell(db.takeNotices());
    return context.answer(Tr::tr("Deal %1 is now in \"%2\".").arg(deal->id).arg(stage->name),
                          dealJson(*deal, *pipeline));
}

int dealsList(const CliContext& context, Database& db)
{
    DealListQuery query;
    // A stage name belongs to a pipeline: the first one unless --pipeline names another.
    if (context.has(u"pipeline"_s) || context.has(u"stage"_s)) {
        Result<Pipeline> pipeline = pipelineFor(db, context);
        if (!pipeline)
            return context.fail(pipeline.error());
        query.pipelineId = pipeline->id;
        if (context.has(u"stage"_s)) {
            Result<const Stage*> stage = stageOption(context, *pipeline);
            if (!stage)
                return context.fail(stage.error());
            query.stageId = (*stage)->id;
        }
    }
    if (context.has(u"open"_s))
        query.state = DealListQuery::State::Open;
    else if (context.has(u"closed"_s))
        query.state = DealListQuery::State::Closed;
    Result<qint64> limit = context.number(u"limit"_s, 1, 100000, 1000);
    if (!limit)
        return context.fail(limit.error());
    query.limit = int(*limit);
    Result<QList<Deal>> deals = DealRepository(db).list(query);
    Result<QList<Pipeline>> pipelines = PipelineRepository(db).pipelines();
    if (!deals || !pipelines)
        return context.fail(!deals ? deals.error() : pipelines.error());
    QJsonArray list;
    QStringList lines;
    for (const Deal& d : *deals) {
        for (const Pipeline& p : *pipelines) {
            if (p.id != d.pipelineId)
                continue;
            const QJsonObject json = dealJson(d, p);
            list.append(json);
            lines.append(u"%1\t%2\t%3\t%4"_s.arg(d.id).arg(json.value(u"stage"_s).toString(),
                                                           d.title,
                                                           formatMoney(d.amountMinor, d.currency)));
        }
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("No deals."));
    return context.answer(lines.join(u'\n'), list);
}

} // namespace

Result<const Stage*> stageOption(const CliContext& context, const Pipeline& pipeline)
{
    const Stage* stage = pipeline.stageNamed(context.option(u"stage"_s).simplified());
    if (stage)
        return stage;
    QStringList names;
    for (const Stage& s : pipeline.stages)
        names.append(s.name);
    return makeError(ErrorKind::NotFound,
                     Tr::tr("The pipeline %1 has no stage \"%2\". Choose one of: %3.")
                         .arg(pipeline.name, context.option(u"stage"_s), names.join(u", "_s)));
}

int runPipelines(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Result<QList<Pipeline>> pipelines = PipelineRepository(**db).pipelines();
    if (!pipelines)
        return context.fail(pipelines.error());
    QJsonArray list;
    QStringList lines;
    for (const Pipeline& p : *pipelines) {
        QJsonArray stages;
        lines.append(u"%1 %2"_s.arg(p.id).arg(p.name));
        for (const Stage& s : p.stages) {
            stages.append(QJsonObject{{u"id"_s, s.id},
                                      {u"name"_s, s.name},
                                      {u"kind"_s, stageKindName(s.kind)},
                                      {u"probability"_s, s.probability},
                                      {u"rotting_days"_s, s.rottingDays}});
            lines.append(u"  %1\t%2\t%3\t%4"_s.arg(s.id).arg(s.name, stageKindTitle(s.kind),
                                                             Tr::tr("%1 %").arg(s.probability)));
        }
        list.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"stages"_s, stages}});
    }
    return context.answer(lines.join(u'\n'), list);
}

int runDeals(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"add" && sub != u"move" && sub != u"list")
        return context.fail(Tr::tr("Use: deals add|move|list. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    if (sub == u"add")
        return dealsAdd(context, **db);
    if (sub == u"move")
        return dealsMove(context, **db);
    return dealsList(context, **db);
}

} // namespace kartoteka::cli
