#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli init, check and backup answer in text and JSON", "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);

    CliRun init = runCli({u"--db"_s, db, u"init"_s, u"--shared"_s, u"--json"_s}, home.path());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QJsonObject created = init.json().object();
    CHECK(created.value(u"path"_s).toString() == db);
    CHECK(created.value(u"mode"_s).toString() == u"shared"_s);
    CHECK(created.value(u"schema_version"_s).toInt() == latestSchemaVersion());

    CliRun check = runCli({u"--db"_s, db, u"check"_s}, home.path());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains("Integrity: ok"));

    CliRun backup = runCli({u"--db"_s, db, u"--json"_s, u"backup"_s}, home.path());
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QJsonObject made = backup.json().object();
    const QString file = made.value(u"file"_s).toString();
    CHECK(QFileInfo::exists(file));
    CHECK(file.startsWith(home.path(u"data/"_s))); // the default folder, under AppDataLocation
    CHECK(made.value(u"bytes"_s).toInteger() == QFileInfo(file).size());
    CHECK(made.value(u"sha256"_s).toString().size() == 64);

    CliRun list = runCli({u"--db"_s, db, u"backups"_s, u"--json"_s}, home.path());
    REQUIRE(list.exitCode == 0);
    const QJsonArray backups = list.json().array();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].toObject().value(u"verified"_s).toBool());

    CliRun verify = runCli({u"verify"_s, file}, home.path());
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains("good Kartoteka backup"));

    CliRun to = runCli({u"--db"_s, db, u"backup"_s, u"--to"_s, home.path(u"usb"_s), u"--json"_s},
                       home.path());
    REQUIRE(to.exitCode == 0);
    CHECK(to.json().object().value(u"file"_s).toString().startsWith(home.path(u"usb/"_s)));
}

TEST_CASE("kartoteka-cli fails with a message and a non-zero exit", "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"init"_s}, home.path()).exitCode == 0);

    writeFile(home.path(u"letter.txt"_s), "not a backup");
    CliRun verify = runCli({u"verify"_s, home.path(u"letter.txt"_s)}, home.path());
    CHECK(verify.exitCode != 0);
    CHECK(verify.err.contains("not a Kartoteka backup"));

    CliRun noYes = runCli({u"--db"_s, db, u"restore"_s, home.path(u"letter.txt"_s)}, home.path());
    CHECK(noYes.exitCode != 0);
    CHECK(noYes.err.contains("--yes"));

    CliRun missing = runCli({u"--db"_s, home.path(u"nowhere.sqlite"_s), u"check"_s}, home.path());
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains("There is no database"));

    writeFile(home.path(u"blocker"_s), "x");
    CliRun blocked =
        runCli({u"--db"_s, db, u"backup"_s, u"--to"_s, home.path(u"blocker/sub"_s)}, home.path());
    CHECK(blocked.exitCode != 0);
    CHECK(blocked.err.contains("cannot be created"));

    CliRun unknown = runCli({u"--db"_s, db, u"frobnicate"_s}, home.path());
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains("Unknown command"));
}

TEST_CASE("kartoteka-cli check exits 1 on a database from a newer version", "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"newer.sqlite"_s);
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        requireOk(sql::exec(opened->connection(), u"PRAGMA user_version = 77"_s));
    }
    CliRun check = runCli({u"--db"_s, db, u"--shared"_s, u"check"_s, u"--json"_s}, home.path());
    CHECK(check.exitCode == 1);
    const QJsonObject report = check.json().object();
    CHECK_FALSE(report.value(u"ok"_s).toBool());
    CHECK(report.value(u"schema_version"_s).toInt() == 77);
}

TEST_CASE("kartoteka-cli restore puts a backup back and reports the safety copy",
          "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        createProbeTable(*opened);
        insertProbe(*opened, u"Кравченко"_s);
    }
    CliRun backup = runCli({u"--db"_s, db, u"backup"_s, u"--json"_s}, home.path());
    REQUIRE(backup.exitCode == 0);
    const QString file = backup.json().object().value(u"file"_s).toString();
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        insertProbe(*opened, u"lost by the restore"_s);
    }

    CliRun restore =
        runCli({u"--db"_s, db, u"restore"_s, file, u"--yes"_s, u"--json"_s}, home.path());
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    const QJsonObject report = restore.json().object();
    CHECK(QFileInfo::exists(report.value(u"safety_backup"_s).toString()));
    CHECK(report.value(u"schema_version"_s).toInt() == latestSchemaVersion());

    auto opened = openTestDatabase(db, ModeChoice::Shared);
    CHECK(probeNames(*opened) == QStringList{u"Кравченко"_s});

    // A new PC recovering from the backup into a database that does not exist yet.
    const QString fresh = home.path(u"new-pc/kartoteka.sqlite"_s);
    CliRun recover = runCli({u"--db"_s, fresh, u"restore"_s, file, u"--yes"_s}, home.path());
    INFO(recover.err.toStdString());
    REQUIRE(recover.exitCode == 0);
    auto recovered = openTestDatabase(fresh);
    CHECK(probeNames(*recovered) == QStringList{u"Кравченко"_s});
}
