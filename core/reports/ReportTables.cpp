#include "reports/ReportTables.h"
#include "language/Formats.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Reports)
};

using K = CellKind;

} // namespace

QString bucketLabel(const QDate& start, SalesBucket bucket)
{
    switch (bucket) {
    // With the year: a period may span several, and an export is read alone.
    case SalesBucket::Day:
        return formatDate(start);
    case SalesBucket::Week:
        return Tr::tr("week of %1").arg(formatDate(start));
    case SalesBucket::Month:
        // "LLL" (the month's own name, not its genitive form) is not a format
        // this Qt knows: it came out as the letters themselves.
        return QLocale().standaloneMonthName(start.month(), QLocale::ShortFormat) + u' ' +
               QString::number(start.year());
    case SalesBucket::Quarter:
        return Tr::tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return start.toString(Qt::ISODate);
}

ReportTable funnelTable(const FunnelReport& r)
{
    ReportTable t{Tr::tr("Funnel"),
                  r.currency,
                  {{Tr::tr("Stage"), K::Text},
                   {Tr::tr("Reached"), K::Count},
                   {Tr::tr("From previous"), K::Percent},
                   {Tr::tr("From first"), K::Percent},
                   // Every column is about the period's deals (see FunnelStage::now):
                   // named so, since the board beside it counts every open deal.
                   {Tr::tr("Of these, in it now"), K::Count},
                   {Tr::tr("Their amount now"), K::Money},
                   {Tr::tr("Days in stage"), K::Days}},
                  {}};
    for (const FunnelStage& s : r.stages)
        t.rows.append({s.name, s.reached, s.conversionFromPrevious, s.conversionFromFirst, s.now,
                       s.amountNowMinor, s.averageDaysInStage});
    const int first = r.stages.isEmpty() ? 0 : r.stages.first().reached;
    const int last = r.stages.isEmpty() ? 0 : r.stages.last().reached;
    t.rows.append({Tr::tr("Won"), r.won, shareOf(r.won, last), shareOf(r.won, first), r.won,
                   r.wonMinor, r.averageDaysToWin});
    t.rows.append({Tr::tr("Lost"), r.lost, QVariant(), shareOf(r.lost, first), r.lost, r.lostMinor,
                   QVariant()});
    return t;
}

ReportTable lossReasonsTable(const FunnelReport& r)
{
    ReportTable t{Tr::tr("Loss reasons"),
                  r.currency,
                  {{Tr::tr("Reason"), K::Text},
                   {Tr::tr("Deals"), K::Count},
                   {Tr::tr("Share"), K::Percent},
                   {Tr::tr("Amount"), K::Money}},
                  {}};
    for (const LossReasonCount& l : r.lossReasons)
        t.rows.append({l.name.isEmpty() ? Tr::tr("(no reason given)") : l.name, l.count,
                       shareOf(l.count, r.lost), l.amountMinor});
    return t;
}

ReportTable salesTable(const SalesReport& r, SalesBucket bucket)
{
    ReportTable t{Tr::tr("Sales"),
                  r.currency,
                  {{Tr::tr("Period"), K::Text},
                   {Tr::tr("Won deals"), K::Count},
                   {Tr::tr("Won amount"), K::Money},
                   {Tr::tr("Average check"), K::Money},
                   {Tr::tr("A year before: deals"), K::Count},
                   {Tr::tr("A year before: amount"), K::Money},
                   // Beside the deals, not in them: a logged purchase is a sale
                   // without a deal (clients/PurchaseStats.h).
                   {Tr::tr("Logged purchases"), K::Count},
                   {Tr::tr("Purchases amount"), K::Money}},
                  {}};
    for (const SalesRow& s : r.rows)
        t.rows.append({bucketLabel(s.start, bucket), s.won, s.wonMinor, s.averageMinor,
                       s.previousYearWon, s.previousYearMinor, s.purchases, s.purchasesMinor});
    return t;
}

ReportTable channelsTable(const ChannelsReport& r)
{
    ReportTable t{Tr::tr("Channels"),
                  r.currency,
                  {{Tr::tr("Source"), K::Text},
                   {Tr::tr("New clients"), K::Count},
                   {Tr::tr("Deals"), K::Count},
                   {Tr::tr("Win rate"), K::Percent},
                   {Tr::tr("Won amount"), K::Money},
                   {Tr::tr("Average check"), K::Money},
                   {Tr::tr("Buying clients"), K::Count},
                   {Tr::tr("Revenue"), K::Money},
                   {Tr::tr("Revenue per client"), K::Money}},
                  {}};
    for (const ChannelRow& c : r.rows)
        t.rows.append({c.source, c.newClients, c.deals, c.winRate, c.wonMinor, c.averageCheckMinor,
                       c.buyingClients, c.revenueMinor, c.revenuePerClientMinor});
    return t;
}

ReportTable managersTable(const ManagersReport& r)
{
    ReportTable t{Tr::tr("Managers"),
                  r.currency,
                  {{Tr::tr("Manager"), K::Text},
                   {Tr::tr("Open deals"), K::Count},
                   {Tr::tr("Open amount"), K::Money},
                   {Tr::tr("Won"), K::Count},
                   {Tr::tr("Lost"), K::Count},
                   {Tr::tr("Win rate"), K::Percent},
                   {Tr::tr("Won amount"), K::Money},
                   {Tr::tr("Days to win"), K::Days},
                   {Tr::tr("Calls"), K::Count},
                   {Tr::tr("Meetings"), K::Count},
                   {Tr::tr("E-mails"), K::Count}},
                  {}};
    for (const ManagerRow& m : r.rows)
        t.rows.append({m.manager, m.open, m.openMinor, m.won, m.lost, m.winRate, m.wonMinor,
                       m.averageDaysToWin, m.calls, m.meetings, m.emails});
    return t;
}

ReportTable segmentsTable(const ClientsReport& r)
{
    ReportTable t{Tr::tr("RFM segments"),
                  r.currency,
                  {{Tr::tr("Segment"), K::Text},
                   {Tr::tr("Clients"), K::Count},
                   {Tr::tr("Revenue"), K::Money},
                   {Tr::tr("Days since last purchase"), K::Days},
                   {Tr::tr("Purchases per client"), K::Days},
                   {Tr::tr("What it means"), K::Text}},
                  {}};
    for (int i = 0; i < r.segments.size(); ++i) {
        const SegmentRow& s = r.segments[i];
        t.rows.append({s.name, s.clients, s.revenueMinor, s.averageDaysSinceLast,
                       s.averagePurchases, rfmSegments().value(i).advice});
    }
    return t;
}

ReportTable purchaseCountsTable(const ClientsReport& r)
{
    ReportTable t{Tr::tr("Number of purchases"),
                  r.currency,
                  {{Tr::tr("Purchases"), K::Text},
                   {Tr::tr("Clients"), K::Count},
                   {Tr::tr("Share of buyers"), K::Percent},
                   {Tr::tr("Revenue"), K::Money}},
                  {}};
    for (const PurchaseCountRow& p : r.purchaseCounts)
        t.rows.append({p.label, p.clients, shareOf(p.clients, r.buyers), p.revenueMinor});
    return t;
}

ReportTable cohortsTable(const ClientsReport& r)
{
    ReportTable t{Tr::tr("By first purchase"),
                  r.currency,
                  {{Tr::tr("First purchase in"), K::Text},
                   {Tr::tr("Clients"), K::Count},
                   {Tr::tr("Revenue"), K::Money},
                   {Tr::tr("Value per client"), K::Money}},
                  {}};
    for (const CohortRow& c : r.cohorts)
        t.rows.append({bucketLabel(c.quarter, SalesBucket::Quarter), c.clients, c.revenueMinor,
                       c.averageValueMinor});
    return t;
}

ReportTable clientValuesTable(const QList<ClientValue>& clients, const QString& currency)
{
    ReportTable t{Tr::tr("Clients by value"),
                  currency,
                  {{Tr::tr("Client"), K::Text},
                   {Tr::tr("Value"), K::Money},
                   {Tr::tr("Purchases"), K::Count},
                   {Tr::tr("Average check"), K::Money},
                   {Tr::tr("Days between purchases"), K::Days},
                   {Tr::tr("Last purchase"), K::Date},
                   {Tr::tr("Segment"), K::Text},
                   {Tr::tr("R F M"), K::Text}},
                  {}};
    QHash<QString, QString> names;
    for (const RfmSegmentInfo& s : rfmSegments())
        names.insert(s.key, s.name);
    for (const ClientValue& c : clients)
        t.rows.append({c.name, c.totalMinor, c.purchases, c.averageCheckMinor, c.daysBetween,
                       c.lastPurchase, names.value(c.segment),
                       u"%1 %2 %3"_s.arg(c.recency).arg(c.frequency).arg(c.monetary)});
    return t;
}

ReportTable driftingTable(const QList<DriftingClient>& clients, const QString& currency)
{
    ReportTable t{Tr::tr("Drifting away"),
                  currency,
                  {{Tr::tr("Client"), K::Text},
                   {Tr::tr("Phone"), K::Text},
                   {Tr::tr("Manager"), K::Text},
                   {Tr::tr("Spent in all"), K::Money},
                   {Tr::tr("Purchases"), K::Count},
                   {Tr::tr("Usually every, days"), K::Days},
                   {Tr::tr("Last purchase"), K::Date},
                   {Tr::tr("Days since"), K::Count}},
                  {}};
    for (const DriftingClient& c : clients)
        t.rows.append({c.name, c.phone, c.manager, c.totalMinor, c.purchases, c.usualGapDays,
                       c.lastPurchase, c.daysSinceLast});
    return t;
}

ReportTable birthdaysTable(const QList<UpcomingBirthday>& birthdays)
{
    ReportTable t{Tr::tr("Birthdays"),
                  QString(),
                  {{Tr::tr("Date"), K::Date},
                   {Tr::tr("Client"), K::Text},
                   {Tr::tr("Turns"), K::Count},
                   {Tr::tr("Phone"), K::Text},
                   {Tr::tr("Manager"), K::Text}},
                  {}};
    for (const UpcomingBirthday& b : birthdays)
        t.rows.append({b.next, b.name, b.turns, b.phone, b.manager});
    return t;
}

ReportTable dealsBehindTable(const QList<DealBehind>& deals, const QString& currency)
{
    ReportTable t{Tr::tr("Deals"),
                  currency,
                  {{Tr::tr("Deal"), K::Text},
                   {Tr::tr("Client"), K::Text},
                   {Tr::tr("Stage"), K::Text},
                   {Tr::tr("Manager"), K::Text},
                   {Tr::tr("Amount"), K::Money},
                   {Tr::tr("Created"), K::Date},
                   {Tr::tr("Closed"), K::Date}},
                  {}};
    for (const DealBehind& d : deals)
        t.rows.append({d.title, d.client, d.stage, d.manager, d.amountMinor, d.created, d.closed});
    return t;
}

} // namespace kartoteka
