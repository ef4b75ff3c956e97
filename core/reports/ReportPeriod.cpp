#include "reports/ReportPeriod.h"

#include "accounts/Access.h"
#include "deals/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ReportPeriod)
};

} // namespace

Status checkReportPeriod(const ReportPeriod& period)
{
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Choose a period whose first day is not after its last."));
    if (period.from < kFirstReportDay || period.to > kLastReportDay)
        return makeError(ErrorKind::Invalid, Tr::tr("Reports cover days between %1 and %2.")
                                                 .arg(kFirstReportDay.toString(Qt::ISODate),
                                                      kLastReportDay.toString(Qt::ISODate)));
    if (period.to >= period.from.addYears(kMaxReportYears))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A report covers at most %n year(s); choose a shorter period.",
                                nullptr, kMaxReportYears));
    return Status::success();
}

ReportPeriod reportScope(const Database& db, ReportPeriod period)
{
    period.managerId = reportManagerFor(db.principal(), period.managerId);
    return period;
}

PeriodBounds boundsOf(const QDate& from, const QDate& to)
{
    return {utcTimestamp(QDateTime(from, QTime(0, 0))),
            utcTimestamp(QDateTime(to.addDays(1), QTime(0, 0)))};
}

SqlPart dealsOfPeriod(const ReportPeriod& period, qint64 pipelineId, bool byClosing)
{
    const PeriodBounds bounds = boundsOf(period);
    const QString date = byClosing ? u"d.closed_at"_s : u"d.created_at"_s;
    SqlPart part{u"d.pipeline_id = ? AND "_s + date + u" >= ? AND "_s + date + u" < ?"_s,
                 {pipelineId, bounds.from, bounds.to}};
    if (period.managerId > 0) {
        part.sql += u" AND d.manager_id = ?"_s;
        part.args << period.managerId;
    }
    return part;
}

QDate localDayOf(const QVariant& utc)
{
    return QDateTime::fromString(utc.toString(), Qt::ISODateWithMs).toLocalTime().date();
}

Result<Pipeline> reportPipeline(Database& db, const ReportPeriod& period)
{
    PipelineRepository pipelines(db);
    return period.pipelineId > 0 ? pipelines.pipeline(period.pipelineId)
                                 : pipelines.pipelineNamed(QString());
}

QDate firstRecordDay(Database& db)
{
    // Each min() is one step down an index.
    Result<QVariant> first =
        sql::scalar(db.connection(),
                    u"SELECT min(x) FROM (SELECT min(created_at) AS x FROM clients UNION ALL "
                    u"SELECT min(occurred_at) FROM interactions WHERE kind = 'purchase' UNION ALL "
                    u"SELECT min(closed_at) FROM deals WHERE closed_at IS NOT NULL) AS firsts"_s);
    const QDateTime when =
        first ? QDateTime::fromString(first->toString(), Qt::ISODateWithMs) : QDateTime();
    return when.isValid() ? when.toLocalTime().date() : QDate::currentDate();
}

} // namespace kartoteka
