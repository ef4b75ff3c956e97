#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "language/DataSize.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QString shopName(Database& db)
{
    return requireValue(SharedSettings(db).get(u"shop.name"_s)).value;
}

qsizetype cyrillicLetters(const QByteArray& utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return std::count_if(text.cbegin(), text.cend(),
                         [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
}

} // namespace

TEST_CASE("kartoteka-cli init --locale makes a database in that language", "[integration][cli]")
{
    TempDir home;
    const QMap<QString, QString> password{{u"KARTOTEKA_PASSWORD"_s, u"owner-password-1"_s}};
    auto stageNames = [&](const QString& db) {
        CliRun run = runCli({u"--db"_s, db, u"--user"_s, u"boss"_s, u"pipelines"_s, u"--json"_s},
                            home.path(), password);
        QStringList names;
        for (const QJsonValue& s :
             run.json().array().first().toObject().value(u"stages"_s).toArray())
            names.append(s.toObject().value(u"name"_s).toString());
        return names;
    };
    const QString uk = home.path(u"uk.sqlite"_s);
    CliRun init = runCli(
        {u"--db"_s, uk, u"init"_s, u"--owner"_s, u"boss"_s, u"--locale"_s, u"uk"_s, u"--json"_s},
        home.path(), password);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(stageNames(uk).contains(u"Рахунок виставлено"_s));
    const QString ru = home.path(u"ru.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, ru, u"init"_s, u"--owner"_s, u"boss"_s, u"--locale"_s, u"ru"_s},
                   home.path(), password)
                .exitCode == 0);
    CHECK(stageNames(ru).contains(u"Счет выставлен"_s));
    // A language Kartoteka does not speak is refused before anything is made.
    const QString other = home.path(u"de.sqlite"_s);
    CHECK(cliErrorKind(runCli({u"--db"_s, other, u"init"_s, u"--owner"_s, u"boss"_s, u"--locale"_s,
                               u"de"_s, u"--json"_s},
                              home.path(), password)) == u"invalid"_s);
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("kartoteka-cli init, check and backup answer in text and JSON", "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);

    // The owner signs in for every command but verify.
    const QMap<QString, QString> password{{u"KARTOTEKA_PASSWORD"_s, u"owner-password-1"_s}};
    CliRun init =
        runCli({u"--db"_s, db, u"init"_s, u"--owner"_s, u"boss"_s, u"--shared"_s, u"--json"_s},
               home.path(), password);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QJsonObject created = init.json().object();
    CHECK(created.value(u"path"_s).toString() == db);
    CHECK(created.value(u"mode"_s).toString() == u"shared"_s);
    CHECK(created.value(u"schema_version"_s).toInt() == latestSchemaVersion());

    CliRun check = runCli({u"--db"_s, db, u"--user"_s, u"boss"_s, u"check"_s, u"--json"_s},
                          home.path(), password);
    CHECK(check.exitCode == 0);
    CHECK(check.json().object().value(u"ok"_s).toBool());
    CHECK(check.json().object().value(u"problems"_s).toArray().isEmpty());

    CliRun backup = runCli({u"--db"_s, db, u"--user"_s, u"boss"_s, u"--json"_s, u"backup"_s},
                           home.path(), password);
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QJsonObject made = backup.json().object();
    const QString file = made.value(u"file"_s).toString();
    CHECK(QFileInfo::exists(file));
    CHECK(file.startsWith(home.path(u"data/"_s))); // the default folder, under AppDataLocation
    CHECK(made.value(u"bytes"_s).toInteger() == QFileInfo(file).size());
    CHECK(made.value(u"sha256"_s).toString().size() == 64);

    CliRun list = runCli({u"--db"_s, db, u"--user"_s, u"boss"_s, u"backups"_s, u"--json"_s},
                         home.path(), password);
    REQUIRE(list.exitCode == 0);
    const QJsonArray backups = list.json().array();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].toObject().value(u"verified"_s).toBool());

    CliRun verify = runCli({u"verify"_s, file, u"--json"_s}, home.path());
    CHECK(verify.exitCode == 0);
    CHECK(verify.json().object().value(u"ok"_s).toBool());
    CHECK(verify.json().object().value(u"checksum_checked"_s).toBool());

    CliRun to = runCli({u"--db"_s, db, u"--user"_s, u"boss"_s, u"backup"_s, u"--to"_s,
                        home.path(u"usb"_s), u"--json"_s},
                       home.path(), password);
    REQUIRE(to.exitCode == 0);
    CHECK(to.json().object().value(u"file"_s).toString().startsWith(home.path(u"usb/"_s)));

    // The size in words is the one the Administration screen's list shows,
    // never QLocale's English "KiB".
    CliRun plain = runCli(
        {u"--db"_s, db, u"--user"_s, u"boss"_s, u"backup"_s, u"--to"_s, home.path(u"usb2"_s)},
        home.path(), password);
    REQUIRE(plain.exitCode == 0);
    const QFileInfoList written =
        QDir(home.path(u"usb2"_s)).entryInfoList({u"*.sqlite"_s}, QDir::Files);
    REQUIRE(written.size() == 1);
    const QString said = QString::fromUtf8(plain.out);
    INFO(said.toStdString());
    CHECK(said.contains(formatDataSize(written.first().size())));
    CHECK_FALSE(said.contains(u"KiB"_s));
}

