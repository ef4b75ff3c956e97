#include "Catch.h"

#include "reports/ReportRange.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

struct RangeCase
{
    ReportRange range;
    QDate today;
    DayRange expected;
};

QString shown(const DayRange& r)
{
    return r.from.toString(Qt::ISODate) + u".."_s + r.to.toString(Qt::ISODate);
}

} // namespace

TEST_CASE("the offered periods' first and last days, month ends and leap years included",
          "[reports][period]")
{
    const QDate first(2024, 3, 5);
    const QList<RangeCase> cases{
        {ReportRange::ThisMonth, {2026, 11, 22}, {{2026, 11, 1}, {2026, 11, 22}}},
        {ReportRange::ThisMonth, {2026, 11, 1}, {{2026, 11, 1}, {2026, 11, 1}}},
        {ReportRange::LastMonth, {2026, 11, 22}, {{2026, 10, 1}, {2026, 10, 31}}},
        {ReportRange::LastMonth, {2026, 3, 31}, {{2026, 2, 1}, {2026, 2, 28}}},
        {ReportRange::LastMonth, {2024, 3, 1}, {{2024, 2, 1}, {2024, 2, 29}}},
        {ReportRange::LastMonth, {2026, 1, 15}, {{2025, 12, 1}, {2025, 12, 31}}},
        {ReportRange::LastMonth, {2026, 5, 31}, {{2026, 4, 1}, {2026, 4, 30}}},
        {ReportRange::ThisQuarter, {2026, 11, 22}, {{2026, 10, 1}, {2026, 11, 22}}},
        {ReportRange::ThisQuarter, {2026, 3, 31}, {{2026, 1, 1}, {2026, 3, 31}}},
        {ReportRange::ThisQuarter, {2026, 4, 1}, {{2026, 4, 1}, {2026, 4, 1}}},
        {ReportRange::ThisQuarter, {2024, 2, 29}, {{2024, 1, 1}, {2024, 2, 29}}},
        {ReportRange::ThisYear, {2026, 11, 22}, {{2026, 1, 1}, {2026, 11, 22}}},
        {ReportRange::ThisYear, {2026, 1, 1}, {{2026, 1, 1}, {2026, 1, 1}}},
        {ReportRange::AllTime, {2026, 11, 22}, {first, {2026, 11, 22}}},
        // A first record "after" today (a clock put back) still gives a period.
        {ReportRange::AllTime, {2024, 1, 10}, {{2024, 1, 10}, {2024, 1, 10}}},
        {ReportRange::Custom, {2026, 11, 22}, {{2026, 11, 1}, {2026, 11, 22}}},
    };
    for (const RangeCase& c : cases) {
        const DayRange got = rangeDays(c.range, c.today, first);
        INFO(int(c.range) << " as of " << c.today.toString(Qt::ISODate).toStdString() << ": "
                          << shown(got).toStdString());
        CHECK(got == c.expected);
    }
    // Nothing recorded yet: all time is today.
    CHECK(rangeDays(ReportRange::AllTime, {2026, 11, 22}) ==
          DayRange{{2026, 11, 22}, {2026, 11, 22}});
}

