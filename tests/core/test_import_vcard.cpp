#include "Catch.h"
#include "ImportFixtures.h"
#include "TestSupport.h"

#include "import/ReadError.h"
#include "import/VCardProperty.h"
#include "import/VCardReader.h"

#include <QDate>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// A card's cells by column key.
struct Cards
{
    ImportSheet sheet;
    QString at(int card, const QString& key) const
    {
        const qsizetype column = sheet.columnKeys.indexOf(key);
        REQUIRE(column >= 0);
        return sheet.rows.at(card).cells.value(column).text;
    }
    QVariant valueAt(int card, const QString& key) const
    {
        return sheet.rows.at(card).cells.value(sheet.columnKeys.indexOf(key)).value;
    }
};

Cards read(const char* fixture)
{
    ImportTable table = requireValue(readVCards(importFixtureBytes(fixture)));
    REQUIRE(table.sheets.size() == 1);
    const ImportSheet& sheet = table.sheets.first();
    for (const ImportRow& row : sheet.rows)
        REQUIRE(row.cells.size() == sheet.columnKeys.size());
    return Cards{sheet};
}

} // namespace

TEST_CASE("an Android 2.1 export: quoted-printable UTF-8 with soft line breaks, bare types",
          "[import][vcard]")
{
    const Cards c = read("android.vcf");
    REQUIRE(c.sheet.rows.size() == 2);
    CHECK(c.sheet.rows[0].source == 1);
    CHECK(c.sheet.rows[1].source == 12);
    CHECK(c.at(0, u"last_name"_s) == u"Ковальчук"_s);
    CHECK(c.at(0, u"first_name"_s) == u"Ірина"_s);
    CHECK(c.at(0, u"middle_name"_s) == u"Євгенівна"_s);
    CHECK(c.at(0, u"full_name"_s) == u"Ірина Ковальчук"_s);
    CHECK(c.at(0, u"phone_1"_s) == u"+380 67 123 45 67"_s);
    CHECK(c.at(0, u"phone_1_type"_s) == u"cell"_s);
    CHECK(c.at(0, u"phone_2"_s) == u"044-234-56-78"_s);
    CHECK(c.at(0, u"phone_2_type"_s) == u"home"_s);
    CHECK(c.at(0, u"email_1"_s) == u"iryna@example.com"_s);
    CHECK(c.valueAt(0, u"birthday"_s) == QVariant(QDate(1988, 7, 4)));
    CHECK(c.at(1, u"first_name"_s) == u"Ґеник"_s);
    CHECK(c.at(1, u"phone_1_type"_s) == u"cell"_s);
    CHECK(c.at(1, u"phone_2"_s).isEmpty());
}

TEST_CASE("an iPhone 3.0 export: item groups and labels, escapes, folded lines", "[import][vcard]")
{
    const Cards c = read("iphone.vcf");
    REQUIRE(c.sheet.rows.size() == 1);
    CHECK(c.at(0, u"last_name"_s) == u"Сидоренко"_s);
    CHECK(c.at(0, u"company"_s) == u"ТОВ \"Ромашка; і партнери\", Відділ збуту"_s);
    CHECK(c.at(0, u"title"_s) == u"Директор"_s);
    CHECK(c.at(0, u"phone_1"_s) == u"+380 (50) 123-45-67"_s);
    CHECK(c.at(0, u"phone_1_type"_s) == u"cell"_s);
    CHECK(c.at(0, u"phone_2_type"_s) == u"work"_s);
    CHECK(c.at(0, u"phone_3"_s) == u"+380 93 000 11 22"_s);
    CHECK(c.at(0, u"phone_3_type"_s) == u"Дача"_s);
    CHECK(c.at(0, u"email_1"_s) == u"oleg@romashka.ua"_s);
    CHECK(c.at(0, u"address_1"_s) == u"вул. Хрещатик, 22, Київ, 01001, Україна"_s);
    CHECK(c.at(0, u"note"_s) == u"Перший рядок\nдругий рядок, з комою. Дуже довга примітка, що "
                                u"переноситься на наступний рядок."_s);
    CHECK(c.valueAt(0, u"birthday"_s) == QVariant(QDate(1975, 11, 9)));
    CHECK(c.at(0, u"url"_s) == u"https://romashka.ua"_s);
}

