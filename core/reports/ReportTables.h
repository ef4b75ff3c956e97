#pragma once

#include "reports/CallList.h"
#include "reports/ChannelsReport.h"
#include "reports/ClientsReport.h"
#include "reports/DealsBehind.h"
#include "reports/FunnelReport.h"
#include "reports/ManagersReport.h"
#include "reports/ReportTable.h"
#include "reports/SalesReport.h"

namespace kartoteka {

// The tables the reports screen shows beside its charts and exports. Row k of
// a table is item k of the report's list (the funnel: its stages, then won
// and lost), which is how a click finds what is behind a row.
ReportTable funnelTable(const FunnelReport& report);
ReportTable lossReasonsTable(const FunnelReport& report);
ReportTable salesTable(const SalesReport& report, SalesBucket bucket);
ReportTable channelsTable(const ChannelsReport& report);
ReportTable managersTable(const ManagersReport& report);
ReportTable segmentsTable(const ClientsReport& report);
ReportTable purchaseCountsTable(const ClientsReport& report);
ReportTable cohortsTable(const ClientsReport& report);
ReportTable clientValuesTable(const QList<ClientValue>& clients, const QString& currency);
ReportTable driftingTable(const QList<DriftingClient>& clients, const QString& currency);
ReportTable birthdaysTable(const QList<UpcomingBirthday>& birthdays);
ReportTable dealsBehindTable(const QList<DealBehind>& deals, const QString& currency);

// A bucket's name in tables and charts: "23.11", "week of 16.11", "Nov 2026", "Q4 2026".
QString bucketLabel(const QDate& start, SalesBucket bucket);

} // namespace kartoteka
