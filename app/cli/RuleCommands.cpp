// rules list|add|enable|disable|remove|run: automation rules from scripts.
#include "CliContext.h"

#include "documents/DocumentTemplate.h"

#include "accounts/Accounts.h"
#include "automation/Automation.h"
#include "automation/RuleRepository.h"
#include "automation/RuleText.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonObject ruleJson(const Rule& rule, const RuleNames& names)
{
    return {{u"id"_s, rule.id},
            {u"name"_s, rule.name},
            {u"enabled"_s, rule.enabled},
            {u"when"_s, ruleTriggerName(rule.trigger)},
            {u"stage_id"_s, rule.stageId},
            {u"days"_s, rule.days},
            {u"pipeline_id"_s, rule.pipelineId},
            {u"source_id"_s, rule.sourceId},
            {u"min_amount"_s,
             rule.minAmountMinor ? QJsonValue(formatMajor(*rule.minAmountMinor)) : QJsonValue()},
            {u"contact_type_id"_s, rule.contactTypeId},
            {u"manager_id"_s, rule.managerId},
            {u"actions"_s, QJsonDocument::fromJson(actionsToJson(rule.actions).toUtf8()).array()},
            {u"summary"_s,
             QString(ruleWhenText(rule, names) + u" → "_s + ruleActionsText(rule, names))},
            {u"runs"_s, rule.runs},
            {u"last_failure"_s, rule.lastFailure}};
}

// --in: "2d", "4h", "1d3h"; days and hours after the event.
Result<std::pair<int, int>> parseDelay(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(?:(\\d{1,3})d)?\\s*(?:(\\d{1,2})h)?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--in takes days and hours after the event: 2d, 4h or 1d3h, not "
                                "\"%1\".")
                             .arg(text));
    return std::pair<int, int>{m.captured(1).toInt(), m.captured(2).toInt()};
}

// An active colleague named by login or full name, as --for and --manager name them.
Result<qint64> colleague(Database& db, const QString& name)
{
    Result<Account> account = Accounts(db).byLogin(name);
    if (account && account->active)
        return account->id;
    return Lists(db).userIdOf(name);
}

// --set FIELD=VALUE: client.status=VIP, client.contact_type=Designer,
// client.manager=LOGIN, deal.manager=LOGIN. Names are looked up, never added.
Result<RuleAction> parseSet(Database& db, const QString& text)
{
    const qsizetype eq = text.indexOf(u'=');
    const std::optional<RuleField> field =
        eq > 0 ? ruleFieldFromName(text.left(eq).trimmed()) : std::nullopt;
    if (!field)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--set takes FIELD=VALUE with FIELD one of client.status, "
                                "client.contact_type, client.manager, deal.manager; not \"%1\".")
                             .arg(text));
    const QString value = text.mid(eq + 1).trimmed();
    RuleAction a;
    a.kind = ActionKind::SetField;
    a.field = *field;
    Lists lists(db);
    const QString list = ruleFieldList(*field);
    Result<qint64> id = list.isEmpty() ? colleague(db, value) : lists.idOf(list, value);
    if (!id)
        return makeError(id.error().kind, u"--set: "_s + id.error().message);
    a.valueId = *id;
    return a;
}

// The list item `option` names into `id`, when the option is given.
Status namedIfGiven(const CliContext& context, Lists& lists, const QString& list,
                    const QString& option, qint64& id)
{
    if (!context.has(option))
        return Status::success();
    Result<qint64> named = context.named(lists, list, option);
    if (!named)
        return named.error();
    id = *named;
    return Status::success();
}

// The colleague `option` names into `id`, when the option is given.
Status staffIfGiven(const CliContext& context, Database& db, const QString& option, qint64& id)
{
    if (!context.has(option))
        return Status::success();
    Result<qint64> person = context.staff(db, option);
    if (!person)
        return person.error();
    id = *person;
    return Status::success();
}

