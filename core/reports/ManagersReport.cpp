#include "reports/ManagersReport.h"

#include "clients/ClientSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Reports)
};
} // namespace

Result<ManagersReport> managersReport(Database& db, const ReportPeriod& asked)
{
    const ReportPeriod period = reportScope(db, asked);
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();
    const PeriodBounds bounds = boundsOf(period);
    QSqlDatabase& c = db.connection();
    const SqlPart deal = dealsOfPeriod(period, pipeline->id);
    QString logged = u"i.occurred_at >= ? AND i.occurred_at < ?"_s;
    QVariantList loggedArgs{bounds.from, bounds.to};
    if (period.managerId > 0) {
        logged += u" AND c.manager_id = ?"_s;
        loggedArgs << period.managerId;
    }

    Result<QList<QSqlRecord>> deals = sql::rows(
        c,
        // Both are grouped by manager first and named after: grouping by the
        // name as well sorted every row (0.57 s instead of 0.24 s over
        // 284,000 deals).
        u"SELECT x.manager, COALESCE(u.name, ''), x.open, x.open_minor, x.won, x.lost, "
        u"x.won_minor, x.days_to_win FROM (SELECT COALESCE(d.manager_id, 0) AS manager, "
        u"sum(s.kind = 'open') AS open, "
        u"sum(CASE WHEN s.kind = 'open' THEN d.amount_minor ELSE 0 END) AS open_minor, "
        u"sum(s.kind = 'won') AS won, sum(s.kind = 'lost') AS lost, "
        u"sum(CASE WHEN s.kind = 'won' THEN d.amount_minor ELSE 0 END) AS won_minor, "
        u"avg(CASE WHEN s.kind = 'won' THEN julianday(d.closed_at) - julianday(d.created_at) END) "
        u"AS days_to_win FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "_s +
            deal.sql + u" GROUP BY 1) AS x LEFT JOIN users u ON u.id = x.manager"_s,
        deal.args);
    Result<QList<QSqlRecord>> work = sql::rows(
        c,
        u"SELECT x.manager, COALESCE(u.name, ''), x.calls, x.meetings, x.emails FROM (SELECT "
        u"COALESCE(c.manager_id, 0) AS manager, sum(i.kind = 'call') AS calls, "
        u"sum(i.kind = 'meeting') AS meetings, sum(i.kind = 'email') AS emails FROM interactions "
        u"i JOIN clients c ON c.id = i.client_id WHERE i.kind IN ('call', 'meeting', 'email') "
        u"AND "_s +
            logged + u" GROUP BY 1) AS x LEFT JOIN users u ON u.id = x.manager"_s,
        loggedArgs);
    if (!deals || !work)
        return !deals ? deals.error() : work.error();

    QMap<qint64, ManagerRow> rows;
    auto row = [&](const QSqlRecord& r) -> ManagerRow& {
        ManagerRow& m = rows[r.value(0).toLongLong()];
        m.managerId = r.value(0).toLongLong();
        m.manager = m.managerId > 0 ? r.value(1).toString() : Tr::tr("(no manager)");
        return m;
    };
    for (const QSqlRecord& r : *deals) {
        ManagerRow& m = row(r);
        m.open = r.value(2).toInt();
        m.openMinor = r.value(3).toLongLong();
        m.won = r.value(4).toInt();
        m.lost = r.value(5).toInt();
        m.wonMinor = r.value(6).toLongLong();
        m.averageDaysToWin = r.value(7).toDouble();
        m.winRate = shareOf(m.won, m.won + m.lost);
    }
    for (const QSqlRecord& r : *work) {
        ManagerRow& m = row(r);
        m.calls = r.value(2).toInt();
        m.meetings = r.value(3).toInt();
        m.emails = r.value(4).toInt();
    }
    ManagersReport report;
    report.currency = shopCurrency(db);
    report.rows = rows.values();
    std::stable_sort(report.rows.begin(), report.rows.end(),
                     [](const auto& a, const auto& b) { return a.wonMinor > b.wonMinor; });
    return report;
}

} // namespace kartoteka
