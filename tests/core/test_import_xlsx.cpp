#include "Catch.h"
#include "ImportFixtures.h"
#include "TestSupport.h"

#include "import/ImportFiles.h"
#include "import/ReadError.h"
#include "import/XlsxDates.h"
#include "import/XlsxReader.h"
#include "import/XlsxSheetReader.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTime>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const ImportRow& rowAt(const ImportSheet& sheet, int source)
{
    for (const ImportRow& row : sheet.rows)
        if (row.source == source)
            return row;
    FAIL("no row " << source << " in " << sheet.name.toStdString());
    return sheet.rows.first();
}

ImportCell cellAt(const ImportSheet& sheet, int source, int column)
{
    return rowAt(sheet, source).cells.value(column);
}

} // namespace

TEST_CASE("an openpyxl workbook: inline strings, types, dates, merged header, gaps",
          "[import][xlsx]")
{
    const ImportTable table = requireValue(readXlsxFile(importFixture("openpyxl_clients.xlsx")));
    REQUIRE(table.sheets.size() == 2);
    CHECK(table.sheets[0].name == u"Клієнти"_s);
    CHECK(table.sheets[1].name == u"Архів"_s);
    const ImportSheet& s = table.sheets[0];
    CHECK(s.columnCount == 7);
    CHECK(cellAt(s, 1, 0).text == u"ПІБ"_s);
    // The merged B1:C1 header names both of its columns.
    CHECK(cellAt(s, 1, 1).text == u"Телефони"_s);
    CHECK(cellAt(s, 1, 2).text == u"Телефони"_s);
    CHECK(cellAt(s, 2, 1).text == u"+380671234567"_s);
    CHECK(cellAt(s, 2, 2).text == u"501112233"_s);
    CHECK(cellAt(s, 2, 2).value == QVariant(501112233.0));
    CHECK(cellAt(s, 2, 3).value == QVariant(QDate(1985, 3, 15)));
    CHECK(cellAt(s, 2, 3).text == u"1985-03-15"_s);
    CHECK(cellAt(s, 2, 4).value == QVariant(1250.5));
    CHECK(cellAt(s, 2, 5).value == QVariant(true));
    CHECK(cellAt(s, 2, 6).value.toDateTime() ==
          QDateTime(QDate(2024, 1, 2), QTime(14, 30), Qt::UTC));
    // Row 3 is empty: left out, the numbering kept.
    CHECK(s.rows.size() == 4);
    CHECK(s.rows[2].source == 4);
    CHECK(cellAt(s, 4, 0).text == u"Ґудзь Їжак Євгенович"_s);
    CHECK(cellAt(s, 4, 4).value == QVariant(-3.0));
    CHECK(cellAt(s, 4, 5).value == QVariant(false));
    // Only C5: columns A and B stay in their places, empty.
    const ImportRow& five = rowAt(s, 5);
    REQUIRE(five.cells.size() == 3);
    CHECK(five.cells[0].isEmpty());
    CHECK(five.cells[1].isEmpty());
    CHECK(five.cells[2].text == u"лише C5"_s);
    CHECK(cellAt(table.sheets[1], 2, 1).value == QVariant(42.0));
}

