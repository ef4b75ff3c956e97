#include "reports/PeriodBuyers.h"

#include "reports/SalesOfPeriod.h"
#include "storage/BulkRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

constexpr qint64 kDayMs = 86400000;

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

int digits(const char* s, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Milliseconds since the epoch of a stored UTC timestamp. What the program
// writes (utcTimestamp(): "2026-11-30T20:00:53.123Z") is read by hand, a
// hundred thousand of them in a few milliseconds; anything else through
// QDateTime.
qint64 msOf(QByteArrayView text)
{
    const char* s = text.data();
    if (text.size() == 24 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' &&
        s[16] == ':' && s[19] == '.' && s[23] == 'Z') {
        const int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
        const int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
        const int ms = digits(s + 20, 3);
        const QDate day(y, mo, d);
        if (day.isValid() && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0)
            return (day.toJulianDay() - 2440588) * kDayMs +
                   ((h * 60 + mi) * 60 + sec) * qint64(1000) + ms;
    }
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 msOf(const QString& text)
{
    return msOf(QByteArrayView(text.toUtf8()));
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
    result.referenceMs = reference;

    // Each client's sales summed here as they are read: SQLite's GROUP BY
    // sorted them first, five times the cost of reading them. Kept sums are
    // read where they answer (see buyerReads()): one row a buyer.
    const Result<QList<SqlPart>> reads = buyerReads(db, period, counting);
    if (!reads)
        return reads.error();
    std::vector<PeriodBuyer>& buyers = result.buyers;
    BuyerIndex indexOf;
    BulkRows rows(db.connection());
    for (const SqlPart& read : *reads) {
        if (Status s = rows.start(read.sql, read.args); !s)
            return s.error();
        while (rows.next()) {
            // (client, sales, total, first, last); a single sale has no last.
            // No amount at all counts nothing.
            const qint64 clientId = rows.int64(0);
            const int n = int(rows.int64(1));
            const qint64 total = rows.int64(2);
            const qint64 firstMs = msOf(rows.utf8(3));
            const qint64 lastMs = rows.isNull(4) ? firstMs : msOf(rows.utf8(4));
            const int at = indexOf.find(clientId);
            if (at == BuyerIndex::kNone) {
                indexOf.add(clientId, int(buyers.size()));
                PeriodBuyer& b = buyers.emplace_back();
                b.clientId = clientId;
                b.n = n;
                b.total = total;
                b.firstMs = firstMs;
                b.lastMs = lastMs;
                continue;
            }
            PeriodBuyer& b = buyers[size_t(at)];
            b.n += n;
            b.total += total;
            b.firstMs = std::min(b.firstMs, firstMs);
            b.lastMs = std::max(b.lastMs, lastMs);
        }
        if (Status s = rows.error(); !s)
            return s.error();
    }

    // Each buyer's source, for the channels report: every client's, from
    // schema 12's narrow index (reading the wide client rows, or looking up
    // each buyer, cost more than the sales did).
    if (!buyers.empty()) {
        if (Status s = rows.start(u"SELECT id, COALESCE(source_id, 0) FROM clients"_s); !s)
            return s.error();
        while (rows.next()) {
            const int at = indexOf.find(rows.int64(0));
            if (at != BuyerIndex::kNone)
                buyers[size_t(at)].sourceId = rows.int64(1);
        }
        if (Status s = rows.error(); !s)
            return s.error();
    }
    for (PeriodBuyer& b : buyers) {
        if (!quarterStarts.empty() && b.firstMs >= quarterStarts.front() && b.firstMs < lastUntil)
            b.cohort =
                qint16(std::upper_bound(quarterStarts.begin(), quarterStarts.end(), b.firstMs) -
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
        // The three sorts are a sixth of the time at a million clients; the
        // money's runs beside the others (a shop PC has two cores or more).
        std::vector<qint64> mBounds;
        std::thread money([&] { mBounds = quintileBounds(std::move(total)); });
        const std::vector<qint64> rBounds = quintileBounds(std::move(last));
        const std::vector<qint64> fBounds = quintileBounds(std::move(n));
        money.join();
        for (PeriodBuyer& b : buyers) {
            b.r = qint8(scoreOf(rBounds, b.lastMs));
            b.f = qint8(scoreOf(fBounds, qint64(b.n)));
            b.m = qint8(scoreOf(mBounds, b.total));
        }
    }
    for (PeriodBuyer& b : buyers) {
        // Ranks alone say nothing in a small base, so two plain facts bound
        // them: whoever bought in the last 30 days is recent (R at least 4;
        // in the last 90, at least 3), whatever the others did: a buyer from
        // today is never "lost"; no purchase for over a year is not recent
        // (R at most 2: never "loyal" or "new"); one purchase is never
        // frequent (F 1).
        const qint64 sinceMs = reference - b.lastMs;
        const int floor = sinceMs <= 30 * kDayMs ? 4 : sinceMs <= 90 * kDayMs ? 3 : 1;
        const int ceiling = sinceMs > 365 * kDayMs ? 2 : 5;
        b.r = qint8(std::min(std::max(int(b.r), floor), ceiling));
        if (b.n == 1)
            b.f = 1;
        b.segment = qint8(segmentOf(b.r, b.f, b.m));
    }
    return result;
}

QDate PeriodBuyer::firstDay() const
{
    return QDateTime::fromMSecsSinceEpoch(firstMs).date(); // in local time
}

QDate PeriodBuyer::lastDay() const
{
    return QDateTime::fromMSecsSinceEpoch(lastMs).date();
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
