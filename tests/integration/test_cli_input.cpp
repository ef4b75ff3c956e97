// kartoteka-cli fed bad input on purpose: unknown names, bad numbers, options
// that mean nothing, names made to upset a terminal, a failing database.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "reports/ClientsReport.h"
#include "reports/FunnelReport.h"
#include "reports/ReportTable.h"
#include "reports/ReportTables.h"
#include "storage/Sql.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

qint64 scalar(Database& db, const QString& statement)
{
    return requireValue(sql::scalar(db.connection(), statement)).toLongLong();
}

// The kind of a --json failure, from {"error": ..., "kind": ...} on stderr.
QString errorKind(const CliRun& run)
{
    return QJsonDocument::fromJson(run.err).object().value(u"kind"_s).toString();
}

// Everything a command could add or change: rows of the tables that names
// and edits go to, and the change feed.
QList<qint64> footprint(Database& db)
{
    return {scalar(db, u"SELECT count(*) FROM users"_s),
            scalar(db, u"SELECT count(*) FROM list_items"_s),
            scalar(db, u"SELECT count(*) FROM clients"_s),
            scalar(db, u"SELECT count(*) FROM deals"_s),
            scalar(db, u"SELECT count(*) FROM changes"_s),
            scalar(db, u"SELECT coalesce(max(version), 0) FROM list_items"_s)};
}

} // namespace

