#include "tasks/ClientTasks.h"

#include "clients/Lists.h"
#include "language/Formats.h"
#include "main/DialogKeys.h"
#include "storage/Database.h"
#include "tasks/TaskActions.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRepository.h"
#include "tasks/Today.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

ClientTasks::ClientTasks(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_title(new QLabel(this)), m_lines(new QTreeWidget(this)),
      m_callBack(new QPushButton(tr("Call back in %n day(s)", nullptr, kCallBackDays), this)),
      m_new(new QPushButton(tr("New task…"), this)), m_done(new QPushButton(tr("Done…"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lines->setColumnCount(3);
    m_lines->setHeaderLabels({tr("When"), tr("What"), tr("Who")});
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Six lines and the header; more scroll.
    m_lines->setMaximumHeight(m_lines->fontMetrics().height() * 9);
    connect(m_lines, &QTreeWidget::itemActivated, this, &ClientTasks::edit);
    connect(m_lines, &QTreeWidget::currentItemChanged, this,
            [this] { m_done->setEnabled(current().has_value()); });
    connect(m_callBack, &QPushButton::clicked, this, &ClientTasks::callBack);
    connect(m_new, &QPushButton::clicked, this, &ClientTasks::newTask);
    connect(m_done, &QPushButton::clicked, this, &ClientTasks::complete);

    // The title above its buttons: the card stays as narrow as it was.
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_callBack);
    buttons->addWidget(m_new);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_lines);
}

void ClientTasks::showTasksOf(qint64 clientId, qint64 dealId)
{
    m_clientId = clientId;
    m_dealId = dealId;
    reload();
}

void ClientTasks::reload()
{
    m_lines->clear();
    m_tasks.clear();
    if (m_clientId <= 0 && m_dealId <= 0)
        return;
    // Open ones from a year back (overdue) to a year ahead.
    const QDate today = QDate::currentDate();
    TaskQuery query{today.addYears(-1), today.addYears(1)};
    query.clientId = m_dealId > 0 ? 0 : m_clientId;
    query.dealId = m_dealId;
    query.limit = 100000; // every day of a daily series, one line each below
    Result<QList<TaskOccurrence>> tasks = TaskRepository(m_db).occurrences(query);
    if (!tasks) {
        m_title->setText(tasks.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const TaskOccurrence& o : oneLinePerSeries(*tasks, now)) {
        auto* line = new QTreeWidgetItem(m_lines);
        line->setData(0, Qt::UserRole, int(m_tasks.size()));
        m_tasks.append(o);
        QString when = formatDate(o.start.date());
        if (!o.wholeDay)
            when += u' ' + QLocale().toString(o.start.time(), QLocale::ShortFormat);
        line->setText(0, when);
        line->setText(1, taskHeadline(o.task));
        if (o.task.repeats())
            line->setToolTip(1, tr("Repeats: its next day is shown"));
        line->setText(2, o.task.responsible);
        if (o.isOverdue(now)) {
            line->setForeground(0, overdueColor());
            line->setToolTip(0, tr("Overdue"));
        }
    }
    m_title->setText(m_tasks.isEmpty() ? tr("Tasks: none open")
                                       : tr("Tasks (%1)").arg(QLocale().toString(m_tasks.size())));
    m_lines->setVisible(!m_tasks.isEmpty());
    m_done->setEnabled(false);
}

std::optional<TaskOccurrence> ClientTasks::current() const
{
    const QTreeWidgetItem* item = m_lines->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_tasks.size() ? std::optional(m_tasks[index]) : std::nullopt;
}

void ClientTasks::callBack()
{
    Task task;
    task.clientId = m_clientId;
    task.dealId = m_dealId;
    task.title = tr("Call back");
    task.dueDate = QDate::currentDate().addDays(kCallBackDays);
    // The kind the shop's list says a call is, whatever it is called.
    if (Result<qint64> kind = Lists(m_db).idByMeaning(kTaskKinds, u"call"_s))
        task.kindId = *kind;
    if (Status s = TaskRepository(m_db).create(task); !s) {
        QMessageBox::warning(this, m_callBack->text(), s.error().message);
        return;
    }
    reload();
    emit changed();
}

void ClientTasks::newTask()
{
    Task task;
    task.clientId = m_clientId;
    task.dealId = m_dealId;
    task.dueDate = QDate::currentDate().addDays(1);
    TaskDialog dialog(m_db, task, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void ClientTasks::edit()
{
    if (const std::optional<TaskOccurrence> o = current(); o && editTask(this, m_db, o->task.id)) {
        reload();
        emit changed();
    }
}

void ClientTasks::complete()
{
    if (const std::optional<TaskOccurrence> o = current(); o && completeTask(this, m_db, *o)) {
        reload();
        emit changed();
    }
}

} // namespace kartoteka::ui
