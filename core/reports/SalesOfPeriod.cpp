#include "reports/SalesOfPeriod.h"

#include "clients/PurchaseStats.h"
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

Result<SqlPart> buyersCte(Database& db, const QString& from, const QString& to, qint64 pipelineId,
                          qint64 managerId, Counting counting)
{
    if (counting == Counting::Kept && pipelineId == 0) {
        // Two steps down client_sales' indexes.
        Result<QVariant> everySale = sql::scalar(
            db.connection(),
            u"SELECT (SELECT min(first_at) FROM client_sales) >= ? AND (SELECT max(last_at) "
            u"FROM client_sales) < ?"_s,
            {from, to});
        if (!everySale)
            return everySale.error();
        if (everySale->toBool()) {
            SqlPart kept{u"buyers(client_id, n, total, first, last) AS (SELECT client_id, sales, "
                         u"total, first_at, last_at FROM client_sales"_s,
                         {}};
            if (managerId > 0) {
                kept.sql += u" WHERE client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
                kept.args << managerId;
            }
            kept.sql += u")"_s;
            return kept;
        }
    }
    const SqlPart sales = salesCte(from, to, pipelineId, managerId);
    return SqlPart{sales.sql + u", buyers(client_id, n, total, first, last) AS (SELECT "
                               u"client_id, count(*), sum(amount), min(at), max(at) FROM sales "
                               u"GROUP BY client_id)"_s,
                   sales.args};
}

} // namespace kartoteka
