// Tasks (issue 15): repeat rules expanded by libical (weekly on days, the
// last working day, 29 February, a series across a change of daylight-saving
// time), tasks written and read on both backends, a done task on the
// client's timeline, one occurrence of a series done, cancelled or moved
// alone, and the access rule: a manager reaches their own tasks and those on
// their clients, and gives tasks to nobody else.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/ContactHabits.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "storage/Sql.h"
#include "tasks/BirthdayTasks.h"
#include "tasks/KeepInTouch.h"
#include "tasks/Recurrence.h"
#include "tasks/Reminders.h"
#include "tasks/RepeatSale.h"
#include "tasks/TaskRepository.h"
#include "tasks/Today.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// The kind of a refusal; none for success.
template <typename T> std::optional<ErrorKind> errorKind(const T& outcome)
{
    if (outcome)
        return std::nullopt;
    return outcome.error().kind;
}

QList<QDate> days(const QString& rule, const QDate& first, const QDate& from, const QDate& to)
{
    return requireValue(occurrenceDays(rule, first, from, to));
}

qint64 newClient(Database& db, const QString& last, qint64 managerId = 0)
{
    Client c;
    c.lastName = last;
    c.firstName = u"Олена"_s;
    c.managerId = managerId;
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

qint64 kindAt(Database& db, int position)
{
    return requireValue(Lists(db).items(kTaskKinds)).at(position).id;
}

} // namespace

TEST_CASE("repeat rules expand as a calendar does", "[tasks][recurrence]")
{
    // Mondays and Thursdays from Wednesday 2 December 2026.
    CHECK(days(u"FREQ=WEEKLY;BYDAY=MO,TH"_s, {2026, 12, 2}, {2026, 12, 1}, {2026, 12, 14}) ==
          QList<QDate>{{2026, 12, 3}, {2026, 12, 7}, {2026, 12, 10}, {2026, 12, 14}});
    // The last working day of each month.
    CHECK(days(u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s, {2026, 1, 1}, {2026, 1, 1},
               {2026, 6, 30}) == QList<QDate>{{2026, 1, 30},
                                              {2026, 2, 27},
                                              {2026, 3, 31},
                                              {2026, 4, 30},
                                              {2026, 5, 29},
                                              {2026, 6, 30}});
    // 29 February comes in leap years only.
    CHECK(days(u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"_s, {2024, 2, 29}, {2024, 1, 1},
               {2033, 1, 1}) == QList<QDate>{{2024, 2, 29}, {2028, 2, 29}, {2032, 2, 29}});
    // The 31st: months without one are skipped, as RFC 5545 says.
    CHECK(days(u"FREQ=MONTHLY;BYMONTHDAY=31"_s, {2026, 1, 31}, {2026, 1, 1}, {2026, 5, 31}) ==
          QList<QDate>{{2026, 1, 31}, {2026, 3, 31}, {2026, 5, 31}});
    // COUNT counts from the series' first day, whatever the period asked.
    CHECK(days(u"FREQ=DAILY;COUNT=5"_s, {2026, 3, 1}, {2026, 3, 4}, {2026, 3, 31}) ==
          QList<QDate>{{2026, 3, 4}, {2026, 3, 5}});
    CHECK(days(u"FREQ=WEEKLY;UNTIL=20260322"_s, {2026, 3, 1}, {2026, 1, 1}, {2026, 12, 31}) ==
          QList<QDate>{{2026, 3, 1}, {2026, 3, 8}, {2026, 3, 15}, {2026, 3, 22}});
    CHECK(requireValue(lastOccurrenceDay(u"FREQ=DAILY;COUNT=5"_s, {2026, 3, 1})) ==
          QDate(2026, 3, 5));
    CHECK(requireValue(lastOccurrenceDay(u"FREQ=WEEKLY;UNTIL=20260322"_s, {2026, 3, 1})) ==
          QDate(2026, 3, 22));
    CHECK(requireValue(lastOccurrenceDay(u"FREQ=WEEKLY;BYDAY=MO"_s, {2026, 3, 1})).isNull());
    CHECK(requireValue(isOccurrenceDay(u"FREQ=WEEKLY;BYDAY=MO"_s, {2026, 12, 7}, {2026, 12, 21})));
    CHECK_FALSE(
        requireValue(isOccurrenceDay(u"FREQ=WEEKLY;BYDAY=MO"_s, {2026, 12, 7}, {2026, 12, 22})));

    for (const QString& bad : {u""_s, u"weekly"_s, u"FREQ=FORTNIGHTLY"_s, u"FREQ=HOURLY"_s,
                               u"FREQ=MINUTELY;COUNT=3"_s, u"RRULE:FREQ=DAILY"_s}) {
        INFO(bad.toStdString());
        CHECK(errorKind(checkRepeatRule(bad)) == ErrorKind::Invalid);
    }
    requireOk(checkRepeatRule(u"freq=weekly;byday=mo"_s));
}

