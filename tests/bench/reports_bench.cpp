// The owner's reports on a demo database: each report's time (median, p95)
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

#include <functional>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

constexpr int kRuns = 7;

Stats timed(const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(elapsedMs(t));
    }
    return stats(ms);
}

void line(const char* what, const Stats& s)
{
    std::printf("  %-34s median %8.1f ms   p95 %8.1f ms\n", what, s.median, s.p95);
}

QString quoted(const QString& text)
{
    return u'\'' + text + u'\'';
}

// The funnel by hand over the same schema: deals per current and furthest
// stage, time in stage from the kept stays, loss reasons.
QStringList funnelByHand(const PeriodBounds& b)
{
    const QString period = u"d.pipeline_id = 1 AND d.created_at >= %1 AND d.created_at < %2"_s.arg(
        quoted(b.from), quoted(b.to));
    return {
        u"SELECT d.stage_id, d.furthest_stage_id, count(*), sum(d.amount_minor), "
        u"total(CASE WHEN s.kind = 'won' THEN julianday(d.closed_at) - julianday(d.created_at) "
        u"END) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE %1 GROUP BY 1, 2;"_s.arg(
            period),
        u"SELECT h.to_stage_id, avg(h.days_in_stage) FROM deals d JOIN deal_stage_history h ON "
        u"h.deal_id = d.id WHERE %1 AND h.days_in_stage IS NOT NULL GROUP BY 1;"_s.arg(period),
        u"SELECT r.name, count(*) FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN "
        u"list_items r ON r.id = d.loss_reason_id WHERE %1 AND s.kind = 'lost' GROUP BY 1;"_s.arg(
            period)};
}

// Sales by hand: won deals per day of the period and of the year before.
QStringList salesByHand(const PeriodBounds& now, const PeriodBounds& before)
{
    QStringList statements;
    for (const PeriodBounds& b : {now, before})
        statements << u"SELECT date(d.closed_at, 'localtime'), count(*), sum(d.amount_minor) FROM "
                      u"deals d JOIN stages s ON s.id = d.stage_id WHERE d.pipeline_id = 1 AND "
                      u"s.kind = 'won' AND d.closed_at >= %1 AND d.closed_at < %2 GROUP BY 1;"_s
                          .arg(quoted(b.from), quoted(b.to));
    return statements;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = benchDatabase(app, temp);
    // The reports' own connections read in bulk (see OpenOptions::bulkReads).
    auto db = need(openDatabase({path, ModeChoice::Local, false, true}));
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
        const ReportPeriod period{range.from, range.to};
        const SalesBucket bucket = bucketFor(period);
        std::printf("\n%s (%s – %s)\n", range.name,
                    range.from.toString(Qt::ISODate).toUtf8().constData(),
                    range.to.toString(Qt::ISODate).toUtf8().constData());
        const Stats funnel = timed([&] { need(funnelReport(*db, period)); });
        const Stats sales = timed([&] { need(salesReport(*db, period, bucket)); });
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
        line("call list (as on screen)", timed([&] {
                 auto own = need(Database::open(options));
                 need(loadCallList(*own, today, 0));
             }));

        const PeriodBounds now = boundsOf(period);
        const PeriodBounds before =
            boundsOf(period.from.addYears(-1), period.to.addDays(1).addYears(-1).addDays(-1));
        const double shellFunnel = shellMedianMs(path, funnelByHand(now), kRuns);
        const double shellSales = shellMedianMs(path, salesByHand(now, before), kRuns);
        std::printf("  funnel: kartoteka %.1f ms, sqlite3 shell %.1f ms, ratio %.2f\n",
                    funnel.median, shellFunnel, funnel.median / shellFunnel);
        std::printf("  sales:  kartoteka %.1f ms, sqlite3 shell %.1f ms, ratio %.2f\n",
                    sales.median, shellSales, sales.median / shellSales);
    }
    return 0;
}
