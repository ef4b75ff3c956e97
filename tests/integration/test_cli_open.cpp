// The CLI refuses without changing anything and never invents a database
// (issue 10, §2): real kartoteka-cli processes on real files.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "demo/DemoData.h"

#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli commands on a missing database name it and create nothing",
          "[integration][cli][open]")
{
    TempDir home;
    const QString missing = home.path(u"nope/deeper/x.sqlite"_s);
    const QList<QStringList> commands{
        {u"clients"_s, u"find"_s, u"Іван"_s},
        {u"clients"_s, u"show"_s, u"1"_s},
        {u"check"_s},
        {u"backup"_s},
        {u"deals"_s, u"list"_s},
        {u"pipelines"_s},
        {u"catalog"_s, u"list"_s},
        {u"report"_s, u"funnel"_s},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        CliRun run = runCli(QStringList{u"--db"_s, missing} + command, home.path());
        CHECK(run.exitCode != 0);
        CHECK(QString::fromUtf8(run.err).contains(QDir::toNativeSeparators(missing)));
        CHECK_FALSE(QFileInfo::exists(home.path(u"nope"_s)));
    }
    CliRun init = runCli({u"--db"_s, missing, u"init"_s, u"--owner"_s, u"boss"_s}, home.path(),
                         {{u"KARTOTEKA_PASSWORD"_s, u"owner-password-1"_s}});
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo::exists(missing));
}

TEST_CASE("kartoteka-cli check refuses an empty file and another program's database unchanged",
          "[integration][cli][open]")
{
    TempDir home;
    const QString empty = home.path(u"empty.sqlite"_s);
    writeFile(empty, {});
    CliRun check = runCli({u"--db"_s, empty, u"check"_s}, home.path());
    CHECK(check.exitCode != 0);
    CHECK(QFileInfo(empty).size() == 0);

    const QString other = home.path(u"other.sqlite"_s);
    {
        sql::Connection c(other);
        requireOk(c.open());
        requireOk(sql::exec(c.db(), u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
    }
    const QByteArray before = fileBytes(other);
    check = runCli({u"--db"_s, other, u"check"_s}, home.path());
    CHECK(check.exitCode != 0);
    CHECK(fileBytes(other) == before);
}

TEST_CASE("an interrupted kartoteka-cli demo leaves no half-filled database",
          "[integration][cli][open][demo]")
{
    TempDir home;
    const QString path = home.path(u"demo/shop.sqlite"_s);
    QProcess demo;
    demo.setProcessEnvironment(cliEnvironment(home.path()));
    demo.start(QStringLiteral(KARTOTEKA_CLI),
               {u"--db"_s, path, u"demo"_s, u"--clients"_s, u"50000"_s});
    REQUIRE(demo.waitForStarted(10000));
    // Killed while it writes clients: the partial file is there by now.
    REQUIRE(waitUntil(
        [&] {
            return !QDir(home.path(u"demo"_s))
                        .entryList({u"shop.sqlite.partial-*"_s}, QDir::Files)
                        .isEmpty();
        },
        30000));
    QThread::msleep(700);
    demo.kill();
    REQUIRE(demo.waitForFinished(30000));
    CHECK_FALSE(QFileInfo::exists(path));

    CliRun again = runCli({u"--db"_s, path, u"demo"_s, u"--clients"_s, u"50"_s}, home.path());
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(QFileInfo::exists(path));
    // The killed run's temporary file was cleaned up.
    CHECK(QDir(home.path(u"demo"_s)).entryList({u"*.partial-*"_s}, QDir::Files).isEmpty());
    CliRun list = runCli({u"--db"_s, path, u"--user"_s, u"owner"_s, u"clients"_s, u"find"_s,
                          u"--limit"_s, u"1000"_s, u"--json"_s},
                         home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}});
    CHECK(list.json().array().size() == 50);
}

