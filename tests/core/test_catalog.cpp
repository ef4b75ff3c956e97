#include "Catch.h"
#include "language/Formats.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "catalog/Product.h"
#include "import/CsvReader.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("CSV files from accounting are read in their own encoding and separator",
          "[catalog][csv]")
{
    const QString text =
        u"Артикул;Наименование;Цена\n\"A-1\";\"Плитка \"\"Мрамор\"\"; 30x60\";450,00\r\n\nB-2;Клей;120\n"_s;
    QStringEncoder toCp1251("windows-1251");
    const QByteArray utf8WithBom = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    const QByteArray cp1251 = toCp1251(text);
    for (const QByteArray& bytes : {utf8WithBom, cp1251}) {
        const CsvTable table = requireValue(readCsv(bytes));
        CHECK(table.header == QStringList{u"Артикул"_s, u"Наименование"_s, u"Цена"_s});
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0][1] == u"Плитка \"Мрамор\"; 30x60"_s);
        CHECK(table.lineNumbers == QList<int>{2, 4});
    }
    // Some accounting programs separate with '|'.
    const CsvTable piped =
        requireValue(readCsv(u"Артикул|Назва|Ціна\nR-1|Троянда|30,50\n"_s.toUtf8()));
    CHECK(piped.header == QStringList{u"Артикул"_s, u"Назва"_s, u"Ціна"_s});
    CHECK(piped.rows.value(0) == QStringList{u"R-1"_s, u"Троянда"_s, u"30,50"_s});
    CHECK_FALSE(readCsv("sku,name\n\"never closed,1\n").ok());
    CHECK_FALSE(readCsv("").ok());
}

TEST_CASE("a catalog import's changes write money and numbers as the screens do", "[catalog]")
{
    LanguageGuard ukrainian(Language::Ukrainian); // "1 250,50 грн", "7,5": not C's "1250.50"
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireOk(
        applyCatalogImport(*db, requireValue(planCatalogImport(*db, "sku;name;price;vat;stock\n"
                                                                    "T-1;Tile;30.50;7.5;1250\n"))));
    const CatalogImportPlan plan = requireValue(
        planCatalogImport(*db, "sku;name;price;vat;stock\nT-1;Tile;1250.50;20;12.5\n"));
    REQUIRE(plan.changed.size() == 1);
    const ProductChange& change = plan.changed.first();
    REQUIRE(change.fields == QStringList{u"price"_s, u"vat"_s, u"stock"_s});
    const QString currency = change.before.currency;
    REQUIRE_FALSE(currency.isEmpty());
    const QLocale locale;
    const auto shows = [](const QString& line, const QString& before, const QString& after) {
        INFO(line.toStdString());
        CHECK(line.contains(before + u" → "_s + after));
    };
    shows(change.what[0], formatMoney(3050, currency), formatMoney(125050, currency));
    shows(change.what[1], locale.toString(7.5), formatNumber(20));
    shows(change.what[2], formatNumber(1250), locale.toString(12.5));
    CHECK_FALSE(change.what[0].contains(u"30.50"_s));
}

