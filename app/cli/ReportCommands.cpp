// report funnel|sales|channels|managers|clients|drifting: the owner's numbers from the same core
// code as the screen.
#include "CliContext.h"

#include "audit/Exports.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "reports/CallList.h"
#include "reports/ChannelsReport.h"
#include "reports/ClientsReport.h"
#include "reports/Dashboard.h"
#include "reports/FunnelReport.h"
#include "reports/ManagersReport.h"
#include "reports/ReportTables.h"
#include "reports/SalesReport.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

// --format, or else the --out file's suffix.
std::optional<TableFileFormat> exportFormat(const CliContext& context)
{
    return tableFileFormatFromName(context.has(u"format"_s)
                                       ? context.option(u"format"_s)
                                       : QFileInfo(context.option(u"out"_s)).suffix());
}

// With --out the answer is the report's table in a file, written by the same
// core function as the reports screen's Export.
int exportTo(const CliContext& context, Database& db, const ReportTable& table)
{
    const QString path = QFileInfo(context.option(u"out"_s)).absoluteFilePath();
    const std::optional<TableFileFormat> format = exportFormat(context);
    // Refused without the export capability, audited once written.
    if (Status s = exportReportTable(db, table, path, *format); !s)
        return context.fail(s.error());
    const QString shown = QDir::toNativeSeparators(path);
    return context.answer(
        Tr::tr("%1: %n row(s) written to %2.", nullptr, int(table.rows.size()))
            .arg(table.title, shown),
        QJsonObject{{u"file"_s, shown},
                    {u"table"_s, table.title},
                    {u"rows"_s, table.rows.size()},
                    {u"format"_s, *format == TableFileFormat::Csv ? u"csv"_s : u"xlsx"_s}});
}

