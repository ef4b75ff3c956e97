// kartoteka-cli with accounts: the owner's set-up, signing in for every
// command, the administrator's commands, export and audit by role, the demo's
// accounts, an upgrade from before accounts, and no password left behind.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "clients/Lists.h"
#include "demo/DemoData.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const QString kOwnerPassword = u"Owner-Pass-4417"_s;

// A shop set up by `init --owner boss`; `as` runs a command signed in.
struct Shop
{
    TempDir home;
    QString db = home.path(u"shop.sqlite"_s);

    CliRun init()
    {
        return runCli({u"--db"_s, db, u"init"_s, u"--owner"_s, u"boss"_s, u"--name"_s,
                       u"Тарас Бондар"_s, u"--json"_s},
                      home.path(), {{u"KARTOTEKA_PASSWORD"_s, kOwnerPassword}});
    }
    CliRun as(const QString& login, const QString& password, const QStringList& arguments,
              const QMap<QString, QString>& more = {})
    {
        QMap<QString, QString> environment = more;
        environment.insert(u"KARTOTEKA_PASSWORD"_s, password);
        return runCli(QStringList{u"--db"_s, db, u"--user"_s, login, u"--json"_s} + arguments,
                      home.path(), environment);
    }
    CliRun owner(const QStringList& arguments, const QMap<QString, QString>& more = {})
    {
        return as(u"boss"_s, kOwnerPassword, arguments, more);
    }
    // Adds an account and has its person choose `password` at the first sign-in.
    void addAccount(const QString& login, const QString& name, const QString& role,
                    const QString& password)
    {
        const QString temporary = u"Temp-"_s + login + u"-1"_s;
        CliRun added = owner({u"users"_s, u"add"_s, login, u"--name"_s, name, u"--role"_s, role},
                             {{u"KARTOTEKA_NEW_PASSWORD"_s, temporary}});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        CliRun chosen = as(login, temporary, {u"users"_s, u"set-password"_s},
                           {{u"KARTOTEKA_NEW_PASSWORD"_s, password}});
        INFO(chosen.err.toStdString());
        REQUIRE(chosen.exitCode == 0);
    }
    qint64 addClient(const QString& name, const QString& manager)
    {
        QStringList arguments{u"clients"_s, u"add"_s, u"--name"_s, name};
        if (!manager.isEmpty())
            arguments << u"--manager"_s << manager;
        CliRun added = owner(arguments);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.json().object().value(u"id"_s).toInteger();
    }
};

QJsonObject accountIn(const QJsonArray& accounts, const QString& login)
{
    for (const QJsonValue& a : accounts)
        if (a.toObject().value(u"login"_s).toString() == login)
            return a.toObject();
    return {};
}

} // namespace

