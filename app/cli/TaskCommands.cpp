// tasks add|list|done|cancel and today: tasks from scripts.
#include "CliContext.h"

#include "clients/Lists.h"
#include "storage/Database.h"
#include "tasks/TaskRepository.h"
#include "tasks/Today.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

// --due and --day: "YYYY-MM-DD", --due also "YYYY-MM-DDTHH:MM".
struct Due
{
    QDate day;
    std::optional<QTime> time;
};

Result<Due> parseDue(const QString& option, const QString& text, bool withTime)
{
    const QString trimmed = text.trimmed();
    Due due;
    due.day = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (due.day.isValid() && trimmed.size() == 10)
        return due;
    if (due.day.isValid() && withTime && trimmed.size() == 16 && trimmed.at(10) == u'T') {
        const QTime time = QTime::fromString(trimmed.mid(11), u"HH:mm"_s);
        if (time.isValid()) {
            due.time = time;
            return due;
        }
    }
    return makeError(ErrorKind::Invalid,
                     withTime
                         ? Tr::tr("--%1 takes a day, YYYY-MM-DD, or a day and a time, "
                                  "YYYY-MM-DDTHH:MM, not \"%2\".")
                               .arg(option, text)
                         : Tr::tr("--%1 takes a day, YYYY-MM-DD, not \"%2\".").arg(option, text));
}

QString dueText(const QDate& day, const std::optional<QTime>& time)
{
    return day.toString(Qt::ISODate) + (time ? u" "_s + time->toString(u"HH:mm"_s) : QString());
}

QJsonObject taskJson(const Task& t)
{
    QJsonArray reminders;
    for (const TaskReminder& r : t.reminders)
        reminders.append(reminderText(r));
    return {{u"id"_s, t.id},
            {u"title"_s, t.title},
            {u"kind"_s, t.kind},
            {u"client_id"_s, t.clientId},
            {u"deal_id"_s, t.dealId},
            {u"responsible"_s, t.responsible},
            {u"due"_s, QString(t.dueDate.toString(Qt::ISODate) +
                               (t.dueTime ? u"T"_s + t.dueTime->toString(u"HH:mm"_s) : QString()))},
            {u"repeat"_s, t.repeatRule},
            {u"notes"_s, t.notes},
            {u"reminders"_s, reminders},
            {u"state"_s, taskStateName(t.state)}};
}

// An occurrence: its task, with the day it is of, when it is due, its state.
QJsonObject occurrenceJson(const TaskOccurrence& o, const QDateTime& now)
{
    QJsonObject json = taskJson(o.task);
    json.remove(u"reminders"_s); // not read for a list
    json.insert(u"day"_s, o.occursOn.toString(Qt::ISODate));
    json.insert(u"due"_s, o.wholeDay ? o.start.date().toString(Qt::ISODate)
                                     : o.start.toString(u"yyyy-MM-ddTHH:mm"_s));
    json.insert(u"state"_s, taskStateName(o.state));
    json.insert(u"result"_s, o.result);
    json.insert(u"overdue"_s, o.isOverdue(now));
    return json;
}

// A task's line in a list: its number, when, kind, title, person, lateness.
QString occurrenceLine(const TaskOccurrence& o, const QDateTime& now)
{
    QString line =
        u"%1  %2  "_s.arg(o.task.id, 6)
            .arg(dueText(o.start.date(), o.wholeDay ? std::nullopt : std::optional(o.start.time())),
                 -16);
    if (!o.task.kind.isEmpty())
        line += u"[%1] "_s.arg(o.task.kind);
    line += o.task.title;
    if (!o.task.clientName.isEmpty())
        line += u" · "_s + o.task.clientName;
    if (!o.task.responsible.isEmpty())
        line += u" — "_s + o.task.responsible;
    if (o.isOverdue(now))
        line += u"  "_s + Tr::tr("(overdue)");
    return line;
}