TEST_CASE("kartoteka-cli fails with a message and a non-zero exit", "[integration][cli]")
{
    TempDir home;
    const QString db = newShop(home);

    writeFile(home.path(u"letter.txt"_s), "not a backup");
    // What went wrong is told by the error's kind; the message is for people, in their language.
    CliRun verify = runCli({u"verify"_s, home.path(u"letter.txt"_s), u"--json"_s}, home.path());
    CHECK(verify.exitCode != 0);
    CHECK(cliErrorKind(verify) == u"foreign"_s);
    CHECK_FALSE(verify.json().object().value(u"ok"_s).toBool(true));

    CliRun noYes =
        runCli({u"--db"_s, db, u"restore"_s, home.path(u"letter.txt"_s), u"--json"_s}, home.path());
    CHECK(noYes.exitCode != 0);
    CHECK(cliErrorKind(noYes) == u"invalid"_s);
    CHECK(noYes.err.contains("--yes")); // the flag to add, named as typed

    CliRun missing =
        runCli({u"--db"_s, home.path(u"nowhere.sqlite"_s), u"check"_s, u"--json"_s}, home.path());
    CHECK(missing.exitCode != 0);
    CHECK(cliErrorKind(missing) == u"not_found"_s);

    writeFile(home.path(u"blocker"_s), "x");
    CliRun blocked =
        runCli({u"--db"_s, db, u"backup"_s, u"--to"_s, home.path(u"blocker/sub"_s), u"--json"_s},
               home.path());
    CHECK(blocked.exitCode != 0);
    CHECK(cliErrorKind(blocked) == u"io"_s);

    CliRun unknown = runCli({u"--db"_s, db, u"frobnicate"_s, u"--json"_s}, home.path());
    CHECK(unknown.exitCode != 0);
    CHECK(cliErrorKind(unknown) == u"invalid"_s);
    CHECK(unknown.out.isEmpty());
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
        requireValue(SharedSettings(*opened).set(u"shop.name"_s, u"Кравченко"_s, 0));
    }
    CliRun backup = runCli({u"--db"_s, db, u"backup"_s, u"--json"_s}, home.path());
    REQUIRE(backup.exitCode == 0);
    const QString file = backup.json().object().value(u"file"_s).toString();
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        requireValue(SharedSettings(*opened).set(u"shop.name"_s, u"lost by the restore"_s, 1));
    }

    CliRun restore =
        runCli({u"--db"_s, db, u"restore"_s, file, u"--yes"_s, u"--json"_s}, home.path());
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    const QJsonObject report = restore.json().object();
    CHECK(QFileInfo::exists(report.value(u"safety_backup"_s).toString()));
    CHECK(report.value(u"schema_version"_s).toInt() == latestSchemaVersion());

    auto opened = openTestDatabase(db, ModeChoice::Shared);
    CHECK(shopName(*opened) == u"Кравченко"_s);

    // A new PC recovering from the backup into a database that does not exist yet.
    const QString fresh = home.path(u"new-pc/kartoteka.sqlite"_s);
    CliRun recover = runCli({u"--db"_s, fresh, u"restore"_s, file, u"--yes"_s}, home.path());
    INFO(recover.err.toStdString());
    REQUIRE(recover.exitCode == 0);
    auto recovered = openTestDatabase(fresh);
    CHECK(shopName(*recovered) == u"Кравченко"_s);
}