TEST_CASE("kartoteka-cli init sets up the owner, and then every command signs in",
          "[integration][cli][accounts]")
{
    Shop shop;
    // A script that forgot --owner gets an error and no database.
    CliRun forgot = runCli({u"--db"_s, shop.db, u"init"_s, u"--json"_s}, shop.home.path());
    CHECK(forgot.exitCode != 0);
    CHECK(cliErrorKind(forgot) == u"invalid"_s);
    CHECK_FALSE(QFileInfo::exists(shop.db));
    // No password in the environment and no terminal to ask on: nothing is made up.
    CliRun noPassword = runCli(
        {u"--db"_s, shop.db, u"init"_s, u"--owner"_s, u"boss"_s, u"--json"_s}, shop.home.path());
    CHECK(noPassword.exitCode != 0);
    CHECK(cliErrorKind(noPassword) == u"invalid"_s);
    CliRun shortPassword =
        runCli({u"--db"_s, shop.db, u"init"_s, u"--owner"_s, u"boss"_s, u"--json"_s},
               shop.home.path(), {{u"KARTOTEKA_PASSWORD"_s, u"short"_s}});
    CHECK(cliErrorKind(shortPassword) == u"invalid"_s);
    CHECK_FALSE(QFileInfo::exists(shop.db));

    CliRun init = shop.init();
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().object().value(u"owner"_s).toString() == u"boss"_s);
    // A second owner is not set up this way.
    CliRun again = shop.owner({u"init"_s, u"--owner"_s, u"other"_s});
    CHECK(cliErrorKind(again) == u"conflict"_s);

    const QList<QStringList> commands{
        {u"init"_s},
        {u"check"_s},
        {u"backup"_s},
        {u"backups"_s},
        {u"clients"_s, u"find"_s, u"x"_s},
        {u"clients"_s, u"add"_s, u"--name"_s, u"Кравчук Олег"_s},
        {u"clients"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s,
         shop.home.path(u"x.csv"_s)},
        {u"deals"_s, u"list"_s},
        {u"pipelines"_s},
        {u"catalog"_s, u"list"_s},
        {u"report"_s, u"funnel"_s},
        {u"users"_s, u"list"_s},
        {u"audit"_s},
        {u"restore"_s, shop.home.path(u"x.sqlite"_s), u"--yes"_s},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        CliRun run = runCli(QStringList{u"--db"_s, shop.db, u"--json"_s} + command,
                            shop.home.path(), {{u"KARTOTEKA_PASSWORD"_s, kOwnerPassword}});
        CHECK(run.exitCode != 0);
        CHECK(cliErrorKind(run) == u"sign_in_failed"_s);
    }
    CliRun wrong = shop.as(u"boss"_s, u"not-the-password"_s,
                           {u"clients"_s, u"add"_s, u"--name"_s, u"Кравчук Олег"_s});
    CHECK(wrong.exitCode != 0);
    CHECK(cliErrorKind(wrong) == u"sign_in_failed"_s);
    CHECK_FALSE(QFileInfo::exists(shop.home.path(u"x.csv"_s)));
    CHECK(cliErrorKind(shop.as(u"nobody"_s, kOwnerPassword, {u"check"_s})) == u"sign_in_failed"_s);
    // The audit's --user (after the command) filters; it does not sign in.
    CliRun filterOnly =
        runCli({u"--db"_s, shop.db, u"audit"_s, u"--user"_s, u"boss"_s, u"--json"_s},
               shop.home.path(), {{u"KARTOTEKA_PASSWORD"_s, kOwnerPassword}});
    CHECK(cliErrorKind(filterOnly) == u"sign_in_failed"_s);
    // No password given: refused, not asked of a script.
    CliRun unasked = runCli({u"--db"_s, shop.db, u"--user"_s, u"boss"_s, u"check"_s, u"--json"_s},
                            shop.home.path());
    CHECK(unasked.exitCode != 0);
    CHECK(cliErrorKind(unasked) == u"invalid"_s);

    // paths and verify need nobody.
    CliRun made = shop.owner({u"backup"_s, u"--to"_s, shop.home.path(u"usb"_s)});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(runCli({u"--db"_s, shop.db, u"paths"_s}, shop.home.path()).exitCode == 0);
    CHECK(
        runCli({u"--db"_s, shop.db, u"verify"_s, made.json().object().value(u"file"_s).toString()},
               shop.home.path())
            .exitCode == 0);
    CHECK(shop.owner({u"check"_s}).exitCode == 0);
    // Nothing ran for those who were refused.
    CHECK(shop.owner({u"clients"_s, u"find"_s, u"Кравчук"_s}).json().array().isEmpty());

    // Five wrong passwords in a row, then even the right one waits.
    for (int i = 0; i < 5; ++i)
        CHECK(cliErrorKind(shop.as(u"boss"_s, u"wrong-again"_s, {u"check"_s})) ==
              u"sign_in_failed"_s);
    CHECK(cliErrorKind(shop.owner({u"check"_s})) == u"too_many_attempts"_s);
}