TEST_CASE("a catalog import adds, updates and deactivates by SKU and reports bad rows", "[catalog]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    const QByteArray first = "sku,name,unit,price,category,vat,stock\n"
                             "T-100,Tile Marble 30x60,m2,450.00,Tiles,20,120\n"
                             "T-200,Tile Wood 20x120,m2,\"1 250,50\",Tiles,20,15\n"
                             "G-1,Grout grey,kg,85,Grout,20,\n";
    CatalogImportPlan plan = requireValue(planCatalogImport(*db, first));
    CHECK(plan.added.size() == 3);
    CHECK(plan.problems.isEmpty());
    requireOk(applyCatalogImport(*db, plan));
    ProductRepository products(*db);
    CHECK(requireValue(products.bySku(u"T-200"_s)).priceMinor == 125050);
    CHECK_FALSE(requireValue(products.bySku(u"G-1"_s)).stock.has_value());

    const QByteArray second = "Артикул;Назва;Ціна;Залишок\n"
                              "T-100;Tile Marble 30x60;470;100\n"
                              "T-300;Tile Slate 60x60;990;8\n"
                              ";No SKU here;10;1\n"
                              "T-300;Duplicate;10;1\n"
                              "X-1;Broken price;abc;1\n"
                              "X-2;;10;1\n";
    plan = requireValue(planCatalogImport(*db, second));
    REQUIRE(plan.added.size() == 1);
    CHECK(plan.added.first().sku == u"T-300"_s);
    REQUIRE(plan.changed.size() == 1);
    const ProductChange& t100 = plan.changed.first();
    CHECK(t100.fields == QStringList{u"price"_s, u"stock"_s});
    CHECK(t100.what.size() == t100.fields.size()); // one line in words per change
    CHECK(t100.before.priceMinor == 45000);
    CHECK(t100.after.priceMinor == 47000);
    CHECK(t100.before.stock == 120);
    CHECK(t100.after.stock == 100);
    REQUIRE(plan.missing.size() == 2); // T-200 and G-1 are no longer in accounting
    REQUIRE(plan.problems.size() == 4);
    CHECK(plan.problems[0].line == 4);
    CHECK(plan.problems[0].kind == ImportProblemKind::NoSku);
    CHECK(plan.problems[1].kind == ImportProblemKind::DuplicateSku);
    CHECK(plan.problems[1].line == 5);
    CHECK(plan.problems[1].reason.contains(u"3"_s)); // the line it repeats
    CHECK(plan.problems[2].kind == ImportProblemKind::BadPrice);
    CHECK(plan.problems[2].reason.contains(u"abc"_s));
    CHECK(plan.problems[3].kind == ImportProblemKind::NoName);

    // Nothing is written until the plan is applied, and then all of it.
    CHECK(requireValue(products.list()).size() == 3);
    requireOk(applyCatalogImport(*db, plan, {}, MissingProducts::DeactivateMostOfCatalog));
    CHECK(requireValue(products.list()).size() == 2);
    CHECK(requireValue(products.list(true)).size() == 4); // nothing deleted
    CHECK(requireValue(products.bySku(u"T-100"_s)).priceMinor == 47000);

    // A plan made before someone else's change applies nothing.
    CatalogImportPlan stale = requireValue(planCatalogImport(*db, first));
    requireOk(applyCatalogImport(*db, requireValue(planCatalogImport(*db, first)), {},
                                 MissingProducts::Deactivate));
    Status refused = applyCatalogImport(*db, stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(products.list()).size() == 3); // T-100, T-200, G-1 back; T-300 out

    CHECK_FALSE(planCatalogImport(*db, "code;title\n1;x\n").ok()); // no price column
}

namespace {

// A shop with three active products, to see what a broken file would do to them.
struct CatalogFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CatalogFixture()
    {
        requireOk(
            applyCatalogImport(*db, requireValue(planCatalogImport(*db, "sku;name;unit;price\n"
                                                                        "T-100;Tile;m2;450\n"
                                                                        "T-200;Wood;m2;1250,50\n"
                                                                        "G-1;Grout;kg;85\n"))));
    }
    int active() { return int(requireValue(ProductRepository(*db).list()).size()); }
};

} // namespace

TEST_CASE("a catalog file of which no row can be read deactivates nothing", "[catalog]")
{
    CatalogFixture f;
    REQUIRE(f.active() == 3);
    for (const QByteArray& file : {QByteArray("sku;name;price\nX-1;Widget;abc\n"),
                                   QByteArray("sku;name;price\nX-1;Widget;nan\nX-2;Gadget;inf\n"),
                                   QByteArray("sku;name;price\n"), // names the columns, no rows
                                   QByteArray("sku;name;price\n;No SKU;10\n")}) {
        INFO(file.toStdString());
        const Result<CatalogImportPlan> plan = planCatalogImport(*f.db, file);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().kind == ErrorKind::Invalid);
        // The reasons are clauses of one sentence: no ".;" nor ".)" between them.
        CHECK_FALSE(plan.error().message.contains(u".;"_s));
        CHECK_FALSE(plan.error().message.contains(u".)"_s));
    }
    CHECK(f.active() == 3);
    // A file without a needed column is refused too.
    CHECK(planCatalogImport(*f.db, "sku;name\nT-100;Tile\n").error().kind == ErrorKind::Invalid);
}

TEST_CASE("a catalog file cut off in the middle of a row is refused as a whole", "[catalog]")
{
    CatalogFixture f;
    // The last row ends mid-way with no line end: a copy interrupted.
    const Result<CatalogImportPlan> cut =
        planCatalogImport(*f.db, "sku;name;unit;price\nT-100;Tile;m2;470\nT-200;Wo");
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().kind == ErrorKind::Invalid);
    // An unterminated quote.
    const Result<CatalogImportPlan> quote =
        planCatalogImport(*f.db, "sku;name;unit;price\nT-100;Tile;m2;470\nT-200;\"Wood 20x");
    REQUIRE_FALSE(quote.ok());
    CHECK(quote.error().kind == ErrorKind::Invalid);
    CHECK(f.active() == 3);
    CHECK(requireValue(ProductRepository(*f.db).bySku(u"T-100"_s)).priceMinor == 45000);
    // A complete last row without a line end is fine.
    CHECK(planCatalogImport(*f.db, "sku;name;unit;price\nT-100;Tile;m2;470\nT-200;Wood;m2;1250,50")
              .ok());
}

