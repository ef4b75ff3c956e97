#include "reports/PeriodBuyers.h"

#include "reports/SalesOfPeriod.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

constexpr qint64 kDayMs = 86400000;

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

int digits(const QChar* s, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Milliseconds since the epoch of a stored UTC timestamp. What the program
// writes (utcTimestamp(): "2026-11-30T20:00:53.123Z") is read by hand, a
// hundred thousand of them in a few milliseconds; anything else through
// QDateTime.
qint64 msOf(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toMSecsSinceEpoch();
    const QString text = value.toString();
    const QChar* s = text.constData();
    if (text.size() == 24 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' &&
        s[16] == u':' && s[19] == u'.' && s[23] == u'Z') {
        const int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
        const int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
        const int ms = digits(s + 20, 3);
        const QDate day(y, mo, d);
        if (day.isValid() && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0)
            return (day.toJulianDay() - 2440588) * kDayMs +
                   ((h * 60 + mi) * 60 + sec) * qint64(1000) + ms;
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The bounds of the quintiles of `values` by mid-rank (see periodBuyers()):
// a value scores 1 and one more for each bound it reaches. Read from the
// sorted values: mid-rank = (smaller + (equal - 1) / 2) / (count - 1) >= k / 5,
// in integers.
template <typename T> std::vector<T> quintileBounds(std::vector<T> values)
{
    std::vector<T> bounds;
    const qint64 count = qint64(values.size());
    std::sort(values.begin(), values.end());
    qint64 smaller = 0;
    int k = 1;
    for (size_t i = 0; i < values.size() && k <= 4;) {
        size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        const qint64 equal = qint64(j - i);
        while (k <= 4 && 5 * (2 * smaller + equal - 1) >= 2 * qint64(k) * (count - 1)) {
            bounds.push_back(values[i]);
            ++k;
        }
        smaller += equal;
        i = j;
    }
    return bounds;
}

template <typename T> int scoreOf(const std::vector<T>& bounds, T value)
{
    int score = 1;
    for (const T& bound : bounds)
        score += value >= bound ? 1 : 0;
    return score;
}

// The segments in rfmSegments() order: champions, loyal, new, attention,
// at risk, falling asleep, lost. R is read against the mean of F and M.
int segmentOf(int r, int f, int m)
{
    const int fm = (f + m + 1) / 2;
    if (r >= 4 && fm >= 4)
        return 0;
    if (r >= 3 && fm >= 3)
        return 1;
    if (r >= 4)
        return 2;
    if (r == 3)
        return 3;
    if (fm >= 3)
        return 4;
    if (r == 2)
        return 5;
    return 6;
}

// Where each client's buyer lies in the buyers' vector. Client ids are row
// ids, nearly dense: a plain array indexed by id, not a hash map, whose
// cache misses were half the clients report's own time; an id too large for
// the array (a base with huge ids) goes to a map.
class BuyerIndex
{
public:
    static constexpr int kNone = -1;

    int find(qint64 clientId) const
    {
        if (clientId >= 0 && clientId < qint64(m_dense.size()))
            return m_dense[size_t(clientId)];
        if (clientId >= 0 && clientId < kDenseLimit)
            return kNone;
        const auto at = m_sparse.find(clientId);
        return at == m_sparse.end() ? kNone : at->second;
    }

    void add(qint64 clientId, int index)
    {
        if (clientId >= 0 && clientId < kDenseLimit) {
            if (clientId >= qint64(m_dense.size()))
                m_dense.resize(std::max(size_t(clientId) + 1, m_dense.size() * 2), kNone);
            m_dense[size_t(clientId)] = index;
        } else {
            m_sparse.emplace(clientId, index);
        }
    }

private:
    static constexpr qint64 kDenseLimit = qint64(1) << 23; // 32 MB of ints at most
    std::vector<int> m_dense;
    std::unordered_map<qint64, int> m_sparse;
};

} // namespace

Result<PeriodBuyers> periodBuyers(Database& db, const ReportPeriod& period, Counting counting)
{
    const PeriodBounds bounds = boundsOf(period);
    PeriodBuyers result;
    // The quarters of first purchases, as UTC instants so that a purchase is
    // placed by its local day.
    std::vector<qint64> quarterStarts;
    qint64 lastUntil = 0;
    for (QDate q = quarterStart(period.from); q <= period.to; q = q.addMonths(3)) {
        const PeriodBounds b = boundsOf(q, q.addMonths(3).addDays(-1));
        result.cohorts.append(q);
        quarterStarts.push_back(msOf(b.from));
        lastUntil = msOf(b.to);
    }
    // "Since" the end of the period, or now when that is still to come: a
    // purchase of today is 0 days ago, not 31 in November.
    const qint64 reference =
        std::min(msOf(bounds.to), QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());

    // Each client's sales summed here as they are read: SQLite's GROUP BY
    // sorted them first, five times the cost of reading them. Kept sums are
    // read where they answer (see buyerReads()): one row a buyer.
    const Result<QList<SqlPart>> reads = buyerReads(db, period, counting);
    if (!reads)
        return reads.error();
    std::vector<PeriodBuyer>& buyers = result.buyers;
    BuyerIndex indexOf;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    for (const SqlPart& read : *reads) {
        if (!query.prepare(read.sql))
            return sql::errorFrom(query.lastError(), read.sql);
        for (const QVariant& arg : read.args)
            query.addBindValue(sql::bindable(arg));
        if (!query.exec())
            return sql::errorFrom(query.lastError(), read.sql);
        while (query.next()) {
            // (client, sales, total, first, last); a single sale has no last.
            // No amount at all counts nothing.
            const qint64 clientId = query.value(0).toLongLong();
            const int n = query.value(1).toInt();
            const qint64 total = query.value(2).toLongLong();
            const QVariant first = query.value(3);
            const QVariant last = query.value(4);
            const qint64 firstMs = msOf(first);
            const qint64 lastMs = last.isNull() ? firstMs : msOf(last);
            const int at = indexOf.find(clientId);
            if (at == BuyerIndex::kNone) {
                indexOf.add(clientId, int(buyers.size()));
                PeriodBuyer b;
                b.clientId = clientId;
                b.n = n;
                b.total = total;
                b.first = first.toString();
                b.firstMs = firstMs;
                b.last = last.isNull() ? b.first : last.toString();
                b.lastMs = lastMs;
                buyers.push_back(std::move(b));
                continue;
            }
            PeriodBuyer& b = buyers[size_t(at)];
            b.n += n;
            b.total += total;
            if (firstMs < b.firstMs) {
                b.firstMs = firstMs;
                b.first = first.toString();
            }
            if (lastMs > b.lastMs) {
                b.lastMs = lastMs;
                b.last = last.isNull() ? first.toString() : last.toString();
            }
        }
        if (query.lastError().isValid())
            return sql::errorFrom(query.lastError(), read.sql);
        query.finish();
    }

    // Each buyer's source, for the channels report: every client's, from
    // schema 12's narrow index (reading the wide client rows, or looking up
    // each buyer, cost more than the sales did).
    if (!buyers.empty()) {
        const QString sources = u"SELECT id, COALESCE(source_id, 0) FROM clients"_s;
        if (!query.exec(sources))
            return sql::errorFrom(query.lastError(), sources);
        while (query.next()) {
            const int at = indexOf.find(query.value(0).toLongLong());
            if (at != BuyerIndex::kNone)
                buyers[size_t(at)].sourceId = query.value(1).toLongLong();
        }
        if (query.lastError().isValid())
            return sql::errorFrom(query.lastError(), sources);
        query.finish();
    }
    for (PeriodBuyer& b : buyers) {
        b.sinceMs = reference - b.lastMs;
        if (!quarterStarts.empty() && b.firstMs >= quarterStarts.front() && b.firstMs < lastUntil)
            b.cohort = int(std::upper_bound(quarterStarts.begin(), quarterStarts.end(), b.firstMs) -
                           quarterStarts.begin()) -
                       1;
    }

    if (buyers.size() <= 1) {
        for (PeriodBuyer& b : buyers)
            b.r = b.f = b.m = 3; // nobody to compare with: the middle
    } else {
        std::vector<qint64> last, n, total;
        last.reserve(buyers.size());
        n.reserve(buyers.size());
        total.reserve(buyers.size());
        for (const PeriodBuyer& b : buyers) {
            last.push_back(b.lastMs);
            n.push_back(b.n);
            total.push_back(b.total);
        }
        const std::vector<qint64> rBounds = quintileBounds(std::move(last));
        const std::vector<qint64> fBounds = quintileBounds(std::move(n));
        const std::vector<qint64> mBounds = quintileBounds(std::move(total));
        for (PeriodBuyer& b : buyers) {
            b.r = scoreOf(rBounds, b.lastMs);
            b.f = scoreOf(fBounds, qint64(b.n));
            b.m = scoreOf(mBounds, b.total);
        }
    }
    for (PeriodBuyer& b : buyers) {
        // Ranks alone say nothing in a small base, so two plain facts bound
        // them: whoever bought in the last 30 days is recent (R at least 4;
        // in the last 90, at least 3), whatever the others did: a buyer from
        // today is never "lost"; no purchase for over a year is not recent
        // (R at most 2: never "loyal" or "new"); one purchase is never
        // frequent (F 1).
        const int floor = b.sinceMs <= 30 * kDayMs ? 4 : b.sinceMs <= 90 * kDayMs ? 3 : 1;
        const int ceiling = b.sinceMs > 365 * kDayMs ? 2 : 5;
        b.r = std::min(std::max(b.r, floor), ceiling);
        if (b.n == 1)
            b.f = 1;
        b.segment = segmentOf(b.r, b.f, b.m);
    }
    return result;
}

QList<SourceBuyers> bySource(const PeriodBuyers& period)
{
    QMap<qint64, SourceBuyers> sources;
    for (const PeriodBuyer& b : period.buyers) {
        if (b.sourceId < 0)
            continue;
        SourceBuyers& source = sources[b.sourceId];
        source.sourceId = b.sourceId;
        ++source.buyers;
        source.revenueMinor += b.total;
    }
    return sources.values();
}

} // namespace kartoteka
