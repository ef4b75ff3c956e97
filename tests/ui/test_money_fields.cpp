#include "Catch.h"
#include "ReportShop.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionDialog.h"
#include "deals/DealDialog.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "money/MoneyEdit.h"
#include "reports/ReportsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

void retype(MoneyEdit* edit, const QString& text)
{
    edit->lineEdit()->clear();
    edit->lineEdit()->insert(text); // as typed: textEdited, then editingFinished on leaving
    emit edit->lineEdit()->editingFinished();
}

// The message under a money field, when one is shown.
QString problemShown(MoneyEdit* edit)
{
    for (QLabel* label : edit->findChildren<QLabel*>()) {
        if (label->isVisibleTo(edit) && label->wordWrap())
            return label->text();
    }
    return {};
}

} // namespace

TEST_CASE("a purchase typed as 1e3 is refused in the form, not saved as 13.00", "[ui][money]")
{
    Interaction purchase;
    purchase.clientId = 1;
    purchase.kind = InteractionKind::Purchase;
    InteractionDialog dialog(purchase, u"UAH"_s);
    dialog.show();
    auto* amount = dialog.findChild<MoneyEdit*>();
    REQUIRE(amount);
    for (const QString& typo :
         {u"1e3"_s, u"12abc"_s, u"0x10"_s, u"1.2.3"_s, u"nan"_s, u"90000000000000000"_s, u""_s}) {
        INFO(typo.toStdString());
        retype(amount, typo);
        dialog.accept();
        CHECK(dialog.isVisible()); // still open, with the reason under the field
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(problemShown(amount).isEmpty());
    }
    retype(amount, u"1 250,50"_s);
    CHECK(problemShown(amount).isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.entry().amountMinor == 125050);
    CHECK(dialog.entry().currency == u"UAH"_s);
}

TEST_CASE("the deal form and its lines read amounts with the same parser", "[ui][money]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    Client c;
    c.lastName = u"Грошовий"_s;
    c.firstName = u"Тест"_s;
    requireOk(clients.create(c));
    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.clientId = c.id;
    deal.pipelineId = pipeline.id;
    deal.title = u"Плитка"_s;
    deal.amountMinor = 100000;
    requireOk(deals.create(deal));

    DealDialog dialog(*db, deals, clients, deal, pipeline);
    auto* amount = dialog.findChild<MoneyEdit*>();
    REQUIRE(amount);
    retype(amount, u"1e3"_s);
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(problemShown(amount).isEmpty());
    CHECK(requireValue(deals.load(deal.id)).amountMinor == 100000);
    retype(amount, u"2 500,5"_s);
    REQUIRE(dialog.save());
    CHECK(requireValue(deals.load(deal.id)).amountMinor == 250050);

    DealItemsModel lines({{0, u"Плитка"_s, 2, 45000, 0}}, u"UAH"_s);
    const QModelIndex price = lines.index(0, DealItemsModel::Price);
    for (const QString& typo : {u"1e3"_s, u"12abc"_s, u"inf"_s, u"-5"_s, u"90000000000000000"_s})
        CHECK_FALSE(lines.setData(price, typo));
    CHECK_FALSE(lines.setData(price, 1e300));
    CHECK_FALSE(lines.setData(lines.index(0, DealItemsModel::Quantity), u"1e3"_s));
    CHECK_FALSE(lines.setData(lines.index(0, DealItemsModel::Quantity), u"nan"_s));
    CHECK(lines.totalMinor() == 90000);
    CHECK(lines.setData(price, u"1 250,50"_s));
    CHECK(lines.setData(lines.index(0, DealItemsModel::Quantity), u"3"_s));
    CHECK(lines.totalMinor() == 375150);
}

TEST_CASE("a custom report period beyond the limit is an error at once, not a runaway count",
          "[ui][money][reports]")
{
    TempDir dir;
    Shop shop = makeShop(dir.path(u"shop.sqlite"_s));
    ReportsPage page(*shop.db);
    page.show();
    QSignalSpy loaded(&page, &ReportsPage::loaded);
    page.setCustomPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    waitUntil([&] { return !page.isLoading(); });

    // The date fields stop at the years reports cover; more than 50 years is refused.
    page.setCustomPeriod(QDate(1, 1, 1), QDate(9999, 12, 31));
    QLabel* error = nullptr;
    auto errorShown = [&] {
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->isVisible() && label->styleSheet().contains(u"b00020"_s))
                error = label;
        }
        return error != nullptr;
    };
    REQUIRE(waitUntil(errorShown, 10000));
    CHECK_FALSE(error->text().isEmpty());
}
