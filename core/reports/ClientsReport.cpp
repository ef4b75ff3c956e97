#include "reports/ClientsReport.h"

#include "accounts/Access.h"
#include "clients/ClientSettings.h"
#include "reports/SalesOfPeriod.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Reports)
};

// The period's buyers with their figures, made once per report into a
// temporary table on this connection (the aggregation is the costly part;
// every section of the report reads the small result).
const QString kFiguresTable = u"temp.report_buyer_figures"_s;

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

// The quarters a period's first purchases fall in, as (start, until, label)
// rows in UTC so a purchase is placed by its local day without converting
// every timestamp.
SqlPart quartersOf(const ReportPeriod& period)
{
    QStringList rows;
    QVariantList args;
    for (QDate q = quarterStart(period.from); q <= period.to; q = q.addMonths(3)) {
        const PeriodBounds b = boundsOf(q, q.addMonths(3).addDays(-1));
        rows << u"(?, ?, ?)"_s;
        args << b.from << b.to << q.toString(Qt::ISODate);
    }
    return {u"quarters(start, until, label) AS (VALUES "_s + rows.join(u", "_s) + u")"_s, args};
}

// Scores 1-5 by quintile of each value's mid-rank among the buyers: the
// share of the others it lies above, ties counted as half above and half
// below. percent_rank() counts ties as all above, so a base where everyone
// bought once for the same sum, or a base of one buyer, scored everyone 1
// ("bought little, long ago"); by mid-rank they are all in the middle (3),
// which is what nobody to compare with says. A value scores one more for
// each of the four bounds it reaches; the bounds come from one sorted read
// of the distinct values (window functions took 100 ms over 22,000 buyers).
Result<SqlPart> quintileScore(QSqlDatabase& db, const QString& column, int count)
{
    if (count <= 1)
        return SqlPart{u"3"_s, {}};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + column + u", count(*) FROM "_s + kFiguresTable +
                    u" GROUP BY 1 ORDER BY 1"_s))
        return sql::errorFrom(query.lastError(), query.lastQuery());
    SqlPart score{u"1"_s, {}};
    qint64 smaller = 0;
    int k = 1;
    while (k <= 4 && query.next()) {
        const qint64 equal = query.value(1).toLongLong();
        // mid-rank = (smaller + (equal - 1) / 2) / (count - 1) >= k / 5, in integers.
        while (k <= 4 && 5 * (2 * smaller + equal - 1) >= 2 * qint64(k) * (count - 1)) {
            score.sql += u" + ("_s + column + u" >= ?)"_s;
            score.args << query.value(0);
            ++k;
        }
        smaller += equal;
    }
    if (query.lastError().isValid())
        return sql::errorFrom(query.lastError(), query.lastQuery());
    return score;
}

class BuyersTable
{
public:
    BuyersTable(Database& db, Counting counting) : m_db(db), m_counting(counting) {}
    ~BuyersTable()
    {
        (void)sql::exec(m_db.connection(), u"DROP TABLE IF EXISTS "_s + kFiguresTable);
    }

    // The buyers with their RFM scores and segment, to select from. The
    // scores are worked out as they are read rather than written to another
    // table: the few rows read cost less than copying them all.
    const SqlPart& scored() const { return m_scored; }

