// kartoteka_clients_bench: the client base's figures on a demo database.
//   kartoteka_clients_bench [--db FILE] [--clients N]
// Without --db it makes a demo database of N clients (default 100000) in a
// temporary folder. Prints medians and p95 of: open to first page, every
// keystroke of several realistic searches (as the list screen takes it: the
// page, and the phones of the rows a window shows formatted), opening a card with about 200
// timeline entries, scrolling the whole list; peak memory; the same final
// searches in the sqlite3 shell and the ratio; then the list, the same
// keystrokes, a card and a scroll as a manager who looks after about 12,000
// of the clients (the bench hands the rest of that manager's clients to a
// colleague first); backup and restore.
// With --read-only it changes nothing, for a database that another process
// is still writing (a million-client demo being made) or that must stay as
// it is: the busiest card as it is, the manager with all their clients, and
// no backup or restore.
#include "BenchSupport.h"

#include "accounts/Accounts.h"
#include "backup/BackupMaker.h"
#include "backup/Restore.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/SearchText.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

// A keystroke as the list screen takes it: the page read with the phones as
// stored, then the rows a 1920x1080 window shows formatted (the model
// formats in data(), for the rows painted).
constexpr int kRowsShown = 30;
int typedPage(ClientRepository& repo, ClientListQuery query)
{
    query.phonesAsStored = true;
    const QList<ClientRow> page = need(repo.page(query));
    for (qsizetype i = 0; i < std::min<qsizetype>(kRowsShown, page.size()); ++i)
        (void)repo.shownPhone(page[i].phone);
    return int(page.size());
}

void print(const QString& what, const Stats& s, const QString& extra = {})
{
    std::printf("%-44s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  %s\n",
                what.toUtf8().constData(), s.median, s.p95, s.max, extra.toUtf8().constData());
}

long peakMemoryMb()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The search's SQL with the values written in, for the sqlite3 shell: the
// matches read in name order out of the index (ClientRepository::searchByName).
QString shellSql(const QString& search)
{
    const SearchQuery q = parseSearch(search);
    auto quoted = [](QString s) -> QString { return u'\'' + s.replace(u'\'', u"''"_s) + u'\''; };
    const bool byWords = !q.words.isEmpty();
    QString from = byWords ? u"client_words w"_s : u"client_grams w"_s;
    QString where = (byWords ? u"client_words MATCH "_s : u"client_grams MATCH "_s) +
                    quoted(byWords ? q.words : q.grams);
    if (byWords && !q.grams.isEmpty()) {
        from += u" CROSS JOIN client_grams g ON g.rowid = w.rowid"_s;
        where += u" AND client_grams MATCH "_s + quoted(q.grams);
    }
    return u"SELECT c.id, c.display_name, (SELECT p.e164 FROM client_phones p WHERE p.client_id = "
           u"c.id ORDER BY p.position LIMIT 1) FROM "_s +
           from +
           u" CROSS JOIN client_search_order o ON o.rank = w.rowid CROSS JOIN clients c ON c.id = "
           u"o.client_id WHERE "_s +
           where + u" AND +c.archived = 0 ORDER BY w.rowid LIMIT 100;"_s;
}

