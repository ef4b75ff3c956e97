// Fits 1366×768 in Ukrainian and Russian: their words are a third longer
// than English, and nothing may be cut or push the window past the screen.
#include "Catch.h"
#include "ReportShop.h"
#include "TestSupport.h"

#include "admin/MoveToServerDialog.h"
#include "clients/ClientCard.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/Lists.h"
#include "clients/TimelineModel.h"
#include "deals/BoardPage.h"
#include "deals/DealDialog.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "main/ConnectServerDialog.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "reports/ReportView.h"
#include "workspace/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

constexpr int kScreenWidth = 1366;

void forgetLayouts()
{
    QSettings settings;
    for (const QString& key :
         {u"window/geometry"_s, u"clients/header"_s, u"clients/columns"_s, u"clients/splitter"_s,
          u"clients/timelineColumns"_s, u"clients/statusWidth"_s})
        settings.remove(key);
}

// With KARTOTEKA_SCREENSHOTS set (a folder), a picture of what was tested.
void keepPicture(QWidget* widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (!shots.isEmpty())
        widget->grab().save(QDir(shots).filePath(name));
}

std::unique_ptr<MainWindow> smallScreenWindow(const QString& path)
{
    auto window = std::make_unique<MainWindow>(requireValue(openWorkspace({path}, false)));
    window->setWindowState(Qt::WindowNoState);
    window->resize(kScreenWidth, 738);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50);       // the splitters' first sizes come a turn after the show
    window->showSection(1); // Clients, the section these tests measure first
    return window;
}

// The room a line edit gives its text (and so its placeholder).
int textRoom(const QLineEdit* edit)
{
    // QLineEdit's own: the contents less the frame, its margins and side buttons.
    const QMargins margins = edit->textMargins();
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    return edit->contentsRect().width() - margins.left() - margins.right() - 2 * frame - 4;
}

void checkPlaceholderFits(const QLineEdit* edit)
{
    INFO("placeholder: " << edit->placeholderText().toStdString());
    REQUIRE(edit->isVisible());
    CHECK(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= textRoom(edit));
}

// Every visible column of a header as wide as its title.
void checkHeaderFits(const QHeaderView* header)
{
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        INFO("column " << column << ": " << title.toStdString());
        CHECK(header->fontMetrics().horizontalAdvance(title) + margins <=
              header->sectionSize(column));
    }
}

} // namespace

TEST_CASE("in Ukrainian and Russian the window fits 1366 pixels and the sections' names show "
          "whole",
          "[ui][screen][language]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    forgetLayouts();
    LanguageGuard guard(language);
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    makeShop(path).db.reset();
    auto window = smallScreenWindow(path);
    INFO(languageCode(language).toStdString());
    // Every section, not only the one shown: the window is as wide as the widest.
    auto* sections = window->findChild<QStackedWidget*>();
    REQUIRE(sections);
    for (int i = 0; i < sections->count(); ++i) {
        INFO(sections->widget(i)->metaObject()->className());
        CHECK(sections->widget(i)->minimumSizeHint().width() < kScreenWidth - 200);
    }
    CHECK(window->minimumSizeHint().width() <= kScreenWidth);
    // The sections begin right beside the list (past the splitter's handle), no gap.
    auto* navigationList = window->findChild<QListWidget*>();
    CHECK(sections->mapTo(window.get(), QPoint(0, 0)).x() -
              navigationList->mapTo(window.get(), QPoint(navigationList->width(), 0)).x() <=
          12);

    auto* navigation = window->findChild<QListWidget*>();
    REQUIRE(navigation);
    CHECK(navigation->horizontalScrollBar()->maximum() == 0);
    CHECK_FALSE(navigation->horizontalScrollBar()->isVisible());
    for (int i = 0; i < navigation->count(); ++i) {
        const QListWidgetItem* item = navigation->item(i);
        INFO(item->text().toStdString());
        const QRect row = navigation->visualItemRect(item);
        CHECK(row.right() <= navigation->viewport()->width());
        CHECK(navigation->fontMetrics().horizontalAdvance(item->text()) +
                  navigation->iconSize().width() <=
              row.width());
    }
    keepPicture(window.get(), u"fit-%1-window.png"_s.arg(languageCode(language)));
    forgetLayouts();
}