TEST_CASE("kartoteka-cli users adds, lists, changes roles and passwords through the owner",
          "[integration][cli][accounts]")
{
    Shop shop;
    REQUIRE(shop.init().exitCode == 0);
    CliRun added = shop.owner({u"users"_s, u"add"_s, u"olena"_s, u"--name"_s, u"Олена Коваль"_s,
                               u"--role"_s, u"manager"_s},
                              {{u"KARTOTEKA_NEW_PASSWORD"_s, u"Temp-olena-1"_s}});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json().object().value(u"must_change_password"_s).toBool());

    // The temporary password signs in only to be changed.
    CliRun early = shop.as(u"olena"_s, u"Temp-olena-1"_s, {u"clients"_s, u"find"_s, u"x"_s});
    CHECK(early.exitCode != 0);
    CHECK(cliErrorKind(early) == u"forbidden"_s);
    CliRun mismatch = shop.as(u"olena"_s, u"Temp-olena-1"_s, {u"users"_s, u"set-password"_s});
    CHECK(cliErrorKind(mismatch) == u"invalid"_s); // no new password given, none asked
    CliRun changed = shop.as(u"olena"_s, u"Temp-olena-1"_s, {u"users"_s, u"set-password"_s},
                             {{u"KARTOTEKA_NEW_PASSWORD"_s, u"Olena-own-22"_s}});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(cliErrorKind(shop.as(u"olena"_s, u"Temp-olena-1"_s, {u"pipelines"_s})) ==
          u"sign_in_failed"_s);
    CHECK(shop.as(u"olena"_s, u"Olena-own-22"_s, {u"pipelines"_s}).exitCode == 0);

    // A manager manages no accounts; the refusal names the capability.
    CliRun refused = shop.as(u"olena"_s, u"Olena-own-22"_s,
                             {u"users"_s, u"add"_s, u"petro"_s, u"--name"_s, u"Петро"_s},
                             {{u"KARTOTEKA_NEW_PASSWORD"_s, u"Temp-petro-1"_s}});
    CHECK(cliErrorKind(refused) == u"forbidden"_s);
    CHECK(refused.err.contains("accounts"));
    CHECK(cliErrorKind(shop.as(u"olena"_s, u"Olena-own-22"_s, {u"users"_s, u"list"_s})) ==
          u"forbidden"_s);

    shop.addAccount(u"petro"_s, u"Петро Шевчук"_s, u"senior"_s, u"Petro-own-33"_s);
    CliRun role = shop.owner({u"users"_s, u"set-role"_s, u"petro"_s, u"admin"_s});
    INFO(role.err.toStdString());
    REQUIRE(role.exitCode == 0);
    CHECK(cliErrorKind(shop.owner({u"users"_s, u"set-role"_s, u"petro"_s, u"chief"_s})) ==
          u"invalid"_s);
    // An administrator gives Olena a new temporary password.
    CliRun reset =
        shop.as(u"petro"_s, u"Petro-own-33"_s, {u"users"_s, u"set-password"_s, u"olena"_s},
                {{u"KARTOTEKA_NEW_PASSWORD"_s, u"Temp-olena-2"_s}});
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(cliErrorKind(shop.as(u"olena"_s, u"Olena-own-22"_s, {u"pipelines"_s})) ==
          u"sign_in_failed"_s);
    // ... but not to the owner.
    CHECK(cliErrorKind(
              shop.as(u"petro"_s, u"Petro-own-33"_s, {u"users"_s, u"set-password"_s, u"boss"_s},
                      {{u"KARTOTEKA_NEW_PASSWORD"_s, u"Temp-boss-1"_s}})) == u"forbidden"_s);

    CliRun list = shop.owner({u"users"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    const QJsonArray accounts = list.json().array();
    CHECK(accounts.size() == 3);
    CHECK(accountIn(accounts, u"boss"_s).value(u"role"_s).toString() == u"owner"_s);
    CHECK(accountIn(accounts, u"petro"_s).value(u"role"_s).toString() == u"admin"_s);
    CHECK(accountIn(accounts, u"olena"_s).value(u"must_change_password"_s).toBool());
    CHECK(accountIn(accounts, u"olena"_s).value(u"name"_s).toString() == u"Олена Коваль"_s);
}

TEST_CASE("kartoteka-cli assigns clients by login and hands them over when someone leaves",
          "[integration][cli][accounts]")
{
    Shop shop;
    REQUIRE(shop.init().exitCode == 0);
    shop.addAccount(u"olena"_s, u"Олена Коваль"_s, u"manager"_s, u"Olena-own-22"_s);
    shop.addAccount(u"andrii"_s, u"Андрій Мельник"_s, u"manager"_s, u"Andrii-own-22"_s);
    shop.addAccount(u"sarah"_s, u"Sarah Miller"_s, u"manager"_s, u"Sarah-own-22"_s);
    QList<qint64> olenas;
    for (const QString& name :
         {u"Кравчук Олег"_s, u"Бойко Ірина"_s, u"Ткаченко Юрій"_s, u"Лисенко Оксана"_s})
        olenas.append(shop.addClient(name, u"olena"_s));
    // A login is looked up, never made up.
    CliRun unknown = shop.owner(
        {u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--manager"_s, u"ghost"_s});
    CHECK(cliErrorKind(unknown) == u"not_found"_s);
    CliRun unknownToo = shop.owner({u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s,
                                    u"--manager"_s, u"ghost"_s, u"--create-missing"_s});
    CHECK(cliErrorKind(unknownToo) == u"not_found"_s);
    CHECK(shop.owner({u"users"_s, u"list"_s}).json().array().size() == 4);

    // She has clients: they must go to someone.
    CliRun nobody = shop.owner({u"users"_s, u"deactivate"_s, u"olena"_s});
    CHECK(cliErrorKind(nobody) == u"invalid"_s);
    CliRun left = shop.owner({u"users"_s, u"deactivate"_s, u"olena"_s, u"--hand-over-to"_s,
                              u"andrii"_s, u"--hand-over-to"_s, u"sarah"_s});
    INFO(left.err.toStdString());
    REQUIRE(left.exitCode == 0);
    CHECK(left.json().object().value(u"clients"_s).toInt() == 4);
    QMap<QString, int> managers;
    for (qint64 id : olenas) {
        CliRun shown = shop.owner({u"clients"_s, u"show"_s, QString::number(id)});
        ++managers[shown.json().object().value(u"manager"_s).toString()];
    }
    CHECK(managers == QMap<QString, int>{{u"Андрій Мельник"_s, 2}, {u"Sarah Miller"_s, 2}});
    // A deactivated account cannot sign in, nor be given clients.
    CHECK(cliErrorKind(shop.as(u"olena"_s, u"Olena-own-22"_s, {u"pipelines"_s})) ==
          u"sign_in_failed"_s);
    CHECK(cliErrorKind(shop.owner({u"clients"_s, u"add"_s, u"--name"_s, u"Ще Одна"_s,
                                   u"--manager"_s, u"olena"_s})) == u"invalid"_s);
    // The hand-over is in the audit.
    CliRun audit = shop.owner({u"audit"_s, u"--action"_s, u"account.handover"_s});
    REQUIRE(audit.exitCode == 0);
    REQUIRE(audit.json().array().size() == 1);
    CHECK(audit.json().array()[0].toObject().value(u"details"_s).toObject().value(u"clients"_s) ==
          4);
}

TEST_CASE("kartoteka-cli export and audit: a manager is refused, a senior exports every client",
          "[integration][cli][accounts][export]")
{
    Shop shop;
    REQUIRE(shop.init().exitCode == 0);
    shop.addAccount(u"olena"_s, u"Олена Коваль"_s, u"manager"_s, u"Olena-own-22"_s);
    shop.addAccount(u"irina"_s, u"Ирина Соколова"_s, u"senior"_s, u"Irina-own-22"_s);
    const qint64 first = shop.addClient(u"Кравчук Олег"_s, u"olena"_s);
    shop.addClient(u"Бойко Ірина"_s, u"irina"_s);
    REQUIRE(shop.owner({u"clients"_s, u"add"_s, u"--company"_s, u"ТОВ \"Плитка; Кахель, Декор\""_s})
                .exitCode == 0);
    REQUIRE(shop.owner({u"clients"_s, u"add"_s, u"--name"_s, u"Sarah Miller"_s, u"--phone"_s,
                        u"+380501234567"_s, u"--email"_s, u"sarah@example.com"_s})
                .exitCode == 0);

    const QStringList formats{u"csv"_s, u"xlsx"_s, u"vcf"_s};
    for (const QString& format : formats) {
        const QString file = shop.home.path(u"olena."_s + format);
        CliRun refused =
            shop.as(u"olena"_s, u"Olena-own-22"_s,
                    {u"clients"_s, u"export"_s, u"--format"_s, format, u"--out"_s, file});
        CHECK(refused.exitCode != 0);
        CHECK(cliErrorKind(refused) == u"forbidden"_s);
        CHECK(refused.err.contains("export"));
        CHECK_FALSE(QFileInfo::exists(file));
    }
    CliRun reportRefused =
        shop.as(u"olena"_s, u"Olena-own-22"_s,
                {u"report"_s, u"funnel"_s, u"--out"_s, shop.home.path(u"funnel.csv"_s)});
    CHECK(cliErrorKind(reportRefused) == u"forbidden"_s);
    CHECK_FALSE(QFileInfo::exists(shop.home.path(u"funnel.csv"_s)));
    // A manager's reports are their own work: asking for a colleague's is refused.
    CliRun colleague = shop.as(u"olena"_s, u"Olena-own-22"_s,
                               {u"report"_s, u"funnel"_s, u"--manager"_s, u"irina"_s});
    CHECK(cliErrorKind(colleague) == u"forbidden"_s);
    CHECK(shop.as(u"olena"_s, u"Olena-own-22"_s,
                  {u"report"_s, u"funnel"_s, u"--manager"_s, u"olena"_s})
              .exitCode == 0);
    CliRun auditRefused = shop.as(u"olena"_s, u"Olena-own-22"_s, {u"audit"_s});
    CHECK(cliErrorKind(auditRefused) == u"forbidden"_s);
    CHECK(auditRefused.err.contains("audit"));

    for (const QString& format : formats) {
        const QString file = shop.home.path(u"irina."_s + format);
        CliRun written =
            shop.as(u"irina"_s, u"Irina-own-22"_s,
                    {u"clients"_s, u"export"_s, u"--format"_s, format, u"--out"_s, file});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        CHECK(written.json().object().value(u"rows"_s).toInt() == 4);
        CHECK(QFileInfo(file).size() > 0);
    }
    const QByteArray cards = fileBytes(shop.home.path(u"irina.vcf"_s));
    CHECK(cards.count("BEGIN:VCARD\r\n") == 4);
    CHECK(cards.count("END:VCARD\r\n") == 4);
    CHECK(cards.contains("N:Кравчук;Олег;;;\r\n"));
    CHECK(cards.contains("ORG:ТОВ \"Плитка\\; Кахель\\, Декор\"\r\n"));
    CHECK(cards.contains("TEL;TYPE=VOICE:+380501234567\r\n"));
    CHECK(cards.contains("EMAIL;TYPE=INTERNET:sarah@example.com\r\n"));
    const QByteArray csv = fileBytes(shop.home.path(u"irina.csv"_s));
    CHECK(csv.contains("Олена Коваль"));
    CHECK(csv.count('\n') == 5);
    CHECK(fileBytes(shop.home.path(u"irina.xlsx"_s)).startsWith("PK"));

    // Each export is audited with its rows and file; the owner filters the audit.
    CliRun audit = shop.owner({u"audit"_s, u"--action"_s, u"export"_s, u"--user"_s, u"irina"_s});
    INFO(audit.err.toStdString());
    REQUIRE(audit.exitCode == 0);
    const QJsonArray exports = audit.json().array();
    REQUIRE(exports.size() == 3);
    for (const QJsonValue& e : exports) {
        const QJsonObject details = e.toObject().value(u"details"_s).toObject();
        CHECK(e.toObject().value(u"user"_s).toString() == u"Ирина Соколова"_s);
        CHECK(details.value(u"rows"_s).toInt() == 4);
        CHECK(details.value(u"file"_s).toString().startsWith(
            QDir::toNativeSeparators(shop.home.path())));
    }
    CHECK(shop.owner({u"audit"_s, u"--action"_s, u"export"_s, u"--user"_s, u"olena"_s})
              .json()
              .array()
              .isEmpty());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    CHECK(shop.owner({u"audit"_s, u"--action"_s, u"export"_s, u"--from"_s, today, u"--to"_s, today})
              .json()
              .array()
              .size() == 3);
    CHECK(shop.owner({u"audit"_s, u"--action"_s, u"export"_s, u"--from"_s, tomorrow})
              .json()
              .array()
              .isEmpty());
    CHECK(cliErrorKind(shop.owner({u"audit"_s, u"--from"_s, u"yesterday"_s})) == u"invalid"_s);
    for (const QJsonValue& e : exports)
        CHECK_FALSE(e.toObject().value(u"text"_s).toString().isEmpty());
    // The owner takes the audit away in a file, as the Audit screen exports it.
    const QString auditFile = shop.home.path(u"audit.csv"_s);
    CliRun auditExported =
        shop.owner({u"audit"_s, u"--action"_s, u"export"_s, u"--out"_s, auditFile});
    INFO(auditExported.err.toStdString());
    REQUIRE(auditExported.exitCode == 0);
    CHECK(auditExported.json().object().value(u"rows"_s).toInt() == 3);
    CHECK(QFileInfo(auditFile).size() > 0);
    // One client's history: its creation, by the owner.
    CliRun history = shop.owner({u"audit"_s, u"--client"_s, QString::number(first)});
    REQUIRE(history.exitCode == 0);
    for (const QJsonValue& e : history.json().array())
        CHECK(e.toObject().value(u"client_id"_s).toInteger() == first);
}

TEST_CASE("kartoteka-cli demo makes accounts for its owner and staff with the demo password",
          "[integration][cli][accounts][demo]")
{
    TempDir home;
    const QString db = home.path(u"demo.sqlite"_s);
    // A Russian-speaking shop: its staff have Russian names.
    CliRun demo = runCli(
        {u"--db"_s, db, u"demo"_s, u"--clients"_s, u"120"_s, u"--locale"_s, u"ru"_s, u"--json"_s},
        home.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.json().object().value(u"password"_s).toString() == kDemoPassword);
    CHECK(demo.json().object().value(u"accounts"_s).toArray().size() ==
          demoAccounts(Language::Russian).size());

    const QMap<QString, QString> password{{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}};
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"pipelines"_s, u"--json"_s}, home.path())) ==
          u"sign_in_failed"_s);
    for (const DemoAccount& account : demoAccounts(Language::Russian)) {
        INFO(account.login.toStdString());
        CHECK(runCli({u"--db"_s, db, u"--user"_s, account.login, u"pipelines"_s}, home.path(),
                     password)
                  .exitCode == 0);
    }
    CliRun list =
        runCli({u"--db"_s, db, u"--user"_s, u"owner"_s, u"users"_s, u"list"_s, u"--json"_s},
               home.path(), password);
    REQUIRE(list.exitCode == 0);
    const QJsonArray accounts = list.json().array();
    CHECK(accounts.size() == demoAccounts(Language::Russian).size());
    for (const DemoAccount& account : demoAccounts(Language::Russian)) {
        const QJsonObject a = accountIn(accounts, account.login);
        CHECK(a.value(u"name"_s).toString() == account.name);
        CHECK(a.value(u"role"_s).toString() == roleName(account.role));
        CHECK_FALSE(a.value(u"must_change_password"_s).toBool());
    }
    // The demo's data belongs to its staff: every client has one of them as manager.
    auto opened = openTestDatabase(db);
    CHECK(requireValue(sql::scalar(opened->connection(),
                                   u"SELECT count(*) FROM clients WHERE manager_id IS NULL OR "
                                   u"manager_id NOT IN (SELECT id FROM users WHERE login IN "
                                   u"('elena', 'andrey', 'irina', 'dmitry', 'oksana'))"_s))
              .toInt() == 0);
    CHECK(requireValue(sql::scalar(opened->connection(),
                                   u"SELECT count(DISTINCT manager_id) FROM clients"_s))
              .toInt() == 5);
}

