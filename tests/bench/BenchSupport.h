#pragma once

// Shared by the benchmarks: timing statistics and "stop with the error".
#include "accounts/ServerLogins.h"
#include "demo/DemoData.h"
#include "storage/Result.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace kartoteka::bench {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))],
            ms.back()};
}

inline double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] inline void die(const Error& e)
{
    std::fprintf(stderr, "bench: %s\n", e.fullText().toUtf8().constData());
    std::exit(1);
}

template <typename T> T need(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r).value();
}

inline void need(const Status& s)
{
    if (!s)
        die(s.error());
}

// What opens the database to measure: a file in local mode, or a server
// database (postgresql://...) as the account KARTOTEKA_BENCH_USER with
// KARTOTEKA_PASSWORD (its own login role, under the server's row-level
// security), else as the address's user.
inline OpenOptions benchOptions(const QString& path, bool bulkReads = false)
{
    OpenOptions options;
    options.path = path;
    options.mode = ModeChoice::Local;
    options.createIfMissing = false;
    options.bulkReads = bulkReads;
    if (!isServerAddress(path))
        return options;
    options.allowServer = true;
    const QString login = qEnvironmentVariable("KARTOTEKA_BENCH_USER");
    if (login.isEmpty())
        return options;
    return serverSignInOptions(options, login, qEnvironmentVariable("KARTOTEKA_PASSWORD"));
}

// The database to measure: `--db FILE`, or a demo of `--clients N` (default
// 100,000) made in `temp` first. `flags`: switches of the bench's own; the
// names of those given are put in `given`.
inline QString benchDatabase(const QCoreApplication& app, const QTemporaryDir& temp,
                             const QList<QCommandLineOption>& flags = {},
                             QStringList* given = nullptr)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Demo database to measure."), QStringLiteral("FILE"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients to generate."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({dbOption, clientsOption});
    parser.addOptions(flags);
    parser.addHelpOption();
    parser.process(app);
    for (const QCommandLineOption& flag : flags) {
        if (given && parser.isSet(flag))
            given->append(flag.names().constFirst());
    }
    if (parser.isSet(dbOption))
        return parser.value(dbOption);
    const QString path = temp.filePath(QStringLiteral("demo.sqlite"));
    auto db = need(openDatabase({path, ModeChoice::Local, true}));
    QElapsedTimer t;
    t.start();
    const DemoReport made = need(generateDemo(*db, {parser.value(clientsOption).toInt(), 1}));
    std::printf("demo data: %d clients, %d timeline entries, %d deals in %.1f s\n", made.clients,
                made.interactions, made.deals, elapsedMs(t) / 1000.0);
    return path;
}

// Median of psql's own "Time:" over `runs` runs of `statements` (one run: all
// of them, their times added up) on a server database, as a person runs them
// by hand; the password, if any, from PGPASSWORD or ~/.pgpass.
inline double psqlMedianMs(const QString& address, const QStringList& statements, int runs)
{
    QString script = QStringLiteral("\\timing on\n\\o /dev/null\n");
    for (int i = 0; i < runs; ++i)
        script += statements.join(u'\n') + u'\n';
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), address});
    if (!psql.waitForStarted())
        return -1;
    psql.write(script.toUtf8());
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    // A statement that fails is timed too: no figure beats a wrong one.
    const QByteArray errors = psql.readAllStandardError();
    if (errors.contains("ERROR:")) {
        std::fprintf(stderr, "psql: %s\n", errors.constData());
        return -1;
    }
    std::vector<double> times;
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    auto it = time.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    double run = 0;
    for (int n = 1; it.hasNext(); ++n) {
        run += it.next().captured(1).toDouble();
        if (n % statements.size() == 0) {
            times.push_back(run);
            run = 0;
        }
    }
    return times.empty() ? -1 : stats(times).median;
}

// The shell a person would use on `db`: "sqlite3" for a file, "psql" for a server.
inline const char* shellName(const QString& db)
{
    return isServerAddress(db) ? "psql" : "sqlite3";
}

// Median of the shell's own time (sqlite3's "Run Time: real", psql's
// "Time:") over `runs` runs of `statements` (one run: all of them, their
// times added up).
inline double shellMedianMs(const QString& db, const QStringList& statements, int runs)
{
    if (isServerAddress(db))
        return psqlMedianMs(db, statements, runs);
    QString script = QStringLiteral(".timer on\n");
    for (int i = 0; i < runs; ++i)
        script += statements.join(u'\n') + u'\n';
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {db});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    std::vector<double> times;
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    double run = 0;
    for (int n = 1; it.hasNext(); ++n) {
        run += it.next().captured(1).toDouble() * 1000.0;
        if (n % statements.size() == 0) {
            times.push_back(run);
            run = 0;
        }
    }
    return stats(times).median;
}

} // namespace kartoteka::bench
