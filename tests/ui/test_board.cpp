#include "Catch.h"
#include "TestSupport.h"

#include "catalog/CatalogImport.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/BoardColumnModel.h"
#include "deals/BoardPage.h"
#include "deals/DealDialog.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "deals/LossReasonDialog.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "storage/Sql.h"
#include "tasks/ClientTasks.h"
#include "tasks/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDataStream>
#include <QDir>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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

TEST_CASE("the board shows open stages with counts and totals, closed ones on request",
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

TEST_CASE("deal lines from the catalog set the amount, the model passes the tester", "[ui][deals]")
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

TEST_CASE("a deal's dialog shows its tasks and makes the next one", "[ui][deals][tasks]")
{
    BoardFixture f;
    const Deal d = f.deals.first();
    Task call;
    call.title = u"Уточнити розміри"_s;
    call.dealId = d.id;
    call.dueDate = QDate::currentDate().addDays(2);
    requireOk(TaskRepository(*f.db).create(call));
    DealRepository deals(*f.db);
    ClientRepository clients(*f.db);
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    DealDialog dialog(*f.db, deals, clients, d, p);
    auto* tasks = dialog.findChild<ClientTasks*>();
    REQUIRE(tasks);
    REQUIRE(tasks->lines()->topLevelItemCount() == 1);
    CHECK(tasks->lines()->topLevelItem(0)->text(1) == u"Уточнити розміри"_s);
    // "Call back" in one click: a task of this deal, about its client.
    tasks->callBackButton()->click();
    CHECK(tasks->lines()->topLevelItemCount() == 2);
    TaskQuery query{QDate::currentDate(), QDate::currentDate().addDays(7)};
    query.dealId = d.id;
    const QList<TaskOccurrence> made = requireValue(TaskRepository(*f.db).occurrences(query));
    REQUIRE(made.size() == 2);
    for (const TaskOccurrence& o : made)
        CHECK(o.task.clientId == d.clientId);
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

namespace {

// Every signal a column's model gives, counted: a move must reset no column
// and touch only the two columns it leaves and enters.
struct ColumnSignals
{
    explicit ColumnSignals(BoardColumnModel* model)
        : resets(model, &QAbstractItemModel::modelReset),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    int total() const
    {
        return int(resets.count() + inserted.count() + removed.count() + changed.count());
    }
    void clear()
    {
        resets.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

struct BoardSpies
{
    explicit BoardSpies(BoardPage& page)
    {
        for (BoardColumnModel* model : page.columns()) {
            spies.push_back(std::make_unique<ColumnSignals>(model));
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
    }
    int resets() const
    {
        int n = 0;
        for (const auto& s : spies)
            n += int(s->resets.count());
        return n;
    }
    void clear()
    {
        for (const auto& s : spies)
            s->clear();
    }
    std::vector<std::unique_ptr<ColumnSignals>> spies;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// What a column's header says of `count` cards worth `totalMinor`.
bool headerShows(BoardPage& page, int column, int count, qint64 totalMinor, Database& db)
{
    const QString text = page.headerText(column);
    return text.contains(dealCount(count)) &&
           text.contains(formatMoney(totalMinor, shopCurrency(db)));
}

void setQuietSince(Database& db, qint64 dealId, const QDateTime& at)
{
    requireOk(sql::exec(db.connection(),
                        u"UPDATE deals SET updated_at = ?, stage_entered_at = ? WHERE id = ?"_s,
                        {utcTimestamp(at), utcTimestamp(at), dealId}));
}

} // namespace

TEST_CASE("a move updates only the two columns it touches and the headers follow",
          "[ui][deals][board]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.resize(1300, 600);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(page.columns().size() == 5);
    REQUIRE(page.columns()[0]->rowCount() == 3);
    BoardSpies spies(page);
    const BoardCard second = page.columns()[0]->cardAt(1);
    const qint64 to = page.columns()[2]->stage().id;

    // A drop (as the board makes it after the drag) into the third column.
    REQUIRE(page.moveDeal(second.dealId, second.version, to, page.columns()[2]->positionForRow(0)));
    CHECK(spies.resets() == 0);
    CHECK(spies.spies[0]->removed.count() == 1);
    CHECK(spies.spies[2]->inserted.count() == 1);
    CHECK(spies.spies[1]->total() == 0);
    CHECK(spies.spies[3]->total() == 0);
    CHECK(spies.spies[4]->total() == 0);
    REQUIRE(page.columns()[2]->rowCount() == 1);
    const BoardCard moved = page.columns()[2]->cardAt(0);
    CHECK(moved.dealId == second.dealId);
    CHECK(moved.stageId == to);
    CHECK(moved.version == second.version + 1); // the next move is not refused as stale
    CHECK(headerShows(page, 0, 2, 400000, *f.db));
    CHECK(headerShows(page, 2, 1, 200000, *f.db));
    CHECK(headerShows(page, 1, 0, 0, *f.db));

    // By keyboard, and back with Ctrl+Z: still no column read again.
    spies.clear();
    QListView* third = page.columnView(2);
    REQUIRE(third->hasFocus()); // the board followed the card
    QTest::keyClick(third, Qt::Key_Right, Qt::ControlModifier);
    CHECK(spies.resets() == 0);
    CHECK(spies.spies[2]->removed.count() == 1);
    CHECK(spies.spies[3]->inserted.count() == 1);
    CHECK(spies.spies[0]->total() + spies.spies[1]->total() + spies.spies[4]->total() == 0);
    CHECK(headerShows(page, 2, 0, 0, *f.db));
    CHECK(headerShows(page, 3, 1, 200000, *f.db));
    spies.clear();
    QTest::keyClick(page.columnView(3), Qt::Key_Z, Qt::ControlModifier);
    CHECK(spies.resets() == 0);
    CHECK(page.columns()[2]->rowCount() == 1);
    CHECK(page.columns()[3]->rowCount() == 0);
    CHECK(headerShows(page, 2, 1, 200000, *f.db));
    CHECK(headerShows(page, 0, 2, 400000, *f.db));

    // Someone else's move and a new deal, as the change feed brings them:
    // the cards go where they belong, the columns are not read again.
    DealRepository other(*f.db);
    Deal first = requireValue(other.load(page.columns()[0]->cardAt(0).dealId));
    requireOk(other.move(first, page.columns()[4]->stage().id));
    Deal added;
    added.clientId = f.deals.first().clientId;
    added.title = u"Затирка"_s;
    added.amountMinor = 5000;
    requireOk(other.create(added));
    spies.clear();
    page.applyChanges({Change{0, DealRepository::kEntity, first.id, u"update"_s},
                       Change{0, DealRepository::kEntity, added.id, u"insert"_s}});
    CHECK(spies.resets() == 0);
    CHECK(spies.spies[1]->total() == 0);
    CHECK(spies.spies[2]->total() == 0);
    CHECK(spies.spies[3]->total() == 0);
    CHECK(page.columns()[4]->rowCount() == 1);
    CHECK(page.columns()[0]->rowCount() == 2);      // one gone, the new one in
    CHECK(page.columns()[0]->rowOf(added.id) == 1); // at the end of its column
    CHECK(headerShows(page, 0, 2, 300000 + 5000, *f.db));
    CHECK(headerShows(page, 4, 1, 100000, *f.db));

    // A client renamed elsewhere: its cards show the new name in place.
    ClientRepository clients(*f.db);
    Client client = requireValue(clients.load(added.clientId));
    client.lastName = u"Гнатюк"_s;
    requireOk(clients.update(client));
    spies.clear();
    page.applyChanges({Change{0, ClientRepository::kEntity, client.id, u"update"_s}});
    CHECK(spies.resets() == 0);
    CHECK(spies.spies[0]->inserted.count() + spies.spies[0]->removed.count() == 0);
    const QString renamed = requireValue(clients.load(client.id)).displayName();
    REQUIRE(renamed.startsWith(u"Гнатюк "_s));
    for (BoardColumnModel* model : page.columns()) {
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(model->cardAt(row).clientName == renamed);
    }
    CHECK(headerShows(page, 0, 2, 300000 + 5000, *f.db));
}

TEST_CASE(
    "the Rotting only filter keeps open cards past their stage's limit, never a won or lost one",
    "[ui][deals][board]")
{
    BoardFixture f;
    PipelineRepository pipelines(*f.db);
    Pipeline p = requireValue(pipelines.pipelineNamed(QString()));
    // A rotting limit on the first stage, and one set on the won stage too.
    for (const QString& name : {u"Request received"_s, u"Won"_s}) {
        Stage stage = *p.stageNamed(name);
        stage.rottingDays = 5;
        requireOk(pipelines.updateStage(stage));
    }
    DealRepository deals(*f.db);
    Deal won = requireValue(deals.load(f.deals[2].id));
    requireOk(deals.move(won, p.stageNamed(u"Won"_s)->id));
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-20);
    setQuietSince(*f.db, f.deals[0].id, longAgo);
    setQuietSince(*f.db, won.id, longAgo); // closed just now, quiet since long before

    BoardPage page(*f.db);
    page.show();
    page.showClosedBox()->setChecked(true);
    REQUIRE(page.columns().size() == 7);
    REQUIRE(page.columns()[0]->rowCount() == 2);
    REQUIRE(page.columns()[5]->rowCount() == 1);
    QCheckBox* rotting = page.findChild<QCheckBox*>(u"rottingOnly"_s);
    REQUIRE(rotting);
    rotting->setChecked(true);
    REQUIRE(page.columns()[0]->rowCount() == 1);
    CHECK(page.columns()[0]->cardAt(0).dealId == f.deals[0].id);
    CHECK(page.columns()[5]->rowCount() == 0);
    CHECK(headerShows(page, 5, 0, 0, *f.db));
    rotting->setChecked(false);
    CHECK(page.columns()[5]->rowCount() == 1);
}

TEST_CASE("a card is marked won or lost from the board with \"Show closed\" off", "[ui][deals]")
{
    BoardFixture f;
    BoardPage page(*f.db);
    page.show();
    REQUIRE_FALSE(page.showClosedBox()->isChecked());
    const Pipeline p = requireValue(PipelineRepository(*f.db).pipelineNamed(QString()));
    const BoardCard first = page.columns()[0]->cardAt(0);
    const BoardCard second = page.columns()[0]->cardAt(1);

    REQUIRE(page.closeDeal(first.dealId, first.version, StageKind::Won));
    CHECK(requireValue(DealRepository(*f.db).load(first.dealId)).stageId ==
          p.stageNamed(u"Won"_s)->id);
    CHECK(page.columns()[0]->rowCount() == 2);

    // Lost asks for the reason, as a drag into the lost column does.
    onLossDialog([](LossReasonDialog* dialog) {
        chooseReason(dialog, u"Too expensive"_s);
        dialog->okButton()->click();
    });
    REQUIRE(page.closeDeal(second.dealId, second.version, StageKind::Lost));
    const Deal lost = requireValue(DealRepository(*f.db).load(second.dealId));
    CHECK(lost.stageId == p.stageNamed(u"Lost"_s)->id);
    CHECK(lost.lossReasonId == requireValue(Lists(*f.db).idOf(kLossReasons, u"Too expensive"_s)));
    CHECK(page.columns()[0]->rowCount() == 1);
    // One move each, and Ctrl+Z brings the last one back.
    CHECK(page.canUndo());
}

TEST_CASE("a hidden board reads its cards when it is first shown", "[ui][deals][startup]")
{
    // The window starts on the Clients screen: a board read at start would
    // hold up the first page for nothing (15,000 open cards at 100,000 clients).
    BoardFixture f;
    BoardPage page(*f.db);
    REQUIRE(page.columns().size() == 5);
    CHECK(page.columns()[0]->rowCount() == 0);
    // A deal added meanwhile is on the board when it is shown.
    Deal d;
    d.clientId = f.deals[0].clientId;
    d.title = u"Ще одна"_s;
    requireOk(DealRepository(*f.db).create(d));
    page.applyChanges({});
    page.resize(1300, 600);
    page.show();
    CHECK(page.columns()[0]->rowCount() == 4);
    page.hide();
    page.show();
    CHECK(page.columns()[0]->rowCount() == 4);
}

namespace {

// A shop whose second column is longer than a page: 150 deals, many at the
// same place (ordered by id), half of them tiles and half paint; and one
// deal in the first column.
struct LongColumn
{
    TempDir dir;
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Pipeline pipeline;
    qint64 totalMinor = 0;
    qint64 tilesMinor = 0;

    LongColumn()
    {
        Client c;
        c.lastName = u"Гнатюк-Венгриновська"_s;
        requireOk(ClientRepository(*db).create(c));
        pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
        QList<Deal> deals;
        for (int i = 0; i < 151; ++i) {
            Deal d;
            d.clientId = c.id;
            d.title = (i % 2 ? u"Фарба, замовлення %1"_s : u"Плитка, замовлення %1"_s).arg(i);
            d.amountMinor = (i + 1) * 100;
            d.stageId = pipeline.stages[i == 0 ? 0 : 1].id;
            deals.append(d);
        }
        requireOk(DealRepository(*db).createMany(deals, QList<QList<StageMove>>(deals.size())));
        for (int i = 1; i < deals.size(); ++i) {
            totalMinor += deals[i].amountMinor;
            tilesMinor += i % 2 ? 0 : deals[i].amountMinor;
        }
        requireOk(sql::exec(db->connection(),
                            u"UPDATE deals SET board_position = id % 40 WHERE stage_id = ?"_s,
                            {pipeline.stages[1].id}));
    }
};

QList<qint64> rowIds(const BoardColumnModel* model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->cardAt(row).dealId);
    return ids;
}

bool inBoardOrder(const BoardColumnModel* model)
{
    for (int row = 1; row < model->rowCount(); ++row) {
        if (!boardOrderLess(model->cardAt(row - 1), model->cardAt(row)))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a long column is read a page at a time and its header counts the whole column",
          "[ui][deals][board]")
{
    LongColumn shop;
    BoardPage page(*shop.db);
    page.resize(1366, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    BoardColumnModel* column = page.columns()[1];
    CHECK(column->rowCount() == BoardColumnModel::kPageSize);
    CHECK_FALSE(column->isComplete());
    // The header is the whole column's, not the page's.
    CHECK(headerShows(page, 1, 150, shop.totalMinor, *shop.db));

    // Scrolled down by keyboard, the view reads on until the column's end.
    QListView* view = page.columnView(1);
    view->setFocus();
    view->setCurrentIndex(column->index(0));
    for (int i = 0; i < 20 && !column->isComplete(); ++i) {
        QTest::keyClick(view, Qt::Key_End);
        QCoreApplication::processEvents();
    }
    CHECK(column->isComplete());
    const QList<qint64> ids = rowIds(column);
    CHECK(ids.size() == 150);
    CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == 150);
    CHECK(inBoardOrder(column));
    CHECK(view->currentIndex().row() > BoardColumnModel::kPageSize);
    CHECK(headerShows(page, 1, 150, shop.totalMinor, *shop.db));

    // A filter's figures are the whole filtered column's too; the text in
    // another case (Cyrillic) than the titles.
    auto* filter = page.findChild<QLineEdit*>();
    filter->setText(u"пЛИТКА"_s);
    page.applyFilter();
    column = page.columns()[1];
    CHECK(headerShows(page, 1, 75, shop.tilesMinor, *shop.db));
    CHECK(column->rowCount() == BoardColumnModel::kPageSize);
    // Pages read, cards moved and the column started again, all as a model should.
    QAbstractItemModelTester tester(column);
    column->fetchAll();
    CHECK(column->rowCount() == 75);
    CHECK(inBoardOrder(column));
    // The list shows every card the filter keeps, not only those read.
    filter->setText(QString());
    page.applyFilter();
    page.showAsList(true);
    CHECK(page.listRowCount() == 151);
}

TEST_CASE("a card moved into a column not read to its end lands where it goes, selected",
          "[ui][deals][board]")
{
    LongColumn shop;
    BoardPage page(*shop.db);
    page.resize(1366, 700);
    page.show();
    BoardColumnModel* target = page.columns()[1];
    QApplication::setActiveWindow(&page);
    REQUIRE_FALSE(target->isComplete());
    const BoardCard card = page.columns()[0]->cardAt(0);

    // A deal another window made in a third column, its change not yet
    // brought by the feed: the move reads no figures but its two columns'.
    Deal unseen;
    unseen.clientId = card.clientId;
    unseen.title = u"Затирка"_s;
    unseen.amountMinor = 5000;
    unseen.stageId = shop.pipeline.stages[2].id;
    requireOk(DealRepository(*shop.db).create(unseen));

    // Ctrl+Right: to the end of the next column, read on to it and selected.
    QListView* view = page.columnView(0);
    view->setFocus();
    view->setCurrentIndex(page.columns()[0]->index(0));
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    const int row = target->rowOf(card.dealId);
    REQUIRE(row >= 0);
    CHECK(target->isComplete());
    CHECK(row == target->rowCount() - 1);
    CHECK(page.columnView(1)->hasFocus());
    CHECK(page.columnView(1)->currentIndex().row() == row);
    CHECK(headerShows(page, 1, 151, shop.totalMinor + card.amountMinor, *shop.db));
    CHECK(headerShows(page, 0, 0, 0, *shop.db));
    CHECK(headerShows(page, 2, 0, 0, *shop.db));

    // Dropped below the last card read of a long column: it lands right
    // there, not somewhere past the cards not read yet. (Places of their
    // own here: between two cards at one place, the ids decide.)
    requireOk(sql::exec(shop.db->connection(), u"UPDATE deals SET board_position = id"_s));
    page.reload();
    target = page.columns()[1];
    REQUIRE_FALSE(target->isComplete());
    const BoardCard last = target->cardAt(target->rowCount() - 1);
    const BoardCard going = target->cardAt(0);
    REQUIRE(page.moveDeal(going.dealId, going.version, target->stage().id,
                          target->positionForRow(target->rowCount())));
    CHECK(target->rowOf(going.dealId) == target->rowCount() - 1);
    CHECK(target->rowOf(last.dealId) == target->rowCount() - 2);
    CHECK_FALSE(target->isComplete());
    CHECK(inBoardOrder(target));
    CHECK(headerShows(page, 1, 151, shop.totalMinor + card.amountMinor, *shop.db));
}
