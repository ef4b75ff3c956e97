#include "ProcessHelpers.h"

#include "Catch.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    // One defined language whatever the developer's desktop speaks: the CLI
    // follows LANG. Tests check exit codes, error kinds and data, not words;
    // a test about the language sets LANG itself.
    for (const QString& name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

CliRun runCli(const QStringList& arguments, const QString& home,
              const QMap<QString, QString>& environment)
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment(home);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KARTOTEKA_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString newShop(const TempDir& home, const QStringList& clients)
{
    const QString db = home.path(u"shop.sqlite"_s);
    // `init` would set up an owner; these tests are about other things.
    openTestDatabase(db, ModeChoice::Automatic);
    for (const QString& name : clients)
        REQUIRE(runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, name}, home.path())
                    .exitCode == 0);
    return db;
}

QString cliErrorKind(const CliRun& run)
{
    return QJsonDocument::fromJson(run.err).object().value(u"kind"_s).toString();
}

std::unique_ptr<QProcess> startWriter(const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(KARTOTEKA_TEST_WRITER), arguments);
    REQUIRE(process->waitForStarted(10000));
    return process;
}

QList<int> committedSequences(const QByteArray& output)
{
    QList<int> sequences;
    QList<QByteArray> lines = output.split('\n');
    // What follows the last newline is a line the kill may have cut short.
    lines.removeLast();
    for (const QByteArray& line : lines) {
        if (line.startsWith("committed "))
            sequences.append(line.split(' ').value(1).toInt());
    }
    return sequences;
}

QList<qint64> saveDurations(const QByteArray& output)
{
    QList<qint64> durations;
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "committed")
            durations.append(parts[2].toLongLong());
    }
    return durations;
}

} // namespace kartoteka::test
