#include "reports/SalesReport.h"
#include "reports/ReportRange.h"

#include "clients/ClientSettings.h"
#include "clients/PurchaseStats.h"
#include "reports/DayFacts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::SalesReport)
};
} // namespace

std::optional<SalesBucket> salesBucketFromName(const QString& name)
{
    if (name == u"day")
        return SalesBucket::Day;
    if (name == u"week")
        return SalesBucket::Week;
    if (name == u"month")
        return SalesBucket::Month;
    if (name == u"quarter")
        return SalesBucket::Quarter;
    return std::nullopt;
}

QDate bucketStart(const QDate& date, SalesBucket bucket)
{
    switch (bucket) {
    case SalesBucket::Day:
        return date;
    case SalesBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case SalesBucket::Month:
        return QDate(date.year(), date.month(), 1);
    case SalesBucket::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

namespace {

QDate nextBucket(const QDate& start, SalesBucket bucket)
{
    switch (bucket) {
    case SalesBucket::Day:
        return start.addDays(1);
    case SalesBucket::Week:
        return start.addDays(7);
    case SalesBucket::Month:
        return start.addMonths(1);
    case SalesBucket::Quarter:
        return start.addMonths(3);
    }
    return start.addDays(1);
}

// Won deals closed in [from, to] (calendar days, local), counted and summed
// per local day by SQLite: a year of sales is a few hundred rows, not one
// row a deal.
struct DaySales
{
    QDate day;
    int won = 0;
    qint64 minor = 0;
};

QList<DaySales> daysOf(const QList<QSqlRecord>& rows)
{
    QList<DaySales> days;
    days.reserve(rows.size());
    for (const QSqlRecord& r : rows)
        days.append({QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toInt(),
                     r.value(2).toLongLong()});
    return days;
}

Result<QList<DaySales>> wonBetween(Database& db, const ReportPeriod& period, qint64 pipelineId,
                                   const QDate& from, const QDate& to, Counting counting)
{
    Result<QList<QSqlRecord>> rows = [&] {
        if (counting == Counting::Kept) {
            const SqlPart days = daysBetween(from, to, pipelineId, period.managerId);
            return sql::rows(
                db.connection(),
                u"SELECT f.day, sum(f.deals), sum(f.amount) FROM report_won_days f JOIN "
                u"stages s ON s.id = f.stage_id WHERE s.kind = 'won' AND "_s +
                    days.sql + u" GROUP BY 1"_s,
                days.args);
        }
        ReportPeriod span = period;
        span.from = from;
        span.to = to;
        const SqlPart closed = dealsOfPeriod(span, pipelineId, true);
        return sql::rows(
            db.connection(),
            u"SELECT "_s + sql::localDay(sql::backendOf(db.connection()), u"d.closed_at"_s) +
                u", count(*), sum(d.amount_minor) "
                u"FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'won' "
                u"AND "_s +
                closed.sql + u" GROUP BY 1"_s,
            closed.args);
    }();
    if (!rows)
        return rows.error();
    return daysOf(*rows);
}

// Purchases logged in the period, counted and summed per local day, by the
// same definition of a purchase as the card and the client analytics.
Result<QList<DaySales>> purchasesBetween(Database& db, const ReportPeriod& period,
                                         Counting counting)
{
    Result<QList<QSqlRecord>> rows = [&] {
        if (counting == Counting::Kept) {
            const SqlPart days = daysOfPeriod(period, 0);
            return sql::rows(
                db.connection(),
                u"SELECT f.day, sum(f.entries), sum(f.amount) FROM report_timeline_days "
                u"f WHERE f.kind = 'purchase' AND "_s +
                    days.sql + u" GROUP BY 1"_s,
                days.args);
        }
        const PeriodBounds bounds = boundsOf(period);
        SalesScope scope;
        scope.from = bounds.from;
        scope.to = bounds.to;
        scope.managerId = period.managerId;
        const SalesSql purchases = purchaseSales(scope);
        return sql::rows(db.connection(),
                         u"SELECT "_s + sql::localDay(sql::backendOf(db.connection()), u"at"_s) +
                             u", count(*), sum(amount) FROM ("_s + purchases.sql +
                             u") AS purchases GROUP BY 1"_s,
                         purchases.args);
    }();
    if (!rows)
        return rows.error();
    return daysOf(*rows);
}

} // namespace

qint64 salesBucketCount(const ReportPeriod& period, SalesBucket bucket)
{
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return 0;
    const QDate first = bucketStart(period.from, bucket);
    const qint64 months =
        qint64(period.to.year() - first.year()) * 12 + period.to.month() - first.month();
    switch (bucket) {
    case SalesBucket::Day:
        return first.daysTo(period.to) + 1;
    case SalesBucket::Week:
        return first.daysTo(period.to) / 7 + 1;
    case SalesBucket::Month:
        return months + 1;
    case SalesBucket::Quarter:
        return months / 3 + 1;
    }
    return 0;
}

Result<SalesReport> salesReport(Database& db, const ReportPeriod& asked, SalesBucket bucket,
                                Counting counting)
{
    const ReportPeriod period = reportScope(db, asked);
    if (Status s = checkReportPeriod(period); !s)
        return s.error();
    if (salesBucketCount(period, bucket) > kMaxSalesBuckets)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%n row(s) would be too many to read (at most %1): choose "
                                "weeks, months or quarters, or a shorter period.",
                                nullptr, int(salesBucketCount(period, bucket)))
                             .arg(kMaxSalesBuckets));
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();
    Result<QList<DaySales>> now =
        wonBetween(db, period, pipeline->id, period.from, period.to, counting);
    const DayRange yearAgo = yearBefore({period.from, period.to});
    Result<QList<DaySales>> before =
        wonBetween(db, period, pipeline->id, yearAgo.from, yearAgo.to, counting);
    if (!now || !before)
        return !now ? now.error() : before.error();
    Result<QList<DaySales>> purchases = purchasesBetween(db, period, counting);
    if (!purchases)
        return purchases.error();

    SalesReport report;
    report.currency = shopCurrency(db);
    QMap<QDate, SalesRow> rows;
    for (QDate start = bucketStart(period.from, bucket); start <= period.to;
         start = nextBucket(start, bucket))
        rows.insert(start, SalesRow{start});
    for (const DaySales& day : *now) {
        SalesRow& row = rows[bucketStart(day.day, bucket)];
        row.won += day.won;
        row.wonMinor += day.minor;
        report.won += day.won;
        report.wonMinor += day.minor;
    }
    // A year earlier, in the bucket its date falls in a year later (29 February
    // counts on 28 February).
    for (const DaySales& day : *before) {
        const QDate shifted = bucketStart(aYearLater(day.day), bucket);
        if (!rows.contains(shifted))
            continue;
        SalesRow& row = rows[shifted];
        row.previousYearWon += day.won;
        row.previousYearMinor += day.minor;
        report.previousYearWon += day.won;
        report.previousYearMinor += day.minor;
    }
    for (const DaySales& day : *purchases) {
        const QDate start = bucketStart(day.day, bucket);
        if (!rows.contains(start))
            continue; // the local day of an instant at the period's edge
        SalesRow& row = rows[start];
        row.purchases += day.won;
        row.purchasesMinor += day.minor;
        report.purchases += day.won;
        report.purchasesMinor += day.minor;
    }
    for (SalesRow& row : rows) {
        row.averageMinor = row.won > 0 ? row.wonMinor / row.won : 0;
        report.rows.append(row);
    }
    report.averageMinor = report.won > 0 ? report.wonMinor / report.won : 0;
    return report;
}

} // namespace kartoteka
