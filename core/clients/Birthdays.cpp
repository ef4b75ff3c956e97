#include "clients/Birthdays.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

BirthdayWindow birthdayWindow(const QDate& from, int days)
{
    BirthdayWindow window;
    for (int i = 0; i < days; ++i) {
        const QDate day = from.addDays(i);
        window.args << day.toString(u"MM-dd"_s);
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            window.args << u"02-29"_s;
    }
    const QStringList marks(window.args.size(), u"?"_s);
    window.sql = u"c.birthday IS NOT NULL AND substr(c.birthday, 6, 5) IN ("_s +
                 marks.join(u", "_s) + u")"_s;
    return window;
}

QDate nextBirthday(const QDate& born, const QDate& from)
{
    for (int year = from.year(); year <= from.year() + 1; ++year) {
        QDate day(year, born.month(), born.day());
        if (!day.isValid()) // 29 February in a common year
            day = QDate(year, 2, 28);
        if (day >= from)
            return day;
    }
    return {};
}

} // namespace kartoteka