TEST_CASE("in Ukrainian and Russian the hints and column titles of the daily screens are read "
          "whole at 1366×768",
          "[ui][screen][language]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    forgetLayouts();
    LanguageGuard guard(language);
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    {
        auto db = openTestDatabase(path);
        Client fresh; // a new client: an empty timeline
        fresh.lastName = u"Новенька"_s;
        requireOk(ClientRepository(*db).create(fresh));
    }
    auto window = smallScreenWindow(path);
    INFO(languageCode(language).toStdString());

    ClientsPage* clients = window->clientsPage();
    checkPlaceholderFits(clients->findChild<QLineEdit*>());
    REQUIRE(clients->card()->clientId() != 0);
    QTreeView* timeline = clients->card()->timelineView();
    REQUIRE(timeline->isVisible());
    checkHeaderFits(timeline->header());
    // "When" holds a date and time whole, "What" the longest kind.
    const QString when = formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toUTC());
    CHECK(timeline->fontMetrics().horizontalAdvance(when) + timeline->indentation() <
          timeline->header()->sectionSize(TimelineModel::When));
    for (InteractionKind kind :
         {InteractionKind::Call, InteractionKind::Note, InteractionKind::Email,
          InteractionKind::Meeting, InteractionKind::Message, InteractionKind::Purchase})
        CHECK(timeline->fontMetrics().horizontalAdvance(interactionKindDisplayName(kind)) <
              timeline->header()->sectionSize(TimelineModel::Kind));
    keepPicture(window.get(), u"fit-%1-clients.png"_s.arg(languageCode(language)));

    window->showSection(2);
    QTest::qWait(20);
    checkPlaceholderFits(window->findChild<BoardPage*>()->findChild<QLineEdit*>());
    keepPicture(window.get(), u"fit-%1-board.png"_s.arg(languageCode(language)));

    window->showSection(3);
    QTest::qWait(20);
    // The export button's menu arrow beside its text, not over it.
    ReportView* view = window->reportsPage()->view(0);
    QPushButton* exportButton = view->exportButton();
    REQUIRE(exportButton->isVisible());
    REQUIRE(exportButton->menu());
    const int arrow =
        exportButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, exportButton);
    CHECK(exportButton->fontMetrics().horizontalAdvance(exportButton->text()) + arrow <=
          exportButton->width());
    CHECK(exportButton->width() >= exportButton->sizeHint().width());
    keepPicture(window.get(), u"fit-%1-reports.png"_s.arg(languageCode(language)));

    // The deal form: a new deal's lines have no values to size the columns by.
    Database& db = window->workspace().database();
    DealRepository deals(db);
    ClientRepository clientRepo(db);
    const Pipeline pipeline = requireValue(PipelineRepository(db).pipelineNamed(QString()));
    Deal deal;
    DealDialog dialog(db, deals, clientRepo, deal, pipeline);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* items = dialog.findChild<QTableView*>(u"items"_s);
    REQUIRE(items);
    checkHeaderFits(items->horizontalHeader());
    const QString money = formatMoney(9999950, u"UAH"_s);
    for (int column : {int(DealItemsModel::Price), int(DealItemsModel::Total)})
        CHECK(items->fontMetrics().horizontalAdvance(money) <
              items->horizontalHeader()->sectionSize(column));
    CHECK(items->horizontalHeader()->sectionSize(DealItemsModel::Name) >= 120);
    CHECK(items->horizontalScrollBar()->maximum() == 0);
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (!edit->placeholderText().isEmpty() && edit->isVisible())
            checkPlaceholderFits(edit);
    }
    CHECK(dialog.width() < kScreenWidth);
    keepPicture(&dialog, u"fit-%1-deal.png"_s.arg(languageCode(language)));
    forgetLayouts();
}

TEST_CASE("the timeline's column widths are remembered once the person drags them",
          "[ui][screen][clients]")
{
    forgetLayouts();
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Client c;
    c.lastName = u"Колонки"_s;
    requireOk(ClientRepository(*db).create(c));
    int dragged = 0;
    {
        ClientsPage page(*db);
        page.show();
        QHeaderView* header = page.card()->timelineView()->header();
        dragged = header->sectionSize(TimelineModel::Kind) + 37;
        header->resizeSection(TimelineModel::Kind, dragged);
    }
    ClientsPage again(*db);
    CHECK(again.card()->timelineView()->header()->sectionSize(TimelineModel::Kind) == dragged);
    forgetLayouts();
}