TEST_CASE("kartoteka-cli restore asks for flags for another database's or an unverified backup",
          "[integration][cli]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    const QString old = home.path(u"shop-2021.sqlite"_s);
    {
        auto ours = openTestDatabase(db, ModeChoice::Shared);
        requireValue(SharedSettings(*ours).set(u"shop.name"_s, u"ours"_s, 0));
        auto theirs = openTestDatabase(old, ModeChoice::Shared);
        requireValue(SharedSettings(*theirs).set(u"shop.name"_s, u"theirs"_s, 0));
    }
    const QString usb = home.path(u"usb"_s);
    CliRun made = runCli({u"--db"_s, old, u"backup"_s, u"--to"_s, usb, u"--json"_s}, home.path());
    REQUIRE(made.exitCode == 0);
    const QString theirs = made.json().object().value(u"file"_s).toString();
    CliRun ours = runCli({u"--db"_s, db, u"backup"_s, u"--to"_s, usb, u"--json"_s}, home.path());
    REQUIRE(ours.exitCode == 0);
    const QString bare = home.path(u"usb/copied-by-hand.sqlite"_s);
    REQUIRE(QFile::copy(ours.json().object().value(u"file"_s).toString(), bare));

    // The list says which is whose and which cannot be verified.
    CliRun list = runCli({u"--db"_s, db, u"backups"_s, u"--dir"_s, usb, u"--json"_s}, home.path());
    // The unverified copy is not called good, so a cron job hears of it.
    REQUIRE(list.exitCode == 1);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue& v : list.json().array())
        listed.insert(QFileInfo(v.toObject().value(u"file"_s).toString()).fileName(), v.toObject());
    REQUIRE(listed.size() == 3);
    const QJsonObject theirEntry = listed.value(QFileInfo(theirs).fileName());
    CHECK(theirEntry.value(u"other_database"_s).toBool());
    CHECK(theirEntry.value(u"source"_s).toString() == u"shop-2021.sqlite"_s);
    CHECK(theirEntry.value(u"verified"_s).toBool());
    CHECK_FALSE(listed.value(u"copied-by-hand.sqlite"_s).value(u"verified"_s).toBool());
    CHECK_FALSE(listed.value(u"copied-by-hand.sqlite"_s).value(u"other_database"_s).toBool());
    CliRun verify = runCli({u"verify"_s, bare}, home.path());
    CHECK(verify.exitCode != 0);

    auto kindOf = [](const CliRun& run) {
        return QJsonDocument::fromJson(run.err).object().value(u"kind"_s).toString();
    };
    CliRun other =
        runCli({u"--db"_s, db, u"restore"_s, theirs, u"--yes"_s, u"--json"_s}, home.path());
    CHECK(other.exitCode != 0);
    CHECK(kindOf(other) == u"other_database"_s);
    CHECK(other.err.contains("shop-2021.sqlite"));
    CHECK(other.err.contains("--other-database"));
    CliRun unverified =
        runCli({u"--db"_s, db, u"restore"_s, bare, u"--yes"_s, u"--json"_s}, home.path());
    CHECK(unverified.exitCode != 0);
    CHECK(kindOf(unverified) == u"unverified"_s);
    CHECK(unverified.err.contains("--unverified"));
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        CHECK(shopName(*opened) == u"ours"_s);
    }

    CliRun agreed = runCli({u"--db"_s, db, u"restore"_s, theirs, u"--yes"_s, u"--other-database"_s},
                           home.path());
    INFO(agreed.err.toStdString());
    REQUIRE(agreed.exitCode == 0);
    {
        auto opened = openTestDatabase(db, ModeChoice::Shared);
        CHECK(shopName(*opened) == u"theirs"_s);
    }
}

