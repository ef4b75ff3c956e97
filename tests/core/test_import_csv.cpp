#include "Catch.h"
#include "TestSupport.h"

#include "import/CsvReader.h"
#include "import/ReadError.h"
#include "import/TextDecoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QByteArray cp1251(const QString& text)
{
    QStringEncoder encoder("windows-1251");
    return encoder(text);
}

QStringList texts(const ImportRow& row)
{
    QStringList out;
    for (const ImportCell& c : row.cells)
        out.append(c.text);
    return out;
}

// Real words with every letter that only Ukrainian has, and Russian ones with ё ъ ы э.
const QString kUkrainian =
    u"Прізвище;Ім'я;Місто\nҐалаґан;Їжачок;Київ\nЄвдокименко;Іґор;Біла Церква\n"_s;
const QString kRussian = u"Фамилия;Имя;Город\nСъёмщиков;Эдуард;Рыбинск\n"_s;

} // namespace

TEST_CASE("the Windows-1251 table matches the system's codec", "[import][csv]")
{
    QByteArray all;
    for (int b = 0x80; b <= 0xFF; ++b)
        if (b != 0x98) // unassigned in 1251
            all.append(char(b));
    QStringDecoder system("windows-1251");
    REQUIRE(system.isValid());
    CHECK(fromWindows1251(all) == QString(system(all)));
    CHECK(fromWindows1251("\x98") == QString(QChar(0xFFFD)));
}

TEST_CASE("Cyrillic text is told apart in UTF-8 and Windows-1251", "[import][csv]")
{
    for (const QString& text : {kUkrainian, kRussian}) {
        INFO(text.toStdString());
        const DecodedText utf8 = requireValue(decodeText(text.toUtf8()));
        CHECK(utf8.encoding == TextEncoding::Utf8);
        CHECK(utf8.text == text);
        const DecodedText bom = requireValue(decodeText("\xEF\xBB\xBF" + text.toUtf8()));
        CHECK(bom.encoding == TextEncoding::Utf8);
        CHECK(bom.text == text);
        const DecodedText ansi = requireValue(decodeText(cp1251(text)));
        CHECK(ansi.encoding == TextEncoding::Windows1251);
        CHECK(ansi.text == text);
    }
    // Short 1251 words that happen to be valid UTF-8 ("ДІ" is the UTF-8 of "Ĳ",
    // "Рі" of "г") are still read as 1251: no Ukrainian file holds "Ĳ".
    for (const QString& word : {u"ДІ"_s, u"ПІДІ"_s, u"СІЧ"_s}) {
        INFO(word.toStdString());
        const QByteArray bytes = cp1251(word);
        QStringDecoder check(QStringDecoder::Utf8);
        [[maybe_unused]] const QString asUtf8 = check(bytes);
        const DecodedText read = requireValue(decodeText(bytes));
        CHECK(read.text == word);
        CHECK(read.encoding == TextEncoding::Windows1251);
    }
    // A Polish or French name in UTF-8 stays UTF-8.
    CHECK(requireValue(decodeText(u"Łukasz Żółć;Café"_s.toUtf8())).encoding == TextEncoding::Utf8);
}

TEST_CASE("a CSV file becomes one sheet of text cells with each record's line", "[import][csv]")
{
    const QString text = u"ПІБ;Телефон;Примітка\r\n"
                         u"\"Шевченко Тарас\";+380671234567;\"два\nрядки\"\r\n"
                         u"\r\n"
                         u"Ґонта Марія;0501112233;\"лапки \"\"тут\"\"\"\r\n"_s;
    const ImportTable table = requireValue(readCsvTable(text.toUtf8()));
    CHECK(table.encoding == TextEncoding::Utf8);
    CHECK(table.separator == u';');
    REQUIRE(table.sheets.size() == 1);
    const ImportSheet& sheet = table.sheets.first();
    CHECK(sheet.columnCount == 3);
    CHECK(sheet.columnKeys.isEmpty());
    REQUIRE(sheet.rows.size() == 3);
    CHECK(texts(sheet.rows[1]) ==
          QStringList{u"Шевченко Тарас"_s, u"+380671234567"_s, u"два\nрядки"_s});
    CHECK(texts(sheet.rows[2]).value(2) == u"лапки \"тут\""_s);
    CHECK(sheet.rows[0].source == 1);
    CHECK(sheet.rows[1].source == 2);
    CHECK(sheet.rows[2].source == 5);             // after the quoted line break and the blank line
    CHECK(sheet.rows[1].cells[1].value.isNull()); // CSV has no types
}

