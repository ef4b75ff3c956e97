#pragma once

#include "clients/ContactHabits.h"

#include <QGroupBox>

class QCheckBox;
class QPushButton;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Under the contact types in Administration → Lists: the chosen type's
// habits (keep in touch every N days, the next sale N days after a won
// deal, a birthday greeting task N days before), each on or off, saved
// with its button.
class ContactHabitsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit ContactHabitsForm(Database& db, QWidget* parent = nullptr);

    // Shows type `typeId`'s habits, named `typeName` (0: none chosen).
    void showType(qint64 typeId, const QString& typeName);
    bool save();

    QCheckBox* touchCheck() const { return m_touch; }
    QSpinBox* touchDays() const { return m_touchDays; }
    QPushButton* saveButton() const { return m_save; }

private:
    void updateEnabled();

    Database& m_db;
    ContactHabits m_habits;
    QString m_typeName;
    QCheckBox* m_touch;
    QSpinBox* m_touchDays;
    QCheckBox* m_repeat;
    QSpinBox* m_repeatDays;
    QCheckBox* m_birthday;
    QSpinBox* m_birthdayDays;
    QPushButton* m_save;
};

} // namespace kartoteka::ui
