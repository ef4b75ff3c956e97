#include "Catch.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "clients/ClientRepository.h"
#include "clients/Lists.h"
#include "deals/BoardColumnModel.h"
#include "deals/BoardPage.h"
#include "deals/DealDialog.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "deals/LossReasonDialog.h"
#include "deals/PipelineRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDataStream>
#include <QDir>
#include <QDragEnterEvent>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// A column header's count of deals, as the board writes it.
QString dealCount(int n)
{
    return shownText("kartoteka::ui::BoardPage", "%n deal(s)", n);
}

struct BoardFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    QList<Deal> deals;

    BoardFixture()
    {
        Client c;
        c.lastName = u"Гнатюк-Венгриновська"_s;
        c.firstName = u"Олександра"_s;
        requireOk(ClientRepository(*db).create(c));
        DealRepository repo(*db);
        for (int i = 0; i < 3; ++i) {
            Deal d;
            d.clientId = c.id;
            d.title = u"Плитка для ванної, замовлення %1"_s.arg(i + 1);
            d.amountMinor = (i + 1) * 100000;
            requireOk(repo.create(d));
            deals.append(d);
        }
    }
};

// Runs `act` on the loss-reason dialog once it is open.
void onLossDialog(std::function<void(LossReasonDialog*)> act)
{
    QTimer::singleShot(0, [act] {
        LossReasonDialog* dialog = nullptr;
        waitUntil([&] {
            dialog = qobject_cast<LossReasonDialog*>(QApplication::activeModalWidget());
            return dialog != nullptr;
        });
        REQUIRE(dialog);
        act(dialog);
    });
}

void chooseReason(LossReasonDialog* dialog, const QString& name)
{
    QRadioButton* found = nullptr;
    for (QRadioButton* button : dialog->reasonButtons()) {
        if (button->text() == name)
            found = button;
    }
    REQUIRE(found);
    // On the round mark: a radio button takes clicks on its mark and text only.
    QTest::mouseClick(found, Qt::LeftButton, {}, QPoint(8, found->height() / 2));
}

void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString column(BoardPage& page, int i)
{
    return page.columns().value(i) ? page.columns().value(i)->stage().name : QString();
}

} // namespace

