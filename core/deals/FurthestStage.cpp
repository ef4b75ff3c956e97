#include "deals/FurthestStage.h"

#include "deals/Deal.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

QVariant furthestOpenStage(const Pipeline& pipeline, const QList<qint64>& stageIds)
{
    const Stage* furthest = nullptr;
    for (qint64 id : stageIds) {
        const Stage* stage = pipeline.stageWithId(id);
        if (stage && stage->kind == StageKind::Open &&
            (!furthest || stage->position > furthest->position))
            furthest = stage;
    }
    return furthest ? QVariant(furthest->id) : QVariant();
}

Status noteStageReached(QSqlDatabase& db, qint64 dealId, qint64 stageId, int position)
{
    return sql::exec(db,
                     u"UPDATE deals SET furthest_stage_id = ? WHERE id = ? AND COALESCE((SELECT "
                     u"position FROM stages WHERE id = deals.furthest_stage_id), -1) < ?"_s,
                     {stageId, dealId, position});
}

Status recountFurthestStages(QSqlDatabase& db, qint64 pipelineId)
{
    return sql::exec(
        db,
        u"UPDATE deals SET furthest_stage_id = (SELECT o.id FROM deal_stage_history h JOIN "
        u"stages o ON o.id = h.to_stage_id AND o.pipeline_id = deals.pipeline_id AND o.kind = "
        u"'open' WHERE h.deal_id = deals.id ORDER BY o.position DESC LIMIT 1) "
        u"WHERE pipeline_id = ?"_s,
        {pipelineId});
}

} // namespace kartoteka