// The same search typed into psql on a server: the page of clients whose
// search texts match (clients/SearchText.h's patterns), in name order.
QString psqlSql(const QString& search)
{
    const SearchQuery q = parseSearch(search);
    auto like = [](QString text) -> QString {
        return u"'%"_s + text.replace(u'\'', u"''"_s) + u"%'"_s;
    };
    QString where = u"c.archived = 0"_s;
    for (const QString& prefix : q.prefixes)
        where += u" AND s.words LIKE "_s + like(serverSearchWords(prefix));
    for (const QString& fragment : q.fragments)
        where += u" AND s.grams LIKE "_s + like(fragment);
    return u"SELECT c.id, c.display_name, (SELECT p.e164 FROM client_phones p WHERE p.client_id = "
           u"c.id ORDER BY p.position LIMIT 1) FROM clients c JOIN client_search s ON "
           u"s.client_id = c.id WHERE "_s +
           where + u" ORDER BY c.sort_key, c.id LIMIT 100;"_s;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// A manager's view: what the access rule costs where it is felt most.
void measureAsManager(Database& db, const QStringList& searches, bool readOnly)
{
    constexpr int kManagersClients = 12000;
    const QList<QSqlRecord> managers = need(
        sql::rows(db.connection(), u"SELECT manager_id, count(*) FROM clients WHERE manager_id IS "
                                   u"NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2"_s));
    if (managers.size() < 2)
        die(makeError(ErrorKind::Failed, u"the demo has fewer than two managers"_s));
    const qint64 manager = managers[0].value(0).toLongLong();
    const qint64 colleague = managers[1].value(0).toLongLong();
    const int surplus = managers[0].value(1).toInt() - kManagersClients;
    if (surplus > 0 && !readOnly) {
        need(db.write([&](Transaction& tx) -> Status {
            return sql::exec(tx.db(),
                             u"UPDATE clients SET manager_id = ? WHERE id IN (SELECT id FROM "
                             u"clients WHERE manager_id = ? ORDER BY id LIMIT ?)"_s,
                             {colleague, manager, surplus});
        }));
    }
    const Principal principal = need(Accounts(db).principalOf(manager));
    const int theirs = need(sql::scalar(db.connection(),
                                        u"SELECT count(*) FROM clients WHERE manager_id = ? AND "
                                        u"archived = 0"_s,
                                        {manager}))
                           .toInt();
    const Principal before = db.principal();
    db.setPrincipal(principal);
    std::printf("\nas manager %s (role %s), who looks after %d clients:\n",
                principal.name.toUtf8().constData(), roleName(principal.role).toUtf8().constData(),
                theirs);

    ClientRepository repo(db);
    std::vector<double> firstPage;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        need(repo.page({}));
        firstPage.push_back(elapsedMs(t));
    }
    print(u"manager: first page (100 rows)"_s, stats(firstPage));
    std::vector<double> all;
    std::vector<double>
        cpu; // this thread's CPU time: what other processes on the machine add is not in it
    std::vector<double> firstTimes;
    std::vector<double> firstCpu;
    for (const QString& search : searches) {
        std::vector<double> keys;
        int found = 0;
        for (int len = 1; len <= search.size(); ++len) {
            ClientListQuery q;
            q.search = search.left(len);
            for (int rep = 0; rep < 5; ++rep) {
                QElapsedTimer t;
                const double cpuStart = threadCpuMs();
                t.start();
                found = typedPage(repo, q);
                keys.push_back(elapsedMs(t));
                cpu.push_back(threadCpuMs() - cpuStart);
                if (rep == 0) {
                    firstTimes.push_back(keys.back());
                    firstCpu.push_back(cpu.back());
                }
            }
        }
        all.insert(all.end(), keys.begin(), keys.end());
        print(u"manager: keystrokes of \"%1\""_s.arg(search), stats(keys),
              u"%1 shown"_s.arg(found));
    }
    print(u"manager: all keystrokes"_s, stats(all), u"target p95 <= 10 ms"_s);
    print(u"manager: all keystrokes, CPU time"_s, stats(cpu));
    print(u"manager: all keystrokes, the first time each"_s, stats(firstTimes));
    print(u"manager: all keystrokes, the first time each, CPU time"_s, stats(firstCpu));

    const qint64 busiest = need(sql::scalar(db.connection(),
                                            u"SELECT i.client_id FROM interactions i JOIN clients "
                                            u"c ON c.id = i.client_id WHERE c.manager_id = ? GROUP "
                                            u"BY 1 ORDER BY count(*) DESC LIMIT 1"_s,
                                            {manager}))
                               .toLongLong();
    InteractionRepository timeline(db);
    std::vector<double> cards;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        need(repo.load(busiest));
        need(timeline.forClient(busiest));
        need(timeline.statsFor(busiest));
        need(repo.atSameAddress(busiest));
        cards.push_back(elapsedMs(t));
    }
    print(u"manager: open one of their cards"_s, stats(cards));

    std::vector<double> pages;
    QElapsedTimer whole;
    whole.start();
    ClientListQuery q;
    int rows = 0;
    for (;;) {
        QElapsedTimer t;
        t.start();
        const QList<ClientRow> page = need(repo.page(q));
        pages.push_back(elapsedMs(t));
        if (page.isEmpty())
            break;
        rows += int(page.size());
        q.afterSortKey = page.last().sortKey;
        q.afterId = page.last().id;
    }
    print(u"manager: scroll their list, per page of 100"_s, stats(pages),
          u"%1 rows in %2 ms"_s.arg(rows).arg(elapsedMs(whole), 0, 'f', 0));
    db.setPrincipal(before);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QCommandLineOption readOnlyOption(
        u"read-only"_s, u"Change nothing: no timeline top-up, hand-over, backup or restore."_s);
    QStringList given;
    const QString path = benchDatabase(app, temp, {readOnlyOption}, &given);
    const bool readOnly = given.contains(u"read-only"_s);
    std::printf("database %s, %.0f MB\n\n", QDir::toNativeSeparators(path).toUtf8().constData(),
                double(QFileInfo(path).size()) / 1e6);

    std::vector<double> firstPage;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = need(openDatabase(benchOptions(path)));
        ClientRepository repo(*db);
        need(repo.page({}));
        firstPage.push_back(elapsedMs(t));
    }
    // The first open upgrades a database of an older schema: its time is that upgrade's.
    std::printf("first open to first page (with any schema upgrade): %.0f ms\n", firstPage[0]);
    print(u"open database to first page (100 rows)"_s, stats(firstPage));

    auto db = need(openDatabase(benchOptions(path)));
    ClientRepository repo(*db);
    const QStringList searches{u"Коваленко О"_s, u"ёлкина"_s,  u"іваненко"_s, u"smith j"_s,
                               u"0671"_s,        u"050 12"_s,  u"8799"_s,     u"gmail.c"_s,
                               u"ukr.net"_s,     u"ТОВ «Буд"_s};
    std::vector<double> all;
    std::vector<double> allCpu;
    // The first time of each keystroke apart: the repeats find its pages and
    // its formatted phones kept, as typing the same letters again does.
    std::vector<double> firstTimes;
    std::vector<double> firstCpu;
    for (const QString& search : searches) {
        std::vector<double> keys;
        int found = 0;
        for (int len = 1; len <= search.size(); ++len) {
            ClientListQuery q;
            q.search = search.left(len);
            for (int rep = 0; rep < 5; ++rep) {
                QElapsedTimer t;
                const double cpuStart = threadCpuMs();
                t.start();
                found = typedPage(repo, q);
                keys.push_back(elapsedMs(t));
                allCpu.push_back(threadCpuMs() - cpuStart);
                if (rep == 0) {
                    firstTimes.push_back(keys.back());
                    firstCpu.push_back(allCpu.back());
                }
            }
        }
        all.insert(all.end(), keys.begin(), keys.end());
        print(u"keystrokes of \"%1\""_s.arg(search), stats(keys), u"%1 shown"_s.arg(found));
    }
    print(u"all keystrokes"_s, stats(all));
    print(u"all keystrokes, CPU time"_s, stats(allCpu));
    print(u"all keystrokes, the first time each"_s, stats(firstTimes));
    print(u"all keystrokes, the first time each, CPU time"_s, stats(firstCpu));

    // The client with the longest timeline, topped up to 200 entries.
    const qint64 busiest =
        need(sql::scalar(db->connection(), u"SELECT client_id FROM interactions GROUP BY client_id "
                                           u"ORDER BY count(*) DESC LIMIT 1"_s))
            .toLongLong();
    InteractionRepository timeline(*db);
    const int have = int(need(timeline.forClient(busiest)).size());
    const int wanted = readOnly ? have : 200;
    if (have < wanted) {
        QList<Interaction> more;
        for (int i = have; i < 200; ++i) {
            Interaction x;
            x.clientId = busiest;
            x.kind = InteractionKind::Note;
            x.occurredAt = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC).addSecs(i * 3600);
            x.text = u"Bench note %1"_s.arg(i);
            more.append(x);
        }
        if (Status s = timeline.addMany(more); !s)
            die(s.error());
    }
    std::vector<double> cards;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        need(repo.load(busiest));
        const QList<Interaction> entries = need(timeline.forClient(busiest));
        need(timeline.statsFor(busiest));
        need(repo.atSameAddress(busiest));
        cards.push_back(elapsedMs(t));
        if (entries.size() < wanted)
            die(makeError(ErrorKind::Failed, u"the card has fewer entries than it was given"_s));
    }
    print(u"open a card with %1 timeline entries"_s.arg(wanted), stats(cards));

    std::vector<double> pages;
    QElapsedTimer whole;
    whole.start();
    ClientListQuery q;
    int rows = 0;
    for (;;) {
        QElapsedTimer t;
        t.start();
        const QList<ClientRow> page = need(repo.page(q));
        pages.push_back(elapsedMs(t));
        if (page.isEmpty())
            break;
        rows += int(page.size());
        q.afterSortKey = page.last().sortKey;
        q.afterId = page.last().id;
    }
    print(u"scroll the whole list, per page of 100"_s, stats(pages),
          u"%1 rows in %2 ms"_s.arg(rows).arg(elapsedMs(whole), 0, 'f', 0));
    for (const auto& [sort, label] :
         {std::pair{ClientSort::Company, "company"}, std::pair{ClientSort::Status, "status"},
          std::pair{ClientSort::Manager, "manager"}}) {
        std::vector<double> sorted;
        ClientListQuery sq;
        sq.sort = sort;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const QList<ClientRow> page = need(repo.page(sq));
            sorted.push_back(elapsedMs(t));
            sq.afterValue = page.last().sortValue;
            sq.afterSortKey = page.last().sortKey;
            sq.afterId = page.last().id;
        }
        print(u"a page of the list sorted by %1"_s.arg(QString::fromLatin1(label)), stats(sorted));
    }
    std::printf("peak memory (resident): %ld MB\n\n", peakMemoryMb());

    std::printf("the final searches, Kartoteka vs the same query in %s:\n", shellName(path));
    for (const QString& search : searches) {
        ClientListQuery fq;
        fq.search = search;
        std::vector<double> ours;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            need(repo.page(fq));
            ours.push_back(elapsedMs(t));
        }
        const double shell =
            shellMedianMs(path, {isServerAddress(path) ? psqlSql(search) : shellSql(search)}, 10);
        std::printf("  %-16s kartoteka %7.2f ms   %s %7.2f ms   ratio %5.2f\n",
                    search.toUtf8().constData(), stats(ours).median, shellName(path), shell,
                    shell > 0 ? stats(ours).median / shell : 0.0);
    }

    measureAsManager(*db, searches, readOnly);
    // A server's backups are the server's own tools' (README).
    if (readOnly || isServerAddress(path))
        return 0;

    QElapsedTimer t;
    t.start();
    const BackupInfo backup = need(
        createBackup({path, StorageMode::Local, temp.filePath(u"backups"_s), BackupKind::Manual}));
    std::printf("\nbackup: %.1f s, %.0f MB\n", elapsedMs(t) / 1000.0, double(backup.bytes) / 1e6);
    SessionRegistry session(*db, Identity::current());
    if (Status s = session.start(); !s)
        die(s.error());
    t.restart();
    const RestoreReport restored =
        need(restoreBackup(*db, session, backup.file, temp.filePath(u"backups"_s)));
    std::printf("restore (verify, safety backup, copy in): %.1f s, %lld rows\n",
                elapsedMs(t) / 1000.0, restored.rowsCopied);
    return 0;
}
