#pragma once

#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace kartoteka {

class Database;

// A sale is a purchase logged on a client's timeline or a won deal (the rule
// is clients/PurchaseStats, shared with the card and the call list): the two
// are separate records (winning a deal writes no purchase), so summing both
// counts every sale once. This is the SQL of the sales of a period as a CTE
// named `sales(client_id, at, amount)`, for the reports to build on.
// `from`/`to` empty: no bound on that side. Deals count on the day they were
// won, in the chosen pipeline only when one is chosen; the manager filter
// keeps the clients that manager looks after.
SqlPart salesCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId);

// Each client's sales of a period grouped by SQL, as a CTE named
// `buyers(client_id, n, total, first, last)`: how many, their sum, the first
// and the last instant, by the rules of salesCte(). The recount the tests
// compare buyerReads() with.
SqlPart buyersCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId);

// Each client's sales of a period as reads of rows
// (client_id, n, total, first, last) for the caller to sum per client (last
// is NULL for a single sale), by the rules of salesCte(). Kept sums answer
// where they can: client_sales when the period holds every sale, schema 12's
// client_span_sales for its whole years, quarters and months (its ragged ends
// from the sales themselves; see reports/SalesSpans). Recounting, or for one
// pipeline, the period's sales are read one by one.
Result<QList<SqlPart>> buyerReads(Database& db, const ReportPeriod& period, Counting counting);

} // namespace kartoteka
