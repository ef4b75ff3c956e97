#include "reports/Dashboard.h"

#include "storage/Database.h"

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

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

// Puts a report's result in its place, or keeps its error.
template <typename T> Status into(T& place, Result<T> result)
{
    if (!result)
        return result.error();
    place = std::move(*result);
    return Status::success();
}

} // namespace

Result<Dashboard> loadDashboard(Database& db, const ReportPeriod& period, SalesBucket bucket)
{
    if (Status s = checkReportPeriod(period); !s)
        return s.error();
    Dashboard d{period, bucket};
    // Costliest first, so that two workers taking the next one as they get
    // free end close together at any period length.
    const std::vector<std::function<Status(Database&)>> reports{
        // The channels' buyers are the clients report's, grouped by source:
        // the period's sales are grouped by client once.
        [&](Database& c) {
            if (Status s = into(d.clients, clientsReport(c, period)); !s)
                return s;
            return into(d.channels, channelsReport(c, period, d.clients.bySource));
        },
        [&](Database& c) { return into(d.managers, managersReport(c, period)); },
        [&](Database& c) { return into(d.funnel, funnelReport(c, period)); },
        [&](Database& c) { return into(d.sales, salesReport(c, period, bucket)); }};
    std::atomic<size_t> next{0};
    auto work = [&](Database& c) -> Status {
        for (size_t i = next++; i < reports.size(); i = next++)
            if (Status s = reports[i](c); !s)
                return s;
        return Status::success();
    };

    // A second connection of its own counts along: a shop PC has two cores or
    // more, and both connections read together (WAL readers do not wait for
    // each other; shared-mode readers share the lock). If it cannot be
    // opened, this one counts everything.
    Status helped = Status::success();
    const OpenOptions options = db.reopenOptions();
    std::thread helper([&] {
        Result<std::unique_ptr<Database>> own = Database::open(options);
        if (own)
            helped = work(**own);
    });
    const Status mine = work(db);
    helper.join();
    if (!mine)
        return mine.error();
    if (!helped)
        return helped.error();
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
