#include "automation/Automation.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "automation/RuleRepository.h"
#include "clients/Birthdays.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/PhoneNumbers.h"
#include "deals/DealRepository.h"
#include "language/Formats.h"
#include "mail/LetterRepository.h"
#include "mail/MimeMessage.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/KeepInTouch.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Automation)
};

const QString kOriginPrefix = u"rule:"_s;
// The clients overdue for contact a day's run looks at, the longest overdue
// first: a shop with more has a backlog no rule makes better.
constexpr int kOverdueClientsPerDay = 5000;
// The longest a birthday rule looks ahead (Rule.cpp allows 60 days).
constexpr int kLongestBirthdayLead = 60;

// What a rule's conditions and placeholders read of the event's deal and client.
struct Subject
{
    qint64 clientId = 0;
    qint64 dealId = 0;
    qint64 pipelineId = 0;
    qint64 amountMinor = 0;
    qint64 dealManagerId = 0;
    qint64 clientManagerId = 0;
    qint64 sourceId = 0;
    qint64 contactTypeId = 0;
    EventFacts facts;

    qint64 managerId() const { return dealManagerId > 0 ? dealManagerId : clientManagerId; }
};

// Client `clientId` and, for a deal's event, deal `dealId` (0: none) of
// theirs, as rules read them; none when the client is gone.
Result<std::optional<Subject>> subjectOf(QSqlDatabase& db, qint64 clientId, qint64 dealId)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        db,
        u"SELECT c.id, c.display_name, c.manager_id, COALESCE(d.source_id, c.source_id), "
        u"c.contact_type_id, u.name, d.id, d.title, d.pipeline_id, s.name, d.amount_minor, "
        u"d.currency, d.manager_id FROM clients c LEFT JOIN deals d ON d.id = ? AND "
        u"d.client_id = c.id LEFT JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id "
        u"= COALESCE(d.manager_id, c.manager_id) WHERE c.id = ?"_s,
        {dealId, clientId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Subject>();
    const QSqlRecord& r = rows->first();
    Subject s;
    s.clientId = r.value(0).toLongLong();
    s.facts.client = r.value(1).toString();
    s.clientManagerId = r.value(2).toLongLong();
    s.sourceId = r.value(3).toLongLong();
    s.contactTypeId = r.value(4).toLongLong();
    s.facts.manager = r.value(5).toString();
    s.dealId = r.value(6).toLongLong();
    if (s.dealId > 0) {
        s.facts.deal = r.value(7).toString();
        s.pipelineId = r.value(8).toLongLong();
        s.facts.stage = r.value(9).toString();
        s.amountMinor = r.value(10).toLongLong();
        s.facts.amount = formatMoney(s.amountMinor, r.value(11).toString());
        s.dealManagerId = r.value(12).toLongLong();
    }
    return std::optional<Subject>(s);
}

bool meets(const Rule& rule, const AutomationEvent& event, const Subject& s)
{
    const auto any = [](qint64 wanted, qint64 actual) { return wanted <= 0 || wanted == actual; };
    if (rule.trigger == RuleTrigger::DealEntersStage && rule.stageId != event.stageId)
        return false;
    return any(rule.pipelineId, s.pipelineId) && any(rule.sourceId, s.sourceId) &&
           any(rule.contactTypeId, s.contactTypeId) && any(rule.managerId, s.managerId()) &&
           (!rule.minAmountMinor || s.amountMinor >= *rule.minAmountMinor);
}

// The due day and time of a rule's task `a`, counted from now.
void scheduleTask(Task& task, const RuleAction& a)
{
    if (a.dueHours == 0) {
        task.dueDate = QDate::currentDate().addDays(a.dueDays);
        return;
    }
    const QDateTime due =
        QDateTime::currentDateTime().addDays(a.dueDays).addSecs(a.dueHours * 3600);
    task.dueDate = due.date();
    task.dueTime = QTime(due.time().hour(), due.time().minute());
}

// The open task action `action` of a rule made earlier for the same deal, if
// any: a deal that comes back to the stage needs no second identical call.
Result<bool> stillOpen(QSqlDatabase& db, const Rule& rule, int action, const Subject& s)
{
    if (s.dealId <= 0)
        return false;
    Result<QVariant> open = sql::scalar(
        db, u"SELECT 1 FROM tasks WHERE deal_id = ? AND state = 'open' AND origin LIKE ?"_s,
        {s.dealId, QString(ruleTaskOrigin(rule.id, action, u"deal:%1:"_s.arg(s.dealId)) + u"%"_s)});
    if (!open)
        return open.error();
    return open->isValid();
}

