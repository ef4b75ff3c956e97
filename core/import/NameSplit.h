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
// Whether a word is a common Ukrainian or Russian first name ("Іван", "Олена",
// "Сергей"): "Іван Петренко" is then first and last name.
bool looksLikeFirstName(const QString& word);

// What a cell meant for a person's name holds when it names a business.
struct NamedBusiness
{
    enum Kind
    {
        None, // a person's name
        Company, // "ТОВ «Альфа»", "ООО Ромашка", "Alpha LLC": the whole text is a company
        SoleTrader, // "ФОП Литвин Сергій Олегович": a person trading under their own name
    };
    Kind kind = None;
    QString personName; // for SoleTrader: the name without the legal form
};
NamedBusiness namedBusiness(const QString& fullName);

} // namespace kartoteka
