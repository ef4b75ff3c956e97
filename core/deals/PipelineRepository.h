#pragma once

#include "deals/Deal.h"
#include "storage/Result.h"

namespace kartoteka {

class Database;

// Owns the SQL of pipelines and their stages, and their rules: every pipeline
// keeps at least one open, one won and one lost stage, and a stage that
// holds deals is removed only after they were moved.
class PipelineRepository
{
public:
    explicit PipelineRepository(Database& db) : m_db(db) {}

    Result<QList<Pipeline>> pipelines();
    Result<Pipeline> pipeline(qint64 id);
    // By name, or the first pipeline when `name` is empty.
    Result<Pipeline> pipelineNamed(const QString& name);

    // A new pipeline starts with one open stage and the final Won and Lost.
    Result<Pipeline> createPipeline(const QString& name);
    // Adds an open stage at the end of the open ones, or a final stage.
    Status addStage(Stage& stage);
    // Renames and sets probability and rotting limit; the kind stays.
    Status updateStage(Stage& stage);
    // Moves an open stage to `position` among the open stages (0-based).
    Status moveStage(const Stage& stage, int position);
    Status removeStage(const Stage& stage);

    static inline const QString kEntity = QStringLiteral("pipeline");

private:
    Database& m_db;
};

} // namespace kartoteka
