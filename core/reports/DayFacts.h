#pragma once

#include "reports/ReportPeriod.h"

namespace kartoteka {

// The condition on schema 10's report_*_days tables (aliased `f`) that picks
// a period's local days, of one pipeline (0: a table without pipelines) and
// of the period's manager when one is chosen.
SqlPart daysOfPeriod(const ReportPeriod& period, qint64 pipelineId);
SqlPart daysBetween(const QDate& from, const QDate& to, qint64 pipelineId, qint64 managerId);

// Milliseconds kept in the facts, as days.
inline double msAsDays(qint64 ms)
{
    return double(ms) / 86400000.0;
}

} // namespace kartoteka