int tasksAdd(const CliContext& context, Database& db)
{
    if (!context.has(u"title"_s))
        return context.fail(Tr::tr("Use: tasks add --title T [--due YYYY-MM-DD[THH:MM]] ... "
                                   "See --help."));
    Task task;
    task.title = context.option(u"title"_s);
    Result<qint64> client = context.number(u"client"_s, 1, kMaxId, 0);
    if (!client)
        return context.fail(client.error());
    task.clientId = *client;
    Result<qint64> deal = context.number(u"deal"_s, 1, kMaxId, 0);
    if (!deal)
        return context.fail(deal.error());
    task.dealId = *deal;
    if (context.has(u"kind"_s)) {
        Lists lists(db);
        Result<qint64> kind = context.named(lists, kTaskKinds, u"kind"_s);
        if (!kind)
            return context.fail(kind.error());
        task.kindId = *kind;
    }
    task.dueDate = QDate::currentDate();
    if (context.has(u"due"_s)) {
        Result<Due> due = parseDue(u"due"_s, context.option(u"due"_s), true);
        if (!due)
            return context.fail(due.error());
        task.dueDate = due->day;
        task.dueTime = due->time;
    }
    for (const QString& text : context.options(u"remind"_s)) {
        Result<TaskReminder> reminder = parseReminder(text, QTimeZone::systemTimeZone());
        if (!reminder)
            return context.fail(
                makeError(ErrorKind::Invalid, u"--remind: "_s + reminder.error().message));
        task.reminders.append(*reminder);
    }
    task.repeatRule = context.option(u"repeat"_s).trimmed();
    task.notes = context.option(u"notes"_s);
    if (context.has(u"for"_s)) {
        Result<qint64> responsible = context.staff(db, u"for"_s);
        if (!responsible)
            return context.fail(responsible.error());
        task.responsibleId = *responsible;
    }
    TaskRepository tasks(db);
    if (Status s = tasks.create(task); !s)
        return context.fail(s.error());
    // Read back: the kind's and the responsible person's names.
    Result<Task> saved = tasks.load(task.id);
    if (!saved)
        return context.fail(saved.error());
    return context.answer(Tr::tr("Added task %1, \"%2\", due %3.")
                              .arg(saved->id)
                              .arg(saved->title, dueText(saved->dueDate, saved->dueTime)),
                          taskJson(*saved));
}

int tasksList(const CliContext& context, Database& db)
{
    const bool overdue = context.has(u"overdue"_s);
    const QDate today = QDate::currentDate();
    TaskQuery query;
    query.overdueOnly = overdue;
    // Overdue ones: of the year Today looks back over unless --from says
    // otherwise; else a week from today.
    query.from = overdue ? today.addDays(-TodayQuery{}.overdueDays) : today;
    if (context.has(u"from"_s)) {
        Result<Due> from = parseDue(u"from"_s, context.option(u"from"_s), false);
        if (!from)
            return context.fail(from.error());
        query.from = from->day;
    }
    query.to = overdue ? today : query.from.addDays(6);
    if (!context.to.isEmpty()) {
        Result<Due> to = parseDue(u"to"_s, context.to, false);
        if (!to)
            return context.fail(to.error());
        query.to = to->day;
    }
    if (context.has(u"for"_s)) {
        Result<qint64> responsible = context.staff(db, u"for"_s);
        if (!responsible)
            return context.fail(responsible.error());
        query.responsibleId = *responsible;
    }
    Result<qint64> client = context.number(u"client"_s, 1, kMaxId, 0);
    if (!client)
        return context.fail(client.error());
    query.clientId = *client;
    Result<QList<TaskOccurrence>> found = TaskRepository(db).occurrences(query);
    if (!found)
        return context.fail(found.error());
    const QDateTime now = QDateTime::currentDateTime();
    QJsonArray rows;
    QStringList lines;
    for (const TaskOccurrence& o : *found) {
        rows.append(occurrenceJson(o, now));
        lines << occurrenceLine(o, now);
    }
    if (lines.isEmpty())
        return context.answer(
            Tr::tr("No tasks from %1 to %2.")
                .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)),
            rows);
    return context.answer(lines.join(u'\n'), rows);
}

