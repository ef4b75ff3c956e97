// kartoteka_startup_bench: how long the real program takes from its process
// start to the first page of the client list painted with its rows.
//   kartoteka_startup_bench --db FILE [--runs N] [--user LOGIN] [--password P]
// Launches the built `kartoteka` executable N times (default 5) offscreen with
// KARTOTEKA_STARTUP_TRACE=quit, which makes it sign in with the given account
// (default: the demo's owner), print the time of each step since main() and
// exit once the first page is painted. The wall time is taken here, from just
// before the process is started to the marker on its stderr, so dynamic
// loading is counted too. Prints the median of each step, the wall time and
// the window's peak memory (resident): the largest start's to its exit, and
// as the window reports it when its first page is shown (VmHWM, and what is
// resident then: its own memory and the pages of mapped files). The program runs in a temporary
// home folder: its settings, window geometry and any backup it starts go there. The database is
// opened as the program opens it (a session row is written).
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database to open."_s, u"FILE"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Starts to measure."_s, u"N"_s, u"5"_s);
    const QCommandLineOption userOption(u"user"_s, u"Login to sign in with."_s, u"LOGIN"_s,
                                        u"owner"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Its password."_s, u"PASSWORD"_s,
                                            u"demo-kartoteka"_s);
    const QCommandLineOption exeOption(u"exe"_s, u"The kartoteka executable."_s, u"FILE"_s,
                                       QStringLiteral(KARTOTEKA_GUI_EXECUTABLE));
    parser.addOptions({dbOption, runsOption, userOption, passwordOption, exeOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "bench: --db FILE is required\n");
        return 2;
    }
    const QString db = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::printf("database %s, %.0f MB, %d starts of %s\n\n",
                QDir::toNativeSeparators(db).toUtf8().constData(),
                double(QFileInfo(db).size()) / 1e6, runs,
                parser.value(exeOption).toUtf8().constData());

    static const QRegularExpression step(u"^kartoteka-startup: (\\S+) ([0-9.]+) ms"_s,
                                         QRegularExpression::MultilineOption);
    QStringList order;
    QMap<QString, std::vector<double>> steps;
    // The window's own report of its memory once the first page is shown.
    static const QRegularExpression memoryLine(u"^kartoteka-memory: (\\S+) ([0-9.]+) MB"_s,
                                               QRegularExpression::MultilineOption);
    QStringList memoryOrder;
    QMap<QString, std::vector<double>> memory;
    std::vector<double> wall;
    std::vector<double> cpu;
    // The children's CPU time, user and system: on a shared machine the wall
    // time swings with the others' load, the CPU time much less.
    const auto childrenCpuMs = [] {
        struct rusage usage
        {
        };
        getrusage(RUSAGE_CHILDREN, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    };
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"KARTOTEKA_STARTUP_TRACE"_s, u"quit"_s);
        env.insert(u"KARTOTEKA_USER"_s, parser.value(userOption));
        env.insert(u"KARTOTEKA_PASSWORD"_s, parser.value(passwordOption));
        const double cpuBefore = childrenCpuMs();
        QProcess gui;
        gui.setProcessEnvironment(env);
        QString err;
        double shown = -1;
        QElapsedTimer clock;
        QObject::connect(&gui, &QProcess::readyReadStandardError, &gui, [&] {
            err += QString::fromUtf8(gui.readAllStandardError());
            if (shown < 0 && err.contains(u"first-page-shown"_s))
                shown = elapsedMs(clock);
        });
        clock.start();
        gui.start(parser.value(exeOption), {u"--db"_s, db});
        if (!gui.waitForStarted(10000)) {
            std::fprintf(stderr, "bench: cannot start %s\n",
                         parser.value(exeOption).toUtf8().constData());
            return 1;
        }
        while (gui.state() != QProcess::NotRunning && shown < 0)
            gui.waitForReadyRead(60000);
        gui.waitForFinished(60000);
        err += QString::fromUtf8(gui.readAllStandardError());
        if (shown < 0) {
            std::fprintf(stderr, "bench: no first page shown; the program said:\n%s\n",
                         err.toUtf8().constData());
            return 1;
        }
        wall.push_back(shown);
        cpu.push_back(childrenCpuMs() - cpuBefore);
        for (auto it = step.globalMatch(err); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!order.contains(m.captured(1)))
                order.append(m.captured(1));
            steps[m.captured(1)].push_back(m.captured(2).toDouble());
        }
        for (auto it = memoryLine.globalMatch(err); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!memoryOrder.contains(m.captured(1)))
                memoryOrder.append(m.captured(1));
            memory[m.captured(1)].push_back(m.captured(2).toDouble());
        }
    }
    for (const QString& name : std::as_const(order)) {
        const Stats s = stats(steps.value(name));
        std::printf("%-44s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (since main)\n",
                    (u"start: "_s + name).toUtf8().constData(), s.median, s.p95, s.max);
    }
    const Stats s = stats(wall);
    std::printf("%-44s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (process start to first "
                "page, signed in by the environment)\n",
                "start to first page shown", s.median, s.p95, s.max);
    const Stats c = stats(cpu);
    std::printf("%-44s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (user + system, the whole run "
                "to its exit)\n",
                "CPU time of a start", c.median, c.p95, c.max);
    struct rusage children
    {
    };
    getrusage(RUSAGE_CHILDREN, &children);
    std::printf("window peak memory (resident): %ld MB  (the largest start, to its exit)\n",
                children.ru_maxrss / 1024);
    // VmHWM: the peak so far; RssAnon is the program's own memory, RssFile
    // the pages of mapped files (the database, the libraries) it has touched.
    static const QMap<QString, QString> meaning{{u"VmHWM"_s, u"peak resident"_s},
                                                {u"VmRSS"_s, u"resident"_s},
                                                {u"RssAnon"_s, u"resident, own memory"_s},
                                                {u"RssFile"_s, u"resident, mapped files"_s}};
    for (const QString& field : std::as_const(memoryOrder)) {
        const Stats m = stats(memory.value(field));
        std::printf("%-44s median %8.1f MB  max %8.1f MB  (%s, as the window reports it)\n",
                    (u"at first page: "_s + meaning.value(field, field)).toUtf8().constData(),
                    m.median, m.max, field.toUtf8().constData());
    }
    return 0;
}
