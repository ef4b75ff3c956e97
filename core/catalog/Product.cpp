#include "catalog/Product.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Catalog)
};
} // namespace

namespace {

qsizetype limitOf(const QString& field)
{
    if (field == u"sku")
        return productLimits::kSku;
    if (field == u"name")
        return productLimits::kName;
    if (field == u"unit")
        return productLimits::kUnit;
    return productLimits::kCategory;
}

} // namespace

QVariant vatColumnValue(const std::optional<double>& vat)
{
    return vat ? QVariant(*vat) : QVariant(kVatNotSet);
}

std::optional<double> vatFromColumn(const QVariant& value)
{
    const double vat = value.toDouble();
    if (value.isNull() || vat < 0)
        return std::nullopt;
    return vat;
}

QString overlongProductField(const Product& p)
{
    const std::pair<QString, const QString*> fields[] = {{u"sku"_s, &p.sku},
                                                         {u"name"_s, &p.name},
                                                         {u"unit"_s, &p.unit},
                                                         {u"category"_s, &p.category}};
    for (const auto& [key, value] : fields) {
        if (value->size() > limitOf(key))
            return key;
    }
    return {};
}

QString shortened(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = qMax<qsizetype>(max - 1, 0);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never split a character in two
    return text.left(keep) + u'…';
}

namespace {

const QString kColumns =
    u"id, version, sku, name, unit, price_minor, currency, category, vat_percent, stock, active"_s;

Product productFrom(const QSqlRecord& r)
{
    Product p;
    p.id = r.value(0).toLongLong();
    p.version = r.value(1).toLongLong();
    p.sku = r.value(2).toString();
    p.name = r.value(3).toString();
    p.unit = r.value(4).toString();
    p.priceMinor = r.value(5).toLongLong();
    p.currency = r.value(6).toString();
    p.category = r.value(7).toString();
    p.vatPercent = vatFromColumn(r.value(8));
    if (!r.value(9).isNull())
        p.stock = r.value(9).toDouble();
    p.active = r.value(10).toBool();
    return p;
}

} // namespace

Result<QList<Product>> ProductRepository::list(bool includeInactive, const QString& search,
                                               int limit)
{
    QString where = includeInactive ? u"1 = 1"_s : u"active = 1"_s;
    QVariantList args;
    if (!search.trimmed().isEmpty()) {
        // instr() on lower(): ASCII folding only, which is what SKUs need; names
        // are matched as typed.
        where += u" AND (instr(lower(sku), lower(?)) > 0 OR instr(name, ?) > 0)"_s;
        args << search.trimmed() << search.trimmed();
    }
    args << limit;
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT "_s + kColumns + u" FROM products WHERE "_s + where +
                      u" ORDER BY name, sku LIMIT ?"_s,
                  args);
    if (!rows)
        return rows.error();
    QList<Product> products;
    products.reserve(rows->size());
    for (const QSqlRecord& r : *rows)
        products.append(productFrom(r));
    return products;
}

Result<Product> ProductRepository::bySku(const QString& sku)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(), u"SELECT "_s + kColumns + u" FROM products WHERE sku = ?"_s, {sku});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no product %1.").arg(sku));
    return productFrom(rows->first());
}

} // namespace kartoteka
