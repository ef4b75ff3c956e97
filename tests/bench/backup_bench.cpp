// kartoteka_backup_bench: how long a save in another process waits while a
// backup runs, before (VACUUM INTO, the whole copy under one read lock) and
// after (the paged online backup), in local (WAL) and shared (rollback) mode.
//   kartoteka_backup_bench --db FILE [--interval-ms 50] [--modes local,shared]
//                          [--methods vacuum,paged] [--burst-ms B --gap-ms G]
//                          [--quiet-wait-s S]
// FILE is a demo database (`kartoteka-cli demo --clients 100000 --db FILE`).
// It is used in place: opening it in shared mode switches its journal to
// DELETE (back to WAL at the end), and the writer's saves add rows to its
// change feed. Backups go to a temporary folder and are deleted.
// The writer is this program again (`--writer FILE MODE INTERVAL BURST GAP`):
// it saves one change-feed row every INTERVAL ms in a transaction of its own
// and prints when each save started and how long it took; with a GAP it saves
// for BURST ms, pauses GAP ms (a shop's quiet moment), and so on.
// --quiet-wait-s: how long the paged backup in shared mode looks for a pass
// nobody saves in before it gives up as busy (BackupPacing::quietWaitMs).
#include "BenchSupport.h"

#include "backup/BackupMaker.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

ModeChoice modeOf(const QString& name)
{
    return name == u"shared" ? ModeChoice::Shared : ModeChoice::Local;
}

int runWriter(const QString& path, const QString& mode, int intervalMs, int burstMs, int gapMs)
{
    QElapsedTimer burst;
    burst.start();
    auto db = need(Database::open({path, modeOf(mode), false}));
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 n = 1;; ++n) {
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer t;
        t.start();
        const Status s = db->write([&](Transaction& tx) {
            tx.recordChange(u"bench_save"_s, n, ChangeOp::Update);
            return Status::success();
        });
        std::printf("%s %lld %.3f\n", s ? "save" : "failed", static_cast<long long>(started),
                    elapsedMs(t));
        std::fflush(stdout);
        const qint64 left = intervalMs - t.elapsed();
        if (left > 0)
            QThread::msleep(static_cast<unsigned long>(left));
        if (gapMs > 0 && burst.elapsed() >= burstMs) {
            QThread::msleep(static_cast<unsigned long>(gapMs));
            burst.restart();
        }
    }
}

struct Save
{
    qint64 startedAt = 0;
    double ms = 0;
    bool failed = false;
};

struct Run
{
    double backupMs = 0;
    std::vector<Save> saves;
    BackupProgress progress;
    double copyMs = 0; // until the last page was copied (then the check and the checksum)
    double heldMs = 0; // of which holding the read lock from step to step
    QString error;
};

// One backup with the writer saving beside it: one second of saves before, the
// backup, half a second after.
struct Rhythm
{
    int intervalMs = 50;
    int burstMs = 0;
    int gapMs = 0;
    int quietWaitMs = BackupPacing{}.quietWaitMs;
};

