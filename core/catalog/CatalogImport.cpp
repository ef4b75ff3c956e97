#include "catalog/CatalogImport.h"

#include "audit/AuditLog.h"

#include "clients/ClientSettings.h"
#include "import/CsvReader.h"
#include "language/Formats.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::CatalogImport)
};

// Column names accounting programs and people use, lower-cased.
const QHash<QString, QStringList>& synonyms()
{
    static const QHash<QString, QStringList> names{
        {u"sku"_s, {u"sku"_s, u"артикул"_s, u"код"_s, u"code"_s, u"article"_s}},
        {u"name"_s,
         {u"name"_s, u"наименование"_s, u"найменування"_s, u"назва"_s, u"название"_s, u"товар"_s}},
        {u"unit"_s, {u"unit"_s, u"ед"_s, u"ед."_s, u"единица"_s, u"од"_s, u"од."_s, u"одиниця"_s}},
        {u"price"_s, {u"price"_s, u"цена"_s, u"ціна"_s}},
        {u"category"_s, {u"category"_s, u"категория"_s, u"категорія"_s, u"группа"_s, u"група"_s}},
        {u"vat"_s, {u"vat"_s, u"ндс"_s, u"пдв"_s, u"vat %"_s, u"ндс %"_s, u"пдв %"_s}},
        {u"stock"_s, {u"stock"_s, u"остаток"_s, u"залишок"_s, u"qty"_s}},
    };
    return names;
}

// The needed columns in the person's words.
QString columnTitle(const QString& key)
{
    if (key == u"sku")
        return Tr::tr("SKU");
    if (key == u"name")
        return Tr::tr("name");
    return Tr::tr("price");
}

// VAT rates ("20", "20 %") and stock, by the same rules as money.
Result<double> number(const QString& text)
{
    QString cleaned = text.trimmed();
    if (cleaned.endsWith(u'%'))
        cleaned.chop(1);
    return parsePlainNumber(cleaned);
}

// The preview's numbers are written as every other screen writes them
// ("1 250,00 грн", "20", "12,5"), never in C's "1250.00".
QString money(qint64 minor, const QString& currency)
{
    return formatMoney(minor, currency);
}

QString numberText(const std::optional<double>& value)
{
    if (!value)
        return u"—"_s;
    if (*value == std::floor(*value) && std::abs(*value) < 1e15)
        return formatNumber(qint64(*value));
    return QLocale().toString(*value, 'f', QLocale::FloatingPointShortest);
}

QString fieldTitle(const QString& key)
{
    if (key == u"unit")
        return Tr::tr("unit");
    if (key == u"category")
        return Tr::tr("category");
    if (key == u"vat")
        return Tr::tr("VAT");
    if (key == u"stock")
        return Tr::tr("stock");
    return columnTitle(key);
}

// The first cell of a known column longer than its field holds.
std::optional<ImportProblem> overlongCell(const QStringList& row, const QHash<QString, int>& column,
                                          int line)
{
    static const std::pair<QString, qsizetype> limits[] = {
        {u"sku"_s, productLimits::kSku},      {u"name"_s, productLimits::kName},
        {u"unit"_s, productLimits::kUnit},    {u"category"_s, productLimits::kCategory},
        {u"price"_s, productLimits::kNumber}, {u"vat"_s, productLimits::kNumber},
        {u"stock"_s, productLimits::kNumber}};
    for (const auto& [key, limit] : limits) {
        if (!column.contains(key))
            continue;
        const QString value = row.value(column.value(key)).trimmed();
        if (value.size() > limit)
            return ImportProblem{line, ImportProblemKind::TooLong, key,
                                 Tr::tr("the %1 is %Ln characters long, at most %L2 fit: %3",
                                        nullptr, int(qMin<qsizetype>(value.size(), INT_MAX)))
                                     .arg(fieldTitle(key))
                                     .arg(limit)
                                     .arg(shortened(value, 40))};
    }
    return std::nullopt;
}

} // namespace

Result<CatalogImportPlan> planCatalogImport(Database& db, const QByteArray& csv)
{
    Result<QList<Product>> current = ProductRepository(db).list(true);
    if (!current)
        return current.error();
    return planCatalogImport(csv, *current, shopCurrency(db));
}

