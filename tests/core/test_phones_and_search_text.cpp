#include "Catch.h"

#include "clients/PhoneNumbers.h"
#include "clients/SearchText.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>

using namespace Qt::StringLiterals;
using namespace kartoteka;

TEST_CASE("phones are normalised to E.164 with the default region", "[clients][phones]")
{
    CHECK(normalizePhone(u"050 123 45 67"_s, u"UA"_s).e164 == u"+380501234567"_s);
    CHECK(normalizePhone(u"+380 (50) 123-45-67"_s, u"RU"_s).e164 == u"+380501234567"_s);
    CHECK(normalizePhone(u"8 (916) 123-45-67"_s, u"RU"_s).e164 == u"+79161234567"_s);
    CHECK(normalizePhone(u"+44 20 7946 0958"_s, u"UA"_s).e164 == u"+442079460958"_s);
    CHECK(normalizePhone(u"050 12"_s, u"UA"_s).e164.isEmpty()); // too short
    // The old long-distance prefix still written on Ukrainian landlines.
    CHECK(normalizePhone(u"8 044 2345678"_s, u"UA"_s).e164 == u"+380442345678"_s);
    CHECK(normalizePhone(u"8 (050) 123-45-67"_s, u"UA"_s).e164 == u"+380501234567"_s);
    CHECK(normalizePhone(u"8 044 2345678"_s, u"PL"_s).e164.isEmpty()); // only at home
    CHECK(normalizePhone(u"ask at the till"_s, u"UA"_s).e164.isEmpty());

    const NormalizedPhone ru = normalizePhone(u"+7 916 123-45-67"_s, u"UA"_s);
    CHECK(ru.searchDigits.contains(u"79161234567"_s));
    CHECK(ru.searchDigits.contains(u"89161234567"_s)); // as Russians dial it at home

    CHECK(formatPhone(u"+380501234567"_s, u"PL"_s) == u"+380 50 123 45 67"_s);
    CHECK(formatPhone(u"not a number"_s, u"UA"_s) == u"not a number"_s);
    CHECK(digitsOf(u"+38 (050) 12-3"_s) == u"38050123"_s);
}

TEST_CASE("a stored number is shown as formatPhone shows it", "[clients][phones]")
{
    // Every example number libphonenumber has, of every kind and country and
    // of the calling codes of no country, stored as normalizePhone stores it.
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    QStringList stored;
    auto store = [&](const PhoneNumber& number) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        stored << QString::fromStdString(e164);
    };
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string& region : regions) {
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber number;
            if (util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(type),
                                              &number))
                store(number);
        }
    }
    std::set<int> global;
    util->GetSupportedGlobalNetworkCallingCodes(&global);
    for (int code : global) {
        PhoneNumber number;
        if (util->GetExampleNumberForNonGeoEntity(code, &number))
            store(number);
    }
    REQUIRE(stored.size() > 1000);
    for (const QString& e164 : std::as_const(stored)) {
        INFO(e164.toStdString());
        REQUIRE(normalizePhone(e164, u"UA"_s).e164 == e164);
        for (const QString& home : {u"UA"_s, u"RU"_s, u"GB"_s, u"IT"_s, u"US"_s})
            CHECK(formatStoredPhone(e164, home) == formatPhone(e164, home));
    }
    // Formatted once and kept, per home region: asked again, the same.
    for (const QString& e164 : std::as_const(stored)) {
        INFO(e164.toStdString());
        for (const QString& home : {u"UA"_s, u"GB"_s})
            CHECK(formatStoredPhone(e164, home) == formatPhone(e164, home));
    }
    CHECK(formatStoredPhone(u"+380671234567"_s, u"UA"_s) !=
          formatStoredPhone(u"+380671234567"_s, u"GB"_s));
    // Text that is not "+" and digits, or not of a country, goes the usual way.
    for (const QString& text : {u"not a number"_s, u"+0501234567"_s, u"+"_s, u"+38 050 123 45 67"_s,
                                u"+999123456"_s, QString()})
        CHECK(formatStoredPhone(text, u"UA"_s) == formatPhone(text, u"UA"_s));
}

TEST_CASE("folding treats Cyrillic case and ё = е alike", "[clients][search]")
{
    CHECK(foldText(u"ЁЛКИНА Дарья"_s) == u"елкина дарья"_s);
    CHECK(foldText(u"ІВАНЕНКО Ґанна"_s) == u"іваненко ґанна"_s);
    CHECK(foldText(u"Smith"_s) == u"smith"_s);
}

TEST_CASE("sort keys follow the alphabet, Ukrainian letters included", "[clients][search]")
{
    // г < ґ < д, е < є < ж, и < і < ї < й
    CHECK(sortKeyOf(u"Гяк"_s) < sortKeyOf(u"Ґанок"_s));
    CHECK(sortKeyOf(u"Ґанок"_s) < sortKeyOf(u"Дуб"_s));
    CHECK(sortKeyOf(u"Ещенко"_s) < sortKeyOf(u"Євтушенко"_s));
    CHECK(sortKeyOf(u"Євтушенко"_s) < sortKeyOf(u"Жук"_s));
    CHECK(sortKeyOf(u"Иваненко"_s) < sortKeyOf(u"Іваненко"_s));
    CHECK(sortKeyOf(u"Іваненко"_s) < sortKeyOf(u"Їжак"_s));
    CHECK(sortKeyOf(u"Їжак"_s) < sortKeyOf(u"Йосипенко"_s));
    CHECK(sortKeyOf(u"Ёлкина"_s) == sortKeyOf(u"елкина"_s));
}

TEST_CASE("queries become safe FTS5 expressions", "[clients][search]")
{
    SearchQuery phone = parseSearch(u"050 12"_s);
    CHECK(phone.grams == u"\"05012\""_s);
    CHECK(phone.words.isEmpty());

    SearchQuery name = parseSearch(u"Ёлк Дар"_s);
    CHECK(name.words == u"\"елк\"* AND \"дар\"*"_s);
    CHECK(name.grams.isEmpty());

    SearchQuery email = parseSearch(u"petrov@gm"_s);
    CHECK(email.grams == u"\"petrov@gm\""_s);

    SearchQuery hostile = parseSearch(u"a\" OR NOT (b"_s);
    CHECK(hostile.words.contains(u"\"a\"\"\"*"_s)); // quotes doubled, operators quoted

    // A word of marks alone ("«" while typing "ТОВ «Буд…") asks nothing.
    CHECK(parseSearch(u"ТОВ «"_s).words == u"\"тов\"*"_s);
    CHECK(parseSearch(u"ТОВ « — №"_s).words == u"\"тов\"*"_s);
    CHECK(parseSearch(u"   "_s).isEmpty());
    CHECK(parseSearch(u"--"_s).isEmpty());
}