TEST_CASE("kartoteka-cli upgrades a database from before accounts and sets up its owner",
          "[integration][cli][accounts][upgrade]")
{
    TempDir home;
    const QString db = home.path(u"old.sqlite"_s);
    {
        // Schema 6, as the last Kartoteka before accounts left it.
        auto old = openTestDatabase(db, ModeChoice::Local, builtinMigrations().mid(0, 6));
        requireOk(sql::exec(old->connection(),
                            u"INSERT INTO users (name, role) VALUES ('Олена Коваль', 'manager'), "
                            u"('Sarah Miller', 'staff'), ('Ирина Соколова', 'admin')"_s));
        requireOk(
            sql::exec(old->connection(),
                      u"INSERT INTO clients (kind, last_name, first_name, display_name, sort_key, "
                      u"manager_id, created_at, updated_at) VALUES ('person', 'Кравчук', 'Олег', "
                      u"'Кравчук Олег', 'кравчук олег', 1, '2025-01-01T00:00:00Z', "
                      u"'2025-01-01T00:00:00Z'), ('person', 'Бойко', 'Ірина', 'Бойко Ірина', "
                      u"'бойко ірина', 2, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s));
        REQUIRE(requireValue(old->schemaVersion()) == 6);
    }
    // Before an owner is set up, nobody signs in: the old staff are listed without passwords.
    CliRun list = runCli({u"--db"_s, db, u"users"_s, u"list"_s, u"--json"_s}, home.path());
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QJsonArray staff = list.json().array();
    REQUIRE(staff.size() == 3);
    for (const QJsonValue& a : staff)
        CHECK_FALSE(a.toObject().value(u"has_password"_s).toBool());
    CliRun clients = runCli({u"--db"_s, db, u"clients"_s, u"find"_s, u"--json"_s}, home.path());
    REQUIRE(clients.exitCode == 0);
    CHECK(clients.json().array().size() == 2);

    // Olena becomes the owner; her clients stay hers.
    const QMap<QString, QString> olena{{u"KARTOTEKA_PASSWORD"_s, u"Olena-owner-1"_s}};
    CliRun init = runCli({u"--db"_s, db, u"init"_s, u"--owner"_s, u"olena"_s, u"--name"_s,
                          u"Олена Коваль"_s, u"--json"_s},
                         home.path(), olena);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"users"_s, u"list"_s, u"--json"_s}, home.path())) ==
          u"sign_in_failed"_s);
    CliRun after =
        runCli({u"--db"_s, db, u"--user"_s, u"olena"_s, u"users"_s, u"list"_s, u"--json"_s},
               home.path(), olena);
    REQUIRE(after.exitCode == 0);
    const QJsonArray accounts = after.json().array();
    CHECK(accounts.size() == 3);
    const QJsonObject owner = accountIn(accounts, u"olena"_s);
    CHECK(owner.value(u"role"_s).toString() == u"owner"_s);
    CHECK(owner.value(u"id"_s).toInteger() == 1);
    CliRun shown = runCli(
        {u"--db"_s, db, u"--user"_s, u"olena"_s, u"clients"_s, u"show"_s, u"1"_s, u"--json"_s},
        home.path(), olena);
    CHECK(shown.json().object().value(u"manager"_s).toString() == u"Олена Коваль"_s);

    // The owner gives a colleague of before a temporary password, under the
    // login the upgrade made (its Cyrillic capitals folded as typed).
    CliRun given = runCli({u"--db"_s, db, u"--user"_s, u"olena"_s, u"users"_s, u"set-password"_s,
                           u"ирина.соколова"_s, u"--json"_s},
                          home.path(),
                          {{u"KARTOTEKA_PASSWORD"_s, u"Olena-owner-1"_s},
                           {u"KARTOTEKA_NEW_PASSWORD"_s, u"Temp-irina-1"_s}});
    INFO(given.err.toStdString());
    REQUIRE(given.exitCode == 0);
    CliRun irina = runCli({u"--db"_s, db, u"--user"_s, u"ИРИНА.СОКОЛОВА"_s, u"users"_s,
                           u"set-password"_s, u"--json"_s},
                          home.path(),
                          {{u"KARTOTEKA_PASSWORD"_s, u"Temp-irina-1"_s},
                           {u"KARTOTEKA_NEW_PASSWORD"_s, u"Irina-own-22"_s}});
    INFO(irina.err.toStdString());
    CHECK(irina.exitCode == 0);
}

