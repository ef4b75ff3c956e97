#include "tasks/TaskDialog.h"

#include "clients/Lists.h"
#include "main/DateEdits.h"
#include "storage/Database.h"
#include "tasks/Recurrence.h"
#include "tasks/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

QString beforeText(int minutes)
{
    if (minutes == 0)
        return TaskDialog::tr("When it starts");
    if (minutes % (24 * 60) == 0)
        return TaskDialog::tr("%n day(s) before", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return TaskDialog::tr("%n hour(s) before", nullptr, minutes / 60);
    return TaskDialog::tr("%n minute(s) before", nullptr, minutes);
}

} // namespace

QList<int> TaskDialog::offeredReminders()
{
    return {0, 15, 60, 24 * 60, 2 * 24 * 60};
}

TaskDialog::TaskDialog(Database& db, const Task& task, QWidget* parent)
    : GuardedDialog(parent), m_db(db), m_task(task), m_title(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_day(new QDateEdit(this)), m_timed(new QCheckBox(this)),
      m_time(new QTimeEdit(this)), m_duration(new QSpinBox(this)), m_priority(new QComboBox(this)),
      m_responsible(new QComboBox(this)), m_repeat(new QComboBox(this)),
      m_ends(new QCheckBox(tr("until"), this)), m_until(new QDateEdit(this)),
      m_reminders(new QListWidget(this)), m_notes(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Task"));
    m_title->setText(task.title);
    m_title->setPlaceholderText(tr("e.g. Call back about the tiles"));
    m_title->setMaxLength(500);

    m_kind->addItem(tr("(none)"), 0);
    if (Result<QList<ListItem>> kinds = Lists(db).items(kTaskKinds)) {
        for (const ListItem& k : *kinds)
            m_kind->addItem(k.name, k.id);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(task.kindId)));

    setUpDateEdit(m_day);
    m_day->setDate(task.dueDate.isValid() ? task.dueDate : QDate::currentDate());
    m_timed->setText(tr("at"));
    m_timed->setChecked(task.dueTime.has_value());
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setTime(task.dueTime.value_or(QTime(10, 0)));
    m_duration->setRange(0, 7 * 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("no length"));
    m_duration->setValue(task.durationMinutes);

    m_priority->addItem(tr("Low"), int(TaskPriority::Low));
    m_priority->addItem(tr("Normal"), int(TaskPriority::Normal));
    m_priority->addItem(tr("High"), int(TaskPriority::High));
    m_priority->setCurrentIndex(m_priority->findData(int(task.priority)));

    // Only whoever sees every client gives tasks to others; the rest write
    // their own (the repository refuses anything else).
    const Principal& me = db.principal();
    if (Result<QList<ListItem>> people = Lists(db).users()) {
        for (const ListItem& p : *people)
            m_responsible->addItem(p.name, p.id);
    }
    if (m_responsible->count() == 0)
        m_responsible->addItem(tr("(nobody in particular)"), 0);
    const qint64 responsible = task.responsibleId > 0 ? task.responsibleId : me.accountId;
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(responsible)));
    m_responsible->setEnabled(me.can(Capability::AllClients) && m_responsible->count() > 1);

    QDate until;
    const RepeatChoice repeat = repeatChoiceOf(task.repeatRule, &until);
    m_repeat->addItem(tr("Does not repeat"), int(RepeatChoice::Once));
    m_repeat->addItem(tr("Every day"), int(RepeatChoice::Daily));
    m_repeat->addItem(tr("Every week on this weekday"), int(RepeatChoice::Weekly));
    m_repeat->addItem(tr("Every month on this date"), int(RepeatChoice::Monthly));
    m_repeat->addItem(tr("On the last working day of each month"),
                      int(RepeatChoice::LastWorkingDay));
    m_repeat->addItem(tr("Every year on this date"), int(RepeatChoice::Yearly));
    if (repeat == RepeatChoice::Custom)
        m_repeat->addItem(tr("As set: %1").arg(task.repeatRule), int(RepeatChoice::Custom));
    m_repeat->setCurrentIndex(m_repeat->findData(int(repeat)));
    setUpDateEdit(m_until);
    m_ends->setChecked(until.isValid());
    m_until->setDate(until.isValid() ? until : m_day->date().addMonths(3));

    for (int minutes : offeredReminders()) {
        auto* item = new QListWidgetItem(beforeText(minutes), m_reminders);
        item->setData(Qt::UserRole, minutes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool chosen =
            std::any_of(task.reminders.begin(), task.reminders.end(),
                        [&](const TaskReminder& r) { return r.minutesBefore == minutes; });
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    // Other reminders (set on the command line) stay as they are, shown.
    for (const TaskReminder& r : task.reminders) {
        if (offeredReminders().contains(r.minutesBefore))
            continue;
        const QString text = r.minutesBefore >= 0
                                 ? beforeText(r.minutesBefore)
                                 : QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(text, m_reminders);
        item->setData(Qt::UserRole, r.minutesBefore);
        item->setData(Qt::UserRole + 1, r.at);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_reminders->setMaximumHeight(m_reminders->sizeHintForRow(0) * 4 + 8);

    m_notes->setPlainText(task.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What to say, bring or check"));
    m_notes->setMaximumHeight(90);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("What:"), m_title);
    form->addRow(tr("Kind:"), m_kind);
    auto* when = new QHBoxLayout;
    when->addWidget(m_day);
    when->addWidget(m_timed);
    when->addWidget(m_time);
    when->addWidget(m_duration);
    when->addStretch(1);
    form->addRow(tr("When:"), when);
    auto* repeats = new QHBoxLayout;
    repeats->addWidget(m_repeat, 1);
    repeats->addWidget(m_ends);
    repeats->addWidget(m_until);
    form->addRow(tr("Repeats:"), repeats);
    form->addRow(tr("Remind:"), m_reminders);
    form->addRow(tr("Who:"), m_responsible);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);
    form->addRow(buttons);
    setLayout(form);

    connect(m_timed, &QCheckBox::toggled, this, &TaskDialog::updateFields);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &TaskDialog::updateFields);
    connect(m_ends, &QCheckBox::toggled, this, &TaskDialog::updateFields);
    updateFields();
    resize(560, sizeHint().height());
    m_title->setFocus();
}

