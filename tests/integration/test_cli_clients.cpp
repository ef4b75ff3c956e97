#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "demo/DemoData.h"
#include "language/Formats.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli adds, finds and shows clients and their timeline",
          "[integration][cli][clients]")
{
    TempDir home;
    const QString db = newShop(home);

    CliRun add =
        runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, u"Ёлкина Дарья Петровна"_s,
                u"--phone"_s, u"050 123 45 67"_s, u"--email"_s, u"darya@example.com"_s,
                u"--status"_s, u"Regular"_s, u"--source"_s, u"Instagram"_s, u"--birthday"_s,
                u"1990-04-12"_s, u"--create-missing"_s, u"--json"_s},
               home.path());
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject created = add.json().object();
    const qint64 id = created.value(u"id"_s).toInteger();
    CHECK(id > 0);
    CHECK(created.value(u"name"_s).toString() == u"Ёлкина Дарья Петровна"_s);
    CHECK(created.value(u"phones"_s).toArray().first().toObject().value(u"e164"_s).toString() ==
          u"+380501234567"_s);
    CHECK(created.value(u"status"_s).toString() == u"Regular"_s);
    CHECK(created.value(u"source"_s).toString() == u"Instagram"_s); // added: --create-missing

    CliRun same = runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, u"Другая Дарья"_s,
                          u"--phone"_s, u"+380501234567"_s, u"--json"_s},
                         home.path());
    REQUIRE(same.exitCode == 0);
    CHECK(same.json()
              .object()
              .value(u"possible_duplicates"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"id"_s)
              .toInteger() == id);

    CliRun find =
        runCli({u"--db"_s, db, u"clients"_s, u"find"_s, u"елкина"_s, u"--json"_s}, home.path());
    REQUIRE(find.exitCode == 0);
    REQUIRE(find.json().array().size() == 1);
    CHECK(find.json().array().first().toObject().value(u"id"_s).toInteger() == id);
    CliRun byPhone =
        runCli({u"--db"_s, db, u"clients"_s, u"find"_s, u"050 12"_s, u"--json"_s}, home.path());
    CHECK(byPhone.json().array().size() == 2);

    CliRun call =
        runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s, QString::number(id),
                u"--kind"_s, u"purchase"_s, u"--amount"_s, u"1 250,50"_s, u"--at"_s,
                u"2026-10-01T12:00:00Z"_s, u"--text"_s, u"Плитка"_s, u"--json"_s},
               home.path());
    INFO(call.err.toStdString());
    REQUIRE(call.exitCode == 0);
    CHECK(call.json().object().value(u"amount_minor"_s).toInteger() == 125050);

    CliRun show = runCli({u"--db"_s, db, u"clients"_s, u"show"_s, QString::number(id), u"--json"_s},
                         home.path());
    REQUIRE(show.exitCode == 0);
    const QJsonObject card = show.json().object();
    CHECK(card.value(u"timeline"_s).toArray().size() == 1);
    CHECK(card.value(u"stats"_s).toObject().value(u"total_minor"_s).toInteger() == 125050);
    CHECK(card.value(u"stats"_s).toObject().value(u"last_purchase"_s).toString() ==
          u"2026-10-01"_s);

    CliRun badKind =
        runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s, QString::number(id),
                u"--kind"_s, u"fax"_s, u"--text"_s, u"x"_s, u"--json"_s},
               home.path());
    CHECK(badKind.exitCode != 0);
    CHECK(badKind.err.contains("--kind"));
    CHECK(cliErrorKind(badKind) == u"invalid"_s);
    CliRun noClient =
        runCli({u"--db"_s, db, u"clients"_s, u"show"_s, u"999999"_s, u"--json"_s}, home.path());
    CHECK(noClient.exitCode != 0);
    CHECK(cliErrorKind(noClient) == u"not_found"_s);
}

