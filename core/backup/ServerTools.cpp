#include "backup/ServerTools.h"

#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};

constexpr int kPollMs = 100;

// A program that ignores its SIGTERM still goes: a cancel or a failed
// partner must never leave a process writing into the backup folder.
void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

Error startFailure(const QString& program, const QProcess& process)
{
    return makeError(ErrorKind::Failed,
                     Tr::tr("%1 could not be started.").arg(QDir::toNativeSeparators(program)),
                     process.errorString());
}

Error exitFailure(const QString& program, const QProcess& process, const QString& err)
{
    const QString how = process.exitStatus() == QProcess::CrashExit
                            ? u"crashed"_s
                            : u"exit code %1"_s.arg(process.exitCode());
    return makeError(serverToolErrorKind(err),
                     Tr::tr("%1 failed.").arg(QFileInfo(program).fileName()),
                     QString(how + u"\n"_s + err).trimmed());
}

} // namespace

Result<QString> findServerTool(const QString& name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    // Debian's versions side by side, the newest first: its pg_dump reads
    // the dumps of every older one and dumps every older server.
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& version : std::as_const(versions)) {
        const QString candidate = root.filePath(version + u"/bin/"_s + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return makeError(ErrorKind::NotFound,
                     Tr::tr("%1 is not installed, and Kartoteka needs it to back up and restore a "
                            "database on a server. Install PostgreSQL's client programs (the "
                            "package postgresql-client on Debian and Ubuntu), in the same or a "
                            "newer version than the server's.")
                         .arg(name));
}

QProcessEnvironment serverToolEnvironment(const ServerToolLogin& login)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A service file or a PGOPTIONS of this user's shell must not send the
    // tool to another database than the one the program uses.
    for (const QString& name : {u"PGSERVICE"_s, u"PGSERVICEFILE"_s, u"PGHOSTADDR"_s, u"PGOPTIONS"_s,
                                u"PGTARGETSESSIONATTRS"_s})
        environment.remove(name);
    environment.insert(u"PGHOST"_s, login.address.host);
    environment.insert(u"PGPORT"_s, QString::number(login.address.port));
    environment.insert(u"PGDATABASE"_s, login.address.database);
    const QString user = login.role.isEmpty() ? login.address.user : login.role;
    if (user.isEmpty())
        environment.remove(u"PGUSER"_s);
    else
        environment.insert(u"PGUSER"_s, user);
    if (!login.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, login.password);
    if (!login.address.sslMode.isEmpty())
        environment.insert(u"PGSSLMODE"_s, login.address.sslMode);
    // A server that does not answer is said so within seconds, as the program's own connection.
    environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    environment.insert(u"PGAPPNAME"_s, u"kartoteka"_s);
    // Messages in English whatever the shell's language: serverToolErrorKind
    // reads them. LC_ALL would override LC_MESSAGES; its character set stays.
    if (environment.contains(u"LC_ALL"_s)) {
        environment.insert(u"LC_CTYPE"_s, environment.value(u"LC_ALL"_s));
        environment.remove(u"LC_ALL"_s);
    }
    environment.insert(u"LC_MESSAGES"_s, u"C"_s);
    environment.remove(u"LANGUAGE"_s);
    return environment;
}

Result<ToolOutput> runServerTool(const QString& program, const QStringList& arguments,
                                 const QProcessEnvironment& environment,
                                 const std::function<bool()>& keepGoing)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    // Never a prompt on the terminal of kartoteka-cli: -w on each tool, and no stdin.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000))
        return startFailure(program, process);
    ToolOutput output;
    while (!process.waitForFinished(kPollMs)) {
        if (process.state() == QProcess::NotRunning)
            break;
        // Drained as it comes: a chatty tool must not block on a full pipe.
        output.out += process.readAllStandardOutput();
        output.err += QString::fromLocal8Bit(process.readAllStandardError());
        if (keepGoing && !keepGoing()) {
            stop(process);
            return makeError(ErrorKind::Cancelled, Tr::tr("The backup was cancelled."));
        }
    }
    output.out += process.readAllStandardOutput();
    output.err += QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return exitFailure(program, process, output.err);
    return output;
}

Result<ToolOutput> runServerToolPipe(const QString& first, const QStringList& firstArguments,
                                     const QString& second, const QStringList& secondArguments,
                                     const QProcessEnvironment& environment)
{
    QProcess producer;
    QProcess consumer;
    producer.setProcessEnvironment(environment);
    consumer.setProcessEnvironment(environment);
    producer.setStandardInputFile(QProcess::nullDevice());
    producer.setStandardOutputProcess(&consumer);
    consumer.start(second, secondArguments);
    producer.start(first, firstArguments);
    if (!consumer.waitForStarted(10000)) {
        stop(producer);
        return startFailure(second, consumer);
    }
    if (!producer.waitForStarted(10000)) {
        stop(consumer);
        return startFailure(first, producer);
    }
    ToolOutput output;
    QString producerErr;
    // Read as they go: both stderr pipes and the consumer's stdout would
    // otherwise fill up and stall the pair.
    for (;;) {
        const bool producerDone = producer.state() == QProcess::NotRunning;
        const bool consumerDone = consumer.state() == QProcess::NotRunning;
        if (producerDone && consumerDone)
            break;
        if (!consumerDone)
            consumer.waitForFinished(kPollMs);
        else
            producer.waitForFinished(kPollMs);
        producerErr += QString::fromLocal8Bit(producer.readAllStandardError());
        output.out += consumer.readAllStandardOutput();
        output.err += QString::fromLocal8Bit(consumer.readAllStandardError());
        // The consumer gone first (an error stopped it): the producer
        // would block on a pipe nobody reads.
        if (consumer.state() == QProcess::NotRunning && producer.state() != QProcess::NotRunning)
            stop(producer);
    }
    producerErr += QString::fromLocal8Bit(producer.readAllStandardError());
    output.out += consumer.readAllStandardOutput();
    output.err += QString::fromLocal8Bit(consumer.readAllStandardError());
    const bool consumerFailed =
        consumer.exitStatus() != QProcess::NormalExit || consumer.exitCode() != 0;
    const bool producerFailed =
        producer.exitStatus() != QProcess::NormalExit || producer.exitCode() != 0;
    if (consumerFailed)
        return exitFailure(second, consumer, QString(producerErr + u'\n' + output.err).trimmed());
    if (producerFailed)
        return exitFailure(first, producer, producerErr);
    output.err = QString(producerErr + u'\n' + output.err).trimmed();
    return output;
}

ErrorKind serverToolErrorKind(const QString& stderrText)
{
    const QString text = stderrText.toLower();
    if (text.contains(u"password authentication failed"_s) ||
        text.contains(u"no password supplied"_s) || text.contains(u"fe_sendauth"_s))
        return ErrorKind::SignInFailed;
    if (text.contains(u"no space left on device"_s) || text.contains(u"disk quota"_s))
        return ErrorKind::DiskFull;
    if (text.contains(u"permission denied"_s) || text.contains(u"must be owner"_s) ||
        text.contains(u"row-level security"_s))
        return ErrorKind::Forbidden;
    if (text.contains(u"lock timeout"_s) || text.contains(u"could not obtain lock"_s) ||
        text.contains(u"canceling statement due to lock"_s))
        return ErrorKind::Busy;
    if (text.contains(u"could not connect"_s) || text.contains(u"connection to server"_s) ||
        text.contains(u"could not translate host name"_s) || text.contains(u"timeout expired"_s))
        return ErrorKind::Io;
    return ErrorKind::Failed;
}

} // namespace kartoteka
