#pragma once

#include "reports/FunnelReport.h"
#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

enum class SalesBucket
{
    Day,
    Week,
    Month,
    Quarter
};
std::optional<SalesBucket> salesBucketFromName(const QString& name); // day/week/month/quarter

struct SalesRow
{
    QDate start; // the first day of the bucket (weeks start on Monday)
    int won = 0;
    qint64 wonMinor = 0;
    qint64 averageMinor = 0;
    int previousYearWon = 0; // the same bucket a year earlier
    qint64 previousYearMinor = 0;
    // Purchases logged on clients' timelines (sales without a deal), by the
    // day they happened: a separate figure beside the won deals, never added
    // to them, so that neither is counted twice or hidden.
    int purchases = 0;
    qint64 purchasesMinor = 0;
};

struct SalesReport
{
    QString currency;
    QList<SalesRow> rows; // every bucket of the period, empty ones included
    int won = 0;
    qint64 wonMinor = 0;
    qint64 averageMinor = 0;
    int previousYearWon = 0;
    qint64 previousYearMinor = 0;
    int purchases = 0; // logged purchases of the period, of every pipeline
    qint64 purchasesMinor = 0;
};

// The most rows a sales report has: every bucket is a row of the table and
// a bar of the chart, and beyond a few thousand neither can be read. Days of
// up to ten years, weeks or months of any allowed period.
inline constexpr qint64 kMaxSalesBuckets = 4000;
qint64 salesBucketCount(const ReportPeriod& period, SalesBucket bucket);

// Won deals by the day they were won, in buckets, beside the same period of
// the previous year, and the purchases logged in each bucket (of the chosen
// manager's clients, whatever the pipeline: a purchase has none). A period checkReportPeriod
// refuses, or of more than kMaxSalesBuckets buckets, is an error (ErrorKind::Invalid).
Result<SalesReport> salesReport(Database& db, const ReportPeriod& period, SalesBucket bucket,
                                Counting counting = Counting::Kept);

// The first day of the bucket `date` falls in.
QDate bucketStart(const QDate& date, SalesBucket bucket);

} // namespace kartoteka
