#pragma once

#include <QString>

namespace kartoteka {

// How a Ukrainian letter addresses a person: the first name and the
// patronymic in the vocative case ("Андрій Васильович" → "Андрію
// Васильовичу", "Олена Іванівна" → "Олено Іванівно"). Russian has no
// vocative and keeps the nominative. The usual endings of Ukrainian first
// names and patronymics are turned; a name written in Latin letters, one with
// an ending these rules do not know, or a company's name stays as written.
QString ukrainianVocative(const QString& firstName, const QString& patronymic);

} // namespace kartoteka
