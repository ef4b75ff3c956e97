// Automation rules (issue 15): a rule on a deal's stage makes its task and
// note once per arrival, with the placeholders filled, only for the deals its
// conditions choose; an undone move calls its task off; a switched-off rule
// does nothing; a rule that fails is rolled back alone, says why, and the
// move goes on; a new client's rule; the daily rules (a birthday in N days, a
// client overdue for contact) run once per event however often they are
// run; and the rules' own checks. Each on a file and on a server.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "automation/Automation.h"
#include "automation/RuleRepository.h"
#include "clients/ClientRepository.h"
#include "clients/ContactHabits.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

template <typename T> std::optional<ErrorKind> errorKind(const T& outcome)
{
    if (outcome)
        return std::nullopt;
    return outcome.error().kind;
}

qint64 newClient(Database& db, const QString& last, qint64 managerId = 0,
                 const QDate& birthday = {})
{
    Client c;
    c.lastName = last;
    c.firstName = u"Олена"_s;
    c.managerId = managerId;
    c.birthday = birthday;
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

QList<Task> openTasksOf(Database& db, qint64 clientId)
{
    TaskQuery q{QDate::currentDate().addDays(-1), QDate::currentDate().addYears(1)};
    q.clientId = clientId;
    QList<Task> tasks;
    for (const TaskOccurrence& o : requireValue(TaskRepository(db).occurrences(q)))
        tasks.append(o.task);
    return tasks;
}

QStringList titlesOf(Database& db, qint64 clientId)
{
    QStringList titles;
    for (const Task& t : openTasksOf(db, clientId))
        titles.append(t.title);
    titles.sort();
    return titles;
}

int notesOf(Database& db, qint64 clientId)
{
    int notes = 0;
    for (const Interaction& i : requireValue(InteractionRepository(db).forClient(clientId)))
        notes += i.kind == InteractionKind::Note ? 1 : 0;
    return notes;
}

QList<AuditEntry> ruleRunsOf(Database& db, qint64 clientId)
{
    QList<AuditEntry> runs;
    for (const AuditEntry& e : requireValue(clientHistory(db, clientId))) {
        if (e.action == auditAction::kRuleRun)
            runs.append(e);
    }
    return runs;
}

RuleAction taskAction(const QString& title, int dueDays)
{
    RuleAction a;
    a.kind = ActionKind::Task;
    a.title = title;
    a.dueDays = dueDays;
    return a;
}

RuleAction noteAction(const QString& text)
{
    RuleAction a;
    a.kind = ActionKind::Note;
    a.text = text;
    return a;
}

} // namespace

TEST_CASE("a rule on a stage makes its task and note once per arrival, for the deals it chooses",
          "[automation]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    REQUIRE(pipeline.stages.size() >= 3);
    const Stage first = *pipeline.firstOpenStage();
    const Stage invoice = pipeline.stages.at(1);
    REQUIRE(invoice.kind == StageKind::Open);

    Rule rule;
    rule.name = u"Після рахунку: дзвінок за 2 дні"_s;
    rule.trigger = RuleTrigger::DealEntersStage;
    rule.stageId = invoice.id;
    rule.minAmountMinor = 100000; // 1,000.00 at least
    rule.actions = {taskAction(u"Дзвінок {client}: {deal} ({amount})"_s, 2),
                    noteAction(u"Рахунок на {amount}, етап «{stage}»"_s)};
    RuleRepository rules(*db);
    requireOk(rules.save(rule));

    const qint64 client = newClient(*db, u"Коваленко"_s);
    DealRepository deals(*db);
    Deal big;
    big.clientId = client;
    big.title = u"Плитка"_s;
    big.amountMinor = 250000;
    requireOk(deals.create(big));
    Deal small;
    small.clientId = client;
    small.title = u"Клей"_s;
    small.amountMinor = 50000;
    requireOk(deals.create(small));
    CHECK(openTasksOf(*db, client).isEmpty());

    requireOk(deals.move(big, invoice.id));
    requireOk(deals.move(small, invoice.id)); // below the least amount
    QList<Task> made = openTasksOf(*db, client);
    REQUIRE(made.size() == 1);
    CHECK(made[0].title.startsWith(u"Дзвінок Коваленко Олена: Плитка (2"_s));
    CHECK(made[0].dealId == big.id);
    CHECK(made[0].dueDate == QDate::currentDate().addDays(2));
    CHECK(ruleOfTaskOrigin(made[0].origin) == rule.id);
    CHECK(notesOf(*db, client) == 1);
    QList<AuditEntry> runs = ruleRunsOf(*db, client);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].details.value(u"rule_id"_s).toInteger() == rule.id);
    CHECK_FALSE(runs[0].details.contains(u"failure"_s));
    Rule seen = requireValue(rules.load(rule.id));
    CHECK(seen.runs == 1);
    CHECK(seen.lastFailure.isEmpty());

    // Back and into the stage again: a new arrival, a new run, but no second
    // call while the first is still to be made.
    requireOk(deals.move(big, first.id));
    requireOk(deals.move(big, invoice.id));
    CHECK(openTasksOf(*db, client).size() == 1);
    CHECK(notesOf(*db, client) == 2);
    CHECK(requireValue(rules.load(rule.id)).runs == 2);

    // A move on the board undone: what the rule set up for it is called off.
    CardMove moved = requireValue(
        deals.moveCard(small.id, requireValue(deals.load(small.id)).version, first.id, 1, 0, {}));
    Deal smallNow = requireValue(deals.load(small.id));
    smallNow.amountMinor = 500000;
    requireOk(deals.update(smallNow));
    moved = requireValue(deals.moveCard(small.id, smallNow.version, invoice.id, 1, 0, {}));
    CHECK(openTasksOf(*db, client).size() == 2);
    requireValue(deals.undoMove(moved));
    CHECK(openTasksOf(*db, client).size() == 1);

    // Switched off: nothing more.
    requireOk(rules.setEnabled(rule.id, false));
    const int runsBefore = requireValue(rules.load(rule.id)).runs;
    requireOk(deals.move(big, first.id));
    requireOk(deals.move(big, invoice.id));
    CHECK(notesOf(*db, client) == 3);
    CHECK(requireValue(rules.load(rule.id)).runs == runsBefore);
}

