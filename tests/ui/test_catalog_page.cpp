#include "Catch.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "catalog/CatalogPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

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
            shown = dialog->findChild<QPlainTextEdit*>()->toPlainText();
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