TEST_CASE("a weekly task keeps its time on the clock across a change of daylight-saving time",
          "[tasks][recurrence]")
{
    const QTimeZone kyiv("Europe/Kyiv");
    REQUIRE(kyiv.isValid());
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    TaskRepository tasks(*db, kyiv);
    Task weekly;
    weekly.title = u"Звірка з постачальником"_s;
    weekly.dueDate = {2026, 10, 15};
    weekly.dueTime = QTime(10, 0);
    weekly.repeatRule = u"FREQ=WEEKLY"_s;
    requireOk(tasks.create(weekly));
    const QList<TaskOccurrence> found =
        requireValue(tasks.occurrences({QDate(2026, 10, 20), QDate(2026, 11, 1)}));
    REQUIRE(found.size() == 2);
    // Summer time ends on 25 October: 10:00 is 07:00 UTC before, 08:00 after.
    CHECK(found[0].start.toUTC() == QDateTime(QDate(2026, 10, 22), QTime(7, 0), QTimeZone::utc()));
    CHECK(found[1].start.toUTC() == QDateTime(QDate(2026, 10, 29), QTime(8, 0), QTimeZone::utc()));
    CHECK(found[1].start.time() == QTime(10, 0));
}

TEST_CASE("tasks are written, listed, done onto the timeline, and changed one occurrence at a time",
          "[tasks]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    TaskRepository tasks(*db);
    // The seeded kinds, call first; what a done one becomes is kept apart
    // from its name.
    const QList<ListItem> kinds = requireValue(Lists(*db).items(kTaskKinds));
    REQUIRE(kinds.size() == 6);
    CHECK(kinds.first().name == u"Call"_s);

    const qint64 client = newClient(*db, u"Коваленко"_s);
    const QDate today = QDate::currentDate();
    Task call;
    call.title = u"Передзвонити щодо плитки"_s;
    call.kindId = kindAt(*db, 0);
    call.clientId = client;
    call.dueDate = today.addDays(3);
    call.reminders = {TaskReminder{24 * 60, {}}, TaskReminder{15, {}}};
    requireOk(tasks.create(call));
    CHECK(call.id > 0);
    const Task loaded = requireValue(tasks.load(call.id));
    CHECK(loaded.title == call.title);
    CHECK(loaded.kind == u"Call"_s);
    CHECK(loaded.clientId == client);
    CHECK(loaded.dueDate == call.dueDate);
    CHECK_FALSE(loaded.dueTime.has_value());
    CHECK(loaded.reminders == call.reminders);

    // A stale save is refused; a fresh one changes it.
    Task edited = loaded;
    edited.dueTime = QTime(14, 30);
    edited.durationMinutes = 30;
    requireOk(tasks.update(edited));
    Task stale = loaded;
    stale.title = u"Інше"_s;
    CHECK(errorKind(tasks.update(stale)) == ErrorKind::Conflict);

    // Refused: no title, a made-up kind, a rule that is none, a missing client.
    Task bad = call;
    bad.id = 0;
    bad.title = u"  "_s;
    CHECK(errorKind(tasks.create(bad)) == ErrorKind::Invalid);
    bad.title = u"x"_s;
    bad.kindId = 999999;
    CHECK(errorKind(tasks.create(bad)) == ErrorKind::Invalid);
    bad.kindId = 0;
    bad.repeatRule = u"every tuesday"_s;
    CHECK(errorKind(tasks.create(bad)) == ErrorKind::Invalid);
    bad.repeatRule.clear();
    bad.clientId = 999999;
    CHECK(errorKind(tasks.create(bad)) == ErrorKind::NotFound);

    // Done: gone from the open list, on the timeline as the call it was.
    QList<TaskOccurrence> open = requireValue(tasks.occurrences({today, today.addDays(7)}));
    REQUIRE(open.size() == 1);
    CHECK_FALSE(open[0].wholeDay);
    requireOk(tasks.complete(call.id, {}, u"Домовились на п'ятницю"_s));
    CHECK(requireValue(tasks.occurrences({today, today.addDays(7)})).isEmpty());
    TaskQuery all{today, today.addDays(7)};
    all.withClosed = true;
    QList<TaskOccurrence> closed = requireValue(tasks.occurrences(all));
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].state == TaskState::Done);
    const QList<Interaction> timeline = requireValue(InteractionRepository(*db).forClient(client));
    REQUIRE(timeline.size() == 1);
    CHECK(timeline[0].kind == InteractionKind::Call);
    CHECK(timeline[0].result == u"Домовились на п'ятницю"_s);
    CHECK(timeline[0].text == call.title);
    CHECK(errorKind(tasks.complete(call.id, {}, {})) == ErrorKind::Conflict);

    // A series every day: one day done, one cancelled, one moved; the rest open.
    Task daily;
    daily.title = u"Перевірити замовлення"_s;
    daily.kindId = kindAt(*db, 4); // a to-do: a note on the timeline
    daily.clientId = client;
    daily.dueDate = today;
    daily.repeatRule = u"FREQ=DAILY;COUNT=5"_s;
    requireOk(tasks.create(daily));
    requireOk(tasks.complete(daily.id, today.addDays(1), u"Все гаразд"_s));
    requireOk(tasks.cancel(daily.id, today.addDays(2)));
    requireOk(tasks.reschedule(daily.id, today.addDays(3), today.addDays(10), QTime(16, 0)));
    CHECK(errorKind(tasks.complete(daily.id, today.addDays(30), {})) == ErrorKind::Invalid);
    QList<QDate> openDays;
    for (const TaskOccurrence& o : requireValue(tasks.occurrences({today, today.addDays(14)})))
        openDays << o.start.date();
    CHECK(openDays == QList<QDate>{today, today.addDays(4), today.addDays(10)});
    CHECK(requireValue(InteractionRepository(*db).forClient(client)).first().kind ==
          InteractionKind::Note);
    // Cancelling the whole series leaves nothing open.
    requireOk(tasks.cancel(daily.id, {}));
    CHECK(requireValue(tasks.occurrences({today, today.addDays(14)})).isEmpty());

    // Overdue: an open task of yesterday.
    Task late;
    late.title = u"Надіслати рахунок"_s;
    late.dueDate = today.addDays(-1);
    requireOk(tasks.create(late));
    TaskQuery overdue{today.addDays(-30), today};
    overdue.overdueOnly = true;
    const QList<TaskOccurrence> lateOnes = requireValue(tasks.occurrences(overdue));
    REQUIRE(lateOnes.size() == 1);
    CHECK(lateOnes[0].task.id == late.id);
}

