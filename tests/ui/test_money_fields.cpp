#include "Catch.h"
#include "ReportShop.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionDialog.h"
#include "deals/DealDialog.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "money/Money.h"
#include "money/MoneyEdit.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsPage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QSet>
#include <QValueAxis>

#include <cmath>
#include <memory>

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

// The currency label beside a money field.
QString currencyShown(MoneyEdit* edit)
{
    for (QLabel* label : edit->findChildren<QLabel*>()) {
        if (!label->wordWrap())
            return label->text();
    }
    return {};
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

TEST_CASE("a refused value in a deal line stays in its cell with the parser's message",
          "[ui][money][deals]")
{
    LanguageGuard ukrainian(Language::Ukrainian); // the trial's shop: "1,250" in Ціна
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
    deal.items = {{0, u"Плитка"_s, 2, 45000, 0}};
    requireOk(deals.create(deal));

    DealDialog dialog(*db, deals, clients, requireValue(deals.load(deal.id)), pipeline);
    dialog.show();
    auto* view = dialog.findChild<QTableView*>(u"items"_s);
    auto* message = dialog.findChild<QLabel*>(u"itemsMessage"_s);
    REQUIRE(view);
    REQUIRE(message);
    auto* model = qobject_cast<DealItemsModel*>(view->model());
    REQUIRE(model);
    auto open = [&](int column) {
        const QModelIndex index = model->index(0, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QPointer<QLineEdit> editor = view->findChild<QLineEdit*>(u"itemCellEditor"_s);
        REQUIRE(editor);
        editor->selectAll();
        return editor;
    };
    auto settle = [] {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    };

    for (const QString& typed : {u"1,250"_s, u"12,3,4"_s}) {
        QPointer<QLineEdit> editor = open(DealItemsModel::Price);
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        INFO(typed.toStdString());
        REQUIRE(editor); // still in edit, on what was typed
        CHECK(editor->text() == typed);
        CHECK(model->items().first().priceMinor == 45000);
        CHECK(message->isVisibleTo(&dialog));
        CHECK(message->text() == parseMoney(typed).error().message);
        CHECK_FALSE(dialog.save()); // never saved with the old price or 0
        CHECK(requireValue(deals.load(deal.id)).items.first().priceMinor == 45000);
        QTest::keyClick(editor, Qt::Key_Escape);
        settle();
        CHECK_FALSE(message->isVisibleTo(&dialog));
    }

    // Leaving the cell by clicking another one: it opens again on the typed text.
    {
        QPointer<QLineEdit> editor = open(DealItemsModel::Price);
        QTest::keyClicks(editor, u"1,250"_s);
        view->setCurrentIndex(model->index(0, DealItemsModel::Name));
        settle();
        QLineEdit* again = view->findChild<QLineEdit*>(u"itemCellEditor"_s);
        REQUIRE(again);
        CHECK(again->text() == u"1,250"_s);
        CHECK(message->text() == parseMoney(u"1,250"_s).error().message);
        CHECK(model->items().first().priceMinor == 45000);
        CHECK_FALSE(dialog.save());
        QTest::keyClick(again, Qt::Key_Escape);
        settle();
    }

    // Quantity and discount: the same reader, and their own limits.
    for (const auto& [column, typed] : {std::pair{int(DealItemsModel::Quantity), u"1,250"_s},
                                        std::pair{int(DealItemsModel::Quantity), u"0"_s},
                                        std::pair{int(DealItemsModel::Discount), u"12,3,4"_s},
                                        std::pair{int(DealItemsModel::Discount), u"150"_s}}) {
        QPointer<QLineEdit> editor = open(column);
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        INFO(typed.toStdString());
        REQUIRE(editor);
        CHECK(message->text() == model->checkText(column, typed).error().message);
        CHECK_FALSE(message->text().isEmpty());
        CHECK(model->items().first().quantity == 2);
        CHECK(model->items().first().discountPercent == 0);
        QTest::keyClick(editor, Qt::Key_Escape);
        settle();
    }
    const Result<double> plain = parsePlainNumber(u"1,250"_s);
    REQUIRE_FALSE(plain);
    CHECK(model->checkText(DealItemsModel::Quantity, u"1,250"_s).error().message ==
          plain.error().message);

    // A value the reader takes is stored and the deal saves.
    QPointer<QLineEdit> editor = open(DealItemsModel::Price);
    QTest::keyClicks(editor, u"1 250,50"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    CHECK_FALSE(editor);
    CHECK_FALSE(message->isVisibleTo(&dialog));
    CHECK(model->items().first().priceMinor == 125050);
    REQUIRE(dialog.save());
    CHECK(requireValue(deals.load(deal.id)).items.first().priceMinor == 125050);
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

TEST_CASE("1,250 typed in the purchase form is refused in every language, not stored as 1,25",
          "[ui][money]")
{
    for (Language language : {Language::Ukrainian, Language::Russian, Language::English}) {
        LanguageGuard guard(language);
        INFO(int(language));
        Interaction purchase;
        purchase.clientId = 1;
        purchase.kind = InteractionKind::Purchase;
        InteractionDialog dialog(purchase, u"UAH"_s);
        dialog.show();
        auto* amount = dialog.findChild<MoneyEdit*>();
        REQUIRE(amount);
        for (const QString& ambiguous : {u"1,250"_s, u"1.250"_s, u"12,500"_s}) {
            retype(amount, ambiguous);
            dialog.accept();
            CHECK(dialog.result() != QDialog::Accepted);
            CHECK(readMoney(ambiguous).problem == MoneyProblem::Ambiguous);
            // Both readings are offered; the whole one is written without a separator.
            CHECK(problemShown(amount).contains(QString(ambiguous).remove(u',').remove(u'.')));
        }
        retype(amount, u"1250"_s);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.entry().amountMinor == 125000);
    }
}

TEST_CASE("the purchase and deal forms show the currency as the language writes it, not UAH",
          "[ui][money]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    Client c;
    c.lastName = u"Грошовий"_s;
    requireOk(clients.create(c));
    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.clientId = c.id;
    deal.pipelineId = pipeline.id;
    deal.title = u"Плитка"_s;
    requireOk(deals.create(deal));
    for (Language language : {Language::Ukrainian, Language::Russian, Language::English}) {
        LanguageGuard guard(language);
        INFO(int(language));
        Interaction purchase;
        purchase.clientId = c.id;
        purchase.kind = InteractionKind::Purchase;
        InteractionDialog purchaseForm(purchase, u"UAH"_s);
        auto* purchaseAmount = purchaseForm.findChild<MoneyEdit*>();
        REQUIRE(purchaseAmount);
        CHECK(currencyShown(purchaseAmount) == currencySign(u"UAH"_s));
        CHECK(currencyShown(purchaseAmount) != u"UAH"_s);
        CHECK(purchaseAmount->currency() == u"UAH"_s); // what is stored stays the code
        retype(purchaseAmount, u"10"_s);
        purchaseForm.accept();
        CHECK(purchaseForm.entry().currency == u"UAH"_s);

        DealDialog dealForm(*db, deals, clients, requireValue(deals.load(deal.id)), pipeline);
        auto* dealAmount = dealForm.findChild<MoneyEdit*>();
        REQUIRE(dealAmount);
        CHECK(currencyShown(dealAmount) == currencySign(u"UAH"_s));
        CHECK(currencyShown(dealAmount) != u"UAH"_s);
    }
    LanguageGuard ukrainian(Language::Ukrainian);
    CHECK(currencySign(u"UAH"_s) == u"грн"_s);
}

namespace {

// The labels a value axis draws: its ticks written with its format.
QStringList tickLabels(const QValueAxis* axis)
{
    QStringList labels;
    for (int i = 0; i < axis->tickCount(); ++i) {
        const double value =
            axis->min() + (axis->max() - axis->min()) * i / (axis->tickCount() - 1);
        labels << QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
    }
    return labels;
}

QValueAxis* verticalAxis(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        if (auto* values = qobject_cast<QValueAxis*>(axis))
            return values;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the sales chart's axis never repeats a label, and says when there is nothing",
          "[ui][money][reports]")
{
    SalesReport empty;
    empty.currency = u"UAH"_s;
    for (int month = 1; month <= 6; ++month)
        empty.rows.append(SalesRow{QDate(2026, month, 1)});
    std::unique_ptr<QChart> chart(salesChart(empty, SalesBucket::Month, {}));
    QValueAxis* axis = verticalAxis(chart.get());
    REQUIRE(axis);
    CHECK(axis->min() == 0);
    CHECK(axis->max() >= 1);
    QStringList labels = tickLabels(axis);
    CHECK(labels.size() >= 2);
    CHECK(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size());
    CHECK(chart->property("noData").toBool());

    // A purchase and no deals: a bar of purchases, not an empty chart.
    SalesReport purchases = empty;
    purchases.rows[2].purchases = 1;
    purchases.rows[2].purchasesMinor = 226300;
    purchases.purchases = 1;
    purchases.purchasesMinor = 226300;
    chart.reset(salesChart(purchases, SalesBucket::Month, {}));
    CHECK_FALSE(chart->property("noData").toBool());
    axis = verticalAxis(chart.get());
    REQUIRE(axis);
    CHECK(axis->max() >= 2263);
    labels = tickLabels(axis);
    CHECK(QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size());
    bool purchaseBar = false;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                purchaseBar = purchaseBar || set->at(2) == 2263.0;
        }
    }
    CHECK(purchaseBar);

    for (double max : {0.0, 0.3, 1.0, 3.0, 7.0, 12.0, 99.0, 2263.0, 1e6, 123456789.0}) {
        INFO(max);
        const ValueScale scale = valueScale(max);
        CHECK(scale.top >= max);
        CHECK(scale.ticks >= 2);
        CHECK(scale.ticks <= 11);
        const double step = scale.top / (scale.ticks - 1);
        CHECK(step >= 1);
        CHECK(step == std::round(step)); // whole steps: "%.0f" labels differ
    }
}
