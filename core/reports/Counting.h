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

// Where the clients report finds its buyers' sources: a scan of every client
// (a million of them: ~150 ms, as long as reading a month's sales). Alongside
// scans on a connection of its own while the sales are read (the dashboard,
// so that both cores count); Inline reads them after, on the same connection.
enum class SourceScan
{
    Inline,
    Alongside
};

} // namespace kartoteka
