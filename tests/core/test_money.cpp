#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "clients/InteractionRepository.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "money/Money.h"

#include <optional>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

struct Case
{
    QString text;
    std::optional<qint64> minor; // the amount, or
    MoneyProblem problem = MoneyProblem::NotANumber;
};

Case ok(const QString& text, qint64 minor)
{
    return {text, minor};
}

Case bad(const QString& text, MoneyProblem problem)
{
    return {text, std::nullopt, problem};
}

void checkTable(const QLocale& locale, const QList<Case>& cases)
{
    for (const Case& c : cases) {
        INFO(locale.name().toStdString() << ": \"" << c.text.toStdString() << '"');
        const MoneyReading reading = readMoney(c.text, MoneySign::NonNegative, locale);
        if (c.minor) {
            CHECK_FALSE(reading.problem.has_value());
            CHECK(reading.minor == *c.minor);
            CHECK(parseMoney(c.text, MoneySign::NonNegative, locale).ok());
        } else {
            REQUIRE(reading.problem.has_value());
            CHECK(int(*reading.problem) == int(c.problem));
            const Result<qint64> parsed = parseMoney(c.text, MoneySign::NonNegative, locale);
            REQUIRE_FALSE(parsed.ok());
            CHECK(parsed.error().kind == ErrorKind::Invalid);
            CHECK_FALSE(parsed.error().message.isEmpty());
        }
    }
}

// Read the same way in every locale: the plain forms and everything refused.
const QList<Case> everywhere{
    ok(u"1250.50"_s, 125050),
    ok(u"1250,5"_s, 125050),
    ok(u"1250,50"_s, 125050),
    ok(u"1 250,50"_s, 125050),
    ok(u"1\u00A0250,50"_s, 125050), // no-break space
    ok(u"1\u202F250,50"_s, 125050), // narrow no-break space
    ok(u"1 250.50"_s, 125050),
    ok(u"1,250.50"_s, 125050),
    ok(u"1.250,50"_s, 125050),
    ok(u"1 250 000"_s, 125000000),
    ok(u"  12  "_s, 1200),
    ok(u"0,5"_s, 50),
    ok(u"0"_s, 0),
    ok(u"007"_s, 700),
    ok(u"1250.50000"_s, 125050),          // extra decimals that are zeros
    ok(u"10000000000"_s, kMaxMoneyMinor), // the limit itself
    ok(u"10 000 000 000,00"_s, kMaxMoneyMinor),
    bad(u""_s, MoneyProblem::Empty),
    bad(u"   "_s, MoneyProblem::Empty),
    bad(u"1e3"_s, MoneyProblem::NotANumber),
    bad(u"1E3"_s, MoneyProblem::NotANumber),
    bad(u"12abc"_s, MoneyProblem::NotANumber),
    bad(u"0x10"_s, MoneyProblem::NotANumber),
    bad(u"1.2.3"_s, MoneyProblem::NotANumber),
    bad(u"nan"_s, MoneyProblem::NotANumber),
    bad(u"NaN"_s, MoneyProblem::NotANumber),
    bad(u"inf"_s, MoneyProblem::NotANumber),
    bad(u"-inf"_s, MoneyProblem::NotANumber),
    bad(u"+5"_s, MoneyProblem::NotANumber),
    bad(u"5 грн"_s, MoneyProblem::NotANumber),
    bad(u"$5"_s, MoneyProblem::NotANumber),
    ok(u",5"_s, 50), // a leading decimal point: nothing before it to group
    ok(u".5"_s, 50),
    ok(u",05"_s, 5),
    ok(u",500"_s, 50), // no first group, so not 500
    bad(u","_s, MoneyProblem::NotANumber),
    bad(u",,5"_s, MoneyProblem::NotANumber),
    bad(u",5,0"_s, MoneyProblem::NotANumber),
    bad(u",1.5"_s, MoneyProblem::NotANumber),
    bad(u",1234"_s, MoneyProblem::TooPrecise),
    bad(u"5,"_s, MoneyProblem::NotANumber),
    bad(u"1,,5"_s, MoneyProblem::NotANumber),
    bad(u"12 50"_s, MoneyProblem::NotANumber),        // not groups of three
    bad(u"1  250"_s, MoneyProblem::NotANumber),       // two separators in a row
    bad(u"1 250.000,00"_s, MoneyProblem::NotANumber), // two kinds of grouping
    bad(u"1,250,50.00"_s, MoneyProblem::NotANumber),
    bad(u"\u0661\u0662"_s, MoneyProblem::NotANumber), // Arabic-Indic digits
    bad(u"-5"_s, MoneyProblem::Negative),
    bad(u"\u22125"_s, MoneyProblem::Negative), // the minus sign
    bad(u"1.2345"_s, MoneyProblem::TooPrecise),
    bad(u"1,2345"_s, MoneyProblem::TooPrecise),
    bad(u"10000000000.01"_s, MoneyProblem::TooLarge),
    bad(u"90000000000000000"_s, MoneyProblem::TooLarge),
    bad(u"999999999999999999999999999999"_s, MoneyProblem::TooLarge),
};

} // namespace

