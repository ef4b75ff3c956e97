// The Today screen, the task dialog and the card's tasks, offscreen.
#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "tasks/ClientTasks.h"
#include "tasks/Recurrence.h"
#include "tasks/TaskCalendar.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRepository.h"
#include "tasks/TodayPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

qint64 newClient(Database& db, const QString& last)
{
    Client c;
    c.lastName = last;
    c.firstName = u"Олена"_s;
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

qint64 newTask(Database& db, const QString& title, const QDate& due, qint64 client = 0)
{
    Task t;
    t.title = title;
    t.dueDate = due;
    t.clientId = client;
    requireOk(TaskRepository(db).create(t));
    return t.id;
}

// The lines' texts in the What column, groups as "# title (n)".
QStringList linesOf(const QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        out << (item->text(1).isEmpty() ? u"# "_s + item->text(0) : item->text(1));
    }
    return out;
}

QTreeWidgetItem* lineWith(const QTreeWidget* tree, const QString& what)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1) == what)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("Today lists overdue, today's and tomorrow's tasks and postpones one in a click",
          "[ui][tasks][today]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QDate today = QDate::currentDate();
    const qint64 client = newClient(*db, u"Коваленко"_s);
    newTask(*db, u"Прострочене"_s, today.addDays(-2), client);
    const qint64 todays = newTask(*db, u"Сьогоднішнє"_s, today);
    newTask(*db, u"Завтрашнє"_s, today.addDays(1));
    newTask(*db, u"Через тиждень"_s, today.addDays(7));

    TodayPage page(*db);
    page.resize(1000, 600);
    page.show();
    const QStringList lines = linesOf(page.lines());
    REQUIRE(lines.size() == 6); // nobody to call, no birthdays: no such groups
    CHECK(lines.mid(0, 6) == QStringList{u"# Overdue (1)"_s, u"Прострочене"_s, u"# Today (1)"_s,
                                         u"Сьогоднішнє"_s, u"# Tomorrow (1)"_s, u"Завтрашнє"_s});
    CHECK_FALSE(lines.contains(u"Через тиждень"_s));
    // The overdue task's client is named on its line.
    CHECK(lineWith(page.lines(), u"Прострочене"_s)->text(2).startsWith(u"Коваленко"_s));

    // Postponed to tomorrow: it moves down a group, and the repository has it.
    page.lines()->setCurrentItem(lineWith(page.lines(), u"Сьогоднішнє"_s));
    QMenu* menu = nullptr; // Postpone's
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->menu())
            menu = b->menu();
    }
    REQUIRE(menu);
    menu->actions().first()->trigger(); // to tomorrow
    CHECK(requireValue(TaskRepository(*db).load(todays)).dueDate == today.addDays(1));
    // Both whole-day ones of tomorrow, in the order they were written.
    CHECK(linesOf(page.lines()).mid(2, 4) ==
          QStringList{u"# Today (0)"_s, u"# Tomorrow (2)"_s, u"Сьогоднішнє"_s, u"Завтрашнє"_s});
}

TEST_CASE("the task dialog writes what its fields say, and keeps a refused task open",
          "[ui][tasks]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QDate day = QDate::currentDate().addDays(2);
    Task fresh;
    fresh.dueDate = day;
    TaskDialog dialog(*db, fresh);
    auto* title = dialog.findChild<QLineEdit*>();
    REQUIRE(title);
    // No title: refused, the dialog stays, nothing written.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(requireValue(TaskRepository(*db).occurrences({day, day})).isEmpty());

    title->setText(u"Планірка"_s);
    QComboBox* repeat = nullptr;
    for (QComboBox* c : dialog.findChildren<QComboBox*>()) {
        if (c->findData(int(RepeatChoice::LastWorkingDay)) >= 0)
            repeat = c;
    }
    REQUIRE(repeat);
    repeat->setCurrentIndex(repeat->findData(int(RepeatChoice::Weekly)));
    auto* reminders = dialog.findChild<QListWidget*>();
    REQUIRE(reminders);
    reminders->item(1)->setCheckState(Qt::Checked); // 15 minutes before
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Task saved = requireValue(TaskRepository(*db).load(dialog.task().id));
    CHECK(saved.title == u"Планірка"_s);
    CHECK(saved.repeatRule == repeatRuleFor(RepeatChoice::Weekly));
    CHECK(saved.reminders == QList<TaskReminder>{TaskReminder{15, {}}});
    CHECK(requireValue(TaskRepository(*db).occurrences({day, day.addDays(7)})).size() == 2);
}

