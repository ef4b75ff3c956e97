#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

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
    double vatPercent = 0;
    std::optional<double> stock; // from accounting; Kartoteka does not keep stock
    bool active = true;
};

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
