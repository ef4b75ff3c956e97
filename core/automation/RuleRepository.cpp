#include "automation/RuleRepository.h"

#include "documents/DocumentTemplate.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::RuleRepository)
};

const QString kSelect =
    u"SELECT id, version, name, enabled, trigger_kind, stage_id, days, pipeline_id, source_id, "
    u"min_amount_minor, contact_type_id, manager_id, actions, runs, last_run_at, last_failure, "
    u"last_failure_at FROM automation_rules"_s;

QDateTime timestamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Result<Rule> ruleFrom(const QSqlRecord& r)
{
    Rule rule;
    rule.id = r.value(0).toLongLong();
    rule.version = r.value(1).toLongLong();
    rule.name = r.value(2).toString();
    rule.enabled = r.value(3).toInt() != 0;
    const std::optional<RuleTrigger> trigger = ruleTriggerFromName(r.value(4).toString());
    if (!trigger)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The rule «%1» starts on an event this version of Kartoteka does "
                                "not know: update Kartoteka on this computer.")
                             .arg(rule.name));
    rule.trigger = *trigger;
    rule.stageId = r.value(5).toLongLong();
    rule.days = r.value(6).toInt();
    rule.pipelineId = r.value(7).toLongLong();
    rule.sourceId = r.value(8).toLongLong();
    if (!r.value(9).isNull())
        rule.minAmountMinor = r.value(9).toLongLong();
    rule.contactTypeId = r.value(10).toLongLong();
    rule.managerId = r.value(11).toLongLong();
    Result<QList<RuleAction>> actions = actionsFromJson(r.value(12).toString());
    if (!actions)
        return actions.error();
    rule.actions = *actions;
    rule.runs = r.value(13).toInt();
    rule.lastRunAt = timestamp(r.value(14));
    rule.lastFailure = r.value(15).toString();
    rule.lastFailureAt = timestamp(r.value(16));
    return rule;
}

Result<QList<Rule>> rulesFrom(const Result<QList<QSqlRecord>>& rows)
{
    if (!rows)
        return rows.error();
    QList<Rule> rules;
    for (const QSqlRecord& r : *rows) {
        Result<Rule> rule = ruleFrom(r);
        if (!rule)
            return rule.error();
        rules.append(*rule);
    }
    return rules;
}

// Whether `statement` (with `args`) finds a row.
Result<bool> exists(QSqlDatabase& db, const QString& statement, const QVariantList& args)
{
    Result<QVariant> found = sql::scalar(db, statement, args);
    if (!found)
        return found.error();
    return found->isValid() && !found->isNull();
}

// Rule `id`'s name, NotFound when there is no such rule.
Result<QString> ruleName(QSqlDatabase& db, qint64 id)
{
    Result<QVariant> name =
        sql::scalar(db, u"SELECT name FROM automation_rules WHERE id = ?"_s, {id});
    if (!name)
        return name.error();
    if (!name->isValid())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no rule number %1.").arg(id));
    return name->toString();
}

Status gone(const QString& what)
{
    return makeError(
        ErrorKind::Invalid,
        Tr::tr("Something the rule names is no longer there (%1): choose another.").arg(what));
}

} // namespace

Result<QList<Rule>> RuleRepository::list()
{
    return rulesFrom(sql::rows(m_db.connection(), kSelect + u" ORDER BY name, id"_s));
}

