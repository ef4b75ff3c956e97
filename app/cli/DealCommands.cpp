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

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka-cli", text);
}

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

Result<Pipeline> pipelineFor(Database& db, const CliContext& context)
{
    return PipelineRepository(db).pipelineNamed(context.option(u"pipeline"_s));
}

// The stage --stage names in the pipeline.
Result<const Stage*> stageOption(const CliContext& context, const Pipeline& pipeline)
{
    const Stage* stage = pipeline.stageNamed(context.option(u"stage"_s));
    if (!stage)
        return makeError(ErrorKind::Invalid, tr("The pipeline %1 has no stage \"%2\".")
                                                 .arg(pipeline.name, context.option(u"stage"_s)));
    return stage;
}

int dealsAdd(const CliContext& context, Database& db)
{
    Result<Pipeline> pipeline = pipelineFor(db, context);
    if (!pipeline)
        return context.fail(pipeline.error());
    Deal deal;
    deal.pipelineId = pipeline->id;
    deal.clientId = context.option(u"client"_s).toLongLong();
    deal.title = context.option(u"title"_s);
    if (context.has(u"amount"_s)) {
        const Result<qint64> amount = parseMoney(context.option(u"amount"_s));
        if (!amount)
            return context.fail(u"--amount: "_s + amount.error().message);
        deal.amountMinor = *amount;
    }
    if (context.has(u"stage"_s)) {
        Result<const Stage*> named = stageOption(context, *pipeline);
        if (!named)
            return context.fail(named.error());
        const Stage* stage = *named;
        deal.stageId = stage->id;
        if (stage->kind == StageKind::Lost && context.has(u"reason"_s)) {
            Result<qint64> reason = Lists(db).idOf(u"loss_reason"_s, context.option(u"reason"_s));
            if (!reason)
                return context.fail(reason.error());
            deal.lossReasonId = *reason;
        }
    }
    if (context.has(u"manager"_s)) {
        Result<qint64> manager = Lists(db).userIdOf(context.option(u"manager"_s));
        if (!manager)
            return context.fail(manager.error());
        deal.managerId = *manager;
    }
    if (Status s = DealRepository(db).create(deal); !s)
        return context.fail(s.error());
    return context.answer(tr("Deal %1 created: %2").arg(deal.id).arg(deal.title),
                          dealJson(deal, *pipeline));
}

int dealsMove(const CliContext& context, Database& db)
{
    bool ok = false;
    const qint64 id = context.arguments.value(1).toLongLong(&ok);
    if (!ok || !context.has(u"stage"_s))
        return context.fail(tr("Use: deals move ID --stage NAME [--reason R] [--at ISO]"));
    DealRepository deals(db);
    Result<Deal> deal = deals.load(id);
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
    if (context.has(u"reason"_s)) {
        Result<qint64> id = Lists(db).idOf(u"loss_reason"_s, context.option(u"reason"_s));
        if (!id)
            return context.fail(id.error());
        reason = *id;
    }
    QDateTime at;
    if (context.has(u"at"_s)) {
        at = QDateTime::fromString(context.option(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return context.fail(
                tr("--at must be an ISO date and time, e.g. 2026-11-20T14:30:00Z."));
    }
    if (Status s = deals.move(*deal, stage->id, reason, at); !s)
        return context.fail(s.error());
    return context.answer(tr("Deal %1 is now in \"%2\".").arg(deal->id).arg(stage->name),
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
    query.limit = context.has(u"limit"_s) ? context.option(u"limit"_s).toInt() : 1000;
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
        lines.append(tr("No deals."));
    return context.answer(lines.join(u'\n'), list);
}

} // namespace

int runPipelines(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openDatabase({context.databasePath, context.mode, false});
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
            lines.append(u"  %1\t%2\t%3\t%4%"_s.arg(s.id)
                             .arg(s.name, stageKindName(s.kind))
                             .arg(s.probability));
        }
        list.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"stages"_s, stages}});
    }
    return context.answer(lines.join(u'\n'), list);
}

int runDeals(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"add" && sub != u"move" && sub != u"list")
        return context.fail(tr("Use: deals add|move|list. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase({context.databasePath, context.mode, false});
    if (!db)
        return context.fail(db.error());
    if (sub == u"add")
        return dealsAdd(context, **db);
    if (sub == u"move")
        return dealsMove(context, **db);
    return dealsList(context, **db);
}

} // namespace kartoteka::cli
