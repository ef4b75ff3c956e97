#include "automation/RuleText.h"

#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "documents/DocumentTemplate.h"
#include "money/Money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::RuleText)
};

// How much of a rule's note its summary shows.
constexpr int kShownNote = 60;

QString nameOf(const QHash<qint64, QString>& names, qint64 id)
{
    return names.value(id, Tr::tr("(removed)"));
}

// "in 2 days", "in 4 hours", "in 1 day 3 hours", "on the day".
QString delayText(int days, int hours)
{
    if (days == 0 && hours == 0)
        return Tr::tr("the same day");
    if (hours == 0)
        return Tr::tr("in %n day(s)", nullptr, days);
    if (days == 0)
        return Tr::tr("in %n hour(s)", nullptr, hours);
    return Tr::tr("in %1 and %2")
        .arg(Tr::tr("%n day(s)", nullptr, days), Tr::tr("%n hour(s)", nullptr, hours));
}

// A template as the shop calls it; a code or name no template has now, as written.
QString templateName(const RuleNames& names, const QString& codeOrName)
{
    return names.templates.value(codeOrName, codeOrName);
}

} // namespace

Result<RuleNames> readRuleNames(Database& db)
{
    RuleNames names;
    Result<QList<Pipeline>> pipelines = PipelineRepository(db).pipelines();
    if (!pipelines)
        return pipelines.error();
    for (const Pipeline& p : *pipelines) {
        names.pipelines.insert(p.id, p.name);
        for (const Stage& s : p.stages)
            names.stages.insert(s.id, pipelines->size() > 1 ? p.name + u" — "_s + s.name : s.name);
    }
    Lists lists(db);
    for (const QString& list : {kSources, kContactTypes, kStatuses, kTaskKinds}) {
        Result<QList<ListItem>> items = lists.items(list);
        if (!items)
            return items.error();
        for (const ListItem& item : *items)
            names.items.insert(item.id, item.name);
    }
    Result<QList<ListItem>> people = lists.users();
    if (!people)
        return people.error();
    for (const ListItem& person : *people)
        names.people.insert(person.id, person.name);
    Result<QList<DocumentTemplate>> templates = TemplateRepository(db).list();
    if (!templates)
        return templates.error();
    for (const DocumentTemplate& t : *templates) {
        names.templates.insert(t.name, t.name);
        if (t.isShipped())
            names.templates.insert(t.shippedKey, t.name);
    }
    return names;
}

QString ruleWhenText(const Rule& rule, const RuleNames& names)
{
    QString when = ruleTriggerTitle(rule.trigger);
    if (rule.trigger == RuleTrigger::DealEntersStage)
        when = Tr::tr("%1: %2").arg(when, nameOf(names.stages, rule.stageId));
    else if (rule.trigger == RuleTrigger::Birthday)
        when = rule.days == 0 ? Tr::tr("%1: on the day").arg(when)
                              : Tr::tr("%1: %n day(s) before", nullptr, rule.days).arg(when);
    QStringList conditions;
    if (rule.pipelineId > 0)
        conditions << Tr::tr("pipeline %1").arg(nameOf(names.pipelines, rule.pipelineId));
    if (rule.sourceId > 0)
        conditions << Tr::tr("source %1").arg(nameOf(names.items, rule.sourceId));
    if (rule.minAmountMinor)
        conditions << Tr::tr("amount at least %1").arg(formatMajor(*rule.minAmountMinor));
    if (rule.contactTypeId > 0)
        conditions << Tr::tr("type %1").arg(nameOf(names.items, rule.contactTypeId));
    if (rule.managerId > 0)
        conditions << Tr::tr("manager %1").arg(nameOf(names.people, rule.managerId));
    return conditions.isEmpty() ? when : Tr::tr("%1; %2").arg(when, conditions.join(u", "_s));
}

QString ruleActionsText(const Rule& rule, const RuleNames& names)
{
    QStringList parts;
    for (const RuleAction& a : rule.actions) {
        switch (a.kind) {
        case ActionKind::Task: {
            const QString title =
                a.taskKindId > 0 ? Tr::tr("%1 «%2»").arg(nameOf(names.items, a.taskKindId), a.title)
                                 : Tr::tr("task «%1»").arg(a.title);
            parts << Tr::tr("%1 %2 for %3")
                         .arg(title, delayText(a.dueDays, a.dueHours),
                              a.responsibleId > 0 ? nameOf(names.people, a.responsibleId)
                                                  : Tr::tr("the manager"));
            break;
        }
        case ActionKind::SetField:
            parts << Tr::tr("%1 → %2").arg(
                ruleFieldTitle(a.field),
                nameOf(ruleFieldList(a.field).isEmpty() ? names.people : names.items, a.valueId));
            break;
        case ActionKind::Note:
            parts << Tr::tr("note «%1»")
                         .arg(a.text.size() > kShownNote ? a.text.left(kShownNote) + u'…' : a.text);
            break;
        case ActionKind::Email:
            parts << (a.attachTemplate.isEmpty()
                          ? Tr::tr("letter «%1»").arg(templateName(names, a.templateName))
                          : Tr::tr("letter «%1» with «%2»")
                                .arg(templateName(names, a.templateName),
                                     templateName(names, a.attachTemplate)));
            break;
        case ActionKind::Sms:
            parts << Tr::tr("SMS «%1»")
                         .arg(a.text.size() > kShownNote ? a.text.left(kShownNote) + u'…' : a.text);
            break;
        }
    }
    return parts.join(u"; "_s);
}

} // namespace kartoteka
