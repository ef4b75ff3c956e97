#include "reports/Dashboard.h"

namespace kartoteka {

SalesBucket bucketFor(const ReportPeriod& period)
{
    const qint64 days = period.from.daysTo(period.to) + 1;
    if (days <= 31)
        return SalesBucket::Day;
    if (days <= 92)
        return SalesBucket::Week;
    if (days <= 731)
        return SalesBucket::Month;
    return SalesBucket::Quarter;
}

Result<Dashboard> loadDashboard(Database& db, const ReportPeriod& period, SalesBucket bucket,
                                const QDate& today)
{
    Dashboard d{period, bucket};
    Result<FunnelReport> funnel = funnelReport(db, period);
    if (!funnel)
        return funnel.error();
    d.funnel = *funnel;
    Result<SalesReport> sales = salesReport(db, period, bucket);
    if (!sales)
        return sales.error();
    d.sales = *sales;
    Result<ChannelsReport> channels = channelsReport(db, period);
    if (!channels)
        return channels.error();
    d.channels = *channels;
    Result<ManagersReport> managers = managersReport(db, period);
    if (!managers)
        return managers.error();
    d.managers = *managers;
    Result<ClientsReport> clients = clientsReport(db, period);
    if (!clients)
        return clients.error();
    d.clients = *clients;
    // The call list is about today, whatever period the owner looks at.
    Result<QList<DriftingClient>> drifting = driftingClients(db, {today, period.managerId});
    if (!drifting)
        return drifting.error();
    d.drifting = *drifting;
    Result<QList<UpcomingBirthday>> birthdays =
        upcomingBirthdays(db, today, kBirthdayDays, period.managerId);
    if (!birthdays)
        return birthdays.error();
    d.birthdays = *birthdays;
    return d;
}

} // namespace kartoteka
