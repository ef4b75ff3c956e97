#include "reports/DayFacts.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

SqlPart daysBetween(const QDate& from, const QDate& to, qint64 pipelineId, qint64 managerId)
{
    SqlPart part{u"f.day >= ? AND f.day <= ?"_s,
                 {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}};
    if (pipelineId > 0) {
        part.sql = u"f.pipeline_id = ? AND "_s + part.sql;
        part.args.prepend(pipelineId);
    }
    if (managerId > 0) {
        part.sql += u" AND f.manager_id = ?"_s;
        part.args << managerId;
    }
    return part;
}

SqlPart daysOfPeriod(const ReportPeriod& period, qint64 pipelineId)
{
    return daysBetween(period.from, period.to, pipelineId, period.managerId);
}

} // namespace kartoteka