TEST_CASE("a rule that fails is rolled back alone, says why, and the move goes on", "[automation]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const Stage* won = pipeline.firstOfKind(StageKind::Won);
    REQUIRE(won);
    // A status that is gone by the time the rule runs.
    const qint64 vanishing = requireValue(Lists(*db).idOfOrAdd(kStatuses, u"Тимчасовий"_s));
    Rule rule;
    rule.name = u"Після виграшу: статус"_s;
    rule.trigger = RuleTrigger::DealWon;
    RuleAction status;
    status.kind = ActionKind::SetField;
    status.field = RuleField::ClientStatus;
    status.valueId = vanishing;
    rule.actions = {noteAction(u"Виграно: {deal}"_s), status};
    requireOk(RuleRepository(*db).save(rule));
    requireOk(sql::exec(db->connection(), u"DELETE FROM list_items WHERE id = ?"_s, {vanishing}));

    const qint64 client = newClient(*db, u"Петренко"_s);
    DealRepository deals(*db);
    Deal deal;
    deal.clientId = client;
    deal.title = u"Ламінат"_s;
    requireOk(deals.create(deal));
    CHECK(db->takeNotices().isEmpty());
    requireOk(deals.move(deal, won->id));

    CHECK(requireValue(deals.load(deal.id)).stageId == won->id);
    CHECK(db->takeNotices().size() == 1); // the person who moved it hears of it
    CHECK(db->takeNotices().isEmpty());
    CHECK(notesOf(*db, client) == 0); // the rule's note went with its failure
    CHECK(requireValue(ClientRepository(*db).load(client)).statusId != vanishing);
    const Rule failed = requireValue(RuleRepository(*db).load(rule.id));
    CHECK_FALSE(failed.lastFailure.isEmpty());
    CHECK(failed.lastFailureAt.isValid());
    const QList<AuditEntry> runs = ruleRunsOf(*db, client);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].details.contains(u"failure"_s));
    // Saving the rule again clears the failure it showed.
    Rule fixed = failed;
    fixed.actions = {noteAction(u"Виграно: {deal}"_s)};
    requireOk(RuleRepository(*db).save(fixed));
    CHECK(requireValue(RuleRepository(*db).load(rule.id)).lastFailure.isEmpty());
}