TEST_CASE("the loss reasons' legend shows a long reason whole beside the pie at 1366×768",
          "[ui][screen][reports]")
{
    forgetLayouts();
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    // The demo's longest reason, cut «Не вдалося зв'язати…» beside the funnel before.
    const QString longReason = u"Не вдалося зв'язатися"_s;
    {
        Shop shop = makeShop(path);
        Lists lists(*shop.db);
        const qint64 id = requireValue(lists.idOf(kLossReasons, u"Too expensive"_s));
        for (const ListItem& item : requireValue(lists.items(kLossReasons)))
            if (item.id == id)
                requireOk(lists.rename(item, longReason));
    }
    auto window = smallScreenWindow(path);
    ReportsPage* reports = window->reportsPage();
    window->showSection(3);
    reports->setCustomPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
    REQUIRE(waitUntil([&] { return reports->dashboard().has_value() && !reports->isLoading(); },
                      20000));
    QTest::qWait(50);
    QChart* pie = nullptr;
    for (QChartView* view : reports->view(0)->findChildren<QChartView*>()) {
        if (!view->chart()->legend()->markers().isEmpty() &&
            view->chart()->legend()->alignment() == Qt::AlignRight)
            pie = view->chart();
    }
    REQUIRE(pie);
    const QFontMetrics metrics(pie->legend()->font());
    bool found = false;
    for (QLegendMarker* marker : pie->legend()->markers()) {
        INFO(marker->label().toStdString());
        found = found || marker->label().startsWith(longReason);
        // The label, its colour box and the legend's margins.
        CHECK(metrics.horizontalAdvance(marker->label()) + metrics.height() <
              pie->legend()->geometry().width());
    }
    CHECK(found);
    // Inside the chart, not past its right edge.
    CHECK(pie->legend()->geometry().right() <= pie->size().width());
    keepPicture(window.get(), u"fit-legend.png"_s);
    forgetLayouts();
}

namespace {

// The shop's longest ready-made status in a Ukrainian or Russian database.
QString longestStatus(Language language)
{
    return language == Language::Ukrainian ? u"Потенційний"_s : u"Потенциальный"_s;
}

void renameItem(Database& db, const QString& list, const QString& from, const QString& to)
{
    Lists lists(db);
    const qint64 id = requireValue(lists.idOf(list, from));
    for (const ListItem& item : requireValue(lists.items(list)))
        if (item.id == id)
            requireOk(lists.rename(item, to));
}

int statusCellRoom(const QTableView* list)
{
    // The delegate's text margins either side of the cell.
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    return list->columnWidth(ClientListModel::Status) - 2 * margin;
}

} // namespace

TEST_CASE("in Ukrainian and Russian the client list's status column shows the longest status "
          "whole at 1366 pixels, and a width dragged by hand is kept",
          "[ui][screen][language][clients]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    forgetLayouts();
    LanguageGuard guard(language);
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QString longest = longestStatus(language);
    {
        auto db = openTestDatabase(path);
        renameItem(*db, kStatuses, u"Lead"_s, longest);
        Client c;
        c.lastName = u"Абрамович-Великопольська"_s;
        c.firstName = u"Олександра"_s;
        c.companyName = u"Товариство з обмеженою відповідальністю «Будівельна компанія»"_s;
        c.phones.append(Phone{u"mobile"_s, u"+380671234567"_s, u"+380671234567"_s});
        c.statusId = requireValue(Lists(*db).idOf(kStatuses, longest));
        requireOk(ClientRepository(*db).create(c));
    }
    INFO(languageCode(language).toStdString());
    int dragged = 0;
    {
        auto window = smallScreenWindow(path);
        QTableView* list = window->clientsPage()->list();
        REQUIRE(list->isVisible());
        REQUIRE_FALSE(list->isColumnHidden(ClientListModel::Status));
        CHECK(list->fontMetrics().horizontalAdvance(longest) <= statusCellRoom(list));
        // Still the default layout of 1366: nothing scrolls sideways, the name keeps its room,
        // the phone is whole.
        CHECK(list->horizontalScrollBar()->maximum() == 0);
        CHECK(list->columnWidth(ClientListModel::Name) >= 150);
        CHECK(list->columnWidth(ClientListModel::Phone) >= 135);
        keepPicture(window.get(), u"fit-%1-status.png"_s.arg(languageCode(language)));
        dragged = list->columnWidth(ClientListModel::Status) - 23;
        list->horizontalHeader()->resizeSection(ClientListModel::Status, dragged);
    }
    auto again = smallScreenWindow(path);
    CHECK(again->clientsPage()->list()->columnWidth(ClientListModel::Status) == dragged);
    forgetLayouts();
}

