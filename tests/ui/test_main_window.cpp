#include "Catch.h"
#include "TestSupport.h"

#include "admin/AdminPage.h"
#include "clients/ClientCard.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "deals/BoardPage.h"
#include "deals/DealRepository.h"
#include "main/BackgroundJob.h"
#include "main/MainWindow.h"
#include "main/NoticeBanner.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "storage/ChangeWatcher.h"
#include "storage/Sessions.h"

#include <QApplication>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
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
    const auto* navigation = window->findChild<QListWidget*>();
    REQUIRE(navigation);
    REQUIRE(navigation->count() == 5);
    CHECK(navigation->item(0)->text() == u"Clients"_s);
    CHECK(navigation->item(1)->text() == u"Deals"_s);
    CHECK(navigation->item(2)->text() == u"Reports"_s);
    CHECK(navigation->item(3)->text() == u"Catalog"_s);
    CHECK(navigation->item(4)->text() == u"Administration"_s);
    CHECK(window->clientsPage()->isVisible());

    CHECK(window->statusLine()->databaseText().contains(dir.path(u"shop.sqlite"_s)));
    CHECK(window->statusLine()->databaseText().contains(u"shared folder"_s));
    CHECK(window->statusLine()->backupText() == u"No backup yet"_s);
    CHECK(window->windowTitle().startsWith(u"shop.sqlite"_s));

    QStringList menus;
    for (QAction* action : window->menuBar()->actions())
        menus.append(action->text());
    CHECK(menus == QStringList{u"&File"_s, u"&Help"_s});
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
    CHECK(window->banner()->text().contains(u"Олена on OFFICE-PC"_s));

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
        for (QPushButton* button : window.findChildren<QPushButton*>()) {
            const QString text = button->text();
            if (text.contains(u"Back up now"_s) || text.contains(u"Restore"_s)) {
                INFO(text.toStdString());
                CHECK_FALSE(button->isEnabled());
            }
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

    window->showSection(1);
    window->boardPage()->openClientOf(deal.id);
    CHECK(page->isVisible());
    CHECK(page->card()->clientId() == second.id);
    CHECK(selected() == second.id);

    window->showSection(2);
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
