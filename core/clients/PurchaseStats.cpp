#include "clients/PurchaseStats.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

void narrow(const SalesScope& scope, const QString& atColumn, SalesSql& part)
{
    if (scope.clientId > 0) {
        part.sql += u" AND client_id = ?"_s;
        part.args << scope.clientId;
    }
    if (!scope.from.isEmpty()) {
        part.sql += u" AND "_s + atColumn + u" >= ?"_s;
        part.args << scope.from;
    }
    if (!scope.to.isEmpty()) {
        part.sql += u" AND "_s + atColumn + u" < ?"_s;
        part.args << scope.to;
    }
    if (scope.managerId > 0) {
        part.sql += u" AND client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
        part.args << scope.managerId;
    }
}

} // namespace

SalesSql purchaseSales(const SalesScope& scope)
{
    SalesSql part{
        u"SELECT client_id, occurred_at AS at, amount_minor AS amount FROM interactions "_s +
            (scope.perClient ? sql::indexedBy(scope.backend, u"interactions_purchases"_s)
                             : QString()) +
            u" WHERE kind = 'purchase'"_s,
        {}};
    narrow(scope, u"occurred_at"_s, part);
    return part;
}

SalesSql wonDealSales(const SalesScope& scope)
{
    SalesSql part{u"SELECT client_id, closed_at AS at, amount_minor AS amount FROM deals "_s +
                      (scope.perClient ? sql::indexedBy(scope.backend, u"deals_client_closed"_s)
                                       : QString()) +
                      u" WHERE closed_at IS NOT NULL AND stage_id IN (SELECT id FROM stages WHERE "
                      u"kind = 'won'"_s,
                  {}};
    if (scope.pipelineId > 0) {
        part.sql += u" AND pipeline_id = ?"_s;
        part.args << scope.pipelineId;
    }
    part.sql += u")"_s;
    narrow(scope, u"closed_at"_s, part);
    return part;
}

SalesSql allSales(const SalesScope& scope)
{
    const SalesSql purchases = purchaseSales(scope);
    const SalesSql deals = wonDealSales(scope);
    return {purchases.sql + u" UNION ALL "_s + deals.sql, purchases.args + deals.args};
}

} // namespace kartoteka
