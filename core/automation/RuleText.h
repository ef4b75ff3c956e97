#pragma once

#include "automation/Rule.h"
#include "storage/Result.h"

#include <QHash>
#include <QString>

namespace kartoteka {

class Database;

// The names a rule's ids stand for, read once for a list of rules.
struct RuleNames
{
    QHash<qint64, QString> stages; // "Pipeline — Stage"
    QHash<qint64, QString> pipelines;
    QHash<qint64, QString> items; // list items of any list
    QHash<qint64, QString> people;
    QHash<QString, QString> templates; // a template's code ("letter.uk") or name → its name
};

Result<RuleNames> readRuleNames(Database& db);

// For people, in the program's language: "A deal enters a stage: Sales —
// Invoice; pipeline Sales, amount at least 1 000,00".
QString ruleWhenText(const Rule& rule, const RuleNames& names);
// "Task «Call {client}» in 2 days for the deal's manager; note".
QString ruleActionsText(const Rule& rule, const RuleNames& names);

} // namespace kartoteka
