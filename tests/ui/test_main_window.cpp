#include "Catch.h"
#include "TestSupport.h"

#include "admin/AdminPage.h"
#include "catalog/CatalogPage.h"
#include "clients/ClientCard.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "deals/BoardPage.h"
#include "deals/DealRepository.h"
#include "main/BackgroundJob.h"
#include "main/Keys.h"
#include "main/MainWindow.h"
#include "main/NoticeBanner.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sessions.h"
#include "tasks/TodayPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString& path, ModeChoice mode = ModeChoice::Local)
{
    auto window = std::make_unique<MainWindow>(requireValue(openWorkspace({path, mode}, true)));
    window->show();
    return window;
}

} // namespace

TEST_CASE("the main window shows the sections that exist, the path and the mode", "[ui][main]")
{
    TempDir dir;
    auto window = openWindow(dir.path(u"shop.sqlite"_s), ModeChoice::Shared);
    auto* navigation = window->findChild<QListWidget*>();
    REQUIRE(navigation);
    REQUIRE(navigation->count() == 6);
    // Each entry of the list shows its own section.
    const QList<QWidget*> sections = {window->todayPage(),   window->clientsPage(),
                                      window->boardPage(),   window->reportsPage(),
                                      window->catalogPage(), window->adminPage()};
    for (int i = 0; i < navigation->count(); ++i) {
        navigation->setCurrentRow(i);
        CHECK(sections[i]->isVisible());
        CHECK_FALSE(navigation->item(i)->text().isEmpty());
    }
    navigation->setCurrentRow(1);
    CHECK(window->clientsPage()->isVisible());

    CHECK(window->statusLine()->databaseText().contains(dir.path(u"shop.sqlite"_s)));
    CHECK(
        window->statusLine()->databaseText().contains(storageModeDisplayName(StorageMode::Shared)));
    CHECK(window->statusLine()->backupText() ==
          shownText("kartoteka::ui::StatusLine", "No backup yet"));
    CHECK(window->windowTitle().startsWith(u"shop.sqlite"_s));

    // File (databases, sign-out, quit), Clients (duplicates, merges), Tasks
    // (a new one, Today), Settings (the language) and Help.
    const QList<QAction*> menus = window->menuBar()->actions();
    REQUIRE(menus.size() == 5);
    const QList<QAction*> file = menus[0]->menu()->actions();
    CHECK(std::any_of(file.begin(), file.end(), [](const QAction* a) {
        return a->shortcut() == QKeySequence(QKeySequence::Quit);
    }));
    const QList<QAction*> clients = menus[1]->menu()->actions();
    CHECK(std::any_of(clients.begin(), clients.end(),
                      [](const QAction* a) { return a->shortcut() == keys::findDuplicates(); }));
    const QList<QAction*> tasks = menus[2]->menu()->actions();
    CHECK(std::any_of(tasks.begin(), tasks.end(),
                      [](const QAction* a) { return a->shortcut() == keys::newTask(); }));
    CHECK(menus[3]->menu()->actions().contains(window->languageMenu()->menuAction()));
    CHECK_FALSE(menus[4]->menu()->actions().isEmpty());
}

TEST_CASE("a restore on another PC shows a banner, then every view reloads", "[ui][main]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto window = openWindow(path, ModeChoice::Shared);

    auto otherPc = openTestDatabase(path, ModeChoice::Shared);
    Identity admin = Identity::current();
    admin.userName = u"Олена"_s;
    admin.host = u"OFFICE-PC"_s;
    SessionRegistry session(*otherPc, admin);
    requireOk(session.start());
    requireOk(session.setMaintenance(u"restoring a backup"_s));

    REQUIRE(waitUntil([&] { return window->banner()->isVisible(); }, 3000));
    CHECK(window->banner()->text().contains(
        shownText("kartoteka::ui::MainWindow", "%1 on %2 is restoring the database from a backup. "
                                               "Changes cannot be saved until it has finished; "
                                               "everything reloads then.")
            .arg(u"Олена"_s, u"OFFICE-PC"_s)));

    requireOk(session.clearMaintenance());
    REQUIRE(waitUntil([&] { return !window->banner()->isVisible(); }, 3000));
}

