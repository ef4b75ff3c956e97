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
                     {u"vat_percent"_s, p.vatPercent ? QJsonValue(*p.vatPercent) : QJsonValue()},
                     {u"active"_s, p.active}};
    if (p.stock)
        json.insert(u"stock"_s, *p.stock);
    return json;
}

// Stable keys of ImportProblemKind for --json readers.
QString problemKey(ImportProblemKind kind)
{
    switch (kind) {
    case ImportProblemKind::CellCount:
        return u"cell_count"_s;
    case ImportProblemKind::NoSku:
        return u"no_sku"_s;
    case ImportProblemKind::DuplicateSku:
        return u"duplicate_sku"_s;
    case ImportProblemKind::NoName:
        return u"no_name"_s;
    case ImportProblemKind::BadPrice:
        return u"bad_price"_s;
    case ImportProblemKind::BadVat:
        return u"bad_vat"_s;
    case ImportProblemKind::BadStock:
        return u"bad_stock"_s;
    case ImportProblemKind::TooLong:
        return u"too_long"_s;
    case ImportProblemKind::ZeroPrice:
        return u"zero_price"_s;
    }
    return {};
}

// A plan's warnings or problems: under their heading in the text, each with
// its line, and as fields in --json.
void listProblems(const QList<ImportProblem>& found, const QString& heading, QJsonArray& json,
                  QStringList& lines)
{
    if (!found.isEmpty())
        lines.append(heading);
    for (const ImportProblem& problem : found) {
        json.append(QJsonObject{{u"line"_s, problem.line},
                                {u"kind"_s, problemKey(problem.kind)},
                                {u"field"_s, problem.field},
                                {u"reason"_s, problem.reason}});
        lines.append(Tr::tr("  line %1: %2").arg(problem.line).arg(problem.reason));
    }
}

int catalogImport(const CliContext& context, Database& db)
{
    const QString path = context.arguments.value(1);
    if (path.isEmpty())
        return context.fail(
            Tr::tr("Name the file: kartoteka-cli catalog import FILE.csv [--dry-run] "
                   "[--deactivate-missing [--yes]]"));
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes)
        return context.fail(bytes.error());
    Result<CatalogImportPlan> plan = planCatalogImport(db, *bytes);
    if (!plan)
        return context.fail(plan.error());
    const bool dryRun = context.has(u"dry-run"_s);
    // Products the file leaves out stay on sale unless asked: a cut-off export
    // would otherwise take the catalog off sale without a word.
    MissingProducts missing = MissingProducts::Keep;
    if (context.has(u"deactivate-missing"_s)) {
        missing = MissingProducts::Deactivate;
        if (plan->missingAreMostOfCatalog()) {
            if (!context.has(u"yes"_s) && !dryRun)
                return context.fail(makeError(
                    ErrorKind::Invalid,
                    Tr::tr("The file leaves out %n of the %1 products on sale: more than half "
                           "of the catalog. If that is right, run again with --yes; nothing "
                           "was changed.",
                           nullptr, int(plan->missing.size()))
                        .arg(plan->activeBefore)));
            missing = MissingProducts::DeactivateMostOfCatalog;
        }
    }
    // A price of 0 is allowed (a free item), but only when asked: among
    // ordinary prices it is more often an empty cell in the export.
    if (!plan->warnings.isEmpty() && !context.has(u"yes"_s) && !dryRun) {
        QStringList said;
        for (const ImportProblem& warning : plan->warnings)
            said.append(Tr::tr("  line %1: %2").arg(warning.line).arg(warning.reason));
        return context.fail(
            makeError(ErrorKind::Invalid,
                      Tr::tr("%n product(s) would cost 0:", nullptr, int(plan->warnings.size())) +
                          u'\n' + said.join(u'\n') + u'\n' +
                          Tr::tr("If that is right, run again with --yes; nothing was changed.")));
    }
    if (!dryRun) {
        if (Status s = applyCatalogImport(db, *plan, QFileInfo(path).fileName(), missing); !s)
            return context.fail(s.error());
    }
    const bool deactivating = missing != MissingProducts::Keep;
    const qsizetype deactivatedCount = deactivating ? plan->missing.size() : 0;
    QStringList lines{dryRun ? Tr::tr("Would change (nothing written, --dry-run):")
                             : Tr::tr("Changed:")};
    lines.append(Tr::tr("  new %L1, updated %L2, deactivated %L3, unchanged %L4")
                     .arg(formatNumber(plan->added.size()))
                     .arg(formatNumber(plan->changed.size()))
                     .arg(formatNumber(deactivatedCount))
                     .arg(formatNumber(plan->unchanged)));
    if (!deactivating && !plan->missing.isEmpty())
        lines.append(Tr::tr("  %n product(s) on sale are not in the file and stay on sale; "
                            "--deactivate-missing would take them off sale.",
                            nullptr, int(plan->missing.size())));
    QJsonArray added, changed, deactivated, problems, warnings;
    for (const Product& p : plan->added) {
        added.append(productJson(p));
        lines.append(u"  + %1 %2 %3"_s.arg(p.sku, p.name, formatMoney(p.priceMinor, p.currency)));
    }
    for (const ProductChange& c : plan->changed) {
        // Machine values for scripts: the stable keys of what changes and the
        // product before and after (minor units, plain numbers); the words are
        // for the text output alone.
        changed.append(QJsonObject{{u"sku"_s, c.after.sku},
                                   {u"fields"_s, QJsonArray::fromStringList(c.fields)},
                                   {u"before"_s, productJson(c.before)},
                                   {u"after"_s, productJson(c.after)}});
        lines.append(u"  ~ %1 %2"_s.arg(c.after.sku, c.what.join(u"; "_s)));
    }
    QJsonArray missingSkus;
    for (const Product& p : plan->missing) {
        missingSkus.append(p.sku);
        if (deactivating) {
            deactivated.append(p.sku);
            lines.append(u"  - %1 %2"_s.arg(p.sku, p.name));
        }
    }
    listProblems(plan->warnings, Tr::tr("Look at these (taken as they are):"), warnings, lines);
    listProblems(plan->problems, Tr::tr("Rows that could not be read (they changed nothing):"),
                 problems, lines);
    return context.answer(lines.join(u'\n'), QJsonObject{{u"dry_run"_s, dryRun},
                                                         {u"added"_s, added},
                                                         {u"changed"_s, changed},
                                                         {u"deactivated"_s, deactivated},
                                                         {u"missing"_s, missingSkus},
                                                         {u"unchanged"_s, plan->unchanged},
                                                         {u"problems"_s, problems},
                                                         {u"warnings"_s, warnings}});
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
            Tr::tr("Use: catalog import FILE.csv [--dry-run] [--deactivate-missing [--yes]] | "
                   "catalog list [TEXT]"));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    return sub == u"import" ? catalogImport(context, **db) : catalogList(context, **db);
}

} // namespace kartoteka::cli
