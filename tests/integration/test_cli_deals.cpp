#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "language/Formats.h"
#include "reports/ReportRange.h"
#include "reports/ReportTables.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli lists pipelines and adds, moves and lists deals",
          "[integration][cli][deals]")
{
    TempDir home;
    const QString db = newShop(home, {u"Кравчук Олег"_s});

    CliRun pipelines = runCli({u"--db"_s, db, u"pipelines"_s, u"--json"_s}, home.path());
    REQUIRE(pipelines.exitCode == 0);
    const QJsonArray stages =
        pipelines.json().array().first().toObject().value(u"stages"_s).toArray();
    REQUIRE(stages.size() == 7);
    CHECK(stages.first().toObject().value(u"name"_s).toString() == u"Request received"_s);
    CHECK(stages.last().toObject().value(u"kind"_s).toString() == u"lost"_s);

    // A manager is an account (`users add`), named by login.
    REQUIRE(runCli({u"--db"_s, db, u"users"_s, u"add"_s, u"olena"_s, u"--name"_s, u"Олена"_s},
                   home.path(), {{u"KARTOTEKA_NEW_PASSWORD"_s, u"temporary-1"_s}})
                .exitCode == 0);
    CliRun add = runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s,
                         u"Ламінат у вітальню"_s, u"--amount"_s, u"18 400"_s, u"--manager"_s,
                         u"olena"_s, u"--json"_s},
                        home.path());
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.json().object().value(u"amount_minor"_s).toInteger() == 1840000);
    CHECK(add.json().object().value(u"stage"_s).toString() == u"Request received"_s);

    // --at records what happened: not before the deal came to its stage, not in the future.
    for (const QString& when : {u"2020-01-01T10:00:00Z"_s,
                                QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate),
                                u"0001-01-01T00:00:00Z"_s}) {
        CliRun wrong = runCli(
            {u"--db"_s, db, u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"won"_s, u"--at"_s, when},
            home.path());
        INFO(when.toStdString());
        CHECK(wrong.exitCode != 0);
    }
    const QString moved = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::ISODate);
    CliRun move = runCli({u"--db"_s, db, u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"won"_s,
                          u"--at"_s, moved, u"--json"_s},
                         home.path());
    INFO(move.err.toStdString());
    REQUIRE(move.exitCode == 0);
    CHECK(move.json().object().value(u"state"_s).toString() == u"won"_s);

    CliRun noReason =
        runCli({u"--db"_s, db, u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"Lost"_s, u"--json"_s},
               home.path());
    CHECK(noReason.exitCode != 0);
    CHECK(cliErrorKind(noReason) == u"invalid"_s);

    CliRun open =
        runCli({u"--db"_s, db, u"deals"_s, u"list"_s, u"--open"_s, u"--json"_s}, home.path());
    CHECK(open.json().array().isEmpty());
    CliRun won = runCli({u"--db"_s, db, u"deals"_s, u"list"_s, u"--stage"_s, u"Won"_s, u"--json"_s},
                        home.path());
    REQUIRE(won.json().array().size() == 1);
    CHECK(won.json().array().first().toObject().value(u"title"_s).toString() ==
          u"Ламінат у вітальню"_s);

    CliRun noClient = runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"99"_s,
                              u"--title"_s, u"x"_s, u"--json"_s},
                             home.path());
    CHECK(noClient.exitCode != 0);
    CHECK(cliErrorKind(noClient) == u"not_found"_s);
}

