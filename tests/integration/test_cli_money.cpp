#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli refuses amounts that are not amounts and stores nothing",
          "[integration][cli][money]")
{
    TempDir home;
    const QString db = newShop(home, {u"Грошовий Клієнт"_s});
    for (const QString& amount : {u"1e3"_s, u"12abc"_s, u"0x10"_s, u"1.2.3"_s, u"nan"_s, u"inf"_s,
                                  u"-5"_s, u"90000000000000000"_s}) {
        INFO(amount.toStdString());
        CliRun purchase =
            runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
                    u"purchase"_s, u"--amount"_s, amount, u"--text"_s, u"Плитка"_s, u"--json"_s},
                   home.path());
        CHECK(purchase.exitCode != 0);
        CHECK(cliErrorKind(purchase) == u"invalid"_s);
        CHECK(purchase.err.contains("--amount"));
        CliRun deal = runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"1"_s,
                              u"--title"_s, u"Угода"_s, u"--amount"_s, amount, u"--json"_s},
                             home.path());
        CHECK(deal.exitCode != 0);
        CHECK(cliErrorKind(deal) == u"invalid"_s);
        CHECK(deal.err.contains("--amount"));
    }
    CHECK(runCli({u"--db"_s, db, u"deals"_s, u"list"_s, u"--json"_s}, home.path())
              .json()
              .array()
              .isEmpty());

    CliRun good = runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s,
                          u"Угода"_s, u"--amount"_s, u"1 250,50"_s, u"--json"_s},
                         home.path());
    INFO(good.err.toStdString());
    REQUIRE(good.exitCode == 0);
    CHECK(good.json().object().value(u"amount_minor"_s).toInteger() == 125050);
}

TEST_CASE("kartoteka-cli refuses 1,250 as ambiguous whatever LANG is, and stores 1250 the same",
          "[integration][cli][money]")
{
    // With no LANG "1,250" was stored as 1 250.00, with LANG=uk_UA as 1,25.
    TempDir home;
    const QString db = newShop(home, {u"Грошовий Клієнт"_s});
    for (const QString& lang :
         {u"C.UTF-8"_s, u"uk_UA.UTF-8"_s, u"ru_RU.UTF-8"_s, u"en_US.UTF-8"_s}) {
        for (const QString& amount : {u"1,250"_s, u"1.250"_s, u"12,500"_s}) {
            INFO(lang.toStdString() << ' ' << amount.toStdString());
            CliRun purchase = runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s,
                                      u"1"_s, u"--kind"_s, u"purchase"_s, u"--amount"_s, amount,
                                      u"--text"_s, u"Плитка"_s, u"--json"_s},
                                     home.path(), {{u"LANG"_s, lang}});
            CHECK(purchase.exitCode != 0);
            CHECK(cliErrorKind(purchase) == u"invalid"_s);
            // Both readings offered: the whole number written without a separator.
            CHECK(purchase.err.contains(QString(amount).remove(u',').remove(u'.').toUtf8()));
        }
        CliRun purchase =
            runCli({u"--db"_s, db, u"interactions"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s,
                    u"purchase"_s, u"--amount"_s, u"1250"_s, u"--text"_s, u"Плитка"_s, u"--json"_s},
                   home.path(), {{u"LANG"_s, lang}});
        INFO(purchase.err.toStdString());
        REQUIRE(purchase.exitCode == 0);
        CHECK(purchase.json().object().value(u"amount_minor"_s).toInteger() == 125000);
    }

    // The four purchases and no deals: the sales report counts them beside the
    // won deals, the same in its answer and in its export.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CliRun sales = runCli(
        {u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s, today, u"--to"_s, today, u"--json"_s},
        home.path());
    INFO(sales.err.toStdString());
    REQUIRE(sales.exitCode == 0);
    const QJsonObject report = sales.json().object();
    CHECK(report.value(u"won_minor"_s).toInteger() == 0);
    CHECK(report.value(u"purchases"_s).toInt() == 4);
    CHECK(report.value(u"purchases_minor"_s).toInteger() == 500000);
}

TEST_CASE("kartoteka-cli catalog import of a file that cannot be read fails and changes nothing",
          "[integration][cli][catalog][money]")
{
    TempDir home;
    const QString db = newShop(home);
    writeFile(home.path(u"good.csv"_s), "sku;name;price\nT-1;Tile;450\nT-2;Glue;120\n");
    REQUIRE(
        runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, home.path(u"good.csv"_s)}, home.path())
            .exitCode == 0);
    const QList<QByteArray> broken{
        "sku;name;price\nX-1;Widget;abc\n",       // every row fails
        "sku;name;price\nT-1;Tile;470\nT-2;Gl",   // cut off mid-row
        "sku;name;price\nT-1;Tile;470\nT-2;\"Gl", // cut off inside a quote
        "sku;name\nT-1;Tile\n",                   // no price column
    };
    for (const QByteArray& bytes : broken) {
        INFO(bytes.toStdString());
        writeFile(home.path(u"broken.csv"_s), bytes);
        CliRun run = runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, home.path(u"broken.csv"_s)},
                            home.path());
        CHECK(run.exitCode != 0);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        const QJsonArray listed =
            runCli({u"--db"_s, db, u"catalog"_s, u"list"_s, u"--json"_s}, home.path())
                .json()
                .array();
        CHECK(listed.size() == 2); // nothing deactivated
        for (const QJsonValue& product : listed) {
            if (product.toObject().value(u"sku"_s).toString() == u"T-1"_s)
                CHECK(product.toObject().value(u"price_minor"_s).toInteger() == 45000);
        }
    }
}

TEST_CASE("kartoteka-cli report sales over ten thousand years answers at once with an error",
          "[integration][cli][reports][money]")
{
    TempDir home;
    const QString db = newShop(home);
    QElapsedTimer timer;
    timer.start();
    CliRun endless = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s, u"0001-01-01"_s,
                             u"--to"_s, u"9999-12-31"_s, u"--by"_s, u"day"_s},
                            home.path());
    CHECK(endless.exitCode != 0);
    CHECK_FALSE(endless.err.trimmed().isEmpty());
    CHECK(timer.elapsed() < 10000);
    // Within the years allowed, but more days than a table can show.
    CliRun days = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s, u"2000-01-01"_s,
                          u"--to"_s, u"2020-12-31"_s, u"--by"_s, u"day"_s},
                         home.path());
    CHECK(days.exitCode != 0);
    CliRun months = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s, u"2000-01-01"_s,
                            u"--to"_s, u"2020-12-31"_s, u"--by"_s, u"month"_s, u"--json"_s},
                           home.path());
    INFO(months.err.toStdString());
    REQUIRE(months.exitCode == 0);
    CHECK(months.json().object().value(u"rows"_s).toArray().size() == 21 * 12);
    CliRun clients = runCli({u"--db"_s, db, u"report"_s, u"clients"_s, u"--from"_s, u"1800-01-01"_s,
                             u"--to"_s, u"2020-12-31"_s},
                            home.path());
    CHECK(clients.exitCode != 0);
}
