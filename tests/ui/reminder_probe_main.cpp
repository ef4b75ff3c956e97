// kartoteka-test-reminder-probe DB: one window's reminder check, as a process
// of its own. It checks once as the base's person (no accounts: nobody in
// particular), shows what is due through the desktop's notification service
// on $DBUS_SESSION_BUS_ADDRESS, and prints how many it showed.
#include "storage/Database.h"
#include "tasks/DesktopNotifications.h"
#include "tasks/ReminderWatcher.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace kartoteka;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: kartoteka-test-reminder-probe DB\n");
        return 2;
    }
    OpenOptions options;
    options.path = QString::fromLocal8Bit(argv[1]);
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    ui::DesktopNotifications notifications(nullptr);
    ui::ReminderWatcher watcher(**db, notifications);
    const Result<int> shown = watcher.checkNow();
    if (!shown) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(shown.error().message));
        return 1;
    }
    std::printf("%d\n", *shown);
    return 0;
}
