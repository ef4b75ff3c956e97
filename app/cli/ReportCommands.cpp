// report funnel: the owner's numbers from the same core code as the screen.
#include "CliContext.h"

#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "reports/FunnelReport.h"
#include "reports/SalesReport.h"
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

int funnel(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<FunnelReport> report = funnelReport(db, period);
    if (!report)
        return context.fail(report.error());
    QJsonArray stages;
    QStringList lines{tr("Funnel of %1, deals created %2 – %3: %4 deals")
                          .arg(report->pipeline, period.from.toString(Qt::ISODate),
                               period.to.toString(Qt::ISODate))
                          .arg(report->deals)};
    for (const FunnelStage& s : report->stages) {
        stages.append(QJsonObject{{u"stage"_s, s.name},
                                  {u"reached"_s, s.reached},
                                  {u"now"_s, s.now},
                                  {u"amount_now_minor"_s, s.amountNowMinor},
                                  {u"conversion_from_previous"_s, s.conversionFromPrevious},
                                  {u"conversion_from_first"_s, s.conversionFromFirst},
                                  {u"average_days_in_stage"_s, s.averageDaysInStage}});
        lines.append(u"  %1\t%2 reached (%3 %)\tnow %4, %5"_s.arg(s.name)
                         .arg(s.reached)
                         .arg(s.conversionFromPrevious * 100, 0, 'f', 1)
                         .arg(s.now)
                         .arg(formatMoney(s.amountNowMinor, report->currency)));
    }
    QJsonArray reasons;
    for (const auto& [reason, count] : report->lossReasons)
        reasons.append(QJsonObject{{u"reason"_s, reason}, {u"count"_s, count}});
    lines.append(tr("  won %1 (%2), lost %3 (%4), win rate %5 %, %6 days to win on average")
                     .arg(report->won)
                     .arg(formatMoney(report->wonMinor, report->currency))
                     .arg(report->lost)
                     .arg(formatMoney(report->lostMinor, report->currency))
                     .arg(report->winRate * 100, 0, 'f', 1)
                     .arg(report->averageDaysToWin, 0, 'f', 1));
    return context.answer(lines.join(u'\n'),
                          QJsonObject{{u"pipeline"_s, report->pipeline},
                                      {u"from"_s, period.from.toString(Qt::ISODate)},
                                      {u"to"_s, period.to.toString(Qt::ISODate)},
                                      {u"deals"_s, report->deals},
                                      {u"stages"_s, stages},
                                      {u"won"_s, report->won},
                                      {u"won_minor"_s, report->wonMinor},
                                      {u"lost"_s, report->lost},
                                      {u"lost_minor"_s, report->lostMinor},
                                      {u"win_rate"_s, report->winRate},
                                      {u"average_days_to_win"_s, report->averageDaysToWin},
                                      {u"loss_reasons"_s, reasons},
                                      {u"currency"_s, report->currency}});
}

int sales(const CliContext& context, Database& db, const ReportPeriod& period)
{
    const std::optional<SalesBucket> bucket =
        salesBucketFromName(context.has(u"by"_s) ? context.option(u"by"_s) : u"month"_s);
    if (!bucket)
        return context.fail(tr("--by is day, week, month or quarter."));
    Result<SalesReport> report = salesReport(db, period, *bucket);
    if (!report)
        return context.fail(report.error());
    QJsonArray rows;
    QStringList lines{tr("Sales (won deals) %1 – %2, with the year before")
                          .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))};
    for (const SalesRow& r : report->rows) {
        rows.append(QJsonObject{{u"start"_s, r.start.toString(Qt::ISODate)},
                                {u"won"_s, r.won},
                                {u"won_minor"_s, r.wonMinor},
                                {u"average_minor"_s, r.averageMinor},
                                {u"previous_year_won"_s, r.previousYearWon},
                                {u"previous_year_minor"_s, r.previousYearMinor}});
        lines.append(u"  %1	%2 deals	%3	(a year before: %4 deals, %5)"_s
                         .arg(r.start.toString(Qt::ISODate))
                         .arg(r.won)
                         .arg(formatMoney(r.wonMinor, report->currency))
                         .arg(r.previousYearWon)
                         .arg(formatMoney(r.previousYearMinor, report->currency)));
    }
    return context.answer(lines.join(u'\n'),
                          QJsonObject{{u"from"_s, period.from.toString(Qt::ISODate)},
                                      {u"to"_s, period.to.toString(Qt::ISODate)},
                                      {u"rows"_s, rows},
                                      {u"won"_s, report->won},
                                      {u"won_minor"_s, report->wonMinor},
                                      {u"average_minor"_s, report->averageMinor},
                                      {u"previous_year_won"_s, report->previousYearWon},
                                      {u"previous_year_minor"_s, report->previousYearMinor},
                                      {u"currency"_s, report->currency}});
}

} // namespace

int runReport(const CliContext& context)
{
    const QString which = context.arguments.value(0);
    if (which != u"funnel" && which != u"sales")
        return context.fail(
            tr("Use: report funnel|sales [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
               "[--pipeline P] [--manager M] [--by day|week|month|quarter]. The other "
               "reports are not built yet."));
    ReportPeriod period;
    const QDate today = QDate::currentDate();
    period.from = context.has(u"from"_s) ? QDate::fromString(context.option(u"from"_s), Qt::ISODate)
                                         : QDate(today.year(), today.month(), 1);
    period.to =
        context.has(u"to"_s) ? QDate::fromString(context.option(u"to"_s), Qt::ISODate) : today;
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return context.fail(tr("--from and --to are dates as YYYY-MM-DD, --from not after --to."));
    Result<std::unique_ptr<Database>> db = openDatabase({context.databasePath, context.mode, true});
    if (!db)
        return context.fail(db.error());
    if (context.has(u"pipeline"_s)) {
        Result<Pipeline> pipeline =
            PipelineRepository(**db).pipelineNamed(context.option(u"pipeline"_s));
        if (!pipeline)
            return context.fail(pipeline.error());
        period.pipelineId = pipeline->id;
    }
    if (context.has(u"manager"_s)) {
        Result<qint64> manager = Lists(**db).userIdOf(context.option(u"manager"_s));
        if (!manager)
            return context.fail(manager.error());
        period.managerId = *manager;
    }
    return which == u"funnel" ? funnel(context, **db, period) : sales(context, **db, period);
}

} // namespace kartoteka::cli