TEST_CASE("switching to another database rebuilds the views on it", "[ui][main]")
{
    TempDir dir;
    auto window = openWindow(dir.path(u"first.sqlite"_s));
    window->switchTo(
        requireValue(openWorkspace({dir.path(u"second.sqlite"_s), ModeChoice::Local}, true)));
    CHECK(window->statusLine()->databaseText().contains(u"second.sqlite"_s));
    CHECK(window->windowTitle().startsWith(u"second.sqlite"_s));
    CHECK(window->clientsPage()->isVisible());
    CHECK(window->statusLine()->isVisible());
}

TEST_CASE("a read-only database opens with a standing banner and saves nothing",
          "[ui][main][readonly]")
{
    TempDir dir;
    const QString path = dir.path(u"cd.sqlite"_s);
    openTestDatabase(path).reset();
    const QByteArray before = fileBytes(path);
    {
        OpenOptions options{path, ModeChoice::Automatic, false};
        options.readOnly = true;
        auto workspace = requireValue(Workspace::open(options, Identity::current()));
        workspace->start();
        MainWindow window(std::move(workspace));
        window.show();
        auto* banner = window.findChild<NoticeBanner*>();
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(path));
        CHECK(window.statusLine()->databaseText().contains(path));
        // A passing notice (the database was unreachable for a moment) leaves it standing.
        banner->showNotice(u"x"_s);
        banner->clearNotice();
        CHECK(banner->text().contains(path));
        // Nothing to back up from here, nothing to restore into it.
        for (const QString& name : {u"backUpNow"_s, u"restoreSelected"_s, u"restoreFile"_s}) {
            auto* button = window.adminPage()->findChild<QPushButton*>(name);
            INFO(name.toStdString());
            REQUIRE(button);
            CHECK_FALSE(button->isEnabled());
        }
        QApplication::processEvents();
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a client opened from the board or the reports is selected on the Clients screen",
          "[ui][main][clients]")
{
    TempDir dir;
    auto window = openWindow(dir.path(u"shop.sqlite"_s));
    Database& db = window->workspace().database();
    ClientRepository clients(db);
    Client first;
    first.lastName = u"Перший"_s;
    requireOk(clients.create(first));
    Client second;
    second.lastName = u"Другий"_s;
    requireOk(clients.create(second));
    Deal deal;
    deal.clientId = second.id;
    deal.title = u"Двері"_s;
    requireOk(DealRepository(db).create(deal));
    ClientsPage* page = window->clientsPage();
    page->reload();
    page->searchBox()->setText(u"Перший"_s); // the search hides the deal's client
    REQUIRE(page->model()->rowCount() == 1);
    auto selected = [page] {
        const QModelIndexList rows = page->list()->selectionModel()->selectedRows();
        return rows.size() == 1 ? page->model()->clientIdAt(rows.first().row()) : 0;
    };

    window->showSection(2);
    window->boardPage()->openClientOf(deal.id);
    CHECK(page->isVisible());
    CHECK(page->card()->clientId() == second.id);
    CHECK(selected() == second.id);

    window->showSection(3);
    emit window->reportsPage()->clientRequested(first.id);
    CHECK(page->isVisible());
    CHECK(page->card()->clientId() == first.id);
    CHECK(selected() == first.id);
}

TEST_CASE("a background job is no longer running when its result arrives", "[ui][main][job]")
{
    // A result handler that starts the next run (the Reports screen after a
    // quick change of period) must not be told the job is still busy.
    BackgroundJob job;
    int handled = 0;
    int busyInHandler = 0;
    for (int i = 0; i < 50; ++i) {
        job.run([] { return 1; },
                [&](int) {
                    ++handled;
                    busyInHandler += job.isRunning() ? 1 : 0;
                });
        REQUIRE(waitUntil([&] { return handled == i + 1; }));
    }
    CHECK(busyInHandler == 0);
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("the window creates a database only when asked to", "[ui][main][open]")
{
    TempDir dir;
    const QString missing = dir.path(u"typo/shop.sqlite"_s);
    Result<std::unique_ptr<Workspace>> opened = openWorkspace({missing, ModeChoice::Local}, false);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.path(u"typo"_s)));
    CHECK(openWorkspace({missing, ModeChoice::Local}, true).ok());
    CHECK(QFileInfo::exists(missing));
}
