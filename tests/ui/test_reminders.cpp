// Reminders on the desktop: through a real session bus to python3-dbusmock's
// notification daemon, once per reminder across windows and processes, and
// the program's own pop-up where there is no such service.
#include "Catch.h"
#include "NotificationBus.h"
#include "TestSupport.h"

#include "tasks/DesktopNotifications.h"
#include "tasks/ReminderPopup.h"
#include "tasks/Reminders.h"
#include "tasks/ReminderWatcher.h"
#include "tasks/TaskRepository.h"

#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// A call in `minutes`, reminded of a quarter of an hour before: due now. It
// was written two hours before its reminder, which waited for its moment.
qint64 callSoon(Database& db, const QString& title, int minutes = 10)
{
    const QDateTime at = QDateTime::currentDateTime().addSecs(60LL * minutes);
    Task t;
    t.title = title;
    t.dueDate = at.date();
    t.dueTime = QTime(at.time().hour(), at.time().minute());
    t.reminders = {TaskReminder{15, {}}};
    requireOk(TaskRepository(db).create(t));
    requireOk(scheduleReminders(db.connection(), {t.id}, at.addSecs(-2 * 3600),
                                QTimeZone::systemTimeZone()));
    return t.id;
}

} // namespace

TEST_CASE("a reminder reaches the desktop notification service once and its click opens the task",
          "[ui][tasks][reminders]")
{
    NotificationBus bus;
    REQUIRE(bus.error().isEmpty());
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto first = openTestDatabase(path);
    auto second = openTestDatabase(path);
    const qint64 task = callSoon(*first, u"Передзвонити Коваленко"_s);

    // Two windows of the same person, each checking its minute.
    DesktopNotifications firstDesktop(nullptr), secondDesktop(nullptr);
    firstDesktop.useBus(bus.connection());
    secondDesktop.useBus(bus.connection());
    ReminderWatcher firstWatcher(*first, firstDesktop);
    ReminderWatcher secondWatcher(*second, secondDesktop);
    const int shown =
        requireValue(firstWatcher.checkNow()) + requireValue(secondWatcher.checkNow());
    CHECK(shown == 1);
    CHECK(bus.summaries() == QStringList{u"Передзвонити Коваленко"_s});
    CHECK(firstDesktop.lastWay() == DesktopNotifications::Way::Service);
    // The next minute: nothing new.
    CHECK(requireValue(firstWatcher.checkNow()) == 0);
    CHECK(bus.summaries().size() == 1);

    // The person clicks it: the window that showed it opens the task.
    QSignalSpy opened(&firstWatcher, &ReminderWatcher::taskRequested);
    QSignalSpy openedElsewhere(&secondWatcher, &ReminderWatcher::taskRequested);
    bus.click(1);
    REQUIRE(opened.wait(5000));
    QTest::qWait(100); // time enough for the other window to answer too, were it to
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == task);
    CHECK(openedElsewhere.isEmpty());
}

TEST_CASE("two processes of one person show a reminder once", "[ui][tasks][reminders]")
{
    NotificationBus bus;
    REQUIRE(bus.error().isEmpty());
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    {
        auto db = openTestDatabase(path);
        callSoon(*db, u"Зустріч з дизайнером"_s);
        callSoon(*db, u"Доставка шпалер"_s, 5);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus.address());
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"config"_s));
    QProcess a, b;
    for (QProcess* p : {&a, &b}) {
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(KARTOTEKA_REMINDER_PROBE), {path});
    }
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForFinished(60000));
        REQUIRE(p->exitCode() == 0);
    }
    const int shown =
        a.readAllStandardOutput().trimmed().toInt() + b.readAllStandardOutput().trimmed().toInt();
    CHECK(shown == 2);
    QStringList summaries = bus.summaries();
    summaries.sort();
    CHECK(summaries == QStringList{u"Доставка шпалер"_s, u"Зустріч з дизайнером"_s});
}

TEST_CASE("without a notification service reminders wait in the program's own pop-up",
          "[ui][tasks][reminders]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const qint64 task = callSoon(*db, u"Передзвонити"_s);
    QWidget window;
    DesktopNotifications desktop(&window);
    // A bus nobody listens on: no service there, and offscreen has no tray.
    desktop.useBus(QDBusConnection(u"no-such-bus"_s));
    ReminderWatcher watcher(*db, desktop);
    CHECK(requireValue(watcher.checkNow()) == 1);
    CHECK(desktop.lastWay() == DesktopNotifications::Way::Popup);
    ReminderPopup* popup = desktop.popup();
    REQUIRE(popup);
    CHECK(popup->isVisible());
    REQUIRE(popup->list()->count() == 1);
    CHECK(popup->list()->item(0)->text().startsWith(u"Передзвонити"_s));
    QSignalSpy opened(&watcher, &ReminderWatcher::taskRequested);
    emit popup->list()->itemActivated(popup->list()->item(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == task);
}

TEST_CASE("reminders missed while the program was closed come at start, many as one notice",
          "[ui][tasks][reminders]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    // Their moments passed an hour ago and more, while nothing ran.
    for (int i = 0; i < ReminderWatcher::kSeparateNotices + 1; ++i)
        callSoon(*db, u"Дзвінок %1"_s.arg(i), -60 - i);
    QWidget window;
    DesktopNotifications desktop(&window);
    desktop.useBus(QDBusConnection(u"no-such-bus"_s));
    ReminderWatcher watcher(*db, desktop);
    CHECK(requireValue(watcher.checkNow()) == ReminderWatcher::kSeparateNotices + 1);
    REQUIRE(desktop.popup());
    REQUIRE(desktop.popup()->list()->count() == 1);
    QSignalSpy today(&watcher, &ReminderWatcher::todayRequested);
    emit desktop.popup()->list()->itemActivated(desktop.popup()->list()->item(0));
    CHECK(today.size() == 1);
}