TEST_CASE("a manager reaches their own tasks and those on their clients, and assigns no one else",
          "[tasks][access]")
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
    const Principal owner = requireValue(accounts.signIn(u"owner"_s, password));
    const Principal a = requireValue(accounts.signIn(u"olena"_s, password));
    const qint64 hers = newClient(*db, u"Антоненко"_s, olena);
    const qint64 his = newClient(*db, u"Бондаренко"_s, bohdan);
    const QDate today = QDate::currentDate();

    // The owner cannot give Bohdan a task on Olena's client, whose card he
    // does not see; she keeps one on it herself, and gives him one on his.
    db->setPrincipal(owner);
    TaskRepository tasks(*db);
    Task onHers{};
    onHers.title = u"Зустріч на об'єкті"_s;
    onHers.clientId = hers;
    onHers.responsibleId = bohdan;
    onHers.dueDate = today;
    CHECK(errorKind(tasks.create(onHers)) == ErrorKind::Invalid);
    onHers.responsibleId = 0;
    requireOk(tasks.create(onHers));
    Task onHis{};
    onHis.title = u"Дзвінок Бондаренку"_s;
    onHis.clientId = his;
    onHis.responsibleId = bohdan;
    onHis.dueDate = today;
    requireOk(tasks.create(onHis));

    db->setPrincipal(a);
    QList<qint64> seen;
    for (const TaskOccurrence& o : requireValue(tasks.occurrences({today, today})))
        seen << o.task.id;
    CHECK(seen == QList<qint64>{onHers.id});
    CHECK(errorKind(tasks.load(onHis.id)) == ErrorKind::NotFound);
    CHECK(errorKind(tasks.complete(onHis.id, {}, {})) == ErrorKind::NotFound);
    CHECK(errorKind(tasks.cancel(onHis.id, {})) == ErrorKind::NotFound);
    // Her own task: hers by default; on his client, or for him: refused.
    Task mine{};
    mine.title = u"Підготувати пропозицію"_s;
    mine.dueDate = today;
    requireOk(tasks.create(mine));
    CHECK(requireValue(tasks.load(mine.id)).responsibleId == olena);
    Task onHisClient = mine;
    onHisClient.id = 0;
    onHisClient.clientId = his;
    CHECK(errorKind(tasks.create(onHisClient)) == ErrorKind::NotFound);
    Task forHim = mine;
    forHim.id = 0;
    forHim.responsibleId = bohdan;
    CHECK(errorKind(tasks.create(forHim)) == ErrorKind::Forbidden);
    // His tasks and his client's are refused her, not shown as none.
    CHECK(errorKind(tasks.occurrences({today, today, bohdan})) == ErrorKind::Forbidden);
    TaskQuery ofHisClient{today, today};
    ofHisClient.clientId = his;
    CHECK(errorKind(tasks.occurrences(ofHisClient)) == ErrorKind::NotFound);
    TodayQuery hisDay;
    hisDay.today = today;
    hisDay.personId = bohdan;
    CHECK(errorKind(readToday(*db, hisDay)) == ErrorKind::Forbidden);
    // A title is a line of visible text.
    Task odd = mine;
    odd.id = 0;
    odd.title = u"\u200B"_s;
    CHECK(errorKind(tasks.create(odd)) == ErrorKind::Invalid);
    odd.title = u"Дзвінок\nклієнту\x1b[31m"_s;
    CHECK(errorKind(tasks.create(odd)) == ErrorKind::Invalid);
}

