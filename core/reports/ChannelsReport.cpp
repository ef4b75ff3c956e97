#include "reports/ChannelsReport.h"

#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "reports/DayFacts.h"
#include "reports/PeriodBuyers.h"
#include "reports/SalesOfPeriod.h"
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

namespace {

Result<QList<SourceBuyers>> buyersBySource(Database& db, const PeriodBounds& bounds,
                                           const ReportPeriod& period, Counting counting)
{
    // Summed as the clients report sums them; recounted by SQL's grouping,
    // which the tests compare it with.
    if (counting == Counting::Kept) {
        Result<PeriodBuyers> read = periodBuyers(db, period, counting);
        if (!read)
            return read.error();
        return bySource(*read);
    }
    const SqlPart buyers = buyersCte(bounds.from, bounds.to, period.pipelineId, period.managerId);
    Result<QList<QSqlRecord>> rows =
        sql::rows(db.connection(),
                  u"WITH "_s + buyers.sql +
                      u" SELECT COALESCE(c.source_id, 0), count(*), sum(b.total) FROM buyers b "
                      u"JOIN clients c ON c.id = b.client_id GROUP BY 1"_s,
                  buyers.args);
    if (!rows)
        return rows.error();
    QList<SourceBuyers> bySource;
    for (const QSqlRecord& r : *rows)
        bySource.append({r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong()});
    return bySource;
}

Result<ChannelsReport> channels(Database& db, const ReportPeriod& asked, Counting counting,
                                const QList<SourceBuyers>* counted)
{
    const ReportPeriod period = reportScope(db, asked);
    Result<Pipeline> pipeline = reportPipeline(db, period);
    if (!pipeline)
        return pipeline.error();
    const PeriodBounds bounds = boundsOf(period);
    QSqlDatabase& c = db.connection();
    const bool kept = counting == Counting::Kept;
    Result<QList<QSqlRecord>> sources = sql::rows(
        c, u"SELECT id, name FROM list_items WHERE list = ? ORDER BY position, id"_s, {kSources});
    // Kept: the period's days of report_client_days and report_deal_days.
    // Recounted: every client and deal of the period.
    Result<QList<QSqlRecord>> newClients = [&] {
        if (kept) {
            const SqlPart came = daysOfPeriod(period, 0);
            return sql::rows(c,
                             u"SELECT f.source_id, sum(f.clients) FROM report_client_days f "
                             u"WHERE "_s +
                                 came.sql + u" GROUP BY 1"_s,
                             came.args);
        }
        SqlPart came{u"created_at >= ? AND created_at < ?"_s, {bounds.from, bounds.to}};
        if (period.managerId > 0) {
            came.sql += u" AND manager_id = ?"_s;
            came.args << period.managerId;
        }
        return sql::rows(c,
                         u"SELECT COALESCE(source_id, 0), count(*) FROM clients WHERE "_s +
                             came.sql + u" GROUP BY 1"_s,
                         came.args);
    }();
    Result<QList<QSqlRecord>> deals = [&] {
        if (kept) {
            const SqlPart ofPeriod = daysOfPeriod(period, pipeline->id);
            return sql::rows(
                c,
                u"SELECT f.source_id, sum(f.deals), "
                u"sum(CASE WHEN s.kind = 'won' THEN f.deals ELSE 0 END), "
                u"sum(CASE WHEN s.kind = 'lost' THEN f.deals ELSE 0 END), "
                u"sum(CASE WHEN s.kind = 'won' THEN f.amount ELSE 0 END) "
                u"FROM report_deal_days f JOIN stages s ON s.id = f.stage_id WHERE "_s +
                    ofPeriod.sql + u" GROUP BY 1"_s,
                ofPeriod.args);
        }
        const SqlPart ofPeriod = dealsOfPeriod(period, pipeline->id);
        return sql::rows(
            c,
            // COALESCE reads the client only for a deal without a source of its own.
            u"SELECT COALESCE(d.source_id, (SELECT c.source_id FROM clients c WHERE c.id = "
            u"d.client_id), 0), count(*), sum(CASE WHEN s.kind = 'won' THEN 1 ELSE 0 END), "
            u"sum(CASE WHEN s.kind = 'lost' THEN 1 ELSE 0 END), "
            u"sum(CASE WHEN s.kind = 'won' THEN d.amount_minor ELSE 0 END) "
            u"FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "_s +
                ofPeriod.sql + u" GROUP BY 1"_s,
            ofPeriod.args);
    }();
    Result<QList<SourceBuyers>> revenue = [&]() -> Result<QList<SourceBuyers>> {
        if (counted)
            return *counted;
        return buyersBySource(db, bounds, period, counting);
    }();
    for (const auto* result : {&sources, &newClients, &deals})
        if (!*result)
            return result->error();
    if (!revenue)
        return revenue.error();

    QMap<qint64, ChannelRow> rows;
    for (const QSqlRecord& r : *sources)
        rows.insert(r.value(0).toLongLong(), {r.value(0).toLongLong(), r.value(1).toString()});
    // Rows for what happened only: a source with nothing in the period stays out.
    auto row = [&](const QSqlRecord& r) -> ChannelRow& {
        const qint64 id = r.value(0).toLongLong();
        ChannelRow& channel = rows[id];
        channel.sourceId = id;
        if (id == 0)
            channel.source = Tr::tr("(no source)");
        return channel;
    };
    for (const QSqlRecord& r : *newClients)
        row(r).newClients = r.value(1).toInt();
    for (const QSqlRecord& r : *deals) {
        ChannelRow& ch = row(r);
        ch.deals = r.value(1).toInt();
        ch.won = r.value(2).toInt();
        ch.lost = r.value(3).toInt();
        ch.wonMinor = r.value(4).toLongLong();
    }
    for (const SourceBuyers& b : *revenue) {
        ChannelRow& ch = rows[b.sourceId];
        ch.sourceId = b.sourceId;
        if (b.sourceId == 0)
            ch.source = Tr::tr("(no source)");
        ch.buyingClients = b.buyers;
        ch.revenueMinor = b.revenueMinor;
    }

    ChannelsReport report;
    report.currency = shopCurrency(db);
    for (ChannelRow& ch : rows) {
        if (ch.newClients == 0 && ch.deals == 0 && ch.buyingClients == 0)
            continue;
        ch.winRate = shareOf(ch.won, ch.won + ch.lost);
        ch.averageCheckMinor = ch.won > 0 ? ch.wonMinor / ch.won : 0;
        ch.revenuePerClientMinor = ch.buyingClients > 0 ? ch.revenueMinor / ch.buyingClients : 0;
        report.rows.append(ch);
    }
    std::stable_sort(report.rows.begin(), report.rows.end(), [](const auto& a, const auto& b) {
        return a.revenueMinor != b.revenueMinor ? a.revenueMinor > b.revenueMinor
                                                : a.wonMinor > b.wonMinor;
    });
    return report;
}

} // namespace

Result<ChannelsReport> channelsReport(Database& db, const ReportPeriod& period, Counting counting)
{
    return channels(db, period, counting, nullptr);
}

Result<ChannelsReport> channelsReport(Database& db, const ReportPeriod& period,
                                      const QList<SourceBuyers>& buyers)
{
    return channels(db, period, Counting::Kept, &buyers);
}

} // namespace kartoteka
