#pragma once

#include "reports/CallList.h"
#include "reports/ChannelsReport.h"
#include "reports/ClientsReport.h"
#include "reports/Dashboard.h"
#include "reports/DealsBehind.h"
#include "reports/FunnelReport.h"
#include "reports/ManagersReport.h"
#include "reports/ReportTable.h"
#include "reports/SalesReport.h"

namespace kartoteka {

// The tables the reports screen shows beside its charts, exports, and
// `kartoteka-cli report` prints. Each row carries what it opens (its deals or
// clients, or one client or deal: ReportTable::opens), worked out here for
// `period`, the period the report was counted for.
ReportTable funnelTable(const FunnelReport& report, const ReportPeriod& period);
ReportTable lossReasonsTable(const FunnelReport& report, const ReportPeriod& period);
ReportTable salesTable(const SalesReport& report, SalesBucket bucket, const ReportPeriod& period);
ReportTable channelsTable(const ChannelsReport& report, const ReportPeriod& period);
ReportTable managersTable(const ManagersReport& report, const ReportPeriod& period);
ReportTable segmentsTable(const ClientsReport& report, const ReportPeriod& period);
ReportTable purchaseCountsTable(const ClientsReport& report, const ReportPeriod& period);
ReportTable cohortsTable(const ClientsReport& report, const ReportPeriod& period);
ReportTable clientValuesTable(const QList<ClientValue>& clients, const QString& currency);
ReportTable driftingTable(const QList<DriftingClient>& clients, const QString& currency);
ReportTable birthdaysTable(const QList<UpcomingBirthday>& birthdays);
ReportTable dealsBehindTable(const QList<DealBehind>& deals, const QString& currency);

// The list a row opens (ReportDrill::isList()): the deals or clients behind
// it, each row opening one deal or client card, counted on `db` as its
// principal (a manager's list holds only what they may see). Nothing to list
// is an Invalid error.
Result<ReportTable> drillTable(Database& db, const ReportDrill& drill, const QString& currency);

// A figure of a report beside its tables (the total won, the win rate).
struct ReportFigure
{
    QString key; // its name in --json
    QString title;
    CellKind kind = CellKind::Count;
    QVariant value;
    // Said in text only when true: a figure too thin to say (the top 20 % of
    // fewer than five buyers) is still in --json.
    bool said = true;
};

// A whole report as one description: its totals and its tables, in the
// order they are shown. `kartoteka-cli report` prints it (text or --json);
// the screen shows its tables.
struct ReportSheet
{
    QString title;
    QString currency;
    std::optional<ReportPeriod> period; // none: as of a day (the call list)
    QList<ReportFigure> figures;
    QList<ReportTable> tables;
};
ReportSheet funnelSheet(const FunnelReport& report, const ReportPeriod& period);
ReportSheet salesSheet(const SalesReport& report, SalesBucket bucket, const ReportPeriod& period);
ReportSheet channelsSheet(const ChannelsReport& report, const ReportPeriod& period);
ReportSheet managersSheet(const ManagersReport& report, const ReportPeriod& period);
ReportSheet clientsSheet(const ClientsReport& report, const ReportPeriod& period);
ReportSheet callListSheet(const CallList& list, const QString& currency);
// A figure as the screen writes it (money with the currency, counts and dates
// as the language writes them).
QString displayFigure(const ReportFigure& figure, const QString& currency);

// A bucket's name in tables and charts: "23.11", "week of 16.11", "Nov 2026", "Q4 2026".
QString bucketLabel(const QDate& start, SalesBucket bucket);

} // namespace kartoteka
