#include "reports/FunnelReport.h"

#include "clients/ClientSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kartoteka {

Result<FunnelReport> funnelReport(Database& db, const ReportPeriod& period)
{
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();

    FunnelReport report;
    report.pipeline = pipeline->name;
    report.currency = shopCurrency(db);
    QHash<qint64, int> openIndex;   // stage id -> position among open stages
    QHash<int, int> openByPosition; // stage position -> position among open stages
    for (const Stage& s : pipeline->stages) {
        if (s.kind == StageKind::Open) {
            openIndex.insert(s.id, int(report.stages.size()));
            openByPosition.insert(s.position, int(report.stages.size()));
            report.stages.append({s.id, s.name, 0, 0, 0, 0, 0, 0});
        } else if (s.kind == StageKind::Won) {
            report.wonStageId = s.id;
        } else {
            report.lostStageId = s.id;
        }
    }
    const int openCount = int(report.stages.size());
    // Every query starts from the period's deals as a CTE; the (pipeline_id,
    // created_at) index reads just the period.
    const SqlPart deals = dealsOfPeriod(period, pipeline->id);
    const SqlPart d{u"WITH d AS (SELECT * FROM deals d WHERE "_s + deals.sql + u") "_s, deals.args};
    QSqlDatabase& c = db.connection();

    // Now: deals, money and days to close per current stage.
    Result<QList<QSqlRecord>> now = sql::rows(
        c,
        d.sql + u"SELECT stage_id, count(*), sum(amount_minor), "
                u"total(julianday(closed_at) - julianday(created_at)) FROM d GROUP BY stage_id"_s,
        d.args);
    // The furthest open stage each deal reached (by position); a won deal
    // passed them all. Stages of other pipelines and removed ones do not count.
    Result<QList<QSqlRecord>> furthest = sql::rows(
        c,
        d.sql + u", far AS (SELECT CASE WHEN s.kind = 'won' THEN NULL ELSE (SELECT max(o.position) "
                u"FROM deal_stage_history h JOIN stages o ON o.id = h.to_stage_id AND "
                u"o.pipeline_id = d.pipeline_id AND o.kind = 'open' WHERE h.deal_id = d.id) END "
                u"AS position, s.kind = 'won' AS won FROM d JOIN stages s ON s.id = d.stage_id) "
                u"SELECT position, won, count(*) FROM far GROUP BY position, won"_s,
        d.args);
    // Time in each stage: from entering it to the next move, for stays that ended.
    Result<QList<QSqlRecord>> stays = sql::rows(
        c,
        d.sql + u"SELECT to_stage_id, avg(julianday(next_at) - julianday(at)) FROM (SELECT "
                u"h.to_stage_id, h.at, lead(h.at) OVER (PARTITION BY h.deal_id ORDER BY h.at, "
                u"h.id) AS next_at FROM deal_stage_history h WHERE h.deal_id IN (SELECT id FROM "
                u"d)) WHERE next_at IS NOT NULL GROUP BY to_stage_id"_s,
        d.args);
    Result<QList<QSqlRecord>> reasons = sql::rows(
        c,
        d.sql + u"SELECT COALESCE(r.id, 0), COALESCE(r.name, ''), count(*), sum(d.amount_minor) "
                u"FROM d JOIN stages s ON s.id = d.stage_id LEFT JOIN list_items r ON r.id = "
                u"d.loss_reason_id WHERE s.kind = 'lost' GROUP BY 1, 2 "
                u"ORDER BY 3 DESC, 2"_s,
        d.args);
    for (const auto* result : {&now, &furthest, &stays, &reasons})
        if (!*result)
            return result->error();

    double daysToWin = 0;
    for (const QSqlRecord& r : *now) {
        const qint64 stage = r.value(0).toLongLong();
        const int count = r.value(1).toInt();
        const qint64 amount = r.value(2).toLongLong();
        report.deals += count;
        if (stage == report.wonStageId) {
            report.won += count;
            report.wonMinor += amount;
            daysToWin += r.value(3).toDouble();
        } else if (stage == report.lostStageId) {
            report.lost += count;
            report.lostMinor += amount;
        } else if (openIndex.contains(stage)) {
            FunnelStage& s = report.stages[openIndex.value(stage)];
            s.now += count;
            s.amountNowMinor += amount;
        }
    }
    for (const QSqlRecord& r : *furthest) {
        const int reachedUpTo = r.value(1).toBool() ? openCount - 1
                                : r.value(0).isNull()
                                    ? -1
                                    : openByPosition.value(r.value(0).toInt(), -1);
        for (int k = 0; k <= reachedUpTo; ++k)
            report.stages[k].reached += r.value(2).toInt();
    }
    for (const QSqlRecord& r : *stays) {
        const int at = openIndex.value(r.value(0).toLongLong(), -1);
        if (at >= 0)
            report.stages[at].averageDaysInStage = r.value(1).toDouble();
    }
    for (const QSqlRecord& r : *reasons)
        report.lossReasons.append({r.value(0).toLongLong(), r.value(1).toString(),
                                   r.value(2).toInt(), r.value(3).toLongLong()});

    const int first = openCount > 0 ? report.stages.first().reached : 0;
    for (int k = 0; k < openCount; ++k) {
        FunnelStage& s = report.stages[k];
        s.conversionFromPrevious =
            shareOf(s.reached, k == 0 ? s.reached : report.stages[k - 1].reached);
        s.conversionFromFirst = shareOf(s.reached, first);
    }
    report.winRate = shareOf(report.won, report.won + report.lost);
    report.averageDaysToWin = shareOf(daysToWin, report.won);
    return report;
}

} // namespace kartoteka
