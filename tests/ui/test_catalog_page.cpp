#include "Catch.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "catalog/CatalogPage.h"
#include "language/Formats.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

QString previewText(QDialog* dialog)
{
    QStringList lines;
    const QAbstractItemModel* model =
        dialog->findChild<QListView*>(u"importPreviewLines"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->index(row, 0).data().toString());
    return lines.join(u'\n');
}

QDialog* waitForPreview()
{
    // The preview, not the progress window that may come before it.
    auto preview = [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        return dialog && dialog->findChild<QListView*>(u"importPreviewLines"_s) ? dialog : nullptr;
    };
    waitUntil([&preview] { return preview() != nullptr; }, 20000);
    return preview();
}

// Acts on the preview once it shows, polling rather than waiting inside a
// callback (the import opens the preview from its own event loop).
void onPreview(const std::function<void(QDialog*)>& act)
{
    auto* timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->findChild<QListView*>(u"importPreviewLines"_s))
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

// A shop with three products on sale.
void threeProducts(Database& db)
{
    requireOk(applyCatalogImport(
        db, requireValue(planCatalogImport(db, "sku;name;price;vat\nT-1;Tile;450;20\n"
                                               "T-2;Wood;990;20\nG-1;Grout;85;20\n"))));
}

} // namespace

TEST_CASE("the catalog import shows its preview and applies only when agreed", "[ui][catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CatalogPage page(*db);
    page.resize(1000, 600);
    page.show();
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CatalogImportPlan plan = requireValue(planCatalogImport(
        *db, "Артикул;Назва;Ціна;Од.\nT-1;Плитка Мармур 30x60;450;м2\nT-2;Клей;x;кг\n"));

    QString shown;
    auto answer = [&shown](bool apply) {
        QTimer::singleShot(0, [&shown, apply] {
            waitUntil([] {
                return qobject_cast<QDialog*>(QApplication::activeModalWidget()) != nullptr;
            });
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            shown = previewText(dialog);
            if (apply)
                dialog->accept();
            else
                dialog->reject();
        });
    };
    answer(false);
    CHECK_FALSE(page.previewAndApply(plan, u"export.csv"_s));
    CHECK(shown.contains(shownText("kartoteka::ui::CatalogPage", "+ new: %1 %2, %3")
                             .section(u"%3"_s, 0, 0)
                             .arg(u"T-1"_s, u"Плитка Мармур 30x60"_s)));
    CHECK(shown.contains(shownText("kartoteka::ui::CatalogPage", "! line %1 not read: %2")
                             .section(u"%2"_s, 0, 0)
                             .arg(3)));
    CHECK(page.model()->rowCount() == 0);

    answer(true);
    CHECK(page.previewAndApply(plan, u"export.csv"_s));
    CHECK(page.model()->rowCount() == 1);
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        page.grab().save(QDir(shots).filePath(u"catalog.png"_s));
}