TEST_CASE("a new client's rule, and the daily rules once per event however often they run",
          "[automation]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QDate today = QDate::currentDate();
    RuleRepository rules(*db);
    Rule welcome;
    welcome.name = u"Новий клієнт: привітати"_s;
    welcome.trigger = RuleTrigger::ClientCreated;
    welcome.actions = {taskAction(u"Знайомство з {client}"_s, 1)};
    requireOk(rules.save(welcome));
    Rule greet;
    greet.name = u"День народження за 3 дні"_s;
    greet.trigger = RuleTrigger::Birthday;
    greet.days = 3;
    greet.actions = {taskAction(u"Привітати {client} ({birthday}, за {days} дн.)"_s, 0)};
    requireOk(rules.save(greet));

    const qint64 soon = newClient(*db, u"Іменинниця"_s, 0, today.addDays(2).addYears(-30));
    const qint64 later = newClient(*db, u"Пізніша"_s, 0, today.addDays(10).addYears(-30));
    REQUIRE(openTasksOf(*db, soon).size() == 1); // the welcome
    CHECK(openTasksOf(*db, soon)[0].title == u"Знайомство з Іменинниця Олена"_s);
    CHECK(openTasksOf(*db, soon)[0].dueDate == today.addDays(1));

    CHECK(requireValue(runDailyRules(*db, today)) == 1);
    CHECK(requireValue(runDailyRules(*db, today)) == 0);
    CHECK(requireValue(runDailyRules(*db, today.addDays(1))) == 0);
    CHECK(titlesOf(*db, soon) == QStringList{u"Знайомство з Іменинниця Олена"_s,
                                             u"Привітати Іменинниця Олена (%1, за 2 дн.)"_s.arg(
                                                 today.addDays(2).toString(u"dd.MM"_s))});
    CHECK(openTasksOf(*db, later).size() == 1);

    // Overdue for contact: every 30 days, nothing for 40.
    Rule call;
    call.name = u"Давно не чули"_s;
    call.trigger = RuleTrigger::ContactOverdue;
    call.actions = {taskAction(u"Подзвонити {client}: {days} днів без зв'язку"_s, 0)};
    requireOk(rules.save(call));
    Client quiet = requireValue(ClientRepository(*db).load(later));
    quiet.contactEveryDays = 30;
    requireOk(ClientRepository(*db).update(quiet));
    requireOk(sql::exec(db->connection(), u"UPDATE clients SET created_at = ? WHERE id = ?"_s,
                        {utcTimestamp(QDateTime::currentDateTimeUtc().addDays(-40)), later}));
    CHECK(requireValue(runDailyRules(*db, today)) == 1);
    CHECK(requireValue(runDailyRules(*db, today)) == 0);
    const QStringList laterTitles = titlesOf(*db, later);
    REQUIRE(laterTitles.size() == 2);
    CHECK(laterTitles[1] == u"Подзвонити Пізніша Олена: 40 днів без зв'язку"_s);
}

TEST_CASE("rules are checked before they are saved, and only by whoever keeps the settings",
          "[automation]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    RuleRepository rules(*db);
    Rule rule;
    rule.name = u"Без дій"_s;
    rule.trigger = RuleTrigger::DealWon;
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // no action
    rule.actions = {taskAction(u"  "_s, 1)};
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // a title of nothing
    rule.actions = {taskAction(u"Дзвінок"_s, 400)};
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // more than a year away
    rule.actions = {taskAction(u"Дзвінок"_s, 2)};
    rule.trigger = RuleTrigger::DealEntersStage;
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // which stage?
    rule.stageId = 999999;
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // no such stage
    rule.trigger = RuleTrigger::ClientCreated;
    RuleAction dealManager;
    dealManager.kind = ActionKind::SetField;
    dealManager.field = RuleField::DealManager;
    dealManager.valueId = 1;
    rule.actions = {dealManager};
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Invalid); // a client has no deal
    rule.actions = {taskAction(u"Дзвінок"_s, 2)};
    requireOk(rules.save(rule));
    CHECK(rule.stageId == 0); // a client's rule keeps no stage
    Rule stale = rule;
    requireOk(rules.save(rule));
    CHECK(errorKind(rules.save(stale)) == ErrorKind::Conflict);
    CHECK(errorKind(actionsFromJson(u"[{\"kind\":\"fax\"}]"_s)) == ErrorKind::Corrupt);
    // Placeholders the event fills, each field set once, a name of a line.
    Rule odd = rule;
    odd.actions = {taskAction(u"Привіт {clinet}"_s, 1)};
    CHECK(errorKind(rules.save(odd)) == ErrorKind::Invalid);
    odd.actions = {taskAction(u"Дзвінок щодо {deal}"_s, 1)}; // a new client has no deal
    CHECK(errorKind(rules.save(odd)) == ErrorKind::Invalid);
    odd.trigger = RuleTrigger::DealWon;
    requireOk(rules.save(odd));
    RuleAction status;
    status.kind = ActionKind::SetField;
    status.field = RuleField::ClientStatus;
    status.valueId = requireValue(Lists(*db).items(kStatuses)).first().id;
    odd.actions = {status, status};
    CHECK(errorKind(rules.save(odd)) == ErrorKind::Invalid);
    odd.actions = {status};
    odd.name = QString(201, u'я');
    CHECK(errorKind(rules.save(odd)) == ErrorKind::Invalid);

    const QString password = u"correct-horse-1"_s;
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, password));
    requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, password));
    db->setPrincipal(requireValue(accounts.signIn(u"olena"_s, password)));
    CHECK(errorKind(rules.save(rule)) == ErrorKind::Forbidden);
    CHECK(errorKind(rules.setEnabled(rule.id, false)) == ErrorKind::Forbidden);
    CHECK(errorKind(rules.remove(rule.id)) == ErrorKind::Forbidden);
    CHECK(requireValue(rules.list()).size() == 1); // she reads them
}