    Status build(const ReportPeriod& period)
    {
        QSqlDatabase& db = m_db.connection();
        const PeriodBounds bounds = boundsOf(period);
        const Result<SqlPart> sales = buyersCte(m_db, bounds.from, bounds.to, period.pipelineId,
                                                period.managerId, m_counting);
        if (!sales)
            return sales.error();
        const SqlPart quarters = quartersOf(period);
        if (Status dropped = sql::exec(db, u"DROP TABLE IF EXISTS "_s + kFiguresTable); !dropped)
            return dropped;
        if (Status figures = sql::exec(
                db,
                u"CREATE TABLE "_s + kFiguresTable + u" AS WITH "_s + sales->sql + u", "_s +
                    quarters.sql +
                    u", per(client_id, n, total, first, last) AS (SELECT * FROM buyers) "
                    u"SELECT per.*, "
                    u"CASE WHEN n > 1 THEN (julianday(last) - julianday(first)) / (n - 1) END AS "
                    u"gap, "
                    u"julianday(?) - julianday(last) AS since, (SELECT label FROM quarters WHERE "
                    u"first >= start AND first < until) AS cohort FROM per"_s,
                // "Since" the end of the period, or now when that is still to
                // come: a purchase of today is 0 days ago, not 31 in November.
                sales->args + quarters.args +
                    QVariantList{
                        std::min(bounds.to, utcTimestamp(QDateTime::currentDateTimeUtc()))});
            !figures)
            return figures;
        Result<QVariant> count = sql::scalar(db, u"SELECT count(*) FROM "_s + kFiguresTable);
        if (!count)
            return count.error();
        Result<SqlPart> r = quintileScore(db, u"last"_s, count->toInt());
        Result<SqlPart> f = quintileScore(db, u"n"_s, count->toInt());
        Result<SqlPart> m = quintileScore(db, u"total"_s, count->toInt());
        for (const auto* score : {&r, &f, &m})
            if (!*score)
                return score->error();
        // Ranks alone say nothing in a small base, so two plain facts bound
        // them: whoever bought in the last 30 days is recent (R at least 4;
        // in the last 90, at least 3), whatever the others did: a buyer from
        // today is never "lost"; no purchase for over a year is not recent
        // (R at most 2: never "loyal" or "new"); one purchase is never
        // frequent (F 1).
        // The segment rules read R against the mean of F and M.
        m_scored = {u"(SELECT scored.*, CASE "
                    u"WHEN r >= 4 AND (f + m + 1) / 2 >= 4 THEN 'champions' "
                    u"WHEN r >= 3 AND (f + m + 1) / 2 >= 3 THEN 'loyal' "
                    u"WHEN r >= 4 THEN 'new' "
                    u"WHEN r = 3 THEN 'attention' "
                    u"WHEN (f + m + 1) / 2 >= 3 THEN 'at_risk' "
                    u"WHEN r = 2 THEN 'sleeping' "
                    u"ELSE 'lost' END AS segment FROM (SELECT b.*, min(max("_s +
                        r->sql +
                        u", CASE WHEN since <= 30 THEN 4 WHEN since <= 90 THEN 3 ELSE 1 END), "
                        u"CASE WHEN since > 365 THEN 2 ELSE 5 END) AS r, "
                        u"CASE WHEN n = 1 THEN 1 ELSE "_s +
                        f->sql + u" END AS f, "_s + m->sql + u" AS m FROM "_s + kFiguresTable +
                        u" AS b) AS scored)"_s,
                    r->args + f->args + m->args};
        return Status::success();
    }

private:
    Database& m_db;
    Counting m_counting;
    SqlPart m_scored;
};

struct CountRange
{
    int min;
    int max; // 0: open
    const char* label;
};
constexpr CountRange kCountRanges[] = {
    {1, 1, "1"}, {2, 2, "2"}, {3, 4, "3–4"}, {5, 7, "5–7"}, {8, 0, "8+"}};

