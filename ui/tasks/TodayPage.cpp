#include "tasks/TodayPage.h"

#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/InteractionDialog.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "language/Formats.h"
#include "main/DateEdits.h"
#include "main/DialogKeys.h"
#include "main/Keys.h"
#include "tasks/TaskActions.h"
#include "tasks/TaskCalendar.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1; // a task line's index in m_tasks
constexpr int kClientRole = Qt::UserRole + 2;
constexpr int kDealRole = Qt::UserRole + 3;

enum Column
{
    When,
    What,
    Client,
    Who,
    ColumnCount
};

// Everyone's day: the person combo's value for no one in particular.
constexpr qint64 kEveryone = -1;

} // namespace

TodayPage::TodayPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_title(new QLabel(this)), m_person(new QComboBox(this)),
      m_lines(new QTreeWidget(this)), m_open(new QPushButton(tr("Open client"), this)),
      m_done(new QPushButton(tr("Done…"), this)), m_postpone(new QPushButton(tr("Postpone"), this)),
      m_call(new QPushButton(tr("Log a call…"), this)),
      m_next(new QPushButton(tr("Next task…"), this)), m_greet(new QPushButton(tr("Greet…"), this)),
      m_views(new QTabWidget(this)), m_calendar(new TaskCalendar(db, this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    fillPeople();
    auto* newButton = new QPushButton(tr("New task…"), this);
    connect(newButton, &QPushButton::clicked, this, &TodayPage::newTask);
    connect(m_person, &QComboBox::currentIndexChanged, this, &TodayPage::reload);

    m_lines->setColumnCount(ColumnCount);
    m_lines->setHeaderLabels({tr("When"), tr("What"), tr("Client"), tr("Who")});
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(Client, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    connect(m_lines, &QTreeWidget::currentItemChanged, this, &TodayPage::updateActions);
    connect(m_lines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        switch (currentKind()) {
        case LineKind::Task:
            return editCurrent();
        case LineKind::Deal:
            return emit dealRequested(item->data(When, kDealRole).toLongLong());
        default:
            return openCurrent();
        }
    });

    auto* postponeMenu = new QMenu(m_postpone);
    postponeMenu->addAction(tr("To tomorrow"), this, [this] { postponeCurrent(1); });
    postponeMenu->addAction(tr("By three days"), this, [this] { postponeCurrent(3); });
    postponeMenu->addAction(tr("By a week"), this, [this] { postponeCurrent(7); });
    postponeMenu->addAction(tr("To a day and time…"), this, &TodayPage::postponeToChosen);
    m_postpone->setMenu(postponeMenu);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &TodayPage::completeCurrent);
    connect(m_call, &QPushButton::clicked, this, &TodayPage::logCall);
    connect(m_next, &QPushButton::clicked, this, &TodayPage::nextTask);
    connect(m_greet, &QPushButton::clicked, this, &TodayPage::greet);
    auto* doneKey = new QShortcut(keys::taskDone(), m_lines);
    connect(doneKey, &QShortcut::activated, this, &TodayPage::completeCurrent);
    m_done->setToolTip(
        tr("Mark the task done (%1)").arg(keys::taskDone().toString(QKeySequence::NativeText)));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Whose:"), this));
    top->addWidget(m_person);
    top->addWidget(newButton);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_open, m_done, m_postpone, m_call, m_next, m_greet})
        actions->addWidget(b);
    actions->addStretch(1);
    // The day's list, and the calendar of the week or month beside it.
    auto* day = new QWidget(m_views);
    auto* dayLayout = new QVBoxLayout(day);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_lines, 1);
    dayLayout->addLayout(actions);
    m_views->addTab(day, tr("The day"));
    m_views->addTab(m_calendar, tr("Calendar"));
    connect(m_views, &QTabWidget::currentChanged, this, &TodayPage::reload);
    connect(m_calendar, &TaskCalendar::changed, this, [this] { m_stale = true; });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);
    updateActions();
}

void TodayPage::showCalendar(bool shown)
{
    m_views->setCurrentWidget(shown ? static_cast<QWidget*>(m_calendar) : m_views->widget(0));
}