TEST_CASE("kartoteka-cli answers in the language LANG names, with the same kinds",
          "[integration][cli][language]")
{
    TempDir home;
    const QString db = newShop(home);
    auto in = [&](const QString& lang, const QStringList& arguments) {
        return runCli(arguments, home.path(), {{u"LANG"_s, lang}});
    };
    const QStringList unknownCommand{u"--db"_s, db, u"frobnicate"_s};
    const CliRun helpEnglish = in(u"C.UTF-8"_s, {u"--help"_s});
    const CliRun unknownEnglish = in(u"C.UTF-8"_s, unknownCommand);
    REQUIRE(helpEnglish.exitCode == 0);
    REQUIRE(unknownEnglish.exitCode == 1);
    CHECK(cyrillicLetters(helpEnglish.out) == 0);
    CHECK(cyrillicLetters(unknownEnglish.err) == 0);
    // A command's --help: its own lines, not every command's.
    const CliRun documentsHelp = in(u"C.UTF-8"_s, {u"--db"_s, db, u"documents"_s, u"--help"_s});
    REQUIRE(documentsHelp.exitCode == 0);
    CHECK(documentsHelp.out.contains("documents make --template"));
    CHECK(documentsHelp.out.contains("documents get ID"));
    CHECK_FALSE(documentsHelp.out.contains("mailing start"));
    CHECK(documentsHelp.out.size() * 10 < helpEnglish.out.size());

    // Letters only one of the two languages has tell them apart.
    const QList<std::tuple<QString, QString, QString>> languages{
        {u"uk_UA.UTF-8"_s, u"іїє"_s, u"ыэ"_s}, {u"ru_RU.UTF-8"_s, u"ыэ"_s, u"іїє"_s}};
    QByteArray previousHelp;
    for (const auto& [lang, own, foreign] : languages) {
        INFO(lang.toStdString());
        const CliRun help = in(lang, {u"--help"_s});
        REQUIRE(help.exitCode == 0);
        const QString helpText = QString::fromUtf8(help.out);
        INFO(help.out.toStdString());
        CHECK(help.out != helpEnglish.out);
        CHECK(help.out != previousHelp);
        previousHelp = help.out;
        CHECK(cyrillicLetters(help.out) > 2000);
        CHECK(std::any_of(own.cbegin(), own.cend(), [&](QChar c) { return helpText.contains(c); }));
        CHECK(std::none_of(foreign.cbegin(), foreign.cend(),
                           [&](QChar c) { return helpText.contains(c); }));
        // Our English sentences are gone, and Qt's help lines that Qt's own
        // catalogue may lack ("Usage:" comes from Qt's); commands and options
        // stay as they are typed.
        for (const char* english :
             {"Commands:", "make a verified backup now", "Database file", "What to do.",
              "restore: yes, replace the data.", "clients add: company.", "Displays help"})
            CHECK_FALSE(help.out.contains(english));
        for (const char* typed : {"init --owner", "backups owner-folder", "--create-missing",
                                  "report funnel|sales|channels|managers|clients|drifting"})
            CHECK(help.out.contains(typed));

        const CliRun unknown = in(lang, unknownCommand);
        INFO(unknown.err.toStdString());
        CHECK(unknown.exitCode == unknownEnglish.exitCode);
        CHECK(unknown.err != unknownEnglish.err);
        CHECK(cyrillicLetters(unknown.err) > 10);
        CHECK(unknown.err.contains("frobnicate"));
        CHECK_FALSE(unknown.err.contains("Unknown"));
        // A script's key does not change with the language.
        const CliRun json = in(lang, unknownCommand + QStringList{u"--json"_s});
        CHECK(cliErrorKind(json) == u"invalid"_s);
        CHECK(cyrillicLetters(json.err) > 10);
    }
}

TEST_CASE("the long help shows --locale on the init and demo lines, in every language",
          "[integration][cli][language]")
{
    TempDir home;
    for (const QString& lang : {u"C.UTF-8"_s, u"uk_UA.UTF-8"_s, u"ru_RU.UTF-8"_s}) {
        INFO(lang.toStdString());
        const CliRun help = runCli({u"--help"_s}, home.path(), {{u"LANG"_s, lang}});
        REQUIRE(help.exitCode == 0);
        int found = 0;
        // The command lines, as typed whatever the language: "  init --owner ...".
        for (const QByteArray& line : help.out.split('\n')) {
            if (line.startsWith("  init ") || line.startsWith("  demo ")) {
                INFO(line.toStdString());
                CHECK(line.contains("--locale uk|ru|en"));
                ++found;
            }
        }
        CHECK(found == 2);
    }
}

