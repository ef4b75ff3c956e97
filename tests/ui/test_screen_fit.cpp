// Fits the screen: a 1366×768 monitor (the small shop's) maximised, long
// names, and texts a third longer than English.
#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientCard.h"
#include "clients/ClientFilterBar.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/CustomFields.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "clients/TimelineModel.h"
#include "deals/BoardPage.h"
#include "deals/DealRepository.h"
#include "deals/LossReasonDialog.h"
#include "deals/PipelineRepository.h"
#include "main/DialogFit.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// A maximised window on a 1366×768 screen, less a panel of the desktop.
constexpr QSize kSmallScreen(1366, 738);

// With KARTOTEKA_SCREENSHOTS set (a folder), a picture of what was tested, to look at.
void keepPicture(QWidget* widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        widget->grab().save(QDir(shots).filePath(name));
}

// The remembered layouts of earlier tests must not decide this one.
void forgetLayouts()
{
    QSettings settings;
    for (const QString& key : {u"window/geometry"_s, u"clients/header"_s, u"clients/columns"_s,
                               u"clients/splitter"_s, u"clients/statusWidth"_s})
        settings.remove(key);
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        settings.remove(u"clients/width%1"_s.arg(column));
}

std::unique_ptr<MainWindow> smallScreenWindow(const QString& path)
{
    auto window = std::make_unique<MainWindow>(requireValue(openWorkspace({path}, true)));
    // The offscreen screen is smaller than a real one: the size is given, not maximised.
    window->setWindowState(Qt::WindowNoState);
    window->resize(kSmallScreen);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50);       // the splitter's first sizes come a turn after the show
    window->showSection(1); // Clients, the section these tests measure first
    return window;
}

int visibleColumnsWidth(const QTableView* view)
{
    int width = 0;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (!view->isColumnHidden(column))
            width += view->columnWidth(column);
    }
    return width;
}

Client longNamed(ClientRepository& repo)
{
    Client company;
    company.kind = ClientKind::Company;
    company.companyName = u"Товариство з обмеженою відповідальністю «Будівельна компанія»"_s;
    requireOk(repo.create(company));
    Client c;
    c.lastName = u"Абрамович-Великопольська"_s;
    c.firstName = u"Олександра-Вікторія"_s;
    c.middleName = u"Костянтинівна"_s;
    c.companyId = company.id;
    c.phones.append(Phone{u"mobile"_s, u"+380671234567"_s, u"+380671234567"_s});
    c.emails.append(Email{{}, u"oleksandra.abramovych-velykopolska@example.com.ua"_s});
    requireOk(repo.create(c));
    return c;
}

} // namespace

TEST_CASE("the main window starts maximised on first run and then as it was left", "[ui][screen]")
{
    forgetLayouts();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    QSize left;
    {
        MainWindow window(requireValue(openWorkspace({path}, true)));
        CHECK(window.windowState().testFlag(Qt::WindowMaximized));
        window.setWindowState(Qt::WindowNoState);
        window.show();
        // The window's smallest size wins over a smaller one asked for.
        window.setGeometry(QRect(QPoint(40, 30), window.minimumSizeHint() + QSize(10, 10)));
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        left = window.size();
    }
    MainWindow again(requireValue(openWorkspace({path}, false)));
    CHECK_FALSE(again.windowState().testFlag(Qt::WindowMaximized));
    CHECK(again.size() == left);
    forgetLayouts();
}

TEST_CASE("the client list shows four columns at first, the header's menu shows more and "
          "is remembered",
          "[ui][screen][clients]")
{
    forgetLayouts();
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    {
        ClientsPage page(*db);
        const QTableView* list = page.list();
        CHECK_FALSE(list->isColumnHidden(ClientListModel::Name));
        CHECK_FALSE(list->isColumnHidden(ClientListModel::Company));
        CHECK_FALSE(list->isColumnHidden(ClientListModel::Phone));
        CHECK_FALSE(list->isColumnHidden(ClientListModel::Status));
        CHECK(list->isColumnHidden(ClientListModel::Email));
        CHECK(list->isColumnHidden(ClientListModel::Manager));

        std::unique_ptr<QMenu> menu(page.columnsMenu(nullptr));
        // A check per column but the name, in the columns' order.
        REQUIRE(menu->actions().size() == ClientListModel::ColumnCount - 1);
        QAction* email = menu->actions().at(ClientListModel::Email - 1);
        CHECK_FALSE(email->isChecked());
        CHECK(menu->actions().at(ClientListModel::Phone - 1)->isChecked());
        email->trigger();
        CHECK_FALSE(list->isColumnHidden(ClientListModel::Email));
        menu->actions().at(ClientListModel::Phone - 1)->trigger();
        CHECK(list->isColumnHidden(ClientListModel::Phone));
    }
    ClientsPage again(*db);
    CHECK_FALSE(again.list()->isColumnHidden(ClientListModel::Email));
    CHECK(again.list()->isColumnHidden(ClientListModel::Phone));
    CHECK(again.list()->isColumnHidden(ClientListModel::Manager));
    forgetLayouts();
}

