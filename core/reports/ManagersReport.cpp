#include "reports/ManagersReport.h"

#include "clients/ClientSettings.h"
#include "reports/DayFacts.h"
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

Result<ManagersReport> managersReport(Database& db, const ReportPeriod& asked, Counting counting)
{
    const ReportPeriod period = reportScope(db, asked);
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();
    QSqlDatabase& c = db.connection();
    const bool kept = counting == Counting::Kept;
    // Kept: the period's days of report_deal_days and report_timeline_days.
    // Recounted: every deal and timeline entry of the period. Both are grouped
    // by manager first and named after (grouping by the name as well sorted
    // every row).
    const SqlPart deal =
        kept ? daysOfPeriod(period, pipeline->id) : dealsOfPeriod(period, pipeline->id);
    const Backend backend = sql::backendOf(c);
    Result<QList<QSqlRecord>> deals = sql::rows(
        c,
        u"SELECT x.manager, COALESCE(u.name, ''), x.open, x.open_minor, x.won, x.lost, "
        u"x.won_minor, x.days_to_win FROM ("_s +
            (kept ? u"SELECT f.manager_id AS manager, "
                    u"sum(CASE WHEN s.kind = 'open' THEN f.deals ELSE 0 END) AS open, "
                    u"sum(CASE WHEN s.kind = 'open' THEN f.amount ELSE 0 END) AS open_minor, "
                    u"sum(CASE WHEN s.kind = 'won' THEN f.deals ELSE 0 END) AS won, "
                    u"sum(CASE WHEN s.kind = 'lost' THEN f.deals ELSE 0 END) AS lost, "
                    u"sum(CASE WHEN s.kind = 'won' THEN f.amount ELSE 0 END) AS won_minor, "
                    u"sum(CASE WHEN s.kind = 'won' THEN f.win_ms ELSE 0 END) AS days_to_win "
                    u"FROM report_deal_days f JOIN stages s ON s.id = f.stage_id WHERE "_s
                  : u"SELECT COALESCE(d.manager_id, 0) AS manager, "
                    u"sum(CASE WHEN s.kind = 'open' THEN 1 ELSE 0 END) AS open, "
                    u"sum(CASE WHEN s.kind = 'open' THEN d.amount_minor ELSE 0 END) AS "
                    u"open_minor, sum(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END) AS won, "
                    u"sum(CASE WHEN s.kind = 'lost' THEN 1 ELSE 0 END) AS lost, "
                    u"sum(CASE WHEN s.kind = 'won' THEN d.amount_minor ELSE 0 END) AS won_minor, "
                    u"avg(CASE WHEN s.kind = 'won' THEN "_s +
                        sql::dayNumber(backend, u"d.closed_at"_s) + u" - "_s +
                        sql::dayNumber(backend, u"d.created_at"_s) +
                        u" END) AS days_to_win FROM deals d JOIN stages s ON "
                        u"s.id = d.stage_id WHERE "_s) +
            deal.sql + u" GROUP BY 1) AS x LEFT JOIN users u ON u.id = x.manager"_s,
        deal.args);

    SqlPart logged;
    QString work;
    if (kept) {
        logged = daysOfPeriod(period, 0);
        work = u"SELECT f.manager_id AS manager, "
               u"sum(CASE WHEN f.kind = 'call' THEN f.entries ELSE 0 END) AS calls, "
               u"sum(CASE WHEN f.kind = 'meeting' THEN f.entries ELSE 0 END) AS meetings, "
               u"sum(CASE WHEN f.kind = 'email' THEN f.entries ELSE 0 END) AS emails FROM "
               u"report_timeline_days f WHERE f.kind IN ('call', 'meeting', 'email') AND "_s;
    } else {
        const PeriodBounds bounds = boundsOf(period);
        logged = {u"i.occurred_at >= ? AND i.occurred_at < ?"_s, {bounds.from, bounds.to}};
        if (period.managerId > 0) {
            logged.sql += u" AND c.manager_id = ?"_s;
            logged.args << period.managerId;
        }
        work = u"SELECT COALESCE(c.manager_id, 0) AS manager, sum(CASE WHEN i.kind = 'call' THEN 1 "
               u"ELSE 0 END) AS calls, "
               u"sum(CASE WHEN i.kind = 'meeting' THEN 1 ELSE 0 END) AS meetings, sum(CASE WHEN "
               u"i.kind = 'email' THEN 1 ELSE 0 END) AS emails FROM "
               u"interactions i JOIN clients c ON c.id = i.client_id WHERE i.kind IN ('call', "
               u"'meeting', 'email') AND "_s;
    }
    Result<QList<QSqlRecord>> worked = sql::rows(
        c,
        u"SELECT x.manager, COALESCE(u.name, ''), x.calls, x.meetings, x.emails FROM ("_s + work +
            logged.sql + u" GROUP BY 1) AS x LEFT JOIN users u ON u.id = x.manager"_s,
        logged.args);
    if (!deals || !worked)
        return !deals ? deals.error() : worked.error();

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
        m.averageDaysToWin =
            kept ? shareOf(msAsDays(r.value(7).toLongLong()), m.won) : r.value(7).toDouble();
        m.winRate = shareOf(m.won, m.won + m.lost);
    }
    for (const QSqlRecord& r : *worked) {
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
