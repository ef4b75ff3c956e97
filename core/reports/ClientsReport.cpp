#include "reports/ClientsReport.h"

#include "accounts/Access.h"
#include "clients/ClientSettings.h"
#include "reports/PeriodBuyers.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Reports)
};

struct CountRange
{
    int min;
    int max; // 0: open
    const char* label;
};
constexpr CountRange kCountRanges[] = {
    {1, 1, "1"}, {2, 2, "2"}, {3, 4, "3–4"}, {5, 7, "5–7"}, {8, 0, "8+"}};

int countRangeOf(int n)
{
    return n == 1 ? 0 : n == 2 ? 1 : n <= 4 ? 2 : n <= 7 ? 3 : 4;
}

// The most valuable first; the same value by the client's id.
bool moreValuable(const PeriodBuyer* a, const PeriodBuyer* b)
{
    return a->total != b->total ? a->total > b->total : a->clientId < b->clientId;
}

// The chosen buyers, most valuable first, at most `limit`, with their names.
Result<QList<ClientValue>> readValues(Database& db, const PeriodBuyers& period,
                                      const std::function<bool(const PeriodBuyer&)>& chosen,
                                      int limit)
{
    std::vector<const PeriodBuyer*> order;
    for (const PeriodBuyer& b : period.buyers)
        if (chosen(b))
            order.push_back(&b);
    // The clients themselves are listed only when reached, whatever the
    // figures may count (someone with AllReports but not AllClients): the
    // names are looked up, a batch at a time down the order, for as many as
    // are listed.
    const bool everyone = db.principal().can(Capability::AllClients);
    const ScopeSql reached = clientScope(db.principal(), u"reached"_s);
    QList<ClientValue> values;
    auto next = order.begin();
    while (values.size() < limit && next != order.end()) {
        const qint64 wanted = everyone ? limit - values.size() : std::max<qint64>(limit, 200);
        const auto batchEnd = next + std::min<qint64>(wanted, order.end() - next);
        std::partial_sort(next, batchEnd, order.end(), moreValuable);
        QStringList marks;
        QVariantList args;
        for (auto it = next; it != batchEnd; ++it) {
            marks << u"?"_s;
            args << (*it)->clientId;
        }
        QString select = u"SELECT reached.id, COALESCE(reached.display_name, '') FROM clients "
                         u"reached WHERE reached.id IN ("_s +
                         marks.join(u", "_s) + u")"_s;
        if (!everyone) {
            select += u" AND "_s + reached.sql;
            args += reached.args;
        }
        Result<QList<QSqlRecord>> rows = sql::rows(db.connection(), select, args);
        if (!rows)
            return rows.error();
        QHash<qint64, QString> names;
        for (const QSqlRecord& r : *rows)
            names.insert(r.value(0).toLongLong(), r.value(1).toString());
        QStringList segmentKeys;
        for (const RfmSegmentInfo& info : rfmSegments())
            segmentKeys.append(info.key);
        for (auto it = next; it != batchEnd && values.size() < limit; ++it) {
            const PeriodBuyer& b = **it;
            const auto name = names.constFind(b.clientId);
            if (!everyone && name == names.cend())
                continue;
            ClientValue v;
            v.clientId = b.clientId;
            v.name = name == names.cend() ? QString() : *name;
            v.purchases = b.n;
            v.totalMinor = b.total;
            v.averageCheckMinor = v.purchases > 0 ? v.totalMinor / v.purchases : 0;
            v.daysBetween = b.returned() ? b.gapDays() : 0;
            v.firstPurchase = b.firstDay();
            v.lastPurchase = b.lastDay();
            v.recency = b.r;
            v.frequency = b.f;
            v.monetary = b.m;
            v.segment = segmentKeys[b.segment];
            values.append(v);
        }
        next = batchEnd;
    }
    return values;
}

} // namespace

QList<RfmSegmentInfo> rfmSegments()
{
    // Translated at each call, not once: a name kept from the first call
    // would stay in the language the program spoke then.
    return {{u"champions"_s, Tr::tr("Champions"), Tr::tr("Bought recently, often and for a lot")},
            {u"loyal"_s, Tr::tr("Loyal"), Tr::tr("Buy regularly")},
            {u"new"_s, Tr::tr("New and promising"), Tr::tr("Bought recently, not much yet")},
            {u"attention"_s, Tr::tr("Need attention"), Tr::tr("Average on every count")},
            {u"at_risk"_s, Tr::tr("At risk"), Tr::tr("Used to buy often or a lot, not lately")},
            {u"sleeping"_s, Tr::tr("Falling asleep"), Tr::tr("Bought little, a while ago")},
            {u"lost"_s, Tr::tr("Lost", "clients who stopped buying"),
             Tr::tr("Bought little, long ago")}};
}

