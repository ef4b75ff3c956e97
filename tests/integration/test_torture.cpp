// The window, other programs and power cuts on one file at once (issue 10, §1).
//
// A process built like the window (main connection, change watcher, report and
// backup connections opened and closed, a write every few ms) runs while other
// processes open and close the same file again and again (find, check, backup),
// and is killed with SIGKILL at random moments and started again. Every id it
// reported committed must be in the file, the file must pass integrity_check,
// and no process may ever hold a deleted -wal or -shm: that is what a process
// that lost its POSIX locks writes into while another one believes it is alone.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

int tortureSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("KARTOTEKA_TORTURE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

// The files of the database that `pid` holds open although they were deleted.
QStringList deletedDatabaseFiles(qint64 pid, const QString& databasePath)
{
    QStringList found;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        // A symlink's target names the file; reading it opens nothing.
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.startsWith(databasePath) && target.endsWith(u" (deleted)"))
            found.append(target);
    }
    return found;
}

struct Incarnation
{
    std::unique_ptr<QProcess> process;
    QString output;
    int number = 0;
};

class Torture
{
public:
    Torture(const QString& mode, TempDir& dir)
        : m_mode(mode), m_dir(dir), m_path(dir.path(u"torture.sqlite"_s)), m_random(20261130)
    {
        QDir().mkpath(dir.path(u"window-backups"_s));
        QDir().mkpath(dir.path(u"cli-backups"_s));
        QDir().mkpath(dir.path(u"home"_s));
        auto db = openTestDatabase(m_path, modeChoice());
        requireOk(db->write([](Transaction& tx) {
            return sql::exec(tx.db(), u"CREATE TABLE writes (writer INTEGER, seq INTEGER, part "
                                      u"INTEGER, payload TEXT, PRIMARY KEY (writer, seq, part))"_s);
        }));
    }

    void run(int seconds)
    {
        QElapsedTimer& clock = m_clock;
        clock.start();
        startWriter();
        qint64 killAt = nextKill(clock.elapsed());
        while (clock.elapsed() < seconds * 1000LL) {
            keepOthersBusy();
            watchForDeletedFiles();
            if (clock.elapsed() >= killAt) {
                killWriter();
                startWriter();
                killAt = nextKill(clock.elapsed());
            }
            // QProcess learns that a child has finished from the event loop.
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(2);
        }
        killWriter();
        for (auto& other : m_others)
            other->waitForFinished(60000);
    }

    // Committed writes that are not in the file.
    int countLost()
    {
        auto db = requireValue(Database::open({m_path, modeChoice(), false}));
        CHECK(requireValue(sql::scalar(db->connection(), u"PRAGMA integrity_check"_s)).toString() ==
              u"ok"_s);
        int lost = 0;
        for (const auto& [writer, last] : m_lastCommitted) {
            lost += last + 1 -
                    requireValue(sql::scalar(db->connection(),
                                             u"SELECT count(*) FROM writes WHERE writer = ? AND "
                                             u"seq <= ?"_s,
                                             {writer, last}))
                        .toInt();
        }
        return lost;
    }

    int kills = 0;
    int writes = 0;
    int otherRuns = 0;
    int otherFailures = 0;
    QStringList deletedSeen;
    QStringList otherErrors;

private:
    ModeChoice modeChoice() const
    {
        return m_mode == u"shared" ? ModeChoice::Shared : ModeChoice::Local;
    }

    qint64 nextKill(qint64 now) { return now + m_random.bounded(300, 3000); }

    void startWriter()
    {
        Incarnation w;
        w.number = m_nextNumber++;
        w.output = m_dir.path(u"window-%1.out"_s.arg(w.number));
        w.process = std::make_unique<QProcess>();
        w.process->setStandardOutputFile(w.output);
        w.process->setStandardErrorFile(w.output + u".err"_s);
        w.process->start(QStringLiteral(KARTOTEKA_TEST_WRITER),
                         {m_path, m_mode, u"window"_s, QString::number(w.number),
                          m_dir.path(u"window-backups"_s)});
        REQUIRE(w.process->waitForStarted(10000));
        m_writer = std::move(w);
    }

    void killWriter()
    {
        // Let it commit at least once, so every run puts something at stake.
        QElapsedTimer waited;
        waited.start();
        while (committedBy(m_writer).isEmpty() && waited.elapsed() < 30000 &&
               m_writer.process->state() == QProcess::Running)
            QThread::msleep(5);
        // One that stopped by itself has already told why on stderr (checked below).
        if (m_writer.process->state() != QProcess::NotRunning) {
            m_writer.process->kill();
            REQUIRE(m_writer.process->waitForFinished(30000));
        }
        ++kills;
        QFile err(m_writer.output + u".err"_s);
        REQUIRE(err.open(QIODevice::ReadOnly));
        const QByteArray errors = err.readAll();
        INFO(errors.toStdString());
        CHECK(errors.isEmpty()); // the window never failed a write or a read
        const QList<int> committed = committedBy(m_writer);
        REQUIRE_FALSE(committed.isEmpty());
        writes += int(committed.size());
        m_lastCommitted.emplace_back(m_writer.number, committed.last());
    }

