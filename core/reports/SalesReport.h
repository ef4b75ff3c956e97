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
};

// Won deals by the day they were won, in buckets, beside the same period of
// the previous year.
Result<SalesReport> salesReport(Database& db, const ReportPeriod& period, SalesBucket bucket);

// The first day of the bucket `date` falls in.
QDate bucketStart(const QDate& date, SalesBucket bucket);

} // namespace kartoteka
