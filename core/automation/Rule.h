#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

// What starts a rule. Deal and client events run in the transaction of the
// change that caused them, on the PC that made it; the daily ones
// (Birthday, ContactOverdue) as each day begins, once per event whichever PC
// comes first (automation/Automation.h).
enum class RuleTrigger
{
    DealEntersStage, // a deal is moved to (or created in) the rule's stage
    DealWon,
    DealLost,
    ClientCreated,
    Birthday,       // a client's birthday is `days` days away
    ContactOverdue, // a client is overdue for contact (tasks/KeepInTouch.h)
};

const QList<RuleTrigger>& allRuleTriggers();
// Stable names: "deal_stage", "deal_won", "deal_lost", "client_created",
// "birthday", "contact_overdue".
QString ruleTriggerName(RuleTrigger trigger);
std::optional<RuleTrigger> ruleTriggerFromName(const QString& name);
// Translated, for people: "A deal is won".
QString ruleTriggerTitle(RuleTrigger trigger);
// Whether the trigger's events concern a deal (pipeline and amount apply).
bool isDealTrigger(RuleTrigger trigger);

enum class ActionKind
{
    Task,     // a task from a template
    SetField, // a client's or deal's field to a value
    Note,     // an entry on the client's timeline
    Email,    // a letter from a template (with a document issued from the deal)
    Sms,      // an SMS of `text`
};

QString actionKindName(ActionKind kind); // "task", "set_field", "note"
std::optional<ActionKind> actionKindFromName(const QString& name);

// The fields an action may set, each a list item or an account by id.
enum class RuleField
{
    ClientStatus,
    ClientContactType,
    ClientManager,
    DealManager,
};

const QList<RuleField>& allRuleFields();
QString ruleFieldName(RuleField field); // "client.status", ...
std::optional<RuleField> ruleFieldFromName(const QString& name);
QString ruleFieldTitle(RuleField field);
// The list its values come from; empty for the managers (accounts).
QString ruleFieldList(RuleField field);

// One action. Texts may hold placeholders (fillPlaceholders).
struct RuleAction
{
    ActionKind kind = ActionKind::Task;
    // Task
    QString title;
    qint64 taskKindId = 0;    // 0: none
    qint64 responsibleId = 0; // 0: the deal's manager, else the client's
    int dueDays = 0;          // due so many days after the event...
    int dueHours = 0;         // ...and hours: with hours, at a time of day
    // SetField
    RuleField field = RuleField::ClientStatus;
    qint64 valueId = 0;
    // Note, Sms; Email: the letter's own words ({{text}} of its template)
    QString text;
    // Email
    QString templateName;   // a letter or greeting template
    QString attachTemplate; // empty, or a document template issued from the deal and attached
};

struct Rule
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    bool enabled = true;
    RuleTrigger trigger = RuleTrigger::DealWon;
    qint64 stageId = 0; // DealEntersStage
    int days = 0;       // Birthday: so many days before
    // Conditions; 0 / none: any.
    qint64 pipelineId = 0;
    qint64 sourceId = 0;
    std::optional<qint64> minAmountMinor;
    qint64 contactTypeId = 0;
    qint64 managerId = 0;
    QList<RuleAction> actions;
    // What happened, kept by the rules' runs.
    int runs = 0;
    QDateTime lastRunAt;
    QString lastFailure;
    QDateTime lastFailureAt;
};

// The actions as stored (a JSON array) and back; unknown kinds of action
// (from a newer program) are refused rather than dropped.
QString actionsToJson(const QList<RuleAction>& actions);
Result<QList<RuleAction>> actionsFromJson(const QString& json);

// What an event offers to placeholders in titles and notes: {client},
// {deal}, {stage}, {amount}, {manager}, {birthday}, {days}.
struct EventFacts
{
    QString client;
    QString deal;
    QString stage;
    QString amount;
    QString manager;
    QString birthday;
    QString days;
};

QString fillPlaceholders(const QString& text, const EventFacts& facts);
// The placeholders a person may write, for hints: "{client}, {deal}, ...".
QString placeholderList();

// A rule that can be saved: a name, the trigger's own part, at least one
// action, each complete (ErrorKind::Invalid with what to fix).
Status validateRule(const Rule& rule);

} // namespace kartoteka