TEST_CASE("kartoteka-cli refuses a status, source, type, manager, stage or reason it does not "
          "know, and adds none",
          "[integration][cli][lists]")
{
    TempDir home;
    const QString db = newShop(home);
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(u"--db"_s);
        return runCli(args, home.path());
    };
    REQUIRE(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Кравчук Олег"_s}).exitCode == 0);
    REQUIRE(
        cli({u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"Плитка"_s}).exitCode ==
        0);
    auto before = [&] {
        auto opened = openTestDatabase(db);
        return footprint(*opened);
    }();

    const QList<QStringList> typos{
        {u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--status"_s, u"Activ"_s},
        {u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--source"_s, u"Instagarm"_s},
        {u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--type"_s, u"Dezigner"_s},
        {u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--manager"_s, u"Olena  K"_s},
        {u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"x"_s, u"--manager"_s,
         u"Ghost"_s},
        {u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"x"_s, u"--stage"_s,
         u"Wonn"_s},
        {u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"x"_s, u"--pipeline"_s,
         u"Retail"_s},
        {u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"Lost"_s, u"--reason"_s, u"Typo"_s},
        {u"report"_s, u"managers"_s, u"--manager"_s, u"Ghost Typo"_s},
        {u"report"_s, u"drifting"_s, u"--manager"_s, u"Ghost Typo"_s},
    };
    for (const QStringList& typo : typos) {
        CliRun run = cli(typo + QStringList{u"--json"_s});
        INFO(typo.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(errorKind(run) == u"not_found"_s);
    }
    // The message lists what may be chosen.
    CHECK(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Нова"_s, u"--status"_s, u"Activ"_s})
              .err.contains("Regular"));
    CHECK(cli({u"deals"_s, u"move"_s, u"1"_s, u"--stage"_s, u"Lost"_s, u"--reason"_s, u"Typo"_s})
              .err.contains("Too expensive"));
    CHECK(cli({u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"x"_s, u"--stage"_s,
               u"Wonn"_s})
              .err.contains("Invoice paid"));
    {
        auto opened = openTestDatabase(db);
        CHECK(footprint(*opened) == before);
    }

    // Case and spacing are forgiven: the existing item, not a new one.
    CliRun loose = cli({u"clients"_s, u"add"_s, u"--name"_s, u"Нова Клієнтка"_s, u"--status"_s,
                        u"  regular "_s, u"--json"_s});
    INFO(loose.err.toStdString());
    REQUIRE(loose.exitCode == 0);
    CHECK(loose.json().object().value(u"status"_s).toString() == u"Regular"_s);

    // New names only when asked for; a report never adds one.
    CHECK(errorKind(cli({u"report"_s, u"managers"_s, u"--manager"_s, u"Olena K"_s,
                         u"--create-missing"_s, u"--json"_s})) == u"invalid"_s);
    // A manager is an account: --create-missing never makes one.
    CHECK(errorKind(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Третя Клієнтка"_s, u"--manager"_s,
                         u"Olena K"_s, u"--create-missing"_s, u"--json"_s})) == u"not_found"_s);
    REQUIRE(runCli({u"--db"_s, db, u"users"_s, u"add"_s, u"olena.k"_s, u"--name"_s, u"Olena K"_s,
                    u"--role"_s, u"manager"_s},
                   home.path(), {{u"KARTOTEKA_NEW_PASSWORD"_s, u"temporary-1"_s}})
                .exitCode == 0);
    CliRun added =
        cli({u"clients"_s, u"add"_s, u"--name"_s, u"Третя Клієнтка"_s, u"--manager"_s, u"olena.k"_s,
             u"--source"_s, u"Instagram"_s, u"--create-missing"_s, u"--json"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.json().object().value(u"manager"_s).toString() == u"Olena K"_s);
    CHECK(added.json().object().value(u"source"_s).toString() == u"Instagram"_s);
    CliRun same = cli({u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"y"_s,
                       u"--manager"_s, u"olena   k"_s});
    INFO(same.err.toStdString());
    CHECK(same.exitCode == 0);
    auto opened = openTestDatabase(db);
    CHECK(scalar(*opened, u"SELECT count(*) FROM users"_s) == 1);
}

TEST_CASE("kartoteka-cli read-only commands leave the database untouched",
          "[integration][cli][readonly]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"demo"_s, u"--clients"_s, u"60"_s, u"--seed"_s, u"5"_s},
                   home.path())
                .exitCode == 0);
    auto watcher = openTestDatabase(db);
    const qint64 dataVersion = scalar(*watcher, u"PRAGMA data_version"_s);
    const QList<qint64> before = footprint(*watcher);

    const QString from = QDate::currentDate().addYears(-2).toString(Qt::ISODate);
    const QList<QStringList> reads{
        {u"clients"_s, u"find"_s, u"Ко"_s},
        {u"clients"_s, u"show"_s, u"1"_s},
        {u"clients"_s, u"show"_s, u"999999"_s},
        {u"deals"_s, u"list"_s, u"--open"_s},
        {u"deals"_s, u"list"_s, u"--stage"_s, u"Nope"_s},
        {u"pipelines"_s},
        {u"catalog"_s, u"list"_s},
        {u"paths"_s},
        {u"report"_s, u"funnel"_s, u"--from"_s, from},
        {u"report"_s, u"sales"_s, u"--from"_s, from},
        {u"report"_s, u"channels"_s, u"--from"_s, from},
        {u"report"_s, u"managers"_s, u"--from"_s, from, u"--manager"_s, u"Олена Коваль"_s},
        {u"report"_s, u"managers"_s, u"--manager"_s, u"Ghost Typo"_s},
        {u"report"_s, u"clients"_s, u"--from"_s, from},
        {u"report"_s, u"drifting"_s, u"--manager"_s, u"Sarah Miller"_s},
    };
    // Each signs in, and a sign-in is audited: that row is all a read adds.
    const qint64 audited =
        scalar(*watcher, u"SELECT count(*) FROM audit WHERE action <> 'signin'"_s);
    const qint64 signIns =
        scalar(*watcher, u"SELECT count(*) FROM audit WHERE action = 'signin'"_s);
    for (const QStringList& read : reads) {
        CliRun run = runCli(QStringList{u"--db"_s, db, u"--user"_s, u"owner"_s} + read, home.path(),
                            {{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}});
        INFO(read.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(footprint(*watcher) == before);
        CHECK(scalar(*watcher, u"SELECT count(*) FROM audit WHERE action <> 'signin'"_s) ==
              audited);
    }
    // `paths` needs no sign-in.
    CHECK(scalar(*watcher, u"SELECT count(*) FROM audit WHERE action = 'signin'"_s) ==
          signIns + reads.size() - 1);
    CHECK(scalar(*watcher, u"PRAGMA data_version"_s) != dataVersion);
}

TEST_CASE("kartoteka-cli report --format --out writes the screen's export of the table",
          "[integration][cli][reports][export]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"demo"_s, u"--clients"_s, u"60"_s, u"--seed"_s, u"7"_s},
                   home.path())
                .exitCode == 0);
    const QMap<QString, QString> ownerPassword{{u"KARTOTEKA_PASSWORD"_s, kDemoPassword}};
    const QDate to = QDate::currentDate();
    const QDate from = to.addYears(-1);
    const QStringList period{u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
                             to.toString(Qt::ISODate)};

    const QString csv = home.path(u"funnel.csv"_s);
    CliRun written =
        runCli(QStringList{u"--db"_s, db, u"--user"_s, u"owner"_s, u"report"_s, u"funnel"_s} +
                   period + QStringList{u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--json"_s},
               home.path(), ownerPassword);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().object().value(u"file"_s).toString() ==
          QDir::toNativeSeparators(QFileInfo(csv).absoluteFilePath()));

    // The same bytes as the screen's Export writes for the same report.
    auto opened = openTestDatabase(db);
    ReportPeriod p;
    p.from = from;
    p.to = to;
    const QString expected = home.path(u"expected.csv"_s);
    requireOk(exportTable(funnelTable(requireValue(funnelReport(*opened, p)), p), expected,
                          TableFileFormat::Csv));
    CHECK(fileBytes(csv) == fileBytes(expected));
    CHECK(fileBytes(csv).startsWith("\xEF\xBB\xBF"));

    const QString xlsx = home.path(u"clients.xlsx"_s);
    CliRun book =
        runCli(QStringList{u"--db"_s, db, u"--user"_s, u"owner"_s, u"report"_s, u"clients"_s} +
                   period + QStringList{u"--out"_s, xlsx},
               home.path(), ownerPassword);
    INFO(book.err.toStdString());
    REQUIRE(book.exitCode == 0);
    CHECK(fileBytes(xlsx).startsWith("PK"));

    // Asking for what cannot be written is an error before anything is read.
    for (const QStringList& bad :
         {QStringList{u"--format"_s, u"pdf"_s, u"--out"_s, home.path(u"x.pdf"_s)},
          QStringList{u"--format"_s, u"csv"_s}, QStringList{u"--out"_s, home.path(u"x.txt"_s)}}) {
        CliRun run = runCli(QStringList{u"--db"_s, db, u"--user"_s, u"owner"_s, u"report"_s,
                                        u"sales"_s, u"--json"_s} +
                                bad,
                            home.path(), ownerPassword);
        INFO(bad.join(u' ').toStdString());
        CHECK(run.exitCode != 0);
        CHECK(errorKind(run) == u"invalid"_s);
    }
}

TEST_CASE("kartoteka-cli stores control characters and bidi overrides as typed but never writes "
          "them raw to the terminal",
          "[integration][cli][terminal]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString evil = u"Evil\x1b]0;owned\x07Name \u202Egnp.exe\u2066x\u2069 \u009b31m"_s;
    CliRun added = runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, evil}, home.path());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    auto raw = [](const QByteArray& bytes) {
        return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains("\u202E"_ba) ||
               bytes.contains("\u2066"_ba) || bytes.contains("\u2069"_ba) ||
               bytes.contains("\u009B"_ba);
    };
    CHECK_FALSE(raw(added.out));
    CHECK(added.out.contains("\\x1b"));
    CHECK(added.out.contains("\\u202e"));

    for (const QStringList& args :
         {QStringList{u"clients"_s, u"find"_s, u"Evil"_s},
          QStringList{u"clients"_s, u"show"_s, u"1"_s},
          QStringList{u"clients"_s, u"add"_s, u"--name"_s, evil, u"--status"_s, evil}}) {
        for (bool json : {false, true}) {
            CliRun run = runCli(QStringList{u"--db"_s, db} + args +
                                    (json ? QStringList{u"--json"_s} : QStringList{}),
                                home.path());
            INFO(args.join(u' ').toStdString());
            CHECK_FALSE(raw(run.out));
            CHECK_FALSE(raw(run.err));
        }
    }
    // JSON stays valid and carries the name exactly as typed.
    CliRun show =
        runCli({u"--db"_s, db, u"clients"_s, u"show"_s, u"1"_s, u"--json"_s}, home.path());
    REQUIRE(show.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument card = QJsonDocument::fromJson(show.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QString stored = card.object().value(u"last_name"_s).toString() + u' ' +
                           card.object().value(u"first_name"_s).toString() + u' ' +
                           card.object().value(u"middle_name"_s).toString();
    CHECK(stored.simplified() == evil.simplified());
    CHECK(card.object().value(u"last_name"_s).toString().contains(u'\x1b'));
}

TEST_CASE("kartoteka-cli refuses bad numbers, unknown ids, contradictory and meaningless options",
          "[integration][cli][options]")
{
    TempDir home;
    const QString db = newShop(home, {u"Кравчук Олег"_s});
    auto cli = [&](const QStringList& args) {
        return runCli(QStringList{u"--db"_s, db, u"--json"_s} + args, home.path());
    };

    for (const QStringList& bad : {
             QStringList{u"deals"_s, u"list"_s, u"--limit"_s, u"abc"_s},
             QStringList{u"deals"_s, u"list"_s, u"--limit"_s, u"-5"_s},
             QStringList{u"deals"_s, u"list"_s, u"--limit"_s, u"0"_s},
             QStringList{u"clients"_s, u"find"_s, u"Кр"_s, u"--limit"_s, u"10x"_s},
             QStringList{u"interactions"_s, u"add"_s, u"--client"_s, u"1abc"_s, u"--kind"_s,
                         u"note"_s, u"--text"_s, u"x"_s},
             QStringList{u"deals"_s, u"add"_s, u"--client"_s, u"one"_s, u"--title"_s, u"x"_s},
             QStringList{u"demo"_s, u"--clients"_s, u"lots"_s},
             QStringList{u"demo"_s, u"--seed"_s, u"abc"_s},
             QStringList{u"demo"_s, u"--seed"_s, u"-1"_s},
         }) {
        CliRun run = cli(bad);
        INFO(bad.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(errorKind(run) == u"invalid"_s);
    }

    for (const QString& id : {u"-1"_s, u"abc"_s, u"0"_s, u"999999"_s}) {
        CliRun run = cli({u"clients"_s, u"show"_s, id});
        INFO(id.toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(errorKind(run) == u"not_found"_s);
    }
    CHECK(errorKind(cli({u"deals"_s, u"move"_s, u"x"_s, u"--stage"_s, u"Won"_s})) ==
          u"not_found"_s);

    for (const QStringList& bad : {
             QStringList{u"deals"_s, u"list"_s, u"--open"_s, u"--closed"_s},
             QStringList{u"deals"_s, u"list"_s, u"--amount"_s, u"5"_s},
             QStringList{u"clients"_s, u"find"_s, u"Кр"_s, u"--amount"_s, u"5"_s},
             QStringList{u"interactions"_s, u"add"_s, u"--client"_s, u"1"_s, u"--kind"_s, u"note"_s,
                         u"--text"_s, u"x"_s, u"--amount"_s, u"5"_s},
             QStringList{u"clients"_s, u"show"_s, u"1"_s, u"--limit"_s, u"5"_s},
             QStringList{u"report"_s, u"funnel"_s, u"--by"_s, u"day"_s},
             QStringList{u"report"_s, u"drifting"_s, u"--from"_s, u"2026-01-01"_s},
             QStringList{u"paths"_s, u"--name"_s, u"x"_s},
             QStringList{u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"x"_s,
                         u"--reason"_s, u"Too expensive"_s},
         }) {
        CliRun run = cli(bad);
        INFO(bad.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(errorKind(run) == u"invalid"_s);
    }
    // Nothing above added a deal.
    CHECK(cli({u"deals"_s, u"list"_s}).json().array().isEmpty());

    // paths answers for the database --db names.
    const QString elsewhere = home.path(u"elsewhere/other.sqlite"_s);
    CliRun paths = runCli({u"--db"_s, elsewhere, u"paths"_s, u"--json"_s}, home.path());
    REQUIRE(paths.exitCode == 0);
    CHECK(paths.json().object().value(u"database"_s).toString() ==
          QDir::toNativeSeparators(QFileInfo(elsewhere).absoluteFilePath()));
    CHECK_FALSE(QFileInfo::exists(elsewhere));
}

TEST_CASE("kartoteka-cli shows a database error's message without the SQL",
          "[integration][cli][errors]")
{
    TempDir home;
    const QString db = newShop(home, {u"Кравчук Олег"_s});
    {
        // A failure deep in SQLite, the way a damaged or foreign schema fails.
        auto opened = openTestDatabase(db);
        requireOk(sql::exec(opened->connection(),
                            u"CREATE TRIGGER refuse_clients BEFORE INSERT ON clients "
                            u"BEGIN SELECT RAISE(ABORT, 'trigger refused'); END"_s));
    }
    CliRun run = runCli({u"--db"_s, db, u"clients"_s, u"add"_s, u"--name"_s, u"Друга Клієнтка"_s},
                        home.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode != 0);
    CHECK_FALSE(run.err.isEmpty());
    CHECK_FALSE(run.err.contains("INSERT"));
    CHECK_FALSE(run.err.contains("trigger refused"));
    CliRun json = runCli(
        {u"--db"_s, db, u"--json"_s, u"clients"_s, u"add"_s, u"--name"_s, u"Друга Клієнтка"_s},
        home.path());
    CHECK(errorKind(json) == u"failed"_s);
}
