#include "reports/ReportRange.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

std::optional<ReportRange> reportRangeFromName(const QString& name)
{
    const QString word = name.trimmed().toLower();
    if (word == u"this-month")
        return ReportRange::ThisMonth;
    if (word == u"last-month")
        return ReportRange::LastMonth;
    if (word == u"quarter")
        return ReportRange::ThisQuarter;
    if (word == u"year")
        return ReportRange::ThisYear;
    if (word == u"all")
        return ReportRange::AllTime;
    return std::nullopt;
}

DayRange rangeDays(ReportRange range, const QDate& today, const QDate& firstRecord)
{
    const QDate month(today.year(), today.month(), 1);
    switch (range) {
    case ReportRange::ThisMonth:
    case ReportRange::Custom:
        break;
    case ReportRange::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case ReportRange::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case ReportRange::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case ReportRange::AllTime:
        return {firstRecord.isValid() ? std::min(firstRecord, today) : today, today};
    }
    return {month, today};
}

DayRange yearBefore(const DayRange& days)
{
    // 29 February has no day a year earlier: a period starting on it starts
    // the year before on 1 March (28 February is compared with the 28th).
    const bool leapDay = days.from.month() == 2 && days.from.day() == 29;
    const QDate from = leapDay ? QDate(days.from.year() - 1, 3, 1) : days.from.addYears(-1);
    // A month's last day ends the same month a year earlier, whatever its
    // length: 28 February 2025 takes in 29 February 2024, and 29 February
    // 2028 ends on the 28th of 2027. Any other day is the same date.
    QDate to = days.to.addYears(-1);
    if (days.to.day() == days.to.daysInMonth())
        to = QDate(to.year(), to.month(), to.daysInMonth());
    return {from, to};
}

QDate aYearLater(const QDate& day)
{
    return day.addYears(1);
}

std::optional<double> yearOverYearChange(qint64 now, qint64 before)
{
    if (before <= 0)
        return std::nullopt;
    return double(now - before) / double(before);
}

DayRange bucketDays(const QDate& start, SalesBucket bucket, const DayRange& period)
{
    QDate next;
    switch (bucket) {
    case SalesBucket::Day:
        next = start.addDays(1);
        break;
    case SalesBucket::Week:
        next = start.addDays(7);
        break;
    case SalesBucket::Month:
        next = start.addMonths(1);
        break;
    case SalesBucket::Quarter:
        next = start.addMonths(3);
        break;
    }
    return {std::max(start, period.from), std::min(next.addDays(-1), period.to)};
}

} // namespace kartoteka
