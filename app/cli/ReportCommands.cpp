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
#include "reports/ReportRange.h"
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

// A cell for scripts: money in minor units, shares 0..1, ISO dates; an empty
// cell (the conversion into "Lost") is null.
QJsonValue jsonCell(CellKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Count:
    case CellKind::Money:
        return value.toLongLong();
    case CellKind::Percent:
    case CellKind::Days:
        return value.toDouble();
    case CellKind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

// Every report, printed from the description the screen shows and exports
// (reports/ReportTables.h): its figures, then each table with a header and
// its rows, cells as the screen writes them (counts and dates as the
// language writes them, money through formatMoney). --json gives the same
// figures and tables under their keys, ISO dates and money in minor units;
// a row that opens one client or deal carries its id. With --out the first
// table goes to a file, as the screen's Export writes it.
int print(const CliContext& context, Database& db, const ReportSheet& sheet)
{
    if (context.has(u"out"_s))
        return exportTo(context, db, sheet.tables.value(0));
    QStringList lines{sheet.period
                          ? u"%1 %2 – %3"_s.arg(sheet.title, formatDate(sheet.period->from),
                                                formatDate(sheet.period->to))
                          : sheet.title};
    QJsonObject json;
    if (sheet.period) {
        json.insert(u"from"_s, sheet.period->from.toString(Qt::ISODate));
        json.insert(u"to"_s, sheet.period->to.toString(Qt::ISODate));
    }
    json.insert(u"currency"_s, sheet.currency);
    for (const ReportFigure& f : sheet.figures) {
        json.insert(f.key, jsonCell(f.kind, f.value));
        if (f.said && f.value.isValid())
            lines.append(u"  %1: %2"_s.arg(f.title, displayFigure(f, sheet.currency)));
    }
    for (const ReportTable& t : sheet.tables) {
        lines.append(QString());
        lines.append(t.title);
        QStringList header;
        for (const ReportColumn& c : t.columns)
            header.append(c.title);
        lines.append(u"  "_s + header.join(u'\t'));
        QJsonArray rows;
        for (int r = 0; r < t.rows.size(); ++r) {
            QStringList cells;
            QJsonObject row;
            for (int c = 0; c < t.columns.size(); ++c) {
                cells.append(displayCell(t, r, c));
                row.insert(t.columns[c].key, jsonCell(t.columns[c].kind, t.rows[r].value(c)));
            }
            const ReportDrill opens = t.opensAt(r);
            if (opens.kind == ReportDrill::Kind::Client)
                row.insert(u"client_id"_s, opens.id);
            else if (opens.kind == ReportDrill::Kind::Deal)
                row.insert(u"deal_id"_s, opens.id);
            lines.append(u"  "_s + cells.join(u'\t'));
            rows.append(row);
        }
        json.insert(t.key, rows);
    }
    return context.answer(lines.join(u'\n'), json);
}

int funnel(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<FunnelReport> report = funnelReport(db, period);
    if (!report)
        return context.fail(report.error());
    return print(context, db, funnelSheet(*report, period));
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
    return print(context, db, salesSheet(*report, *bucket, period));
}

int channels(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ChannelsReport> report = channelsReport(db, period);
    if (!report)
        return context.fail(report.error());
    return print(context, db, channelsSheet(*report, period));
}

int managers(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ManagersReport> report = managersReport(db, period);
    if (!report)
        return context.fail(report.error());
    return print(context, db, managersSheet(*report, period));
}

int clients(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<ClientsReport> report = clientsReport(db, period);
    if (!report)
        return context.fail(report.error());
    return print(context, db, clientsSheet(*report, period));
}

int drifting(const CliContext& context, Database& db, const ReportPeriod& period)
{
    Result<CallList> calls = loadCallList(db, period.to, period.managerId);
    if (!calls)
        return context.fail(calls.error());
    return print(context, db, callListSheet(*calls, shopCurrency(db)));
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
            "[--to YYYY-MM-DD] [--period this-month|last-month|quarter|year|all] [--pipeline P] "
            "[--manager M] [--by day|week|month|quarter]."));
    if (context.has(u"format"_s) && !context.has(u"out"_s))
        return context.fail(Tr::tr("--format needs --out FILE: the file to write the table to."));
    if (context.has(u"out"_s) && !exportFormat(context))
        return context.fail(Tr::tr("--format is csv or xlsx."));
    std::optional<ReportRange> range;
    if (context.has(u"period"_s)) {
        range = reportRangeFromName(context.option(u"period"_s));
        if (!range)
            return context.fail(
                Tr::tr("--period is this-month, last-month, quarter, year or all."));
        if (context.has(u"from"_s))
            return context.fail(Tr::tr("Give either --period or --from, not both."));
    }
    ReportPeriod period;
    // --to is the day the report is as of (today without it); the period
    // runs to it, as on the screen, whose ranges core works out the same way.
    const QDate asOf = context.has(u"to"_s)
                           ? QDate::fromString(context.option(u"to"_s), Qt::ISODate)
                           : QDate::currentDate();
    period.to = asOf;
    // Without --from: the month --to falls in (drifting has no --from at all).
    period.from = context.has(u"from"_s) ? QDate::fromString(context.option(u"from"_s), Qt::ISODate)
                                         : rangeDays(ReportRange::ThisMonth, asOf).from;
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return context.fail(
            Tr::tr("--from and --to are dates as YYYY-MM-DD, --from not after --to."));
    if (Status s = checkReportPeriod(period); !range && !s)
        return context.fail(s.error());
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    if (range) {
        const DayRange days = rangeDays(*range, asOf, firstRecordDay(**db));
        period.from = days.from;
        period.to = days.to;
    }
    if (Status s = checkReportPeriod(period); !s)
        return context.fail(s.error());
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
