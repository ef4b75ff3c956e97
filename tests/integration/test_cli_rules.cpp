// kartoteka-cli rules: a rule added from the command line makes its task when
// a deal enters its stage; refusals name what is wrong (an event that is
// none, a status not in the list, a stage not in the pipeline); a rule is
// switched off and on; and four processes running the daily rules at the same
// moment make each birthday's task once between them.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli adds, lists and switches rules, and a rule acts on a deal's move",
          "[integration][cli][automation]")
{
    TempDir home;
    const QString db = newShop(home, {u"Кравчук Олег"_s});
    auto cli = [&](const QStringList& args) {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path());
    };

    CliRun added =
        cli({u"rules"_s, u"add"_s, u"--name"_s, u"After the invoice: call"_s, u"--when"_s,
             u"deal-stage"_s, u"--stage"_s, u"Invoice issued"_s, u"--min-amount"_s, u"1 000,00"_s,
             u"--task"_s, u"Call {client}: {deal}"_s, u"--in"_s, u"2d"_s, u"--kind"_s, u"Call"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const qint64 rule = added.json().object().value(u"id"_s).toInteger();
    CHECK(added.json().object().value(u"min_amount"_s).toString() == u"1,000.00"_s);

    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"sometimes"_s,
                            u"--note"_s, u"x"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"deal-won"_s,
                            u"--set"_s, u"client.status=Platinum"_s})) == u"not_found"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"deal-stage"_s,
                            u"--stage"_s, u"Nowhere"_s, u"--note"_s, u"x"_s})) == u"not_found"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s,
                            u"deal-won"_s})) == u"invalid"_s); // does nothing
    // Options the rule would not use are refused, not dropped.
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"deal-won"_s,
                            u"--days"_s, u"5"_s, u"--note"_s, u"x"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(
              cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"client-created"_s,
                   u"--min-amount"_s, u"100"_s, u"--note"_s, u"x"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"deal-won"_s,
                            u"--kind"_s, u"Call"_s, u"--note"_s, u"x"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s,
                            u"client-created"_s, u"--task"_s, u"Call about {deal}"_s})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"enable"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"x"_s, u"--when"_s, u"deal-won"_s,
                            u"--task"_s, u"x"_s, u"--in"_s, u"soon"_s})) == u"invalid"_s);

    REQUIRE(cli({u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"Tiles"_s,
                 u"--amount"_s, u"2500"_s})
                .exitCode == 0);
    REQUIRE(cli({u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"Invoice issued"_s}).exitCode == 0);
    const QJsonArray tasks =
        cli({u"tasks"_s, u"list"_s, u"--from"_s, QDate::currentDate().toString(Qt::ISODate)})
            .json()
            .array();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].toObject().value(u"title"_s).toString() == u"Call Кравчук Олег: Tiles"_s);
    CHECK(tasks[0].toObject().value(u"day"_s).toString() ==
          QDate::currentDate().addDays(2).toString(Qt::ISODate));
    CHECK(tasks[0].toObject().value(u"kind"_s).toString() == u"Call"_s);

    REQUIRE(cli({u"rules"_s, u"disable"_s, QString::number(rule)}).exitCode == 0);
    QJsonArray rules = cli({u"rules"_s, u"list"_s}).json().array();
    REQUIRE(rules.size() == 1);
    CHECK_FALSE(rules[0].toObject().value(u"enabled"_s).toBool());
    CHECK(rules[0].toObject().value(u"runs"_s).toInt() == 1);
    REQUIRE(cli({u"rules"_s, u"enable"_s, QString::number(rule)}).exitCode == 0);
    CHECK(cli({u"rules"_s, u"list"_s}).json().array()[0].toObject().value(u"enabled"_s).toBool());
    CHECK(cliErrorKind(cli({u"rules"_s, u"enable"_s, u"999"_s})) == u"not_found"_s);
    REQUIRE(cli({u"rules"_s, u"remove"_s, QString::number(rule)}).exitCode == 0);
    CHECK(cli({u"rules"_s, u"list"_s}).json().array().isEmpty());
}

TEST_CASE("daily rules run by four processes at once make each event's task once",
          "[integration][cli][automation][concurrency]")
{
    TempDir home;
    const QString db = newShop(home);
    const QDate soon = QDate::currentDate().addDays(1);
    constexpr int kClients = 12;
    for (int i = 0; i < kClients; ++i)
        REQUIRE(
            runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, u"Client%1 Olena"_s.arg(i),
                    u"--birthday"_s, soon.addYears(-20 - i).toString(Qt::ISODate)},
                   home.path())
                .exitCode == 0);
    REQUIRE(
        runCli({u"--db"_s, db, u"rules"_s, u"add"_s, u"--name"_s, u"Birthday soon"_s, u"--when"_s,
                u"birthday"_s, u"--days"_s, u"2"_s, u"--task"_s, u"Greet {client} on {birthday}"_s},
               home.path())
            .exitCode == 0);

    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment(home.path()));
        process->start(QStringLiteral(KARTOTEKA_CLI),
                       {u"--db"_s, db, u"rules"_s, u"run"_s, u"--json"_s});
        runs.push_back(std::move(process));
    }
    int ran = 0;
    for (auto& process : runs) {
        REQUIRE(process->waitForFinished(120000));
        INFO(process->readAllStandardError().toStdString());
        REQUIRE(process->exitCode() == 0);
        ran += QJsonDocument::fromJson(process->readAllStandardOutput())
                   .object()
                   .value(u"ran"_s)
                   .toInt();
    }
    CHECK(ran == kClients);
    const QJsonArray tasks =
        runCli({u"--db"_s, db, u"tasks"_s, u"list"_s, u"--json"_s}, home.path()).json().array();
    CHECK(tasks.size() == kClients);
    QSet<qint64> clients;
    for (const QJsonValue& t : tasks)
        clients.insert(t.toObject().value(u"client_id"_s).toInteger());
    CHECK(clients.size() == kClients);
}
