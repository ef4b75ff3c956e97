#include "reports/ReportTables.h"
#include "language/Formats.h"
#include "reports/ReportRange.h"

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

DealSlice dealsOf(const ReportPeriod& period)
{
    DealSlice slice;
    slice.period = period;
    return slice;
}

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

ReportTable funnelTable(const FunnelReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Funnel"),
                  r.currency,
                  {{Tr::tr("Stage"), K::Text, u"stage"_s},
                   {Tr::tr("Reached"), K::Count, u"reached"_s},
                   {Tr::tr("From previous"), K::Percent, u"conversion_from_previous"_s},
                   {Tr::tr("From first"), K::Percent, u"conversion_from_first"_s},
                   // Every column is about the period's deals (see FunnelStage::now):
                   // named so, since the board beside it counts every open deal.
                   {Tr::tr("Of these, in it now"), K::Count, u"now"_s},
                   {Tr::tr("Their amount now"), K::Money, u"amount_now_minor"_s},
                   {Tr::tr("Days in stage"), K::Days, u"average_days_in_stage"_s}},
                  {},
                  {},
                  u"stages"_s};
    // A stage's row lists the deals of the period now in it; won and lost
    // rows, those in any won (lost) stage.
    for (const FunnelStage& s : r.stages) {
        t.rows.append({s.name, s.reached, s.conversionFromPrevious, s.conversionFromFirst, s.now,
                       s.amountNowMinor, s.averageDaysInStage});
        DealSlice slice = dealsOf(period);
        slice.stageId = s.stageId;
        t.opens.append(
            ReportDrill::ofDeals(Tr::tr("Created in the period, now in “%1”").arg(s.name), slice));
    }
    const int first = r.stages.isEmpty() ? 0 : r.stages.first().reached;
    const int last = r.stages.isEmpty() ? 0 : r.stages.last().reached;
    t.rows.append({Tr::tr("Won"), r.won, shareOf(r.won, last), shareOf(r.won, first), r.won,
                   r.wonMinor, r.averageDaysToWin});
    t.rows.append({Tr::tr("Lost"), r.lost, QVariant(), shareOf(r.lost, first), r.lost, r.lostMinor,
                   QVariant()});
    for (StageKind kind : {StageKind::Won, StageKind::Lost}) {
        DealSlice slice = dealsOf(period);
        slice.kind = kind;
        t.opens.append(
            ReportDrill::ofDeals(kind == StageKind::Won ? Tr::tr("Won") : Tr::tr("Lost"), slice));
    }
    return t;
}

ReportTable lossReasonsTable(const FunnelReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Loss reasons"),
                  r.currency,
                  {{Tr::tr("Reason"), K::Text, u"reason"_s},
                   {Tr::tr("Deals"), K::Count, u"count"_s},
                   {Tr::tr("Share"), K::Percent, u"share"_s},
                   {Tr::tr("Amount"), K::Money, u"amount_minor"_s}},
                  {},
                  {},
                  u"loss_reasons"_s};
    for (const LossReasonCount& l : r.lossReasons) {
        const QString name = l.name.isEmpty() ? Tr::tr("(no reason given)") : l.name;
        t.rows.append({name, l.count, shareOf(l.count, r.lost), l.amountMinor});
        DealSlice slice = dealsOf(period);
        slice.kind = StageKind::Lost;
        slice.lossReasonId = l.reasonId;
        t.opens.append(ReportDrill::ofDeals(Tr::tr("Lost: %1").arg(name), slice));
    }
    return t;
}

