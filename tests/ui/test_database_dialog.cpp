#include "Catch.h"
#include "TestSupport.h"

#include "main/DatabaseDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::ui;

TEST_CASE("the database dialog returns the path and the chosen mode", "[ui][main]")
{
    DatabaseDialog dialog(DatabaseDialog::Purpose::Open,
                          {u"/srv/shop/kartoteka.sqlite"_s, ModeChoice::Automatic});
    dialog.show();
    auto* path = dialog.findChild<QLineEdit*>();
    auto* mode = dialog.findChild<QComboBox*>();
    REQUIRE(path);
    REQUIRE(mode);
    CHECK(mode->count() == 3);
    CHECK(dialog.location().mode == ModeChoice::Automatic);

    path->setText(u"  //server/магазин/картотека.sqlite "_s);
    mode->setCurrentIndex(mode->findData(int(ModeChoice::Shared)));
    CHECK(dialog.location().path == u"//server/магазин/картотека.sqlite"_s);
    CHECK(dialog.location().mode == ModeChoice::Shared);

    // For looking at it: KARTOTEKA_SCREENSHOTS=/some/dir saves a picture.
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    QCoreApplication::processEvents(); // lets the layout fit the longer hint
    CHECK(dialog.height() >= dialog.minimumSizeHint().height());
    if (!shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(u"database-dialog.png"_s));
}

TEST_CASE("the database dialog sends a server's address to Connect to a server instead of "
          "looking for a file",
          "[ui][main][server]")
{
    DatabaseDialog dialog(DatabaseDialog::Purpose::Open, {});
    dialog.show();
    dialog.findChild<QLineEdit*>()->setText(u"postgresql://server/shop"_s);
    bool warned = false;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        warned = box->text().contains(u"postgresql://server/shop"_s);
        box->accept();
    });
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(warned);
    CHECK(dialog.result() != QDialog::Accepted);
}

#include "clients/ClientForm.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "demo/DemoData.h"

TEST_CASE("the client form fits its fields with long Cyrillic values", "[ui][clients][look]")
{
    kartoteka::test::TempDir dir;
    auto db = kartoteka::test::openTestDatabase(dir.path(u"shop.sqlite"_s));
    kartoteka::test::requireValue(kartoteka::generateDemo(*db, {50, 3}));
    CustomFieldRepository fields(*db);
    CustomField style{0, 0, u"Стиль інтер'єру"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}};
    kartoteka::test::requireOk(fields.create(style));
    ClientRepository repo(*db);
    Client c = kartoteka::test::requireValue(repo.load(7));
    c.lastName = u"Гнатюк-Венгриновська"_s;
    c.firstName = u"Олександра"_s;
    c.middleName = u"Вікторівна"_s;
    ClientForm form(*db, repo, c);
    form.show();
    QCoreApplication::processEvents();
    CHECK(form.width() >= form.minimumSizeHint().width());
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        form.grab().save(QDir(shots).filePath(u"client-form.png"_s));
}

#include "clients/ClientFilterBar.h"
#include "clients/ClientsPage.h"

#include <QPushButton>

TEST_CASE("the filter bar fits beside the list", "[ui][clients][look]")
{
    kartoteka::test::TempDir dir;
    auto db = kartoteka::test::openTestDatabase(dir.path(u"shop.sqlite"_s));
    kartoteka::test::requireValue(kartoteka::generateDemo(*db, {300, 5}));
    CustomFieldRepository fields(*db);
    CustomField style{0, 0, u"Стиль інтер'єру"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}};
    kartoteka::test::requireOk(fields.create(style));
    kartoteka::ui::ClientsPage page(*db);
    page.resize(1240, 720);
    page.show();
    page.findChild<QPushButton*>(u"filters"_s)->click();
    QCoreApplication::processEvents();
    CHECK(page.filterBar()->isVisible());
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        page.grab().save(QDir(shots).filePath(u"clients-filters.png"_s));
}
