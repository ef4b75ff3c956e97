// The owner's reports on a demo database: each report's time (median, p95,
// processor time) from the kept day totals and recounted from the raw rows,
// and the whole dashboard, for this and last month, this quarter, this year and all
// time; and for the funnel and sales the same figures from hand-written SQL
// in the sqlite3 shell, with the ratio.
//
//   kartoteka_reports_bench --db demo.sqlite   (or --clients N to make one)
#include "BenchSupport.h"

#include "reports/Dashboard.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>

#include <ctime>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

constexpr int kRuns = 7;

// Page faults of the process so far. Each first touch of fresh memory or of a
// page of a mapped file is one, and on the test machine (a virtual machine)
// one costs ~30 µs: what a connection opened for the job adds shows here.
long pageFaults()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
#else
    return 0;
#endif
}

// Wall time, and the processor time of the whole process (both of the
// dashboard's connections): on a machine others share, the second says what
// the work costs when the first is stretched by waiting for a core.
struct Timed : Stats
{
    double cpu = 0;
    double faults = 0;
};

Timed timed(const std::function<void()>& work)
{
    std::vector<double> ms, cpu, faults;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        const std::clock_t c = std::clock();
        const long f = pageFaults();
        t.start();
        work();
        ms.push_back(elapsedMs(t));
        cpu.push_back(double(std::clock() - c) * 1000.0 / CLOCKS_PER_SEC);
        faults.push_back(double(pageFaults() - f));
    }
    Timed result;
    static_cast<Stats&>(result) = stats(ms);
    result.cpu = stats(cpu).median;
    result.faults = stats(faults).median;
    return result;
}

void line(const char* what, const Timed& s)
{
    std::printf("  %-34s median %8.1f ms   p95 %8.1f ms   cpu %8.1f ms   page faults %6.0f\n", what,
                s.median, s.p95, s.cpu, s.faults);
}

QString quoted(const QString& text)
{
    return u'\'' + text + u'\'';
}

// The funnel by hand over the same schema: the period's days of the kept
// totals per current and furthest stage, stays, loss reasons.
QStringList funnelByHand(const QDate& from, const QDate& to)
{
    const QString period = u"f.pipeline_id = 1 AND f.day >= %1 AND f.day <= %2"_s.arg(
        quoted(from.toString(Qt::ISODate)), quoted(to.toString(Qt::ISODate)));
    return {u"SELECT f.stage_id, f.furthest_stage_id, sum(f.deals), sum(f.amount), "
            u"sum(CASE WHEN s.kind = 'won' THEN f.win_ms ELSE 0 END) FROM report_deal_days f "
            u"JOIN stages s ON s.id = f.stage_id WHERE %1 GROUP BY 1, 2;"_s.arg(period),
            u"SELECT f.to_stage_id, sum(f.stay_ms), sum(f.stays) FROM report_stay_days f WHERE "
            u"%1 GROUP BY 1;"_s.arg(period),
            u"SELECT r.name, sum(f.deals) FROM report_deal_days f LEFT JOIN list_items r ON r.id "
            u"= f.loss_reason_id WHERE %1 AND f.stage_id IN (SELECT id FROM stages WHERE kind = "
            u"'lost') GROUP BY 1;"_s.arg(period)};
}