TEST_CASE("reminders come due once each, for the person responsible, missed ones too",
          "[tasks][reminders]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    TaskRepository tasks(*db, zone);
    const QDate day = QDate::currentDate().addDays(2);
    auto at = [&](const QDate& d, int hour, int minute = 0) {
        return QDateTime(d, QTime(hour, minute), zone);
    };
    Task meeting;
    meeting.title = u"Зустріч на об'єкті"_s;
    meeting.dueDate = day;
    meeting.dueTime = QTime(10, 0);
    meeting.reminders = {TaskReminder{24 * 60, {}}, TaskReminder{15, {}}};
    requireOk(tasks.create(meeting));
    Task daily;
    daily.title = u"Звіт за день"_s;
    daily.dueDate = day.addDays(-1);
    daily.dueTime = QTime(18, 0);
    daily.repeatRule = u"FREQ=DAILY"_s;
    daily.reminders = {TaskReminder{30, {}}};
    requireOk(tasks.create(daily));
    Task silent; // no reminders: never looked at
    silent.title = u"Без нагадувань"_s;
    silent.dueDate = day;
    requireOk(tasks.create(silent));

    // The day before, 10:00: the meeting's "a day before" is due.
    QList<DueReminder> due = requireValue(
        dueReminders(*db, 0, at(day.addDays(-1), 9, 0), at(day.addDays(-1), 10, 0), zone));
    REQUIRE(due.size() == 1);
    CHECK(due[0].taskId == meeting.id);
    CHECK(due[0].remindAt == at(day.addDays(-1), 10, 0));
    CHECK(requireValue(claimReminder(*db, due[0])));
    CHECK_FALSE(requireValue(claimReminder(*db, due[0])));
    CHECK(requireValue(
              dueReminders(*db, 0, at(day.addDays(-1), 9, 0), at(day.addDays(-1), 10, 0), zone))
              .isEmpty());

    // The program closed from then to 10:00 the next day: the moments missed
    // come at the start, earliest first: the series' 17:30 of the day before
    // and the meeting's "15 minutes before" at 9:45.
    due = requireValue(dueReminders(*db, 0, at(day.addDays(-1), 10, 0), at(day, 10, 0), zone));
    REQUIRE(due.size() == 2);
    CHECK(due[0].taskId == daily.id);
    CHECK(due[0].occursOn == day.addDays(-1));
    CHECK(due[0].remindAt == at(day.addDays(-1), 17, 30));
    CHECK(due[1].taskId == meeting.id);
    CHECK(due[1].remindAt == at(day, 9, 45));

    // Done tasks remind nobody; a series' other days still do.
    requireOk(tasks.complete(meeting.id, {}, {}));
    due = requireValue(dueReminders(*db, 0, at(day.addDays(-1), 10, 0), at(day, 18, 0), zone));
    REQUIRE(due.size() == 2);
    CHECK(due[1].occursOn == day);
    CHECK(due[1].remindAt == at(day, 17, 30));
}

TEST_CASE("a reminder's moment follows its task as it is moved, done and edited",
          "[tasks][reminders]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    TaskRepository tasks(*db, zone);
    const QDate day = QDate::currentDate().addDays(3);
    auto at = [&](const QDate& d, int hour, int minute = 0) {
        return QDateTime(d, QTime(hour, minute), zone);
    };
    auto dueAt = [&](const QDateTime& since, const QDateTime& now) {
        return requireValue(dueReminders(*db, 0, since, now, zone));
    };
    Task call;
    call.title = u"Передзвонити щодо плитки"_s;
    call.dueDate = day;
    call.dueTime = QTime(12, 0);
    call.reminders = {TaskReminder{60, {}}};
    requireOk(tasks.create(call));

    // Moved to the next day: nothing comes at the old moment, then at the new.
    requireOk(tasks.reschedule(call.id, day, day.addDays(1), QTime(15, 0)));
    CHECK(dueAt(at(day, 10), at(day, 12)).isEmpty());
    QList<DueReminder> due = dueAt(at(day, 12), at(day.addDays(1), 14, 0));
    REQUIRE(due.size() == 1);
    CHECK(due[0].remindAt == at(day.addDays(1), 14, 0));

    // A weekly series: the week's occurrence done early reminds of nothing;
    // the next week's does.
    Task weekly;
    weekly.title = u"Тижнева нарада"_s;
    weekly.dueDate = day;
    weekly.dueTime = QTime(9, 30);
    weekly.repeatRule = u"FREQ=WEEKLY"_s;
    weekly.reminders = {TaskReminder{30, {}}};
    requireOk(tasks.create(weekly));
    requireOk(tasks.complete(weekly.id, day, u"Провели раніше"_s));
    CHECK(dueAt(at(day, 8), at(day, 10)).isEmpty());
    due = dueAt(at(day, 10), at(day.addDays(7), 9, 0));
    REQUIRE(due.size() == 1);
    CHECK(due[0].occursOn == day.addDays(7));

    // A reminder dropped in an edit comes no more.
    Task edited = requireValue(tasks.load(weekly.id));
    edited.reminders.clear();
    requireOk(tasks.update(edited));
    CHECK(dueAt(at(day.addDays(7), 9, 0), at(day.addDays(14), 9, 30)).isEmpty());
}