TEST_CASE("a short or long catalog row is an error of that row and wipes nothing", "[catalog]")
{
    CatalogFixture f;
    CatalogImportPlan plan =
        requireValue(planCatalogImport(*f.db, "sku;name;unit;price\n"
                                              "T-100;Tile;m2\n"             // price missing
                                              "T-200;Wood; 20x120;m2;990\n" // ';' in the name
                                              "G-1;Grout;kg;90;;\n"));      // empty cells: fine
    REQUIRE(plan.problems.size() == 2);
    CHECK(plan.problems[0].line == 2);
    CHECK(plan.problems[1].line == 3);
    REQUIRE(plan.changed.size() == 1);
    CHECK(plan.changed.first().after.sku == u"G-1"_s);
    CHECK(plan.missing.isEmpty()); // T-100 and T-200 are in the file, only unreadable
    requireOk(applyCatalogImport(*f.db, plan));
    const Product tile = requireValue(ProductRepository(*f.db).bySku(u"T-100"_s));
    CHECK(tile.active);
    CHECK(tile.priceMinor == 45000);
    CHECK(tile.unit == u"m2"_s);
    CHECK(requireValue(ProductRepository(*f.db).bySku(u"T-200"_s)).priceMinor == 125050);
}

TEST_CASE("catalog cells that are NaN, infinity or exponents are row errors", "[catalog]")
{
    CatalogFixture f;
    const CatalogImportPlan plan =
        requireValue(planCatalogImport(*f.db, "sku;name;price;vat;stock\n"
                                              "T-100;Tile;450;nan;1\n"
                                              "T-200;Wood;1250,50;20;inf\n"
                                              "G-1;Grout;1e3;20;1\n"
                                              "N-1;New;0x10;20;1\n"
                                              "N-2;Fine;10;20 %;-1,5\n"));
    REQUIRE(plan.problems.size() == 4);
    REQUIRE(plan.added.size() == 1);
    CHECK(plan.added.first().sku == u"N-2"_s);
    CHECK(plan.added.first().vatPercent == 20.0);
    CHECK(*plan.added.first().stock == -1.5);
    CHECK(plan.missing.isEmpty());
}

TEST_CASE("a UTF-8 catalog with one Windows-1251 row is refused, never read wholly as 1251",
          "[catalog][csv]")
{
    QStringEncoder toCp1251("windows-1251");
    const QByteArray mixed = u"Артикул;Назва;Ціна\nA-1;Плитка;450\n"_s.toUtf8() +
                             QByteArray(toCp1251(u"B-2;Клей;120\n"_s)) +
                             u"C-3;Затирка;85\n"_s.toUtf8();
    const Result<CsvTable> table = readCsv(mixed);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().kind == ErrorKind::Invalid);
    CHECK(table.error().message.contains(u'3')); // the line to fix

    // A file wholly in 1251 is still read as 1251.
    const CsvTable cp1251 = requireValue(readCsv(toCp1251(u"Артикул;Назва\nA-1;Плитка\n"_s)));
    CHECK(cp1251.rows.first().value(1) == u"Плитка"_s);
}

TEST_CASE("UTF-16 with a byte-order mark (Excel's Unicode text) is read", "[catalog][csv]")
{
    const QString text =
        u"Артикул\tНазва\tЦіна\nA-1\tПлитка «Мармур»\t450,00\r\nB-2\tКлей\t120\r\n"_s;
    for (auto encoding : {QStringEncoder::Utf16LE, QStringEncoder::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const CsvTable table = requireValue(readCsv(encoder(text)));
        CHECK(table.header == QStringList{u"Артикул"_s, u"Назва"_s, u"Ціна"_s});
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0][1] == u"Плитка «Мармур»"_s);
        CHECK(table.rows[1][2] == u"120"_s);
    }
    CatalogFixture f;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const CatalogImportPlan plan =
        requireValue(planCatalogImport(*f.db, le(u"sku\tname\tprice\nT-100\tTile\t470\n"_s)));
    REQUIRE(plan.changed.size() == 1);
    CHECK(plan.changed.first().after.priceMinor == 47000);
    // A UTF-16 file cut in half a character.
    CHECK_FALSE(readCsv(QByteArray::fromHex("fffe610062")).ok());
    // Without a byte-order mark UTF-16 is not guessed, and not read as garbage either.
    QStringEncoder noBom(QStringEncoder::Utf16LE);
    CHECK(readCsv(noBom(text)).error().kind == ErrorKind::Invalid);
}