// "12,5 %": a share written the locale's way.
QString percent(double share)
{
    return Tr::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

// "01.11.2026 – 22.11.2026", for the first line of a report: the dates as the
// screen writes them (--json keeps ISO dates for scripts).
QString shownDays(const ReportPeriod& period)
{
    return formatDate(period.from) + u" – "_s + formatDate(period.to);
}

// A report's JSON answer: the period first, then what the report says.
QJsonObject withPeriod(const ReportPeriod& period, QJsonObject body)
{
    body.insert(u"from"_s, period.from.toString(Qt::ISODate));
    body.insert(u"to"_s, period.to.toString(Qt::ISODate));
    return body;
}

int funnel(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<FunnelReport> report = funnelReport(db, period);
    if (!report)
        return context.fail(report.error());
    if (context.has(u"out"_s))
        return exportTo(context, db, funnelTable(*report));
    QJsonArray stages;
    QStringList lines{Tr::tr("Funnel of %1, deals created %2: %L3")
                          .arg(report->pipeline, shownDays(period))
                          .arg(formatNumber(report->deals))};
    for (const FunnelStage& s : report->stages) {
        stages.append(QJsonObject{{u"stage"_s, s.name},
                                  {u"reached"_s, s.reached},
                                  {u"now"_s, s.now},
                                  {u"amount_now_minor"_s, s.amountNowMinor},
                                  {u"conversion_from_previous"_s, s.conversionFromPrevious},
                                  {u"conversion_from_first"_s, s.conversionFromFirst},
                                  {u"average_days_in_stage"_s, s.averageDaysInStage}});
        lines.append(Tr::tr("  %1\treached %L2 (%3)\tof these in it now %L4, %5")
                         .arg(s.name)
                         .arg(formatNumber(s.reached))
                         .arg(percent(s.conversionFromPrevious))
                         .arg(formatNumber(s.now))
                         .arg(formatMoney(s.amountNowMinor, report->currency)));
    }
    QJsonArray reasons;
    for (const LossReasonCount& r : report->lossReasons)
        reasons.append(QJsonObject{
            {u"reason"_s, r.name}, {u"count"_s, r.count}, {u"amount_minor"_s, r.amountMinor}});
    lines.append(Tr::tr("  won %L1 (%2), lost %L3 (%4), win rate %5, %L6 days to win on average")
                     .arg(formatNumber(report->won))
                     .arg(formatMoney(report->wonMinor, report->currency))
                     .arg(formatNumber(report->lost))
                     .arg(formatMoney(report->lostMinor, report->currency))
                     .arg(percent(report->winRate))
                     .arg(report->averageDaysToWin, 0, 'f', 1));
    return context.answer(
        lines.join(u'\n'),
        withPeriod(period, QJsonObject{{u"pipeline"_s, report->pipeline},
                                       {u"deals"_s, report->deals},
                                       {u"stages"_s, stages},
                                       {u"won"_s, report->won},
                                       {u"won_minor"_s, report->wonMinor},
                                       {u"lost"_s, report->lost},
                                       {u"lost_minor"_s, report->lostMinor},
                                       {u"win_rate"_s, report->winRate},
                                       {u"average_days_to_win"_s, report->averageDaysToWin},
                                       {u"loss_reasons"_s, reasons},
                                       {u"currency"_s, report->currency}}));
}

int sales(const CliContext& context, Database& db, const ReportPeriod& period)
{
    const std::optional<SalesBucket> bucket =
        salesBucketFromName(context.has(u"by"_s) ? context.option(u"by"_s) : u"month"_s);
    if (!bucket)
        return context.fail(Tr::tr("--by is day, week, month or quarter."));
    Result<SalesReport> report = salesReport(db, period, *bucket);
    if (!report)
        return context.fail(report.error());
    if (context.has(u"out"_s))
        return exportTo(context, db, salesTable(*report, *bucket));
    QJsonArray rows;
    QStringList lines{Tr::tr("Sales %1: won deals with the year before, and logged purchases")
                          .arg(shownDays(period))};
    for (const SalesRow& r : report->rows) {
        rows.append(QJsonObject{{u"start"_s, r.start.toString(Qt::ISODate)},
                                {u"won"_s, r.won},
                                {u"won_minor"_s, r.wonMinor},
                                {u"average_minor"_s, r.averageMinor},
                                {u"previous_year_won"_s, r.previousYearWon},
                                {u"previous_year_minor"_s, r.previousYearMinor},
                                {u"purchases"_s, r.purchases},
                                {u"purchases_minor"_s, r.purchasesMinor}});
        lines.append(Tr::tr("  %1\tdeals: %L2\t%3\t(a year before: deals: %L4, %5)\t"
                            "purchases: %L6\t%7")
                         .arg(formatDate(r.start))
                         .arg(formatNumber(r.won))
                         .arg(formatMoney(r.wonMinor, report->currency))
                         .arg(formatNumber(r.previousYearWon))
                         .arg(formatMoney(r.previousYearMinor, report->currency))
                         .arg(formatNumber(r.purchases))
                         .arg(formatMoney(r.purchasesMinor, report->currency)));
    }
    lines.append(Tr::tr("Total: won deals: %L1, %2; logged purchases: %L3, %4")
                     .arg(formatNumber(report->won))
                     .arg(formatMoney(report->wonMinor, report->currency))
                     .arg(formatNumber(report->purchases))
                     .arg(formatMoney(report->purchasesMinor, report->currency)));
    return context.answer(
        lines.join(u'\n'),
        withPeriod(period, QJsonObject{{u"rows"_s, rows},
                                       {u"won"_s, report->won},
                                       {u"won_minor"_s, report->wonMinor},
                                       {u"average_minor"_s, report->averageMinor},
                                       {u"previous_year_won"_s, report->previousYearWon},
                                       {u"previous_year_minor"_s, report->previousYearMinor},
                                       {u"purchases"_s, report->purchases},
                                       {u"purchases_minor"_s, report->purchasesMinor},
                                       {u"currency"_s, report->currency}}));
}

int channels(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ChannelsReport> report = channelsReport(db, period);
    if (!report)
        return context.fail(report.error());
    if (context.has(u"out"_s))
        return exportTo(context, db, channelsTable(*report));
    QJsonArray rows;
    QStringList lines{Tr::tr("Channels %1").arg(shownDays(period))};
    for (const ChannelRow& r : report->rows) {
        rows.append(QJsonObject{{u"source"_s, r.source},
                                {u"new_clients"_s, r.newClients},
                                {u"deals"_s, r.deals},
                                {u"won"_s, r.won},
                                {u"lost"_s, r.lost},
                                {u"win_rate"_s, r.winRate},
                                {u"won_minor"_s, r.wonMinor},
                                {u"average_check_minor"_s, r.averageCheckMinor},
                                {u"buying_clients"_s, r.buyingClients},
                                {u"revenue_minor"_s, r.revenueMinor},
                                {u"revenue_per_client_minor"_s, r.revenuePerClientMinor}});
        lines.append(
            Tr::tr("  %1\tnew clients %L2, deals %L3, won %L4 (%5), %6; %7 per buying client")
                .arg(r.source)
                .arg(formatNumber(r.newClients))
                .arg(formatNumber(r.deals))
                .arg(formatNumber(r.won))
                .arg(percent(r.winRate), formatMoney(r.wonMinor, report->currency),
                     formatMoney(r.revenuePerClientMinor, report->currency)));
    }
    return context.answer(
        lines.join(u'\n'),
        withPeriod(period, QJsonObject{{u"rows"_s, rows}, {u"currency"_s, report->currency}}));
}

int managers(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ManagersReport> report = managersReport(db, period);
    if (!report)
        return context.fail(report.error());
    if (context.has(u"out"_s))
        return exportTo(context, db, managersTable(*report));
    QJsonArray rows;
    QStringList lines{Tr::tr("Managers %1").arg(shownDays(period))};
    for (const ManagerRow& r : report->rows) {
        rows.append(QJsonObject{{u"manager"_s, r.manager},
                                {u"open"_s, r.open},
                                {u"open_minor"_s, r.openMinor},
                                {u"won"_s, r.won},
                                {u"lost"_s, r.lost},
                                {u"win_rate"_s, r.winRate},
                                {u"won_minor"_s, r.wonMinor},
                                {u"average_days_to_win"_s, r.averageDaysToWin},
                                {u"calls"_s, r.calls},
                                {u"meetings"_s, r.meetings},
                                {u"emails"_s, r.emails}});
        lines.append(Tr::tr("  %1\topen %L2, won %L3 (%4), lost %L5, %6; calls %L7, meetings %L8, "
                            "e-mails %L9")
                         .arg(r.manager)
                         .arg(formatNumber(r.open))
                         .arg(formatNumber(r.won))
                         .arg(percent(r.winRate))
                         .arg(formatNumber(r.lost))
                         .arg(formatMoney(r.wonMinor, report->currency))
                         .arg(formatNumber(r.calls))
                         .arg(formatNumber(r.meetings))
                         .arg(formatNumber(r.emails)));
    }
    return context.answer(
        lines.join(u'\n'),
        withPeriod(period, QJsonObject{{u"rows"_s, rows}, {u"currency"_s, report->currency}}));
}

QJsonObject clientJson(const ClientValue& v)
{
    return {{u"client_id"_s, v.clientId},
            {u"name"_s, v.name},
            {u"purchases"_s, v.purchases},
            {u"total_minor"_s, v.totalMinor},
            {u"average_check_minor"_s, v.averageCheckMinor},
            {u"days_between"_s, v.daysBetween},
            {u"last_purchase"_s, v.lastPurchase.toString(Qt::ISODate)},
            {u"rfm"_s, u"%1%2%3"_s.arg(v.recency).arg(v.frequency).arg(v.monetary)},
            {u"segment"_s, v.segment}};
}

int clients(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ClientsReport> report = clientsReport(db, period);
    if (!report)
        return context.fail(report.error());
    if (context.has(u"out"_s))
        return exportTo(context, db, segmentsTable(*report));
    const QString& money = report->currency;
    QStringList lines{Tr::tr("Clients' purchases and won deals %1").arg(shownDays(period)),
                      Tr::tr("  buyers %L1, sales %L2, %3; average check %4, value per client %5")
                          .arg(formatNumber(report->buyers))
                          .arg(formatNumber(report->sales))
                          .arg(formatMoney(report->revenueMinor, money),
                               formatMoney(report->averageCheckMinor, money),
                               formatMoney(report->averageValueMinor, money))};
    // Only what the figures can say (see ClientsReport::saysDaysBetween).
    if (report->saysDaysBetween())
        lines.append(Tr::tr("  those who came back buy every %n day(s) on average", nullptr,
                            report->daysBetweenSaid()));
    if (report->saysTopShare())
        lines.append(Tr::tr("  the top %L1 clients (20 %) bring %2 of the revenue")
                         .arg(formatNumber(report->topClients))
                         .arg(percent(report->topShare)));
    QJsonArray counts, cohorts, segments, top;
    for (const PurchaseCountRow& r : report->purchaseCounts) {
        counts.append(QJsonObject{{u"purchases"_s, r.label},
                                  {u"clients"_s, r.clients},
                                  {u"revenue_minor"_s, r.revenueMinor}});
        lines.append(
            Tr::tr("  purchases %1: clients %L2").arg(r.label).arg(formatNumber(r.clients)));
    }
    for (const CohortRow& r : report->cohorts)
        cohorts.append(QJsonObject{{u"quarter"_s, r.quarter.toString(Qt::ISODate)},
                                   {u"clients"_s, r.clients},
                                   {u"revenue_minor"_s, r.revenueMinor},
                                   {u"average_value_minor"_s, r.averageValueMinor}});
    for (const SegmentRow& r : report->segments) {
        segments.append(QJsonObject{{u"segment"_s, r.key},
                                    {u"name"_s, r.name},
                                    {u"clients"_s, r.clients},
                                    {u"revenue_minor"_s, r.revenueMinor},
                                    {u"average_days_since_last"_s, r.averageDaysSinceLast},
                                    {u"average_purchases"_s, r.averagePurchases}});
        lines.append(Tr::tr("  %1: clients %L2, %3")
                         .arg(r.name)
                         .arg(formatNumber(r.clients))
                         .arg(formatMoney(r.revenueMinor, money)));
    }
    for (const ClientValue& v : report->top)
        top.append(clientJson(v));
    return context.answer(
        lines.join(u'\n'),
        withPeriod(period,
                   QJsonObject{{u"buyers"_s, report->buyers},
                               {u"sales"_s, report->sales},
                               {u"revenue_minor"_s, report->revenueMinor},
                               {u"average_check_minor"_s, report->averageCheckMinor},
                               {u"average_value_minor"_s, report->averageValueMinor},
                               {u"returning_buyers"_s, report->returningBuyers},
                               {u"average_days_between"_s,
                                report->saysDaysBetween() ? QJsonValue(report->averageDaysBetween)
                                                          : QJsonValue()},
                               {u"top_clients"_s, report->topClients},
                               {u"top_share"_s, report->topShare},
                               {u"purchase_counts"_s, counts},
                               {u"cohorts"_s, cohorts},
                               {u"segments"_s, segments},
                               {u"top"_s, top},
                               {u"currency"_s, money}}));
}

int drifting(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<CallList> calls = loadCallList(db, period.to, period.managerId);
    if (!calls)
        return context.fail(calls.error());
    const QList<DriftingClient>* list = &calls->drifting;
    const QList<UpcomingBirthday>* birthdays = &calls->birthdays;
    const QString money = shopCurrency(db);
    if (context.has(u"out"_s))
        return exportTo(context, db, driftingTable(*list, money));
    QJsonArray rows, upcoming;
    QStringList lines{
        Tr::tr("Drifting away as of %1 (most valuable first):").arg(formatDate(period.to))};
    for (const DriftingClient& d : *list) {
        rows.append(QJsonObject{{u"client_id"_s, d.clientId},
                                {u"name"_s, d.name},
                                {u"phone"_s, d.phone},
                                {u"manager"_s, d.manager},
                                {u"purchases"_s, d.purchases},
                                {u"total_minor"_s, d.totalMinor},
                                {u"last_purchase"_s, d.lastPurchase.toString(Qt::ISODate)},
                                {u"usual_gap_days"_s, d.usualGapDays},
                                {u"days_since_last"_s, d.daysSinceLast}});
        lines.append(Tr::tr("  %1\t%2\t%3, last %4 (%Ln day(s) ago)", nullptr, d.daysSinceLast)
                         .arg(d.name, d.phone, formatMoney(d.totalMinor, money),
                              formatDate(d.lastPurchase)));
    }
    lines.append(Tr::tr("Birthdays in the next %n day(s):", nullptr, kBirthdayDays));
    for (const UpcomingBirthday& b : *birthdays) {
        upcoming.append(QJsonObject{{u"client_id"_s, b.clientId},
                                    {u"name"_s, b.name},
                                    {u"phone"_s, b.phone},
                                    {u"date"_s, b.next.toString(Qt::ISODate)},
                                    {u"turns"_s, b.turns}});
        lines.append(Tr::tr("  %1\t%2\t%3 turns %4")
                         .arg(formatDate(b.next), b.name, b.phone)
                         .arg(formatNumber(b.turns)));
    }
    return context.answer(lines.join(u'\n'),
                          QJsonObject{{u"as_of"_s, period.to.toString(Qt::ISODate)},
                                      {u"drifting"_s, rows},
                                      {u"birthdays"_s, upcoming},
                                      {u"currency"_s, money}});
}

} // namespace