ReportTable salesTable(const SalesReport& r, SalesBucket bucket, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Sales"),
                  r.currency,
                  {{Tr::tr("Period"), K::Text, u"period"_s},
                   {Tr::tr("Won deals"), K::Count, u"won"_s},
                   {Tr::tr("Won amount"), K::Money, u"won_minor"_s},
                   {Tr::tr("Average check"), K::Money, u"average_minor"_s},
                   {Tr::tr("A year before: deals"), K::Count, u"previous_year_won"_s},
                   {Tr::tr("A year before: amount"), K::Money, u"previous_year_minor"_s},
                   // Beside the deals, not in them: a logged purchase is a sale
                   // without a deal (clients/PurchaseStats.h).
                   {Tr::tr("Logged purchases"), K::Count, u"purchases"_s},
                   {Tr::tr("Purchases amount"), K::Money, u"purchases_minor"_s}},
                  {},
                  {},
                  u"rows"_s};
    for (const SalesRow& s : r.rows) {
        t.rows.append({bucketLabel(s.start, bucket), s.won, s.wonMinor, s.averageMinor,
                       s.previousYearWon, s.previousYearMinor, s.purchases, s.purchasesMinor});
        // The deals won in the bucket's days of the period.
        DealSlice slice = dealsOf(period);
        const DayRange days = bucketDays(s.start, bucket, {period.from, period.to});
        slice.period.from = days.from;
        slice.period.to = days.to;
        slice.byClosing = true;
        slice.kind = StageKind::Won;
        t.opens.append(
            ReportDrill::ofDeals(Tr::tr("Won %1").arg(bucketLabel(s.start, bucket)), slice));
    }
    return t;
}

ReportTable channelsTable(const ChannelsReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Channels"),
                  r.currency,
                  {{Tr::tr("Source"), K::Text, u"source"_s},
                   {Tr::tr("New clients"), K::Count, u"new_clients"_s},
                   {Tr::tr("Deals"), K::Count, u"deals"_s},
                   {Tr::tr("Win rate"), K::Percent, u"win_rate"_s},
                   {Tr::tr("Won amount"), K::Money, u"won_minor"_s},
                   {Tr::tr("Average check"), K::Money, u"average_check_minor"_s},
                   {Tr::tr("Buying clients"), K::Count, u"buying_clients"_s},
                   {Tr::tr("Revenue"), K::Money, u"revenue_minor"_s},
                   {Tr::tr("Revenue per client"), K::Money, u"revenue_per_client_minor"_s}},
                  {},
                  {},
                  u"rows"_s};
    for (const ChannelRow& c : r.rows) {
        t.rows.append({c.source, c.newClients, c.deals, c.winRate, c.wonMinor, c.averageCheckMinor,
                       c.buyingClients, c.revenueMinor, c.revenuePerClientMinor});
        DealSlice slice = dealsOf(period);
        slice.sourceId = c.sourceId;
        t.opens.append(ReportDrill::ofDeals(c.source, slice));
    }
    return t;
}

ReportTable managersTable(const ManagersReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Managers"),
                  r.currency,
                  {{Tr::tr("Manager"), K::Text, u"manager"_s},
                   {Tr::tr("Open deals"), K::Count, u"open"_s},
                   {Tr::tr("Open amount"), K::Money, u"open_minor"_s},
                   {Tr::tr("Won"), K::Count, u"won"_s},
                   {Tr::tr("Lost"), K::Count, u"lost"_s},
                   {Tr::tr("Win rate"), K::Percent, u"win_rate"_s},
                   {Tr::tr("Won amount"), K::Money, u"won_minor"_s},
                   {Tr::tr("Days to win"), K::Days, u"average_days_to_win"_s},
                   {Tr::tr("Calls"), K::Count, u"calls"_s},
                   {Tr::tr("Meetings"), K::Count, u"meetings"_s},
                   {Tr::tr("E-mails"), K::Count, u"emails"_s}},
                  {},
                  {},
                  u"rows"_s};
    for (const ManagerRow& m : r.rows) {
        t.rows.append({m.manager, m.open, m.openMinor, m.won, m.lost, m.winRate, m.wonMinor,
                       m.averageDaysToWin, m.calls, m.meetings, m.emails});
        DealSlice slice = dealsOf(period);
        slice.managerId = m.managerId;
        t.opens.append(ReportDrill::ofDeals(m.manager, slice));
    }
    return t;
}