TEST_CASE("an over-long catalog value is a row problem with its line, never shown whole",
          "[catalog]")
{
    CatalogFixture f;
    // The trial's file: a header and one row whose SKU is five million characters.
    const QByteArray hugeSku = QByteArray(5'000'000, 'A');
    Result<CatalogImportPlan> refused =
        planCatalogImport(*f.db, "sku;name;price\n" + hugeSku + ";Tile;450\n");
    REQUIRE_FALSE(refused.ok()); // no row could be read: nothing changes
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.size() < 1000);
    CHECK(f.active() == 3);

    const QString name300(productLimits::kName, u'Ж');
    const CatalogImportPlan plan = requireValue(
        planCatalogImport(*f.db, "sku;name;unit;price;vat\n"
                                 "N-1;" +
                                     name300.toUtf8() +
                                     ";m2;10;20\n"
                                     "N-2;" +
                                     (name300 + u'Ж').toUtf8() + ";m2;10;20\n" + hugeSku +
                                     ";Tile;m2;450;20\n"
                                     "N-3;Glue;" +
                                     QByteArray(productLimits::kUnit + 1, 'k') +
                                     ";10;20\n"
                                     "N-4;Glue;kg;" +
                                     QByteArray(1'000'000, '1') +
                                     ";20\n"
                                     "T-100;Tile;m2;470;20\n"));
    REQUIRE(plan.added.size() == 1);
    CHECK(plan.added.first().name == name300); // exactly at the limit is fine
    REQUIRE(plan.problems.size() == 4);
    const QStringList fields{u"name"_s, u"sku"_s, u"unit"_s, u"price"_s};
    for (int i = 0; i < plan.problems.size(); ++i) {
        CHECK(plan.problems[i].kind == ImportProblemKind::TooLong);
        CHECK(plan.problems[i].line == i + 3);
        CHECK(plan.problems[i].field == fields[i]);
        CHECK(plan.problems[i].reason.size() < 200);
    }

    // A plan put together by other code meets the same limits.
    CatalogImportPlan handMade;
    Product tooLong;
    tooLong.sku = QString(productLimits::kSku + 1, u'S');
    tooLong.name = u"x"_s;
    handMade.added.append(tooLong);
    Status s = applyCatalogImport(*f.db, handMade);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Invalid);
    CHECK(s.error().message.size() < 500);
    CHECK(overlongProductField(tooLong) == u"sku"_s);
    CHECK(shortened(QString(1000, u'a'), 10).size() == 10);
}

TEST_CASE("products missing from the catalog file stay on sale unless asked, twice for most",
          "[catalog]")
{
    CatalogFixture f;
    // A one-row export (cut short by accounting) names one of three products.
    const CatalogImportPlan oneRow =
        requireValue(planCatalogImport(*f.db, "sku;name;price\nT-100;Tile;470\n"));
    CHECK(oneRow.missing.size() == 2);
    CHECK(oneRow.activeBefore == 3);
    CHECK(oneRow.missingAreMostOfCatalog());
    requireOk(applyCatalogImport(*f.db, oneRow)); // the default keeps them
    CHECK(f.active() == 3);
    CHECK(requireValue(ProductRepository(*f.db).bySku(u"T-100"_s)).priceMinor == 47000);

    const CatalogImportPlan again =
        requireValue(planCatalogImport(*f.db, "sku;name;price\nT-100;Tile;480\n"));
    Status s = applyCatalogImport(*f.db, again, {}, MissingProducts::Deactivate);
    REQUIRE_FALSE(s.ok()); // most of the catalog needs the second confirmation
    CHECK(s.error().kind == ErrorKind::Invalid);
    CHECK(f.active() == 3);
    CHECK(requireValue(ProductRepository(*f.db).bySku(u"T-100"_s)).priceMinor == 47000);
    requireOk(applyCatalogImport(*f.db, again, {}, MissingProducts::DeactivateMostOfCatalog));
    CHECK(f.active() == 1);

    // One missing of three is not most: asked once is enough.
    requireOk(applyCatalogImport(
        *f.db, requireValue(planCatalogImport(*f.db, "sku;name;price\nT-100;Tile;480\n"
                                                     "T-200;Wood;1250,50\nG-1;Grout;85\n"))));
    const CatalogImportPlan two =
        requireValue(planCatalogImport(*f.db, "sku;name;price\nT-100;Tile;480\nG-1;Grout;85\n"));
    CHECK_FALSE(two.missingAreMostOfCatalog());
    CHECK_FALSE(two.changesSomething());
    CHECK(two.changesSomething(MissingProducts::Deactivate));
    requireOk(applyCatalogImport(*f.db, two, {}, MissingProducts::Deactivate));
    CHECK(f.active() == 2);
}