Status createTask(Transaction& tx, Database& db, const Rule& rule, int action,
                  const AutomationEvent& event, const Subject& s, QJsonArray& did)
{
    const RuleAction& a = rule.actions.at(action);
    Result<bool> open = stillOpen(tx.db(), rule, action, s);
    if (!open)
        return open.error();
    if (*open)
        return Status::success();
    Task task;
    task.title = fillPlaceholders(a.title, s.facts).left(kLongestTaskTitle);
    task.kindId = a.taskKindId;
    task.clientId = s.clientId;
    task.dealId = s.dealId;
    task.origin = ruleTaskOrigin(rule.id, action, event.key);
    scheduleTask(task, a);
    // The person the rule names, else the deal's manager, else the client's:
    // the first of them who sees the client.
    if (Status st = TaskRepository(db).createForShop(
            tx, task, {a.responsibleId, s.dealManagerId, s.clientManagerId});
        !st)
        return st;
    did.append(QJsonObject{{u"kind"_s, actionKindName(ActionKind::Task)},
                           {u"title"_s, task.title},
                           {u"task"_s, task.id}});
    return Status::success();
}

Status setField(Transaction& tx, Database& db, const RuleAction& a, const Subject& s,
                QJsonArray& did)
{
    if (a.field == RuleField::DealManager) {
        DealRepository deals(db);
        Result<Deal> deal = deals.load(s.dealId);
        if (!deal)
            return deal.error();
        if (deal->managerId == a.valueId)
            return Status::success();
        deal->managerId = a.valueId;
        if (Status st = deals.updateIn(tx, *deal); !st)
            return st;
    } else {
        ClientRepository clients(db);
        Result<Client> client = clients.load(s.clientId);
        if (!client)
            return client.error();
        qint64& value = a.field == RuleField::ClientStatus        ? client->statusId
                        : a.field == RuleField::ClientContactType ? client->contactTypeId
                                                                  : client->managerId;
        if (value == a.valueId)
            return Status::success();
        value = a.valueId;
        if (Status st = clients.updateIn(tx, *client); !st)
            return st;
    }
    did.append(QJsonObject{{u"kind"_s, actionKindName(ActionKind::SetField)},
                           {u"field"_s, ruleFieldName(a.field)},
                           {u"value"_s, a.valueId}});
    return Status::success();
}

Status addNote(Transaction& tx, Database& db, const RuleAction& a, const Subject& s,
               QJsonArray& did)
{
    Interaction note;
    note.clientId = s.clientId;
    note.kind = InteractionKind::Note;
    note.occurredAt = QDateTime::currentDateTimeUtc();
    note.text = fillPlaceholders(a.text, s.facts);
    QList<Interaction> notes{note};
    if (Status st = InteractionRepository(db).addIn(tx, notes); !st)
        return st;
    did.append(QJsonObject{{u"kind"_s, actionKindName(ActionKind::Note)}});
    return Status::success();
}

// A letter or SMS, kept queued in the event's transaction (so once per
// event, as every action) and sent after it by whichever program sends the
// rules' letters (mail/Letters sendRuleLetters): filled in from its template
// then. A client without an address gets it kept as skipped, with why.
Status queueMessage(Transaction& tx, Database& db, const Rule& rule, const RuleAction& a,
                    const AutomationEvent& event, const Subject& s, QJsonArray& did)
{
    // Read on the transaction's connection, as setField reads it.
    Result<Client> client = ClientRepository(db).load(s.clientId);
    if (!client)
        return client.error();
    Letter letter;
    letter.channel = a.kind == ActionKind::Sms ? LetterChannel::Sms : LetterChannel::Email;
    letter.clientId = s.clientId;
    letter.dealId = s.dealId;
    letter.toName = client->displayName();
    letter.origin = u"rule:%1:%2"_s.arg(rule.id).arg(event.key);
    letter.templateName = a.templateName;
    letter.attachTemplate = a.attachTemplate;
    letter.text = fillPlaceholders(a.text, s.facts);
    if (letter.channel == LetterChannel::Sms) {
        for (const Phone& p : client->phones) {
            if (takesSms(p.e164)) {
                letter.toAddress = p.e164;
                break;
            }
        }
    } else {
        for (const Email& e : client->emails) {
            if (isMailAddress(e.address.trimmed())) {
                letter.toAddress = e.address.trimmed();
                break;
            }
        }
    }
    letter.state = letter.toAddress.isEmpty() ? LetterState::Skipped : LetterState::Queued;
    if (letter.toAddress.isEmpty())
        letter.problem = LetterProblem::NoAddress;
    letter.messageId = QString::fromLatin1(newMessageId(u"kartoteka.invalid"_s));
    if (Status st = LetterRepository::add(tx, letter); !st)
        return st;
    did.append(QJsonObject{{u"kind"_s, actionKindName(a.kind)}, {u"letter"_s, letter.id}});
    return Status::success();
}

