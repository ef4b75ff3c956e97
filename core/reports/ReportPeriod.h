#pragma once

#include "deals/Deal.h"
#include "storage/Result.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace kartoteka {

class Database;

// What every report is asked for: a period of calendar days [from, to], and
// optionally one pipeline (0: the first) and one manager (0: everyone).
struct ReportPeriod
{
    QDate from;
    QDate to; // inclusive
    qint64 pipelineId = 0;
    qint64 managerId = 0;
};

// Reports cover at most kMaxReportYears years (longer than any shop's history
// in one file, so "All time" fits) between kFirstReportDay and kLastReportDay
// (four-digit years, so stored timestamps compare as text, and a year before
// `from` still exists for the comparisons). Beyond, a report would count
// thousands of empty quarters or millions of empty days before answering.
inline constexpr int kMaxReportYears = 50;
inline const QDate kFirstReportDay{1900, 1, 1};
inline const QDate kLastReportDay{2999, 12, 31};
// ErrorKind::Invalid with the limit in words when the period is not one.
Status checkReportPeriod(const ReportPeriod& period);

// The period as UTC instants [from, to) for comparing with the stored
// timestamps: days are the shop's local days.
struct PeriodBounds
{
    QString from;
    QString to; // exclusive
};
PeriodBounds boundsOf(const QDate& from, const QDate& to);
inline PeriodBounds boundsOf(const ReportPeriod& period)
{
    return boundsOf(period.from, period.to);
}

// The period narrowed to what `db`'s principal may count: someone without
// AllReports sees their own work only (accounts/Access reportManagerFor), as
// if they had chosen themselves as the manager. Every report and drill-down
// starts with it.
ReportPeriod reportScope(const Database& db, ReportPeriod period);

// SQL with the values it binds, for the reports to put together.
struct SqlPart
{
    QString sql;
    QVariantList args;
};

// The deals a report is about, as a condition on deals aliased `d`: of the
// pipeline, created in the period (or closed in it), of the chosen manager.
SqlPart dealsOfPeriod(const ReportPeriod& period, qint64 pipelineId, bool byClosing = false);

// The local calendar day of a stored UTC timestamp.
QDate localDayOf(const QVariant& utc);

// The pipeline a report is about: the chosen one, or the first.
Result<Pipeline> reportPipeline(Database& db, const ReportPeriod& period);

// The first day anything was recorded (a client, a deal or a purchase): where
// "all time" starts. Today for an empty database.
QDate firstRecordDay(Database& db);

// Share a / b, 0 when b is 0: rates of empty periods are 0, not NaN.
inline double shareOf(double a, double b)
{
    return b > 0 ? a / b : 0;
}

} // namespace kartoteka
