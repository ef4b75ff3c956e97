#include "deals/PipelineRepository.h"

#include "accounts/Access.h"
#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "clients/SearchText.h"
#include "deals/FurthestStage.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::PipelineRepository)
};

constexpr int kFinalPositions = 100; // final stages sort after every open one

Result<QList<Stage>> stagesOf(QSqlDatabase& db, qint64 pipelineId)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        db,
        u"SELECT id, version, name, kind, position, probability, rotting_days FROM stages "
        u"WHERE pipeline_id = ? ORDER BY position, id"_s,
        {pipelineId});
    if (!rows)
        return rows.error();
    QList<Stage> stages;
    for (const QSqlRecord& r : *rows) {
        Stage s;
        s.id = r.value(0).toLongLong();
        s.version = r.value(1).toLongLong();
        s.pipelineId = pipelineId;
        s.name = r.value(2).toString();
        s.kind = stageKindFromName(r.value(3).toString()).value_or(StageKind::Open);
        s.position = r.value(4).toInt();
        s.probability = r.value(5).toInt();
        s.rottingDays = r.value(6).toInt();
        stages.append(s);
    }
    return stages;
}

Status conflict()
{
    return makeError(ErrorKind::Conflict,
                     Tr::tr("Someone else changed the pipeline in the meantime. Open it again."));
}

const QString kStageEntity = u"stage"_s;

// Renumbers the open stages 1..n in the given order.
Status renumber(QSqlDatabase& db, const QList<qint64>& openIds)
{
    for (int i = 0; i < openIds.size(); ++i) {
        if (Status s = sql::exec(
                db, u"UPDATE stages SET position = ?, version = version + 1 WHERE id = ?"_s,
                {i + 1, openIds[i]});
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

Result<QList<Pipeline>> PipelineRepository::pipelines()
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(), u"SELECT id, version, name FROM pipelines ORDER BY position, id"_s);
    if (!rows)
        return rows.error();
    QList<Pipeline> result;
    for (const QSqlRecord& r : *rows) {
        Pipeline p{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), {}};
        Result<QList<Stage>> stages = stagesOf(m_db.connection(), p.id);
        if (!stages)
            return stages.error();
        p.stages = *stages;
        result.append(p);
    }
    return result;
}

Result<Pipeline> PipelineRepository::pipeline(qint64 id)
{
    Result<QList<Pipeline>> all = pipelines();
    if (!all)
        return all.error();
    for (const Pipeline& p : *all) {
        if (p.id == id)
            return p;
    }
    return makeError(ErrorKind::NotFound, Tr::tr("There is no pipeline %1.").arg(id));
}

Result<Pipeline> PipelineRepository::pipelineNamed(const QString& name)
{
    Result<QList<Pipeline>> all = pipelines();
    if (!all)
        return all.error();
    QStringList names;
    for (const Pipeline& p : *all) {
        if (name.isEmpty() || p.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return p;
        names.append(p.name);
    }
    return makeError(
        ErrorKind::NotFound,
        Tr::tr("There is no pipeline \"%1\". Choose one of: %2.").arg(name, names.join(u", "_s)));
}

Result<Pipeline> PipelineRepository::createPipeline(const QString& name)
{
    if (Status s = require(m_db.principal(), Capability::Pipelines); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the pipeline a name."));
    // "Опт" and "опт" are one pipeline to a person, whatever SQLite's case rules.
    Result<QList<Pipeline>> existing = pipelines();
    if (!existing)
        return existing.error();
    for (const Pipeline& p : *existing) {
        if (foldText(p.name) == foldText(name.trimmed()))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("There is a pipeline \"%1\" already.").arg(p.name));
    }
    qint64 id = 0;
    Status s = m_db.write([&](Transaction& tx) -> Status {
        Result<qint64> added = sql::insertReturningId(
            tx.db(),
            u"INSERT INTO pipelines (name, position) VALUES (?, (SELECT COALESCE(max(position), 0) "
            u"+ 1 FROM pipelines)) ON CONFLICT DO NOTHING"_s,
            {name.trimmed()});
        if (!added)
            return added.error();
        if (*added == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("There is a pipeline \"%1\" already.").arg(name));
        id = *added;
        const std::tuple<QString, QString, int, int> stages[] = {
            {Tr::tr("New"), u"open"_s, 1, 10},
            {Tr::tr("Won"), u"won"_s, kFinalPositions, 100},
            {Tr::tr("Lost"), u"lost"_s, kFinalPositions + 1, 0}};
        for (const auto& [stageName, kind, position, probability] : stages) {
            if (Status st = sql::exec(
                    tx.db(),
                    u"INSERT INTO stages (pipeline_id, name, kind, position, probability) "
                    u"VALUES (?, ?, ?, ?, ?)"_s,
                    {id, stageName, kind, position, probability});
                !st)
                return st;
        }
        tx.recordChange(kEntity, id, ChangeOp::Insert);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"insert"_s),
                                kEntity,
                                id,
                                0,
                                {{u"name"_s, QString(), name.trimmed()}},
                                {}});
    });
    if (!s)
        return s.error();
    return pipeline(id);
}