void TaskDialog::updateFields()
{
    m_time->setEnabled(m_timed->isChecked());
    m_duration->setEnabled(m_timed->isChecked());
    const auto repeat = RepeatChoice(m_repeat->currentData().toInt());
    const bool repeats = repeat != RepeatChoice::Once && repeat != RepeatChoice::Custom;
    m_ends->setVisible(repeats);
    m_until->setVisible(repeats);
    m_until->setEnabled(m_ends->isChecked());
}

Task TaskDialog::fromFields() const
{
    Task t = m_task;
    t.title = m_title->text().trimmed();
    t.kindId = m_kind->currentData().toLongLong();
    t.dueDate = m_day->date();
    t.dueTime = m_timed->isChecked() ? std::optional<QTime>(m_time->time()) : std::nullopt;
    t.durationMinutes = m_timed->isChecked() ? m_duration->value() : 0;
    t.priority = TaskPriority(m_priority->currentData().toInt());
    t.responsibleId = m_responsible->currentData().toLongLong();
    const auto repeat = RepeatChoice(m_repeat->currentData().toInt());
    if (repeat != RepeatChoice::Custom)
        t.repeatRule = repeatRuleFor(repeat, m_ends->isChecked() ? m_until->date() : QDate());
    t.reminders.clear();
    for (int i = 0; i < m_reminders->count(); ++i) {
        const QListWidgetItem* item = m_reminders->item(i);
        if (item->checkState() == Qt::Checked)
            t.reminders.append(TaskReminder{item->data(Qt::UserRole).toInt(),
                                            item->data(Qt::UserRole + 1).toDateTime()});
    }
    t.notes = m_notes->toPlainText().trimmed();
    return t;
}

void TaskDialog::accept()
{
    Task t = fromFields();
    TaskRepository tasks(m_db);
    const Status saved = t.id == 0 ? tasks.create(t) : tasks.update(t);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_task = t;
    GuardedDialog::accept();
}

} // namespace kartoteka::ui