Result<CatalogImportPlan> planCatalogImport(const QByteArray& csv, const QList<Product>& current,
                                            const QString& currency,
                                            const std::function<bool()>& cancelled)
{
    const auto stopped = [&cancelled] { return cancelled && cancelled(); };
    const auto cancelledError = [] {
        return makeError(ErrorKind::Failed, Tr::tr("The import was cancelled."));
    };
    Result<CsvTable> table = readCsv(csv);
    if (stopped())
        return cancelledError();
    if (!table)
        return table.error();
    QHash<QString, int> column;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = table->header[i].toLower();
        for (auto it = synonyms().cbegin(); it != synonyms().cend(); ++it) {
            if (!it.value().contains(name))
                continue;
            // Two columns for one thing ("Артикул" twice, or "SKU" and "Код"):
            // which one accounting meant cannot be known, and the first one
            // taken quietly could be the old prices. Refused, naming both.
            if (column.contains(it.key()))
                return makeError(
                    ErrorKind::Invalid,
                    Tr::tr("The file has two %1 columns: «%2» (column %3) and «%4» (column %5). "
                           "Keep one of them and import again.")
                        .arg(columnTitle(it.key()), table->header[column.value(it.key())])
                        .arg(column.value(it.key()) + 1)
                        .arg(table->header[i])
                        .arg(i + 1));
            column.insert(it.key(), i);
        }
    }
    for (const QString& needed : {u"sku"_s, u"name"_s, u"price"_s}) {
        if (!column.contains(needed))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The file has no %1 column (its first line names the columns; "
                                    "accepted names: %2).")
                                 .arg(columnTitle(needed), synonyms().value(needed).join(u", "_s)));
    }

    QHash<QString, Product> bySku;
    CatalogImportPlan plan;
    for (const Product& p : current) {
        bySku.insert(p.sku, p);
        if (p.active)
            ++plan.activeBefore;
    }
    QHash<QString, int> seenAt;
    auto cell = [&](const QStringList& row, const QString& key) {
        return column.contains(key) ? row.value(column.value(key)).trimmed() : QString();
    };
    for (int r = 0; r < table->rows.size(); ++r) {
        if (r % 4096 == 0 && stopped())
            return cancelledError();
        const QStringList& row = table->rows[r];
        const int line = table->lineNumbers[r];
        Product p;
        p.sku = cell(row, u"sku"_s);
        p.name = cell(row, u"name"_s);
        // A short row would read its missing cells as empty and wipe them; a
        // long one has its cells shifted by a separator inside a name. Either
        // way the row is not read, and its product (if named) stays as it is.
        qsizetype fields = row.size();
        while (fields > table->header.size() && row[fields - 1].trimmed().isEmpty())
            --fields; // trailing empty cells, as spreadsheets write them
        if (fields != table->header.size()) {
            if (!p.sku.isEmpty() && p.sku.size() <= productLimits::kSku && !seenAt.contains(p.sku))
                seenAt.insert(p.sku, line);
            plan.problems.append(
                {line,
                 ImportProblemKind::CellCount,
                 {},
                 Tr::tr("%1 where the first line names %2")
                     .arg(Tr::tr("%n cell(s)", nullptr, int(row.size())),
                          Tr::tr("%n column(s)", nullptr, int(table->header.size())))});
            continue;
        }
        // Before anything echoes a value: a cell of megabytes is a broken file,
        // and shown whole it would fill the terminal or freeze the preview.
        if (const std::optional<ImportProblem> tooLong = overlongCell(row, column, line)) {
            // A product named by a cut-to-size SKU is not taken off sale by this file.
            if (!p.sku.isEmpty() && p.sku.size() <= productLimits::kSku && !seenAt.contains(p.sku))
                seenAt.insert(p.sku, line);
            plan.problems.append(*tooLong);
            continue;
        }
        if (p.sku.isEmpty()) {
            plan.problems.append({line, ImportProblemKind::NoSku, {}, Tr::tr("no SKU")});
            continue;
        }
        if (seenAt.contains(p.sku)) {
            plan.problems.append(
                {line,
                 ImportProblemKind::DuplicateSku,
                 {},
                 Tr::tr("SKU %1 is already on line %2").arg(p.sku).arg(seenAt.value(p.sku))});
            continue;
        }
        seenAt.insert(p.sku, line);
        if (p.name.isEmpty()) {
            plan.problems.append(
                {line, ImportProblemKind::NoName, {}, Tr::tr("no name for %1").arg(p.sku)});
            continue;
        }
        const Result<qint64> price =
            parseMoney(cell(row, u"price"_s), MoneySign::NonNegative, QLocale(), currency);
        if (!price) {
            plan.problems.append({line,
                                  ImportProblemKind::BadPrice,
                                  {},
                                  Tr::tr("price: %1").arg(price.error().message)});
            continue;
        }
        p.priceMinor = *price;
        // A free item exists (a gift, a sample), but a price of 0 among
        // ordinary prices is more often an empty cell in accounting's export:
        // the row is taken, and the person sees it before applying (a
        // product already free in the catalog is not said again).
        if (p.priceMinor == 0 && (!bySku.contains(p.sku) || bySku.value(p.sku).priceMinor != 0))
            plan.warnings.append(
                {line, ImportProblemKind::ZeroPrice, u"price"_s,
                 Tr::tr("%1 %2 will cost %3").arg(p.sku, p.name, money(0, currency))});
        p.unit = cell(row, u"unit"_s);
        p.category = cell(row, u"category"_s);
        if (const QString vat = cell(row, u"vat"_s); !vat.isEmpty()) {
            const Result<double> value = number(vat);
            if (!value || *value < 0 || *value > 100) {
                plan.problems.append({line,
                                      ImportProblemKind::BadVat,
                                      {},
                                      Tr::tr("the VAT rate \"%1\" is not 0-100").arg(vat)});
                continue;
            }
            p.vatPercent = *value;
        }
        if (const QString stock = cell(row, u"stock"_s); !stock.isEmpty()) {
            const Result<double> value = number(stock);
            if (!value) {
                plan.problems.append({line,
                                      ImportProblemKind::BadStock,
                                      {},
                                      Tr::tr("the stock \"%1\" is not a number").arg(stock)});
                continue;
            }
            p.stock = *value;
        }

        if (!bySku.contains(p.sku)) {
            p.currency = currency;
            plan.added.append(p);
            continue;
        }
        const Product before = bySku.value(p.sku);
        Product after = before;
        QStringList what;
        QStringList changedFields;
        const QString shown = before.currency.isEmpty() ? currency : before.currency;
        auto compare = [&](const QString& key, const QString& label, auto Product::*field,
                           const QString& shownBefore, const QString& shownAfter) {
            if (before.*field != p.*field) {
                after.*field = p.*field;
                what.append(Tr::tr("%1 %2 → %3").arg(label, shownBefore, shownAfter));
                changedFields.append(key);
            }
        };
        compare(u"price"_s, Tr::tr("price"), &Product::priceMinor, money(before.priceMinor, shown),
                money(p.priceMinor, shown));
        compare(u"name"_s, Tr::tr("name"), &Product::name, before.name, p.name);
        if (column.contains(u"unit"_s))
            compare(u"unit"_s, Tr::tr("unit"), &Product::unit, before.unit, p.unit);
        if (column.contains(u"category"_s))
            compare(u"category"_s, Tr::tr("category"), &Product::category, before.category,
                    p.category);
        // No VAT column, or an empty cell: the file does not say, and the rate
        // kept is the one the product has (0 % would read as VAT-exempt).
        if (p.vatPercent && before.vatPercent != p.vatPercent)
            compare(u"vat"_s, Tr::tr("VAT"), &Product::vatPercent, numberText(before.vatPercent),
                    numberText(p.vatPercent));
        if (column.contains(u"stock"_s) && before.stock != p.stock) {
            after.stock = p.stock;
            what.append(Tr::tr("stock %1 → %2").arg(numberText(before.stock), numberText(p.stock)));
            changedFields.append(u"stock"_s);
        }
        if (!before.active) {
            after.active = true;
            what.append(Tr::tr("back in the catalog"));
            changedFields.append(u"active"_s);
        }
        if (what.isEmpty())
            ++plan.unchanged;
        else
            plan.changed.append({before, after, what, changedFields});
    }
    // A file of which no row could be read is the wrong file or a broken one:
    // taken as it is, it would deactivate the whole catalog.
    if (plan.added.isEmpty() && plan.changed.isEmpty() && plan.unchanged == 0) {
        if (plan.problems.isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The file names its columns but has no products in it. Nothing "
                                    "was changed."));
        QStringList first;
        for (const ImportProblem& problem : plan.problems.mid(0, 3))
            first.append(Tr::tr("line %1: %2").arg(problem.line).arg(problem.reason));
        return makeError(ErrorKind::Invalid,
                         Tr::tr("No row of the file could be read, so nothing was changed (%1).")
                             .arg(joinClauses(first)));
    }
    // Products on a row that could not be read are in the file: not missing.
    for (const Product& p : current) {
        if (p.active && !seenAt.contains(p.sku))
            plan.missing.append(p);
    }
    return plan;
}