TEST_CASE("kartoteka-cli find and show name a person's company", "[integration][cli][clients]")
{
    TempDir home;
    const QString db = newShop(home);
    CliRun add = runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, u"Коваль Ірина"_s,
                         u"--company"_s, u"ТОВ Плиткарня"_s, u"--json"_s},
                        home.path());
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QString id = QString::number(add.json().object().value(u"id"_s).toInteger());

    const CliRun find = runCli({u"--db"_s, db, u"clients"_s, u"find"_s, u"Коваль"_s}, home.path());
    REQUIRE(find.exitCode == 0);
    CHECK(QString::fromUtf8(find.out).contains(u"ТОВ Плиткарня"_s));
    const CliRun show = runCli({u"--db"_s, db, u"clients"_s, u"show"_s, id}, home.path());
    REQUIRE(show.exitCode == 0);
    CHECK(QString::fromUtf8(show.out).contains(u"ТОВ Плиткарня"_s));
    const CliRun json =
        runCli({u"--db"_s, db, u"clients"_s, u"show"_s, id, u"--json"_s}, home.path());
    CHECK(json.json().object().value(u"company"_s).toString() == u"ТОВ Плиткарня"_s);
    CHECK(json.json().object().contains(u"company_id"_s));
}

TEST_CASE("kartoteka-cli demo makes the same data for the same seed", "[integration][cli][demo]")
{
    TempDir home;
    QStringList names[2];
    for (int run = 0; run < 2; ++run) {
        const QString db = home.path(u"demo%1.sqlite"_s.arg(run));
        CliRun demo = runCli(
            {u"--db"_s, db, u"demo"_s, u"--clients"_s, u"300"_s, u"--seed"_s, u"42"_s, u"--json"_s},
            home.path());
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        CHECK(demo.json().object().value(u"clients"_s).toInt() == 300);
        CHECK(demo.json().object().value(u"interactions"_s).toInt() > 300);
        CliRun list = runCli({u"--db"_s, db, u"--user"_s, u"owner"_s, u"clients"_s, u"find"_s,
                              u"--limit"_s, u"50"_s, u"--json"_s},
                             home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}});
        for (const QJsonValue& row : list.json().array())
            names[run].append(row.toObject().value(u"name"_s).toString() +
                              row.toObject().value(u"phone"_s).toString());
    }
    CHECK(names[0].size() == 50);
    CHECK(names[0] == names[1]);

    // Demo data only ever goes into a new file: an existing database is left alone.
    CliRun again = runCli({u"--db"_s, home.path(u"demo0.sqlite"_s), u"demo"_s}, home.path());
    CHECK(again.exitCode != 0);
    CliRun after = runCli({u"--db"_s, home.path(u"demo0.sqlite"_s), u"--user"_s, u"owner"_s,
                           u"clients"_s, u"find"_s, u"--limit"_s, u"1000"_s, u"--json"_s},
                          home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}});
    CHECK(after.json().array().size() == 300);
}

TEST_CASE("kartoteka-cli writes dates and counts the language's way, and ISO in --json",
          "[integration][cli][language]")
{
    TempDir home;
    const QString db = newShop(home, {u"Шевченко Олена"_s});
    CliRun find =
        runCli({u"--db"_s, db, u"clients"_s, u"find"_s, u"Шевченко"_s, u"--json"_s}, home.path());
    REQUIRE(find.exitCode == 0);
    const QString id =
        QString::number(find.json().array().first().toObject().value(u"id"_s).toInteger());
    REQUIRE(runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s, id, u"--kind"_s,
                    u"purchase"_s, u"--amount"_s, u"100"_s, u"--at"_s, u"2026-10-01T12:00:00Z"_s,
                    u"--text"_s, u"Плитка"_s},
                   home.path())
                .exitCode == 0);
    // A catalog of more than a thousand products: a count with a thousands separator.
    QString csv = u"Артикул;Наименование;Ед.;Цена\n"_s;
    for (int i = 1; i <= 1234; ++i)
        csv += u"T-%1;Плитка %1;м2;450,00\n"_s.arg(i);
    writeFile(home.path(u"export.csv"_s), csv.toUtf8());

    for (const QString& lang : {u"uk_UA.UTF-8"_s, u"ru_RU.UTF-8"_s}) {
        INFO(lang.toStdString());
        const QLocale locale(lang.section(u'.', 0, 0));
        const QMap<QString, QString> env{{u"LANG"_s, lang}};
        const QString day = formatDate(QDate(2026, 10, 1), locale);
        CHECK(day == u"01.10.2026"_s);

        const CliRun show = runCli({u"--db"_s, db, u"clients"_s, u"show"_s, id}, home.path(), env);
        REQUIRE(show.exitCode == 0);
        const QString card = QString::fromUtf8(show.out);
        INFO(card.toStdString());
        CHECK(card.contains(day));
        CHECK_FALSE(card.contains(u"2026-10-01"_s));

        const CliRun sales = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s,
                                     u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s},
                                    home.path(), env);
        REQUIRE(sales.exitCode == 0);
        const QString report = QString::fromUtf8(sales.out);
        INFO(report.toStdString());
        CHECK(report.contains(day));
        CHECK(report.contains(formatDate(QDate(2026, 10, 31), locale)));
        CHECK_FALSE(report.contains(u"2026-10-"_s));

        const CliRun dry = runCli(
            {u"--db"_s, db, u"catalog"_s, u"import"_s, home.path(u"export.csv"_s), u"--dry-run"_s},
            home.path(), env);
        REQUIRE(dry.exitCode == 0);
        INFO(dry.out.toStdString());
        CHECK(QString::fromUtf8(dry.out).contains(formatNumber(1234, locale)));

        // Scripts keep ISO dates whatever the language.
        const CliRun json = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s,
                                    u"2026-10-01"_s, u"--to"_s, u"2026-10-31"_s, u"--json"_s},
                                   home.path(), env);
        REQUIRE(json.exitCode == 0);
        CHECK(json.json().object().value(u"from"_s).toString() == u"2026-10-01"_s);
    }
}