Result<Rule> ruleFromOptions(const CliContext& context, Database& db)
{
    Rule rule;
    rule.name = context.option(u"name"_s);
    const std::optional<RuleTrigger> trigger =
        ruleTriggerFromName(context.option(u"when"_s).trimmed().replace(u'-', u'_'));
    if (!trigger)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--when is one of deal-stage, deal-won, deal-lost, "
                                "client-created, birthday, contact-overdue; not \"%1\".")
                             .arg(context.option(u"when"_s)));
    rule.trigger = *trigger;
    // An option the rule would not use is refused, not quietly dropped.
    const auto misplaced = [&](const QString& option, bool fits, const QString& why) -> Status {
        if (!context.has(option) || fits)
            return Status::success();
        return makeError(ErrorKind::Invalid, u"--%1: "_s.arg(option) + why);
    };
    const bool onDeal = isDealTrigger(rule.trigger);
    const bool withTask = context.has(u"task"_s);
    for (const Status& s :
         {misplaced(u"stage"_s, rule.trigger == RuleTrigger::DealEntersStage,
                    Tr::tr("only a deal-stage rule waits for a stage.")),
          misplaced(u"days"_s, rule.trigger == RuleTrigger::Birthday,
                    Tr::tr("only a birthday rule runs days before.")),
          misplaced(u"pipeline"_s, onDeal, Tr::tr("a client's event has no pipeline.")),
          misplaced(u"min-amount"_s, onDeal, Tr::tr("a client's event has no amount.")),
          misplaced(u"kind"_s, withTask, Tr::tr("it belongs to a --task.")),
          misplaced(u"for"_s, withTask, Tr::tr("it belongs to a --task.")),
          misplaced(u"in"_s, withTask, Tr::tr("it belongs to a --task."))}) {
        if (!s)
            return s.error();
    }
    Lists lists(db);
    PipelineRepository pipelines(db);
    if (context.has(u"pipeline"_s)) {
        Result<Pipeline> p = pipelines.pipelineNamed(context.option(u"pipeline"_s));
        if (!p)
            return p.error();
        rule.pipelineId = p->id;
    }
    if (context.has(u"stage"_s)) {
        Result<Pipeline> p = pipelines.pipelineNamed(context.option(u"pipeline"_s));
        if (!p)
            return p.error();
        Result<const Stage*> stage = stageOption(context, *p);
        if (!stage)
            return stage.error();
        rule.stageId = (*stage)->id;
    }
    Result<qint64> days = context.number(u"days"_s, 0, 60, 0);
    if (!days)
        return days.error();
    rule.days = int(*days);
    for (const Status& s :
         {namedIfGiven(context, lists, kSources, u"source"_s, rule.sourceId),
          namedIfGiven(context, lists, kContactTypes, u"type"_s, rule.contactTypeId),
          staffIfGiven(context, db, u"manager"_s, rule.managerId)}) {
        if (!s)
            return s.error();
    }
    if (context.has(u"min-amount"_s)) {
        Result<qint64> least = parseMoney(context.option(u"min-amount"_s));
        if (!least)
            return makeError(ErrorKind::Invalid, u"--min-amount: "_s + least.error().message);
        rule.minAmountMinor = *least;
    }
    if (context.has(u"task"_s)) {
        RuleAction task;
        task.kind = ActionKind::Task;
        task.title = context.option(u"task"_s);
        for (const Status& s :
             {namedIfGiven(context, lists, kTaskKinds, u"kind"_s, task.taskKindId),
              staffIfGiven(context, db, u"for"_s, task.responsibleId)}) {
            if (!s)
                return s.error();
        }
        if (context.has(u"in"_s)) {
            Result<std::pair<int, int>> delay = parseDelay(context.option(u"in"_s));
            if (!delay)
                return delay.error();
            task.dueDays = delay->first;
            task.dueHours = delay->second;
        }
        rule.actions.append(task);
    }
    for (const QString& set : context.options(u"set"_s)) {
        Result<RuleAction> action = parseSet(db, set);
        if (!action)
            return action.error();
        rule.actions.append(*action);
    }
    if (context.has(u"note"_s)) {
        RuleAction note;
        note.kind = ActionKind::Note;
        note.text = context.option(u"note"_s);
        rule.actions.append(note);
    }
    if (context.has(u"send-email"_s)) {
        RuleAction email;
        email.kind = ActionKind::Email;
        email.templateName = context.option(u"send-email"_s).trimmed();
        email.attachTemplate = context.option(u"attach"_s).trimmed();
        email.text = context.option(u"email-text"_s);
        // Names are looked up now: a typo is said here, not when a letter should go.
        TemplateRepository templates(db);
        for (const QString& name : {email.templateName, email.attachTemplate}) {
            if (name.isEmpty())
                continue;
            if (Result<DocumentTemplate> found = templates.find(name); !found)
                return found.error();
        }
        rule.actions.append(email);
    } else if (context.has(u"attach"_s) || context.has(u"email-text"_s)) {
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--attach and --email-text go with --send-email TEMPLATE."));
    }
    if (context.has(u"send-sms"_s)) {
        RuleAction sms;
        sms.kind = ActionKind::Sms;
        sms.text = context.option(u"send-sms"_s);
        rule.actions.append(sms);
    }
    return rule;
}