Status applyCatalogImport(Database& db, const CatalogImportPlan& plan, const QString& source,
                          MissingProducts missingProducts)
{
    // A plan put together by other code than planCatalogImport gets the same limits.
    auto withinLimits = [](const Product& p) -> Status {
        if (Status inRange = checkMoneyRange(p.priceMinor); !inRange)
            return inRange;
        if (const QString field = overlongProductField(p); !field.isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The %1 of product %2 is too long. Nothing was changed.")
                                 .arg(fieldTitle(field), shortened(p.sku)));
        return Status::success();
    };
    for (const Product& p : plan.added) {
        if (Status s = withinLimits(p); !s)
            return s;
    }
    for (const ProductChange& c : plan.changed) {
        if (Status s = withinLimits(c.after); !s)
            return s;
    }
    if (missingProducts == MissingProducts::Deactivate && plan.missingAreMostOfCatalog())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file leaves out %n of the %1 products on sale. Confirm that "
                                "they really are no longer sold; nothing was changed.",
                                nullptr, int(plan.missing.size()))
                             .arg(plan.activeBefore));
    const QList<Product> deactivated =
        missingProducts == MissingProducts::Keep ? QList<Product>{} : plan.missing;
    return db.write([&](Transaction& tx) -> Status {
        const QString now = nowUtc();
        auto stockValue = [](const Product& p) {
            return p.stock ? QVariant(*p.stock) : QVariant();
        };
        for (const Product& p : plan.added) {
            Result<int> added = sql::change(
                tx.db(),
                u"INSERT INTO products (sku, name, unit, price_minor, currency, "
                u"category, "
                u"vat_percent, stock, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
                u"ON CONFLICT DO NOTHING"_s,
                {p.sku, p.name, p.unit, p.priceMinor, p.currency, p.category,
                 vatColumnValue(p.vatPercent), stockValue(p), now});
            if (!added)
                return added.error();
            if (*added == 0)
                return makeError(
                    ErrorKind::Conflict,
                    Tr::tr("Product %1 was added by someone else meanwhile. Check the file "
                           "again; nothing was changed.")
                        .arg(p.sku));
        }
        // A row a colleague changed after the check: the whole import stops.
        auto updated = [](const Result<int>& changed, const QString& sku) -> Status {
            if (!changed)
                return changed.error();
            if (*changed == 0)
                return makeError(
                    ErrorKind::Conflict,
                    Tr::tr("Product %1 was changed by someone else meanwhile. Check the "
                           "file again; nothing was changed.")
                        .arg(sku));
            return Status::success();
        };
        for (const ProductChange& c : plan.changed) {
            const Product& p = c.after;
            Result<int> changed = sql::change(
                tx.db(),
                u"UPDATE products SET name = ?, unit = ?, price_minor = ?, category = ?, "
                u"vat_percent = ?, "
                u"stock = ?, active = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                {p.name, p.unit, p.priceMinor, p.category, vatColumnValue(p.vatPercent),
                 stockValue(p), p.active ? 1 : 0, now, p.id, c.before.version});
            if (Status s = updated(changed, p.sku); !s)
                return s;
        }
        for (const Product& p : deactivated) {
            Result<int> changed = sql::change(
                tx.db(),
                u"UPDATE products SET active = 0, updated_at = ?, version = version + 1 "
                u"WHERE id = ? AND version = ?"_s,
                {now, p.id, p.version});
            if (Status s = updated(changed, p.sku); !s)
                return s;
        }
        if (!plan.changesSomething(missingProducts))
            return Status::success();
        tx.recordChange(ProductRepository::kEntity, 0, ChangeOp::Reload);
        QJsonObject details{{u"added"_s, plan.added.size()},
                            {u"changed"_s, plan.changed.size()},
                            {u"deactivated"_s, deactivated.size()},
                            {u"kept_missing"_s, plan.missing.size() - deactivated.size()},
                            {u"unchanged"_s, plan.unchanged},
                            {u"problems"_s, plan.problems.size()}};
        if (!source.isEmpty())
            details.insert(u"file"_s, source);
        return recordAudit(tx, {auditAction::changeAction(ProductRepository::kEntity, u"import"_s),
                                ProductRepository::kEntity,
                                0,
                                0,
                                {},
                                details});
    });
}

} // namespace kartoteka