TEST_CASE("the card's Call back makes a call task in one click, shown on the card", "[ui][tasks]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const qint64 client = newClient(*db, u"Мельник"_s);
    ClientTasks tasks(*db);
    tasks.showTasksOf(client);
    CHECK(tasks.lines()->topLevelItemCount() == 0);
    tasks.callBackButton()->click();
    REQUIRE(tasks.lines()->topLevelItemCount() == 1);
    const QDate due = QDate::currentDate().addDays(ClientTasks::kCallBackDays);
    const QList<TaskOccurrence> made = requireValue(TaskRepository(*db).occurrences({due, due}));
    REQUIRE(made.size() == 1);
    CHECK(made[0].task.clientId == client);
    CHECK(made[0].task.kindId == requireValue(Lists(*db).idByMeaning(kTaskKinds, u"call"_s)));
    CHECK(made[0].task.kindId > 0);
}

TEST_CASE("the calendar shows a week or a month of tasks, and a task dragged to another day "
          "moves there with its time",
          "[ui][tasks][calendar]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    Task meeting;
    meeting.title = u"Замір на об'єкті"_s;
    meeting.dueDate = monday.addDays(1);
    meeting.dueTime = QTime(14, 30);
    requireOk(TaskRepository(*db).create(meeting));
    const qint64 done = newTask(*db, u"Вже зроблене"_s, monday);
    requireOk(TaskRepository(*db).complete(done, {}, u"Так"_s));

    TodayPage page(*db);
    page.resize(1366, 700);
    page.show();
    page.showCalendar(true);
    TaskCalendar* calendar = page.calendar();
    REQUIRE(calendar->isVisible());
    CHECK(calendar->firstDay() == monday);
    CHECK(calendar->lastDay() == monday.addDays(6));
    REQUIRE(calendar->dayList(monday.addDays(1))->count() == 1);
    CHECK(calendar->dayList(monday.addDays(1))->item(0)->text().endsWith(u"Замір на об'єкті"_s));
    // A done one is shown, and cannot be dragged.
    REQUIRE(calendar->dayList(monday)->count() == 1);
    CHECK_FALSE(calendar->dayList(monday)->item(0)->flags() & Qt::ItemIsDragEnabled);

    // Dragged from Tuesday and dropped on Thursday.
    CalendarDay* from = calendar->dayList(monday.addDays(1));
    CalendarDay* to = calendar->dayList(monday.addDays(3));
    struct Dragged : CalendarDay
    {
        using CalendarDay::mimeData;
    };
    std::unique_ptr<QMimeData> mime(static_cast<Dragged*>(from)->mimeData({from->item(0)}));
    REQUIRE(mime);
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &drop);
    const Task moved = requireValue(TaskRepository(*db).load(meeting.id));
    CHECK(moved.dueDate == monday.addDays(3));
    CHECK(moved.dueTime == QTime(14, 30));
    CHECK(calendar->dayList(monday.addDays(3))->count() == 1);
    CHECK(calendar->dayList(monday.addDays(1))->count() == 0);

    // The month: whole weeks from the Monday before its first day.
    calendar->setSpan(TaskCalendar::Span::Month);
    const QDate first(today.year(), today.month(), 1);
    CHECK(calendar->firstDay() == first.addDays(1 - first.dayOfWeek()));
    CHECK(calendar->lastDay() == calendar->firstDay().addDays(41));
    CHECK(calendar->dayList(monday.addDays(3))->count() == 1);
}
