#include "ProcessHelpers.h"

#include "Catch.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

CliRun runCli(const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KARTOTEKA_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
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
            sequences.append(line.mid(10).toInt());
    }
    return sequences;
}

} // namespace kartoteka::test