TEST_CASE("two connections of one person show a reminder once", "[tasks][reminders]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto first = openTestDatabase(path);
    auto second = openTestDatabase(path);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    Task call;
    call.title = u"Передзвонити"_s;
    call.dueDate = QDate::currentDate().addDays(1);
    call.dueTime = QTime(11, 0);
    call.reminders = {TaskReminder{60, {}}};
    requireOk(TaskRepository(*first, zone).create(call));
    const QDateTime since(call.dueDate, QTime(9, 0), zone);
    const QDateTime now(call.dueDate, QTime(10, 1), zone);
    // Both windows check in the same minute: whichever comes first finds it
    // and takes it; the other finds it taken, or no longer due.
    const QList<DueReminder> a = requireValue(dueReminders(*first, 0, since, now, zone));
    const QList<DueReminder> b = requireValue(dueReminders(*second, 0, since, now, zone));
    REQUIRE(a.size() + b.size() >= 1);
    int shown = 0;
    for (const DueReminder& r : a)
        shown += requireValue(claimReminder(*first, r)) ? 1 : 0;
    for (const DueReminder& r : b)
        shown += requireValue(claimReminder(*second, r)) ? 1 : 0;
    CHECK(shown == 1);
    // Found by both at once: the second to claim it is refused.
    const DueReminder found = a.isEmpty() ? b[0] : a[0];
    CHECK_FALSE(requireValue(claimReminder(*second, found)));
    CHECK_FALSE(requireValue(claimReminder(*first, found)));
    CHECK(requireValue(dueReminders(*second, 0, since, now, zone)).isEmpty());
}

TEST_CASE("a form's repeat choices are rules and are read back from them", "[tasks][recurrence]")
{
    const QDate until(2027, 6, 30);
    for (RepeatChoice choice : {RepeatChoice::Daily, RepeatChoice::Weekly, RepeatChoice::Monthly,
                                RepeatChoice::LastWorkingDay, RepeatChoice::Yearly}) {
        for (const QDate& ends : {QDate(), until}) {
            const QString rule = repeatRuleFor(choice, ends);
            requireOk(checkRepeatRule(rule));
            QDate readUntil;
            CHECK(repeatChoiceOf(rule, &readUntil) == choice);
            CHECK(readUntil == ends);
        }
    }
    CHECK(repeatRuleFor(RepeatChoice::Once).isEmpty());
    CHECK(repeatChoiceOf({}) == RepeatChoice::Once);
    CHECK(repeatChoiceOf(u"FREQ=WEEKLY;BYDAY=MO,TH"_s) == RepeatChoice::Custom);
    CHECK(repeatChoiceOf(u"FREQ=DAILY;COUNT=5"_s) == RepeatChoice::Custom);
    // The last working day of November 2026 is Monday the 30th; of
    // January 2027, Friday the 29th.
    CHECK(days(repeatRuleFor(RepeatChoice::LastWorkingDay), QDate(2026, 11, 2), QDate(2026, 11, 1),
               QDate(2027, 1, 31)) ==
          QList<QDate>{QDate(2026, 11, 30), QDate(2026, 12, 31), QDate(2027, 1, 29)});
    // UNTIL keeps its last day.
    CHECK(days(repeatRuleFor(RepeatChoice::Weekly, QDate(2026, 12, 14)), QDate(2026, 11, 30),
               QDate(2026, 11, 1), QDate(2027, 1, 31))
              .last() == QDate(2026, 12, 14));
}

TEST_CASE("Today shows a person's overdue, today's and tomorrow's tasks once each",
          "[tasks][today]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    TaskRepository tasks(*db);
    const QDate today = QDate::currentDate();
    auto add = [&](const QString& title, const QDate& due, const QString& rule = {}) {
        Task t;
        t.title = title;
        t.dueDate = due;
        t.repeatRule = rule;
        requireOk(tasks.create(t));
        return t.id;
    };
    const qint64 late = add(u"Прострочене"_s, today.addDays(-3));
    const qint64 old = add(u"Давнє"_s, today.addDays(-60));
    add(u"Торішнє"_s, today.addDays(-400)); // beyond the overdue window
    const qint64 daily = add(u"Щоденне"_s, today.addDays(-2), repeatRuleFor(RepeatChoice::Daily));
    const qint64 now = add(u"Сьогоднішнє"_s, today);
    const qint64 next = add(u"Завтрашнє"_s, today.addDays(1));
    add(u"Пізніше"_s, today.addDays(5));
    requireOk(tasks.complete(daily, today.addDays(-2), {}));

    TodayQuery query;
    query.today = today;
    const TodayView view = requireValue(readToday(*db, query));
    auto ids = [](const QList<TaskOccurrence>& list) {
        QList<std::pair<qint64, QDate>> out;
        for (const TaskOccurrence& o : list)
            out.append({o.task.id, o.occursOn});
        return out;
    };
    // The series' day before yesterday is done; yesterday's is overdue.
    CHECK(ids(view.overdue) == QList<std::pair<qint64, QDate>>{{old, today.addDays(-60)},
                                                               {late, today.addDays(-3)},
                                                               {daily, today.addDays(-1)}});
    CHECK(ids(view.today) == QList<std::pair<qint64, QDate>>{{daily, today}, {now, today}});
    CHECK(view.olderOverdue == 1); // last year's: counted, not listed
    CHECK(ids(view.tomorrow) ==
          QList<std::pair<qint64, QDate>>{{daily, today.addDays(1)}, {next, today.addDays(1)}});
}