TEST_CASE("the period a year earlier keeps month ends and 29 February", "[reports][period]")
{
    const QList<std::pair<DayRange, DayRange>> cases{
        {{{2026, 11, 1}, {2026, 11, 30}}, {{2025, 11, 1}, {2025, 11, 30}}},
        {{{2026, 1, 1}, {2026, 12, 31}}, {{2025, 1, 1}, {2025, 12, 31}}},
        // February of a year after a leap year takes in the 29th.
        {{{2025, 2, 1}, {2025, 2, 28}}, {{2024, 2, 1}, {2024, 2, 29}}},
        // A leap February ends on the 28th a year before.
        {{{2028, 2, 1}, {2028, 2, 29}}, {{2027, 2, 1}, {2027, 2, 28}}},
        // 29 February alone has no day a year before; from it, March is compared.
        {{{2024, 2, 29}, {2024, 2, 29}}, {{2023, 3, 1}, {2023, 2, 28}}},
        {{{2024, 2, 29}, {2024, 3, 31}}, {{2023, 3, 1}, {2023, 3, 31}}},
        {{{2025, 3, 1}, {2025, 3, 15}}, {{2024, 3, 1}, {2024, 3, 15}}},
        {{{2025, 2, 28}, {2025, 3, 1}}, {{2024, 2, 28}, {2024, 3, 1}}},
        // Ending on the 28th of a leap February: the 28th a year before.
        {{{2028, 2, 1}, {2028, 2, 28}}, {{2027, 2, 1}, {2027, 2, 28}}},
        {{{2025, 3, 1}, {2025, 3, 31}}, {{2024, 3, 1}, {2024, 3, 31}}},
        {{{2026, 2, 15}, {2026, 3, 14}}, {{2025, 2, 15}, {2025, 3, 14}}},
    };
    for (const auto& [now, expected] : cases) {
        const DayRange got = yearBefore(now);
        INFO(shown(now).toStdString() << " -> " << shown(got).toStdString());
        CHECK(got == expected);
    }
    // Each day of the year before counts a year later; 29 February on the 28th.
    CHECK(aYearLater({2024, 2, 29}) == QDate(2025, 2, 28));
    CHECK(aYearLater({2025, 12, 31}) == QDate(2026, 12, 31));
    CHECK(aYearLater({2027, 2, 28}) == QDate(2028, 2, 28));
    // Every day of a year-before window lands inside the period it is compared
    // with, and every day of the period but 29 February has its day there.
    for (const auto& [now, expected] : cases) {
        for (QDate d = expected.from; d <= expected.to; d = d.addDays(1)) {
            INFO(d.toString(Qt::ISODate).toStdString());
            CHECK(aYearLater(d) >= now.from);
            CHECK(aYearLater(d) <= now.to);
        }
        for (QDate d = now.from; d <= now.to; d = d.addDays(1)) {
            if (d.month() == 2 && d.day() == 29)
                continue;
            INFO(d.toString(Qt::ISODate).toStdString());
            CHECK(d.addYears(-1) >= expected.from);
            CHECK(d.addYears(-1) <= expected.to);
        }
    }
}

TEST_CASE("year-over-year change, and none without a year before", "[reports][period]")
{
    CHECK(yearOverYearChange(125, 100) == 0.25);
    CHECK(yearOverYearChange(50, 100) == -0.5);
    CHECK(yearOverYearChange(0, 100) == -1.0);
    CHECK_FALSE(yearOverYearChange(100, 0).has_value());
}

TEST_CASE("a sales bucket's days are cut to the period", "[reports][period]")
{
    const DayRange period{{2026, 1, 15}, {2026, 3, 10}};
    CHECK(bucketDays({2026, 1, 1}, SalesBucket::Month, period) ==
          DayRange{{2026, 1, 15}, {2026, 1, 31}});
    CHECK(bucketDays({2026, 2, 1}, SalesBucket::Month, period) ==
          DayRange{{2026, 2, 1}, {2026, 2, 28}});
    CHECK(bucketDays({2026, 3, 1}, SalesBucket::Month, period) ==
          DayRange{{2026, 3, 1}, {2026, 3, 10}});
    CHECK(bucketDays({2024, 2, 1}, SalesBucket::Month, {{2024, 1, 1}, {2024, 12, 31}}) ==
          DayRange{{2024, 2, 1}, {2024, 2, 29}});
    CHECK(bucketDays({2026, 1, 1}, SalesBucket::Quarter, period) ==
          DayRange{{2026, 1, 15}, {2026, 3, 10}});
    CHECK(bucketDays({2026, 1, 12}, SalesBucket::Week, period) ==
          DayRange{{2026, 1, 15}, {2026, 1, 18}});
    CHECK(bucketDays({2026, 2, 2}, SalesBucket::Week, period) ==
          DayRange{{2026, 2, 2}, {2026, 2, 8}});
    CHECK(bucketDays({2026, 2, 28}, SalesBucket::Day, period) ==
          DayRange{{2026, 2, 28}, {2026, 2, 28}});
}

TEST_CASE("the command line's period names", "[reports][period]")
{
    CHECK(reportRangeFromName(u"this-month"_s) == ReportRange::ThisMonth);
    CHECK(reportRangeFromName(u"last-month"_s) == ReportRange::LastMonth);
    CHECK(reportRangeFromName(u"Quarter"_s) == ReportRange::ThisQuarter);
    CHECK(reportRangeFromName(u"year"_s) == ReportRange::ThisYear);
    CHECK(reportRangeFromName(u"all"_s) == ReportRange::AllTime);
    CHECK_FALSE(reportRangeFromName(u"custom"_s).has_value());
    CHECK_FALSE(reportRangeFromName(u"month"_s).has_value());
}