Result<Rule> RuleRepository::load(qint64 id)
{
    Result<QList<Rule>> found =
        rulesFrom(sql::rows(m_db.connection(), kSelect + u" WHERE id = ?"_s, {id}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no rule number %1.").arg(id));
    return found->first();
}

Result<QList<Rule>> RuleRepository::enabledIn(QSqlDatabase& db, RuleTrigger trigger)
{
    return rulesFrom(sql::rows(db,
                               kSelect + u" WHERE trigger_kind = ? AND enabled = 1 ORDER BY id"_s,
                               {ruleTriggerName(trigger)}));
}

Result<bool> RuleRepository::claimRun(QSqlDatabase& db, qint64 ruleId, const QString& eventKey)
{
    Result<int> claimed = sql::change(db,
                                      u"INSERT INTO automation_runs (rule_id, event_key, ran_at) "
                                      u"VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                                      {ruleId, eventKey, nowUtc()});
    if (!claimed)
        return claimed.error();
    return *claimed > 0;
}

Status RuleRepository::recordRun(QSqlDatabase& db, qint64 ruleId, const QString& failure)
{
    // Not a change of the rule: its version stays, and nobody's edit of it
    // meets a conflict because it ran.
    if (failure.isEmpty())
        return sql::exec(
            db, u"UPDATE automation_rules SET runs = runs + 1, last_run_at = ? WHERE id = ?"_s,
            {nowUtc(), ruleId});
    return sql::exec(db,
                     u"UPDATE automation_rules SET last_failure = ?, last_failure_at = ? WHERE "
                     u"id = ?"_s,
                     {failure, nowUtc(), ruleId});
}

Status RuleRepository::checkReferences(QSqlDatabase& db, const Rule& rule)
{
    struct Reference
    {
        qint64 id;
        QString statement;
        QVariantList extra;
        QString what;
    };
    QList<Reference> references = {
        {rule.stageId, u"SELECT 1 FROM stages WHERE id = ?"_s, {}, Tr::tr("stage")},
        {rule.pipelineId, u"SELECT 1 FROM pipelines WHERE id = ?"_s, {}, Tr::tr("pipeline")},
        {rule.sourceId,
         u"SELECT 1 FROM list_items WHERE id = ? AND list = 'source'"_s,
         {},
         Tr::tr("source")},
        {rule.contactTypeId,
         u"SELECT 1 FROM list_items WHERE id = ? AND list = 'contact_type'"_s,
         {},
         Tr::tr("contact type")},
        {rule.managerId, u"SELECT 1 FROM users WHERE id = ?"_s, {}, Tr::tr("manager")},
    };
    for (const RuleAction& a : rule.actions) {
        if (a.kind == ActionKind::Task) {
            references.append({a.taskKindId,
                               u"SELECT 1 FROM list_items WHERE id = ? AND list = 'task_kind'"_s,
                               {},
                               Tr::tr("kind of task")});
            references.append({a.responsibleId,
                               u"SELECT 1 FROM users WHERE id = ? AND active = 1"_s,
                               {},
                               Tr::tr("person responsible")});
        } else if (a.kind == ActionKind::SetField) {
            const QString list = ruleFieldList(a.field);
            references.append(
                list.isEmpty() ? Reference{a.valueId,
                                           u"SELECT 1 FROM users WHERE id = ? AND active = 1"_s,
                                           {},
                                           Tr::tr("manager")}
                               : Reference{a.valueId,
                                           u"SELECT 1 FROM list_items WHERE id = ? AND list = ?"_s,
                                           {list},
                                           ruleFieldTitle(a.field)});
        }
    }
    for (const Reference& ref : references) {
        if (ref.id <= 0)
            continue;
        Result<bool> found = exists(db, ref.statement, QVariantList{ref.id} + ref.extra);
        if (!found)
            return found.error();
        if (!*found)
            return gone(ref.what);
    }
    if (rule.trigger == RuleTrigger::DealEntersStage && rule.pipelineId > 0) {
        Result<bool> inPipeline =
            exists(db, u"SELECT 1 FROM stages WHERE id = ? AND pipeline_id = ?"_s,
                   {rule.stageId, rule.pipelineId});
        if (!inPipeline)
            return inPipeline.error();
        if (!*inPipeline)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The stage is not in the pipeline the rule names."));
    }
    return Status::success();
}

// A rule's letter is checked as one written by hand would be, when the rule
// is saved rather than when its first letter would go: its template a
// letter's, with its own words when it has a place for them, and the
// document to attach a document's.
Status RuleRepository::checkLetterTemplates(const Rule& rule)
{
    TemplateRepository templates(m_db);
    for (const RuleAction& a : rule.actions) {
        if (a.kind != ActionKind::Email)
            continue;
        Result<DocumentTemplate> letter = templates.find(a.templateName);
        if (!letter)
            return letter.error();
        if (!isLetterKind(letter->kind))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("«%1» is not a letter's template: the rule sends a letter or "
                                    "a greeting, with the document attached to it.")
                                 .arg(letter->name),
                             u"rule.not-a-letter"_s);
        if (asksForOwnWords(*letter) && a.text.trimmed().isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The template «%1» has a place for the letter's own words: "
                                    "write them in the rule.")
                                 .arg(letter->name),
                             u"rule.no-text"_s);
        if (a.attachTemplate.isEmpty())
            continue;
        Result<DocumentTemplate> attached = templates.find(a.attachTemplate);
        if (!attached)
            return attached.error();
        if (isLetterKind(attached->kind))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("«%1» is a letter's template: attach a document (an invoice, "
                                    "a proposal, a delivery note).")
                                 .arg(attached->name),
                             u"rule.attach-a-letter"_s);
    }
    return Status::success();
}