TEST_CASE("kartoteka-cli imports the catalog with a dry run first", "[integration][cli][catalog]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString csv = home.path(u"export.csv"_s);
    writeFile(csv,
              QStringLiteral(
                  "Артикул;Наименование;Ед.;Цена\nT-1;Плитка 30x60;м2;450,00\nT-2;Клей;кг;abc\n")
                  .toUtf8());

    CliRun dry = runCli(
        {u"--db"_s, db, u"catalog"_s, u"import"_s, csv, u"--dry-run"_s, u"--json"_s}, home.path());
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(u"added"_s).toArray().size() == 1);
    CHECK(dry.json()
              .object()
              .value(u"problems"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"line"_s)
              .toInt() == 3);
    CHECK(runCli({u"--db"_s, db, u"catalog"_s, u"list"_s, u"--json"_s}, home.path())
              .json()
              .array()
              .isEmpty());

    REQUIRE(runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, csv}, home.path()).exitCode == 0);
    const QJsonArray listed =
        runCli({u"--db"_s, db, u"catalog"_s, u"list"_s, u"--json"_s}, home.path()).json().array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(u"price_minor"_s).toInteger() == 45000);

    // A changed price: words in the person's money, numbers for --json.
    writeFile(
        csv,
        QStringLiteral("Артикул;Наименование;Ед.;Цена\nT-1;Плитка 30x60;м2;1250,50\n").toUtf8());
    const QString currency = listed.first().toObject().value(u"currency"_s).toString();
    CliRun text = runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, csv, u"--dry-run"_s},
                         home.path(), {{u"LANG"_s, u"uk_UA.UTF-8"_s}});
    REQUIRE(text.exitCode == 0);
    {
        LanguageGuard ukrainian(Language::Ukrainian);
        const QString shown = QString::fromUtf8(text.out);
        INFO(shown.toStdString());
        CHECK(shown.contains(formatMoney(45000, currency) + u" → "_s +
                             formatMoney(125050, currency)));
    }
    const QJsonObject change =
        runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, csv, u"--dry-run"_s, u"--json"_s},
               home.path(), {{u"LANG"_s, u"uk_UA.UTF-8"_s}})
            .json()
            .object()
            .value(u"changed"_s)
            .toArray()
            .first()
            .toObject();
    CHECK(change.value(u"fields"_s).toArray() == QJsonArray{u"price"_s});
    CHECK(change.value(u"before"_s).toObject().value(u"price_minor"_s).toInteger() == 45000);
    CHECK(change.value(u"after"_s).toObject().value(u"price_minor"_s).toInteger() == 125050);

    CliRun missing =
        runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, home.path(u"nope.csv"_s), u"--json"_s},
               home.path());
    CHECK(missing.exitCode != 0);
    CHECK(cliErrorKind(missing) == u"not_found"_s);
}

TEST_CASE("kartoteka-cli catalog import keeps missing products unless asked, and --yes for most",
          "[integration][cli][catalog]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString all = home.path(u"all.csv"_s);
    writeFile(all, "sku;name;price\nT-1;Tile;450\nT-2;Wood;990\nG-1;Grout;85\n");
    REQUIRE(runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, all}, home.path()).exitCode == 0);
    auto onSale = [&] {
        return runCli({u"--db"_s, db, u"catalog"_s, u"list"_s, u"--json"_s}, home.path())
            .json()
            .array()
            .size();
    };
    const QString one = home.path(u"one.csv"_s);
    writeFile(one, "sku;name;price\nT-1;Tile;470\n");
    CliRun kept = runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, one, u"--json"_s}, home.path());
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.json().object().value(u"deactivated"_s).toArray().isEmpty());
    CHECK(kept.json().object().value(u"missing"_s).toArray().size() == 2);
    CHECK(onSale() == 3);

    CliRun unconfirmed = runCli(
        {u"--db"_s, db, u"catalog"_s, u"import"_s, one, u"--deactivate-missing"_s, u"--json"_s},
        home.path());
    CHECK(unconfirmed.exitCode != 0);
    CHECK(cliErrorKind(unconfirmed) == u"invalid"_s);
    CHECK(onSale() == 3);
    CliRun confirmed = runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, one,
                               u"--deactivate-missing"_s, u"--yes"_s, u"--json"_s},
                              home.path());
    REQUIRE(confirmed.exitCode == 0);
    CHECK(confirmed.json().object().value(u"deactivated"_s).toArray().size() == 2);
    CHECK(onSale() == 1);
}

TEST_CASE("kartoteka-cli catalog import refuses a 5-million-character SKU without printing it",
          "[integration][cli][catalog]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString csv = home.path(u"broken.csv"_s);
    writeFile(csv, "sku;name;price\n" + QByteArray(5'000'000, 'A') + ";Tile;450\nT-2;Glue;85\n");
    CliRun dry =
        runCli({u"--db"_s, db, u"catalog"_s, u"import"_s, csv, u"--dry-run"_s}, home.path());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.size() + dry.err.size() < 4000);
    CliRun json = runCli(
        {u"--db"_s, db, u"catalog"_s, u"import"_s, csv, u"--dry-run"_s, u"--json"_s}, home.path());
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.size() < 4000);
    const QJsonObject problem =
        json.json().object().value(u"problems"_s).toArray().first().toObject();
    CHECK(problem.value(u"line"_s).toInt() == 2);
    CHECK(problem.value(u"kind"_s).toString() == u"too_long"_s);
    CHECK(problem.value(u"field"_s).toString() == u"sku"_s);
    CHECK(json.json().object().value(u"added"_s).toArray().size() == 1);
}