TEST_CASE("Today lists the deals forgotten on the board, the longest first", "[tasks][today]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const qint64 client = newClient(*db, u"Гончаренко"_s);
    DealRepository deals(*db);
    auto deal = [&](const QString& title, int idleDays) {
        Deal d;
        d.clientId = client;
        d.title = title;
        requireOk(deals.create(d));
        const QString at = utcTimestamp(QDateTime::currentDateTimeUtc().addDays(-idleDays));
        requireOk(sql::exec(db->connection(),
                            u"UPDATE deals SET updated_at = ?, stage_entered_at = ? WHERE id = ?"_s,
                            {at, at, d.id}));
        return d.id;
    };
    requireOk(
        sql::exec(db->connection(), u"UPDATE stages SET rotting_days = 5 WHERE kind = 'open'"_s));
    const qint64 older = deal(u"Плитка у ванну"_s, 30);
    const qint64 old = deal(u"Ламінат у спальню"_s, 8);
    deal(u"Шпалери"_s, 2); // not yet
    TodayQuery query;
    query.today = QDate::currentDate();
    query.dealLimit = 1;
    const TodayView view = requireValue(readToday(*db, query));
    CHECK(view.rotting.total == 2);
    REQUIRE(view.rotting.deals.size() == 1);
    CHECK(view.rotting.deals[0].dealId == older);
    CHECK(view.rotting.deals[0].clientId == client);
    query.dealLimit = 20;
    const TodayView all = requireValue(readToday(*db, query));
    REQUIRE(all.rotting.deals.size() == 2);
    CHECK(all.rotting.deals[1].dealId == old);
}

TEST_CASE("clients owed a contact by their own interval or their type's are on Today",
          "[tasks][today][keep-in-touch]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QDate today = QDate::currentDate();
    Lists lists(*db);
    const qint64 designer = requireValue(lists.idOf(kContactTypes, u"Designer"_s));
    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    auto client = [&](const QString& name, qint64 type, std::optional<int> every, int lastDaysAgo) {
        Client c;
        c.lastName = name;
        c.contactTypeId = type;
        c.contactEveryDays = every;
        requireOk(clients.create(c));
        if (lastDaysAgo >= 0) {
            Interaction call;
            call.clientId = c.id;
            call.kind = InteractionKind::Call;
            call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-lastDaysAgo);
            call.text = u"Дзвінок"_s;
            requireOk(timeline.add(call));
        }
        return c.id;
    };
    // Designers every 30 days, by their type.
    ContactHabits habits = requireValue(ContactHabitsRepository(*db).of(designer));
    CHECK(habits.isEmpty());
    habits.contactEveryDays = 30;
    requireOk(ContactHabitsRepository(*db).save(habits));
    const qint64 ownLate = client(u"Власний"_s, 0, 10, 15);            // 5 days late
    const qint64 typeLate = client(u"Дизайнерка"_s, designer, {}, 45); // 15 days late
    client(u"Вчасний"_s, designer, {}, 20);                            // within 30
    client(u"Ніколи"_s, designer, 0, 400);                             // said never
    client(u"Без"_s, 0, {}, 400);                                      // no interval anywhere
    const QList<OutOfTouchClient> owed = requireValue(clientsOutOfTouch(*db, 0, today, 20));
    REQUIRE(owed.size() == 2);
    CHECK(owed[0].clientId == typeLate); // the longest overdue first
    CHECK(owed[0].everyDays == 30);
    CHECK(owed[0].daysSince == 45);
    CHECK(owed[1].clientId == ownLate);
    CHECK(owed[1].everyDays == 10);
    // A new client never contacted counts from when they were added.
    client(u"Новий"_s, designer, {}, -1);
    CHECK(requireValue(clientsOutOfTouch(*db, 0, today.addDays(31), 20)).size() == 4);
    // A client's own interval is kept and checked.
    CHECK(requireValue(clients.load(ownLate)).contactEveryDays == 10);
    Client odd = requireValue(clients.load(ownLate));
    odd.contactEveryDays = -3;
    CHECK(errorKind(clients.update(odd)) == ErrorKind::Invalid);
    // The habits too, and a stale copy is a conflict.
    ContactHabits stale = habits;
    habits.contactEveryDays = 3000;
    CHECK(errorKind(ContactHabitsRepository(*db).save(habits)) == ErrorKind::Invalid);
    habits.contactEveryDays = 14;
    requireOk(ContactHabitsRepository(*db).save(habits));
    stale.contactEveryDays = 60;
    CHECK(errorKind(ContactHabitsRepository(*db).save(stale)) == ErrorKind::Conflict);
}