    static QList<int> committedBy(const Incarnation& w)
    {
        QFile out(w.output);
        if (!out.open(QIODevice::ReadOnly))
            return {};
        return committedSequences(out.readAll());
    }

    // Two other programs at a time, each opening and closing the file.
    void keepOthersBusy()
    {
        for (auto it = m_others.begin(); it != m_others.end();) {
            if ((*it)->state() == QProcess::NotRunning) {
                ++otherRuns;
                if ((*it)->exitStatus() != QProcess::NormalExit || (*it)->exitCode() != 0) {
                    ++otherFailures;
                    if (otherErrors.size() < 5)
                        otherErrors.append((*it)->arguments().join(u' ') + u": "_s +
                                           QString::fromUtf8((*it)->readAllStandardError()));
                }
                it = m_others.erase(it);
            } else {
                ++it;
            }
        }
        while (m_others.size() < 2) {
            static const QList<QStringList> commands{{u"clients"_s, u"find"_s, u"050"_s},
                                                     {u"check"_s},
                                                     {u"backup"_s, u"--to"_s, u"CLI_BACKUPS"_s}};
            QStringList arguments = commands.at(m_random.bounded(int(commands.size())));
            arguments.replaceInStrings(u"CLI_BACKUPS"_s, m_dir.path(u"cli-backups"_s));
            arguments += {u"--db"_s, m_path, u"--"_s + m_mode};
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(cliEnvironment(m_dir.path(u"home"_s)));
            process->setStandardOutputFile(QProcess::nullDevice());
            process->start(QStringLiteral(KARTOTEKA_CLI), arguments);
            REQUIRE(process->waitForStarted(10000));
            m_others.push_back(std::move(process));
        }
    }

    // A process that holds a deleted -wal or -shm for 100 ms or more. A process
    // that is exiting (or was just killed) closes its database before its
    // -shm, so for an instant it may be seen with the one a colleague just
    // removed; one that lost its locks keeps writing into it.
    void watchForDeletedFiles()
    {
        std::vector<std::pair<qint64, QString>> programs{
            {m_writer.process->processId(), u"the window"_s}};
        for (const auto& other : m_others)
            programs.emplace_back(other->processId(), other->arguments().join(u' '));
        QHash<QString, qint64> stillHeld;
        const qint64 now = m_clock.elapsed();
        for (const auto& [pid, what] : programs) {
            if (pid <= 0)
                continue;
            for (const QString& file : deletedDatabaseFiles(pid, m_path)) {
                const QString key = u"%1 (pid %2, %3)"_s.arg(file).arg(pid).arg(what);
                const qint64 since = m_heldSince.value(key, now);
                stillHeld.insert(key, since);
                if (now - since >= 100 && !deletedSeen.contains(key))
                    deletedSeen.append(key);
            }
        }
        m_heldSince = stillHeld;
    }

    QString m_mode;
    TempDir& m_dir;
    QString m_path;
    QRandomGenerator m_random;
    Incarnation m_writer;
    int m_nextNumber = 0;
    std::vector<std::unique_ptr<QProcess>> m_others;
    std::vector<std::pair<int, int>> m_lastCommitted;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_heldSince;
};

void torture(const QString& mode)
{
    TempDir dir;
    Torture t(mode, dir);
    t.run(tortureSeconds());
    const int lost = t.countLost();
    WARN(mode.toStdString() << " mode: " << t.kills << " kills, " << t.writes
                            << " committed writes, " << t.otherRuns
                            << " other programs' runs, lost: " << lost);
    INFO("deleted files held: " << t.deletedSeen.join(u", "_s).toStdString());
    CHECK(t.deletedSeen.isEmpty());
    INFO("other programs' errors: " << t.otherErrors.join(u"\n"_s).toStdString());
    CHECK(t.otherFailures == 0);
    CHECK(t.kills >= 10);
    CHECK(lost == 0);
}

} // namespace

TEST_CASE("the window keeps every save while other programs open the file: local mode",
          "[integration][torture]")
{
    torture(u"local"_s);
}

TEST_CASE("the window keeps every save while other programs open the file: shared mode",
          "[integration][torture]")
{
    torture(u"shared"_s);
}
