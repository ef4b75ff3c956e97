#include "reports/ReportTables.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kartoteka::Reports", text);
}

using K = CellKind;

} // namespace

QString bucketLabel(const QDate& start, SalesBucket bucket)
{
    switch (bucket) {
    // With the year: a period may span several, and an export is read alone.
    case SalesBucket::Day:
        return start.toString(u"dd.MM.yy"_s);
    case SalesBucket::Week:
        return tr("week of %1").arg(start.toString(u"dd.MM.yy"_s));
    case SalesBucket::Month:
        // "LLL" (the month's own name, not its genitive form) is not a format
        // this Qt knows: it came out as the letters themselves.
        return QLocale().standaloneMonthName(start.month(), QLocale::ShortFormat) + u' ' +
               QString::number(start.year());
    case SalesBucket::Quarter:
        return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return start.toString(Qt::ISODate);
}

ReportTable funnelTable(const FunnelReport& r)
{
    ReportTable t{tr("Funnel"),
                  r.currency,
                  {{tr("Stage"), K::Text},
                   {tr("Reached"), K::Count},
                   {tr("From previous"), K::Percent},
                   {tr("From first"), K::Percent},
                   {tr("In it now"), K::Count},
                   {tr("Amount in it"), K::Money},
                   {tr("Days in stage"), K::Days}},
                  {}};
    for (const FunnelStage& s : r.stages)
        t.rows.append({s.name, s.reached, s.conversionFromPrevious, s.conversionFromFirst, s.now,
                       s.amountNowMinor, s.averageDaysInStage});
    const int first = r.stages.isEmpty() ? 0 : r.stages.first().reached;
    const int last = r.stages.isEmpty() ? 0 : r.stages.last().reached;
    t.rows.append({tr("Won"), r.won, shareOf(r.won, last), shareOf(r.won, first), r.won, r.wonMinor,
                   r.averageDaysToWin});
    t.rows.append(
        {tr("Lost"), r.lost, QVariant(), shareOf(r.lost, first), r.lost, r.lostMinor, QVariant()});
    return t;
}

ReportTable lossReasonsTable(const FunnelReport& r)
{
    ReportTable t{tr("Loss reasons"),
                  r.currency,
                  {{tr("Reason"), K::Text},
                   {tr("Deals"), K::Count},
                   {tr("Share"), K::Percent},
                   {tr("Amount"), K::Money}},
                  {}};
    for (const LossReasonCount& l : r.lossReasons)
        t.rows.append({l.name.isEmpty() ? tr("(no reason given)") : l.name, l.count,
                       shareOf(l.count, r.lost), l.amountMinor});
    return t;
}

ReportTable salesTable(const SalesReport& r, SalesBucket bucket)
{
    ReportTable t{tr("Sales"),
                  r.currency,
                  {{tr("Period"), K::Text},
                   {tr("Won deals"), K::Count},
                   {tr("Won amount"), K::Money},
                   {tr("Average check"), K::Money},
                   {tr("A year before: deals"), K::Count},
                   {tr("A year before: amount"), K::Money}},
                  {}};
    for (const SalesRow& s : r.rows)
        t.rows.append({bucketLabel(s.start, bucket), s.won, s.wonMinor, s.averageMinor,
                       s.previousYearWon, s.previousYearMinor});
    return t;
}

ReportTable channelsTable(const ChannelsReport& r)
{
    ReportTable t{tr("Channels"),
                  r.currency,
                  {{tr("Source"), K::Text},
                   {tr("New clients"), K::Count},
                   {tr("Deals"), K::Count},
                   {tr("Win rate"), K::Percent},
                   {tr("Won amount"), K::Money},
                   {tr("Average check"), K::Money},
                   {tr("Buying clients"), K::Count},
                   {tr("Revenue"), K::Money},
                   {tr("Revenue per client"), K::Money}},
                  {}};
    for (const ChannelRow& c : r.rows)
        t.rows.append({c.source, c.newClients, c.deals, c.winRate, c.wonMinor, c.averageCheckMinor,
                       c.buyingClients, c.revenueMinor, c.revenuePerClientMinor});
    return t;
}

ReportTable managersTable(const ManagersReport& r)
{
    ReportTable t{tr("Managers"),
                  r.currency,
                  {{tr("Manager"), K::Text},
                   {tr("Open deals"), K::Count},
                   {tr("Open amount"), K::Money},
                   {tr("Won"), K::Count},
                   {tr("Lost"), K::Count},
                   {tr("Win rate"), K::Percent},
                   {tr("Won amount"), K::Money},
                   {tr("Days to win"), K::Days},
                   {tr("Calls"), K::Count},
                   {tr("Meetings"), K::Count},
                   {tr("E-mails"), K::Count}},
                  {}};
    for (const ManagerRow& m : r.rows)
        t.rows.append({m.manager, m.open, m.openMinor, m.won, m.lost, m.winRate, m.wonMinor,
                       m.averageDaysToWin, m.calls, m.meetings, m.emails});
    return t;
}

ReportTable segmentsTable(const ClientsReport& r)
{
    ReportTable t{tr("RFM segments"),
                  r.currency,
                  {{tr("Segment"), K::Text},
                   {tr("Clients"), K::Count},
                   {tr("Revenue"), K::Money},
                   {tr("Days since last purchase"), K::Days},
                   {tr("Purchases per client"), K::Days},
                   {tr("What it means"), K::Text}},
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
    ReportTable t{tr("Number of purchases"),
                  r.currency,
                  {{tr("Purchases"), K::Text},
                   {tr("Clients"), K::Count},
                   {tr("Share of buyers"), K::Percent},
                   {tr("Revenue"), K::Money}},
                  {}};
    for (const PurchaseCountRow& p : r.purchaseCounts)
        t.rows.append({p.label, p.clients, shareOf(p.clients, r.buyers), p.revenueMinor});
    return t;
}

ReportTable cohortsTable(const ClientsReport& r)
{
    ReportTable t{tr("By first purchase"),
                  r.currency,
                  {{tr("First purchase in"), K::Text},
                   {tr("Clients"), K::Count},
                   {tr("Revenue"), K::Money},
                   {tr("Value per client"), K::Money}},
                  {}};
    for (const CohortRow& c : r.cohorts)
        t.rows.append({bucketLabel(c.quarter, SalesBucket::Quarter), c.clients, c.revenueMinor,
                       c.averageValueMinor});
    return t;
}

ReportTable clientValuesTable(const QList<ClientValue>& clients, const QString& currency)
{
    ReportTable t{tr("Clients by value"),
                  currency,
                  {{tr("Client"), K::Text},
                   {tr("Value"), K::Money},
                   {tr("Purchases"), K::Count},
                   {tr("Average check"), K::Money},
                   {tr("Days between purchases"), K::Days},
                   {tr("Last purchase"), K::Date},
                   {tr("Segment"), K::Text},
                   {tr("R F M"), K::Text}},
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
    ReportTable t{tr("Drifting away"),
                  currency,
                  {{tr("Client"), K::Text},
                   {tr("Phone"), K::Text},
                   {tr("Manager"), K::Text},
                   {tr("Spent in all"), K::Money},
                   {tr("Purchases"), K::Count},
                   {tr("Usually every, days"), K::Days},
                   {tr("Last purchase"), K::Date},
                   {tr("Days since"), K::Count}},
                  {}};
    for (const DriftingClient& c : clients)
        t.rows.append({c.name, c.phone, c.manager, c.totalMinor, c.purchases, c.usualGapDays,
                       c.lastPurchase, c.daysSinceLast});
    return t;
}

ReportTable birthdaysTable(const QList<UpcomingBirthday>& birthdays)
{
    ReportTable t{tr("Birthdays"),
                  QString(),
                  {{tr("Date"), K::Date},
                   {tr("Client"), K::Text},
                   {tr("Turns"), K::Count},
                   {tr("Phone"), K::Text},
                   {tr("Manager"), K::Text}},
                  {}};
    for (const UpcomingBirthday& b : birthdays)
        t.rows.append({b.next, b.name, b.turns, b.phone, b.manager});
    return t;
}

ReportTable dealsBehindTable(const QList<DealBehind>& deals, const QString& currency)
{
    ReportTable t{tr("Deals"),
                  currency,
                  {{tr("Deal"), K::Text},
                   {tr("Client"), K::Text},
                   {tr("Stage"), K::Text},
                   {tr("Manager"), K::Text},
                   {tr("Amount"), K::Money},
                   {tr("Created"), K::Date},
                   {tr("Closed"), K::Date}},
                  {}};
    for (const DealBehind& d : deals)
        t.rows.append({d.title, d.client, d.stage, d.manager, d.amountMinor, d.created, d.closed});
    return t;
}

} // namespace kartoteka
