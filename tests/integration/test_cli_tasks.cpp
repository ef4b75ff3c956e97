// kartoteka-cli tasks add|list|done|cancel: a task on a client with
// reminders, a weekly series with one day done, the done call on the
// client's timeline, and refusals (a kind not in the list, a rule that is
// none, a repeating task done without its day, an option tasks do not take);
// `today` for oneself, for another, for everyone one reaches.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "demo/DemoData.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli adds, lists and closes tasks, repeats expanded",
          "[integration][cli][tasks]")
{
    TempDir home;
    const QString db = newShop(home, {u"Кравчук Олег"_s});
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    auto cli = [&](QStringList args) {
        return runCli(QStringList{u"--db"_s, db, u"tasks"_s} + args + QStringList{u"--json"_s},
                      home.path());
    };

    CliRun call =
        cli({u"add"_s, u"--title"_s, u"Передзвонити щодо плитки"_s, u"--client"_s, u"1"_s,
             u"--kind"_s, u"Call"_s, u"--due"_s, monday.toString(Qt::ISODate) + u"T10:30"_s,
             u"--remind"_s, u"15m"_s, u"--remind"_s, u"1d"_s});
    INFO(call.err.toStdString());
    REQUIRE(call.exitCode == 0);
    const QJsonObject added = call.json().object();
    CHECK(added.value(u"kind"_s).toString() == u"Call"_s);
    CHECK(added.value(u"due"_s).toString() == monday.toString(Qt::ISODate) + u"T10:30"_s);
    CHECK(added.value(u"reminders"_s).toArray() == QJsonArray{u"15m"_s, u"1d"_s});
    CliRun noted =
        cli({u"add"_s, u"--title"_s, u"Замір"_s, u"--notes"_s, u"Кухня 3×4, взяти рулетку"_s});
    REQUIRE(noted.exitCode == 0);
    CHECK(noted.json().object().value(u"notes"_s).toString() == u"Кухня 3×4, взяти рулетку"_s);

    CliRun weekly =
        cli({u"add"_s, u"--title"_s, u"Звірка залишків"_s, u"--due"_s, monday.toString(Qt::ISODate),
             u"--repeat"_s, u"FREQ=WEEKLY;BYDAY=MO,TH"_s});
    REQUIRE(weekly.exitCode == 0);
    const qint64 series = weekly.json().object().value(u"id"_s).toInteger();

    // Two weeks: the call and four days of the series.
    CliRun list = cli({u"list"_s, u"--from"_s, monday.toString(Qt::ISODate), u"--to"_s,
                       monday.addDays(13).toString(Qt::ISODate)});
    REQUIRE(list.exitCode == 0);
    QStringList days;
    for (const QJsonValue& v : list.json().array())
        days << v.toObject().value(u"day"_s).toString();
    CHECK(days == QStringList{monday.toString(Qt::ISODate), monday.toString(Qt::ISODate),
                              monday.addDays(3).toString(Qt::ISODate),
                              monday.addDays(7).toString(Qt::ISODate),
                              monday.addDays(10).toString(Qt::ISODate)});

    // A repeating task is done a day at a time.
    CHECK(cliErrorKind(cli({u"done"_s, QString::number(series)})) == u"invalid"_s);
    REQUIRE(cli({u"done"_s, QString::number(series), u"--day"_s,
                 monday.addDays(3).toString(Qt::ISODate)})
                .exitCode == 0);
    CliRun done = cli({u"done"_s, u"1"_s, u"--result"_s, u"Домовились на суботу"_s});
    REQUIRE(done.exitCode == 0);
    CliRun after = cli({u"list"_s, u"--from"_s, monday.toString(Qt::ISODate), u"--to"_s,
                        monday.addDays(13).toString(Qt::ISODate)});
    CHECK(after.json().array().size() == 3);
    CliRun card =
        runCli({u"--db"_s, db, u"clients"_s, u"show"_s, u"1"_s, u"--json"_s}, home.path());
    const QJsonArray timeline = card.json().object().value(u"timeline"_s).toArray();
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().toObject().value(u"kind"_s).toString() == u"call"_s);
    CHECK(timeline.first().toObject().value(u"result"_s).toString() == u"Домовились на суботу"_s);

    CHECK(cli({u"cancel"_s, QString::number(series)}).exitCode == 0);
    CHECK(cli({u"list"_s, u"--from"_s, monday.toString(Qt::ISODate)}).json().array().isEmpty());

    CHECK(cliErrorKind(cli({u"add"_s, u"--title"_s, u"x"_s, u"--kind"_s, u"Visit"_s})) ==
          u"not_found"_s);
    CHECK(cliErrorKind(cli({u"add"_s, u"--title"_s, u"x"_s, u"--repeat"_s, u"every day"_s})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(cli({u"add"_s, u"--title"_s, u"x"_s, u"--due"_s, u"tomorrow"_s})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(cli({u"add"_s, u"--title"_s, u"x"_s, u"--remind"_s, u"soon"_s})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(cli({u"list"_s, u"--amount"_s, u"5"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"done"_s, u"99"_s})) == u"not_found"_s);
}

TEST_CASE("kartoteka-cli today shows a person's day as the screen does, each as far as they reach",
          "[integration][cli][tasks][today]")
{
    TempDir home;
    const QString db = home.path(u"demo.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"demo"_s, u"--clients"_s, u"300"_s, u"--locale"_s, u"uk"_s},
                   home.path())
                .exitCode == 0);
    auto today = [&](const QString& login, QStringList args) {
        CliRun run = runCli(QStringList{u"--db"_s, db, u"--user"_s, login, u"today"_s} + args +
                                QStringList{u"--json"_s},
                            home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json().object();
    };
    const QString dmytro = u"Дмитро Орленко"_s;
    // The owner looks at Dmytro's day: his tasks only, and some of them.
    const QJsonObject his = today(u"owner"_s, {u"--for"_s, u"dmytro"_s});
    int tasks = 0;
    for (const QString part : {u"overdue"_s, u"today"_s, u"tomorrow"_s}) {
        for (const QJsonValue& t : his.value(part).toArray()) {
            CHECK(t.toObject().value(u"responsible"_s).toString() == dmytro);
            ++tasks;
        }
    }
    CHECK(tasks > 0);
    // Dmytro's own day is the same one.
    const QJsonObject own = today(u"dmytro"_s, {});
    CHECK(own.value(u"today"_s) == his.value(u"today"_s));
    // Everyone's, as a manager: only what is his to see.
    const QJsonObject all = today(u"dmytro"_s, {u"--all"_s});
    for (const QString part : {u"to_call"_s, u"rotting_deals"_s}) {
        for (const QJsonValue& line : all.value(part).toArray())
            CHECK(line.toObject().value(u"manager"_s).toString() == dmytro);
    }
    // The owner's everyone's has more.
    const QJsonObject shop = today(u"owner"_s, {u"--all"_s});
    CHECK(shop.value(u"rotting_deals_total"_s).toInt() >
          all.value(u"rotting_deals_total"_s).toInt());
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"--user"_s, u"dmytro"_s, u"today"_s, u"--for"_s,
                               u"nobody"_s, u"--json"_s},
                              home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}})) ==
          u"not_found"_s);
    // A manager looks at no colleague's day, and today takes no other options.
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"--user"_s, u"dmytro"_s, u"today"_s, u"--for"_s,
                               u"oksana"_s, u"--json"_s},
                              home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}})) ==
          u"forbidden"_s);
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"--user"_s, u"dmytro"_s, u"today"_s, u"--amount"_s,
                               u"5"_s, u"--json"_s},
                              home.path(), {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}})) ==
          u"invalid"_s);
}