TEST_CASE("a client's last contact follows their timeline and their sales",
          "[tasks][keep-in-touch]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client c;
    c.lastName = u"Контактна"_s;
    requireOk(ClientRepository(*db).create(c));
    auto lastContact = [&] {
        return requireValue(sql::scalar(db->connection(),
                                        u"SELECT last_contact_at FROM clients WHERE id = ?"_s,
                                        {c.id}))
            .toString();
    };
    CHECK(lastContact().isEmpty()); // none yet
    InteractionRepository timeline(*db);
    auto entry = [&](int daysAgo) {
        Interaction call;
        call.clientId = c.id;
        call.kind = InteractionKind::Call;
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        call.text = u"Дзвінок"_s;
        requireOk(timeline.add(call));
        return call;
    };
    const Interaction older = entry(20);
    Interaction newer = entry(5);
    entry(30); // an entry of long ago changes nothing
    CHECK(lastContact() == utcTimestamp(newer.occurredAt));
    requireOk(timeline.remove(requireValue(timeline.forClient(c.id)).first()));
    CHECK(lastContact() == utcTimestamp(older.occurredAt));

    // A won deal is a contact; taking the win back counts again.
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    DealRepository deals(*db);
    Deal deal;
    deal.clientId = c.id;
    deal.title = u"Плитка"_s;
    requireOk(deals.create(deal));
    requireOk(deals.move(deal, pipeline.firstOfKind(StageKind::Won)->id));
    CHECK(lastContact() > utcTimestamp(older.occurredAt));
    requireOk(deals.move(deal, pipeline.firstOpenStage()->id));
    CHECK(lastContact() == utcTimestamp(older.occurredAt));
}

TEST_CASE("the next sale's interval is the client's own usual gap, else their type's",
          "[tasks][repeat-sale]")
{
    const QDate today(2026, 12, 2);
    CHECK(repeatSaleDays(3, today.addDays(-120), today, 45) == 60);
    CHECK(repeatSaleDays(2, today.addDays(-2), today, 45) == 7); // a week at least
    CHECK(repeatSaleDays(1, today, today, 45) == 45);
    CHECK(repeatSaleDays(0, {}, {}, 0) == 0); // nobody says: no task
    CHECK(repeatSaleDays(2, today.addDays(-5000), today, 0) == 730);
}

TEST_CASE("a won deal sets the next sale's task for its manager, once, and taking the win back "
          "cancels it",
          "[tasks][repeat-sale]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QDate today = QDate::currentDate();
    const qint64 designer = requireValue(Lists(*db).idOf(kContactTypes, u"Designer"_s));
    ContactHabits habits = requireValue(ContactHabitsRepository(*db).of(designer));
    habits.repeatSaleDays = 45;
    requireOk(ContactHabitsRepository(*db).save(habits));
    Client c;
    c.lastName = u"Дизайнерка"_s;
    c.contactTypeId = designer;
    requireOk(ClientRepository(*db).create(c));
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const Stage* won = pipeline.firstOfKind(StageKind::Won);
    REQUIRE(won);
    DealRepository deals(*db);
    auto win = [&](const QString& title) {
        Deal d;
        d.clientId = c.id;
        d.title = title;
        requireOk(deals.create(d));
        requireOk(deals.move(d, won->id));
        return d;
    };
    auto openSales = [&] {
        TaskQuery q{today, today.addYears(1)};
        q.clientId = c.id;
        return requireValue(TaskRepository(*db).occurrences(q));
    };
    const Deal first = win(u"Шпалери"_s);
    QList<TaskOccurrence> next = openSales();
    REQUIRE(next.size() == 1);
    CHECK(next[0].task.dueDate == today.addDays(45)); // one purchase: the type's interval
    CHECK(next[0].task.origin == repeatSaleOrigin(first.id));
    CHECK(next[0].task.dealId == first.id);
    CHECK(next[0].task.kindId == requireValue(Lists(*db).idByMeaning(kTaskKinds, u"call"_s)));
    // The next win replaces it: one reminder to sell at a time.
    const Deal second = win(u"Фарба"_s);
    next = openSales();
    REQUIRE(next.size() == 1);
    CHECK(next[0].task.origin == repeatSaleOrigin(second.id));
    // Taken back to an open stage: its task goes too.
    Deal undone = requireValue(deals.load(second.id));
    requireOk(deals.move(undone, pipeline.firstOpenStage()->id));
    CHECK(openSales().isEmpty());
    // And won again: the next sale's task anew.
    requireOk(deals.move(undone, won->id));
    next = openSales();
    REQUIRE(next.size() == 1);
    CHECK(next[0].task.origin == repeatSaleOrigin(second.id));
}

TEST_CASE("birthday greetings are set once a year where the contact type asks for them",
          "[tasks][birthdays]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QDate today = QDate::currentDate();
    const qint64 designer = requireValue(Lists(*db).idOf(kContactTypes, u"Designer"_s));
    ContactHabits habits = requireValue(ContactHabitsRepository(*db).of(designer));
    habits.birthdayDaysBefore = 3;
    requireOk(ContactHabitsRepository(*db).save(habits));
    auto client = [&](const QString& name, qint64 type, int birthdayIn, bool archived = false) {
        Client c;
        c.lastName = name;
        c.contactTypeId = type;
        c.birthday = today.addDays(birthdayIn).addYears(-30);
        requireOk(ClientRepository(*db).create(c));
        if (archived)
            requireOk(ClientRepository(*db).setArchived(c.id, c.version, true));
        return c.id;
    };
    const qint64 soon = client(u"Скоро"_s, designer, 2); // within the three days
    const qint64 today_ = client(u"Сьогодні"_s, designer, 0);
    client(u"Пізніше"_s, designer, 10); // not yet
    client(u"Інший тип"_s, 0, 1);       // the type does not ask
    client(u"В архіві"_s, designer, 1, true);
    CHECK(requireValue(makeBirthdayTasks(*db, today)) == 2);
    // Again, as another window's day begins: none twice.
    CHECK(requireValue(makeBirthdayTasks(*db, today)) == 0);
    TaskQuery q{today, today.addDays(7)};
    const QList<TaskOccurrence> made = requireValue(TaskRepository(*db).occurrences(q));
    REQUIRE(made.size() == 2);
    QList<qint64> clients;
    for (const TaskOccurrence& o : made) {
        clients << o.task.clientId;
        CHECK(o.task.dueDate == today); // three days before has passed: today
        CHECK(o.task.origin.startsWith(u"birthday:"_s));
    }
    std::sort(clients.begin(), clients.end());
    CHECK(clients == QList<qint64>{soon, today_});
    // Done, it is not made again that year.
    requireOk(TaskRepository(*db).complete(made[0].task.id, {}, u"Привітали"_s));
    CHECK(requireValue(makeBirthdayTasks(*db, today)) == 0);
}