TEST_CASE("no password's bytes reach the database, its WAL, the backups or the output",
          "[integration][cli][accounts][secrets]")
{
    Shop shop;
    const QString temporary = u"Tmp-Secret-9931"_s;
    const QString chosen = u"Mine-Secret-5528"_s;
    const QString wrong = u"Wrong-Secret-7710"_s;
    QByteArray output;
    auto keep = [&](const CliRun& run) {
        output += run.out + run.err;
        return run;
    };
    REQUIRE(keep(shop.init()).exitCode == 0);
    REQUIRE(keep(shop.owner({u"users"_s, u"add"_s, u"olena"_s, u"--name"_s, u"Олена Коваль"_s},
                            {{u"KARTOTEKA_NEW_PASSWORD"_s, temporary}}))
                .exitCode == 0);
    keep(shop.as(u"olena"_s, wrong, {u"pipelines"_s}));
    keep(shop.as(u"olena"_s, temporary, {u"pipelines"_s}));
    REQUIRE(keep(shop.as(u"olena"_s, temporary, {u"users"_s, u"set-password"_s},
                         {{u"KARTOTEKA_NEW_PASSWORD"_s, chosen}}))
                .exitCode == 0);
    REQUIRE(keep(shop.as(u"olena"_s, chosen,
                         {u"clients"_s, u"add"_s, u"--name"_s, u"Кравчук Олег"_s, u"--manager"_s,
                          u"olena"_s}))
                .exitCode == 0);
    keep(shop.owner({u"audit"_s}));
    keep(shop.owner({u"users"_s, u"list"_s}));
    REQUIRE(keep(shop.owner({u"backup"_s, u"--to"_s, shop.home.path(u"usb"_s)})).exitCode == 0);
    keep(shop.owner({u"audit"_s, u"--json"_s}));

    // Every process has exited; this one never opened the file. Read all that
    // is left: the database, its companions, backups, settings.
    QByteArray everything = output;
    QStringList files;
    QDirIterator it(shop.home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
        everything += fileBytes(files.last());
    }
    INFO(files.join(u'\n').toStdString());
    CHECK(files.contains(shop.db));
    for (const QString& secret : {kOwnerPassword, temporary, chosen, wrong}) {
        INFO(secret.toStdString());
        CHECK_FALSE(everything.contains(secret.toUtf8()));
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        CHECK_FALSE(everything.contains(utf16));
    }
    // The hashes are there, in libsodium's Argon2id form.
    CHECK(everything.contains("$argon2id$"));
}