TEST_CASE("CSV separators, UTF-16 and a chosen encoding", "[import][csv]")
{
    const QString tabbed = u"Ім'я\tМісто, область\nЄва\t\"Львів, Львівська\"\n"_s;
    for (auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const ImportTable table = requireValue(readCsvTable(encoder(tabbed)));
        CHECK(table.encoding == (encoding == QStringEncoder::Utf16LE ? TextEncoding::Utf16LE
                                                                     : TextEncoding::Utf16BE));
        CHECK(table.separator == u'\t');
        CHECK(texts(table.sheets[0].rows[1]) == QStringList{u"Єва"_s, u"Львів, Львівська"_s});
    }
    // A quoted header with commas inside does not make ',' the separator.
    const ImportTable commas = requireValue(readCsvTable("\"a, b\";c\n1;2\n"));
    CHECK(commas.separator == u';');
    CHECK(requireValue(readCsvTable("a,b,c\n1,2,3\n")).separator == u',');
    // A title line above the table, as 1C writes one, says nothing of the separator.
    const ImportTable titled =
        requireValue(readCsvTable(u"Список клієнтів\nПІБ;Телефон\nЄва;050\n"_s.toUtf8()));
    CHECK(titled.separator == u';');
    CHECK(texts(titled.sheets[0].rows[1]) == QStringList{u"ПІБ"_s, u"Телефон"_s});

    // Read again as the person chooses: the same bytes as UTF-8 or as 1251.
    const QByteArray bytes = cp1251(kUkrainian);
    const ImportTable asAnsi = requireValue(readCsvTable(bytes, TextEncoding::Windows1251));
    CHECK(texts(asAnsi.sheets[0].rows[1]).value(0) == u"Ґалаґан"_s);
    const Result<ImportTable> asUtf8 = readCsvTable(bytes, TextEncoding::Utf8);
    REQUIRE_FALSE(asUtf8.ok());
    CHECK(readErrorKey(asUtf8.error()) == u"text.not-utf8"_s);
    CHECK(asUtf8.error().detail.contains(u"line=1"_s));
    // A UTF-8 file read as 1251 on request is mojibake, but read.
    const ImportTable forced =
        requireValue(readCsvTable(kRussian.toUtf8(), TextEncoding::Windows1251));
    CHECK(forced.encoding == TextEncoding::Windows1251);
    CHECK(texts(forced.sheets[0].rows[0]).value(0) != u"Фамилия"_s);
}

TEST_CASE("damaged CSV files are refused with what and where", "[import][csv]")
{
    const auto key = [](const Result<ImportTable>& r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK_FALSE(r.error().message.isEmpty());
        return readErrorKey(r.error());
    };
    const Result<ImportTable> quote = readCsvTable("a;b\n1;2\n3;\"never closed\n4;5\n");
    CHECK(key(quote) == u"csv.unterminated-quote"_s);
    CHECK(quote.error().detail.contains(u"line=3"_s));
    const Result<ImportTable> cut = readCsvTable("a;b;c\n1;2;3\n4;5");
    CHECK(key(cut) == u"csv.cut-off"_s);
    CHECK(cut.error().detail.contains(u"line=3"_s));
    CHECK(key(readCsvTable(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"))) ==
          u"text.binary"_s); // a PNG
    // Unicode text without its mark: said so, and read once its encoding is chosen.
    const QString unmarked = u"ПІБ;Телефон\nКоваль Іван;050 123 45 67\n"_s;
    const QByteArray utf16le(reinterpret_cast<const char*>(unmarked.utf16()), unmarked.size() * 2);
    CHECK(key(readCsvTable(utf16le)) == u"text.utf16-unmarked"_s);
    const ImportTable chosen = requireValue(readCsvTable(utf16le, TextEncoding::Utf16LE));
    CHECK(chosen.sheets.value(0).rows.value(1).cells.value(0).text == u"Коваль Іван"_s);
    CHECK(key(readCsvTable("  \n\n")) == u"csv.empty"_s);
    CHECK(key(readCsvTable(QByteArray::fromHex("fffe6100620063"))) == u"text.utf16-damaged"_s);
    const QByteArray mixed = u"a;b\nЄва;1\n"_s.toUtf8() + cp1251(u"Іван;2\n"_s);
    const Result<ImportTable> m = readCsvTable(mixed);
    CHECK(key(m) == u"text.mixed-encodings"_s);
    CHECK(m.error().detail.contains(u"line=3"_s));
}