TEST_CASE("tasks nobody would mean are refused: far days, series that never come, a day done "
          "twice, another client's deal",
          "[tasks]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    TaskRepository tasks(*db);
    const QDate today = QDate::currentDate();
    auto attempt = [&](const QDate& due, const QString& rule = {}) {
        Task t;
        t.title = u"Спроба"_s;
        t.dueDate = due;
        t.repeatRule = rule;
        return errorKind(tasks.create(t));
    };
    CHECK(attempt(QDate(1900, 1, 1)) == ErrorKind::Invalid);
    CHECK(attempt(QDate(9999, 12, 31)) == ErrorKind::Invalid);
    CHECK(attempt(today, u"FREQ=DAILY;UNTIL=20200101"_s) == ErrorKind::Invalid);
    CHECK(attempt(today, u"FREQ=WEEKLY;BYDAY=MO;BYHOUR=9"_s) == ErrorKind::Invalid);
    CHECK(attempt(today.addYears(-1)) == std::nullopt);
    Task longTitle;
    longTitle.title = QString(kLongestTaskTitle + 1, u'я');
    longTitle.dueDate = today;
    CHECK(errorKind(tasks.create(longTitle)) == ErrorKind::Invalid);

    // A moment after the task, or on a series, is refused; the same reminder
    // twice is kept once.
    Task reminded;
    reminded.title = u"Зателефонувати"_s;
    reminded.dueDate = today.addDays(2);
    reminded.dueTime = QTime(12, 0);
    reminded.reminders = {TaskReminder{-1, QDateTime(today.addDays(3), QTime(9, 0)).toUTC()}};
    CHECK(errorKind(tasks.create(reminded)) == ErrorKind::Invalid);
    reminded.repeatRule = repeatRuleFor(RepeatChoice::Weekly);
    reminded.reminders = {TaskReminder{-1, QDateTime(today.addDays(1), QTime(9, 0)).toUTC()}};
    CHECK(errorKind(tasks.create(reminded)) == ErrorKind::Invalid);
    reminded.repeatRule.clear();
    reminded.reminders = {TaskReminder{15, {}}, TaskReminder{15, {}}};
    requireOk(tasks.create(reminded));
    CHECK(requireValue(tasks.load(reminded.id)).reminders == QList<TaskReminder>{{15, {}}});

    // One day of a series is done once; its timeline entry is written once.
    const qint64 client = newClient(*db, u"Ткаченко"_s);
    Task daily;
    daily.title = u"Щоденний обдзвін"_s;
    daily.clientId = client;
    daily.dueDate = today.addDays(-5);
    daily.repeatRule = repeatRuleFor(RepeatChoice::Daily);
    requireOk(tasks.create(daily));
    requireOk(tasks.complete(daily.id, today.addDays(-3), u"Поговорили"_s));
    CHECK(errorKind(tasks.complete(daily.id, today.addDays(-3), u"Ще раз"_s)) ==
          ErrorKind::Conflict);
    CHECK(requireValue(InteractionRepository(*db).forClient(client)).size() == 1);

    // Today shows the series' missed days as one line, its latest.
    TodayQuery query;
    query.today = today;
    const TodayView view = requireValue(readToday(*db, query));
    QList<QDate> missed;
    for (const TaskOccurrence& o : view.overdue) {
        if (o.task.id == daily.id)
            missed << o.occursOn;
    }
    CHECK(missed == QList<QDate>{today.addDays(-1)});

    // A task about a deal is about its client; another client's deal is refused.
    const qint64 other = newClient(*db, u"Лисенко"_s);
    Deal deal;
    deal.clientId = other;
    deal.title = u"Плитка на кухню"_s;
    requireOk(DealRepository(*db).create(deal));
    Task aboutDeal;
    aboutDeal.title = u"Надіслати рахунок"_s;
    aboutDeal.dealId = deal.id;
    aboutDeal.dueDate = today;
    requireOk(tasks.create(aboutDeal));
    CHECK(requireValue(tasks.load(aboutDeal.id)).clientId == other);
    Task mismatched = aboutDeal;
    mismatched.id = 0;
    mismatched.clientId = client;
    CHECK(errorKind(tasks.create(mismatched)) == ErrorKind::Invalid);
}
