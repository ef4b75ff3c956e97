// catalog import|list: the product catalog from accounting's CSV export.
#include "CliContext.h"

#include "catalog/CatalogImport.h"
#include "catalog/Product.h"
#include "clients/ClientSettings.h"
#include "language/Formats.h"
#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonObject productJson(const Product& p)
{
    QJsonObject json{{u"sku"_s, p.sku},
                     {u"name"_s, p.name},
                     {u"unit"_s, p.unit},
                     {u"price_minor"_s, p.priceMinor},
                     {u"currency"_s, p.currency},
                     {u"category"_s, p.category},
                     {u"vat_percent"_s, p.vatPercent},
                     {u"active"_s, p.active}};
    if (p.stock)
        json.insert(u"stock"_s, *p.stock);
    return json;
}

int catalogImport(const CliContext& context, Database& db)
{
    const QString path = context.arguments.value(1);
    if (path.isEmpty())
        return context.fail(
            Tr::tr("Name the file: kartoteka-cli catalog import FILE.csv [--dry-run]"));
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes)
        return context.fail(bytes.error());
    Result<CatalogImportPlan> plan = planCatalogImport(db, *bytes);
    if (!plan)
        return context.fail(plan.error());
    const bool dryRun = context.has(u"dry-run"_s);
    if (!dryRun) {
        if (Status s = applyCatalogImport(db, *plan, QFileInfo(path).fileName()); !s)
            return context.fail(s.error());
    }
    QStringList lines{dryRun ? Tr::tr("Would change (nothing written, --dry-run):")
                             : Tr::tr("Changed:")};
    lines.append(Tr::tr("  new %L1, updated %L2, deactivated %L3, unchanged %L4")
                     .arg(formatNumber(plan->added.size()))
                     .arg(formatNumber(plan->changed.size()))
                     .arg(formatNumber(plan->deactivated.size()))
                     .arg(formatNumber(plan->unchanged)));
    QJsonArray added, changed, deactivated, problems;
    for (const Product& p : plan->added) {
        added.append(productJson(p));
        lines.append(u"  + %1 %2 %3"_s.arg(p.sku, p.name, formatMoney(p.priceMinor, p.currency)));
    }
    for (const ProductChange& c : plan->changed) {
        changed.append(QJsonObject{{u"sku"_s, c.after.sku},
                                   {u"changes"_s, QJsonArray::fromStringList(c.what)}});
        lines.append(u"  ~ %1 %2"_s.arg(c.after.sku, c.what.join(u"; "_s)));
    }
    for (const Product& p : plan->deactivated) {
        deactivated.append(p.sku);
        lines.append(u"  - %1 %2"_s.arg(p.sku, p.name));
    }
    if (!plan->problems.isEmpty())
        lines.append(Tr::tr("Rows that could not be read (they changed nothing):"));
    for (const ImportProblem& problem : plan->problems) {
        problems.append(QJsonObject{{u"line"_s, problem.line}, {u"reason"_s, problem.reason}});
        lines.append(Tr::tr("  line %1: %2").arg(problem.line).arg(problem.reason));
    }
    return context.answer(lines.join(u'\n'), QJsonObject{{u"dry_run"_s, dryRun},
                                                         {u"added"_s, added},
                                                         {u"changed"_s, changed},
                                                         {u"deactivated"_s, deactivated},
                                                         {u"unchanged"_s, plan->unchanged},
                                                         {u"problems"_s, problems}});
}

int catalogList(const CliContext& context, Database& db)
{
    Result<QList<Product>> products =
        ProductRepository(db).list(context.has(u"all"_s), context.arguments.mid(1).join(u' '));
    if (!products)
        return context.fail(products.error());
    QJsonArray list;
    QStringList lines;
    for (const Product& p : *products) {
        list.append(productJson(p));
        lines.append(
            u"%1\t%2\t%3\t%4"_s.arg(p.sku, p.name, p.unit, formatMoney(p.priceMinor, p.currency)));
    }
    if (lines.isEmpty())
        lines.append(
            Tr::tr("The catalog is empty; import it with: kartoteka-cli catalog import FILE.csv"));
    return context.answer(lines.join(u'\n'), list);
}

} // namespace

int runCatalog(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"import" && sub != u"list")
        return context.fail(
            Tr::tr("Use: catalog import FILE.csv [--dry-run] | catalog list [TEXT]"));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    return sub == u"import" ? catalogImport(context, **db) : catalogList(context, **db);
}

} // namespace kartoteka::cli