#ifdef Q_OS_LINUX
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct TerminalRun
{
    int exitCode = -1;
    QByteArray shown; // everything the terminal showed
};

// Runs kartoteka-cli on a pseudo-terminal with no password in its
// environment, waits for each prompt and types its answer. A prompt is known
// by its form, not its words (which are translated): what the program showed
// since the last answer ends with ": " and waits. `dialogue` pairs what is
// asked (for the test's reader and its failure report) with the answer.
TerminalRun runOnTerminal(const QStringList& arguments, const QString& home,
                          const QList<std::pair<QByteArray, QByteArray>>& dialogue)
{
    // Everything the child needs is made before fork: after it, only exec.
    QList<QByteArray> argStore{QByteArrayLiteral(KARTOTEKA_CLI)};
    for (const QString& a : arguments)
        argStore.append(a.toLocal8Bit());
    QList<QByteArray> envStore;
    QProcessEnvironment env = cliEnvironment(home);
    env.remove(u"KARTOTEKA_PASSWORD"_s);
    env.remove(u"KARTOTEKA_NEW_PASSWORD"_s);
    for (const QString& line : env.toStringList())
        envStore.append(line.toLocal8Bit());
    std::vector<char*> argv, envp;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    TerminalRun run;
    auto readSome = [&](int timeoutMs) {
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, timeoutMs) <= 0)
            return false;
        char buffer[4096];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        run.shown.append(buffer, n);
        return true;
    };
    qsizetype from = 0;
    auto prompted = [&] { return run.shown.size() > from && run.shown.endsWith(": "); };
    for (const auto& [asked, answer] : dialogue) {
        QElapsedTimer clock;
        clock.start();
        while (!prompted() && clock.elapsed() < 20000)
            readSome(200);
        INFO("waiting to be asked for: " << asked.toStdString() << "\n" << run.shown.toStdString());
        REQUIRE(prompted());
        from = run.shown.size();
        const QByteArray line = answer + '\n';
        REQUIRE(write(master, line.constData(), size_t(line.size())) == line.size());
    }
    while (readSome(20000)) {
    }
    int status = 0;
    // One that still waits for input is a failure, not a hang.
    QElapsedTimer exiting;
    exiting.start();
    pid_t done = 0;
    while ((done = waitpid(pid, &status, WNOHANG)) == 0 && exiting.elapsed() < 10000)
        usleep(50000);
    if (done == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

TEST_CASE("kartoteka-cli asks for the owner and passwords on a terminal without echoing them",
          "[integration][cli][accounts][terminal]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    const QByteArray password = "Typed-Secret-6402";
    // Two different passwords: nothing is made.
    TerminalRun differ = runOnTerminal({u"--db"_s, db, u"init"_s}, home.path(),
                                       {{"login", "taras"},
                                        {"name", "Taras Bondar"},
                                        {"password", password},
                                        {"again", "other-one-1"}});
    CHECK(differ.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(db));

    TerminalRun init = runOnTerminal({u"--db"_s, db, u"init"_s}, home.path(),
                                     {{"login", "taras"},
                                      {"name", "Taras Bondar"},
                                      {"password", password},
                                      {"again", password}});
    INFO(init.shown.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.shown.contains("taras")); // a login is shown as typed
    CHECK(init.shown.contains("Taras Bondar"));
    CHECK_FALSE(init.shown.contains(password)); // a password is not

    TerminalRun list =
        runOnTerminal({u"--db"_s, db, u"--user"_s, u"taras"_s, u"users"_s, u"list"_s, u"--json"_s},
                      home.path(), {{"Password", password}});
    INFO(list.shown.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.shown.contains("\"owner\""));
    CHECK_FALSE(list.shown.contains(password));
}
#endif
