#include "Catch.h"
#include "ReportShop.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "reports/DrillDialog.h"
#include "reports/ReportsPage.h"
#include "reports/ReportView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

QByteArray fromXlsx(const QString& file, const QString& part)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file, part});
    REQUIRE(unzip.waitForFinished(10000));
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

void shoot(QWidget& widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        widget.grab().save(QDir(shots).filePath(name));
}

} // namespace

TEST_CASE("the reports screen counts off the UI thread, follows the period and exports",
          "[ui][reports]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    ReportsPage page(*shop.db);
    page.resize(1280, 820);
    page.show();
    QSignalSpy loaded(&page, &ReportsPage::loaded);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    waitUntil([&] { return !page.isLoading(); });
    loaded.clear();
    REQUIRE(page.dashboard().has_value());

    // The funnel of 2026: A's won and lost deals and C's open one.
    ReportView* funnel = page.view(0);
    QAbstractItemModel* model = funnel->tableView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 7); // five open stages, won, lost
    CHECK(model->index(0, 1).data().toString() == u"3"_s);
    CHECK(funnel->summary().contains(u"<b>3</b>"_s));
    CHECK(page.dashboard()->clients.revenueMinor == 3130);
    shoot(page, u"reports-funnel.png"_s);

    // Another period, other numbers.
    page.setCustomPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(loaded.wait(20000));
    CHECK(page.dashboard()->funnel.deals == 0);
    CHECK(page.dashboard()->clients.revenueMinor == 9570); // E 500, F 70, G 9000
    CHECK(model->index(0, 1).data().toString() == u"0"_s);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(loaded.wait(20000));

    // A row of the funnel lists the deals behind it; one opens.
    QSignalSpy dealAsked(&page, &ReportsPage::dealRequested);
    emit funnel->rowActivated(0, 0);
    DrillDialog* drill = nullptr;
    waitUntil([&] {
        drill = page.findChild<DrillDialog*>();
        return drill && drill->isVisible();
    });
    REQUIRE(drill);
    QTableView* deals = drill->view()->tableView();
    REQUIRE(deals->model()->rowCount() == 1); // C's open deal in the first stage
    CHECK(deals->model()->index(0, 1).data().toString() == u"Царенко"_s);
    emit deals->activated(deals->model()->index(0, 0));
    REQUIRE(dealAsked.count() == 1);
    drill->close();

    // The clients tab's most valuable clients, exported.
    page.tabs()->setCurrentIndex(4);
    ReportView* clients = page.view(4);
    clients->setCurrentTable(3);
    shoot(page, u"reports-clients.png"_s);
    const QString csv = dir.path(u"clients.csv"_s);
    requireOk(clients->exportCsv(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6); // header and five buyers
    const QChar sep = CsvStyle::forSystemLocale().separator;
    // The file's header is the table's, in the language in use.
    const QAbstractItemModel* clientsTable = clients->tableView()->model();
    CHECK(lines[0].startsWith(clientsTable->headerData(0, Qt::Horizontal).toString() + sep +
                              clientsTable->headerData(1, Qt::Horizontal).toString()));
    const QStringList first = lines[1].split(sep);
    CHECK(first.value(0) == u"Царенко"_s);
    CHECK(first.value(1) == QString(u"20"_s + CsvStyle::forSystemLocale().decimal + u"00"_s));
    CHECK(first.value(2) == u"2"_s);

    const QString xlsx = dir.path(u"clients.xlsx"_s);
    requireOk(clients->exportXlsx(xlsx));
    CHECK(QString::fromUtf8(fromXlsx(xlsx, u"xl/sharedStrings.xml"_s)).contains(u"Царенко"_s));
    const QByteArray sheet = fromXlsx(xlsx, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains("<v>20</v>")); // C's value as a number, in UAH
    CHECK(sheet.contains("<v>2</v>"));  // and its two purchases

    const QString png = dir.path(u"clients.png"_s);
    requireOk(clients->exportChartImage(png));
    CHECK(QImage(png).width() >= 900);
    const QString pdf = dir.path(u"clients.pdf"_s);
    requireOk(clients->exportPdf(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    // A write into a folder that is not there says so and leaves nothing.
    const Status refused = clients->exportXlsx(dir.path(u"missing/clients.xlsx"_s));
    CHECK_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Failed);

    // The call list opens a card directly.
    QSignalSpy clientAsked(&page, &ReportsPage::clientRequested);
    page.tabs()->setCurrentIndex(5);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate::currentDate());
    REQUIRE(loaded.wait(20000));
    REQUIRE(page.callList().has_value());
    REQUIRE(page.callList()->drifting.size() >= 1);
    emit page.view(5)->rowActivated(0, 0);
    REQUIRE(clientAsked.count() == 1);
    CHECK(clientAsked.first().first().toLongLong() == page.callList()->drifting.first().clientId);
}

TEST_CASE("the reports screen's exports need the export capability and are audited",
          "[ui][reports][audit]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, u"correct horse 1"_s));
    const Account manager = requireValue(
        accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, u"correct horse 1"_s));
    const Account senior = requireValue(
        accounts.add(u"petro"_s, u"Petro Senior"_s, Role::Senior, u"correct horse 1"_s));
    db->setPrincipal(requireValue(accounts.principalOf(manager.id)));
    ReportsPage page(*db);
    page.show();
    waitUntil([&] { return !page.isLoading(); });
    ReportView* sales = page.view(1);

    const QString csv = dir.path(u"sales.csv"_s);
    const QString pdf = dir.path(u"sales.pdf"_s);
    CHECK(sales->exportCsv(csv).error().kind == ErrorKind::Forbidden);
    CHECK(sales->exportPdf(pdf).error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(QFile::exists(csv));
    CHECK_FALSE(QFile::exists(pdf));

    db->setPrincipal(requireValue(accounts.principalOf(senior.id)));
    requireOk(sales->exportCsv(csv));
    requireOk(sales->exportPdf(pdf));
    db->setPrincipal({});
    AuditFilter filter;
    filter.action = auditAction::kExport;
    const QList<AuditEntry> exports = requireValue(readAudit(*db, filter));
    REQUIRE(exports.size() == 2);
    CHECK(exports.first().userId == senior.id);
    CHECK(exports.first().details.value(u"what"_s).toString() == u"report"_s);
    CHECK_FALSE(exports.first().details.value(u"report"_s).toString().isEmpty());
    CHECK(exports.first().details.value(u"format"_s).toString() == u"pdf"_s);
    CHECK(exports.last().details.value(u"file"_s).toString() == QDir::toNativeSeparators(csv));
}

TEST_CASE("a report export's dialog opens where the last one went, or in Documents or home",
          "[ui][reports]")
{
    PrivateSettings settings;
    // Nothing remembered: never the process's working folder.
    const QString first = ReportView::exportFolder();
    CHECK(QDir(first).exists());
    CHECK((first == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) ||
           first == QDir::homePath()));
    TempDir dir;
    QDir(dir.path()).mkpath(u"exports"_s);
    const QString folder = dir.path(u"exports"_s);
    ReportView::rememberExportFolder(folder + u"/Funnel.xlsx"_s);
    CHECK(ReportView::exportFolder() == QFileInfo(folder).absoluteFilePath());
    // A folder gone since (a USB stick) falls back.
    QDir(folder).removeRecursively();
    CHECK(ReportView::exportFolder() == first);
}
