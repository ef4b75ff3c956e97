#include "reports/DealsBehind.h"

#include "accounts/Access.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kartoteka {

Result<QList<DealBehind>> dealsBehind(Database& db, const DealSlice& slice)
{
    const ReportPeriod period = reportScope(db, slice.period);
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();
    auto [where, args] = dealsOfPeriod(period, pipeline->id, slice.byClosing);
    // The deals themselves are listed only when reached, whatever the
    // figures may count.
    const ScopeSql reached = dealScope(db.principal(), u"d"_s);
    where += u" AND "_s + reached.sql;
    args += reached.args;
    auto narrow = [&](const QString& condition, const QVariant& value) {
        where += u" AND "_s + condition;
        args << value;
    };
    if (slice.stageId > 0)
        narrow(u"d.stage_id = ?"_s, slice.stageId);
    if (slice.kind)
        narrow(u"s.kind = ?"_s, stageKindName(*slice.kind));
    if (slice.sourceId)
        narrow(u"COALESCE(d.source_id, c.source_id, 0) = ?"_s, *slice.sourceId);
    if (slice.managerId)
        narrow(u"COALESCE(d.manager_id, 0) = ?"_s, *slice.managerId);
    if (slice.lossReasonId)
        narrow(u"COALESCE(d.loss_reason_id, 0) = ?"_s, *slice.lossReasonId);
    args << slice.limit;
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(),
        u"SELECT d.id, d.title, d.client_id, c.display_name, s.name, COALESCE(u.name, ''), "
        u"d.amount_minor, d.created_at, d.closed_at FROM deals d JOIN clients c ON c.id = "
        u"d.client_id JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = "
        u"d.manager_id WHERE "_s +
            where + u" ORDER BY d.amount_minor DESC, d.id LIMIT ?"_s,
        args);
    if (!rows)
        return rows.error();
    QList<DealBehind> deals;
    deals.reserve(rows->size());
    for (const QSqlRecord& r : *rows)
        deals.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                      r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                      r.value(6).toLongLong(), localDayOf(r.value(7)), localDayOf(r.value(8))});
    return deals;
}

} // namespace kartoteka
