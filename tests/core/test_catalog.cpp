#include "Catch.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "catalog/CsvReader.h"
#include "catalog/Product.h"

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
    CHECK_FALSE(readCsv("sku,name\n\"never closed,1\n").ok());
    CHECK_FALSE(readCsv("").ok());
}

TEST_CASE("a catalog import adds, updates and deactivates by SKU and reports bad rows", "[catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
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
    CHECK(plan.changed.first().what.join(u"; "_s).contains(u"price 450.00 → 470.00"_s));
    CHECK(plan.changed.first().what.join(u"; "_s).contains(u"stock 120 → 100"_s));
    REQUIRE(plan.deactivated.size() == 2); // T-200 and G-1 are no longer in accounting
    REQUIRE(plan.problems.size() == 4);
    CHECK(plan.problems[0].line == 4);
    CHECK(plan.problems[0].reason == u"no SKU"_s);
    CHECK(plan.problems[1].reason.contains(u"already on line 3"_s));
    CHECK(plan.problems[2].reason.contains(u"abc"_s));
    CHECK(plan.problems[3].reason.contains(u"no name"_s));

    // Nothing is written until the plan is applied, and then all of it.
    CHECK(requireValue(products.list()).size() == 3);
    requireOk(applyCatalogImport(*db, plan));
    CHECK(requireValue(products.list()).size() == 2);
    CHECK(requireValue(products.list(true)).size() == 4); // nothing deleted
    CHECK(requireValue(products.bySku(u"T-100"_s)).priceMinor == 47000);

    // A plan made before someone else's change applies nothing.
    CatalogImportPlan stale = requireValue(planCatalogImport(*db, first));
    requireOk(applyCatalogImport(*db, requireValue(planCatalogImport(*db, first))));
    Status refused = applyCatalogImport(*db, stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(products.list()).size() == 3); // T-100, T-200, G-1 back; T-300 out

    CHECK_FALSE(planCatalogImport(*db, "code;title\n1;x\n").ok()); // no price column
}