TEST_CASE("the money parser reads the plain forms and refuses the rest in every locale", "[money]")
{
    for (const QLocale& locale :
         {QLocale(u"uk_UA"_s), QLocale(u"ru_RU"_s), QLocale::c(), QLocale(u"en_US"_s)})
        checkTable(locale, everywhere);
}

// The languages Kartoteka speaks, and the C locale the CLI has without LANG.
const QList<QLocale> kLanguages{QLocale(u"uk_UA"_s), QLocale(u"ru_RU"_s), QLocale(u"en_US"_s),
                                QLocale::c()};

TEST_CASE("an amount may carry a sign or word of its own currency, never of another", "[money]")
{
    struct Typed
    {
        QString currency;
        QString text;
        std::optional<qint64> minor;
    };
    const QList<Typed> cases{
        {u"UAH"_s, u"100 грн"_s, 10000},
        {u"UAH"_s, u"100грн"_s, 10000},
        {u"UAH"_s, u"100 грн."_s, 10000},
        {u"UAH"_s, u"100 ГРН"_s, 10000},
        {u"UAH"_s, u"₴100"_s, 10000},
        {u"UAH"_s, u"₴ 100"_s, 10000},
        {u"UAH"_s, u"100 ₴"_s, 10000},
        {u"UAH"_s, u"100₴"_s, 10000},
        {u"UAH"_s, u"UAH 100"_s, 10000},
        {u"UAH"_s, u"100 uah"_s, 10000},
        {u"UAH"_s, u"1 250,50 грн"_s, 125050},
        {u"UAH"_s, u",5 грн"_s, 50},
        {u"UAH"_s, u"100 гривень"_s, 10000},
        {u"USD"_s, u"$1,250.50"_s, 125050},
        {u"USD"_s, u"1250 USD"_s, 125000},
        {u"EUR"_s, u"12,50 €"_s, 1250},
        {u"PLN"_s, u"12,50 zł"_s, 1250},
        // Refused: another currency, a word on both sides, a word alone, a
        // word inside the number, no currency known.
        {u"UAH"_s, u"$100"_s, std::nullopt},
        {u"UAH"_s, u"100 USD"_s, std::nullopt},
        {u"UAH"_s, u"100 €"_s, std::nullopt},
        {u"USD"_s, u"100 грн"_s, std::nullopt},
        {u"UAH"_s, u"₴100 грн"_s, std::nullopt},
        {u"UAH"_s, u"₴₴100"_s, std::nullopt},
        {u"UAH"_s, u"грн"_s, std::nullopt},
        {u"UAH"_s, u"₴"_s, std::nullopt},
        {u"UAH"_s, u"1 грн 50"_s, std::nullopt},
        {u"UAH"_s, u"100 грн 50 коп"_s, std::nullopt},
        {u"UAH"_s, u"100 гр"_s, std::nullopt},
        {u"UAH"_s, u"1e3 грн"_s, std::nullopt},
        {QString(), u"100 грн"_s, std::nullopt},
        {QString(), u"₴100"_s, std::nullopt},
    };
    for (const QLocale& locale : {QLocale(u"uk_UA"_s), QLocale(u"ru_RU"_s), QLocale::c()}) {
        for (const Typed& c : cases) {
            INFO(c.currency.toStdString() << ": \"" << c.text.toStdString() << '"');
            const MoneyReading reading =
                readMoney(c.text, MoneySign::NonNegative, locale, c.currency);
            const Result<qint64> parsed =
                parseMoney(c.text, MoneySign::NonNegative, locale, c.currency);
            if (c.minor) {
                CHECK_FALSE(reading.problem.has_value());
                CHECK(reading.minor == *c.minor);
                REQUIRE(parsed.ok());
                CHECK(parsed.value() == *c.minor);
            } else {
                CHECK(reading.problem.has_value());
                REQUIRE_FALSE(parsed.ok());
                CHECK(parsed.error().kind == ErrorKind::Invalid);
            }
        }
    }

    // The currency changes nothing else: still ambiguous, negative or too precise.
    CHECK(readMoney(u"1,250 грн"_s, MoneySign::NonNegative, QLocale::c(), u"UAH"_s).problem ==
          MoneyProblem::Ambiguous);
    CHECK(readMoney(u"-100 грн"_s, MoneySign::NonNegative, QLocale::c(), u"UAH"_s).problem ==
          MoneyProblem::Negative);
    CHECK(readMoney(u"-₴5.00"_s, MoneySign::AllowNegative, QLocale::c(), u"UAH"_s).minor == -500);
    CHECK(readMoney(u"-,5"_s, MoneySign::AllowNegative, QLocale::c()).minor == -50);
    CHECK(readMoney(u"1,2345 грн"_s, MoneySign::NonNegative, QLocale::c(), u"UAH"_s).problem ==
          MoneyProblem::TooPrecise);
    // The ambiguous message offers readings of the number, not of the word.
    const Result<qint64> unclear =
        parseMoney(u"1,250 грн"_s, MoneySign::NonNegative, QLocale::c(), u"UAH"_s);
    REQUIRE_FALSE(unclear.ok());
    CHECK(unclear.error().message.contains(u"1250"_s));

    // What the program writes, it reads back in every language.
    for (const QLocale& locale : {QLocale(u"uk_UA"_s), QLocale(u"ru_RU"_s), QLocale(u"en_US"_s)}) {
        for (const QString& currency : {u"UAH"_s, u"USD"_s, u"EUR"_s, u"PLN"_s, u"GBP"_s}) {
            const QString written = formatMoney(123456, currency, locale);
            INFO(written.toStdString());
            CHECK(readMoney(written, MoneySign::NonNegative, locale, currency).minor == 123456);
        }
    }
}