TEST_CASE("in Ukrainian and Russian the client form shows three phones and three e-mails "
          "without scrolling, its hints whole, within 768 pixels",
          "[ui][screen][language][clients]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    LanguageGuard guard(language);
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Телефонна"_s;
    for (const QString& number : {u"+380501234567"_s, u"+380671234568"_s, u"+380441234569"_s})
        c.phones.append(Phone{u"mobile"_s, number, number});
    for (const QString& address : {u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s})
        c.emails.append(Email{u"work"_s, address});
    requireOk(repo.create(c));
    ClientForm form(*db, repo, c);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    INFO(languageCode(language).toStdString());
    // A 768-pixel screen less the window's title bar and a taskbar.
    CHECK(form.height() <= 768 - 70);
    CHECK(form.width() < kScreenWidth);
    int boxes = 0;
    for (QPlainTextEdit* edit : form.findChildren<QPlainTextEdit*>()) {
        if (edit->lineWrapMode() != QPlainTextEdit::NoWrap)
            continue; // addresses and the comment wrap; phones, e-mails and links do not
        const int lines = edit->document()->blockCount();
        if (lines != 3)
            continue;
        ++boxes;
        INFO(edit->toPlainText().toStdString());
        CHECK(edit->verticalScrollBar()->maximum() == 0);
        // The last line's place in the box (viewport coordinates): inside it.
        const QTextCursor last(edit->document()->lastBlock());
        CHECK(edit->cursorRect(last).bottom() <= edit->viewport()->height());
    }
    CHECK(boxes == 2);
    // Each hint's lines fit the box: none breaks inside a number.
    for (QPlainTextEdit* edit : form.findChildren<QPlainTextEdit*>()) {
        const int room = edit->viewport()->width() - 2 * int(edit->document()->documentMargin());
        for (const QString& line : edit->placeholderText().split(u'\n')) {
            INFO(line.toStdString());
            CHECK(edit->fontMetrics().horizontalAdvance(line) <= room);
        }
    }
    for (QLineEdit* edit : form.findChildren<QLineEdit*>()) {
        if (!edit->placeholderText().isEmpty() && edit->isVisible())
            checkPlaceholderFits(edit);
    }
    keepPicture(&form, u"fit-%1-client-form.png"_s.arg(languageCode(language)));
}

TEST_CASE("the card's header names the client's type only when it says more than the kind, in "
          "every language",
          "[ui][language][clients]")
{
    const Language language = GENERATE(Language::English, Language::Ukrainian, Language::Russian);
    LanguageGuard guard(language);
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    // The type named as the card names a person («Частное лицо» beside «частное лицо»).
    const QString kindWord = shownText("kartoteka::ui::ClientCard", "person");
    const QString sameAsKind = kindWord.left(1).toUpper() + kindWord.mid(1);
    renameItem(*db, kContactTypes, u"Private person"_s, sameAsKind);
    Client same;
    same.lastName = u"Однакова"_s;
    same.contactTypeId = requireValue(Lists(*db).idOf(kContactTypes, sameAsKind));
    requireOk(ClientRepository(*db).create(same));
    Client other;
    other.lastName = u"Інша"_s;
    other.contactTypeId = requireValue(Lists(*db).idOf(kContactTypes, u"Designer"_s));
    requireOk(ClientRepository(*db).create(other));

    ClientsPage page(*db);
    auto* subtitle = page.card()->findChild<QLabel*>(u"subtitle"_s);
    REQUIRE(subtitle);
    INFO(languageCode(language).toStdString());
    page.card()->showClient(same.id);
    INFO(subtitle->text().toStdString());
    CHECK(subtitle->text().count(kindWord, Qt::CaseInsensitive) == 1);
    page.card()->showClient(other.id);
    CHECK(subtitle->text().contains(kindWord));
    CHECK(subtitle->text().contains(u"Designer"_s));
}

TEST_CASE("in Ukrainian and Russian the server's dialogs show their fields and buttons whole",
          "[ui][screen][language][server]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    LanguageGuard guard(language);
    INFO(languageCode(language).toStdString());
    TempDir dir;
    std::unique_ptr<Workspace> workspace =
        requireValue(openWorkspace({dir.path(u"shop.sqlite"_s)}, true));

    ConnectServerDialog connect(ConnectServerDialog::Purpose::Start, {});
    MoveToServerDialog move(workspace->database());
    for (QDialog* dialog : std::initializer_list<QDialog*>{&connect, &move}) {
        INFO(dialog->metaObject()->className());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        CHECK(dialog->width() <= kScreenWidth);
        CHECK(dialog->height() <= 738);
        for (const QPushButton* button : dialog->findChildren<QPushButton*>()) {
            if (!button->isVisible())
                continue;
            INFO(button->text().toStdString());
            CHECK(button->width() >= button->sizeHint().width());
        }
        for (const QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            if (!edit->placeholderText().isEmpty())
                checkPlaceholderFits(edit);
        keepPicture(dialog,
                    u"fit-%1-%2.png"_s.arg(languageCode(language),
                                           QString::fromLatin1(dialog->metaObject()->className())));
    }
}
