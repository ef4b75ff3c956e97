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
    QList<DriftingClient> drifting; // as of the period's last day
    QList<UpcomingBirthday> birthdays;
};

inline constexpr int kBirthdayDays = 14;

// The bucket that suits a period's length: days for a month, weeks up to a
// quarter, months up to two years, quarters beyond.
SalesBucket bucketFor(const ReportPeriod& period);

Result<Dashboard> loadDashboard(Database& db, const ReportPeriod& period, SalesBucket bucket,
                                const QDate& today);

} // namespace kartoteka
