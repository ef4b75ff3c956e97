#pragma once

#include "automation/Rule.h"
#include "storage/Result.h"

#include <QDate>

namespace kartoteka {

class Database;
class Transaction;

// One event rules may answer: what happened, to which deal and client, and
// the key that makes it this event and no other ("deal:12:stage:4:<when>"):
// a rule runs once per key, whichever PC or window comes first.
struct AutomationEvent
{
    RuleTrigger trigger = RuleTrigger::DealWon;
    qint64 clientId = 0;
    qint64 dealId = 0;  // deal events
    qint64 stageId = 0; // DealEntersStage: the stage entered
    QString key;
};

// The events of a deal that has just entered `stageId` (of kind `kind`):
// DealEntersStage, and DealWon or DealLost for a final stage.
QList<AutomationEvent> dealArrivalEvents(qint64 dealId, qint64 clientId, qint64 stageId,
                                         const QString& stageKind, const QString& when);

// Runs the enabled rules that `event` meets, inside the transaction of the
// change that caused it, as the principal who made it. Each rule runs in a
// savepoint: a rule that fails (a task nobody may be given, a field the
// principal may not change) is rolled back alone, its reason kept on the
// rule and in the client's history, and the change goes on. Only a failure
// of the database itself fails the caller's transaction. Each run is in the
// client's history ("Task created by rule «…»").
Status runRules(Transaction& tx, Database& db, const AutomationEvent& event);

// The daily rules (Birthday, ContactOverdue) as of `today`, for the clients
// the principal reaches, in one transaction: the window runs them at start
// and as each day begins, `kartoteka-cli rules run` whenever it is called.
// Returns how many rules ran.
Result<int> runDailyRules(Database& db, const QDate& today);

// The origin of a task a rule made (Task::origin) by its action number
// `action`: "rule:RULE:ACTION:EVENT".
QString ruleTaskOrigin(qint64 ruleId, int action, const QString& eventKey);
// The rule that made a task of `origin`; 0 when no rule did.
qint64 ruleOfTaskOrigin(const QString& origin);

// The stage events' keys of deal `dealId` entering `stageId` begin so; an
// undone move cancels the open tasks rules made for it.
QString dealStageKeyPrefix(qint64 dealId, qint64 stageId);
Status cancelRuleTasksOfArrival(Transaction& tx, Database& db, qint64 dealId, qint64 stageId);

} // namespace kartoteka