TEST_CASE("the board shows open stages with counts and totals; closed ones on request",
          "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.resize(1300, 600);
    page.show();
    REQUIRE(page.columns().size() == 5);
    CHECK(column(page, 0) == u"Request received"_s);
    CHECK(page.columns()[0]->rowCount() == 3);
    CHECK(page.columns()[0]->totalMinor() == 600000);
    CHECK(page.headerText(0).contains(dealCount(3)));
    QAbstractItemModelTester tester(page.columns()[0],
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCheckBox* closed = page.findChild<QCheckBox*>(u"showClosed"_s);
    REQUIRE(closed);
    closed->setChecked(true);
    REQUIRE(page.columns().size() == 7);
    CHECK(column(page, 6) == u"Lost"_s);
    closed->setChecked(false);
    CHECK(page.columns().size() == 5);
    page.showAsList(true);
    CHECK(page.listRowCount() == 3);
    page.showAsList(false);

    QCoreApplication::processEvents(); // rebuilt columns show on the next turn
    CHECK(page.columnView(0)->isVisible());
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        page.grab().save(QDir(shots).filePath(u"board.png"_s));
}

TEST_CASE("a card moves by keyboard and by drop, and the totals follow", "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.resize(1300, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    QListView* first = page.columnView(0);
    first->setFocus();
    first->setCurrentIndex(page.columns()[0]->index(0));
    QTest::keyClick(first, Qt::Key_Right, Qt::ControlModifier);
    CHECK(page.columns()[0]->rowCount() == 2);
    CHECK(page.columns()[1]->rowCount() == 1);
    CHECK(page.headerText(1).contains(dealCount(1)));
    // The card followed: another Ctrl+Right moves it on.
    QTest::keyClick(page.columnView(1), Qt::Key_Right, Qt::ControlModifier);
    CHECK(page.columns()[2]->rowCount() == 1);

    // A drop into the fifth column, at the top.
    const BoardCard card = page.columns()[0]->cardAt(0);
    QMimeData mime;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << card.dealId << card.version;
    mime.setData(BoardColumnModel::kMimeType, bytes);
    page.columns()[4]->dropMimeData(&mime, Qt::MoveAction, 0, 0, {});
    REQUIRE(waitUntil([&] { return page.columns()[4]->rowCount() == 1; }));
    CHECK(page.columns()[4]->totalMinor() == card.amountMinor);
    const QList<StageMove> moves = requireValue(DealRepository(*f.db).history(card.dealId));
    CHECK(moves.size() == 2);
}

TEST_CASE("moving to a lost stage asks for the reason and keeps the card without one",
          "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.show();
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    const qint64 lost = p.stageNamed(u"Lost"_s)->id;
    const BoardCard card = page.columns()[0]->cardAt(0);

    onLossDialog([](LossReasonDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(page.moveDeal(card.dealId, card.version, lost, 1));
    CHECK(page.columns()[0]->rowCount() == 3);

    // Nothing is chosen for the person: OK waits for a reason.
    bool okAtFirst = true;
    int chosenAtFirst = -2;
    onLossDialog([&](LossReasonDialog* dialog) {
        okAtFirst = dialog->okButton()->isEnabled();
        const QList<QRadioButton*> buttons = dialog->reasonButtons();
        chosenAtFirst = int(std::count_if(buttons.cbegin(), buttons.cend(),
                                          [](QRadioButton* b) { return b->isChecked(); }));
        dialog->okButton()->click(); // refused: still open
        REQUIRE(dialog->isVisible());
        chooseReason(dialog, u"Too expensive"_s);
        CHECK(dialog->okButton()->isEnabled());
        typeInto(dialog->commentEdit(), u"Знайшли дешевше на 20%"_s);
        dialog->okButton()->click();
    });
    REQUIRE(page.moveDeal(card.dealId, card.version, lost, 1));
    CHECK_FALSE(okAtFirst);
    CHECK(chosenAtFirst == 0);
    CHECK(page.columns()[0]->rowCount() == 2);
    const Deal lostDeal = requireValue(DealRepository(*f.db).load(card.dealId));
    CHECK(lostDeal.lossReasonId ==
          requireValue(Lists(*f.db).idOf(kLossReasons, u"Too expensive"_s)));
    CHECK(lostDeal.notes.contains(u"Знайшли дешевше на 20%"_s));
    CHECK(lostDeal.notes.contains(u"Too expensive"_s));
}

TEST_CASE("deal lines from the catalog set the amount; the model passes the tester", "[ui][deals]")
{
    BoardFixture f;
    CatalogImportPlan plan;
    plan.added.append(Product{0,
                              0,
                              u"T-1"_s,
                              u"Плитка Мармур 30x60"_s,
                              u"м²"_s,
                              45000,
                              u"UAH"_s,
                              u"Плитка"_s,
                              20,
                              {},
                              true});
    requireOk(applyCatalogImport(*f.db, plan));

    DealItemsModel model({}, u"UAH"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addItem({1, u"Плитка Мармур 30x60"_s, 1, 45000, 0});
    CHECK(model.setData(model.index(0, DealItemsModel::Quantity), 12.5));
    CHECK(model.setData(model.index(0, DealItemsModel::Discount), 10));
    CHECK_FALSE(model.setData(model.index(0, DealItemsModel::Discount), 150));
    CHECK(model.totalMinor() == 506250);
    model.addItem({0, u"Доставка"_s, 1, 60000, 0});
    model.removeItem(1);
    CHECK(model.rowCount() == 1);

    DealRepository deals(*f.db);
    Deal d = f.deals.first();
    ClientRepository clients(*f.db);
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    DealDialog dialog(*f.db, deals, clients, d, p);
    auto* lines = dialog.findChild<DealItemsModel*>();
    REQUIRE(lines);
    lines->addItem({1, u"Плитка Мармур 30x60"_s, 2, 45000, 0});
    REQUIRE(dialog.save());
    CHECK(requireValue(deals.load(d.id)).amountMinor == 90000);
    CHECK(requireValue(deals.load(d.id)).items.size() == 1);
}

TEST_CASE("column headers show the counts and totals after the drop while a card is dragged",
          "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.show();
    const BoardCard card = page.columns()[0]->cardAt(0);
    QMimeData mime;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << card.dealId << card.version;
    mime.setData(BoardColumnModel::kMimeType, bytes);

    QListView* target = page.columnView(2);
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->viewport(), &enter);
    CHECK(page.headerText(0).contains(dealCount(2)));
    CHECK(page.headerText(2).contains(dealCount(1)));
    CHECK(page.headerText(2).contains(u"1,000.00"_s));

    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(target->viewport(), &leave);
    CHECK(page.headerText(0).contains(dealCount(3)));
    CHECK(page.headerText(2).contains(dealCount(0)));
}

TEST_CASE("several selected cards move together and one loss reason covers them", "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.show();
    QApplication::setActiveWindow(&page);
    QListView* first = page.columnView(0);
    first->setFocus();
    first->selectAll();
    QTest::keyClick(first, Qt::Key_Right, Qt::ControlModifier);
    CHECK(page.columns()[0]->rowCount() == 0);
    CHECK(page.columns()[1]->rowCount() == 3);

    page.findChild<QCheckBox*>(u"showClosed"_s)->setChecked(true);
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    DealRepository deals(*f.db);
    for (Deal d : f.deals) {
        d = requireValue(deals.load(d.id));
        requireOk(deals.move(d, p.stageNamed(u"Won"_s)->id));
    }
    page.reload();
    REQUIRE(page.columns().size() == 7);
    REQUIRE(page.columns()[5]->rowCount() == 3);
    QListView* won = page.columnView(5);
    won->setFocus();
    won->selectAll();
    int asked = 0;
    onLossDialog([&asked](LossReasonDialog* dialog) {
        ++asked;
        chooseReason(dialog, u"Chose a competitor"_s);
        dialog->okButton()->click();
    });
    QTest::keyClick(won, Qt::Key_Right, Qt::ControlModifier);
    CHECK(asked == 1);
    CHECK(page.columns()[6]->rowCount() == 3);
    for (const Deal& d : f.deals)
        CHECK(requireValue(deals.load(d.id)).lossReasonId != 0);
}

TEST_CASE("a keyboard move to a final stage is undone with Ctrl+Z and the selection follows the "
          "card",
          "[ui][deals][undo]")
{
    BoardFixture f;
    DealRepository deals(*f.db);
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    const qint64 shipped = p.stageNamed(u"Goods shipped"_s)->id;
    for (Deal d : f.deals) {
        d = requireValue(deals.load(d.id));
        requireOk(deals.move(d, shipped));
    }
    BoardPage page(*f.db);
    page.resize(1500, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    page.findChild<QCheckBox*>(u"showClosed"_s)->setChecked(true);
    REQUIRE(page.columns().size() == 7);
    REQUIRE(page.columns()[4]->rowCount() == 3);
    const BoardCard middle = page.columns()[4]->cardAt(1);

    QListView* from = page.columnView(4);
    from->setFocus();
    from->setCurrentIndex(page.columns()[4]->index(1));
    QTest::keyClick(from, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(page.columns()[5]->rowCount() == 1);
    CHECK(page.columns()[5]->stage().kind == StageKind::Won);
    // The board follows the card: it is current and selected in its new column.
    QListView* won = page.columnView(5);
    CHECK(won->hasFocus());
    REQUIRE(won->currentIndex().isValid());
    CHECK(page.columns()[5]->cardAt(won->currentIndex().row()).dealId == middle.dealId);
    CHECK(won->selectionModel()->selectedIndexes().size() == 1);

    QTest::keyClick(won, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(page.columns()[5]->rowCount() == 0);
    REQUIRE(page.columns()[4]->rowCount() == 3);
    CHECK(page.columns()[4]->cardAt(1).dealId == middle.dealId); // its old place
    QListView* back = page.columnView(4);
    CHECK(back->hasFocus());
    REQUIRE(back->currentIndex().isValid());
    CHECK(page.columns()[4]->cardAt(back->currentIndex().row()).dealId == middle.dealId);
    const Deal reopened = requireValue(deals.load(middle.dealId));
    CHECK(reopened.stageId == shipped);
    CHECK_FALSE(reopened.closedAt.isValid());
    const QList<StageMove> moves = requireValue(deals.history(middle.dealId));
    REQUIRE(moves.size() == 4); // created, shipped, won, and back as a move of its own
    CHECK(moves.last().toStageId == shipped);
    CHECK_FALSE(page.canUndo());

    // To lost and back: the reason is asked for, the undo needs none.
    onLossDialog([](LossReasonDialog* dialog) {
        chooseReason(dialog, u"Client unreachable"_s);
        dialog->okButton()->click();
    });
    back->setFocus();
    QTest::keyClick(back, Qt::Key_Right, Qt::ControlModifier);               // to Won
    QTest::keyClick(page.columnView(5), Qt::Key_Right, Qt::ControlModifier); // to Lost
    REQUIRE(page.columns()[6]->rowCount() == 1);
    QTest::keyClick(page.columnView(6), Qt::Key_Z, Qt::ControlModifier);
    CHECK(page.columns()[5]->rowCount() == 1);
    CHECK(page.columns()[6]->rowCount() == 0);
    CHECK(requireValue(deals.load(middle.dealId)).lossReasonId == 0);
}