TEST_CASE("kartoteka-cli refuses a client without a name with the form's own rule",
          "[integration][cli][clients]")
{
    TempDir home;
    const QString db = newShop(home);
    // What the card's form gets from core for a person left blank.
    QString formMessage;
    {
        auto opened = openTestDatabase(db, ModeChoice::Automatic);
        ClientRepository repo(*opened, phoneRegion(*opened));
        Client blank; // the form's Save goes through create(), which validates first
        const Status refused = repo.create(blank);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Invalid);
        formMessage = refused.error().message;
    }
    for (const QString& name : {u""_s, u"   "_s}) {
        CliRun blank = runCli(
            {u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, name, u"--json"_s}, home.path());
        CHECK(blank.exitCode == 1);
        CHECK(cliErrorKind(blank) == u"invalid"_s);
        // The same rule and words as the form, not the company's ("Enter the
        // company's name") when no company was involved.
        CHECK(QJsonDocument::fromJson(blank.err).object().value(u"error"_s).toString() ==
              formMessage);
    }
    // A company alone is a company client.
    CliRun company = runCli(
        {u"--db"_s, db, u"clients"_s, u"add"_s, u"--company"_s, u"ТОВ «Плитка»"_s, u"--json"_s},
        home.path());
    INFO(company.err.toStdString());
    REQUIRE(company.exitCode == 0);
    CHECK(company.json().object().value(u"kind"_s).toString() == u"company"_s);
}