void TodayPage::fillPeople()
{
    const Principal& me = m_db.principal();
    m_person->clear();
    m_person->addItem(tr("Mine"), me.accountId);
    // Only whoever sees every client looks at someone else's day.
    if (!me.can(Capability::AllClients))
        return;
    if (Result<QList<ListItem>> people = Lists(m_db).users()) {
        for (const ListItem& p : *people) {
            if (p.id != me.accountId)
                m_person->addItem(p.name, p.id);
        }
    }
    m_person->addItem(tr("Everyone's"), kEveryone);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TodayPage::applyChanges(const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (c.entity == TaskRepository::kEntity || c.entity == ClientRepository::kEntity ||
            c.entity == DealRepository::kEntity || c.entity == InteractionRepository::kEntity ||
            c.entity == Lists::kUserEntity) {
            if (c.entity == Lists::kUserEntity)
                fillPeople();
            m_stale = true;
            break;
        }
    }
    if (m_stale && isVisible())
        reload();
}

void TodayPage::reload()
{
    m_stale = false;
    const QDate today = QDate::currentDate();
    m_title->setText(tr("Today, %1").arg(QLocale().toString(today, u"dddd, d MMMM"_s)));
    TodayQuery query;
    query.today = today;
    const qint64 person = m_person->currentData().toLongLong();
    // "Mine" without accounts (nobody signed in) is everyone's.
    query.personId = person == kEveryone ? 0 : person;
    if (m_views->currentWidget() == m_calendar) {
        // Only what is on screen is read.
        m_calendar->setPerson(query.personId);
        return;
    }
    // One person's day names nobody else.
    m_lines->setColumnHidden(Who, person != kEveryone);
    Result<TodayView> view = readToday(m_db, query);
    if (!view) {
        m_lines->clear();
        m_title->setText(view.error().message);
        return;
    }
    render(*view);
}

QTreeWidgetItem* TodayPage::addGroup(const QString& title, int count)
{
    auto* group = new QTreeWidgetItem(m_lines);
    group->setText(When, u"%1 (%2)"_s.arg(title, QLocale().toString(count)));
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(When);
    bold.setBold(true);
    group->setFont(When, bold);
    group->setFlags(Qt::ItemIsEnabled);
    group->setData(When, kKindRole, int(LineKind::Group));
    return group;
}

void TodayPage::addTasks(const QString& title, const QList<TaskOccurrence>& tasks, bool overdue)
{
    addGroup(title, int(tasks.size()));
    const QDateTime now = QDateTime::currentDateTime();
    for (const TaskOccurrence& o : tasks) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(When, kKindRole, int(LineKind::Task));
        line->setData(When, kIndexRole, int(m_tasks.size()));
        line->setData(When, kClientRole, o.task.clientId);
        m_tasks.append(o);
        QString when = overdue ? formatDate(o.start.date()) : QString();
        if (!o.wholeDay)
            when = (when.isEmpty() ? QString() : when + u' ') +
                   QLocale().toString(o.start.time(), QLocale::ShortFormat);
        else if (!overdue)
            when = tr("during the day");
        line->setText(When, when);
        line->setText(What, taskHeadline(o.task));
        line->setText(Who, o.task.responsible);
        line->setText(Client, o.task.clientName);
        // Overdue ones, and today's whose time has passed.
        if (overdue || o.isOverdue(now))
            line->setForeground(When, overdueColor());
        if (o.task.priority == TaskPriority::High) {
            QFont bold = line->font(What);
            bold.setBold(true);
            line->setFont(What, bold);
        }
    }
}