TEST_CASE("kartoteka-cli reports answer from the same core code", "[integration][cli][reports]")
{
    TempDir home;
    const QString db = newShop(home, {u"Звітний Клієнт"_s});
    for (const QString& title : {u"Перша"_s, u"Друга"_s})
        REQUIRE(runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s,
                        title, u"--amount"_s, u"1000"_s},
                       home.path())
                    .exitCode == 0);
    REQUIRE(
        runCli({u"--db"_s, db, u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"Won"_s}, home.path())
            .exitCode == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CliRun report = runCli({u"--db"_s, db, u"report"_s, u"funnel"_s, u"--from"_s, today, u"--to"_s,
                            today, u"--json"_s},
                           home.path());
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject funnel = report.json().object();
    CHECK(funnel.value(u"deals"_s).toInt() == 2);
    CHECK(funnel.value(u"won"_s).toInt() == 1);
    CHECK(funnel.value(u"win_rate"_s).toDouble() == 1.0);
    CHECK(funnel.value(u"stages"_s).toArray().first().toObject().value(u"reached"_s).toInt() == 2);
    CHECK(funnel.value(u"stages"_s).toArray().first().toObject().value(u"now"_s).toInt() == 1);

    CliRun sales = runCli({u"--db"_s, db, u"report"_s, u"sales"_s, u"--from"_s, today, u"--to"_s,
                           today, u"--by"_s, u"day"_s, u"--json"_s},
                          home.path());
    REQUIRE(sales.exitCode == 0);
    CHECK(sales.json().object().value(u"won"_s).toInt() == 1);
    CHECK(sales.json().object().value(u"won_minor"_s).toInteger() == 100000);
    CHECK(sales.json().object().value(u"rows"_s).toArray().size() == 1);

    // The other reports, from the same two deals: one won for 1,000.00.
    auto json = [&](const QString& which) {
        CliRun run = runCli(
            {u"--db"_s, db, u"report"_s, which, u"--from"_s, today, u"--to"_s, today, u"--json"_s},
            home.path());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json().object();
    };
    const QJsonObject channels = json(u"channels"_s);
    REQUIRE(channels.value(u"rows"_s).toArray().size() == 1); // no source recorded
    CHECK(channels.value(u"rows"_s).toArray().first().toObject().value(u"deals"_s).toInt() == 2);
    const QJsonObject managers = json(u"managers"_s);
    CHECK(managers.value(u"rows"_s).toArray().first().toObject().value(u"won"_s).toInt() == 1);
    const QJsonObject clients = json(u"clients"_s);
    CHECK(clients.value(u"buyers"_s).toInt() == 1);
    CHECK(clients.value(u"revenue_minor"_s).toInteger() == 100000);
    CHECK(clients.value(u"top_share"_s).toDouble() == 1.0);
    // Drifting is as of --to: it has no --from.
    CliRun driftingRun = runCli(
        {u"--db"_s, db, u"report"_s, u"drifting"_s, u"--to"_s, today, u"--json"_s}, home.path());
    REQUIRE(driftingRun.exitCode == 0);
    const QJsonObject drifting = driftingRun.json().object();
    CHECK(drifting.value(u"drifting"_s).toArray().isEmpty()); // bought today

    CliRun unknown = runCli({u"--db"_s, db, u"report"_s, u"weather"_s, u"--json"_s}, home.path());
    CHECK(unknown.exitCode != 0);
    CHECK(cliErrorKind(unknown) == u"invalid"_s);
    CHECK(unknown.err.contains("drifting")); // the usage names the reports as they are typed

    CliRun bad =
        runCli({u"--db"_s, db, u"report"_s, u"funnel"_s, u"--from"_s, u"yesterday"_s, u"--json"_s},
               home.path());
    CHECK(bad.exitCode != 0);
    CHECK(cliErrorKind(bad) == u"invalid"_s);
}