ReportTable segmentsTable(const ClientsReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("RFM segments"),
                  r.currency,
                  {{Tr::tr("Segment"), K::Text, u"name"_s},
                   {Tr::tr("Clients"), K::Count, u"clients"_s},
                   {Tr::tr("Revenue"), K::Money, u"revenue_minor"_s},
                   {Tr::tr("Days since last purchase"), K::Days, u"average_days_since_last"_s},
                   {Tr::tr("Purchases per client"), K::Days, u"average_purchases"_s},
                   {Tr::tr("What it means"), K::Text, u"advice"_s}},
                  {},
                  {},
                  u"segments"_s};
    const QList<RfmSegmentInfo> segments = rfmSegments();
    for (int i = 0; i < r.segments.size(); ++i) {
        const SegmentRow& s = r.segments[i];
        t.rows.append({s.name, s.clients, s.revenueMinor, s.averageDaysSinceLast,
                       s.averagePurchases, segments.value(i).advice});
        ClientSlice slice;
        slice.segment = s.key;
        t.opens.append(ReportDrill::ofClients(s.name, period, slice));
    }
    return t;
}

ReportTable purchaseCountsTable(const ClientsReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("Number of purchases"),
                  r.currency,
                  {{Tr::tr("Purchases"), K::Text, u"purchases"_s},
                   {Tr::tr("Clients"), K::Count, u"clients"_s},
                   {Tr::tr("Share of buyers"), K::Percent, u"share"_s},
                   {Tr::tr("Revenue"), K::Money, u"revenue_minor"_s}},
                  {},
                  {},
                  u"purchase_counts"_s};
    for (const PurchaseCountRow& p : r.purchaseCounts) {
        t.rows.append({p.label, p.clients, shareOf(p.clients, r.buyers), p.revenueMinor});
        ClientSlice slice;
        slice.minPurchases = p.minPurchases;
        slice.maxPurchases = p.maxPurchases;
        t.opens.append(ReportDrill::ofClients(Tr::tr("%1 purchases").arg(p.label), period, slice));
    }
    return t;
}

ReportTable cohortsTable(const ClientsReport& r, const ReportPeriod& period)
{
    ReportTable t{Tr::tr("By first purchase"),
                  r.currency,
                  {{Tr::tr("First purchase in"), K::Text, u"quarter"_s},
                   {Tr::tr("Clients"), K::Count, u"clients"_s},
                   {Tr::tr("Revenue"), K::Money, u"revenue_minor"_s},
                   {Tr::tr("Value per client"), K::Money, u"average_value_minor"_s}},
                  {},
                  {},
                  u"cohorts"_s};
    for (const CohortRow& c : r.cohorts) {
        const QString quarter = bucketLabel(c.quarter, SalesBucket::Quarter);
        t.rows.append({quarter, c.clients, c.revenueMinor, c.averageValueMinor});
        ClientSlice slice;
        slice.cohort = c.quarter;
        t.opens.append(
            ReportDrill::ofClients(Tr::tr("First purchase in %1").arg(quarter), period, slice));
    }
    return t;
}

ReportTable clientValuesTable(const QList<ClientValue>& clients, const QString& currency)
{
    ReportTable t{Tr::tr("Clients by value"),
                  currency,
                  {{Tr::tr("Client"), K::Text, u"name"_s},
                   {Tr::tr("Value"), K::Money, u"total_minor"_s},
                   {Tr::tr("Purchases"), K::Count, u"purchases"_s},
                   {Tr::tr("Average check"), K::Money, u"average_check_minor"_s},
                   {Tr::tr("Days between purchases"), K::Days, u"days_between"_s},
                   {Tr::tr("Last purchase"), K::Date, u"last_purchase"_s},
                   {Tr::tr("Segment"), K::Text, u"segment"_s},
                   {Tr::tr("R F M"), K::Text, u"rfm"_s}},
                  {},
                  {},
                  u"top"_s};
    QHash<QString, QString> names;
    for (const RfmSegmentInfo& s : rfmSegments())
        names.insert(s.key, s.name);
    for (const ClientValue& c : clients) {
        t.rows.append({c.name, c.totalMinor, c.purchases, c.averageCheckMinor, c.daysBetween,
                       c.lastPurchase, names.value(c.segment),
                       u"%1 %2 %3"_s.arg(c.recency).arg(c.frequency).arg(c.monetary)});
        t.opens.append(ReportDrill::client(c.clientId));
    }
    return t;
}