TEST_CASE("a catalog file without VAT leaves the rate unknown, not 0 %", "[catalog]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireOk(applyCatalogImport(
        *db, requireValue(planCatalogImport(*db, "sku;name;price;vat\nT-1;Tile;450;20\n"
                                                 "E-1;Book;100;0\n"))));
    ProductRepository products(*db);
    const CatalogImportPlan noVat = requireValue(
        planCatalogImport(*db, "sku;name;price\nT-1;Tile;470\nE-1;Book;100\nN-1;Glue;85\n"));
    CHECK(noVat.changed.size() == 1);
    CHECK(noVat.changed.first().fields == QStringList{u"price"_s});
    REQUIRE(noVat.added.size() == 1);
    CHECK_FALSE(noVat.added.first().vatPercent.has_value());
    requireOk(applyCatalogImport(*db, noVat));
    CHECK(requireValue(products.bySku(u"T-1"_s)).vatPercent == 20.0);
    CHECK(requireValue(products.bySku(u"E-1"_s)).vatPercent == 0.0); // exempt stays exempt
    CHECK_FALSE(requireValue(products.bySku(u"N-1"_s)).vatPercent.has_value());

    // An empty cell says nothing either; a rate given is taken.
    const CatalogImportPlan cells = requireValue(planCatalogImport(
        *db, "sku;name;price;vat\nT-1;Tile;470;\nE-1;Book;100;\nN-1;Glue;85;7\n"));
    REQUIRE(cells.changed.size() == 1);
    CHECK(cells.changed.first().after.sku == u"N-1"_s);
    requireOk(applyCatalogImport(*db, cells));
    CHECK(requireValue(products.bySku(u"T-1"_s)).vatPercent == 20.0);
    CHECK(requireValue(products.bySku(u"N-1"_s)).vatPercent == 7.0);
}

TEST_CASE("reasons joined into one sentence lose their own full stops", "[catalog][language]")
{
    CHECK(joinClauses({u"The price \"1 250,50.\" is not a number."_s, u"line 3: no SKU."_s}) ==
          u"The price \"1 250,50.\" is not a number; line 3: no SKU"_s);
    CHECK(joinClauses({u"Wait…"_s, u" "_s, u"done"_s}) == u"Wait…; done"_s);
    CHECK(joinClauses({u"a."_s, u"b."_s}, u", "_s) == u"a, b"_s);
}

TEST_CASE("a price of 0 is applied but shown first, a column named twice is refused", "[catalog]")
{
    CatalogFixture f;
    // 450 → 0 among ordinary changes, and a new product at 0: both are warnings,
    // not problems; the rows are still read and applied.
    const CatalogImportPlan plan = requireValue(planCatalogImport(*f.db, "sku;name;unit;price\n"
                                                                         "T-100;Tile;m2;0,00\n"
                                                                         "T-200;Wood;m2;1300\n"
                                                                         "G-1;Grout;kg;85\n"
                                                                         "S-1;Sample;pc;0\n"));
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.warnings.size() == 2);
    CHECK(plan.warnings[0].kind == ImportProblemKind::ZeroPrice);
    CHECK(plan.warnings[0].line == 2);
    CHECK(plan.warnings[0].field == u"price"_s);
    CHECK(plan.warnings[1].line == 5);
    CHECK(plan.changed.size() == 2);
    CHECK(plan.added.size() == 1);
    requireOk(applyCatalogImport(*f.db, plan));
    // Already free in the catalog: not said again.
    CHECK(requireValue(planCatalogImport(*f.db, "sku;name;unit;price\nT-100;Tile;m2;0\n"))
              .warnings.isEmpty());

    // "Артикул" twice, or two names of one column: refused as a whole, naming it.
    for (const auto& [file, named] :
         {std::pair{QByteArray("Артикул;Назва;Ціна;Артикул\nT-100;Tile;450;T-999\n"), u"Артикул"_s},
          std::pair{QByteArray("sku;code;name;price\nT-100;T-999;Tile;450\n"), u"code"_s},
          std::pair{QByteArray("sku;name;price;ціна\nT-100;Tile;450;0\n"), u"ціна"_s}}) {
        INFO(file.toStdString());
        const Result<CatalogImportPlan> twice = planCatalogImport(*f.db, file);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().kind == ErrorKind::Invalid);
        CHECK(twice.error().message.contains(named));
    }
}
