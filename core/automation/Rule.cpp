#include "automation/Rule.h"

#include "clients/ClientChecks.h"
#include "clients/Lists.h"
#include "tasks/Task.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Rule)
};

// The longest a rule may wait after its event: a year.
constexpr int kLongestDelayDays = 365;
constexpr int kLongestBirthdayLead = 60;
constexpr int kLongestNote = 4000;
constexpr int kLongestName = 200;

// The placeholders an event of `trigger` fills: the client's always, the
// deal's on a deal's event, the birthday's and the days' where they are.
QStringList placeholdersOf(RuleTrigger trigger)
{
    QStringList names{u"client"_s, u"manager"_s};
    if (isDealTrigger(trigger))
        names << u"deal"_s << u"stage"_s << u"amount"_s;
    if (trigger == RuleTrigger::Birthday)
        names << u"birthday"_s << u"days"_s;
    if (trigger == RuleTrigger::ContactOverdue)
        names << u"days"_s;
    return names;
}

// Refuses a placeholder `text` has that the event does not fill: a typo
// ({clinet}) or one of another event ({deal} when a client is added) would
// come out as written, or empty.
Status checkPlaceholders(const QString& text, RuleTrigger trigger)
{
    static const QRegularExpression braces(u"\\{([^{}]*)\\}"_s);
    const QStringList known = placeholdersOf(trigger);
    for (const QRegularExpressionMatch& m : braces.globalMatch(text)) {
        if (known.contains(m.captured(1)))
            continue;
        QStringList offered;
        for (const QString& name : known)
            offered << u'{' + name + u'}';
        return makeError(ErrorKind::Invalid,
                         Tr::tr("«%1» is not filled in for «%2»: use %3.")
                             .arg(m.captured(0), ruleTriggerTitle(trigger), offered.join(u", "_s)));
    }
    return Status::success();
}

struct Named
{
    RuleTrigger trigger;
    const char* name;
};

constexpr Named kTriggerNames[] = {
    {RuleTrigger::DealEntersStage, "deal_stage"}, {RuleTrigger::DealWon, "deal_won"},
    {RuleTrigger::DealLost, "deal_lost"},         {RuleTrigger::ClientCreated, "client_created"},
    {RuleTrigger::Birthday, "birthday"},          {RuleTrigger::ContactOverdue, "contact_overdue"},
};

struct FieldNamed
{
    RuleField field;
    const char* name;
};

constexpr FieldNamed kFieldNames[] = {
    {RuleField::ClientStatus, "client.status"},
    {RuleField::ClientContactType, "client.contact_type"},
    {RuleField::ClientManager, "client.manager"},
    {RuleField::DealManager, "deal.manager"},
};

Status checkTaskAction(const RuleAction& a)
{
    if (!hasVisibleText(a.title))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Give the rule's task a title: what is to be done."));
    if (hasControlCharacters(a.title))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task's title is one line of text, without line breaks or "
                                "tabs."));
    if (a.title.size() > kLongestTaskTitle)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task's title is at most %1 characters.").arg(kLongestTaskTitle));
    if (a.dueDays < 0 || a.dueDays > kLongestDelayDays || a.dueHours < 0 || a.dueHours > 23)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A rule's task is due 0 to %1 days and 0 to 23 hours after the "
                                "event.")
                             .arg(kLongestDelayDays));
    return Status::success();
}

} // namespace

const QList<RuleTrigger>& allRuleTriggers()
{
    static const QList<RuleTrigger> all = [] {
        QList<RuleTrigger> list;
        for (const Named& n : kTriggerNames)
            list.append(n.trigger);
        return list;
    }();
    return all;
}