// tasks done|cancel ID [--day D]: the task, or its occurrence on that day.
int tasksClose(const CliContext& context, Database& db, bool done)
{
    Result<qint64> id = context.id(1, Tr::tr("There is no task \"%1\"."));
    if (!id)
        return context.fail(id.error());
    QDate day;
    if (context.has(u"day"_s)) {
        Result<Due> parsed = parseDue(u"day"_s, context.option(u"day"_s), false);
        if (!parsed)
            return context.fail(parsed.error());
        day = parsed->day;
    }
    TaskRepository tasks(db);
    Result<Task> task = tasks.load(*id);
    if (!task)
        return context.fail(task.error());
    if (!task->repeats() && day.isValid() && day != task->dueDate)
        return context.fail(makeError(
            ErrorKind::Invalid, Tr::tr("Task %1 does not repeat: it is due on %2. Leave --day out.")
                                    .arg(*id)
                                    .arg(task->dueDate.toString(Qt::ISODate))));
    if (task->repeats() && !day.isValid() && done)
        return context.fail(makeError(
            ErrorKind::Invalid,
            Tr::tr("Task %1 repeats: say which day is done with --day YYYY-MM-DD.").arg(*id)));
    const Status s =
        done ? tasks.complete(*id, day, context.option(u"result"_s)) : tasks.cancel(*id, day);
    if (!s)
        return context.fail(s.error());
    const QJsonObject json{{u"id"_s, *id},
                           {u"day"_s, day.toString(Qt::ISODate)},
                           {u"state"_s, done ? u"done"_s : u"cancelled"_s}};
    if (done)
        return context.answer(task->clientId > 0
                                  ? Tr::tr("Task %1 is done; it is on client %2's timeline.")
                                        .arg(*id)
                                        .arg(task->clientId)
                                  : Tr::tr("Task %1 is done.").arg(*id),
                              json);
    return context.answer(Tr::tr("Task %1 is cancelled.").arg(*id), json);
}

// A part of the day: its heading with how many, then its lines indented.
void addPart(QStringList& out, const QString& heading, qsizetype count, const QStringList& lines)
{
    if (count == 0)
        return;
    out << u"%1 (%2)"_s.arg(heading).arg(count);
    for (const QString& line : lines)
        out << u"  "_s + line;
}

QJsonArray occurrencesJson(const QList<TaskOccurrence>& list, const QDateTime& now,
                           QStringList* lines)
{
    QJsonArray rows;
    for (const TaskOccurrence& o : list) {
        rows.append(occurrenceJson(o, now));
        *lines << occurrenceLine(o, now);
    }
    return rows;
}

} // namespace

