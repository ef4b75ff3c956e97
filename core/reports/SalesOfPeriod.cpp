#include "reports/SalesOfPeriod.h"

#include "clients/PurchaseStats.h"

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

} // namespace kartoteka
