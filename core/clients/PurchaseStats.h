#pragma once

#include "storage/ServerAddress.h"

#include <QString>
#include <QVariantList>

namespace kartoteka {

// What counts as a client's sale, in one place for every figure that counts
// them: the card, `clients show`, the call list and the client analytics.
// A sale is a purchase entry on the timeline (a sale without a deal) or a won
// deal; winning a deal writes no purchase entry, so taking both counts each
// sale once.
struct SalesScope
{
    QString from;          // UTC timestamps; empty: no bound on that side
    QString to;            // exclusive
    qint64 pipelineId = 0; // won deals of this pipeline only; 0: every pipeline
    qint64 managerId = 0;  // the clients this manager looks after; 0: everyone
    qint64 clientId = 0;   // one client; 0: every client
    // The rows are grouped per client over all time: read them off the
    // per-client indexes, which the planner does not choose by itself.
    bool perClient = false;
    Backend backend = Backend::Sqlite; // whose way of naming an index to use
};

// A SELECT of (client_id, at, amount) rows with its bound values.
struct SalesSql
{
    QString sql;
    QVariantList args;
};

SalesSql purchaseSales(const SalesScope& scope);
SalesSql wonDealSales(const SalesScope& scope);
// Both, UNION ALL.
SalesSql allSales(const SalesScope& scope);

} // namespace kartoteka