QString ruleTriggerName(RuleTrigger trigger)
{
    for (const Named& n : kTriggerNames) {
        if (n.trigger == trigger)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<RuleTrigger> ruleTriggerFromName(const QString& name)
{
    for (const Named& n : kTriggerNames) {
        if (name == QLatin1StringView(n.name))
            return n.trigger;
    }
    return std::nullopt;
}

QString ruleTriggerTitle(RuleTrigger trigger)
{
    switch (trigger) {
    case RuleTrigger::DealEntersStage:
        return Tr::tr("A deal enters a stage");
    case RuleTrigger::DealWon:
        return Tr::tr("A deal is won");
    case RuleTrigger::DealLost:
        return Tr::tr("A deal is lost");
    case RuleTrigger::ClientCreated:
        return Tr::tr("A client is added");
    case RuleTrigger::Birthday:
        return Tr::tr("A client's birthday is coming");
    case RuleTrigger::ContactOverdue:
        return Tr::tr("A client is overdue for contact");
    }
    return {};
}

bool isDealTrigger(RuleTrigger trigger)
{
    return trigger == RuleTrigger::DealEntersStage || trigger == RuleTrigger::DealWon ||
           trigger == RuleTrigger::DealLost;
}

QString actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Task:
        return u"task"_s;
    case ActionKind::SetField:
        return u"set_field"_s;
    case ActionKind::Note:
        return u"note"_s;
    case ActionKind::Email:
        return u"email"_s;
    case ActionKind::Sms:
        return u"sms"_s;
    }
    return {};
}

