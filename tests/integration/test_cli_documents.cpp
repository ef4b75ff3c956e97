// kartoteka-cli shop/templates/documents: an invoice issued from a script,
// its PDF read back, the refusals, and invoice numbers taken by several
// processes at once without a gap or a number given twice.
#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka::test;

namespace {

QString pdfTextOf(const QString& path)
{
    return pdfText(fileBytes(path));
}

} // namespace

TEST_CASE("kartoteka-cli issues an invoice from a deal, lists it and writes it again as issued",
          "[integration][cli][documents]")
{
    TempDir home;
    const QString db = newShop(home, {u"Петренко Іван"_s});
    const auto cli = [&](const QStringList& args) {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path());
    };
    REQUIRE(cli({u"shop"_s, u"set"_s, u"--name"_s, u"Будмайстер"_s, u"--legal-form"_s, u"ФОП"_s,
                 u"--tax-id"_s, u"3012345670"_s, u"--iban"_s, u"UA213223130000026007233566001"_s})
                .exitCode == 0);
    CHECK(cliErrorKind(cli({u"shop"_s, u"set"_s, u"--iban"_s, u"UA00 1234"_s})) == u"invalid"_s);
    const QString notAPicture = home.path(u"logo.png"_s);
    writeFile(notAPicture, "this is not a picture");
    CHECK(cliErrorKind(cli({u"shop"_s, u"set"_s, u"--logo"_s, notAPicture})) == u"invalid"_s);
    CHECK(cli({u"shop"_s, u"show"_s}).json().object().value(u"tax_id"_s).toString() ==
          u"3012345670"_s);

    const CliRun deal = cli({u"deals"_s, u"add"_s, u"--client"_s, u"1"_s, u"--title"_s, u"Двері"_s,
                             u"--amount"_s, u"2100"_s});
    REQUIRE(deal.exitCode == 0);
    const QString dealId = QString::number(deal.json().object().value(u"id"_s).toInteger());

    // A draft takes no number and is not kept.
    const QString draft = home.path(u"draft.pdf"_s);
    REQUIRE(cli({u"documents"_s, u"make"_s, u"--template"_s, u"invoice.uk"_s, u"--deal"_s, dealId,
                 u"--out"_s, draft, u"--dry-run"_s})
                .exitCode == 0);
    CHECK(pdfTextOf(draft).contains(u"Рахунок на оплату № 1"_s));
    CHECK(cli({u"documents"_s, u"list"_s, u"--deal"_s, dealId}).json().array().isEmpty());

    const QString out = home.path(u"invoice.pdf"_s);
    const CliRun made = cli({u"documents"_s, u"make"_s, u"--template"_s, u"Рахунок на оплату"_s,
                             u"--deal"_s, dealId, u"--out"_s, out, u"--date"_s, u"2026-04-01"_s});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject issued = made.json().object();
    CHECK(issued.value(u"number"_s).toInt() == 1);
    CHECK(issued.value(u"total_minor"_s).toInteger() == 210000);
    const QString text = pdfTextOf(out);
    CHECK(text.contains(u"Рахунок на оплату № 1 від 1 квітня 2026 р."_s));
    CHECK(text.contains(u"Дві тисячі сто гривень 00 копійок"_s));
    CHECK(text.contains(u"Не є платником ПДВ."_s));

    const QJsonArray listed =
        cli({u"documents"_s, u"list"_s, u"--client"_s, u"1"_s}).json().array();
    REQUIRE(listed.size() == 1);
    const QString id = QString::number(listed.first().toObject().value(u"id"_s).toInteger());
    const QString again = home.path(u"again.pdf"_s);
    REQUIRE(cli({u"documents"_s, u"get"_s, id, u"--out"_s, again}).exitCode == 0);
    CHECK(fileBytes(again) == fileBytes(out));

    // Refusals: an invoice without a deal, a template nobody has, the
    // database itself as the output, a document that is not there.
    CHECK(cliErrorKind(cli({u"documents"_s, u"make"_s, u"--template"_s, u"invoice.uk"_s,
                            u"--client"_s, u"1"_s, u"--out"_s, home.path(u"x.pdf"_s)})) ==
          u"invalid"_s);
    CHECK(cliErrorKind(cli({u"documents"_s, u"make"_s, u"--template"_s, u"Рахунок-фактура"_s,
                            u"--deal"_s, dealId, u"--out"_s, home.path(u"x.pdf"_s)})) ==
          u"not_found"_s);
    CHECK_FALSE(cli({u"documents"_s, u"make"_s, u"--template"_s, u"letter.uk"_s, u"--client"_s,
                     u"1"_s, u"--out"_s, db})
                    .exitCode == 0);
    CHECK(cliErrorKind(cli({u"documents"_s, u"get"_s, u"999"_s, u"--out"_s,
                            home.path(u"y.pdf"_s)})) == u"not_found"_s);
    // A mistyped output path costs no number; a letter needs its text.
    CHECK_FALSE(cli({u"documents"_s, u"make"_s, u"--template"_s, u"invoice.uk"_s, u"--deal"_s,
                     dealId, u"--out"_s, home.path(u"no-such-folder/x.pdf"_s)})
                    .exitCode == 0);
    CHECK(cli({u"documents"_s, u"list"_s, u"--client"_s, u"1"_s}).json().array().size() == 1);
    CHECK(cliErrorKind(cli({u"documents"_s, u"make"_s, u"--template"_s, u"letter.uk"_s,
                            u"--client"_s, u"1"_s, u"--out"_s, home.path(u"letter.pdf"_s)})) ==
          u"invalid"_s);
    const CliRun letter =
        cli({u"documents"_s, u"make"_s, u"--template"_s, u"letter.uk"_s, u"--client"_s, u"1"_s,
             u"--out"_s, home.path(u"letter.pdf"_s), u"--text"_s, u"Ваше замовлення готове."_s});
    REQUIRE(letter.exitCode == 0);
    CHECK(pdfTextOf(home.path(u"letter.pdf"_s)).contains(u"Ваше замовлення готове."_s));
    CHECK(cli({u"check"_s}).exitCode == 0);
}

