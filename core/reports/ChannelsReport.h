#pragma once

#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

class Database;

struct ChannelRow
{
    qint64 sourceId = 0; // 0: no source recorded
    QString source;
    int newClients = 0; // clients added in the period with this source
    int deals = 0;      // deals created in the period (the deal's source, else the client's)
    int won = 0;        // of those deals
    int lost = 0;
    double winRate = 0; // won / (won + lost)
    qint64 wonMinor = 0;
    qint64 averageCheckMinor = 0;
    int buyingClients = 0;            // clients of this source who bought in the period
    qint64 revenueMinor = 0;          // what they bought: purchases and won deals
    qint64 revenuePerClientMinor = 0; // revenue / buying clients
};

// The period's buyers by their source: how many and what they bought.
struct SourceBuyers
{
    qint64 sourceId = 0; // 0: no source recorded
    int buyers = 0;
    qint64 revenueMinor = 0;
};

struct ChannelsReport
{
    QString currency;
    QList<ChannelRow> rows; // most revenue first
};

// Which channel brings the most valuable clients, not just the most.
Result<ChannelsReport> channelsReport(Database& db, const ReportPeriod& period,
                                      Counting counting = Counting::Kept);
// The same with the buyers by source counted already (ClientsReport::bySource
// of the same period): the dashboard groups the period's sales by client once.
Result<ChannelsReport> channelsReport(Database& db, const ReportPeriod& period,
                                      const QList<SourceBuyers>& buyers);

} // namespace kartoteka
