#include "reports/ReportPeriod.h"

#include "deals/PipelineRepository.h"
#include "storage/Database.h"

namespace kartoteka {

PeriodBounds boundsOf(const QDate& from, const QDate& to)
{
    return {utcTimestamp(QDateTime(from, QTime(0, 0))),
            utcTimestamp(QDateTime(to.addDays(1), QTime(0, 0)))};
}

Result<Pipeline> reportPipeline(Database& db, const ReportPeriod& period)
{
    PipelineRepository pipelines(db);
    return period.pipelineId > 0 ? pipelines.pipeline(period.pipelineId)
                                 : pipelines.pipelineNamed(QString());
}

} // namespace kartoteka