int runReport(const CliContext& context)
{
    const QString which = context.arguments.value(0);
    using Report = int (*)(const CliContext&, Database&, const ReportPeriod&);
    static const QHash<QString, Report> reports{
        {u"funnel"_s, funnel},     {u"sales"_s, sales},     {u"channels"_s, channels},
        {u"managers"_s, managers}, {u"clients"_s, clients}, {u"drifting"_s, drifting}};
    const Report report = reports.value(which);
    if (!report)
        return context.fail(Tr::tr(
            "Use: report funnel|sales|channels|managers|clients|drifting [--from YYYY-MM-DD] "
            "[--to YYYY-MM-DD] [--pipeline P] [--manager M] [--by day|week|month|quarter]."));
    if (context.has(u"format"_s) && !context.has(u"out"_s))
        return context.fail(Tr::tr("--format needs --out FILE: the file to write the table to."));
    if (context.has(u"out"_s) && !exportFormat(context))
        return context.fail(Tr::tr("--format is csv or xlsx."));
    ReportPeriod period;
    const QDate today = QDate::currentDate();
    period.to =
        context.has(u"to"_s) ? QDate::fromString(context.option(u"to"_s), Qt::ISODate) : today;
    // Without --from: the month --to falls in (drifting has no --from at all).
    period.from = context.has(u"from"_s) ? QDate::fromString(context.option(u"from"_s), Qt::ISODate)
                                         : QDate(period.to.year(), period.to.month(), 1);
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return context.fail(
            Tr::tr("--from and --to are dates as YYYY-MM-DD, --from not after --to."));
    if (Status s = checkReportPeriod(period); !s)
        return context.fail(s.error());
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
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
        Result<qint64> manager = context.staff(**db, u"manager"_s);
        if (!manager)
            return context.fail(manager.error());
        // Someone who reports on their own work only is told, not silently
        // given their own figures under a colleague's name.
        if (!reachesManagerReport(context.principal, *manager))
            return context.fail(require(context.principal, Capability::AllReports).error());
        period.managerId = *manager;
    }
    return report(context, **db, period);
}

} // namespace kartoteka::cli