Run measure(const QString& path, const QString& mode, const Rhythm& rhythm, const QString& method,
            const QString& folder)
{
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
                 {u"--writer"_s, path, mode, QString::number(rhythm.intervalMs),
                  QString::number(rhythm.burstMs), QString::number(rhythm.gapMs)});
    if (!writer.waitForStarted() || !writer.waitForReadyRead(60000))
        die(makeError(ErrorKind::Failed, u"the writer did not start"_s));
    QThread::msleep(1000);

    Run run;
    const qint64 from = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    if (method == u"vacuum") {
        // What createBackup did before: VACUUM INTO on a connection of its own.
        auto db = need(Database::open({path, modeOf(mode), false}));
        const Status s = sql::exec(db->connection(), u"VACUUM INTO ?"_s,
                                   {QDir(folder).filePath(u"vacuum.sqlite"_s)});
        if (!s)
            run.error = s.error().fullText();
    } else {
        BackupRequest request{path, mode == u"shared" ? StorageMode::Shared : StorageMode::Local,
                              folder, BackupKind::Manual};
        request.pacing.quietWaitMs = rhythm.quietWaitMs;
        double heldFrom = -1;
        request.progress = [&](const BackupProgress& p) {
            if (p.holdingSnapshot && heldFrom < 0)
                heldFrom = elapsedMs(t);
            if (p.pagesDone == p.pagesTotal && run.copyMs == 0) {
                run.copyMs = elapsedMs(t);
                run.heldMs = heldFrom < 0 ? 0 : run.copyMs - heldFrom;
            }
            run.progress = p;
            return true;
        };
        const Result<BackupInfo> made = createBackup(request);
        if (!made)
            run.error = made.error().fullText();
    }
    run.backupMs = elapsedMs(t);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    QThread::msleep(500);
    writer.kill();
    writer.waitForFinished();
    for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            continue;
        Save save{parts[1].toLongLong(), parts[2].toDouble(), parts[0] == "failed"};
        // The saves that began while the backup ran (or waited into it).
        if (save.startedAt + qint64(save.ms) >= from && save.startedAt <= to)
            run.saves.push_back(save);
    }
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        QFile::remove(file.absoluteFilePath());
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 7 && args[1] == u"--writer")
        return runWriter(args[2], args[3], args[4].toInt(), args[5].toInt(), args[6].toInt());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Demo database to back up (used in place)."_s,
                                      u"FILE"_s);
    const QCommandLineOption intervalOption(u"interval-ms"_s, u"The writer saves this often."_s,
                                            u"MS"_s, u"50"_s);
    const QCommandLineOption modesOption(u"modes"_s, u"local,shared"_s, u"LIST"_s,
                                         u"local,shared"_s);
    const QCommandLineOption methodsOption(u"methods"_s, u"vacuum (before), paged (after)"_s,
                                           u"LIST"_s, u"vacuum,paged"_s);
    const QCommandLineOption burstOption(u"burst-ms"_s, u"The writer saves for this long..."_s,
                                         u"MS"_s, u"0"_s);
    const QCommandLineOption gapOption(u"gap-ms"_s, u"...then pauses this long (0: never)."_s,
                                       u"MS"_s, u"0"_s);
    const QCommandLineOption quietOption(u"quiet-wait-s"_s,
                                         u"Shared mode: give up after this long without a "
                                         u"quiet pass."_s,
                                         u"S"_s,
                                         QString::number(BackupPacing{}.quietWaitMs / 1000));
    parser.addOptions({dbOption, intervalOption, modesOption, methodsOption, burstOption, gapOption,
                       quietOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption))
        parser.showHelp(1);
    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const Rhythm rhythm{parser.value(intervalOption).toInt(), parser.value(burstOption).toInt(),
                        parser.value(gapOption).toInt(), parser.value(quietOption).toInt() * 1000};
    const int intervalMs = rhythm.intervalMs;
    QTemporaryDir temp(QFileInfo(path).absolutePath() + u"/backup-bench-XXXXXX"_s);
    if (!temp.isValid())
        die(makeError(ErrorKind::Io, u"cannot create a temporary folder beside the database"_s));

    std::printf("database: %s, %.1f MB; a writer in another process saves every %d ms",
                qPrintable(path), double(QFileInfo(path).size()) / 1e6, intervalMs);
    if (rhythm.gapMs > 0)
        std::printf(" for %d ms, then pauses %d ms", rhythm.burstMs, rhythm.gapMs);
    std::printf("\n");
    std::printf("%-7s %-22s %10s %8s %8s %7s %14s %8s %9s %8s\n", "mode", "backup", "backup ms",
                "copy ms", "held ms", "saves", "worst wait ms", "p95 ms", "median ms", "restarts");
    for (const QString& mode : parser.value(modesOption).split(u',')) {
        // Switch the file's journal to the mode's (nobody else has it open).
        need(Database::open({path, modeOf(mode), false}));
        for (const QString& method : parser.value(methodsOption).split(u',')) {
            const Run run = measure(path, mode, rhythm, method, temp.path());
            std::vector<double> waits;
            int failed = 0;
            for (const Save& s : run.saves) {
                waits.push_back(s.ms);
                failed += s.failed ? 1 : 0;
            }
            const Stats st = stats(waits);
            const char* label = method == u"vacuum" ? "VACUUM INTO (before)" : "paged (after)";
            const bool vacuum = method == u"vacuum";
            std::printf("%-7s %-22s %10.0f %8.0f %8.0f %7zu %14.1f %8.1f %9.1f %8s%s%s\n",
                        qPrintable(mode), label, run.backupMs, vacuum ? run.backupMs : run.copyMs,
                        vacuum ? run.backupMs : run.heldMs, run.saves.size(), st.max, st.p95,
                        st.median,
                        method == u"vacuum"
                            ? "-"
                            : qPrintable(QString::number(run.progress.restarts) +
                                         (run.progress.holdingSnapshot ? u" (held)"_s : QString())),
                        failed ? qPrintable(u"  %1 saves failed busy"_s.arg(failed)) : "",
                        run.error.isEmpty() ? "" : qPrintable(u"  error: "_s + run.error));
            std::fflush(stdout);
        }
    }
    need(Database::open({path, ModeChoice::Local, false}));
    return 0;
}
