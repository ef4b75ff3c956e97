#pragma once

#include "reports/CallList.h"
#include "reports/ChannelsReport.h"
#include "reports/ClientsReport.h"
#include "reports/FunnelReport.h"
#include "reports/ManagersReport.h"
#include "reports/SalesReport.h"

namespace kartoteka {

class Database;

// Everything the owner's dashboard shows, for one period and filter.
struct Dashboard
{
    ReportPeriod period;
    SalesBucket bucket = SalesBucket::Month;
    FunnelReport funnel;
    SalesReport sales;
    ChannelsReport channels;
    ManagersReport managers;
    ClientsReport clients;
};

// Who to call today: about today and all history, whatever the period; it
// changes only with sales, so the screen counts it apart from the dashboard.
struct CallList
{
    QDate today;
    qint64 managerId = 0;
    QList<DriftingClient> drifting;
    QList<UpcomingBirthday> birthdays;
};

inline constexpr int kBirthdayDays = 14;

// The bucket that suits a period's length: days for a month, weeks up to a
// quarter, months up to two years, quarters beyond.
SalesBucket bucketFor(const ReportPeriod& period);

Result<Dashboard> loadDashboard(Database& db, const ReportPeriod& period, SalesBucket bucket);
Result<CallList> loadCallList(Database& db, const QDate& today, qint64 managerId);

} // namespace kartoteka
