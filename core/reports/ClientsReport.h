#pragma once

#include "reports/ChannelsReport.h"
#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

namespace kartoteka {

class Database;

// One client's buying, over the sales of the period (purchases logged on the
// timeline and won deals; "All time" gives the lifetime value).
struct ClientValue
{
    qint64 clientId = 0;
    QString name;
    int purchases = 0;
    qint64 totalMinor = 0; // lifetime value within the period
    qint64 averageCheckMinor = 0;
    double daysBetween = 0; // average gap between purchases; 0 with one purchase
    QDate firstPurchase;
    QDate lastPurchase;
    // RFM scores 1..5 by rank among the period's buyers (5: most recent,
    // most frequent, most money) and the segment they name.
    int recency = 0;
    int frequency = 0;
    int monetary = 0;
    QString segment; // a key of rfmSegments()
};

struct RfmSegmentInfo
{
    QString key;
    QString name;
    QString advice;
};
// Champions, loyal, new, need attention, at risk, falling asleep, lost: in
// that order, with their names for people.
QList<RfmSegmentInfo> rfmSegments();

struct SegmentRow
{
    QString key;
    QString name;
    int clients = 0;
    qint64 revenueMinor = 0;
    double averageDaysSinceLast = 0;
    double averagePurchases = 0;
};

struct CohortRow
{
    QDate quarter; // first day of the quarter of the clients' first purchase
    int clients = 0;
    qint64 revenueMinor = 0;
    qint64 averageValueMinor = 0;
};

struct PurchaseCountRow
{
    int minPurchases = 0;
    int maxPurchases = 0; // 0: no upper bound
    QString label;        // "1", "3–4", "8+"
    int clients = 0;
    qint64 revenueMinor = 0;
};

struct ClientsReport
{
    QString currency;
    int buyers = 0;
    int sales = 0;
    qint64 revenueMinor = 0;
    qint64 averageCheckMinor = 0;
    qint64 averageValueMinor = 0;  // revenue / buyers
    int returningBuyers = 0;       // clients with two or more purchases
    double averageDaysBetween = 0; // over them (0 when there are none)
    int topClients = 0;            // the top 20% of buyers by value (rounded up)
    double topShare = 0;           // their share of the revenue

    // What a summary can honestly say: a gap between purchases needs someone
    // who came back ("every 0 days" said nothing), and "the top 20 %" needs
    // at least five buyers (one of one buyer is 100 %, not 20 %).
    bool saysDaysBetween() const { return returningBuyers > 0; }
    bool saysTopShare() const { return buyers >= 5; }
    // The gap as said in whole days: at least one (two purchases on one day
    // are "every day", not "every 0 days").
    int daysBetweenSaid() const { return std::max(1, int(std::lround(averageDaysBetween))); }
    QList<PurchaseCountRow> purchaseCounts; // 1, 2, 3–4, 5–7, 8+
    QList<CohortRow> cohorts;               // by quarter of first purchase
    QList<SegmentRow> segments;             // every RFM segment, in rfmSegments() order
    QList<ClientValue> top;                 // the most valuable clients, at most 100
    // The buyers by their source, for the channels report of the same period
    // (the dashboard groups the period's sales by client once for both).
    QList<SourceBuyers> bySource;
};

Result<ClientsReport> clientsReport(Database& db, const ReportPeriod& period,
                                    Counting counting = Counting::Kept);

// The clients behind one row of the report, most valuable first.
struct ClientSlice
{
    QString segment;      // an RFM segment key, or empty
    int minPurchases = 0; // a purchase-count row, or 0
    int maxPurchases = 0;
    QDate cohort; // a quarter of first purchase, or null
    int limit = 1000;
};
Result<QList<ClientValue>> clientValues(Database& db, const ReportPeriod& period,
                                        const ClientSlice& slice);

} // namespace kartoteka