TEST_CASE("a rule a manager's move sets off runs as her, and what she may not do fails alone",
          "[automation][access]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString password = u"correct-horse-1"_s;
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, password));
    const qint64 olena =
        requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, password)).id;
    const qint64 bohdan =
        requireValue(accounts.add(u"bohdan"_s, u"Bohdan Bondar"_s, Role::Manager, password)).id;
    db->setPrincipal(requireValue(accounts.signIn(u"owner"_s, password)));
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const Stage* lost = pipeline.firstOfKind(StageKind::Lost);
    REQUIRE(lost);
    Rule handOver;
    handOver.name = u"Програно: до Богдана"_s;
    handOver.trigger = RuleTrigger::DealLost;
    RuleAction manager;
    manager.kind = ActionKind::SetField;
    manager.field = RuleField::ClientManager;
    manager.valueId = bohdan;
    handOver.actions = {manager};
    requireOk(RuleRepository(*db).save(handOver));
    Rule report;
    report.name = u"Програно: власникові"_s;
    report.trigger = RuleTrigger::DealLost;
    RuleAction toOwner = taskAction(u"Переглянути {deal}"_s, 2);
    toOwner.responsibleId = requireValue(accounts.byLogin(u"owner"_s)).id;
    RuleAction toBohdan = taskAction(u"Допомогти з {deal}"_s, 2);
    toBohdan.responsibleId = bohdan; // who does not see her client: hers instead
    report.actions = {toOwner, toBohdan};
    requireOk(RuleRepository(*db).save(report));
    Rule followUp;
    followUp.name = u"Програно: з'ясувати причину"_s;
    followUp.trigger = RuleTrigger::DealLost;
    followUp.managerId = olena;
    followUp.actions = {taskAction(u"Чому програли {deal}?"_s, 1)};
    requireOk(RuleRepository(*db).save(followUp));

    const qint64 hers = newClient(*db, u"Антоненко"_s, olena);
    db->setPrincipal(requireValue(accounts.signIn(u"olena"_s, password)));
    DealRepository deals(*db);
    Deal deal;
    deal.clientId = hers;
    deal.title = u"Двері"_s;
    requireOk(deals.create(deal));
    const qint64 reason = requireValue(Lists(*db).items(kLossReasons)).first().id;
    requireOk(deals.move(deal, lost->id, reason));

    // Her client stays hers: giving it away is not hers to do. Her task came.
    CHECK(requireValue(ClientRepository(*db).load(hers)).managerId == olena);
    CHECK(requireValue(RuleRepository(*db).load(handOver.id)).lastFailure.size() > 0);
    // She sees her own; the owner's task is there too, given by the rule.
    QHash<QString, qint64> whose;
    db->setPrincipal(requireValue(accounts.signIn(u"owner"_s, password)));
    for (const Task& t : openTasksOf(*db, hers))
        whose.insert(t.title, t.responsibleId);
    CHECK(whose.value(u"Чому програли Двері?"_s) == olena);
    CHECK(whose.value(u"Переглянути Двері"_s) == requireValue(accounts.byLogin(u"owner"_s)).id);
    CHECK(whose.value(u"Допомогти з Двері"_s) == olena);
    CHECK(requireValue(RuleRepository(*db).load(followUp.id)).lastFailure.isEmpty());
}
