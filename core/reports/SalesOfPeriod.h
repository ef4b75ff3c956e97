#pragma once

#include "reports/ReportPeriod.h"

#include <QString>
#include <QVariantList>

namespace kartoteka {

// A sale is a purchase logged on a client's timeline or a won deal (the rule
// is clients/PurchaseStats, shared with the card and the call list): the two
// are separate records (winning a deal writes no purchase), so summing both
// counts every sale once. This is the SQL of the sales of a period as a CTE
// named `sales(client_id, at, amount)`, for the reports to build on.
// `from`/`to` empty: no bound on that side. Deals count on the day they were
// won, in the chosen pipeline only when one is chosen; the manager filter
// keeps the clients that manager looks after.
SqlPart salesCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId);

} // namespace kartoteka
