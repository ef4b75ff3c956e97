#pragma once

#include "automation/Rule.h"
#include "storage/Result.h"

#include <QList>

class QSqlDatabase;

namespace kartoteka {

class Database;

// Owns the SQL of automation rules. Everyone reads them (a rule's runs show
// on the cards it touched); changing them takes the Settings capability.
// Change-feed rows: entity "automation_rule".
class RuleRepository
{
public:
    static inline const QString kEntity = QStringLiteral("automation_rule");

    explicit RuleRepository(Database& db) : m_db(db) {}

    Result<QList<Rule>> list();
    Result<Rule> load(qint64 id);
    // A new rule (id 0) or a change of one read at `rule.version`; a stale
    // version is ErrorKind::Conflict. The stage, the lists' values and the
    // accounts it names must exist.
    Status save(Rule& rule);
    Status setEnabled(qint64 id, bool enabled);
    Status remove(qint64 id);

    // The enabled rules of `trigger`, read in the caller's transaction.
    static Result<QList<Rule>> enabledIn(QSqlDatabase& db, RuleTrigger trigger);
    // Takes event `eventKey` for rule `ruleId` in the caller's transaction:
    // false when a window or PC took it first.
    static Result<bool> claimRun(QSqlDatabase& db, qint64 ruleId, const QString& eventKey);
    // Counts a run that worked (`failure` empty), or keeps why it failed.
    static Status recordRun(QSqlDatabase& db, qint64 ruleId, const QString& failure);

private:
    Status checkReferences(QSqlDatabase& db, const Rule& rule);
    Status checkLetterTemplates(const Rule& rule);

    Database& m_db;
};

} // namespace kartoteka
