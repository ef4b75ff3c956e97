// kartoteka-test-writer: one of several processes writing to one database file
// (or server database: DB is then its address) at once, for the integration tests.
//   kartoteka-test-writer DB local|shared rows WRITER COUNT ROWS_PER_TRANSACTION
//       inserts COUNT transactions into `writes`, printing "committed N MS" after each commit
//       (MS: how long that save took, waits included)
//   kartoteka-test-writer DB local|shared counter WRITER COUNT
//       increments the shared setting "counter" COUNT times, read-modify-write with versions
//   kartoteka-test-writer DB local|shared window WRITER BACKUP_DIR
//       behaves like the window until killed: a main connection with the change watcher,
//       a row written every few ms ("committed N" after each commit), report connections
//       opened and closed beside it, and now and then a backup on a connection of its own
#include "backup/BackupMaker.h"
#include "settings/SharedSettings.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "writer: %s\n", message.toUtf8().constData());
    return 2;
}

// Busy is expected while others write; anything else ends the run.
template <typename Attempt> Status retryWhileBusy(Attempt attempt)
{
    for (int tries = 0;; ++tries) {
        Status s = attempt();
        if (s || (s.error().kind != ErrorKind::Busy && s.error().kind != ErrorKind::Conflict) ||
            tries > 2000)
            return s;
        QThread::msleep(1 + tries % 7);
    }
}

int writeRows(Database& db, int writer, int count, int rowsPerTransaction)
{
    const QString payload(400, u'ж');
    for (int seq = 0; seq < count; ++seq) {
        QElapsedTimer took;
        took.start();
        Status s = retryWhileBusy([&] {
            return db.write([&](Transaction& tx) -> Status {
                for (int part = 0; part < rowsPerTransaction; ++part) {
                    if (Status st = sql::exec(tx.db(),
                                              u"INSERT INTO writes (writer, seq, part, payload) "
                                              u"VALUES (?, ?, ?, ?)"_s,
                                              {writer, seq, part, payload});
                        !st)
                        return st;
                }
                tx.recordChange(u"writes"_s, seq, ChangeOp::Insert);
                return Status::success();
            });
        });
        if (!s)
            return fail(s.error().fullText());
        // How long the save took, waits for locks included: what a person would wait.
        std::printf("committed %d %lld\n", seq, static_cast<long long>(took.elapsed()));
        std::fflush(stdout);
    }
    return 0;
}

int incrementCounter(Database& db, int count)
{
    SharedSettings settings(db);
    for (int i = 0; i < count; ++i) {
        Status s = retryWhileBusy([&]() -> Status {
            Result<SettingValue> current = settings.get(u"counter"_s);
            if (!current)
                return current.error();
            const int next = current->value.toInt() + 1;
            Result<qint64> saved =
                settings.set(u"counter"_s, QString::number(next), current->version);
            return saved ? Status::success() : Status(saved.error());
        });
        if (!s)
            return fail(s.error().fullText());
    }
    std::printf("done\n");
    return 0;
}

// Every connection this opens beside the main one is one more chance for the
// process to lose its file locks, which is what the torture test is after.
int actLikeWindow(Database& db, int writer, const QString& backupDir)
{
    ChangeWatcher watcher(db);
    watcher.start(50);
    const OpenOptions reportOptions = [&] {
        OpenOptions o = db.reopenOptions();
        o.bulkReads = true;
        return o;
    }();
    int seq = 0;
    int exitCode = 0;
    auto stop = [&](const Error& error) {
        exitCode = fail(error.fullText());
        QCoreApplication::quit();
    };

    QTimer writes;
    QObject::connect(&writes, &QTimer::timeout, [&] {
        Status s = retryWhileBusy([&] {
            return db.write([&](Transaction& tx) -> Status {
                tx.recordChange(u"writes"_s, seq, ChangeOp::Insert);
                return sql::exec(tx.db(),
                                 u"INSERT INTO writes (writer, seq, part, payload) "
                                 u"VALUES (?, ?, 0, 'window')"_s,
                                 {writer, seq});
            });
        });
        if (!s)
            return stop(s.error());
        std::printf("committed %d\n", seq++);
        std::fflush(stdout);
    });
    QTimer reports;
    QObject::connect(&reports, &QTimer::timeout, [&] {
        Result<std::unique_ptr<Database>> own = Database::open(reportOptions);
        if (!own)
            return stop(own.error());
        Result<QVariant> n = sql::scalar((*own)->connection(), u"SELECT count(*) FROM writes"_s);
        if (!n)
            return stop(n.error());
    });
    QTimer backups;
    QObject::connect(&backups, &QTimer::timeout, [&] {
        Result<BackupInfo> made =
            createBackup({db.path(), db.mode(), backupDir, BackupKind::Manual});
        if (!made && made.error().kind != ErrorKind::Busy)
            return stop(made.error());
    });
    writes.start(3);
    reports.start(40);
    backups.start(1500);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Stderr is for failures only: the tests read it.
    QLoggingCategory::setFilterRules(u"kartoteka.*.debug=false\nkartoteka.*.info=false"_s);
    const QStringList args = app.arguments();
    if (args.size() < 6)
        return fail(u"usage: DB local|shared rows|counter WRITER COUNT [ROWS_PER_TRANSACTION]"_s);
    const ModeChoice mode = args[2] == u"shared" ? ModeChoice::Shared : ModeChoice::Local;
    OpenOptions options{args[1], mode, false};
    // DB may be a server's address: the same writers then share a server database.
    options.allowServer = true;
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db)
        return fail(db.error().fullText());
    const int writer = args[4].toInt();
    if (args[3] == u"window")
        return actLikeWindow(**db, writer, args[5]);
    const int count = args[5].toInt();
    if (args[3] == u"rows")
        return writeRows(**db, writer, count, args.value(6, u"1"_s).toInt());
    if (args[3] == u"counter")
        return incrementCounter(**db, count);
    return fail(u"unknown job "_s + args[3]);
}
