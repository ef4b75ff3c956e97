#include "main/DateEdits.h"

#include "language/Formats.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDateTimeEdit>

namespace kartoteka::ui {

void setUpDateEdit(QDateTimeEdit* edit)
{
    edit->setDisplayFormat(qobject_cast<QDateEdit*>(edit) ? dateFormat() : dateTimeFormat());
    edit->setCalendarPopup(true);
    edit->calendarWidget()->setFirstDayOfWeek(firstDayOfWeek());
}

} // namespace kartoteka::ui