Status RuleRepository::save(Rule& rule)
{
    if (Status s = require(m_db.principal(), Capability::Settings); !s)
        return s;
    if (Status s = validateRule(rule); !s)
        return s;
    if (!isDealTrigger(rule.trigger)) {
        // A client's event has no pipeline, stage or amount to meet.
        rule.pipelineId = 0;
        rule.stageId = 0;
        rule.minAmountMinor.reset();
    } else if (rule.trigger != RuleTrigger::DealEntersStage) {
        rule.stageId = 0;
    }
    if (rule.trigger != RuleTrigger::Birthday)
        rule.days = 0;
    if (Status s = checkLetterTemplates(rule); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = checkReferences(tx.db(), rule); !s)
            return s;
        const QString now = nowUtc();
        const QVariantList values = {rule.name.trimmed(),
                                     rule.enabled ? 1 : 0,
                                     ruleTriggerName(rule.trigger),
                                     sql::idOrNull(rule.stageId),
                                     rule.days,
                                     sql::idOrNull(rule.pipelineId),
                                     sql::idOrNull(rule.sourceId),
                                     rule.minAmountMinor ? QVariant(*rule.minAmountMinor)
                                                         : QVariant(),
                                     sql::idOrNull(rule.contactTypeId),
                                     sql::idOrNull(rule.managerId),
                                     actionsToJson(rule.actions),
                                     now};
        const bool isNew = rule.id == 0;
        if (isNew) {
            Result<qint64> id = sql::insertReturningId(
                tx.db(),
                u"INSERT INTO automation_rules (name, enabled, trigger_kind, stage_id, days, "
                u"pipeline_id, source_id, min_amount_minor, contact_type_id, manager_id, actions, "
                u"updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                values + QVariantList{now});
            if (!id)
                return id.error();
            rule.id = *id;
            rule.version = 1;
        } else {
            Result<int> changed = sql::change(
                tx.db(),
                u"UPDATE automation_rules SET name = ?, enabled = ?, trigger_kind = ?, "
                u"stage_id = ?, days = ?, pipeline_id = ?, source_id = ?, min_amount_minor = ?, "
                u"contact_type_id = ?, manager_id = ?, actions = ?, updated_at = ?, last_failure "
                u"= NULL, last_failure_at = NULL, version = version + 1 WHERE id = ? AND "
                u"version = ?"_s,
                values + QVariantList{rule.id, rule.version});
            if (!changed)
                return changed.error();
            if (*changed == 0)
                return makeError(ErrorKind::Conflict,
                                 Tr::tr("Someone changed or removed this rule meanwhile. Open it "
                                        "again and make your change once more."));
            rule.version += 1;
            rule.lastFailure.clear();
            rule.lastFailureAt = {};
        }
        tx.recordChange(kEntity, rule.id, isNew ? ChangeOp::Insert : ChangeOp::Update);
        return recordAudit(tx,
                           {auditAction::changeAction(kEntity, isNew ? u"insert"_s : u"update"_s),
                            kEntity,
                            rule.id,
                            0,
                            {},
                            QJsonObject{{u"name"_s, rule.name.trimmed()},
                                        {u"trigger"_s, ruleTriggerName(rule.trigger)},
                                        {u"actions"_s, actionsToJson(rule.actions)}}});
    });
}

Status RuleRepository::setEnabled(qint64 id, bool enabled)
{
    if (Status s = require(m_db.principal(), Capability::Settings); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QString> name = ruleName(tx.db(), id);
        if (!name)
            return name.error();
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE automation_rules SET enabled = ?, updated_at = ?, "
                                 u"version = version + 1 WHERE id = ?"_s,
                                 {enabled ? 1 : 0, nowUtc(), id});
            !s)
            return s;
        tx.recordChange(kEntity, id, ChangeOp::Update);
        return recordAudit(
            tx, {auditAction::changeAction(kEntity, enabled ? u"enable"_s : u"disable"_s),
                 kEntity,
                 id,
                 0,
                 {},
                 QJsonObject{{u"name"_s, *name}}});
    });
}

Status RuleRepository::remove(qint64 id)
{
    if (Status s = require(m_db.principal(), Capability::Settings); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QString> name = ruleName(tx.db(), id);
        if (!name)
            return name.error();
        if (Status s = sql::exec(tx.db(), u"DELETE FROM automation_rules WHERE id = ?"_s, {id}); !s)
            return s;
        tx.recordChange(kEntity, id, ChangeOp::Delete);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"delete"_s),
                                kEntity,
                                id,
                                0,
                                {},
                                QJsonObject{{u"name"_s, *name}}});
    });
}

} // namespace kartoteka
