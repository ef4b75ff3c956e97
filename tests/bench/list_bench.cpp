// kartoteka_list_bench: a page of the client list in every order the screen
// offers, and the call list, on a demo database.
//   kartoteka_list_bench [--db FILE] [--clients N]
// For each order (name, company, status, manager), both directions, without
// and with a search or a filter (a status, a manager): the first page and
// pages further on (by the keyset of the page before), medians and p95; the
// same first page in the sqlite3 shell and the ratio; then the same as a
// manager who sees only their own clients; then the call list (drifting
// regulars and birthdays) as the screen loads it, on a connection of its own.
// It changes nothing in the database (beyond the upgrade when it is older).
#include "BenchSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "reports/Dashboard.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <time.h>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

// This thread's CPU time: on a shared machine what other processes take is not in it.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString quoted(QString s)
{
    return u'\'' + s.replace(u'\'', u"''"_s) + u'\'';
}

// The first page's SQL as ClientRepository::page runs it for a plain list in
// `sort`, with the values written in, for the sqlite3 shell.
QString shellSql(ClientSort sort, bool descending, const QString& extraWhere)
{
    const QString column = sort == ClientSort::Company   ? u"c.company_sort"_s
                           : sort == ClientSort::Status  ? u"c.status_sort"_s
                           : sort == ClientSort::Manager ? u"c.manager_sort"_s
                                                         : QString();
    const QString dir = descending ? u" DESC"_s : QString();
    const QString order = (column.isEmpty() ? QString() : column + dir + u", "_s) +
                          u"c.sort_key"_s + dir + u", c.id"_s + dir;
    return u"SELECT c.id, c.display_name, c.sort_key, COALESCE((SELECT co.display_name FROM "
           u"clients co WHERE co.id = c.company_id), c.company_name) AS company, (SELECT CASE "
           u"WHEN p.e164 <> '' THEN p.e164 ELSE p.raw END FROM client_phones p WHERE p.client_id "
           u"= c.id ORDER BY p.position LIMIT 1) AS phone, (SELECT e.email FROM client_emails e "
           u"WHERE e.client_id = c.id ORDER BY e.position LIMIT 1) AS email, s.name AS status, "
           u"u.name AS manager, "_s +
           (column.isEmpty() ? u"''"_s : column) +
           u" FROM clients c LEFT JOIN list_items s ON s.id = c.status_id LEFT JOIN users u ON "
           u"u.id = c.manager_id WHERE c.archived = 0"_s +
           extraWhere + u" ORDER BY "_s + order + u" LIMIT 100;"_s;
}

struct Variant
{
    QString label;
    QString search;
    ClientFilter filter;
    QString shellWhere; // empty: no shell comparison
};

