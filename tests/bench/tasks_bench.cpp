// kartoteka_tasks_bench: tasks on a demo database.
//   kartoteka_tasks_bench [--db FILE|postgresql://...] [--clients N]
// Tops the base up to 200,000 tasks (two per client of 100,000), as two
// years of a shop's work leave them: due from two years ago to a month ahead,
// each manager's for their clients, done unless due within the last week or
// later, one in ten repeating weekly eight times, half of the open ones with
// a reminder. Then prints medians and p95 of what the Today screen and the
// calendar read, and of the reminder check that runs every minute, for the
// manager with the most tasks, and the same month by hand in the sqlite3
// shell or psql.
#include "BenchSupport.h"

#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/Reminders.h"
#include "tasks/TaskRepository.h"
#include "tasks/Today.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlRecord>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

constexpr int kTasks = 200000;

void print(const char* what, const std::vector<double>& samples, const char* target)
{
    const Stats s = stats(samples);
    std::printf("%-46s median %8.2f ms  p95 %8.2f ms  %s\n", what, s.median, s.p95, target);
}

// Two tasks per client, in one transaction, as the demo would have them.
void topUp(Database& db, int have)
{
    const QList<QSqlRecord> clients =
        need(sql::rows(db.connection(), u"SELECT id, manager_id FROM clients ORDER BY id"_s));
    const QDate today = QDate::currentDate();
    const QString now = nowUtc();
    QRandomGenerator random(15);
    need(db.write([&](Transaction& tx) -> Status {
        BatchInsert tasks(tx.db(), u"tasks"_s,
                          {u"title"_s, u"client_id"_s, u"responsible_id"_s, u"due_date"_s,
                           u"due_time"_s, u"repeat_rule"_s, u"repeat_until"_s, u"state"_s,
                           u"done_at"_s, u"created_at"_s, u"updated_at"_s});
        int made = have;
        for (int round = 0; made < kTasks && round < 4; ++round) {
            for (const QSqlRecord& c : clients) {
                if (made >= kTasks)
                    break;
                const QDate due = today.addDays(random.bounded(-700, 31));
                const bool timed = random.bounded(2) == 0;
                const bool weekly = random.bounded(10) == 0;
                const QDate last = weekly ? due.addDays(49) : due;
                const bool done = last < today.addDays(-7);
                if (Status s = tasks.add(
                        {round % 2 ? u"Передзвонити"_s : u"Зустріч щодо замовлення"_s, c.value(0),
                         c.value(1), due.toString(Qt::ISODate),
                         timed ? QVariant(u"%1:00"_s.arg(9 + random.bounded(9), 2, 10, QChar(u'0')))
                               : QVariant(),
                         weekly ? QVariant(u"FREQ=WEEKLY;COUNT=8"_s) : QVariant(),
                         weekly ? QVariant(last.toString(Qt::ISODate)) : QVariant(),
                         done ? u"done"_s : u"open"_s, done ? QVariant(now) : QVariant(), now,
                         now});
                    !s)
                    return s;
                ++made;
            }
        }
        if (Status s = tasks.finish(); !s)
            return s;
        return sql::exec(tx.db(),
                         u"INSERT INTO task_reminders (task_id, minutes_before, responsible_id, "
                         u"next_at) SELECT id, 15, responsible_id, '1970-01-01T00:00:00.000Z' "
                         u"FROM tasks WHERE id % 2 = 0 AND state = 'open'"_s);
    }));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = benchDatabase(app, temp);
    auto db = need(openDatabase(benchOptions(path)));
    const int have = need(sql::scalar(db->connection(), u"SELECT count(*) FROM tasks"_s)).toInt();
    if (have < kTasks) {
        QElapsedTimer t;
        t.start();
        topUp(*db, have);
        std::printf("added %d tasks in %.1f s\n", kTasks - have, elapsedMs(t) / 1000.0);
    }
    const qint64 busiest =
        need(sql::scalar(db->connection(),
                         u"SELECT responsible_id FROM tasks WHERE responsible_id IS NOT NULL "
                         u"GROUP BY responsible_id ORDER BY count(*) DESC LIMIT 1"_s))
            .toLongLong();
    const int theirs =
        need(sql::scalar(db->connection(), u"SELECT count(*) FROM tasks WHERE responsible_id = ?"_s,
                         {busiest}))
            .toInt();
    std::printf("%d tasks; the busiest manager has %d\n\n",
                need(sql::scalar(db->connection(), u"SELECT count(*) FROM tasks"_s)).toInt(),
                theirs);

    {
        // Reminders written before schema 23 (and the ones above) wait for
        // their first check, which sets each one's next moment.
        QElapsedTimer t;
        t.start();
        const QDateTime now = QDateTime::currentDateTime();
        need(dueReminders(*db, busiest, now.addSecs(-60), now));
        std::printf("the first reminder check, setting %d reminders' next moments: %.1f ms\n\n",
                    need(sql::scalar(db->connection(),
                                     u"SELECT count(*) FROM task_reminders WHERE "
                                     u"responsible_id = ?"_s,
                                     {busiest}))
                        .toInt(),
                    elapsedMs(t));
    }

    // Designers are to hear from the shop every 30 days (the owner's choice in
    // Administration → Lists): Today lists those who have not.
    need(sql::exec(db->connection(),
                   u"INSERT INTO contact_type_habits (type_id, contact_every_days) SELECT id, 30 "
                   u"FROM list_items WHERE list = 'contact_type' AND position = 2 ON CONFLICT "
                   u"(type_id) DO NOTHING"_s));

    TaskRepository tasks(*db);
    const QDate today = QDate::currentDate();
    std::vector<double> todays, month, everyone, check, lateParts, soonParts, driftParts,
        birthdayParts, dealParts, touchParts, card;
    const qint64 someClient =
        need(sql::scalar(db->connection(),
                         u"SELECT client_id FROM tasks WHERE client_id IS NOT NULL ORDER BY id "
                         u"DESC LIMIT 1"_s))
            .toLongLong();
    int shown = 0, lines = 0, inMonth = 0, due = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        // The Today screen: overdue tasks (of the last month), today's and
        // tomorrow's, the regular clients to call, birthdays.
        TodayQuery day;
        day.today = today;
        day.personId = busiest;
        const TodayView view = need(readToday(*db, day));
        shown = int(view.overdue.size() + view.today.size() + view.tomorrow.size());
        lines = int(view.toCall.size() + view.outOfTouch.size() + view.birthdays.size());
        todays.push_back(elapsedMs(t));

        // Its parts, one by one, to see where the time goes.
        t.start();
        TaskQuery late{today.addDays(-day.overdueDays), today.addDays(-1), busiest};
        late.limit = 100000;
        need(tasks.occurrences(late));
        lateParts.push_back(elapsedMs(t));
        t.start();
        need(tasks.occurrences(TaskQuery{today, today.addDays(1), busiest}));
        soonParts.push_back(elapsedMs(t));
        t.start();
        DriftOptions drift;
        drift.asOf = today;
        drift.managerId = busiest;
        drift.limit = day.callLimit;
        need(driftingClients(*db, drift));
        driftParts.push_back(elapsedMs(t));
        t.start();
        need(clientsOutOfTouch(*db, busiest, today, day.touchLimit));
        touchParts.push_back(elapsedMs(t));
        t.start();
        need(upcomingBirthdays(*db, today, day.birthdayDays, busiest));
        birthdayParts.push_back(elapsedMs(t));
        t.start();
        need(DealRepository(*db).rotting(busiest, QDateTime::currentDateTime(), day.dealLimit));
        dealParts.push_back(elapsedMs(t));

        t.start();
        const QDate first(today.year(), today.month(), 1);
        TaskQuery theirs{first, first.addMonths(1).addDays(-1), busiest};
        theirs.limit = 100000;
        inMonth = int(need(tasks.occurrences(theirs)).size());
        month.push_back(elapsedMs(t));

        t.start();
        TaskQuery all{first, first.addMonths(1).addDays(-1)};
        all.limit = 1000000;
        need(tasks.occurrences(all));
        everyone.push_back(elapsedMs(t));

        // A client's card: their open tasks of a year back and a year ahead.
        t.start();
        TaskQuery theirCard{today.addYears(-1), today.addYears(1)};
        theirCard.clientId = someClient;
        theirCard.limit = 100000;
        need(tasks.occurrences(theirCard));
        card.push_back(elapsedMs(t));

        t.start();
        const QDateTime now = QDateTime::currentDateTime();
        due = int(need(dueReminders(*db, busiest, now.addSecs(-60), now)).size());
        check.push_back(elapsedMs(t));
    }
    print("Today: tasks, clients to call, birthdays", todays, "target <= 100 ms");
    std::printf("  (%d tasks and %d clients shown)\n", shown, lines);
    print("  its overdue tasks (a year of them)", lateParts, "");
    print("  its tasks of today and tomorrow", soonParts, "");
    print("  its regular clients drifting away", driftParts, "");
    print("  its clients owed a contact", touchParts, "");
    print("  its birthdays of the coming week", birthdayParts, "");
    print("  its deals forgotten on the board", dealParts, "");
    print("calendar: a month of one person's tasks", month, "target <= 50 ms");
    std::printf("  (%d occurrences)\n", inMonth);
    print("calendar: a month of everyone's tasks", everyone, "");
    print("a client's card: their tasks of two years", card, "");
    print("the reminder check of the last minute", check, "target <= 5 ms");
    std::printf("  (%d due)\n", due);

    const QDate first(today.year(), today.month(), 1);
    const double shell = shellMedianMs(
        path,
        {u"SELECT t.id, t.title, t.due_date, t.due_time, t.repeat_rule, k.name, u.name FROM tasks "
         u"t LEFT JOIN list_items k ON k.id = t.kind_id LEFT JOIN users u ON u.id = "
         u"t.responsible_id WHERE t.responsible_id = %1 AND t.state = 'open' AND t.id IN "
         u"(SELECT id FROM tasks WHERE due_date BETWEEN '%2' AND '%3' AND responsible_id = %1 "
         u"AND repeat_rule IS NULL UNION ALL SELECT id FROM tasks WHERE repeat_rule IS NOT NULL "
         u"AND repeat_until >= '%2' AND due_date <= '%3' AND responsible_id = %1 UNION ALL "
         u"SELECT id FROM tasks WHERE repeat_rule IS NOT NULL AND repeat_until IS NULL AND "
         u"due_date <= '%3' AND responsible_id = %1) ORDER BY t.id;"_s.arg(busiest)
             .arg(first.toString(Qt::ISODate),
                  first.addMonths(1).addDays(-1).toString(Qt::ISODate))},
        10);
    std::printf("the month's tasks by hand in %s: median %.2f ms (the rows only; the calendar "
                "also expands the repeating ones)\n",
                shellName(path), shell);
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (resident): %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