// Sales by hand: won deals per day of the period and of the year before, and
// the purchases per day, from the kept totals.
QStringList salesByHand(const QDate& from, const QDate& to)
{
    QStringList statements;
    for (const auto& [a, b] : {std::pair{from, to}, std::pair{from.addYears(-1), to.addYears(-1)}})
        statements << u"SELECT f.day, sum(f.deals), sum(f.amount) FROM report_won_days f JOIN "
                      u"stages s ON s.id = f.stage_id WHERE s.kind = 'won' AND f.pipeline_id = 1 "
                      u"AND f.day >= %1 AND f.day <= %2 GROUP BY 1;"_s.arg(
                          quoted(a.toString(Qt::ISODate)), quoted(b.toString(Qt::ISODate)));
    statements << u"SELECT f.day, sum(f.entries), sum(f.amount) FROM report_timeline_days f "
                  u"WHERE f.kind = 'purchase' AND f.day >= %1 AND f.day <= %2 GROUP BY 1;"_s.arg(
                      quoted(from.toString(Qt::ISODate)), quoted(to.toString(Qt::ISODate)));
    return statements;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    // --short: this and last month and this year only, for a quick look at a
    // change (last month is the whole month on a demo made in the month before).
    const QCommandLineOption shortRun(u"short"_s, u"This and last month and this year only."_s);
    // --last-month --no-recount: one period, the kept figures only (a
    // profiler's run on a million clients, where a recount takes minutes).
    const QCommandLineOption lastMonthOnly(u"last-month"_s, u"Last month only."_s);
    const QCommandLineOption noRecount(u"no-recount"_s, u"Skip the recounts from raw rows."_s);
    QStringList given;
    const QString path = benchDatabase(app, temp, {shortRun, lastMonthOnly, noRecount}, &given);
    const bool recount = !given.contains(u"no-recount"_s);
    // The reports' own connections read in bulk (see OpenOptions::bulkReads).
    auto db = need(openDatabase(benchOptions(path, true)));
    std::printf("database %s, %.0f MB\n", QDir::toNativeSeparators(path).toUtf8().constData(),
                double(QFileInfo(path).size()) / 1e6);
    need(sql::exec(db->connection(), u"SELECT count(*) FROM deals"_s)); // warm the cache a little

    const QDate today = QDate::currentDate();
    const QDate first = firstRecordDay(*db);
    struct Range
    {
        const char* name;
        QDate from;
        QDate to;
    };
    const QDate month(today.year(), today.month(), 1);
    const Range ranges[] = {
        {"this month", month, today},
        {"last month", month.addMonths(-1), month.addDays(-1)},
        {"this quarter", QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today},
        {"this year", QDate(today.year(), 1, 1), today},
        {"all time", first, today}};
    for (const Range& range : ranges) {
        if (given.contains(u"short"_s) && qstrcmp(range.name, "this month") != 0 &&
            qstrcmp(range.name, "last month") != 0 && qstrcmp(range.name, "this year") != 0)
            continue;
        if (given.contains(u"last-month"_s) && qstrcmp(range.name, "last month") != 0)
            continue;
        const ReportPeriod period{range.from, range.to};
        const SalesBucket bucket = bucketFor(period);
        std::printf("\n%s (%s – %s)\n", range.name,
                    range.from.toString(Qt::ISODate).toUtf8().constData(),
                    range.to.toString(Qt::ISODate).toUtf8().constData());
        const Timed funnel = timed([&] { need(funnelReport(*db, period)); });
        const Timed sales = timed([&] { need(salesReport(*db, period, bucket)); });
        line("funnel", funnel);
        line("sales", sales);
        line("channels", timed([&] { need(channelsReport(*db, period)); }));
        line("managers", timed([&] { need(managersReport(*db, period)); }));
        line("clients (value, RFM, cohorts)", timed([&] { need(clientsReport(*db, period)); }));
        line("drifting clients (all time)", timed([&] { need(driftingClients(*db, {today})); }));
        line("birthdays, next 14 days",
             timed([&] { need(upcomingBirthdays(*db, today, kBirthdayDays)); }));
        // As the reports screen does it: each on connections of its own,
        // opened for the job.
        const OpenOptions options = db->reopenOptions();
        line("open a connection of its own", timed([&] { need(Database::open(options)); }));
        line("whole dashboard (as on screen)", timed([&] {
                 auto own = need(Database::open(options));
                 need(loadDashboard(*own, period, bucket));
             }));
        // The same reports from the raw rows (Counting::Recounted), as every
        // report counted them before schema 10 kept totals per day.
        if (recount) {
            line("recounted: funnel",
                 timed([&] { need(funnelReport(*db, period, Counting::Recounted)); }));
            line("recounted: sales",
                 timed([&] { need(salesReport(*db, period, bucket, Counting::Recounted)); }));
            line("recounted: channels",
                 timed([&] { need(channelsReport(*db, period, Counting::Recounted)); }));
            line("recounted: managers",
                 timed([&] { need(managersReport(*db, period, Counting::Recounted)); }));
            line("recounted: clients",
                 timed([&] { need(clientsReport(*db, period, Counting::Recounted)); }));
        }
        line("call list (as on screen)", timed([&] {
                 auto own = need(Database::open(options));
                 need(loadCallList(*own, today, 0));
             }));

        const double shellFunnel = shellMedianMs(path, funnelByHand(range.from, range.to), kRuns);
        const double shellSales = shellMedianMs(path, salesByHand(range.from, range.to), kRuns);
        std::printf("  funnel: kartoteka %.1f ms, %s %.1f ms, ratio %.2f\n", funnel.median,
                    shellName(path), shellFunnel, funnel.median / shellFunnel);
        std::printf("  sales:  kartoteka %.1f ms, %s %.1f ms, ratio %.2f\n", sales.median,
                    shellName(path), shellSales, sales.median / shellSales);
    }
    return 0;
}
