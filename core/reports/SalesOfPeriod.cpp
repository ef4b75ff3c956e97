#include "reports/SalesOfPeriod.h"

#include "clients/PurchaseStats.h"
#include "reports/SalesSpans.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

SqlPart salesCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId)
{
    SalesScope scope;
    scope.from = from;
    scope.to = to;
    scope.pipelineId = pipelineId;
    scope.managerId = managerId;
    const SalesSql sales = allSales(scope);
    return {u"sales(client_id, at, amount) AS ("_s + sales.sql + u")"_s, sales.args};
}

SqlPart buyersCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId)
{
    const SqlPart sales = salesCte(from, to, pipelineId, managerId);
    return {sales.sql + u", buyers(client_id, n, total, first, last) AS (SELECT client_id, "
                        u"count(*), sum(amount), min(at), max(at) FROM sales GROUP BY client_id)"_s,
            sales.args};
}

Result<QList<SqlPart>> buyerReads(Database& db, const ReportPeriod& period, Counting counting)
{
    const PeriodBounds bounds = boundsOf(period);
    auto salesOf = [&](const PeriodBounds& days) {
        const SqlPart sales = salesCte(days.from, days.to, period.pipelineId, period.managerId);
        return SqlPart{u"WITH "_s + sales.sql +
                           u" SELECT client_id, 1, amount, at, NULL FROM sales"_s,
                       sales.args};
    };
    // The kept sums hold every pipeline's sales.
    if (counting != Counting::Kept || period.pipelineId != 0)
        return QList<SqlPart>{salesOf(bounds)};
    auto ofManager = [&](SqlPart part, const QString& joiner) {
        if (period.managerId > 0) {
            part.sql += joiner + u" client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
            part.args << period.managerId;
        }
        return part;
    };
    // The first and the last sale of all, two steps down client_sales'
    // indexes: a period that holds every sale ("All time") reads each client's
    // lifetime sums; with no sale after the period, a span may run past its
    // end (this year up to today is the year's span).
    // (One subquery each: SQLite steps down an index for a lone min() or
    // max(), and scans the table for both in one SELECT: 170 ms at a
    // million clients.)
    const Result<QList<QSqlRecord>> ends =
        sql::rows(db.connection(), u"SELECT (SELECT min(first_at) FROM client_sales), "
                                   u"(SELECT max(last_at) FROM client_sales)"_s);
    if (!ends)
        return ends.error();
    const QString first = ends->isEmpty() ? QString() : ends->constFirst().value(0).toString();
    const QString last = ends->isEmpty() ? QString() : ends->constFirst().value(1).toString();
    const bool anySale = !first.isEmpty();
    if (anySale && first >= bounds.from && last < bounds.to)
        return QList<SqlPart>{ofManager(
            {u"SELECT client_id, sales, total, first_at, last_at FROM client_sales"_s, {}},
            u" WHERE"_s)};
    const bool saleAfter = anySale && last >= bounds.to;
    QList<SqlPart> reads;
    for (const SalesPiece& piece : salesPieces(period.from, period.to, !saleAfter)) {
        if (piece.isSpan())
            reads.append(ofManager({u"SELECT client_id, sales, total, first_at, last_at FROM "
                                    u"client_span_sales WHERE span = ?"_s,
                                    {piece.span}},
                                   u" AND"_s));
        else
            reads.append(salesOf(boundsOf(piece.from, piece.to)));
    }
    return reads;
}

} // namespace kartoteka
