#pragma once

#include "catalog/Product.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kartoteka {

class Database;

// Why a row of the file could not be read: for code and tests, which must not
// depend on the words of `reason`.
enum class ImportProblemKind
{
    CellCount,
    NoSku,
    DuplicateSku,
    NoName,
    BadPrice,
    BadVat,
    BadStock
};

struct ImportProblem
{
    int line = 0; // the file's line number
    ImportProblemKind kind = ImportProblemKind::CellCount;
    QString reason; // what is wrong with it, in words
};

struct ProductChange
{
    Product before;
    Product after;
    QStringList what;   // "price 450.00 → 470.00", "name …", in the person's words
    QStringList fields; // the same changes by stable key: price, name, unit, category, vat,
                        // stock, active
};

// What an import of accounting's CSV would change, shown before anything is
// written: a one-way sync matched by SKU. Nothing is ever deleted: products
// missing from the file are deactivated.
struct CatalogImportPlan
{
    QList<Product> added;
    QList<ProductChange> changed; // prices, names, units, categories, VAT, stock, reactivation
    QList<Product> deactivated;
    QList<ImportProblem> problems; // rows that could not be read; they change nothing
    int unchanged = 0;

    bool changesSomething() const
    {
        return !added.isEmpty() || !changed.isEmpty() || !deactivated.isEmpty();
    }
};

// Reads the file and compares it with the catalog. Refused as a whole, so that
// nothing is deactivated: a file without the needed columns (SKU, name,
// price), one cut off or mixing encodings (see readCsv), and one of which no
// row could be read. A row with more or fewer cells than the header is a
// problem of that row; its product is neither changed nor deactivated.
Result<CatalogImportPlan> planCatalogImport(Database& db, const QByteArray& csv);
// Applies a plan in one transaction: all of it or, when the catalog changed
// meanwhile, nothing (ErrorKind::Conflict: plan again). The audit gets one
// row with the counts and `source`, the file's name.
Status applyCatalogImport(Database& db, const CatalogImportPlan& plan, const QString& source = {});

} // namespace kartoteka
