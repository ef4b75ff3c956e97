#pragma once

namespace kartoteka {

// Where a report takes its figures from. The owner's reports read the totals
// per day that schema 10 keeps as the data changes (a few rows a day, so a
// year costs about what a month does). Recounting from the raw rows - every
// deal, stay and timeline entry of the period - is what those totals must
// always equal; only the check of that (tests/core/test_report_facts.cpp)
// asks for it.
enum class Counting
{
    Kept,
    Recounted
};

} // namespace kartoteka