Result<QList<ClientValue>> readValues(Database& db, const BuyersTable& buyers, QString where,
                                      QVariantList args, int limit)
{
    // The clients themselves are listed only when reached, whatever the
    // figures may count (someone with AllReports but not AllClients).
    if (!db.principal().can(Capability::AllClients)) {
        const ScopeSql reached = clientScope(db.principal(), u"reached"_s);
        where += u" AND b.client_id IN (SELECT reached.id FROM clients reached WHERE "_s +
                 reached.sql + u")"_s;
        args += reached.args;
    }
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(),
        // The names are looked up for the chosen rows only, after the sort.
        u"SELECT b.client_id, COALESCE(c.display_name, ''), b.n, b.total, b.gap, b.first, "
        u"b.last, b.r, b.f, b.m, b.segment FROM (SELECT * FROM "_s +
            buyers.scored().sql + u" b WHERE "_s + where +
            u" ORDER BY b.total DESC, b.client_id LIMIT ?) AS b LEFT JOIN clients c ON c.id = "
            u"b.client_id ORDER BY b.total DESC, b.client_id"_s,
        buyers.scored().args + args + QVariantList{limit});
    if (!rows)
        return rows.error();
    QList<ClientValue> values;
    values.reserve(rows->size());
    for (const QSqlRecord& r : *rows) {
        ClientValue v;
        v.clientId = r.value(0).toLongLong();
        v.name = r.value(1).toString();
        v.purchases = r.value(2).toInt();
        v.totalMinor = r.value(3).toLongLong();
        v.averageCheckMinor = v.purchases > 0 ? v.totalMinor / v.purchases : 0;
        v.daysBetween = r.value(4).toDouble();
        v.firstPurchase = localDayOf(r.value(5));
        v.lastPurchase = localDayOf(r.value(6));
        v.recency = r.value(7).toInt();
        v.frequency = r.value(8).toInt();
        v.monetary = r.value(9).toInt();
        v.segment = r.value(10).toString();
        values.append(v);
    }
    return values;
}

} // namespace

const QList<RfmSegmentInfo>& rfmSegments()
{
    static const QList<RfmSegmentInfo> segments{
        {u"champions"_s, Tr::tr("Champions"), Tr::tr("Bought recently, often and for a lot")},
        {u"loyal"_s, Tr::tr("Loyal"), Tr::tr("Buy regularly")},
        {u"new"_s, Tr::tr("New and promising"), Tr::tr("Bought recently, not much yet")},
        {u"attention"_s, Tr::tr("Need attention"), Tr::tr("Average on every count")},
        {u"at_risk"_s, Tr::tr("At risk"), Tr::tr("Used to buy often or a lot, not lately")},
        {u"sleeping"_s, Tr::tr("Falling asleep"), Tr::tr("Bought little, a while ago")},
        {u"lost"_s, Tr::tr("Lost", "clients who stopped buying"),
         Tr::tr("Bought little, long ago")}};
    return segments;
}

