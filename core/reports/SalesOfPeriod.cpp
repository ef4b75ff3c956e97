#include "reports/SalesOfPeriod.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

SqlPart salesCte(const QString& from, const QString& to, qint64 pipelineId, qint64 managerId)
{
    SqlPart purchases{u"SELECT client_id, occurred_at AS at, amount_minor AS amount FROM "
                      u"interactions WHERE kind = 'purchase'"_s,
                      {}};
    SqlPart deals{u"SELECT client_id, closed_at, amount_minor FROM deals WHERE closed_at IS NOT "
                  u"NULL AND stage_id IN (SELECT id FROM stages WHERE kind = 'won'"_s,
                  {}};
    if (pipelineId > 0) {
        deals.sql += u" AND pipeline_id = ?"_s;
        deals.args << pipelineId;
    }
    deals.sql += u")"_s;
    auto bound = [&](const QString& op, const QString& value) {
        if (value.isEmpty())
            return;
        purchases.sql += u" AND occurred_at "_s + op + u" ?"_s;
        purchases.args << value;
        deals.sql += u" AND closed_at "_s + op + u" ?"_s;
        deals.args << value;
    };
    bound(u">="_s, from);
    bound(u"<"_s, to);
    if (managerId > 0) {
        const QString mine = u" AND client_id IN (SELECT id FROM clients WHERE manager_id = ?)"_s;
        purchases.sql += mine;
        purchases.args << managerId;
        deals.sql += mine;
        deals.args << managerId;
    }
    return {u"sales(client_id, at, amount) AS ("_s + purchases.sql + u" UNION ALL "_s + deals.sql +
                u")"_s,
            purchases.args + deals.args};
}

} // namespace kartoteka
