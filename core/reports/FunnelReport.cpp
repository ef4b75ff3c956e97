#include "reports/FunnelReport.h"

#include "clients/ClientSettings.h"
#include "reports/DayFacts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

Result<FunnelReport> funnelReport(Database& db, const ReportPeriod& asked, Counting counting)
{
    const ReportPeriod period = reportScope(db, asked);
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();

    FunnelReport report;
    report.pipeline = pipeline->name;
    report.currency = shopCurrency(db);
    QHash<qint64, int> openIndex; // stage id -> position among open stages
    QHash<qint64, StageKind> kindOf;
    for (const Stage& s : pipeline->stages) {
        kindOf.insert(s.id, s.kind);
        if (s.kind == StageKind::Open) {
            openIndex.insert(s.id, int(report.stages.size()));
            report.stages.append({s.id, s.name, 0, 0, 0, 0, 0, 0});
        }
    }
    const int openCount = int(report.stages.size());
    QSqlDatabase& c = db.connection();
    const bool kept = counting == Counting::Kept;
    const Backend backend = sql::backendOf(c);
    // Kept: the period's days of report_deal_days and report_stay_days, a few
    // rows a day. Recounted: every deal of the period and its stays.
    const SqlPart deals =
        kept ? daysOfPeriod(period, pipeline->id) : dealsOfPeriod(period, pipeline->id);

    // Per current stage and furthest stage reached: deals, money, days to win
    // (milliseconds when kept).
    Result<QList<QSqlRecord>> now = sql::rows(
        c,
        kept ? QString(u"SELECT f.stage_id, f.furthest_stage_id, sum(f.deals), sum(f.amount), "
                       u"sum(CASE WHEN s.kind = 'won' THEN f.win_ms ELSE 0 END) FROM "
                       u"report_deal_days f JOIN stages s ON s.id = f.stage_id WHERE "_s +
                       deals.sql + u" GROUP BY 1, 2"_s)
             : u"SELECT d.stage_id, d.furthest_stage_id, count(*), sum(d.amount_minor), "
               u"COALESCE(sum(CASE WHEN s.kind = 'won' THEN "_s +
                   sql::dayNumber(backend, u"d.closed_at"_s) + u" - "_s +
                   sql::dayNumber(backend, u"d.created_at"_s) +
                   u" END), 0) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "_s +
                   deals.sql + u" GROUP BY 1, 2"_s,
        deals.args);
    // Time in each stage: from entering it to the next move, for stays that
    // ended: their total and count per stage.
    Result<QList<QSqlRecord>> stays = sql::rows(
        c,
        kept ? u"SELECT f.to_stage_id, sum(f.stay_ms), sum(f.stays) FROM report_stay_days f "
               u"WHERE "_s +
                   deals.sql + u" GROUP BY 1"_s
             : u"SELECT h.to_stage_id, COALESCE(sum(h.days_in_stage), 0), count(*) FROM deals d "
               u"JOIN "
               u"deal_stage_history h ON h.deal_id = d.id WHERE "_s +
                   deals.sql + u" AND h.days_in_stage IS NOT NULL GROUP BY 1"_s,
        deals.args);
    const QString lost = u"stage_id IN (SELECT id FROM stages WHERE kind = 'lost')"_s;
    Result<QList<QSqlRecord>> reasons = sql::rows(
        c,
        u"SELECT COALESCE(r.id, 0), COALESCE(r.name, ''), sum(x.n), sum(x.amount) FROM ("_s +
            (kept ? u"SELECT f.loss_reason_id AS reason, sum(f.deals) AS n, sum(f.amount) AS "
                    u"amount FROM report_deal_days f WHERE "_s +
                        deals.sql + u" AND f."_s + lost + u" GROUP BY 1"_s
                  : u"SELECT d.loss_reason_id AS reason, count(*) AS n, sum(d.amount_minor) AS "
                    u"amount FROM deals d WHERE "_s +
                        deals.sql + u" AND d."_s + lost + u" GROUP BY 1"_s) +
            u") AS x LEFT JOIN list_items r ON r.id = x.reason GROUP BY 1, 2 ORDER BY 3 DESC, 2"_s,
        deals.args);
    for (const auto* result : {&now, &stays, &reasons})
        if (!*result)
            return result->error();

    double daysToWin = 0;
    for (const QSqlRecord& r : *now) {
        const qint64 stage = r.value(0).toLongLong();
        const StageKind kind = kindOf.value(stage, StageKind::Open);
        const int count = r.value(2).toInt();
        const qint64 amount = r.value(3).toLongLong();
        report.deals += count;
        // A won deal passed every open stage; others reached theirs up to the
        // furthest one (none when it was only ever in removed stages).
        const int reachedUpTo =
            kind == StageKind::Won ? openCount - 1 : openIndex.value(r.value(1).toLongLong(), -1);
        for (int k = 0; k <= reachedUpTo; ++k)
            report.stages[k].reached += count;
        if (kind == StageKind::Won) {
            report.won += count;
            report.wonMinor += amount;
            daysToWin += kept ? msAsDays(r.value(4).toLongLong()) : r.value(4).toDouble();
        } else if (kind == StageKind::Lost) {
            report.lost += count;
            report.lostMinor += amount;
        } else if (openIndex.contains(stage)) {
            FunnelStage& s = report.stages[openIndex.value(stage)];
            s.now += count;
            s.amountNowMinor += amount;
        }
    }
    for (const QSqlRecord& r : *stays) {
        const int k = openIndex.value(r.value(0).toLongLong(), -1);
        const double total = kept ? msAsDays(r.value(1).toLongLong()) : r.value(1).toDouble();
        if (k >= 0)
            report.stages[k].averageDaysInStage = shareOf(total, r.value(2).toDouble());
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
