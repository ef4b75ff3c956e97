#include "tasks/TaskCalendar.h"

#include "storage/Database.h"
#include "tasks/TaskActions.h"
#include "tasks/TaskRepository.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;      // "taskId/occursOn"
constexpr int kTaskRole = Qt::UserRole + 1; // the task's id
constexpr int kDayRole = Qt::UserRole + 2;  // the occurrence's day in its series
constexpr int kWeeks = 6;

QString keyOf(qint64 taskId, const QDate& occursOn)
{
    return QString::number(taskId) + u'/' + occursOn.toString(Qt::ISODate);
}

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

CalendarDay::CalendarDay(const QDate& day, QWidget* parent) : QListWidget(parent), m_day(day)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true); // the whole title, on more lines when it must
    setFrameShape(QFrame::NoFrame);
}

QStringList CalendarDay::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* CalendarDay::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty() || !(items.first()->flags() & Qt::ItemIsDragEnabled))
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << items.first()->data(kTaskRole).toLongLong() << items.first()->data(kDayRole).toDate();
    auto* mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

void CalendarDay::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(kMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarDay::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(kMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarDay::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(kMimeType)) {
        event->ignore();
        return;
    }
    QDataStream in(event->mimeData()->data(kMimeType));
    qint64 taskId = 0;
    QDate occursOn;
    in >> taskId >> occursOn;
    // The list is rebuilt from the database; Qt must not move the item itself.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (taskId > 0 && occursOn.isValid())
        emit dropped(taskId, occursOn, m_day);
}