TEST_CASE("a small window's squeezed columns are not remembered as the person's widths",
          "[ui][screen][clients]")
{
    forgetLayouts();
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    int company = 0;
    {
        ClientsPage wide(*db);
        company = wide.list()->columnWidth(ClientListModel::Company);
    }
    {
        // A small window fits the columns to itself, and closes so.
        ClientsPage narrow(*db);
        narrow.resize(520, 400);
        narrow.show();
        QCoreApplication::processEvents();
        REQUIRE(narrow.list()->columnWidth(ClientListModel::Company) < company);
    }
    ClientsPage again(*db);
    CHECK(again.list()->columnWidth(ClientListModel::Company) == company);
    forgetLayouts();
}

TEST_CASE("the client list's columns fit a maximised 1366-pixel window, long names elided",
          "[ui][screen][clients]")
{
    forgetLayouts();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    {
        auto db = openTestDatabase(path);
        ClientRepository repo(*db);
        longNamed(repo);
    }
    auto window = smallScreenWindow(path);
    QTableView* list = window->clientsPage()->list();
    REQUIRE(list->isVisible());
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(list->horizontalScrollBar()->maximum() == 0);
    CHECK(visibleColumnsWidth(list) <= list->viewport()->width());
    // The name keeps a readable width beside the others.
    CHECK(list->columnWidth(ClientListModel::Name) >= 150);
    keepPicture(window.get(), u"clients-long-name.png"_s);
    forgetLayouts();
}

TEST_CASE("the filter panel shows its boxes, and the shop's field only when there is one",
          "[ui][screen][clients]")
{
    forgetLayouts();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto window = smallScreenWindow(path);
    ClientsPage* page = window->clientsPage();
    page->filterButton()->setChecked(true);
    QTest::qWait(20);
    ClientFilterBar* bar = page->filterBar();
    REQUIRE(bar->isVisible());
    const auto labelOf = [bar](QWidget* widget) -> QLabel* {
        for (QLabel* label : bar->findChildren<QLabel*>()) {
            if (label->buddy() == widget)
                return label;
        }
        return nullptr;
    };
    // No field of the shop's own: neither its box nor its label.
    REQUIRE(labelOf(bar->fieldBox()));
    CHECK_FALSE(labelOf(bar->fieldBox())->isVisible());
    CHECK_FALSE(labelOf(bar->fieldValueBox())->isVisible());

    {
        auto db = openTestDatabase(path);
        CustomField style{0, 0, u"Стиль інтер'єру"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}};
        requireOk(CustomFieldRepository(*db).create(style));
    }
    bar->reloadLists(); // as a change of the lists does
    QTest::qWait(20);
    // Every box of the panel has room to show what it holds.
    for (QWidget* box : bar->findChildren<QWidget*>()) {
        if (!qobject_cast<QComboBox*>(box) && !qobject_cast<QSpinBox*>(box) &&
            !(qobject_cast<QLineEdit*>(box) && box->parentWidget() == bar))
            continue;
        INFO(box->metaObject()->className() << " " << box->objectName().toStdString());
        CHECK(box->isVisible());
        CHECK(box->width() >= std::max(40, box->minimumSizeHint().width()));
        CHECK(box->height() >= box->sizeHint().height() - 2);
        CHECK(bar->rect().contains(box->geometry()));
    }
    CHECK(labelOf(bar->fieldBox())->isVisible());
    CHECK(bar->fieldBox()->width() >= 100);
    CHECK(bar->fieldValueBox()->width() >= 100);
    // The panel and the list beside the card still fit the window.
    CHECK(window->clientsPage()->list()->horizontalScrollBar()->maximum() == 0);
    keepPicture(window.get(), u"clients-filters.png"_s);
    forgetLayouts();
}