Status PipelineRepository::addStage(Stage& stage)
{
    if (Status s = require(m_db.principal(), Capability::Pipelines); !s)
        return s;
    if (stage.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the stage a name."));
    if (stage.probability < 0 || stage.probability > 100 || stage.rottingDays < 0)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The probability is 0-100 % and the rotting limit is not negative."));
    return m_db.write([&](Transaction& tx) -> Status {
        const QString where = stage.isFinal() ? u"kind <> 'open'"_s : u"kind = 'open'"_s;
        Result<QVariant> last = sql::scalar(
            tx.db(),
            u"SELECT COALESCE(max(position), ?) FROM stages WHERE pipeline_id = ? AND "_s + where,
            {stage.isFinal() ? kFinalPositions : 0, stage.pipelineId});
        if (!last)
            return last.error();
        stage.position = last->toInt() + 1;
        Result<qint64> added = sql::insertReturningId(
            tx.db(),
            u"INSERT INTO stages (pipeline_id, name, kind, position, "
            u"probability, rotting_days) "
            u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {stage.pipelineId, stage.name.trimmed(), stageKindName(stage.kind), stage.position,
             stage.probability, stage.rottingDays});
        if (!added)
            return added.error();
        if (*added == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("This pipeline has a stage \"%1\" already.").arg(stage.name));
        stage.id = *added;
        stage.version = 1;
        tx.recordChange(kEntity, stage.pipelineId, ChangeOp::Update);
        return auditChange(tx, kStageEntity, u"insert"_s, stage.id, 0, {}, auditedStage);
    });
}

Status PipelineRepository::updateStage(Stage& stage)
{
    if (Status s = require(m_db.principal(), Capability::Pipelines); !s)
        return s;
    if (stage.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the stage a name."));
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QVariantMap> before = auditedStage(tx.db(), stage.id);
        if (!before)
            return before.error();
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE stages SET name = ?, probability = ?, rotting_days = ?, "
            u"version = version + 1 WHERE id = ? AND version = ?"_s,
            {stage.name.trimmed(), stage.probability, stage.rottingDays, stage.id, stage.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return conflict();
        stage.version += 1;
        tx.recordChange(kEntity, stage.pipelineId, ChangeOp::Update);
        return auditChange(tx, kStageEntity, u"update"_s, stage.id, 0, *before, auditedStage);
    });
}

Status PipelineRepository::moveStage(const Stage& stage, int position)
{
    if (Status s = require(m_db.principal(), Capability::Pipelines); !s)
        return s;
    if (stage.isFinal())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Final stages stay at the end of the pipeline."));
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QList<Stage>> stages = stagesOf(tx.db(), stage.pipelineId);
        if (!stages)
            return stages.error();
        QList<qint64> open;
        bool current = false;
        for (const Stage& s : *stages) {
            if (s.kind == StageKind::Open && s.id != stage.id)
                open.append(s.id);
            current = current || (s.id == stage.id && s.version == stage.version);
        }
        if (!current)
            return conflict();
        open.insert(std::clamp<qsizetype>(position, 0, open.size()), stage.id);
        tx.recordChange(kEntity, stage.pipelineId, ChangeOp::Update);
        Result<QVariantMap> before = auditedStage(tx.db(), stage.id);
        if (!before)
            return before.error();
        if (Status s = renumber(tx.db(), open); !s)
            return s;
        if (Status s = auditChange(tx, kStageEntity, u"move"_s, stage.id, 0, *before, auditedStage);
            !s)
            return s;
        return recountFurthestStages(tx.db(), stage.pipelineId);
    });
}

Status PipelineRepository::removeStage(const Stage& stage)
{
    if (Status s = require(m_db.principal(), Capability::Pipelines); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QVariant> deals =
            sql::scalar(tx.db(), u"SELECT count(*) FROM deals WHERE stage_id = ?"_s, {stage.id});
        if (!deals)
            return deals.error();
        if (deals->toInt() > 0)
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("The stage \"%1\" holds %n deal(s). Move them to another stage first.",
                       nullptr, deals->toInt())
                    .arg(stage.name));
        Result<QVariant> sameKind = sql::scalar(
            tx.db(), u"SELECT count(*) FROM stages WHERE pipeline_id = ? AND kind = ?"_s,
            {stage.pipelineId, stageKindName(stage.kind)});
        if (!sameKind)
            return sameKind.error();
        if (sameKind->toInt() <= 1)
            return makeError(ErrorKind::Invalid,
                             stage.kind == StageKind::Open
                                 ? Tr::tr("A pipeline needs at least one open stage.")
                                 : Tr::tr("A pipeline needs at least one won and one lost stage."));
        Result<QVariantMap> before = auditedStage(tx.db(), stage.id);
        if (!before)
            return before.error();
        Result<int> removed =
            sql::change(tx.db(), u"DELETE FROM stages WHERE id = ? AND version = ?"_s,
                        {stage.id, stage.version});
        if (!removed)
            return removed.error();
        if (*removed == 0)
            return conflict();
        tx.recordChange(kEntity, stage.pipelineId, ChangeOp::Update);
        if (Status s =
                auditChange(tx, kStageEntity, u"delete"_s, stage.id, 0, *before, auditedStage);
            !s)
            return s;
        return recountFurthestStages(tx.db(), stage.pipelineId);
    });
}

} // namespace kartoteka