void TodayPage::render(const TodayView& view)
{
    const std::optional<TaskOccurrence> chosen = currentTask();
    const qint64 selected = chosen ? chosen->task.id : 0;
    m_lines->clear();
    m_tasks.clear();
    addTasks(tr("Overdue"), view.overdue, true);
    if (view.olderOverdue > 0) {
        // Not listed, but not hidden either: the calendar goes back to them.
        auto* older = new QTreeWidgetItem(m_lines);
        older->setData(When, kKindRole, int(LineKind::Group));
        older->setFlags(Qt::ItemIsEnabled);
        older->setText(What, tr("… and %n more overdue for over a year: the calendar shows them "
                                "by their month",
                                nullptr, view.olderOverdue));
        QFont italic = older->font(What);
        italic.setItalic(true);
        older->setFont(What, italic);
    }
    addTasks(tr("Today"), view.today, false);
    addTasks(tr("Tomorrow"), view.tomorrow, false);
    // The lists beside the tasks show only when they have someone in them.
    if (!view.toCall.isEmpty())
        addGroup(tr("Regular clients to call, those who spent most first"),
                 int(view.toCall.size()));
    for (const DriftingClient& c : view.toCall) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(When, kKindRole, int(LineKind::Call));
        line->setData(When, kClientRole, c.clientId);
        line->setText(What,
                      tr("Regular client: last purchase %n day(s) ago", nullptr, c.daysSinceLast));
        line->setToolTip(What, formatDate(c.lastPurchase));
        line->setText(Client, c.phone.isEmpty() ? c.name : u"%1, %2"_s.arg(c.name, c.phone));
        line->setText(Who, c.manager);
    }
    if (!view.outOfTouch.isEmpty())
        addGroup(tr("Clients owed a contact, the longest overdue first"),
                 int(view.outOfTouch.size()));
    for (const OutOfTouchClient& c : view.outOfTouch) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(When, kKindRole, int(LineKind::Call));
        line->setData(When, kClientRole, c.clientId);
        line->setText(When, c.lastContact.isValid() ? formatDate(c.lastContact) : tr("never"));
        line->setToolTip(When, tr("The last contact"));
        line->setText(
            What,
            tr("Every %1 days; no contact for %n day(s)", nullptr, c.daysSince).arg(c.everyDays));
        line->setText(Client, c.phone.isEmpty() ? c.name : u"%1, %2"_s.arg(c.name, c.phone));
        line->setText(Who, c.manager);
    }
    if (!view.birthdays.isEmpty())
        addGroup(tr("Birthdays"), int(view.birthdays.size()));
    for (const UpcomingBirthday& b : view.birthdays) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(When, kKindRole, int(LineKind::Birthday));
        line->setData(When, kClientRole, b.clientId);
        line->setText(When, formatDate(b.next));
        line->setText(What, b.turns > 0 ? tr("Turns %n", nullptr, b.turns) : tr("Birthday"));
        line->setText(Client, b.phone.isEmpty() ? b.name : u"%1, %2"_s.arg(b.name, b.phone));
        line->setText(Who, b.manager);
    }
    if (view.rotting.total > 0)
        addGroup(tr("Deals forgotten on the board, the longest first"), view.rotting.total);
    const QDate today = QDate::currentDate();
    for (const RottingDeal& d : view.rotting.deals) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(When, kKindRole, int(LineKind::Deal));
        line->setData(When, kClientRole, d.clientId);
        line->setData(When, kDealRole, d.dealId);
        line->setText(When, formatDate(d.lastActivity.toLocalTime().date()));
        const int idle = int(d.lastActivity.toLocalTime().date().daysTo(today));
        line->setText(
            What, tr("%1 (%2): nothing for %n day(s)", nullptr, idle).arg(d.title, d.stageName));
        line->setToolTip(What, tr("Double-click to open the deal"));
        line->setText(Client, d.clientName);
        line->setText(Who, d.manager);
    }
    // The first line one can act on, or the task that was chosen.
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_lines->topLevelItem(i);
        const auto kind = LineKind(item->data(When, kKindRole).toInt());
        if (kind == LineKind::Group)
            continue;
        if (!m_lines->currentItem() ||
            (kind == LineKind::Task && selected > 0 &&
             m_tasks[item->data(When, kIndexRole).toInt()].task.id == selected)) {
            m_lines->setCurrentItem(item);
            if (selected == 0 || kind == LineKind::Task)
                break;
        }
    }
    updateActions();
}

TodayPage::LineKind TodayPage::currentKind() const
{
    const QTreeWidgetItem* item = m_lines->currentItem();
    return item ? LineKind(item->data(When, kKindRole).toInt()) : LineKind::Group;
}

