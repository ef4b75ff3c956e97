#include "reports/Dashboard.h"

#include "storage/Database.h"

#include <thread>

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

namespace {

// The half of the dashboard the helper thread counts.
struct OtherHalf
{
    ManagersReport managers;
    ClientsReport clients;
};

Result<OtherHalf> otherHalf(Database& db, const ReportPeriod& period)
{
    Result<ManagersReport> managers = managersReport(db, period);
    if (!managers)
        return managers.error();
    Result<ClientsReport> clients = clientsReport(db, period);
    if (!clients)
        return clients.error();
    return OtherHalf{*managers, *clients};
}

} // namespace

Result<Dashboard> loadDashboard(Database& db, const ReportPeriod& period, SalesBucket bucket)
{
    // Half of the reports run at once on a second connection of its own: a
    // shop PC has two cores or more, and both connections read together (WAL
    // readers do not wait for each other; shared-mode readers share the lock).
    Result<OtherHalf> other = makeError(ErrorKind::Failed, QString());
    const OpenOptions options = db.reopenOptions();
    std::thread helper([&other, &options, &period] {
        Result<std::unique_ptr<Database>> own = Database::open(options);
        other = own ? otherHalf(**own, period) : Result<OtherHalf>(own.error());
    });

    Dashboard d{period, bucket};
    auto thisHalf = [&]() -> Status {
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
        return Status::success();
    };
    const Status mine = thisHalf();
    helper.join();
    if (!mine)
        return mine.error();
    if (!other)
        return other.error();
    d.managers = std::move(other->managers);
    d.clients = std::move(other->clients);
    return d;
}

Result<CallList> loadCallList(Database& db, const QDate& today, qint64 managerId)
{
    CallList list{today, managerId};
    Result<QList<DriftingClient>> drifting = driftingClients(db, {today, managerId});
    if (!drifting)
        return drifting.error();
    list.drifting = *drifting;
    Result<QList<UpcomingBirthday>> birthdays =
        upcomingBirthdays(db, today, kBirthdayDays, managerId);
    if (!birthdays)
        return birthdays.error();
    list.birthdays = *birthdays;
    return list;
}

} // namespace kartoteka