TEST_CASE("the card lists the client's deals as rows: title, stage, amount, manager",
          "[ui][screen][clients][deals]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Угода"_s;
    requireOk(repo.create(c));
    ClientsPage page(*db);
    page.resize(kSmallScreen.width() - 170, kSmallScreen.height() - 60);
    page.show();
    REQUIRE(page.card()->clientId() == c.id);
    QTableWidget* deals = page.card()->dealsTable();
    CHECK(deals->rowCount() == 0);
    CHECK_FALSE(deals->isVisible());

    DealRepository repository(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    QList<Deal> made;
    for (int i = 0; i < 14; ++i) {
        Deal d;
        d.clientId = c.id;
        d.title = u"Паркет у спальню, замовлення %1"_s.arg(i + 1);
        d.amountMinor = (i + 1) * 100000;
        requireOk(repository.create(d));
        made.append(d);
    }
    requireOk(repository.move(made[0], p.stageNamed(u"Won"_s)->id));
    page.card()->reload();
    REQUIRE(deals->rowCount() == 14);
    CHECK(deals->isVisible());
    CHECK(deals->columnCount() == 4);
    // Each deal a row of its own, with its stage beside its title.
    for (int row = 0; row < deals->rowCount(); ++row) {
        const qint64 id = deals->item(row, 0)->data(Qt::UserRole).toLongLong();
        const auto it =
            std::find_if(made.cbegin(), made.cend(), [id](const Deal& d) { return d.id == id; });
        REQUIRE(it != made.cend());
        CHECK(deals->item(row, 0)->text() == it->title);
        const Deal now = requireValue(repository.load(id));
        CHECK(deals->item(row, 1)->text() == p.stageWithId(now.stageId)->name);
        CHECK_FALSE(deals->item(row, 2)->text().isEmpty());
    }
    // Fourteen deals take four rows' height and scroll: the timeline keeps its room.
    CHECK(deals->height() <
          6 * deals->verticalHeader()->defaultSectionSize() + deals->horizontalHeader()->height());
    keepPicture(&page, u"card-deals.png"_s);
}

TEST_CASE("the card's timeline shows one kind at a time and folds a deal's steps under it",
          "[ui][screen][clients][timeline]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Історія"_s;
    requireOk(repo.create(c));
    InteractionRepository timeline(*db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    for (const auto& [kind, days] :
         {std::pair{InteractionKind::Call, 1}, std::pair{InteractionKind::Note, 2},
          std::pair{InteractionKind::Call, 9}, std::pair{InteractionKind::Meeting, 3}}) {
        Interaction entry;
        entry.clientId = c.id;
        entry.kind = kind;
        entry.occurredAt = start.addDays(days);
        entry.text = u"entry"_s;
        requireOk(timeline.add(entry));
    }
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal d;
    d.clientId = c.id;
    d.title = u"Кухня під замовлення"_s;
    requireOk(deals.create(d));
    // Several steps of one deal, the newest things on the timeline: one row, not several.
    int step = 0;
    for (const Stage& stage : p.stages) {
        if (stage.isFinal() || stage.id == d.stageId)
            continue;
        requireOk(deals.move(d, stage.id));
        ++step;
    }
    REQUIRE(step >= 2);

    ClientsPage page(*db);
    page.show();
    REQUIRE(page.card()->clientId() == c.id);
    TimelineModel* model = page.card()->timelineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 5); // four entries and the deal
    int dealRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isDealEvent(row))
            dealRow = row;
    }
    REQUIRE(dealRow >= 0);
    CHECK(model->dealEventAt(dealRow).dealId == d.id);
    // Its steps (the opening and each move) under it, newest first.
    const QModelIndex deal = model->index(dealRow, 0);
    CHECK(model->rowCount(deal) == step + 1);
    CHECK(model->index(0, TimelineModel::When, deal).data().toString() ==
          model->index(dealRow, TimelineModel::When).data().toString());
    // Newest first among the top rows: the deal (today) above the call of day 9.
    CHECK(dealRow == 0);
    CHECK(model->entryAt(1).kind == InteractionKind::Call);
    CHECK(model->entryAt(2).kind == InteractionKind::Meeting);
    CHECK(model->entryAt(3).kind == InteractionKind::Note);
    CHECK(model->entryAt(4).kind == InteractionKind::Call);

    QComboBox* shown = page.card()->timelineShown();
    shown->setCurrentIndex(shown->findData(int(InteractionKind::Call)));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->entryAt(0).kind == InteractionKind::Call);
    CHECK(model->entryAt(1).kind == InteractionKind::Call);
    shown->setCurrentIndex(shown->findData(int(TimelineModel::DealSteps)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->isDealEvent(0));
    shown->setCurrentIndex(shown->findData(int(InteractionKind::Meeting)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entryAt(0).kind == InteractionKind::Meeting);
    // The card read again (a change saved elsewhere) keeps the choice.
    page.card()->reload();
    CHECK(model->rowCount() == 1);
    shown->setCurrentIndex(shown->findData(int(TimelineModel::Everything)));
    CHECK(model->rowCount() == 5);
    page.resize(kSmallScreen.width() - 170, kSmallScreen.height() - 60);
    keepPicture(&page, u"card-timeline.png"_s);
}

TEST_CASE("with closed deals shown the final stages are scrolled into view and every stage "
          "stays reachable",
          "[ui][screen][deals]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Client c;
    c.lastName = u"Дошка"_s;
    requireOk(ClientRepository(*db).create(c));
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal d;
    d.clientId = c.id;
    d.title = u"Виграна угода"_s;
    requireOk(deals.create(d));
    requireOk(deals.move(d, p.stageNamed(u"Won"_s)->id));

    BoardPage page(*db);
    // The page's share of a maximised 1366-pixel window, beside the sections' list.
    page.resize(kSmallScreen.width() - 170, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // The bar above the columns fits too.
    CHECK(page.minimumSizeHint().width() <= page.width());
    page.showClosedBox()->setChecked(true);
    const int stages = int(page.columns().size());
    REQUIRE(stages == int(p.stages.size()));
    QScrollArea* area = page.columnsArea();
    const auto shown = [area](QWidget* widget) {
        const QRect in(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
        return area->viewport()->rect().contains(in);
    };
    REQUIRE(waitUntil(
        [&] {
            QWidget* last = page.columnView(stages - 1);
            return last->isVisible() && last->width() > 0 && shown(last);
        },
        2000));
    CHECK(shown(page.columnView(stages - 2))); // won and lost side by side
    // Every stage can be reached by scrolling and has its full width.
    for (int column = 0; column < stages; ++column) {
        area->ensureWidgetVisible(page.columnView(column), 0, 0);
        CHECK(shown(page.columnView(column)));
        CHECK(page.columnView(column)->isVisible());
        CHECK(page.columnView(column)->width() >= 200);
    }
    area->ensureWidgetVisible(page.columnView(stages - 1), 0, 0);
    keepPicture(&page, u"board-closed.png"_s);
}

TEST_CASE("a tall dialog fits the screen's free area, its buttons in reach", "[ui][screen]")
{
    fitDialogsToScreen(qApp);
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QTextBrowser(&dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    layout->addWidget(buttons);
    const int free = dialog.screen()->availableGeometry().height();
    dialog.resize(600, free + 200);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.height() <= free - 40);
    CHECK(dialog.height() >= dialog.minimumSizeHint().height()); // the buttons within it
}

TEST_CASE("a dialog is as wide as its title", "[ui][screen]")
{
    fitDialogsToScreen(qApp);
    LossReasonDialog dialog({ListItem{1, u"Дорого"_s}}, u"«Кухня» переходить до програних."_s);
    dialog.setWindowTitle(u"Чому угоду програно? Виберіть причину відмови"_s);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int wanted = titleWidth(&dialog);
    REQUIRE(wanted < dialog.screen()->availableGeometry().width() * 9 / 10);
    CHECK(dialog.width() >= wanted);
    // A title changed while it is open widens it too.
    dialog.setWindowTitle(dialog.windowTitle() + u" — Кухня під замовлення"_s);
    QCoreApplication::processEvents();
    CHECK(dialog.width() >=
          std::min(titleWidth(&dialog), dialog.screen()->availableGeometry().width() * 9 / 10));
}
