#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace kartoteka {

class Database;

struct Product
{
    qint64 id = 0;
    qint64 version = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 priceMinor = 0;
    QString currency;
    QString category;
    // Not set when accounting did not say: a shop's catalog has VAT-exempt
    // products (0 %) and products whose rate nobody gave, and they must not look alike.
    std::optional<double> vatPercent;
    std::optional<double> stock; // from accounting; Kartoteka does not keep stock
    bool active = true;
};

// The longest text each field of a product may hold, the same for every way a
// product comes in (the import, the CLI, demo data): an accounting program's SKU
// is a short code and its names fit a receipt; anything longer is a broken or
// wrong file, and would freeze the screens that show it.
namespace productLimits {
constexpr qsizetype kSku = 64;
constexpr qsizetype kName = 300;
constexpr qsizetype kUnit = 20;
constexpr qsizetype kCategory = 100;
// A number cell (price, VAT, stock) of accounting's export: "1 234 567,89 грн".
constexpr qsizetype kNumber = 40;
} // namespace productLimits

// The stable key ("sku", "name", "unit", "category") of the first text field of
// `p` longer than its limit, or an empty string when all fit.
QString overlongProductField(const Product& p);

// `text` cut to at most `max` characters with "…" at the end, for messages and
// screens that must never show a value of unbounded length.
QString shortened(const QString& text, qsizetype max = 60);

// How the products table keeps a VAT rate nobody gave: its vat_percent column
// is NOT NULL (made so before "not set" existed), and rebuilding a table that
// deal lines point at is a bigger risk than a sentinel no rate can take. Only
// core/catalog's SQL reads and writes it, through these two functions.
constexpr double kVatNotSet = -1;
QVariant vatColumnValue(const std::optional<double>& vat);
std::optional<double> vatFromColumn(const QVariant& value);

// Owns the SQL of the product and service catalog.
class ProductRepository
{
public:
    explicit ProductRepository(Database& db) : m_db(db) {}

    // Active products (or all), by name; `search` narrows by SKU or name part.
    Result<QList<Product>> list(bool includeInactive = false, const QString& search = {},
                                int limit = 10000);
    Result<Product> bySku(const QString& sku);

    static inline const QString kEntity = QStringLiteral("product");

private:
    Database& m_db;
};

} // namespace kartoteka
