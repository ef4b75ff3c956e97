// kartoteka_audit_bench: how much the audit grows with the base.
//   kartoteka_audit_bench [--changes N] [--clients N] [--dir DIR]
// Signs in a manager, creates the clients one by one, then makes N edits of
// them (a phone, the status or the comment, in turn), each its own
// transaction as a person's save is. Prints the time of an edit and the size
// of the audit (rows, table and indexes, per row and per 100,000 changes).
#include "BenchSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

qint64 number(Database& db, const QString& statement)
{
    return need(sql::scalar(db.connection(), statement)).toLongLong();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"changes"_s, u"Client edits to make."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"clients"_s, u"Clients to edit in turn."_s, u"N"_s, u"2000"_s});
    parser.addOption(
        {u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int changes = parser.value(u"changes"_s).toInt();
    const int clientCount = std::max(1, parser.value(u"clients"_s).toInt());
    QTemporaryDir temp;
    const QString folder = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    const QString path = QDir(folder).filePath(u"audit-bench.sqlite"_s);
    QFile::remove(path);

    auto db = need(openDatabase({path, ModeChoice::Local, true}));
    Accounts accounts(*db);
    need(accounts.createOwner(u"owner"_s, u"Owner"_s, u"bench password 1"_s));
    const Account manager =
        need(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, u"bench password 1"_s));
    db->setPrincipal(need(accounts.principalOf(manager.id)));

    Lists lists(*db);
    const QList<ListItem> statuses = need(lists.items(kStatuses));
    ClientRepository repo(*db);
    std::vector<Client> clients;
    clients.reserve(clientCount);
    for (int i = 0; i < clientCount; ++i) {
        Client c;
        c.lastName = u"Коваленко %1"_s.arg(i);
        c.firstName = u"Марія"_s;
        c.phones.append({u"mobile"_s, u"050 %1"_s.arg(1000000 + i, 7, 10, QChar(u'0')), {}});
        c.emails.append({u"work"_s, u"client%1@example.com"_s.arg(i)});
        c.statusId = statuses.first().id;
        c.managerId = manager.id;
        need(repo.create(c));
        clients.push_back(c);
    }
    const qint64 rowsBefore = number(*db, u"SELECT count(*) FROM audit"_s);
    const qint64 bytesBefore =
        number(*db, u"SELECT COALESCE(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'audit%'"_s);

    std::vector<double> ms;
    ms.reserve(changes);
    for (int n = 0; n < changes; ++n) {
        Client& c = clients[n % clientCount];
        switch (n % 3) {
        case 0:
            c.phones.first().raw = u"067 %1"_s.arg(1000000 + n % 9000000, 7, 10, QChar(u'0'));
            break;
        case 1: {
            // The next status in the list: always a change.
            qsizetype at = 0;
            while (statuses.at(at).id != c.statusId)
                ++at;
            c.statusId = statuses.at((at + 1) % statuses.size()).id;
        } break;
        default:
            c.comment = u"Дзвонив %1, просив перезвонити"_s.arg(n);
            break;
        }
        QElapsedTimer t;
        t.start();
        need(repo.update(c));
        ms.push_back(elapsedMs(t));
    }
    const Stats edit = stats(ms);
    const qint64 rows = number(*db, u"SELECT count(*) FROM audit"_s) - rowsBefore;
    const qint64 table =
        number(*db, u"SELECT COALESCE(sum(pgsize), 0) FROM dbstat WHERE name = 'audit'"_s);
    const qint64 all =
        number(*db, u"SELECT COALESCE(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'audit%'"_s) -
        bytesBefore;
    const qint64 details = number(*db, u"SELECT sum(length(details)) FROM audit"_s);
    const qint64 allRows = number(*db, u"SELECT count(*) FROM audit"_s);

    std::printf("client edits:                 %d (%d clients)\n", changes, clientCount);
    std::printf("one edit with its audit row:  median %.3f ms   p95 %.3f ms   max %.3f ms\n",
                edit.median, edit.p95, edit.max);
    std::printf("audit rows added:             %lld\n", rows);
    std::printf("audit table + indexes grew:   %.1f MB (%.0f bytes a row)\n", all / 1e6,
                rows ? double(all) / rows : 0.0);
    std::printf("audit table alone:            %.1f MB for %lld rows (%.0f bytes a row)\n",
                table / 1e6, allRows, allRows ? double(table) / allRows : 0.0);
    std::printf("details JSON:                 %.0f bytes a row on average\n",
                allRows ? double(details) / allRows : 0.0);
    std::printf("per 100,000 changes:          %.1f MB\n",
                rows ? double(all) / rows * 100000 / 1e6 : 0.0);
    return 0;
}