int rulesList(const CliContext& context, Database& db)
{
    Result<QList<Rule>> rules = RuleRepository(db).list();
    if (!rules)
        return context.fail(rules.error());
    Result<RuleNames> names = readRuleNames(db);
    if (!names)
        return context.fail(names.error());
    QJsonArray rows;
    QStringList lines;
    for (const Rule& rule : *rules) {
        rows.append(ruleJson(rule, *names));
        const QString state = rule.enabled ? Tr::tr("on") : Tr::tr("off");
        QString line = u"%1  %2  %3"_s.arg(rule.id, 4).arg(state, -4).arg(rule.name);
        line += u"\n      %1 → %2\n      "_s.arg(ruleWhenText(rule, *names),
                                                 ruleActionsText(rule, *names));
        line += Tr::tr("ran %n time(s)", nullptr, rule.runs);
        if (!rule.lastFailure.isEmpty())
            line += u"; "_s + Tr::tr("last failure: %1").arg(rule.lastFailure);
        lines << line;
    }
    if (lines.isEmpty())
        return context.answer(Tr::tr("No automation rules yet: add one with rules add."), rows);
    return context.answer(lines.join(u'\n'), rows);
}

int rulesAdd(const CliContext& context, Database& db)
{
    if (!context.has(u"name"_s) || !context.has(u"when"_s))
        return context.fail(Tr::tr("Use: rules add --name N --when EVENT [--task T] [--set "
                                   "FIELD=VALUE] [--note TEXT] ... See --help."));
    Result<Rule> rule = ruleFromOptions(context, db);
    if (!rule)
        return context.fail(rule.error());
    if (Status s = RuleRepository(db).save(*rule); !s)
        return context.fail(s.error());
    Result<RuleNames> names = readRuleNames(db);
    if (!names)
        return context.fail(names.error());
    return context.answer(
        Tr::tr("Added rule %1, \"%2\": %3 → %4.")
            .arg(rule->id)
            .arg(rule->name, ruleWhenText(*rule, *names), ruleActionsText(*rule, *names)),
        ruleJson(*rule, *names));
}

// The rule's number the command names: refused when there is none.
Result<qint64> ruleId(const CliContext& context)
{
    if (context.arguments.value(1).isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Say which rule: its number, as rules list shows it."));
    return context.id(1, Tr::tr("There is no rule \"%1\"."));
}

int rulesSwitch(const CliContext& context, Database& db, bool enabled)
{
    Result<qint64> id = ruleId(context);
    if (!id)
        return context.fail(id.error());
    if (Status s = RuleRepository(db).setEnabled(*id, enabled); !s)
        return context.fail(s.error());
    return context.answer(enabled ? Tr::tr("Rule %1 is on.").arg(*id)
                                  : Tr::tr("Rule %1 is off.").arg(*id),
                          QJsonObject{{u"id"_s, *id}, {u"enabled"_s, enabled}});
}

int rulesRemove(const CliContext& context, Database& db)
{
    Result<qint64> id = ruleId(context);
    if (!id)
        return context.fail(id.error());
    if (Status s = RuleRepository(db).remove(*id); !s)
        return context.fail(s.error());
    return context.answer(Tr::tr("Rule %1 is removed.").arg(*id),
                          QJsonObject{{u"id"_s, *id}, {u"removed"_s, true}});
}

int rulesRun(const CliContext& context, Database& db)
{
    Result<int> ran = runDailyRules(db, QDate::currentDate());
    if (!ran)
        return context.fail(ran.error());
    return context.answer(Tr::tr("The daily rules ran %n time(s).", nullptr, *ran),
                          QJsonObject{{u"ran"_s, *ran}});
}

} // namespace

int runRules(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    static const QStringList known{u"list"_s,    u"add"_s,    u"enable"_s,
                                   u"disable"_s, u"remove"_s, u"run"_s};
    if (!known.contains(sub))
        return context.fail(Tr::tr("Use: rules list|add|enable|disable|remove|run. See --help."));
    Result<std::unique_ptr<Database>> opened = openDatabase(context.openOptions());
    if (!opened)
        return context.fail(opened.error());
    Database& db = **opened;
    if (sub == u"list")
        return rulesList(context, db);
    if (sub == u"add")
        return rulesAdd(context, db);
    if (sub == u"enable" || sub == u"disable")
        return rulesSwitch(context, db, sub == u"enable");
    if (sub == u"remove")
        return rulesRemove(context, db);
    return rulesRun(context, db);
}

} // namespace kartoteka::cli