TEST_CASE("a separator that could group thousands or start decimals is refused in every language",
          "[money]")
{
    // "1,250" was 1250 with no LANG and 1,25 with LANG=uk_UA: a purchase 1000
    // times too big or too small depending on who typed it.
    for (const QLocale& locale : kLanguages) {
        checkTable(locale,
                   {
                       bad(u"1,250"_s, MoneyProblem::Ambiguous),
                       bad(u"1.250"_s, MoneyProblem::Ambiguous),
                       bad(u"12,500"_s, MoneyProblem::Ambiguous),
                       bad(u"125.000"_s, MoneyProblem::Ambiguous),
                       bad(u"1.500"_s, MoneyProblem::Ambiguous),
                       bad(u"1,255"_s, MoneyProblem::Ambiguous),
                       ok(u"1250"_s, 125000),
                       ok(u"1250.50"_s, 125050),
                       ok(u"1250,50"_s, 125050),
                       ok(u"1 250,50"_s, 125050),
                       ok(u"1\u00A0250,50"_s, 125050),
                       ok(u"1,250.50"_s, 125050),
                       ok(u"1.250,50"_s, 125050),
                       ok(u"1,5"_s, 150),
                       ok(u"1.25"_s, 125),
                       ok(u"1,25"_s, 125),
                       ok(u"1.250.000"_s, 125000000), // only grouping repeats
                       ok(u"1,250,000"_s, 125000000),
                       ok(u"1 250,500"_s, 125050), // spaces group: the comma is decimal
                       ok(u"1250.500"_s, 125050),  // 1250 cannot be a first group
                       ok(u"0,500"_s, 50),
                       bad(u"1,005"_s, MoneyProblem::Ambiguous), // 1005, or 1,005 that is no amount
                       bad(u"1.2345"_s, MoneyProblem::TooPrecise),
                       bad(u"1 250.000,00"_s, MoneyProblem::NotANumber),
                   });
    }
}

