#include "admin/ContactHabitsForm.h"

#include "accounts/Access.h"
#include "clients/ClientChecks.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace kartoteka::ui {

namespace {

std::optional<int> valueIf(const QCheckBox* on, const QSpinBox* days)
{
    return on->isChecked() ? std::optional<int>(days->value()) : std::nullopt;
}

void showValue(QCheckBox* on, QSpinBox* days, const std::optional<int>& value, int otherwise)
{
    on->setChecked(value.has_value());
    days->setValue(value.value_or(otherwise));
}

} // namespace

ContactHabitsForm::ContactHabitsForm(Database& db, QWidget* parent)
    : QGroupBox(parent), m_db(db), m_touch(new QCheckBox(tr("Keep in touch at least every"), this)),
      m_touchDays(new QSpinBox(this)),
      m_repeat(new QCheckBox(tr("After a won deal, the next sale is due in"), this)),
      m_repeatDays(new QSpinBox(this)),
      m_birthday(new QCheckBox(tr("A birthday greeting task, days before"), this)),
      m_birthdayDays(new QSpinBox(this)), m_save(new QPushButton(tr("Save"), this))
{
    m_touchDays->setRange(1, kLongestContactInterval);
    m_touchDays->setSuffix(tr(" days"));
    m_repeatDays->setRange(1, kLongestContactInterval);
    m_repeatDays->setSuffix(tr(" days"));
    m_birthdayDays->setRange(0, 30);
    m_birthdayDays->setSpecialValueText(tr("on the day"));
    m_touch->setToolTip(tr("Clients of this type not contacted for longer appear on their "
                           "manager's Today screen (a client may have an interval of their own)."));
    m_repeat->setToolTip(tr("When a deal is won, a task to offer the next purchase is set for "
                            "the client's manager: after the client's own usual gap between "
                            "purchases when they have bought several times, else after this."));
    for (QCheckBox* box : {m_touch, m_repeat, m_birthday})
        connect(box, &QCheckBox::toggled, this, &ContactHabitsForm::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &ContactHabitsForm::save);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_touch, 0, 0);
    grid->addWidget(m_touchDays, 0, 1);
    grid->addWidget(m_repeat, 1, 0);
    grid->addWidget(m_repeatDays, 1, 1);
    grid->addWidget(m_birthday, 2, 0);
    grid->addWidget(m_birthdayDays, 2, 1);
    grid->addWidget(m_save, 3, 1);
    grid->setColumnStretch(0, 1);
    showType(0, {});
}

void ContactHabitsForm::showType(qint64 typeId, const QString& typeName)
{
    m_typeName = typeName;
    setTitle(typeId > 0 ? tr("Habits of «%1»").arg(typeName) : tr("Habits of a contact type"));
    Result<ContactHabits> habits = ContactHabitsRepository(m_db).of(typeId);
    m_habits = habits ? *habits : ContactHabits{};
    m_habits.typeId = typeId;
    showValue(m_touch, m_touchDays, m_habits.contactEveryDays, 30);
    showValue(m_repeat, m_repeatDays, m_habits.repeatSaleDays, 60);
    showValue(m_birthday, m_birthdayDays, m_habits.birthdayDaysBefore, 0);
    updateEnabled();
}

void ContactHabitsForm::updateEnabled()
{
    const bool may = m_habits.typeId > 0 && m_db.principal().can(Capability::Lists);
    for (QWidget* w : {static_cast<QWidget*>(m_touch), static_cast<QWidget*>(m_repeat),
                       static_cast<QWidget*>(m_birthday), static_cast<QWidget*>(m_save)})
        w->setEnabled(may);
    m_touchDays->setEnabled(may && m_touch->isChecked());
    m_repeatDays->setEnabled(may && m_repeat->isChecked());
    m_birthdayDays->setEnabled(may && m_birthday->isChecked());
}

bool ContactHabitsForm::save()
{
    ContactHabits changed = m_habits;
    changed.contactEveryDays = valueIf(m_touch, m_touchDays);
    changed.repeatSaleDays = valueIf(m_repeat, m_repeatDays);
    changed.birthdayDaysBefore = valueIf(m_birthday, m_birthdayDays);
    if (Status s = ContactHabitsRepository(m_db).save(changed); !s) {
        QMessageBox::warning(this, title(), s.error().message);
        if (s.error().kind == ErrorKind::Conflict)
            showType(m_habits.typeId, m_typeName); // what the colleague saved
        return false;
    }
    m_habits = changed;
    return true;
}

} // namespace kartoteka::ui