std::optional<TaskOccurrence> TodayPage::currentTask() const
{
    if (currentKind() != LineKind::Task)
        return std::nullopt;
    const int index = m_lines->currentItem()->data(When, kIndexRole).toInt();
    return index >= 0 && index < m_tasks.size() ? std::optional(m_tasks[index]) : std::nullopt;
}

qint64 TodayPage::currentClient() const
{
    const QTreeWidgetItem* item = m_lines->currentItem();
    return item ? item->data(When, kClientRole).toLongLong() : 0;
}

void TodayPage::updateActions()
{
    const LineKind kind = currentKind();
    m_open->setEnabled(currentClient() > 0);
    m_done->setEnabled(kind == LineKind::Task);
    m_postpone->setEnabled(kind == LineKind::Task);
    m_call->setEnabled(currentClient() > 0);
    m_next->setEnabled(kind != LineKind::Group);
    m_greet->setEnabled(kind == LineKind::Birthday);
}

void TodayPage::openCurrent()
{
    if (const qint64 client = currentClient(); client > 0)
        emit clientRequested(client);
}

void TodayPage::editCurrent()
{
    if (const std::optional<TaskOccurrence> o = currentTask();
        o && editTask(this, m_db, o->task.id))
        reload();
}

void TodayPage::completeCurrent()
{
    if (const std::optional<TaskOccurrence> o = currentTask(); o && completeTask(this, m_db, *o))
        reload();
}

void TodayPage::postponeCurrent(int days)
{
    const std::optional<TaskOccurrence> o = currentTask();
    if (!o)
        return;
    // From today for one already late, else from its own day.
    const QDate from = std::max(o->start.date(), QDate::currentDate());
    const std::optional<QTime> time =
        o->wholeDay ? std::nullopt : std::optional<QTime>(o->start.time());
    if (Status s =
            TaskRepository(m_db).reschedule(o->task.id, o->occursOn, from.addDays(days), time);
        !s)
        QMessageBox::warning(this, tr("Postpone"), s.error().message);
    reload();
}

void TodayPage::postponeToChosen()
{
    const std::optional<TaskOccurrence> o = currentTask();
    if (!o)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Postpone: %1").arg(o->task.title));
    auto* when = new QDateTimeEdit(&dialog);
    setUpDateEdit(when);
    when->setDateTime(
        QDateTime(QDate::currentDate().addDays(1), o->wholeDay ? QTime(10, 0) : o->start.time()));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("To:"), when);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s =
            TaskRepository(m_db).reschedule(o->task.id, o->occursOn, when->date(), when->time());
        !s)
        QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
    reload();
}

void TodayPage::logCall()
{
    if (currentClient() <= 0)
        return;
    Interaction entry;
    entry.kind = InteractionKind::Call;
    logInteraction(entry);
}

void TodayPage::greet()
{
    if (currentKind() != LineKind::Birthday)
        return;
    Interaction entry;
    entry.kind = InteractionKind::Message;
    entry.text = tr("Birthday greetings");
    logInteraction(entry);
}

void TodayPage::logInteraction(Interaction entry)
{
    entry.clientId = currentClient();
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    entry.direction = u"out"_s;
    InteractionDialog dialog(entry, shopCurrency(m_db), this);
    while (dialog.exec() == QDialog::Accepted) {
        Interaction made = dialog.entry();
        if (Status s = InteractionRepository(m_db).add(made); !s) {
            QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
            continue; // the typed text stays in the dialog
        }
        break;
    }
    reload();
}

void TodayPage::nextTask()
{
    Task next;
    next.dueDate = QDate::currentDate().addDays(1);
    next.clientId = currentClient();
    if (const std::optional<TaskOccurrence> o = currentTask()) {
        next.dealId = o->task.dealId;
        next.kindId = o->task.kindId;
        next.title = o->task.title;
    }
    TaskDialog dialog(m_db, next, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TodayPage::newTask()
{
    Task task;
    task.dueDate = QDate::currentDate();
    TaskDialog dialog(m_db, task, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace kartoteka::ui
