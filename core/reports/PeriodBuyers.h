#pragma once

#include "reports/ChannelsReport.h"
#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace kartoteka {

class Database;

// One buyer of a period with the figures the clients report is made of.
// 56 bytes: a month's buyers at a million clients (285,000) stay in blocks
// the heap keeps for the next report (see storage/FreedMemory.h); larger
// rows made the last block of the vector a fresh mapping, thousands of page
// faults at every report.
struct PeriodBuyer
{
    qint64 clientId = 0;
    qint64 sourceId = -1; // the client's source, 0 for none; -1: no client row
    qint64 total = 0;
    qint64 firstMs = 0; // the first and the last sale, ms since the epoch (UTC)
    qint64 lastMs = 0;
    int n = 0;          // purchases and won deals
    qint16 cohort = -1; // index into PeriodBuyers::cohorts; -1: none
    qint8 r = 0;
    qint8 f = 0;
    qint8 m = 0;
    qint8 segment = 0; // index into rfmSegments()

    // The average gap between purchases, for someone who came back.
    bool returned() const { return n > 1; }
    double gapDays() const { return double(lastMs - firstMs) / 86400000.0 / (n - 1); }
    // From the last sale to the end of the period (or now: PeriodBuyers::referenceMs).
    double sinceDays(qint64 referenceMs) const { return double(referenceMs - lastMs) / 86400000.0; }
    // The local days of the first and the last sale.
    QDate firstDay() const;
    QDate lastDay() const;
};
static_assert(sizeof(PeriodBuyer) <= 56);

struct PeriodBuyers
{
    std::vector<PeriodBuyer> buyers;
    QList<QDate> cohorts;   // the quarters of the period, oldest first
    qint64 referenceMs = 0; // the end of the period, or now when that is still to come
};

// The period's buyers, read in one forward-only pass over their grouped sales
// (see reports/SalesOfPeriod buyerReads), with their RFM scores and segments
// worked out here: a temporary table and a pass over it for each section took
// most of the dashboard's time at 100,000 clients.
//
// RFM scores 1-5 by quintile of each value's mid-rank among the buyers: the
// share of the others it lies above, ties counted as half above and half
// below (percent_rank() counts ties as all above, so a base where everyone
// bought once for the same sum, or a base of one buyer, scored everyone 1,
// "bought little, long ago"; by mid-rank they are all in the middle, 3, which
// is what nobody to compare with says).
Result<PeriodBuyers> periodBuyers(Database& db, const ReportPeriod& period, Counting counting);

// The buyers by their client's source, lowest source id first (0: none);
// buyers without a client row are left out.
QList<SourceBuyers> bySource(const PeriodBuyers& period);

} // namespace kartoteka