Result<ClientsReport> clientsReport(Database& db, const ReportPeriod& asked, Counting counting)
{
    const ReportPeriod period = reportScope(db, asked);
    if (Status s = checkReportPeriod(period); !s) // it counts quarter by quarter
        return s.error();
    Result<PeriodBuyers> read = periodBuyers(db, period, counting);
    if (!read)
        return read.error();
    const std::vector<PeriodBuyer>& buyers = read->buyers;

    ClientsReport report;
    report.currency = shopCurrency(db);
    for (const CountRange& range : kCountRanges)
        report.purchaseCounts.append({range.min, range.max, QString::fromUtf8(range.label), 0, 0});
    QList<CohortRow> cohorts(read->cohorts.size() + 1); // the last: none
    for (const RfmSegmentInfo& info : rfmSegments())
        report.segments.append({info.key, info.name});
    std::vector<double> sinceSums(report.segments.size());
    std::vector<qint64> purchaseSums(report.segments.size());
    double gaps = 0;
    std::vector<qint64> totals;
    totals.reserve(buyers.size());
    for (const PeriodBuyer& b : buyers) {
        ++report.buyers;
        report.sales += b.n;
        report.revenueMinor += b.total;
        if (b.returned()) {
            ++report.returningBuyers;
            gaps += b.gapDays();
        }
        PurchaseCountRow& count = report.purchaseCounts[countRangeOf(b.n)];
        ++count.clients;
        count.revenueMinor += b.total;
        CohortRow& cohort = cohorts[b.cohort >= 0 ? b.cohort : read->cohorts.size()];
        ++cohort.clients;
        cohort.revenueMinor += b.total;
        SegmentRow& segment = report.segments[b.segment];
        ++segment.clients;
        segment.revenueMinor += b.total;
        sinceSums[b.segment] += b.sinceDays(read->referenceMs);
        purchaseSums[b.segment] += b.n;
        totals.push_back(b.total);
    }
    report.averageDaysBetween = report.returningBuyers > 0 ? gaps / report.returningBuyers : 0;
    report.averageCheckMinor = report.sales > 0 ? report.revenueMinor / report.sales : 0;
    report.averageValueMinor = report.buyers > 0 ? report.revenueMinor / report.buyers : 0;
    for (int i = 0; i < report.segments.size(); ++i) {
        SegmentRow& row = report.segments[i];
        if (row.clients > 0) {
            row.averageDaysSinceLast = sinceSums[i] / row.clients;
            row.averagePurchases = double(purchaseSums[i]) / row.clients;
        }
    }
    // Buyers whose first sale lies in no quarter of the period (none should)
    // come first, as an undated row; then the quarters with buyers.
    cohorts.prepend(cohorts.takeLast());
    for (int i = 0; i < cohorts.size(); ++i) {
        CohortRow row = cohorts[i];
        if (row.clients == 0)
            continue;
        row.quarter = i > 0 ? read->cohorts[i - 1] : QDate();
        row.averageValueMinor = row.revenueMinor / row.clients;
        report.cohorts.append(row);
    }

    report.topClients = (report.buyers + 4) / 5;
    const auto topEnd = totals.begin() + report.topClients;
    std::nth_element(totals.begin(), topEnd, totals.end(), std::greater<qint64>());
    const qint64 topRevenue = std::accumulate(totals.begin(), topEnd, qint64(0));
    report.topShare = shareOf(double(topRevenue), double(report.revenueMinor));

    Result<QList<ClientValue>> top = readValues(
        db, *read, [](const PeriodBuyer&) { return true; }, 100);
    if (!top)
        return top.error();
    report.top = *top;
    report.bySource = bySource(*read);
    return report;
}

Result<QList<ClientValue>> clientValues(Database& db, const ReportPeriod& asked,
                                        const ClientSlice& slice)
{
    const ReportPeriod period = reportScope(db, asked);
    Result<PeriodBuyers> read = periodBuyers(db, period, Counting::Kept);
    if (!read)
        return read.error();
    int segment = -1;
    const QList<RfmSegmentInfo> segments = rfmSegments();
    for (int i = 0; i < segments.size(); ++i)
        if (segments[i].key == slice.segment)
            segment = i;
    const int cohort = slice.cohort.isValid() ? int(read->cohorts.indexOf(slice.cohort)) : -1;
    auto chosen = [&](const PeriodBuyer& b) {
        if (!slice.segment.isEmpty() && b.segment != segment)
            return false;
        if (slice.minPurchases > 0 && b.n < slice.minPurchases)
            return false;
        if (slice.maxPurchases > 0 && b.n > slice.maxPurchases)
            return false;
        if (slice.cohort.isValid() && (cohort < 0 || b.cohort != cohort))
            return false;
        return true;
    };
    return readValues(db, *read, chosen, slice.limit);
}

} // namespace kartoteka
