#pragma once

#include "storage/Result.h"

#include <QList>
#include <QVariant>

class QSqlDatabase;

namespace kartoteka {

struct Pipeline;

// The funnel counts a deal as having reached every open stage up to the
// furthest one it has been in. That stage is kept on the deal
// (deals.furthest_stage_id) so a report reads one column instead of the
// whole stage history; these keep it right.

// The furthest open stage among the stages a deal has been in, in the order
// it went through them; NULL when it has been in no open stage.
QVariant furthestOpenStage(const Pipeline& pipeline, const QList<qint64>& stageIds);

// After a deal moved into an open stage: that stage becomes its furthest if
// it lies further on than the one kept.
Status noteStageReached(QSqlDatabase& db, qint64 dealId, qint64 stageId, int position);

// After a pipeline's stages were reordered or one removed: every deal of the
// pipeline gets its furthest stage counted again from its history.
Status recountFurthestStages(QSqlDatabase& db, qint64 pipelineId);

} // namespace kartoteka