Status perform(Transaction& tx, Database& db, const Rule& rule, const AutomationEvent& event,
               const Subject& s, QJsonArray& did)
{
    for (int i = 0; i < rule.actions.size(); ++i) {
        const RuleAction& a = rule.actions.at(i);
        Status st = Status::success();
        switch (a.kind) {
        case ActionKind::Task:
            st = createTask(tx, db, rule, i, event, s, did);
            break;
        case ActionKind::SetField:
            st = setField(tx, db, a, s, did);
            break;
        case ActionKind::Note:
            st = addNote(tx, db, a, s, did);
            break;
        case ActionKind::Email:
        case ActionKind::Sms:
            st = queueMessage(tx, db, rule, a, event, s, did);
            break;
        }
        if (!st)
            return st;
    }
    return Status::success();
}

// Runs `rule` for `event` once: the run's key is taken first, so a second
// window or PC finds it taken and does nothing (false).
Result<bool> runRule(Transaction& tx, Database& db, const Rule& rule, const AutomationEvent& event,
                     const Subject& s)
{
    Result<bool> claimed = RuleRepository::claimRun(tx.db(), rule.id, event.key);
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return false;
    if (Status st = sql::execDirect(tx.db(), u"SAVEPOINT automation_rule"_s); !st)
        return st.error();
    QJsonArray did;
    const Status outcome = perform(tx, db, rule, event, s, did);
    if (!outcome) {
        if (Status st = sql::execDirect(tx.db(), u"ROLLBACK TO SAVEPOINT automation_rule"_s); !st)
            return st.error();
        did = {};
    }
    if (Status st = sql::execDirect(tx.db(), u"RELEASE SAVEPOINT automation_rule"_s); !st)
        return st.error();
    if (Status st = RuleRepository::recordRun(tx.db(), rule.id,
                                              outcome ? QString() : outcome.error().message);
        !st)
        return st.error();
    // The person whose change set the rule off hears of it at once, besides
    // the Automation tab and the client's history.
    if (!outcome)
        tx.addNotice(
            Tr::tr("The rule «%1» could not run: %2").arg(rule.name, outcome.error().message));
    QJsonObject details{{u"rule"_s, rule.name}, {u"rule_id"_s, rule.id}, {u"did"_s, did}};
    if (!outcome)
        details.insert(u"failure"_s, outcome.error().message);
    const bool onDeal = s.dealId > 0;
    if (Status st = recordAudit(tx, {auditAction::kRuleRun,
                                     onDeal ? u"deal"_s : u"client"_s,
                                     onDeal ? s.dealId : s.clientId,
                                     s.clientId,
                                     {},
                                     details});
        !st)
        return st.error();
    return true;
}

Status runFor(Transaction& tx, Database& db, const QList<Rule>& rules, const AutomationEvent& event,
              const Subject& s)
{
    for (const Rule& rule : rules) {
        if (!meets(rule, event, s))
            continue;
        if (Result<bool> ran = runRule(tx, db, rule, event, s); !ran)
            return ran.error();
    }
    return Status::success();
}

} // namespace

QList<AutomationEvent> dealArrivalEvents(qint64 dealId, qint64 clientId, qint64 stageId,
                                         const QString& stageKind, const QString& when)
{
    const QString key = dealStageKeyPrefix(dealId, stageId) + when;
    QList<AutomationEvent> events{{RuleTrigger::DealEntersStage, clientId, dealId, stageId, key}};
    if (stageKind == u"won")
        events.append({RuleTrigger::DealWon, clientId, dealId, stageId, key});
    else if (stageKind == u"lost")
        events.append({RuleTrigger::DealLost, clientId, dealId, stageId, key});
    return events;
}

Status runRules(Transaction& tx, Database& db, const AutomationEvent& event)
{
    Result<QList<Rule>> rules = RuleRepository::enabledIn(tx.db(), event.trigger);
    if (!rules)
        return rules.error();
    if (rules->isEmpty())
        return Status::success();
    Result<std::optional<Subject>> subject = subjectOf(tx.db(), event.clientId, event.dealId);
    if (!subject)
        return subject.error();
    // Gone meanwhile (the client, or the deal of a deal's event): nothing to answer.
    if (!*subject || (*subject)->dealId != event.dealId)
        return Status::success();
    return runFor(tx, db, *rules, event, **subject);
}