TEST_CASE("an ambiguous amount's message shows both readings written the locale's way", "[money]")
{
    struct Expected
    {
        QLocale locale;
        QString text, whole, decimal;
    };
    for (const Expected& e : {Expected{QLocale(u"uk_UA"_s), u"1,250"_s, u"1250"_s, u"1,25"_s},
                              Expected{QLocale(u"ru_RU"_s), u"1.250"_s, u"1250"_s, u"1,25"_s},
                              Expected{QLocale(u"en_US"_s), u"1,250"_s, u"1250"_s, u"1.25"_s},
                              Expected{QLocale(u"en_US"_s), u"12,500"_s, u"12500"_s, u"12.5"_s}}) {
        INFO(e.locale.name().toStdString() << ' ' << e.text.toStdString());
        const Result<qint64> parsed = parseMoney(e.text, MoneySign::NonNegative, e.locale);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::Invalid);
        CHECK(readMoney(e.text, MoneySign::NonNegative, e.locale).problem ==
              MoneyProblem::Ambiguous);
        CHECK(parsed.error().message.contains(e.whole));
        CHECK(parsed.error().message.contains(e.decimal));
        // Each way of writing it offered reads back unambiguously, as that amount.
        CHECK(readMoney(e.whole, MoneySign::NonNegative, e.locale).minor ==
              e.whole.toLongLong() * 100);
        const MoneyReading decimal = readMoney(e.decimal, MoneySign::NonNegative, e.locale);
        CHECK_FALSE(decimal.problem.has_value());
        CHECK(decimal.minor == e.whole.toLongLong() / 10);
    }
    const Result<double> plain = parsePlainNumber(u"1,250"_s, QLocale(u"en_US"_s));
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().message.contains(u"1250"_s));
    CHECK(plain.error().message.contains(u"1.25"_s));
}

TEST_CASE("the money hints give an example that reads the same in every language", "[money]")
{
    // "such as 1,250.50" taught the comma as a thousands separator, the
    // opposite of Ukrainian: the example is ungrouped, with the locale's point.
    for (const QLocale& locale : kLanguages) {
        INFO(locale.name().toStdString());
        const QString example = amountExample(locale);
        CHECK(example == (locale.decimalPoint() == u","_s ? u"1250,50"_s : u"1250.50"_s));
        const Result<qint64> empty = parseMoney(QString(), MoneySign::NonNegative, locale);
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().message.contains(example));
        if (formatMajor(125050, locale) != example) // the C locale groups nothing
            CHECK_FALSE(empty.error().message.contains(formatMajor(125050, locale)));
        CHECK(readMoney(example, MoneySign::NonNegative, locale).minor == 125050);
    }
}

TEST_CASE("negative amounts only where the caller allows them", "[money]")
{
    const QLocale uk(u"uk_UA"_s);
    CHECK(readMoney(u"-12,50"_s, MoneySign::AllowNegative, uk).minor == -1250);
    CHECK(readMoney(u"\u22121 250,50"_s, MoneySign::AllowNegative, uk).minor == -125050);
    CHECK(readMoney(u"-10000000000.01"_s, MoneySign::AllowNegative, uk).problem ==
          MoneyProblem::TooLarge);
    CHECK(readMoney(u"--5"_s, MoneySign::AllowNegative, uk).problem == MoneyProblem::NotANumber);
    CHECK(readMoney(u"- 5"_s, MoneySign::AllowNegative, uk).problem == MoneyProblem::NotANumber);
}