// A database someone sent on a stick, or a read-only share: the file and its
// folder cannot be written. Root can write anywhere, so as root the CLI runs
// as "nobody" for this test.
TEST_CASE("a database that cannot be written opens read-only for looking, not for saving",
          "[integration][cli][open][readonly]")
{
    TempDir home;
    const QString folder = home.path(u"stick"_s);
    QDir().mkpath(folder);
    const QString path = folder + u"/shop.sqlite"_s;
    {
        CliRun demo = runCli({u"--db"_s, path, u"demo"_s, u"--clients"_s, u"30"_s}, home.path());
        REQUIRE(demo.exitCode == 0);
    }
    const QByteArray before = fileBytes(path);
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(path, readable));
    REQUIRE(QFile::setPermissions(folder, listable));
    REQUIRE(QFile::setPermissions(home.path(), listable | QFile::WriteOwner));

    const bool root = ::geteuid() == 0;
    // A copy of the program where "nobody" may run it: the build folder may be
    // under a home that only root can enter.
    const QString cli = home.path(u"kartoteka-cli"_s);
    REQUIRE(QFile::copy(QStringLiteral(KARTOTEKA_CLI), cli));
    REQUIRE(QFile::setPermissions(cli, listable));
    auto run = [&](const QStringList& arguments) {
        QProcess process;
        // The demo's owner signs in; a read-only file records no sign-in.
        QProcessEnvironment env = cliEnvironment(home.path(u"nobody-home"_s));
        env.insert(u"KARTOTEKA_PASSWORD"_s, kDemoPassword);
        process.setProcessEnvironment(env);
        QStringList all = QStringList{u"--db"_s, path, u"--user"_s, u"owner"_s} + arguments;
        if (root) {
            all.prepend(cli);
            all = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + all;
            process.start(u"setpriv"_s, all);
        } else {
            process.start(cli, all);
        }
        REQUIRE(process.waitForFinished(60000));
        CliRun result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    };
    CliRun find = run({u"clients"_s, u"find"_s, u"--limit"_s, u"100"_s, u"--json"_s});
    INFO(find.err.toStdString());
    CHECK(find.exitCode == 0);
    CHECK(find.json().array().size() == 30);
    CliRun report = run({u"report"_s, u"sales"_s, u"--json"_s});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CliRun add = run({u"clients"_s, u"add"_s, u"--name"_s, u"Петренко Іван"_s});
    CHECK(add.exitCode != 0);
    // A copy on a stick can still be backed up to somewhere writable.
    const QString out = home.path(u"out"_s);
    QDir().mkpath(out);
    REQUIRE(QFile::setPermissions(out, listable | QFile::WriteOwner | QFile::WriteGroup |
                                           QFile::WriteOther));
    CliRun backup = run({u"backup"_s, u"--to"_s, out});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    QFile::setPermissions(folder, listable | QFile::WriteOwner);
    QFile::setPermissions(path, readable | QFile::WriteOwner);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("kartoteka-cli reports as of a past date take that month by default",
          "[integration][cli][reports]")
{
    TempDir home;
    const QString db = newShop(home);
    CliRun drifting =
        runCli({u"--db"_s, db, u"report"_s, u"drifting"_s, u"--to"_s, u"2025-10-15"_s, u"--json"_s},
               home.path());
    INFO(drifting.err.toStdString());
    CHECK(drifting.exitCode == 0);
    CHECK(drifting.json().object().value(u"as_of"_s).toString() == u"2025-10-15"_s);
    CliRun sales =
        runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--to"_s, u"2025-10-15"_s, u"--json"_s},
               home.path());
    INFO(sales.err.toStdString());
    CHECK(sales.exitCode == 0);
}

TEST_CASE("kartoteka-cli backups exits 1 when a backup is damaged", "[integration][cli][backup]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString folder = home.path(u"backups"_s);
    CliRun made = runCli({u"--db"_s, db, u"backup"_s, u"--to"_s, folder, u"--json"_s}, home.path());
    REQUIRE(made.exitCode == 0);
    CHECK(runCli({u"--db"_s, db, u"backups"_s, u"--dir"_s, folder}, home.path()).exitCode == 0);
    const QString file = made.json().object().value(u"file"_s).toString();
    QByteArray bytes = fileBytes(file);
    writeFile(file, bytes.left(bytes.size() / 2));
    CliRun listed = runCli({u"--db"_s, db, u"backups"_s, u"--dir"_s, folder}, home.path());
    CHECK(listed.exitCode == 1);
}