TEST_CASE("kartoteka-cli takes a server address for a server, never for a file name",
          "[integration][cli][server]")
{
    // Nothing listens on port 1: the server cannot be reached, and no file or
    // folder named after the address appears.
    TempDir home;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(home.path()));
    // (An early kartoteka-cli made the folders postgresql:/127.0.0.1/shop here.)
    const CliRun init = runCli({u"--db"_s, u"postgresql://127.0.0.1:1/shop"_s, u"init"_s,
                                u"--owner"_s, u"owner"_s, u"--json"_s},
                               home.path(), {{u"KARTOTEKA_PASSWORD"_s, u"owner-password-1"_s}});
    QDir::setCurrent(before);
    CHECK(init.exitCode != 0);
    CHECK(cliErrorKind(init) == u"io"_s);
    CHECK(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("kartoteka-cli works on a server database, each account as its own login role",
          "[integration][cli][server]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    TempDir home;
    ServerDatabase server;
    const QString db = server.address();
    auto as = [&](const QString& login, const QString& password, QStringList arguments,
                  const QString& newPassword = {}) {
        QMap<QString, QString> environment{{u"KARTOTEKA_PASSWORD"_s, password}};
        if (!newPassword.isEmpty())
            environment.insert(u"KARTOTEKA_NEW_PASSWORD"_s, newPassword);
        QStringList all{u"--db"_s, db};
        if (!login.isEmpty())
            all << u"--user"_s << login;
        return runCli(all + arguments, home.path(), environment);
    };
    // The administrator's connection makes the base and its owner.
    REQUIRE(as({}, u"owner-password-1"_s, {u"init"_s, u"--owner"_s, u"owner"_s}).exitCode == 0);
    REQUIRE(as(u"owner"_s, u"owner-password-1"_s,
               {u"users"_s, u"add"_s, u"olena"_s, u"--name"_s, u"Олена Коваль"_s, u"--role"_s,
                u"manager"_s},
               u"olena-temp-pass-1"_s)
                .exitCode == 0);
    REQUIRE(as(u"olena"_s, u"olena-temp-pass-1"_s, {u"users"_s, u"set-password"_s},
               u"olena-own-pass-1"_s)
                .exitCode == 0);
    REQUIRE(
        as(u"owner"_s, u"owner-password-1"_s,
           {u"clients"_s, u"add"_s, u"--name"_s, u"Бондар Богдан"_s, u"--manager"_s, u"olena"_s})
            .exitCode == 0);
    REQUIRE(as(u"owner"_s, u"owner-password-1"_s,
               {u"clients"_s, u"add"_s, u"--name"_s, u"Шевченко Тарас"_s})
                .exitCode == 0);

    auto listed = [&](const QString& login, const QString& password) {
        const CliRun run = as(login, password, {u"clients"_s, u"list"_s, u"--json"_s});
        REQUIRE(run.exitCode == 0);
        return run.json().object().value(u"clients"_s).toArray().size();
    };
    CHECK(listed(u"owner"_s, u"owner-password-1"_s) == 2);
    CHECK(listed(u"olena"_s, u"olena-own-pass-1"_s) == 1);
    // The server checks the password; the old temporary one is gone.
    const CliRun wrong =
        as(u"olena"_s, u"olena-temp-pass-1"_s, {u"clients"_s, u"list"_s, u"--json"_s});
    CHECK(wrong.exitCode != 0);
    CHECK(cliErrorKind(wrong) == u"sign_in_failed"_s);
    // A manager cannot add accounts, here or at the server.
    CHECK(cliErrorKind(as(u"olena"_s, u"olena-own-pass-1"_s,
                          {u"users"_s, u"add"_s, u"x.y"_s, u"--name"_s, u"X Y"_s, u"--role"_s,
                           u"owner"_s, u"--json"_s},
                          u"xy-temp-pass-12"_s)) == u"forbidden"_s);
    // A manager's backup would hold only their own clients: refused.
    const QString backups = home.path(u"backups"_s);
    CHECK(cliErrorKind(as(u"olena"_s, u"olena-own-pass-1"_s,
                          {u"backup"_s, u"--to"_s, backups, u"--json"_s})) == u"forbidden"_s);
    // The owner's is a pg_dump, listed and verified as a file's backups are.
    const CliRun backup =
        as(u"owner"_s, u"owner-password-1"_s, {u"backup"_s, u"--to"_s, backups, u"--json"_s});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString file = backup.json().object().value(u"file"_s).toString();
    CHECK(file.endsWith(u".pgdump"_s));
    const CliRun list =
        as(u"owner"_s, u"owner-password-1"_s, {u"backups"_s, u"--dir"_s, backups, u"--json"_s});
    CHECK(list.exitCode == 0);
    REQUIRE(list.json().array().size() == 1);
    CHECK(list.json().array().first().toObject().value(u"verified"_s).toBool());
    CHECK(runCli({u"verify"_s, file}, home.path()).exitCode == 0);
    // Restored as the owner, through the address's role that owns the tables.
    REQUIRE(as(u"owner"_s, u"owner-password-1"_s,
               {u"clients"_s, u"add"_s, u"--name"_s, u"Після копії"_s})
                .exitCode == 0);
    CHECK(listed(u"owner"_s, u"owner-password-1"_s) == 3);
    const CliRun restored =
        as(u"owner"_s, u"owner-password-1"_s, {u"restore"_s, file, u"--yes"_s, u"--json"_s});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(listed(u"owner"_s, u"owner-password-1"_s) == 2);
    // A demo is still a file's.
    CHECK(cliErrorKind(as(u"owner"_s, u"owner-password-1"_s, {u"demo"_s, u"--json"_s})) ==
          u"invalid"_s);
}