TEST_CASE("kartoteka-cli clients list pages a manager's own clients by keyset in every order",
          "[integration][cli][clients][list]")
{
    TempDir home;
    const QString db = home.path(u"demo.sqlite"_s);
    CliRun demo = runCli({u"--db"_s, db, u"demo"_s, u"--clients"_s, u"160"_s, u"--seed"_s, u"7"_s,
                          u"--locale"_s, u"uk"_s, u"--json"_s},
                         home.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const auto manager = std::find_if(demoAccounts(Language::Ukrainian).cbegin(),
                                      demoAccounts(Language::Ukrainian).cend(),
                                      [](const DemoAccount& a) { return a.role == Role::Manager; });
    REQUIRE(manager != demoAccounts(Language::Ukrainian).cend());
    const QMap<QString, QString> password{{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}};
    auto list = [&](const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, db, u"--user"_s, manager->login, u"clients"_s,
                                  u"list"_s, u"--json"_s} +
                          arguments,
                      home.path(), password);
    };

    // What the manager may see, in the order of each sort, read apart from the CLI.
    qint64 managerId = 0;
    auto expected = [&](const QString& column, bool descending, const QString& where = {}) {
        auto opened = openTestDatabase(db);
        managerId =
            requireValue(sql::scalar(opened->connection(),
                                     u"SELECT id FROM users WHERE login = ?"_s, {manager->login}))
                .toLongLong();
        const QString dir = descending ? u" DESC"_s : QString();
        QList<qint64> ids;
        for (const QSqlRecord& r : requireValue(sql::rows(
                 opened->connection(),
                 u"SELECT id FROM clients WHERE archived = 0 AND manager_id = ?"_s + where +
                     u" ORDER BY "_s + (column.isEmpty() ? QString() : column + dir + u", "_s) +
                     u"sort_key"_s + dir + u", id"_s + dir,
                 {managerId})))
            ids.append(r.value(0).toLongLong());
        return ids;
    };

    const std::tuple<QString, QString, bool> orders[] = {{u"company"_s, u"company_sort"_s, false},
                                                         {u"status"_s, u"status_sort"_s, true},
                                                         {u"name"_s, QString(), true},
                                                         {u"manager"_s, u"manager_sort"_s, false}};
    for (const auto& [sort, column, descending] : orders) {
        INFO(sort.toStdString() << (descending ? " desc" : " asc"));
        const QList<qint64> want = expected(column, descending);
        REQUIRE(want.size() > 10);
        REQUIRE(want.size() < 160); // only their own
        QList<qint64> got;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QStringList arguments{u"--sort"_s, sort, u"--limit"_s, u"9"_s};
            if (descending)
                arguments << u"--desc"_s;
            if (!cursor.isEmpty())
                arguments << u"--after"_s << cursor;
            CliRun run = list(arguments);
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            const QJsonObject answer = run.json().object();
            CHECK(answer.value(u"sort"_s).toString() == sort);
            for (const QJsonValue& row : answer.value(u"clients"_s).toArray())
                got.append(row.toObject().value(u"id"_s).toInteger());
            if (answer.value(u"next"_s).isNull())
                break;
            cursor = answer.value(u"next"_s).toString();
        }
        CHECK(got == want);
    }

    // A filter narrows the pages; the text output carries the cursor too.
    auto opened = openTestDatabase(db);
    const QString status = requireValue(sql::scalar(opened->connection(),
                                                    u"SELECT s.name FROM clients c JOIN "
                                                    u"list_items s ON s.id = c.status_id WHERE "
                                                    u"c.manager_id = ? GROUP BY 1 ORDER BY "
                                                    u"count(*) DESC LIMIT 1"_s,
                                                    {managerId}))
                               .toString();
    const qint64 statusId = requireValue(sql::scalar(opened->connection(),
                                                     u"SELECT id FROM list_items WHERE list = "
                                                     u"'status' AND name = ?"_s,
                                                     {status}))
                                .toLongLong();
    opened.reset();
    CliRun filtered =
        list({u"--status"_s, status, u"--sort"_s, u"company"_s, u"--limit"_s, u"1000"_s});
    REQUIRE(filtered.exitCode == 0);
    QList<qint64> got;
    for (const QJsonValue& row : filtered.json().object().value(u"clients"_s).toArray())
        got.append(row.toObject().value(u"id"_s).toInteger());
    CHECK(got == expected(u"company_sort"_s, false, u" AND status_id = %1"_s.arg(statusId)));
    CHECK(filtered.json().object().value(u"next"_s).isNull());

    CliRun text = runCli(
        {u"--db"_s, db, u"--user"_s, manager->login, u"clients"_s, u"list"_s, u"--limit"_s, u"3"_s},
        home.path(), password);
    REQUIRE(text.exitCode == 0);
    const QStringList lines = QString::fromUtf8(text.out).trimmed().split(u'\n');
    REQUIRE(lines.size() == 5); // three rows, the count, the next page
    CHECK(lines[0].section(u'\t', 0, 0).toLongLong() == expected(QString(), false).first());
    CliRun next =
        runCli({u"--db"_s, db, u"--user"_s, manager->login, u"clients"_s, u"list"_s, u"--limit"_s,
                u"3"_s, u"--after"_s, lines[4].section(u' ', -1), u"--json"_s},
               home.path(), password);
    REQUIRE(next.exitCode == 0);
    CHECK(next.json()
              .object()
              .value(u"clients"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"id"_s)
              .toInteger() == expected(QString(), false).at(3));

    // A cursor of another order, or not a cursor at all, is refused.
    CliRun firstPage = list({u"--sort"_s, u"status"_s, u"--limit"_s, u"2"_s});
    const QString statusCursor = firstPage.json().object().value(u"next"_s).toString();
    REQUIRE_FALSE(statusCursor.isEmpty());
    CHECK(cliErrorKind(list({u"--sort"_s, u"company"_s, u"--after"_s, statusCursor})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(list({u"--after"_s, u"nonsense"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(list({u"--sort"_s, u"phone"_s})) == u"invalid"_s);
}

TEST_CASE("kartoteka-cli merges duplicates, undoes the merge, and exports what a search finds",
          "[integration][cli][clients][merge]")
{
    TempDir home;
    const QString db = newShop(home);
    const auto run = [&](const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, db} + arguments, home.path());
    };
    REQUIRE(run({u"clients"_s, u"add"_s, u"--name"_s, u"Петренко Олена"_s, u"--phone"_s,
                 u"050 123 45 67"_s})
                .exitCode == 0);
    REQUIRE(run({u"clients"_s, u"add"_s, u"--name"_s, u"Петренко Олена Іванівна"_s, u"--phone"_s,
                 u"+380501234567"_s, u"--email"_s, u"olena@example.com"_s})
                .exitCode == 0);
    REQUIRE(run({u"clients"_s, u"add"_s, u"--name"_s, u"Коваль Іван"_s}).exitCode == 0);
    // A company's name as the name makes a company's card.
    REQUIRE(run({u"clients"_s, u"add"_s, u"--name"_s, u"ТОВ «Ламінат»"_s}).exitCode == 0);
    CHECK(run({u"clients"_s, u"show"_s, u"4"_s, u"--json"_s}).json().object().value(u"kind"_s) ==
          u"company"_s);

    const CliRun groups = run({u"clients"_s, u"duplicates"_s, u"--json"_s});
    REQUIRE(groups.exitCode == 0);
    REQUIRE(groups.json().array().size() == 1);

    const CliRun merged = run(
        {u"clients"_s, u"merge"_s, u"1"_s, u"2"_s, u"--take"_s, u"first_name=2"_s, u"--json"_s});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const qint64 mergeId = merged.json().object().value(u"merge"_s).toInteger();
    const CliRun shown = run({u"clients"_s, u"show"_s, u"1"_s, u"--json"_s});
    CHECK(shown.json().object().value(u"middle_name"_s).toString() == u"Іванівна"_s);
    const CliRun gone = run({u"clients"_s, u"show"_s, u"2"_s, u"--json"_s});
    CHECK(gone.exitCode != 0);
    CHECK(cliErrorKind(gone) == u"not_found"_s);
    CHECK(QString::fromUtf8(gone.err).contains(u"unmerge"_s)); // the command is its own name
    CHECK(run({u"clients"_s, u"duplicates"_s, u"--json"_s}).json().array().isEmpty());

    const CliRun bad =
        run({u"clients"_s, u"merge"_s, u"1"_s, u"3"_s, u"--take"_s, u"shoe_size=3"_s, u"--json"_s});
    CHECK(bad.exitCode != 0);
    CHECK(cliErrorKind(bad) == u"invalid"_s);

    const CliRun undone = run({u"clients"_s, u"unmerge"_s, QString::number(mergeId), u"--json"_s});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.json().object().value(u"restored"_s).toArray().first().toInteger() == 2);
    CHECK(run({u"clients"_s, u"show"_s, u"2"_s}).exitCode == 0);
    REQUIRE(run({u"clients"_s, u"not-duplicates"_s, u"1"_s, u"2"_s}).exitCode == 0);
    CHECK(run({u"clients"_s, u"duplicates"_s, u"--json"_s}).json().array().isEmpty());

    // The export takes the same search as the list, and the columns asked for.
    const QString file = home.path(u"petrenko.csv"_s);
    const CliRun exported = run({u"clients"_s, u"export"_s, u"Петренко"_s, u"--format"_s, u"csv"_s,
                                 u"--out"_s, file, u"--columns"_s, u"name,phones"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(lines.size() == 3); // the header and two clients
    CHECK(lines.value(0).count(u';') + lines.value(0).count(u',') == 1);
    const CliRun wrong = run({u"clients"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, file,
                              u"--columns"_s, u"name,shoe"_s, u"--json"_s});
    CHECK(cliErrorKind(wrong) == u"invalid"_s);
}

TEST_CASE("kartoteka-cli imports a shop's spreadsheet as the assistant does, says what it could "
          "not place, and undoes the import",
          "[integration][cli][clients][import]")
{
    TempDir home;
    const QString db = newShop(home);
    const auto run = [&](const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, db} + arguments, home.path());
    };
    const auto listed = [&] {
        return run({u"clients"_s, u"list"_s, u"--json"_s})
            .json()
            .object()
            .value(u"clients"_s)
            .toArray();
    };
    // Headers as a shop writes them; a status the base lacks, a manager
    // without an account, and a row repeating the first one's phone.
    const QString file = home.path(u"клієнти.csv"_s);
    {
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        // The repeating row's impossible birthday goes nowhere: not reported.
        csv.write(u"ПІБ;Телефон;Статус;Менеджер;Дата народження\r\n"
                  u"Петренко Олена Іванівна;050 123 45 67;Оптовик;Сидоренко;\r\n"
                  u"Коваль Іван;067 111 22 33;;;\r\n"
                  u"Петренко О.;+380501234567;;;31.02.1990\r\n"_s.toUtf8());
    }
    const CliRun undecided = run({u"clients"_s, u"import"_s, file, u"--json"_s});
    CHECK(undecided.exitCode != 0);
    CHECK(cliErrorKind(undecided) == u"invalid"_s);
    CHECK(listed().isEmpty());

    const CliRun dry = run({u"clients"_s, u"import"_s, file, u"--new-values"_s, u"create"_s,
                            u"--header-row"_s, u"1"_s, u"--dry-run"_s, u"--json"_s});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(u"batch"_s).isNull());
    CHECK(cliErrorKind(run({u"clients"_s, u"import"_s, file, u"--header-row"_s, u"9"_s,
                            u"--dry-run"_s, u"--json"_s})) == u"invalid"_s);
    CHECK(dry.json().object().value(u"added"_s).toInt() == 2);
    CHECK(dry.json().object().value(u"skipped"_s).toInt() == 1);
    CHECK(listed().isEmpty());

    const CliRun imported =
        run({u"clients"_s, u"import"_s, file, u"--new-values"_s, u"create"_s, u"--json"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = imported.json().object();
    CHECK(report.value(u"added"_s).toInt() == 2);
    CHECK(report.value(u"skipped"_s).toInt() == 1);
    CHECK(report.value(u"managers_left_empty"_s).toArray() == QJsonArray{u"Сидоренко"_s});
    REQUIRE(report.value(u"problems"_s).toArray().size() == 1);
    CHECK(report.value(u"problems"_s).toArray().first().toObject().value(u"row"_s).toInt() == 4);
    const QJsonArray rows = listed();
    REQUIRE(rows.size() == 2);
    const QJsonObject olena = [&] {
        for (const QJsonValue& row : rows) {
            if (row.toObject().value(u"name"_s).toString().startsWith(u"Петренко"_s))
                return row.toObject();
        }
        return QJsonObject();
    }();
    CHECK(olena.value(u"status"_s).toString() == u"Оптовик"_s); // created, as asked
    CHECK(olena.value(u"manager"_s).toString().isEmpty());

    const qint64 batch = report.value(u"batch"_s).toInteger();
    const CliRun batches = run({u"imports"_s, u"list"_s, u"--json"_s});
    REQUIRE(batches.json().array().size() == 1);
    CHECK(batches.json().array().first().toObject().value(u"added"_s).toInt() == 2);
    const CliRun undone = run({u"imports"_s, u"undo"_s, QString::number(batch), u"--json"_s});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.json().object().value(u"removed"_s).toInt() == 2);
    CHECK(listed().isEmpty());
    CHECK(cliErrorKind(run({u"imports"_s, u"undo"_s, QString::number(batch), u"--json"_s})) ==
          u"invalid"_s);
}