ReportTable driftingTable(const QList<DriftingClient>& clients, const QString& currency)
{
    ReportTable t{Tr::tr("Drifting away"),
                  currency,
                  {{Tr::tr("Client"), K::Text, u"name"_s},
                   {Tr::tr("Phone"), K::Text, u"phone"_s},
                   {Tr::tr("Manager"), K::Text, u"manager"_s},
                   {Tr::tr("Spent in all"), K::Money, u"total_minor"_s},
                   {Tr::tr("Purchases"), K::Count, u"purchases"_s},
                   {Tr::tr("Usually every, days"), K::Days, u"usual_gap_days"_s},
                   {Tr::tr("Last purchase"), K::Date, u"last_purchase"_s},
                   {Tr::tr("Days since"), K::Count, u"days_since_last"_s}},
                  {},
                  {},
                  u"drifting"_s};
    for (const DriftingClient& c : clients) {
        t.rows.append({c.name, c.phone, c.manager, c.totalMinor, c.purchases, c.usualGapDays,
                       c.lastPurchase, c.daysSinceLast});
        t.opens.append(ReportDrill::client(c.clientId));
    }
    return t;
}

ReportTable birthdaysTable(const QList<UpcomingBirthday>& birthdays)
{
    ReportTable t{Tr::tr("Birthdays"),
                  QString(),
                  {{Tr::tr("Date"), K::Date, u"date"_s},
                   {Tr::tr("Client"), K::Text, u"name"_s},
                   {Tr::tr("Turns"), K::Count, u"turns"_s},
                   {Tr::tr("Phone"), K::Text, u"phone"_s},
                   {Tr::tr("Manager"), K::Text, u"manager"_s}},
                  {},
                  {},
                  u"birthdays"_s};
    for (const UpcomingBirthday& b : birthdays) {
        t.rows.append({b.next, b.name, b.turns, b.phone, b.manager});
        t.opens.append(ReportDrill::client(b.clientId));
    }
    return t;
}

ReportTable dealsBehindTable(const QList<DealBehind>& deals, const QString& currency)
{
    ReportTable t{Tr::tr("Deals"),
                  currency,
                  {{Tr::tr("Deal"), K::Text, u"title"_s},
                   {Tr::tr("Client"), K::Text, u"client"_s},
                   {Tr::tr("Stage"), K::Text, u"stage"_s},
                   {Tr::tr("Manager"), K::Text, u"manager"_s},
                   {Tr::tr("Amount"), K::Money, u"amount_minor"_s},
                   {Tr::tr("Created"), K::Date, u"created"_s},
                   {Tr::tr("Closed"), K::Date, u"closed"_s}},
                  {},
                  {},
                  u"deals"_s};
    for (const DealBehind& d : deals) {
        t.rows.append({d.title, d.client, d.stage, d.manager, d.amountMinor, d.created, d.closed});
        t.opens.append(ReportDrill::deal(d.dealId));
    }
    return t;
}

Result<ReportTable> drillTable(Database& db, const ReportDrill& drill, const QString& currency)
{
    switch (drill.kind) {
    case ReportDrill::Kind::Deals: {
        Result<QList<DealBehind>> deals = dealsBehind(db, drill.deals);
        if (!deals)
            return deals.error();
        return dealsBehindTable(*deals, currency);
    }
    case ReportDrill::Kind::Clients: {
        Result<QList<ClientValue>> clients = clientValues(db, drill.period, drill.clients);
        if (!clients)
            return clients.error();
        ReportTable t = clientValuesTable(*clients, currency);
        t.key = u"clients"_s;
        return t;
    }
    case ReportDrill::Kind::Nothing:
    case ReportDrill::Kind::Client:
    case ReportDrill::Kind::Deal:
        break;
    }
    return makeError(ErrorKind::Invalid, Tr::tr("This row has no list behind it."));
}

ReportSheet funnelSheet(const FunnelReport& r, const ReportPeriod& period)
{
    return {Tr::tr("Funnel of %1, deals created in the period").arg(r.pipeline),
            r.currency,
            period,
            {{u"deals"_s, Tr::tr("Deals"), K::Count, r.deals},
             {u"won"_s, Tr::tr("Won"), K::Count, r.won},
             {u"won_minor"_s, Tr::tr("Won amount"), K::Money, r.wonMinor},
             {u"lost"_s, Tr::tr("Lost"), K::Count, r.lost},
             {u"lost_minor"_s, Tr::tr("Lost amount"), K::Money, r.lostMinor},
             {u"win_rate"_s, Tr::tr("Win rate"), K::Percent, r.winRate},
             {u"average_days_to_win"_s, Tr::tr("Days to win"), K::Days, r.averageDaysToWin}},
            {funnelTable(r, period), lossReasonsTable(r, period)}};
}