Result<ClientsReport> clientsReport(Database& db, const ReportPeriod& asked, Counting counting)
{
    const ReportPeriod period = reportScope(db, asked);
    if (Status s = checkReportPeriod(period); !s) // it counts quarter by quarter
        return s.error();
    BuyersTable buyers(db, counting);
    if (Status built = buyers.build(period); !built)
        return built.error();
    QSqlDatabase& c = db.connection();
    const QString from = u" FROM "_s + kFiguresTable;

    Result<QList<QSqlRecord>> summary =
        sql::rows(c, u"SELECT count(*), sum(n), sum(total), avg(gap), count(gap)"_s + from);
    Result<QList<QSqlRecord>> counts = sql::rows(
        c, u"SELECT CASE WHEN n = 1 THEN 0 WHEN n = 2 THEN 1 WHEN n <= 4 THEN 2 WHEN n <= 7 THEN "
           u"3 ELSE 4 END, count(*), sum(total)"_s +
               from + u" GROUP BY 1"_s);
    Result<QList<QSqlRecord>> cohorts =
        sql::rows(c, u"SELECT cohort, count(*), sum(total)"_s + from + u" GROUP BY 1 ORDER BY 1"_s);
    Result<QList<QSqlRecord>> segments =
        sql::rows(c,
                  u"SELECT segment, count(*), sum(total), avg(since), avg(n) FROM "_s +
                      buyers.scored().sql + u" GROUP BY 1"_s,
                  buyers.scored().args);
    for (const auto* result : {&summary, &counts, &cohorts, &segments})
        if (!*result)
            return result->error();

    ClientsReport report;
    report.currency = shopCurrency(db);
    const QSqlRecord& s = summary->first();
    report.buyers = s.value(0).toInt();
    report.sales = s.value(1).toInt();
    report.revenueMinor = s.value(2).toLongLong();
    report.averageDaysBetween = s.value(3).toDouble();
    report.returningBuyers = s.value(4).toInt();
    report.averageCheckMinor = report.sales > 0 ? report.revenueMinor / report.sales : 0;
    report.averageValueMinor = report.buyers > 0 ? report.revenueMinor / report.buyers : 0;

    report.topClients = (report.buyers + 4) / 5;
    Result<QVariant> topRevenue = sql::scalar(
        c, u"SELECT sum(total) FROM (SELECT total"_s + from + u" ORDER BY total DESC LIMIT ?)"_s,
        {report.topClients});
    if (!topRevenue)
        return topRevenue.error();
    report.topShare = shareOf(double(topRevenue->toLongLong()), double(report.revenueMinor));

    for (const CountRange& range : kCountRanges)
        report.purchaseCounts.append({range.min, range.max, QString::fromUtf8(range.label), 0, 0});
    for (const QSqlRecord& r : *counts) {
        PurchaseCountRow& row = report.purchaseCounts[r.value(0).toInt()];
        row.clients = r.value(1).toInt();
        row.revenueMinor = r.value(2).toLongLong();
    }
    for (const QSqlRecord& r : *cohorts) {
        CohortRow row{QDate::fromString(r.value(0).toString(), Qt::ISODate), r.value(1).toInt(),
                      r.value(2).toLongLong(), 0};
        row.averageValueMinor = row.clients > 0 ? row.revenueMinor / row.clients : 0;
        report.cohorts.append(row);
    }
    QHash<QString, SegmentRow> byKey;
    for (const QSqlRecord& r : *segments)
        byKey.insert(r.value(0).toString(),
                     {r.value(0).toString(), QString(), r.value(1).toInt(), r.value(2).toLongLong(),
                      r.value(3).toDouble(), r.value(4).toDouble()});
    for (const RfmSegmentInfo& info : rfmSegments()) {
        SegmentRow row = byKey.value(info.key, SegmentRow{info.key});
        row.name = info.name;
        report.segments.append(row);
    }
    Result<QList<ClientValue>> top = readValues(db, buyers, u"1"_s, {}, 100);
    if (!top)
        return top.error();
    report.top = *top;
    Result<QList<QSqlRecord>> bySource =
        sql::rows(c, u"SELECT COALESCE(c.source_id, 0), count(*), sum(b.total)"_s + from +
                         u" b JOIN clients c ON c.id = b.client_id GROUP BY 1"_s);
    if (!bySource)
        return bySource.error();
    for (const QSqlRecord& r : *bySource)
        report.bySource.append(
            {r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong()});
    return report;
}

Result<QList<ClientValue>> clientValues(Database& db, const ReportPeriod& asked,
                                        const ClientSlice& slice)
{
    const ReportPeriod period = reportScope(db, asked);
    BuyersTable buyers(db, Counting::Kept);
    if (Status built = buyers.build(period); !built)
        return built.error();
    QString where = u"1"_s;
    QVariantList args;
    if (!slice.segment.isEmpty()) {
        where += u" AND b.segment = ?"_s;
        args << slice.segment;
    }
    if (slice.minPurchases > 0) {
        where += u" AND b.n >= ?"_s;
        args << slice.minPurchases;
    }
    if (slice.maxPurchases > 0) {
        where += u" AND b.n <= ?"_s;
        args << slice.maxPurchases;
    }
    if (slice.cohort.isValid()) {
        where += u" AND b.cohort = ?"_s;
        args << slice.cohort.toString(Qt::ISODate);
    }
    return readValues(db, buyers, where, args, slice.limit);
}

} // namespace kartoteka