TEST_CASE("kartoteka-cli report prints the screen's tables: the same figures in text and --json",
          "[integration][cli][reports]")
{
    // In Ukrainian: the text is the screen's, dates, counts and money as the
    // language writes them; --json stays ISO and minor units.
    const LanguageGuard ukrainian(Language::Ukrainian);
    const QMap<QString, QString> uk{{u"LANG"_s, u"uk_UA.UTF-8"_s}};
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    const QDate today = QDate::currentDate();
    const ReportPeriod period{today.addYears(-1).addDays(1), today};
    ReportSheet funnel, sales;
    {
        auto opened = openTestDatabase(db);
        requireValue(generateDemo(*opened, {120, 5}));
        funnel = funnelSheet(requireValue(funnelReport(*opened, period)), period);
        sales = salesSheet(requireValue(salesReport(*opened, period, SalesBucket::Month)),
                           SalesBucket::Month, period);
    }
    REQUIRE(sales.tables.first().rows.size() >= 12);

    const QStringList days{u"--from"_s, period.from.toString(Qt::ISODate), u"--to"_s,
                           period.to.toString(Qt::ISODate)};
    for (const auto& [which, sheet] :
         {std::pair{u"funnel"_s, funnel}, std::pair{u"sales"_s, sales}}) {
        INFO(which.toStdString());
        const QStringList by =
            which == u"sales"_s ? QStringList{u"--by"_s, u"month"_s} : QStringList{};
        const CliRun json = runCli(QStringList{u"--db"_s, db, u"report"_s, which} + days + by +
                                       QStringList{u"--json"_s},
                                   home.path(), uk);
        INFO(json.err.toStdString());
        REQUIRE(json.exitCode == 0);
        const QJsonObject answer = json.json().object();
        CHECK(answer.value(u"from"_s).toString() == period.from.toString(Qt::ISODate));
        for (const ReportFigure& f : sheet.figures) {
            INFO(f.key.toStdString());
            if (f.kind == CellKind::Percent || f.kind == CellKind::Days)
                CHECK(answer.value(f.key).toDouble() == Approx(f.value.toDouble()));
            else if (f.value.isValid())
                CHECK(answer.value(f.key).toInteger() == f.value.toLongLong());
        }
        const CliRun text =
            runCli(QStringList{u"--db"_s, db, u"report"_s, which} + days + by, home.path(), uk);
        REQUIRE(text.exitCode == 0);
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
        for (const ReportTable& t : sheet.tables) {
            const QJsonArray rows = answer.value(t.key).toArray();
            REQUIRE(rows.size() == t.rows.size());
            for (int r = 0; r < t.rows.size(); ++r) {
                QStringList cells;
                for (int c = 0; c < t.columns.size(); ++c) {
                    cells.append(displayCell(t, r, c));
                    const QJsonValue cell = rows[r].toObject().value(t.columns[c].key);
                    const QVariant want = t.rows[r].value(c);
                    INFO(t.key.toStdString()
                         << " row " << r << " " << t.columns[c].key.toStdString());
                    switch (t.columns[c].kind) {
                    case CellKind::Count:
                    case CellKind::Money:
                        CHECK(cell.toInteger() == want.toLongLong());
                        break;
                    case CellKind::Percent:
                    case CellKind::Days:
                        if (want.isValid())
                            CHECK(cell.toDouble() == Approx(want.toDouble()));
                        else
                            CHECK(cell.isNull());
                        break;
                    case CellKind::Text:
                        CHECK(cell.toString() == want.toString());
                        break;
                    case CellKind::Date:
                        CHECK(cell.toString() == want.toDate().toString(Qt::ISODate));
                        break;
                    }
                }
                // The text line is the screen's cells, as the table shows them.
                const QString line = u"  "_s + cells.join(u'\t');
                INFO(line.toStdString() << " in\n" << text.out.toStdString());
                CHECK(lines.contains(line));
            }
        }
    }

    // --period is the screen's range, worked out by the same core function.
    for (const auto& [name, range] : {std::pair{u"last-month"_s, ReportRange::LastMonth},
                                      std::pair{u"year"_s, ReportRange::ThisYear},
                                      std::pair{u"quarter"_s, ReportRange::ThisQuarter}}) {
        const CliRun run =
            runCli({u"--db"_s, db, u"report"_s, u"funnel"_s, u"--period"_s, name, u"--json"_s},
                   home.path());
        REQUIRE(run.exitCode == 0);
        const DayRange expected = rangeDays(range, today);
        CHECK(run.json().object().value(u"from"_s).toString() ==
              expected.from.toString(Qt::ISODate));
        CHECK(run.json().object().value(u"to"_s).toString() == expected.to.toString(Qt::ISODate));
    }
    CHECK(cliErrorKind(runCli(
              {u"--db"_s, db, u"report"_s, u"funnel"_s, u"--period"_s, u"fortnight"_s, u"--json"_s},
              home.path())) == u"invalid"_s);
    CHECK(cliErrorKind(runCli({u"--db"_s, db, u"report"_s, u"funnel"_s, u"--period"_s, u"year"_s,
                               u"--from"_s, u"2026-01-01"_s, u"--json"_s},
                              home.path())) == u"invalid"_s);
}