// today [--for LOGIN | --all]: the Today screen's parts, as text or JSON.
int runToday(const CliContext& context)
{
    Result<std::unique_ptr<Database>> opened = openDatabase(context.openOptions());
    if (!opened)
        return context.fail(opened.error());
    Database& db = **opened;
    TodayQuery query;
    query.today = QDate::currentDate();
    query.personId = db.principal().accountId; // a base without accounts: everyone's
    if (context.has(u"all"_s))
        query.personId = 0;
    if (context.has(u"for"_s)) {
        Result<qint64> person = context.staff(db, u"for"_s);
        if (!person)
            return context.fail(person.error());
        query.personId = *person;
    }
    Result<TodayView> read = readToday(db, query);
    if (!read)
        return context.fail(read.error());
    const TodayView& view = *read;
    const QDateTime now = QDateTime::currentDateTime();

    QStringList out, overdue, today, tomorrow, calls, birthdays, deals;
    QJsonObject json{{u"day"_s, query.today.toString(Qt::ISODate)},
                     {u"overdue"_s, occurrencesJson(view.overdue, now, &overdue)},
                     {u"today"_s, occurrencesJson(view.today, now, &today)},
                     {u"tomorrow"_s, occurrencesJson(view.tomorrow, now, &tomorrow)}};
    QJsonArray toCall;
    for (const DriftingClient& c : view.toCall) {
        toCall.append(QJsonObject{{u"client_id"_s, c.clientId},
                                  {u"name"_s, c.name},
                                  {u"phone"_s, c.phone},
                                  {u"last_purchase"_s, c.lastPurchase.toString(Qt::ISODate)},
                                  {u"manager"_s, c.manager}});
        calls << Tr::tr("client %1  %2%3, last purchase %n day(s) ago", nullptr, c.daysSinceLast)
                     .arg(c.clientId)
                     .arg(c.name, c.phone.isEmpty() ? QString() : u", "_s + c.phone);
    }
    json.insert(u"to_call"_s, toCall);
    QJsonArray owed;
    QStringList touch;
    for (const OutOfTouchClient& c : view.outOfTouch) {
        owed.append(
            QJsonObject{{u"client_id"_s, c.clientId},
                        {u"name"_s, c.name},
                        {u"phone"_s, c.phone},
                        {u"every_days"_s, c.everyDays},
                        {u"last_contact"_s, c.lastContact.isValid()
                                                ? QJsonValue(c.lastContact.toString(Qt::ISODate))
                                                : QJsonValue()},
                        {u"manager"_s, c.manager}});
        touch << Tr::tr("client %1  %2%3, every %4 days, nothing for %n day(s)", nullptr,
                        c.daysSince)
                     .arg(c.clientId)
                     .arg(c.name, c.phone.isEmpty() ? QString() : u", "_s + c.phone)
                     .arg(c.everyDays);
    }
    json.insert(u"out_of_touch"_s, owed);
    QJsonArray greet;
    for (const UpcomingBirthday& b : view.birthdays) {
        greet.append(QJsonObject{{u"client_id"_s, b.clientId},
                                 {u"name"_s, b.name},
                                 {u"phone"_s, b.phone},
                                 {u"day"_s, b.next.toString(Qt::ISODate)},
                                 {u"turns"_s, b.turns}});
        birthdays << Tr::tr("%1  client %2  %3, turns %4")
                         .arg(b.next.toString(Qt::ISODate))
                         .arg(b.clientId)
                         .arg(b.name)
                         .arg(b.turns);
    }
    json.insert(u"birthdays"_s, greet);
    QJsonArray forgotten;
    for (const RottingDeal& d : view.rotting.deals) {
        forgotten.append(QJsonObject{{u"deal_id"_s, d.dealId},
                                     {u"title"_s, d.title},
                                     {u"client_id"_s, d.clientId},
                                     {u"client"_s, d.clientName},
                                     {u"stage"_s, d.stageName},
                                     {u"amount_minor"_s, d.amountMinor},
                                     {u"currency"_s, d.currency},
                                     {u"last_activity"_s, utcTimestamp(d.lastActivity)},
                                     {u"manager"_s, d.manager}});
        deals << Tr::tr("deal %1  %2 (%3) · %4, nothing since %5")
                     .arg(d.dealId)
                     .arg(d.title, d.stageName, d.clientName,
                          d.lastActivity.toLocalTime().date().toString(Qt::ISODate));
    }
    json.insert(u"rotting_deals"_s, forgotten);
    json.insert(u"rotting_deals_total"_s, view.rotting.total);

    if (view.olderOverdue > 0)
        overdue << Tr::tr("… and %n more overdue for over a year: tasks list --overdue --from "
                          "YYYY-MM-DD",
                          nullptr, view.olderOverdue);
    json.insert(u"older_overdue"_s, view.olderOverdue);
    addPart(out, Tr::tr("Overdue"), view.overdue.size() + view.olderOverdue, overdue);
    addPart(out, Tr::tr("Today"), view.today.size(), today);
    addPart(out, Tr::tr("Tomorrow"), view.tomorrow.size(), tomorrow);
    addPart(out, Tr::tr("Regular clients to call"), view.toCall.size(), calls);
    addPart(out, Tr::tr("Clients owed a contact"), view.outOfTouch.size(), touch);
    addPart(out, Tr::tr("Birthdays"), view.birthdays.size(), birthdays);
    if (view.rotting.total > view.rotting.deals.size())
        deals << Tr::tr("… and %n more (the board's \"Rotting only\" shows them all)", nullptr,
                        int(view.rotting.total - view.rotting.deals.size()));
    addPart(out, Tr::tr("Deals forgotten on the board"), view.rotting.total, deals);
    if (out.isEmpty())
        out << Tr::tr("Nothing for today: no tasks, nobody to call, no birthdays.");
    return context.answer(out.join(u'\n'), json);
}

int runTasks(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"add" && sub != u"list" && sub != u"done" && sub != u"cancel")
        return context.fail(Tr::tr("Use: tasks add|list|done|cancel. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    if (sub == u"add")
        return tasksAdd(context, **db);
    if (sub == u"list")
        return tasksList(context, **db);
    return tasksClose(context, **db, sub == u"done");
}

} // namespace kartoteka::cli