std::optional<ActionKind> actionKindFromName(const QString& name)
{
    for (ActionKind kind : {ActionKind::Task, ActionKind::SetField, ActionKind::Note,
                            ActionKind::Email, ActionKind::Sms}) {
        if (actionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const QList<RuleField>& allRuleFields()
{
    static const QList<RuleField> all = [] {
        QList<RuleField> list;
        for (const FieldNamed& n : kFieldNames)
            list.append(n.field);
        return list;
    }();
    return all;
}

QString ruleFieldName(RuleField field)
{
    for (const FieldNamed& n : kFieldNames) {
        if (n.field == field)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<RuleField> ruleFieldFromName(const QString& name)
{
    for (const FieldNamed& n : kFieldNames) {
        if (name == QLatin1StringView(n.name))
            return n.field;
    }
    return std::nullopt;
}

QString ruleFieldTitle(RuleField field)
{
    switch (field) {
    case RuleField::ClientStatus:
        return Tr::tr("Client's status");
    case RuleField::ClientContactType:
        return Tr::tr("Client's contact type");
    case RuleField::ClientManager:
        return Tr::tr("Client's manager");
    case RuleField::DealManager:
        return Tr::tr("Deal's manager");
    }
    return {};
}

QString ruleFieldList(RuleField field)
{
    switch (field) {
    case RuleField::ClientStatus:
        return kStatuses;
    case RuleField::ClientContactType:
        return kContactTypes;
    case RuleField::ClientManager:
    case RuleField::DealManager:
        return {};
    }
    return {};
}

QString actionsToJson(const QList<RuleAction>& actions)
{
    QJsonArray array;
    for (const RuleAction& a : actions) {
        QJsonObject o{{u"kind"_s, actionKindName(a.kind)}};
        switch (a.kind) {
        case ActionKind::Task:
            o.insert(u"title"_s, a.title);
            o.insert(u"task_kind"_s, a.taskKindId);
            o.insert(u"responsible"_s, a.responsibleId);
            o.insert(u"due_days"_s, a.dueDays);
            o.insert(u"due_hours"_s, a.dueHours);
            break;
        case ActionKind::SetField:
            o.insert(u"field"_s, ruleFieldName(a.field));
            o.insert(u"value"_s, a.valueId);
            break;
        case ActionKind::Note:
        case ActionKind::Sms:
            o.insert(u"text"_s, a.text);
            break;
        case ActionKind::Email:
            o.insert(u"template"_s, a.templateName);
            o.insert(u"text"_s, a.text);
            if (!a.attachTemplate.isEmpty())
                o.insert(u"attach"_s, a.attachTemplate);
            break;
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<RuleAction>> actionsFromJson(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorKind::Corrupt, Tr::tr("A rule's actions cannot be read."));
    QList<RuleAction> actions;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const std::optional<ActionKind> kind = actionKindFromName(o.value(u"kind"_s).toString());
        if (!kind)
            return makeError(ErrorKind::Corrupt,
                             Tr::tr("A rule has an action this version of Kartoteka does not "
                                    "know (%1): update Kartoteka on this computer.")
                                 .arg(o.value(u"kind"_s).toString()));
        RuleAction a;
        a.kind = *kind;
        a.title = o.value(u"title"_s).toString();
        a.taskKindId = o.value(u"task_kind"_s).toInteger();
        a.responsibleId = o.value(u"responsible"_s).toInteger();
        a.dueDays = o.value(u"due_days"_s).toInt();
        a.dueHours = o.value(u"due_hours"_s).toInt();
        if (a.kind == ActionKind::SetField) {
            const std::optional<RuleField> field =
                ruleFieldFromName(o.value(u"field"_s).toString());
            if (!field)
                return makeError(ErrorKind::Corrupt,
                                 Tr::tr("A rule sets a field this version of Kartoteka does not "
                                        "know (%1): update Kartoteka on this computer.")
                                     .arg(o.value(u"field"_s).toString()));
            a.field = *field;
        }
        a.valueId = o.value(u"value"_s).toInteger();
        a.text = o.value(u"text"_s).toString();
        a.templateName = o.value(u"template"_s).toString();
        a.attachTemplate = o.value(u"attach"_s).toString();
        actions.append(a);
    }
    return actions;
}

QString fillPlaceholders(const QString& text, const EventFacts& facts)
{
    QString out = text;
    out.replace(u"{client}"_s, facts.client)
        .replace(u"{deal}"_s, facts.deal)
        .replace(u"{stage}"_s, facts.stage)
        .replace(u"{amount}"_s, facts.amount)
        .replace(u"{manager}"_s, facts.manager)
        .replace(u"{birthday}"_s, facts.birthday)
        .replace(u"{days}"_s, facts.days);
    return out;
}

QString placeholderList()
{
    return u"{client}, {deal}, {stage}, {amount}, {manager}, {birthday}, {days}"_s;
}

Status validateRule(const Rule& rule)
{
    if (!hasVisibleText(rule.name) || hasControlCharacters(rule.name))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Give the rule a name of one line, such as «After the invoice: "
                                "call in 2 days»."));
    if (rule.name.trimmed().size() > kLongestName)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A rule's name is at most %1 characters.").arg(kLongestName));
    if (rule.trigger == RuleTrigger::DealEntersStage && rule.stageId <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the stage the rule waits for."));
    if (rule.trigger == RuleTrigger::Birthday &&
        (rule.days < 0 || rule.days > kLongestBirthdayLead))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A birthday rule runs 0 to %1 days before the birthday.")
                             .arg(kLongestBirthdayLead));
    if (rule.minAmountMinor && *rule.minAmountMinor < 0)
        return makeError(ErrorKind::Invalid, Tr::tr("The least amount cannot be negative."));
    if (rule.actions.isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Choose what the rule does: a task, a field to change or a note."));
    QSet<int> fieldsSet;
    for (const RuleAction& a : rule.actions) {
        switch (a.kind) {
        case ActionKind::Task:
            if (Status s = checkTaskAction(a); !s)
                return s;
            if (Status s = checkPlaceholders(a.title, rule.trigger); !s)
                return s;
            break;
        case ActionKind::SetField:
            if (fieldsSet.contains(int(a.field)))
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("A rule sets «%1» once: choose one value.")
                                     .arg(ruleFieldTitle(a.field)));
            fieldsSet.insert(int(a.field));
            if (a.valueId <= 0)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Choose the value the rule sets for «%1».")
                                     .arg(ruleFieldTitle(a.field)));
            if (a.field == RuleField::DealManager && !isDealTrigger(rule.trigger))
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Only a rule on a deal's event can change the deal's "
                                        "manager."));
            break;
        case ActionKind::Email:
            if (a.templateName.trimmed().isEmpty())
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Choose the letter's template the rule sends."));
            if (!a.attachTemplate.isEmpty() && !isDealTrigger(rule.trigger))
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Only a rule on a deal's event can attach a document "
                                        "made from the deal."));
            if (Status s = checkPlaceholders(a.text, rule.trigger); !s)
                return s;
            break;
        case ActionKind::Sms:
            if (!hasVisibleText(a.text))
                return makeError(ErrorKind::Invalid, Tr::tr("Write the SMS the rule sends."));
            if (Status s = checkPlaceholders(a.text, rule.trigger); !s)
                return s;
            break;
        case ActionKind::Note:
            if (!hasVisibleText(a.text))
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("Write the note the rule adds to the timeline."));
            if (a.text.size() > kLongestNote)
                return makeError(
                    ErrorKind::Invalid,
                    Tr::tr("A rule's note is at most %1 characters.").arg(kLongestNote));
            break;
        }
    }
    return Status::success();
}

} // namespace kartoteka