TEST_CASE("Enter in the catalog preview applies nothing, Ctrl+Enter applies", "[ui][catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CatalogPage page(*db);
    page.show();
    const CatalogImportPlan plan =
        requireValue(planCatalogImport(*db, "sku;name;price\nT-1;Tile;450\n"));
    bool stillOpen = false;
    QTimer::singleShot(0, [&] {
        QDialog* dialog = waitForPreview();
        // Where a person's Enter goes: the focused widget, then the dialog.
        QWidget* focused = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(focused, Qt::Key_Return);
        QTest::keyClick(focused, Qt::Key_Enter);
        QTest::keyClick(dialog, Qt::Key_Return);
        QApplication::processEvents();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    CHECK_FALSE(page.previewAndApply(plan, u"export.csv"_s));
    CHECK(stillOpen);
    CHECK(page.model()->rowCount() == 0);

    QTimer::singleShot(0, [] {
        QDialog* dialog = waitForPreview();
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return,
                        Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->reject(); // fails below rather than hanging
    });
    CHECK(page.previewAndApply(plan, u"export.csv"_s));
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("the catalog preview takes missing products off sale only when ticked", "[ui][catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    threeProducts(*db);
    CatalogPage page(*db);
    page.show();
    // One row of three: deactivating would take most of the catalog off sale.
    const CatalogImportPlan plan =
        requireValue(planCatalogImport(*db, "sku;name;price\nT-1;Tile;470\n"));
    bool tickedAtFirst = true;
    QTimer::singleShot(0, [&] {
        QDialog* dialog = waitForPreview();
        tickedAtFirst = dialog->findChild<QCheckBox*>(u"deactivateMissing"_s)->isChecked();
        dialog->findChild<QPushButton*>(u"importPreviewApply"_s)->click();
    });
    CHECK(page.previewAndApply(plan, u"export.csv"_s));
    CHECK_FALSE(tickedAtFirst);
    CHECK(page.model()->rowCount() == 3); // price changed, nothing taken off sale

    // Ticked: asked a second time; "keep" leaves the preview open and changes nothing.
    const CatalogImportPlan again =
        requireValue(planCatalogImport(*db, "sku;name;price\nT-1;Tile;480\n"));
    int asked = 0;
    bool tickedAfterKeep = true;
    QString summaryKept, summaryTicked, summaryAfterKeep;
    QTimer::singleShot(0, [&] {
        QDialog* dialog = waitForPreview();
        auto* box = dialog->findChild<QCheckBox*>(u"deactivateMissing"_s);
        auto* summary = dialog->findChild<QLabel*>(u"importPreviewSummary"_s);
        summaryKept = summary->text();
        box->setChecked(true);
        summaryTicked = summary->text();
        auto* apply = dialog->findChild<QPushButton*>(u"importPreviewApply"_s);
        auto answer = [&asked](bool yes) {
            QTimer::singleShot(0, [&asked, yes] {
                waitUntil([] {
                    return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr;
                });
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                ++asked;
                for (QAbstractButton* b : box->buttons()) {
                    if (box->buttonRole(b) ==
                        (yes ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                        b->click();
                }
            });
        };
        answer(false);
        apply->click();
        CHECK(dialog->isVisible());
        // "Keep them on sale": the box unticked, the counts as for keeping.
        tickedAfterKeep = box->isChecked();
        summaryAfterKeep = summary->text();
        box->setChecked(true);
        answer(true);
        apply->click();
    });
    CHECK(page.previewAndApply(again, u"export.csv"_s));
    CHECK(asked == 2);
    CHECK_FALSE(tickedAfterKeep);
    CHECK(summaryTicked != summaryKept);
    CHECK(summaryAfterKeep == summaryKept);
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("the catalog preview writes prices as money and ends the missing names' sentence",
          "[ui][catalog]")
{
    LanguageGuard ukrainian(Language::Ukrainian);
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    threeProducts(*db);
    CatalogPage page(*db);
    page.show();
    const CatalogImportPlan plan =
        requireValue(planCatalogImport(*db, "sku;name;price\nT-1;Tile;1250.50\n"));
    REQUIRE(plan.changed.size() == 1);
    const QString currency = plan.changed.first().before.currency;
    QString lines, missing;
    QTimer::singleShot(0, [&] {
        QDialog* dialog = waitForPreview();
        lines = previewText(dialog);
        missing = dialog->findChild<QLabel*>(u"importPreviewMissing"_s)->text();
        dialog->reject();
    });
    CHECK_FALSE(page.previewAndApply(plan, u"export.csv"_s));
    INFO(lines.toStdString());
    CHECK(lines.contains(formatMoney(45000, currency) + u" → "_s + formatMoney(125050, currency)));
    INFO(missing.toStdString());
    // The last name shown, then a full stop, then the next sentence.
    const Product& last = plan.missing.last();
    CHECK(missing.contains(u"%1 %2. "_s.arg(last.sku, last.name)));
}

TEST_CASE("the catalog preview and list never lay out unbounded text", "[ui][catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CatalogPage page(*db);
    page.resize(1366, 700);
    page.show();
    const QString csv = dir.path(u"broken.csv"_s);
    // The trial's rows: a 5-million-character SKU and a 200,000-character name.
    writeFile(csv, "sku;name;price\n" + QByteArray(5'000'000, 'A') + ";Tile;450\nT-2;" +
                       QByteArray(200'000, 'N') + ";10\nT-3;Glue;85\n");
    QString shown;
    onPreview([&shown](QDialog* dialog) {
        shown = previewText(dialog);
        dialog->findChild<QPushButton*>(u"importPreviewApply"_s)->click();
    });
    QElapsedTimer clock;
    clock.start();
    CHECK(page.importPath(csv));
    CHECK(clock.elapsed() < 5000); // froze for minutes before
    CHECK(shown.size() < 2000);
    CHECK(shown.contains(shownText("kartoteka::ui::CatalogPage", "! line %1 not read: %2")
                             .section(u"%2"_s, 0, 0)
                             .arg(2)));
    REQUIRE(page.model()->rowCount() == 1);
    // No VAT column: the rate is unknown, shown as a dash rather than "0 %".
    CHECK(page.model()->index(0, ProductListModel::Vat).data().toString() == u"—"_s);
}

TEST_CASE("reading a big catalog file keeps the window alive and can be cancelled", "[ui][catalog]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CatalogPage page(*db);
    page.show();
    const QString csv = dir.path(u"big.csv"_s);
    QByteArray bytes = "sku;name;unit;price;category;vat;stock\n";
    for (int i = 0; i < 300'000; ++i)
        bytes += "SKU-" + QByteArray::number(i) +
                 ";Плитка керамічна настінна 30x60 сіра матова;м2;450,00;Плитка;20;15\n";
    writeFile(csv, bytes);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    QTimer answer; // polls: the import waits in an event loop of its own
    QObject::connect(&answer, &QTimer::timeout, [] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* progress = qobject_cast<QProgressDialog*>(modal);
            progress && progress->isVisible())
            progress->cancel();
        else if (auto* preview = qobject_cast<QDialog*>(modal))
            preview->reject(); // read too fast to cancel: the CHECKs below say so
    });
    answer.start(50);
    CHECK_FALSE(page.importPath(csv));
    CHECK(ticks > 5); // the window's events ran while the file was read
    CHECK(page.model()->rowCount() == 0);
}