TEST_CASE("an Outlook 2.1 export in Windows-1251, quoted-printable and raw", "[import][vcard]")
{
    const Cards c = read("outlook.vcf");
    REQUIRE(c.sheet.rows.size() == 1);
    CHECK(c.at(0, u"last_name"_s) == u"Семёнов"_s);
    CHECK(c.at(0, u"first_name"_s) == u"Пётр"_s);
    CHECK(c.at(0, u"full_name"_s) == u"Пётр Ильич Семёнов"_s);
    CHECK(c.at(0, u"company"_s) == u"ООО «Їжак»"_s);
    CHECK(c.at(0, u"title"_s) == u"Главный бухгалтер"_s);
    CHECK(c.at(0, u"phone_1_type"_s) == u"work"_s);
    CHECK(c.at(0, u"phone_2_type"_s) == u"cell"_s);
    CHECK(c.at(0, u"phone_3_type"_s) == u"work,fax"_s);
    CHECK(c.at(0, u"address_1"_s) == u"ул. Тверская, 1, Москва, 125009, Россия"_s);
}

TEST_CASE("a 4.0 card: quoted TYPE lists, tel: URIs, a birthday without a year", "[import][vcard]")
{
    const Cards c = read("google.vcf");
    CHECK(c.at(0, u"last_name"_s) == u"Ґонта"_s);
    CHECK(c.at(0, u"phone_1"_s) == u"+380-63-765-43-21"_s);
    CHECK(c.at(0, u"phone_1_type"_s) == u"cell"_s);
    CHECK(c.at(0, u"phone_2_type"_s) == u"work"_s);
    CHECK(c.at(0, u"email_2"_s) == u"m.gonta@example.com"_s);
    CHECK(c.at(0, u"birthday"_s) == u"--03-15"_s);
    CHECK(c.valueAt(0, u"birthday"_s).isNull());
    CHECK(splitVCardComponents(u"a\\;b;c\\nd;\\\\") == QStringList{u"a;b"_s, u"c\nd"_s, u"\\"_s});
}

TEST_CASE("damaged contact files are refused with the line", "[import][vcard]")
{
    const Result<ImportTable> cut = readVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Іван\r\n");
    CHECK(refusalKey(cut) == u"vcard.no-end"_s);
    CHECK(cut.error().detail == u"vcard.no-end line=1"_s);
    const Result<ImportTable> twice =
        readVCards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
    CHECK(refusalKey(twice) == u"vcard.no-end"_s);
    const Result<ImportTable> stray = readVCards("BEGIN:VCARD\nFN:A\nEND:VCARD\nNOTE:x\n");
    CHECK(refusalKey(stray) == u"vcard.outside-card"_s);
    CHECK(stray.error().detail.contains(u"line=4"_s));
    CHECK(refusalKey(readVCards("END:VCARD\n")) == u"vcard.end-without-begin"_s);
    const Result<ImportTable> noColon = readVCards("BEGIN:VCARD\nFN:A\ngarbage\nEND:VCARD\n");
    CHECK(refusalKey(noColon) == u"vcard.bad-line"_s);
    CHECK(noColon.error().detail.contains(u"line=3"_s));
    CHECK(refusalKey(readVCards(QByteArray::fromHex("89504e470d0a1a0a0000000d"))) ==
          u"vcard.binary"_s);
    CHECK(refusalKey(readVCards("\r\n\r\n")) == u"vcard.empty"_s);
}

TEST_CASE("the three TEL type styles and groups without a label", "[import][vcard]")
{
    const QByteArray file = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Тест\r\n"
                            "TEL;TYPE=cell,voice:+380501111111\r\n"
                            "TEL;TYPE=WORK;TYPE=FAX:+380442222222\r\n"
                            "TEL;HOME:+380443333333\r\n"
                            "item5.TEL;type=pref:+380444444444\r\n"
                            "TEL:+380445555555\r\n"
                            "END:VCARD\r\n";
    const ImportTable table = requireValue(readVCards(file));
    const Cards c{table.sheets.first()};
    CHECK(c.at(0, u"phone_1_type"_s) == u"cell"_s);
    CHECK(c.at(0, u"phone_2_type"_s) == u"work,fax"_s);
    CHECK(c.at(0, u"phone_3_type"_s) == u"home"_s);
    CHECK(c.at(0, u"phone_4"_s) == u"+380444444444"_s);
    CHECK(c.at(0, u"phone_4_type"_s).isEmpty()); // pref says nothing, no label
    CHECK(c.at(0, u"phone_5_type"_s).isEmpty());
    CHECK(c.sheet.rows.first().source == 1);
}

TEST_CASE("a card's categories are read as its tags, each once", "[import][vcard]")
{
    const ImportTable table = requireValue(readVCards("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                      "FN:Олена Петренко\r\n"
                                                      "CATEGORIES:VIP,Опт,VIP\r\n"
                                                      "END:VCARD\r\n"));
    const Cards c{table.sheets.value(0)};
    CHECK(c.at(0, u"categories"_s) == u"VIP, Опт"_s);
}