TEST_CASE("invoices issued by eight processes at once get the numbers 1 to 16, each once",
          "[integration][cli][documents][concurrency]")
{
    TempDir home;
    const QString db = newShop(home, {u"Коваленко Олена"_s});
    const CliRun deal = runCli({u"--db"_s, db, u"deals"_s, u"add"_s, u"--client"_s, u"1"_s,
                                u"--title"_s, u"Плитка"_s, u"--amount"_s, u"500"_s, u"--json"_s},
                               home.path());
    REQUIRE(deal.exitCode == 0);
    const QString dealId = QString::number(deal.json().object().value(u"id"_s).toInteger());
    REQUIRE(runCli({u"--db"_s, db, u"shop"_s, u"set"_s, u"--name"_s, u"Будмайстер"_s, u"--iban"_s,
                    u"UA213223130000026007233566001"_s},
                   home.path())
                .exitCode == 0);
    constexpr int kProcesses = 8;
    for (int round = 0; round < 2; ++round) {
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < kProcesses; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(cliEnvironment(home.path()));
            process->start(QStringLiteral(KARTOTEKA_CLI),
                           {u"--db"_s, db, u"documents"_s, u"make"_s, u"--template"_s,
                            u"invoice.en"_s, u"--deal"_s, dealId, u"--out"_s,
                            home.path(u"invoice-%1-%2.pdf"_s.arg(round).arg(i)), u"--json"_s});
            runs.push_back(std::move(process));
        }
        for (auto& process : runs) {
            REQUIRE(process->waitForFinished(120000));
            INFO(process->readAllStandardError().toStdString());
            REQUIRE(process->exitCode() == 0);
        }
    }
    QSet<int> numbers;
    const QJsonArray listed =
        runCli({u"--db"_s, db, u"documents"_s, u"list"_s, u"--deal"_s, dealId, u"--json"_s},
               home.path())
            .json()
            .array();
    REQUIRE(listed.size() == 2 * kProcesses);
    for (const QJsonValue& d : listed)
        numbers.insert(d.toObject().value(u"number"_s).toInt());
    QSet<int> expected;
    for (int n = 1; n <= 2 * kProcesses; ++n)
        expected.insert(n);
    CHECK(numbers == expected);
    // Each PDF says the number its document was given.
    for (const QJsonValue& d : listed) {
        const QJsonObject o = d.toObject();
        const QString out = home.path(u"check-%1.pdf"_s.arg(o.value(u"id"_s).toInteger()));
        REQUIRE(runCli({u"--db"_s, db, u"documents"_s, u"get"_s,
                        QString::number(o.value(u"id"_s).toInteger()), u"--out"_s, out},
                       home.path())
                    .exitCode == 0);
        CHECK(pdfTextOf(out).contains(u"Invoice No. %1 of"_s.arg(o.value(u"number"_s).toInt())));
    }
}