TaskCalendar::TaskCalendar(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_anchor(QDate::currentDate()), m_period(new QLabel(this)),
      m_week(new QPushButton(tr("Week"), this)), m_month(new QPushButton(tr("Month"), this))
{
    QFont bold = m_period->font();
    bold.setBold(true);
    m_period->setFont(bold);
    auto* previous = new QPushButton(tr("◀ Earlier"), this);
    auto* today = new QPushButton(tr("Today"), this);
    auto* next = new QPushButton(tr("Later ▶"), this);
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showPeriodOf(QDate::currentDate()); });
    for (QPushButton* b : {m_week, m_month})
        b->setCheckable(true);
    connect(m_week, &QPushButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(m_month, &QPushButton::clicked, this, [this] { setSpan(Span::Month); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_period, 1);
    bar->addWidget(m_week);
    bar->addWidget(m_month);

    auto* grid = m_grid = new QGridLayout;
    grid->setSpacing(2);
    // The weekdays' names over the columns, Monday first.
    for (int d = 0; d < 7; ++d) {
        auto* name = new QLabel(QLocale().dayName(d + 1, QLocale::ShortFormat), this);
        name->setAlignment(Qt::AlignCenter);
        grid->addWidget(name, 0, d);
    }
    for (int i = 0; i < kWeeks * 7; ++i) {
        auto* cell = new QFrame(this);
        cell->setFrameShape(QFrame::StyledPanel);
        auto* header = new QLabel(cell);
        auto* day = new CalendarDay(QDate(), cell);
        auto* layout = new QVBoxLayout(cell);
        layout->setContentsMargins(2, 1, 2, 2);
        layout->setSpacing(0);
        layout->addWidget(header);
        layout->addWidget(day, 1);
        connect(day, &CalendarDay::dropped, this,
                [this](qint64 taskId, const QDate& occursOn, const QDate& to) {
                    moveOccurrence(taskId, occursOn, to);
                });
        connect(day, &QListWidget::itemActivated, this, &TaskCalendar::openItem);
        grid->addWidget(cell, 1 + i / 7, i % 7);
        m_cells.append(cell);
        m_dayHeaders.append(header);
        m_days.append(day);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);
    setSpan(Span::Week);
}

void TaskCalendar::setSpan(Span span)
{
    m_span = span;
    m_week->setChecked(span == Span::Week);
    m_month->setChecked(span == Span::Month);
    showPeriodOf(m_anchor);
}

void TaskCalendar::showPeriodOf(const QDate& day)
{
    m_anchor = day;
    m_first = m_span == Span::Week ? mondayOf(day) : mondayOf(QDate(day.year(), day.month(), 1));
    reload();
}

void TaskCalendar::setPerson(qint64 personId)
{
    m_person = personId;
    reload();
}

QDate TaskCalendar::lastDay() const
{
    return m_first.addDays(m_span == Span::Week ? 6 : kWeeks * 7 - 1);
}

void TaskCalendar::step(int direction)
{
    showPeriodOf(m_span == Span::Week ? m_anchor.addDays(7 * direction)
                                      : m_anchor.addMonths(direction));
}

CalendarDay* TaskCalendar::dayList(const QDate& day) const
{
    const qint64 index = m_first.daysTo(day);
    if (index < 0 || day > lastDay())
        return nullptr;
    return m_days.value(int(index));
}

void TaskCalendar::reload()
{
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_period->setText(m_span == Span::Month
                          ? locale.standaloneMonthName(m_anchor.month()) + u' ' +
                                QString::number(m_anchor.year())
                          : tr("%1 – %2").arg(locale.toString(m_first, u"d MMMM"_s),
                                              locale.toString(lastDay(), u"d MMMM yyyy"_s)));
    for (int i = 0; i < m_days.size(); ++i) {
        const QDate day = m_first.addDays(i);
        const bool shown = day <= lastDay();
        m_cells[i]->setVisible(shown);
        m_days[i]->clear();
        m_days[i]->setDay(day);
        QString head = m_span == Span::Month && day.day() != 1 ? QString::number(day.day())
                                                               : locale.toString(day, u"d MMM"_s);
        QFont font = m_dayHeaders[i]->font();
        font.setBold(day == today);
        m_dayHeaders[i]->setFont(font);
        m_dayHeaders[i]->setText(head);
        m_dayHeaders[i]->setEnabled(m_span == Span::Week || day.month() == m_anchor.month());
    }
    // The weeks shown share the height; the hidden ones take none.
    const int weeks = m_span == Span::Week ? 1 : kWeeks;
    for (int row = 1; row <= kWeeks; ++row)
        m_grid->setRowStretch(row, row <= weeks ? 1 : 0);
    m_shown.clear();
    TaskQuery query{m_first, lastDay()};
    query.responsibleId = m_person;
    query.withClosed = true;
    query.limit = 100000;
    Result<QList<TaskOccurrence>> found = TaskRepository(m_db).occurrences(query);
    if (!found) {
        m_period->setText(found.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const TaskOccurrence& o : *found) {
        CalendarDay* list = dayList(o.start.date());
        if (!list)
            continue;
        const QString key = keyOf(o.task.id, o.occursOn);
        m_shown.insert(key, o);
        QString text = taskHeadline(o.task);
        if (!o.wholeDay)
            text = locale.toString(o.start.time(), QLocale::ShortFormat) + u' ' + text;
        auto* item = new QListWidgetItem(text, list);
        item->setData(kKeyRole, key);
        item->setData(kTaskRole, o.task.id);
        item->setData(kDayRole, o.occursOn);
        QStringList tip{o.task.title};
        if (!o.task.clientName.isEmpty())
            tip << o.task.clientName;
        if (!o.task.responsible.isEmpty())
            tip << o.task.responsible;
        item->setToolTip(tip.join(u'\n'));
        if (o.state != TaskState::Open) {
            // Done or cancelled: shown, not moved.
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
        } else if (o.isOverdue(now)) {
            item->setForeground(overdueColor());
        }
    }
}

bool TaskCalendar::moveOccurrence(qint64 taskId, const QDate& occursOn, const QDate& to)
{
    const auto shown = m_shown.constFind(keyOf(taskId, occursOn));
    if (shown == m_shown.constEnd() || shown->start.date() == to)
        return false;
    const std::optional<QTime> time =
        shown->wholeDay ? std::nullopt : std::optional<QTime>(shown->start.time());
    const Status moved = TaskRepository(m_db).reschedule(taskId, occursOn, to, time);
    if (!moved)
        QMessageBox::warning(this, tr("Move the task"), moved.error().message);
    reload();
    if (moved)
        emit changed();
    return bool(moved);
}

void TaskCalendar::openItem(QListWidgetItem* item)
{
    if (item && editTask(this, m_db, item->data(kTaskRole).toLongLong())) {
        reload();
        emit changed();
    }
}

} // namespace kartoteka::ui
