#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace kartoteka {

// The clients (aliased "c") whose birthday falls within `days` days from
// `from`, as a condition read by the birthday index (clients_birthday_day)
// and its arguments; 29 February is celebrated on the 28th in other years.
struct BirthdayWindow
{
    QString sql;
    QVariantList args;
};
BirthdayWindow birthdayWindow(const QDate& from, int days);

// The first birthday on or after `from` of someone born on `born` (29
// February on the 28th in other years).
QDate nextBirthday(const QDate& born, const QDate& from);

} // namespace kartoteka
