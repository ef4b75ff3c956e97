#pragma once

#include "catalog/Product.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

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
    BadStock,
    TooLong,  // a value longer than its field holds (productLimits); `field` names it
    ZeroPrice // a warning, not a problem: the row is read and applied with a price of 0
};

struct ImportProblem
{
    int line = 0; // the file's line number
    ImportProblemKind kind = ImportProblemKind::CellCount;
    QString field;  // TooLong: sku, name, unit, category, price, vat or stock
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

// What happens to active products the file does not name. A cut-off or wrong
// export from accounting would otherwise take the catalog off sale quietly, so
// they stay unless the person asks; when they are more than half of the active
// catalog the person is asked a second time (DeactivateMostOfCatalog).
enum class MissingProducts
{
    Keep,
    Deactivate,
    DeactivateMostOfCatalog
};

// What an import of accounting's CSV would change, shown before anything is
// written: a one-way sync matched by SKU. Nothing is ever deleted: products
// missing from the file are deactivated when the person asks for it.
struct CatalogImportPlan
{
    QList<Product> added;
    QList<ProductChange> changed;  // prices, names, units, categories, VAT, stock, reactivation
    QList<Product> missing;        // active products the file does not name
    QList<ImportProblem> problems; // rows that could not be read; they change nothing
    // Rows that are read and applied, but the person should look at first
    // (ZeroPrice): the screen asks once more, the CLI wants --yes.
    QList<ImportProblem> warnings;
    int unchanged = 0;
    int activeBefore = 0; // active products in the catalog when the plan was made

    bool changesSomething(MissingProducts missingProducts = MissingProducts::Keep) const
    {
        return !added.isEmpty() || !changed.isEmpty() ||
               (missingProducts != MissingProducts::Keep && !missing.isEmpty());
    }
    // Deactivating the missing products would take more than half the active
    // catalog off sale: the person must confirm that a second time.
    bool missingAreMostOfCatalog() const { return missing.size() * 2 > activeBefore; }
};

// Reads the file and compares it with the catalog. Refused as a whole, so that
// nothing is deactivated: a file without the needed columns (SKU, name,
// price), one naming a column twice ("Артикул" twice, "SKU" and "Код"), one cut off or mixing
// encodings (see readCsv), and one of which no row could be read. A row with more or fewer cells
// than the header is a problem of that row; its product is neither changed nor deactivated. A row
// with a value longer than its field (productLimits) is a TooLong problem.
Result<CatalogImportPlan> planCatalogImport(Database& db, const QByteArray& csv);
// The same without the database, for a thread of its own: `current` is the
// whole catalog (ProductRepository::list(true)), `currency` the shop's.
// `cancelled`, when given, is asked now and then; once it says yes the answer
// is an error (ErrorKind::Failed) and nothing is planned.
Result<CatalogImportPlan> planCatalogImport(const QByteArray& csv, const QList<Product>& current,
                                            const QString& currency,
                                            const std::function<bool()>& cancelled = {});
// Applies a plan in one transaction: all of it or, when the catalog changed
// meanwhile, nothing (ErrorKind::Conflict: plan again). Missing products are
// deactivated only as `missingProducts` says; Deactivate for a plan whose
// missing products are most of the catalog is refused (ErrorKind::Invalid).
// Values over productLimits are refused (ErrorKind::Invalid). The audit gets
// one row with the counts and `source`, the file's name.
Status applyCatalogImport(Database& db, const CatalogImportPlan& plan, const QString& source = {},
                          MissingProducts missingProducts = MissingProducts::Keep);

} // namespace kartoteka