TEST_CASE("amounts are written exactly the way the locale reads them back", "[money]")
{
    CHECK(formatMajor(125050, QLocale::c()) == u"1250.50"_s);
    CHECK(formatMajor(125050, QLocale(u"en_US"_s)) == u"1,250.50"_s);
    CHECK(formatMajor(5, QLocale::c()) == u"0.05"_s);
    CHECK(formatMajor(-125050, QLocale::c()) == u"-1250.50"_s);
    for (const QLocale& locale :
         {QLocale(u"uk_UA"_s), QLocale(u"ru_RU"_s), QLocale::c(), QLocale(u"en_US"_s)}) {
        for (qint64 minor : {qint64(0), qint64(7), qint64(125050), qint64(99999999),
                             qint64(123456789012), kMaxMoneyMinor}) {
            INFO(locale.name().toStdString() << ' ' << minor);
            const MoneyReading back =
                readMoney(formatMajor(minor, locale), MoneySign::NonNegative, locale);
            CHECK_FALSE(back.problem.has_value());
            CHECK(back.minor == minor);
        }
    }
}

TEST_CASE("plain numbers (VAT, stock, custom fields) refuse exponents, hex, NaN and infinity",
          "[money]")
{
    const QLocale uk(u"uk_UA"_s);
    CHECK(*parsePlainNumber(u"20"_s, uk) == 20.0);
    CHECK(*parsePlainNumber(u"85,5"_s, uk) == 85.5);
    CHECK(*parsePlainNumber(u"-3,25"_s, uk) == -3.25);
    CHECK(*parsePlainNumber(u"1 250,125"_s, uk) == 1250.125);
    for (const QString& text : {u"1e3"_s, u"0x10"_s, u"nan"_s, u"inf"_s, u"-inf"_s, u"infinity"_s,
                                u"12abc"_s, u""_s, u"1.2.3"_s}) {
        INFO(text.toStdString());
        const Result<double> read = parsePlainNumber(text, uk);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().kind == ErrorKind::Invalid);
    }
    // 400 digits are more than a double holds: refused, not infinity.
    CHECK_FALSE(parsePlainNumber(QString(400, u'9'), uk).ok());

    CustomField area{0, 0, u"Floor area"_s, FieldType::Number, {}};
    for (const QString& text : {u"1e3"_s, u"0x10"_s, u"nan"_s, u"inf"_s, u"12abc"_s})
        CHECK(area.normalize(text).error().kind == ErrorKind::Invalid);
    CHECK(*area.normalize(u"85.5"_s) == u"85.5"_s);
}

TEST_CASE("repositories refuse amounts beyond the limit that did not come through the parser",
          "[money]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client c;
    c.lastName = u"Переповнений"_s;
    c.firstName = u"Тест"_s;
    requireOk(ClientRepository(*db).create(c));

    // Two of these made every report fail with "integer overflow".
    InteractionRepository interactions(*db);
    Interaction purchase;
    purchase.clientId = c.id;
    purchase.kind = InteractionKind::Purchase;
    purchase.occurredAt = QDateTime::currentDateTimeUtc();
    purchase.amountMinor = 9'000'000'000'000'000'000;
    purchase.currency = u"UAH"_s;
    Status refused = interactions.add(purchase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    purchase.amountMinor = kMaxMoneyMinor;
    requireOk(interactions.add(purchase));
    purchase.amountMinor = kMaxMoneyMinor + 1;
    CHECK(interactions.update(purchase).error().kind == ErrorKind::Invalid);

    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.clientId = c.id;
    deal.pipelineId = pipeline.id;
    deal.title = u"Too big"_s;
    deal.amountMinor = 9'000'000'000'000'000'000;
    CHECK(deals.create(deal).error().kind == ErrorKind::Invalid);
    deal.amountMinor = 0;
    deal.items = {{0, u"Tile"_s, 1e15, 45000, 0}}; // the line's total would overflow
    CHECK(deals.create(deal).error().kind == ErrorKind::Invalid);
    deal.items = {{0, u"Tile"_s, std::nan(""), 45000, 0}};
    CHECK(deals.create(deal).error().kind == ErrorKind::Invalid);
    deal.items = {{0, u"Tile"_s, 1, kMaxMoneyMinor, 0}, {0, u"Glue"_s, 1, kMaxMoneyMinor, 0}};
    CHECK(deals.create(deal).error().kind == ErrorKind::Invalid); // the sum is beyond
    deal.items = {{0, u"Tile"_s, 2, 45000, 0}};
    requireOk(deals.create(deal));
    CHECK(requireValue(deals.load(deal.id)).amountMinor == 90000);
}