ReportSheet salesSheet(const SalesReport& r, SalesBucket bucket, const ReportPeriod& period)
{
    const std::optional<double> change = yearOverYearChange(r.wonMinor, r.previousYearMinor);
    return {
        Tr::tr("Sales: won deals with the year before, and logged purchases"),
        r.currency,
        period,
        {{u"won"_s, Tr::tr("Won deals"), K::Count, r.won},
         {u"won_minor"_s, Tr::tr("Won amount"), K::Money, r.wonMinor},
         {u"average_minor"_s, Tr::tr("Average check"), K::Money, r.averageMinor},
         {u"previous_year_won"_s, Tr::tr("A year before: deals"), K::Count, r.previousYearWon},
         {u"previous_year_minor"_s, Tr::tr("A year before: amount"), K::Money, r.previousYearMinor},
         {u"change"_s, Tr::tr("Change from a year before"), K::Percent,
          change ? QVariant(*change) : QVariant()},
         {u"purchases"_s, Tr::tr("Logged purchases"), K::Count, r.purchases},
         {u"purchases_minor"_s, Tr::tr("Purchases amount"), K::Money, r.purchasesMinor}},
        {salesTable(r, bucket, period)}};
}

ReportSheet channelsSheet(const ChannelsReport& r, const ReportPeriod& period)
{
    return {Tr::tr("Channels"), r.currency, period, {}, {channelsTable(r, period)}};
}

ReportSheet managersSheet(const ManagersReport& r, const ReportPeriod& period)
{
    return {Tr::tr("Managers"), r.currency, period, {}, {managersTable(r, period)}};
}

ReportSheet clientsSheet(const ClientsReport& r, const ReportPeriod& period)
{
    return {Tr::tr("Clients' purchases and won deals"),
            r.currency,
            period,
            {{u"buyers"_s, Tr::tr("Buying clients"), K::Count, r.buyers},
             {u"sales"_s, Tr::tr("Sales"), K::Count, r.sales},
             {u"revenue_minor"_s, Tr::tr("Revenue"), K::Money, r.revenueMinor},
             {u"average_check_minor"_s, Tr::tr("Average check"), K::Money, r.averageCheckMinor},
             {u"average_value_minor"_s, Tr::tr("Value per client"), K::Money, r.averageValueMinor},
             {u"returning_buyers"_s, Tr::tr("Came back"), K::Count, r.returningBuyers},
             // Only what the figures can say (see ClientsReport::saysDaysBetween):
             // an empty figure is left out of the text and null in --json.
             {u"average_days_between"_s, Tr::tr("Days between purchases"), K::Days,
              r.saysDaysBetween() ? QVariant(r.averageDaysBetween) : QVariant()},
             {u"top_clients"_s, Tr::tr("Top 20 % of clients"), K::Count, r.topClients,
              r.saysTopShare()},
             {u"top_share"_s, Tr::tr("Their share of the revenue"), K::Percent, r.topShare,
              r.saysTopShare()}},
            {segmentsTable(r, period), purchaseCountsTable(r, period), cohortsTable(r, period),
             clientValuesTable(r.top, r.currency)}};
}

ReportSheet callListSheet(const CallList& list, const QString& currency)
{
    return {Tr::tr("Who to call"),
            currency,
            std::nullopt,
            {{u"as_of"_s, Tr::tr("As of"), K::Date, list.today}},
            {driftingTable(list.drifting, currency), birthdaysTable(list.birthdays)}};
}

QString displayFigure(const ReportFigure& figure, const QString& currency)
{
    ReportTable one{
        QString(), currency, {{figure.title, figure.kind, figure.key}}, {{figure.value}}};
    return displayCell(one, 0, 0);
}

} // namespace kartoteka
