#pragma once

#include <QString>

namespace kartoteka {

struct PersonName
{
    QString last;
    QString first;
    QString middle;
};

// A full name from one cell, split the way the shop wrote it: "Петренко Олена
// Іванівна" (last first middle, the usual order in Ukrainian and Russian
// lists), "Олена Іванівна Петренко" (a patronymic second: first middle last),
// "Олена Іванівна" (first and patronymic), "John Smith" (Latin script: first
// last), "Петренко Олена" (last first), "Олена" (a first name alone).
PersonName splitFullName(const QString& fullName);

// Whether a word is a Ukrainian or Russian patronymic ("Іванович", "Петровна").
bool looksLikePatronymic(const QString& word);

} // namespace kartoteka