TEST_CASE("an XlsxWriter workbook: shared and rich strings, built-in and custom formats, "
          "formulas, the 1900 leap-year bug",
          "[import][xlsx]")
{
    const ImportTable table = requireValue(readXlsx(importFixtureBytes("xlsxwriter_clients.xlsx")));
    REQUIRE(table.sheets.size() == 2);
    CHECK(table.sheets[1].name == u"Друге"_s);
    const ImportSheet& s = table.sheets[0];
    CHECK(s.name == u"Контакти"_s);
    for (int c = 0; c < 3; ++c)
        CHECK(cellAt(s, 1, c).text == u"Клієнт"_s);
    CHECK(cellAt(s, 1, 3).text == u"Народився"_s);
    CHECK(cellAt(s, 2, 0).text == u"Петренко Олена"_s); // rich-text runs joined
    CHECK(cellAt(s, 2, 1).text == u"olena@example.com"_s);
    CHECK(cellAt(s, 2, 2).text == u"380501234567"_s);
    CHECK(cellAt(s, 2, 3).value == QVariant(QDate(1990, 12, 31)));
    CHECK(cellAt(s, 2, 4).value == QVariant(QDate(2024, 3, 15))); // built-in format 14
    CHECK(cellAt(s, 2, 5).value == QVariant(QTime(9, 45)));
    CHECK(cellAt(s, 2, 5).text == u"09:45"_s);
    CHECK(cellAt(s, 2, 6).value == QVariant(1234.5)); // "грн" in quotes is no date
    CHECK(cellAt(s, 2, 7).value == QVariant(7.0));    // nor is "d/m/y" in quotes
    CHECK(cellAt(s, 2, 8).value == QVariant(2469.0)); // a formula's cached value
    CHECK(cellAt(s, 2, 9).value == QVariant(true));
    // A phone typed as a number keeps the leading zero its format shows.
    CHECK(cellAt(s, 2, 10).text == u"0501112233"_s);
    CHECK(cellAt(s, 2, 10).value == QVariant(501112233.0));
    CHECK(cellAt(s, 3, 3).value == QVariant(QDate(1900, 2, 28)));
    CHECK(cellAt(s, 3, 4).value == QVariant(QDate(1900, 3, 1)));
}

TEST_CASE("a hand-made workbook: 1904 dates, inline rich text, sheets found through rels, "
          "a hidden sheet",
          "[import][xlsx]")
{
    const ImportTable table = requireValue(readXlsxFile(importFixture("hand_1904_inline.xlsx")));
    REQUIRE(table.sheets.size() == 3);
    CHECK(table.sheets[0].name == u"Перший"_s);
    CHECK(table.sheets[1].name == u"Другий"_s);
    CHECK(table.sheets[2].name == u"Довідник"_s);
    CHECK_FALSE(table.sheets[0].hidden);
    CHECK(table.sheets[2].hidden);
    CHECK(cellAt(table.sheets[2], 1, 0).text == u"VIP"_s);
    const ImportSheet& first = table.sheets[0];
    CHECK(cellAt(first, 1, 0).text == u"Прізвище "_s);
    CHECK(cellAt(first, 3, 0).text == u"Єременко"_s);
    CHECK(cellAt(first, 3, 1).value == QVariant(QDate(2024, 3, 15))); // 43904 in 1904
    CHECK(cellAt(first, 3, 2).isEmpty());
    CHECK(cellAt(first, 3, 3).value == QVariant(QDate(1904, 1, 1))); // custom d mmmm yyyy
    CHECK(cellAt(table.sheets[1], 2, 2).text == u"другий аркуш"_s);
}

TEST_CASE("number formats and serial numbers as dates", "[import][xlsx]")
{
    CHECK(numberKindOfFormat(14, {}) == NumberKind::Date);
    CHECK(numberKindOfFormat(22, {}) == NumberKind::DateTime);
    CHECK(numberKindOfFormat(46, {}) == NumberKind::Time);
    CHECK(numberKindOfFormat(4, {}) == NumberKind::Number);
    CHECK(numberKindOfFormat(164, u"dd.mm.yyyy"_s) == NumberKind::Date);
    CHECK(numberKindOfFormat(164, u"[h]:mm"_s) == NumberKind::Time);
    CHECK(numberKindOfFormat(164, u"mm:ss"_s) == NumberKind::Time);
    CHECK(numberKindOfFormat(164, u"[Red]0.00"_s) == NumberKind::Number);
    CHECK(numberKindOfFormat(164, u"0 \"days\""_s) == NumberKind::Number);
    CHECK(numberKindOfFormat(164, u"0\\d"_s) == NumberKind::Number);
    CHECK(numberKindOfFormat(164, u"[$-422]d mmmm yyyy"_s) == NumberKind::Date);
    CHECK(numberKindOfFormat(164, u"General;[Red]dd"_s) == NumberKind::Number);
    CHECK(zeroPaddedWidth(u"00000000"_s) == 8);
    CHECK(zeroPaddedWidth(u"0.00"_s) == 0);
    CHECK(zeroPaddedWidth(u"0"_s) == 0);
    CHECK(serialToDateValue(60, NumberKind::Date, false).isNull()); // 1900-02-29 never was
    CHECK(serialToDateValue(1, NumberKind::Date, false) == QVariant(QDate(1900, 1, 1)));
    CHECK(serialToDateValue(45366, NumberKind::Date, false) == QVariant(QDate(2024, 3, 15)));
    CHECK(serialToDateValue(43904, NumberKind::Date, true) == QVariant(QDate(2024, 3, 15)));
    CHECK(serialToDateValue(-1, NumberKind::Date, false).isNull());
    int column = 0, row = 0;
    CHECK(parseCellReference(u"XFD1048576", column, row));
    CHECK((column == 16383 && row == 1048576));
    CHECK_FALSE(parseCellReference(u"XFE1", column, row));
    CHECK_FALSE(parseCellReference(u"A0", column, row));
    CHECK_FALSE(parseCellReference(u"A", column, row));
    CHECK_FALSE(parseCellReference(u"5", column, row));
}

