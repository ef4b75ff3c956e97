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

Result<bool> keptBuyersAnswer(Database& db, const QString& from, const QString& to,
                              qint64 pipelineId, Counting counting)
{
    if (counting != Counting::Kept || pipelineId != 0)
        return false;
    // Two steps down client_sales' indexes.
    Result<QVariant> everySale = sql::scalar(
        db.connection(),
        u"SELECT (SELECT min(first_at) FROM client_sales) >= ? AND (SELECT max(last_at) "
        u"FROM client_sales) < ?"_s,
        {from, to});
    if (!everySale)
        return everySale.error();
    return everySale->toBool();
}

Result<SqlPart> buyersCte(Database& db, const QString& from, const QString& to, qint64 pipelineId,
                          qint64 managerId, Counting counting)
{
    const Result<bool> kept = keptBuyersAnswer(db, from, to, pipelineId, counting);
    if (!kept)
        return kept.error();
    if (*kept) {
        SqlPart part{u"buyers(client_id, n, total, first, last) AS (SELECT client_id, sales, "
                     u"total, first_at, last_at FROM client_sales"_s,
                     {}};
        if (managerId > 0) {
            part.sql += u" WHERE client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
            part.args << managerId;
        }
        part.sql += u")"_s;
        return part;
    }
    const SqlPart sales = salesCte(from, to, pipelineId, managerId);
    return SqlPart{sales.sql + u", buyers(client_id, n, total, first, last) AS (SELECT "
                               u"client_id, count(*), sum(amount), min(at), max(at) FROM sales "
                               u"GROUP BY client_id)"_s,
                   sales.args};
}

Result<QList<SqlPart>> buyerReads(Database& db, const ReportPeriod& period, Counting counting)
{
    const PeriodBounds bounds = boundsOf(period);
    auto ofManager = [&](SqlPart part, const QString& joiner) {
        if (period.managerId > 0) {
            part.sql += joiner + u" client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
            part.args << period.managerId;
        }
        return part;
    };
    const Result<bool> kept =
        keptBuyersAnswer(db, bounds.from, bounds.to, period.pipelineId, counting);
    if (!kept)
        return kept.error();
    if (*kept)
        return QList<SqlPart>{ofManager(
            {u"SELECT client_id, sales, total, first_at, last_at FROM client_sales"_s, {}},
            u" WHERE"_s)};
    auto salesOf = [&](const PeriodBounds& days) {
        const SqlPart sales = salesCte(days.from, days.to, period.pipelineId, period.managerId);
        return SqlPart{u"WITH "_s + sales.sql +
                           u" SELECT client_id, 1, amount, at, NULL FROM sales"_s,
                       sales.args};
    };
    if (counting != Counting::Kept || period.pipelineId != 0)
        return QList<SqlPart>{salesOf(bounds)};
    // With no sale after the period, a span may run past its end: this year
    // up to today is the year's span.
    const Result<QVariant> later = sql::scalar(
        db.connection(), u"SELECT EXISTS (SELECT 1 FROM client_sales WHERE last_at >= ?)"_s,
        {bounds.to});
    if (!later)
        return later.error();
    QList<SqlPart> reads;
    for (const SalesPiece& piece : salesPieces(period.from, period.to, !later->toBool())) {
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
