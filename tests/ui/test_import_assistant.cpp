#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/ExportClientsDialog.h"
#include "clients/ImportAssistant.h"
#include "clients/ImportHistoryDialog.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

qint64 clientCount(Database& db)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM clients"_s))
        .toLongLong();
}

// Picks the entry of `box` whose data is `data`, as a click would.
void choose(QComboBox* box, const QVariant& data)
{
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

void shoot(QWidget& widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(shots).filePath(name + u".png"_s));
}

} // namespace

TEST_CASE("the import assistant takes a file through columns and a preview into the base",
          "[ui][import]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Client existing;
    existing.lastName = u"Коваль"_s;
    existing.firstName = u"Іван"_s;
    existing.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).create(existing));
    const QString file = dir.path(u"клієнти.csv"_s);
    writeFile(file, u"Список клієнтів магазину\r\n"
                    u"ПІБ;Моб. телефон;Ел. пошта;Статус;Адреса\r\n"
                    u"Петренко Олена Іванівна;067 111 22 33;olena@example.com;VIP;Київ\r\n"
                    u"Коваль Іван;0501234567;ivan@example.com;;Львів\r\n"
                    u"Сидоренко Ганна;12;ganna(at)example;VIP;\r\n"_s.toUtf8());

    ImportAssistant assistant(*db);
    assistant.resize(1366 * 3 / 4, 768 * 3 / 4);
    assistant.show();
    assistant.openFile(file);
    REQUIRE(waitUntil([&] { return !assistant.isBusy() && assistant.nextButton()->isEnabled(); },
                      10000));
    shoot(assistant, u"import-1-file"_s);

    assistant.nextButton()->click();
    REQUIRE(assistant.page() == ImportAssistant::ColumnsPage);
    QTableWidget* columns = assistant.columnsTable();
    REQUIRE(columns->rowCount() == 5);
    auto target = [&](int row) {
        return qobject_cast<QComboBox*>(columns->cellWidget(row, 2))->currentData().toString();
    };
    CHECK(target(0) == u"full_name"_s);
    CHECK(target(1) == u"phone"_s);
    CHECK(target(2) == u"email"_s);
    CHECK(target(3) == u"status"_s);
    CHECK(target(4) == u"address"_s);
    shoot(assistant, u"import-2-columns"_s);

    assistant.nextButton()->click();
    REQUIRE(assistant.page() == ImportAssistant::PreviewPage);
    REQUIRE(waitUntil([&] { return !assistant.isBusy(); }, 10000));
    QTableWidget* preview = assistant.previewTable();
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(0, 1)->text() == u"Петренко Олена Іванівна"_s);
    CHECK(preview->item(1, 4)->text() == u"Коваль Іван"_s); // the same phone as a stored client
    CHECK_FALSE(preview->item(2, 3)->text().isEmpty());     // its problems, said
    // "VIP" is not in the statuses: nothing is imported until the person chooses.
    REQUIRE(assistant.valuesTable()->rowCount() == 1);
    CHECK_FALSE(assistant.nextButton()->isEnabled());
    shoot(assistant, u"import-3-preview"_s);

    choose(qobject_cast<QComboBox*>(assistant.valuesTable()->cellWidget(0, 3)), u"+"_s);
    choose(assistant.duplicateChoice(), int(DuplicateAction::Fill));
    REQUIRE(waitUntil([&] { return !assistant.isBusy() && assistant.nextButton()->isEnabled(); },
                      10000));
    assistant.nextButton()->click();
    REQUIRE(waitUntil([&] { return assistant.report().has_value(); }, 20000));
    CHECK(assistant.page() == ImportAssistant::ResultPage);
    CHECK(assistant.report()->added == 2);
    CHECK(assistant.report()->updated == 1);
    CHECK(clientCount(*db) == 3);
    shoot(assistant, u"import-4-result"_s);

    // The history lists it, and undoes it.
    ImportHistoryDialog history(*db);
    REQUIRE(history.table()->rowCount() == 1);
    history.table()->selectRow(0);
    REQUIRE(history.undoSelected(false));
    CHECK(clientCount(*db) == 1);
    CHECK(requireValue(ClientRepository(*db).load(existing.id)).emails.isEmpty());
}

TEST_CASE("the client list exports every client to the format its file name says", "[ui][import]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    for (const QString& name : {u"Коваль"_s, u"Бондар"_s}) {
        Client c;
        c.lastName = name;
        requireOk(ClientRepository(*db).create(c));
    }
    ClientsPage page(*db);
    const QString csv = dir.path(u"clients.csv"_s);
    CHECK(requireValue(page.exportClientsTo(csv)).rows == 2);
    CHECK(fileBytes(csv).contains(u"Коваль"_s.toUtf8()));
    const QString vcf = dir.path(u"clients.vcf"_s);
    requireValue(page.exportClientsTo(vcf));
    CHECK(fileBytes(vcf).count("BEGIN:VCARD") == 2);
}

TEST_CASE("the export asks which clients and columns: those the list shows, or all",
          "[ui][import][export]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    for (const QString& name : {u"Коваль"_s, u"Ковальчук"_s, u"Бондар"_s}) {
        Client c;
        c.lastName = name;
        c.phones.append({{}, u"050 123 45 6"_s + QString::number(name.size()), {}});
        requireOk(ClientRepository(*db).create(c));
    }
    ClientListQuery shown;
    shown.search = u"Ковал"_s;
    ExportClientsDialog nothingNarrowed({}, ClientListQuery{}, false);
    CHECK_FALSE(nothingNarrowed.shownOnly()->isEnabled());
    ExportClientsDialog dialog({}, shown, true);
    dialog.resize(520, 600);
    dialog.show();
    shoot(dialog, u"export-choice"_s);
    REQUIRE(dialog.shownOnly()->isChecked());
    for (int i = 0; i < dialog.columns()->count(); ++i) {
        QListWidgetItem* item = dialog.columns()->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        item->setCheckState(key == u"name"_s || key == u"phones"_s ? Qt::Checked : Qt::Unchecked);
    }
    const ClientExportOptions options = dialog.options();
    CHECK(options.columns == QStringList{u"name"_s, u"phones"_s});
    ClientsPage page(*db);
    const QString csv = dir.path(u"shown.csv"_s);
    CHECK(requireValue(page.exportClientsTo(csv, options)).rows == 2);
    const QByteArray bytes = fileBytes(csv);
    CHECK_FALSE(bytes.contains(u"Бондар"_s.toUtf8()));
    const QByteArray header = bytes.split('\n').first();
    CHECK(header.count(';') + header.count(',') == 1); // the locale's separator
}