Result<int> runDailyRules(Database& db, const QDate& today)
{
    // Read first, outside the write: the candidates of each rule.
    struct Due
    {
        Rule rule;
        AutomationEvent event;
        Subject subject;
    };
    QList<Due> due;
    QSqlDatabase& conn = db.connection();
    Result<QList<Rule>> birthdayRules = RuleRepository::enabledIn(conn, RuleTrigger::Birthday);
    if (!birthdayRules)
        return birthdayRules.error();
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    for (const Rule& rule : *birthdayRules) {
        const BirthdayWindow window =
            birthdayWindow(today, std::min(rule.days, kLongestBirthdayLead) + 1);
        Result<QList<QSqlRecord>> rows =
            sql::rows(conn,
                      u"SELECT c.id, c.birthday FROM clients c WHERE +c.archived = 0 AND "_s +
                          window.sql + u" AND "_s + reached.sql,
                      window.args + reached.args);
        if (!rows)
            return rows.error();
        for (const QSqlRecord& r : *rows) {
            const QDate birthday =
                nextBirthday(QDate::fromString(r.value(1).toString(), Qt::ISODate), today);
            if (!birthday.isValid() || today.daysTo(birthday) > rule.days)
                continue;
            const qint64 clientId = r.value(0).toLongLong();
            Result<std::optional<Subject>> s = subjectOf(conn, clientId, 0);
            if (!s)
                return s.error();
            if (!*s)
                continue;
            (*s)->facts.birthday = birthday.toString(u"dd.MM"_s);
            (*s)->facts.days = QString::number(today.daysTo(birthday));
            due.append({rule,
                        {RuleTrigger::Birthday, clientId, 0, 0,
                         u"client:%1:birthday:%2"_s.arg(clientId).arg(birthday.year())},
                        **s});
        }
    }
    Result<QList<Rule>> overdueRules = RuleRepository::enabledIn(conn, RuleTrigger::ContactOverdue);
    if (!overdueRules)
        return overdueRules.error();
    if (!overdueRules->isEmpty()) {
        Result<QList<OutOfTouchClient>> late =
            clientsOutOfTouch(db, 0, today, kOverdueClientsPerDay);
        if (!late)
            return late.error();
        for (const OutOfTouchClient& c : *late) {
            Result<std::optional<Subject>> s = subjectOf(conn, c.clientId, 0);
            if (!s)
                return s.error();
            if (!*s)
                continue;
            (*s)->facts.days = QString::number(c.daysSince);
            const QString since =
                c.lastContact.isValid() ? c.lastContact.toString(Qt::ISODate) : u"never"_s;
            for (const Rule& rule : *overdueRules)
                due.append({rule,
                            {RuleTrigger::ContactOverdue, c.clientId, 0, 0,
                             u"client:%1:overdue:%2"_s.arg(c.clientId).arg(since)},
                            **s});
        }
    }
    int ran = 0;
    if (due.isEmpty())
        return ran;
    Status written = db.write([&](Transaction& tx) -> Status {
        for (const Due& d : due) {
            if (!meets(d.rule, d.event, d.subject))
                continue;
            Result<bool> didRun = runRule(tx, db, d.rule, d.event, d.subject);
            if (!didRun)
                return didRun.error();
            ran += *didRun ? 1 : 0;
        }
        return Status::success();
    });
    if (!written)
        return written.error();
    return ran;
}

QString ruleTaskOrigin(qint64 ruleId, int action, const QString& eventKey)
{
    return kOriginPrefix + u"%1:%2:"_s.arg(ruleId).arg(action) + eventKey;
}

qint64 ruleOfTaskOrigin(const QString& origin)
{
    if (!origin.startsWith(kOriginPrefix))
        return 0;
    return origin.section(u':', 1, 1).toLongLong();
}

QString dealStageKeyPrefix(qint64 dealId, qint64 stageId)
{
    return u"deal:%1:stage:%2:"_s.arg(dealId).arg(stageId);
}

Status cancelRuleTasksOfArrival(Transaction& tx, Database& db, qint64 dealId, qint64 stageId)
{
    Result<QList<QSqlRecord>> open = sql::rows(
        tx.db(),
        u"SELECT id, origin FROM tasks WHERE deal_id = ? AND state = 'open' AND origin LIKE ?"_s,
        QVariantList{dealId, QString(kOriginPrefix + u"%"_s)});
    if (!open)
        return open.error();
    const QString arrival = dealStageKeyPrefix(dealId, stageId);
    TaskRepository tasks(db);
    for (const QSqlRecord& r : *open) {
        // "rule:RULE:ACTION:" and then the event's key.
        const QString key = r.value(1).toString().section(u':', 3);
        if (!key.startsWith(arrival))
            continue;
        if (Status st = tasks.cancelIn(tx, r.value(0).toLongLong()); !st)
            return st;
    }
    return Status::success();
}

} // namespace kartoteka
