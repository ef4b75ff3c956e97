#pragma once

#include "reports/SalesReport.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kartoteka {

// The calendar maths every report caller shares (the reports screen, the CLI,
// the drill-downs and the sales report's year before), so that "last month"
// or "a year earlier" never means two things.

// The periods the screen offers and `kartoteka-cli report --period` takes.
enum class ReportRange
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
    AllTime,
    Custom
};

// "this-month", "last-month", "quarter", "year", "all" (as typed on the
// command line); nothing for another word.
std::optional<ReportRange> reportRangeFromName(const QString& name);

// Calendar days [from, to], both inclusive.
struct DayRange
{
    QDate from;
    QDate to;
    friend bool operator==(const DayRange& a, const DayRange& b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

// The first and last day of `range` as of `today`: the running month,
// quarter and year end today; the last month is whole; all time starts on the
// first recorded day (today when nothing is recorded or it lies ahead).
// Custom has no days of its own: this month is given.
DayRange rangeDays(ReportRange range, const QDate& today, const QDate& firstRecord = {});

// The same days a year earlier, for the comparisons: each day of it counts a
// year later (aYearLater) on a day of `days`. A period ending on a month's
// last day ends on that month's last day a year before (28 February 2025
// takes in the 29th of 2024, 29 February 2028 ends on the 28th of 2027); one
// starting on 29 February starts on 1 March (the 28th is compared with the
// 28th), so a period of just that day has no days a year before (from > to).
DayRange yearBefore(const DayRange& days);
// A day of the year before, moved to where it counts a year later: 29
// February counts on 28 February.
QDate aYearLater(const QDate& day);

// Change from `before` to `now` as a share (+0.25 is 25 % more); nothing
// when there was nothing before to compare with.
std::optional<double> yearOverYearChange(qint64 now, qint64 before);

// The days of the sales bucket starting on `start`, within `period`: the
// first and last bucket are cut to the period.
DayRange bucketDays(const QDate& start, SalesBucket bucket, const DayRange& period);

} // namespace kartoteka