void measureOrders(ClientRepository& repo, const QString& path, const QList<Variant>& variants,
                   const char* who, bool compareWithShell)
{
    std::printf("\n%s: a page of 100 rows (first page; next pages by keyset)\n", who);
    std::printf("  %-9s %-4s %-22s %8s %8s %8s %8s %8s %8s %6s\n", "order", "dir", "with", "first",
                "p95", "next", "p95", "CPU", "sqlite3", "ratio");
    std::vector<double> everything;
    std::vector<double> everythingCpu;
    for (const Variant& v : variants) {
        for (ClientSort sort :
             {ClientSort::Name, ClientSort::Company, ClientSort::Status, ClientSort::Manager}) {
            for (bool descending : {false, true}) {
                ClientListQuery q;
                q.sort = sort;
                q.descending = descending;
                q.search = v.search;
                q.filter = v.filter;
                std::vector<double> first;
                std::vector<double> cpu;
                for (int i = 0; i < 7; ++i) {
                    QElapsedTimer t;
                    const double cpuStart = threadCpuMs();
                    t.start();
                    need(repo.page(q));
                    first.push_back(elapsedMs(t));
                    cpu.push_back(threadCpuMs() - cpuStart);
                }
                std::vector<double> next;
                ClientListQuery n = q;
                for (int i = 0; i < 10; ++i) {
                    QElapsedTimer t;
                    const double cpuStart = threadCpuMs();
                    t.start();
                    const QList<ClientRow> page = need(repo.page(n));
                    next.push_back(elapsedMs(t));
                    cpu.push_back(threadCpuMs() - cpuStart);
                    if (page.isEmpty())
                        break;
                    n.afterValue = page.last().sortValue;
                    n.afterSortKey = page.last().sortKey;
                    n.afterId = page.last().id;
                }
                everything.insert(everything.end(), first.begin(), first.end());
                everything.insert(everything.end(), next.begin(), next.end());
                everythingCpu.insert(everythingCpu.end(), cpu.begin(), cpu.end());
                const Stats f = stats(first);
                const Stats x = stats(next);
                double shell = -1;
                if (compareWithShell && v.search.isEmpty())
                    shell = shellMedianMs(path, {shellSql(sort, descending, v.shellWhere)}, 5);
                std::printf("  %-9s %-4s %-22s %8.2f %8.2f %8.2f %8.2f %8.2f",
                            clientSortName(sort).toUtf8().constData(), descending ? "desc" : "asc",
                            v.label.toUtf8().constData(), f.median, f.p95, x.median, x.p95,
                            stats(cpu).median);
                if (shell > 0)
                    std::printf(" %8.2f %6.2f\n", shell, f.median / shell);
                else
                    std::printf("\n");
            }
        }
    }
    const Stats all = stats(everything);
    const Stats allCpu = stats(everythingCpu);
    std::printf("  every page above: median %.2f ms, p95 %.2f ms, max %.2f ms (target <= 20 ms); "
                "CPU time median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                all.median, all.p95, all.max, allCpu.median, allCpu.p95, allCpu.max);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = benchDatabase(app, temp);
    auto db = need(openDatabase({path, ModeChoice::Local, false}));
    std::printf("database %s, %.0f MB, %d clients\n",
                QDir::toNativeSeparators(path).toUtf8().constData(),
                double(QFileInfo(path).size()) / 1e6,
                need(sql::scalar(db->connection(), u"SELECT count(*) FROM clients"_s)).toInt());

    const qint64 status =
        need(sql::scalar(db->connection(), u"SELECT status_id FROM clients WHERE status_id IS NOT "
                                           u"NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s))
            .toLongLong();
    const QList<QSqlRecord> managers = need(
        sql::rows(db->connection(), u"SELECT manager_id, count(*) FROM clients WHERE manager_id IS "
                                    u"NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"_s));
    const qint64 manager = managers.value(0).value(0).toLongLong();
    ClientFilter byStatus;
    byStatus.statusId = status;
    ClientFilter byManager;
    byManager.managerId = manager;
    // Searches the demo's own language has: its commonest two-letter start of
    // a name (thousands of matches) and its commonest surname (a few dozen).
    const QString prefix =
        need(sql::scalar(db->connection(), u"SELECT substr(sort_key, 1, 2) FROM clients GROUP BY "
                                           u"1 ORDER BY count(*) DESC LIMIT 1"_s))
            .toString();
    const QString surname =
        need(sql::scalar(db->connection(),
                         u"SELECT substr(display_name, 1, instr(display_name || ' ', ' ') - 1) "
                         u"FROM clients WHERE kind = 'person' GROUP BY 1 ORDER BY count(*) DESC "
                         u"LIMIT 1"_s))
            .toString();
    const QList<Variant> variants{
        {u"nothing"_s, {}, {}, QString()},
        {u"search \"%1\""_s.arg(prefix), prefix, {}, {}},
        {u"search \"%1\""_s.arg(surname), surname, {}, {}},
        {u"a status"_s, {}, byStatus, u" AND c.status_id = %1"_s.arg(status)},
        {u"a manager"_s, {}, byManager, u" AND c.manager_id = %1"_s.arg(manager)},
    };
    ClientRepository repo(*db);
    measureOrders(repo, path, variants, "everyone's list (the owner)", true);

    const Principal principal = need(Accounts(*db).principalOf(manager));
    db->setPrincipal(principal);
    ClientRepository theirs(*db);
    const QList<Variant> managerVariants{
        {u"nothing"_s, {}, {}, {}},
        {u"search \"%1\""_s.arg(prefix), prefix, {}, {}},
        {u"a status"_s, {}, byStatus, {}},
    };
    measureOrders(theirs, path, managerVariants,
                  qPrintable(u"as manager %1, who looks after %2 clients"_s.arg(principal.name)
                                 .arg(managers.value(0).value(1).toInt())),
                  false);

    // The call list as the screen loads it: a connection of its own.
    db->setPrincipal(Principal{});
    const OpenOptions options = db->reopenOptions();
    const QDate today = QDate::currentDate();
    std::vector<double> calls;
    std::vector<double> callsCpu;
    int drifting = 0;
    int birthdays = 0;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        const double cpuStart = threadCpuMs();
        t.start();
        auto own = need(Database::open(options));
        const CallList list = need(loadCallList(*own, today, 0));
        calls.push_back(elapsedMs(t));
        callsCpu.push_back(threadCpuMs() - cpuStart);
        drifting = int(list.drifting.size());
        birthdays = int(list.birthdays.size());
    }
    const Stats c = stats(calls);
    std::printf("\ncall list (as on screen): median %.2f ms, p95 %.2f ms, CPU time median %.2f ms "
                "(%d drifting, %d birthdays; target <= 100 ms)\n",
                c.median, c.p95, stats(callsCpu).median, drifting, birthdays);
    std::vector<double> driftTimes;
    std::vector<double> driftCpu;
    std::vector<double> birthdayTimes;
    std::vector<double> birthdayCpu;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        double cpuStart = threadCpuMs();
        t.start();
        need(driftingClients(*db, {today}));
        driftTimes.push_back(elapsedMs(t));
        driftCpu.push_back(threadCpuMs() - cpuStart);
        cpuStart = threadCpuMs();
        t.restart();
        need(upcomingBirthdays(*db, today, kBirthdayDays));
        birthdayTimes.push_back(elapsedMs(t));
        birthdayCpu.push_back(threadCpuMs() - cpuStart);
    }
    std::printf("  of which drifting regulars: median %.2f ms (CPU %.2f ms); birthdays, next %d "
                "days: median %.2f ms (CPU %.2f ms)\n",
                stats(driftTimes).median, stats(driftCpu).median, kBirthdayDays,
                stats(birthdayTimes).median, stats(birthdayCpu).median);
    std::vector<double> recount;
    std::vector<double> recountCpu;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        const double cpuStart = threadCpuMs();
        t.start();
        need(driftingClientsRecounted(*db, {today}));
        recount.push_back(elapsedMs(t));
        recountCpu.push_back(threadCpuMs() - cpuStart);
    }
    std::printf("drifting regulars counted from every sale (the query before schema 9; now a look "
                "back): median %.2f ms (CPU %.2f ms)\n",
                stats(recount).median, stats(recountCpu).median);
    const QString end = quoted(today.addDays(1).toString(Qt::ISODate) + u"T00:00:00.000Z"_s);
    const double shell = shellMedianMs(
        path,
        {u"SELECT c.id, c.display_name, m.sales, m.total, m.last_at FROM client_sales m INDEXED "
         u"BY client_sales_total JOIN clients c ON c.id = m.client_id AND c.archived = 0 WHERE "
         u"((m.sales > 1 AND julianday("_s +
         end +
         u") - julianday(m.last_at) > max(2 * (julianday(m.last_at) - julianday(m.first_at)) / "
         u"(m.sales - 1), (julianday(m.last_at) - julianday(m.first_at)) / (m.sales - 1) + 30)) "
         u"OR (m.sales = 1 AND julianday("_s +
         end + u") - julianday(m.last_at) > 90)) ORDER BY m.total DESC, m.client_id LIMIT 200;"_s},
        5);
    std::printf("drifting regulars in the sqlite3 shell: median %.2f ms\n", shell);
    return 0;
}
