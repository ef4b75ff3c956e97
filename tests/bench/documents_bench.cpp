// kartoteka_documents_bench: what documents cost.
//   kartoteka_documents_bench [--lines N] [--runs N] [--invoices N] [--dir DIR]
// On a new database with the shop's details filled in: an invoice of --lines
// lines (default 100) drafted and laid out as a PDF --runs times (the
// template filled in, the PDF made: what "Issue" costs before the save), one
// issued; then --invoices invoices of a five-line deal issued one by one, each
// its own transaction, and the database's growth per 1,000 invoices (the PDF
// bytes and the whole file, PRAGMA page_count × page_size).
#include "BenchSupport.h"

#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "documents/Documents.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

qint64 fileBytes(Database& db)
{
    return need(sql::scalar(db.connection(),
                            u"SELECT page_count * page_size FROM pragma_page_count(), "
                            u"pragma_page_size()"_s))
        .toLongLong();
}

Deal dealOf(Database& db, qint64 clientId, int lines)
{
    Deal deal;
    deal.clientId = clientId;
    deal.title = u"Ремонт квартири, вул. Садова 12"_s;
    for (int i = 1; i <= lines; ++i) {
        DealItem item;
        item.name = u"Плитка керамічна «Мармур» 30×60, партія %1"_s.arg(i);
        item.quantity = 1 + i % 7;
        item.priceMinor = 100 * (150 + i * 13);
        item.discountPercent = i % 10 == 0 ? 5 : 0;
        deal.items.append(item);
    }
    need(DealRepository(db).create(deal));
    return deal;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"kartoteka.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"lines"_s, u"Lines of the long invoice."_s, u"N"_s, u"100"_s});
    parser.addOption({u"runs"_s, u"Times the long invoice is laid out."_s, u"N"_s, u"20"_s});
    parser.addOption(
        {u"invoices"_s, u"Invoices issued for the storage figure."_s, u"N"_s, u"1000"_s});
    parser.addOption(
        {u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int lines = std::max(1, parser.value(u"lines"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int invoices = std::max(1, parser.value(u"invoices"_s).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    const QString path = QDir(dir).filePath(u"documents-bench.sqlite"_s);
    QFile::remove(path);
    auto db = need(openDatabase({path, ModeChoice::Local, true}));

    ShopProfile profile;
    profile.name = u"Будмайстер"_s;
    need(saveShopProfile(*db, profile));
    ShopDetails details;
    details.legalForm = u"ТОВ"_s;
    details.taxId = u"38123450"_s;
    details.vatPayer = true;
    details.iban = u"UA213223130000026007233566001"_s;
    details.bank = u"АТ «Укрексімбанк»"_s;
    details.address = u"м. Київ, вул. Хрещатик, 1"_s;
    need(saveShopDetails(*db, details));
    Client client;
    client.kind = ClientKind::Company;
    client.companyName = u"ТОВ «Граніт-Схід»"_s;
    client.taxId = u"41234567"_s;
    need(ClientRepository(*db).create(client));

    const Deal big = dealOf(*db, client.id, lines);
    std::vector<double> draftMs, pdfMs, totalMs;
    qint64 bigPdf = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const DocumentDraft draft = need(draftDocument(*db, {u"invoice.uk"_s, big.id, 0, {}}));
        draftMs.push_back(elapsedMs(t));
        QElapsedTimer p;
        p.start();
        bigPdf = need(draftPdf(draft)).size();
        pdfMs.push_back(elapsedMs(p));
        totalMs.push_back(elapsedMs(t));
    }
    const Stats draft = stats(draftMs), pdf = stats(pdfMs), total = stats(totalMs);
    std::printf(
        "invoice of %d lines: data read and template filled %.1f ms median (p95 %.1f), PDF laid "
        "out %.1f ms median (p95 %.1f), both %.1f ms median (p95 %.1f, max %.1f) over %d runs; "
        "PDF %.1f KB\n",
        lines, draft.median, draft.p95, pdf.median, pdf.p95, total.median, total.p95, total.max,
        runs, double(bigPdf) / 1024.0);
    {
        DocumentDraft once = need(draftDocument(*db, {u"invoice.uk"_s, big.id, 0, {}}));
        QElapsedTimer t;
        t.start();
        need(issueDocument(*db, once));
        std::printf("invoice of %d lines issued (PDF made, number taken, kept): %.1f ms\n", lines,
                    elapsedMs(t));
    }

    const Deal usual = dealOf(*db, client.id, 5);
    const qint64 before = fileBytes(*db);
    std::vector<double> issueMs;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < invoices; ++i) {
        QElapsedTimer t;
        t.start();
        DocumentDraft d = need(draftDocument(*db, {u"invoice.uk"_s, usual.id, 0, {}}));
        need(issueDocument(*db, d));
        issueMs.push_back(elapsedMs(t));
    }
    const double seconds = elapsedMs(all) / 1000.0;
    const qint64 after = fileBytes(*db);
    const qint64 pdfBytes =
        need(sql::scalar(db->connection(),
                         u"SELECT sum(pdf_bytes) FROM documents WHERE deal_id = ?"_s, {usual.id}))
            .toLongLong();
    const Stats issue = stats(issueMs);
    const double perThousand = 1000.0 / invoices;
    std::printf(
        "%d five-line invoices issued one by one in %.1f s: %.1f ms median each (p95 %.1f)\n",
        invoices, seconds, issue.median, issue.p95);
    std::printf(
        "storage per 1,000 invoices: PDFs %.2f MB (%.1f KB each), database file grew %.2f MB\n",
        double(pdfBytes) * perThousand / 1048576.0, double(pdfBytes) / invoices / 1024.0,
        double(after - before) * perThousand / 1048576.0);
    return 0;
}