TEST_CASE("damaged workbooks are refused with the part and the cell", "[import][xlsx]")
{
    const QByteArray good = importFixtureBytes("xlsxwriter_clients.xlsx");
    CHECK(refusalKey(readXlsx(good.left(good.size() / 2))) == u"xlsx.not-zip"_s);
    CHECK(refusalKey(readXlsx(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"))) ==
          u"xlsx.not-zip"_s);
    CHECK(refusalKey(readXlsx("a;b\n1;2\n")) == u"xlsx.not-zip"_s);
    // An Excel 97-2003 file: told to save it as .xlsx.
    CHECK(refusalKey(readXlsx(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0'))) ==
          u"xlsx.old-xls"_s);

    const Result<ImportTable> missing = readXlsx(importFixtureBytes("damaged_missing_sst.xlsx"));
    CHECK(refusalKey(missing) == u"xlsx.missing-part"_s);
    CHECK(missing.error().detail.contains(u"entry=xl/sharedStrings.xml"_s));

    const Result<ImportTable> outOfRange =
        readXlsx(importFixtureBytes("damaged_sst_out_of_range.xlsx"));
    CHECK(refusalKey(outOfRange) == u"xlsx.shared-string-out-of-range"_s);
    CHECK(outOfRange.error().detail.contains(u"cell=B3"_s));
    CHECK(outOfRange.error().detail.contains(u"entry=xl/worksheets/sheet1.xml"_s));

    const Result<ImportTable> badXml = readXlsx(importFixtureBytes("damaged_bad_xml.xlsx"));
    CHECK(refusalKey(badXml) == u"xlsx.bad-xml"_s);
    CHECK(badXml.error().detail.contains(u"entry=xl/worksheets/sheet1.xml line=2"_s));

    XlsxLimits small;
    small.maxUncompressedBytes = 16 * 1024 * 1024;
    const Result<ImportTable> bomb = readXlsx(importFixtureBytes("damaged_zip_bomb.xlsx"), small);
    CHECK(refusalKey(bomb) == u"xlsx.too-big"_s);

    XlsxLimits fewCells;
    fewCells.maxCells = 5;
    CHECK(refusalKey(readXlsx(good, fewCells)) == u"xlsx.too-many-cells"_s);

    // Bytes overwritten inside compressed data: refused, whichever check sees it first.
    for (qsizetype at : {qsizetype(600), good.size() / 2, good.size() - 300}) {
        QByteArray broken = good;
        for (qsizetype i = at; i < at + 40 && i < broken.size(); ++i)
            broken[i] = char(broken[i] ^ 0x5A);
        const Result<ImportTable> read = readXlsx(broken);
        if (read.ok()) // a flip that only hit file names or padding
            continue;
        CHECK(readErrorKey(read.error()).startsWith(u"xlsx."_s));
    }
}
