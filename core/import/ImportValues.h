#pragma once

#include "import/ImportTable.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kartoteka {

// How a cell of an imported file reads as one of a card's values.

struct ImportDate
{
    QDate date;               // invalid when the cell is no possible date
    bool withoutYear = false; // "12.05", "12 травня": a day and month only
};
// A date cell (XLSX's typed date) or text as Ukrainian and Russian shops
// write dates: 25.03.1985, 25.03.85, 1985-03-25, 25/03/1985, 25-03-1985.
// A two-digit year is taken within the last hundred years.
ImportDate importDate(const ImportCell& cell);

// "female" / "male" from "ж", "жін.", "жіноча", "женский", "F", "female" and
// "ч", "чол.", "м", "муж.", "M", "male"; empty when neither.
QString importGender(const QString& text);
// "1" for yes ("так", "да", "yes", "y", "+", "true", "1"), "0" for no ("ні",
// "нет", "no", "n", "-", "false", "0"), empty for anything else.
QString importYesNo(const QString& text);

// A phone's kind as a card says it: "mobile" for a vCard's "cell" and
// "мобільний"/"мобильный", else the text as written ("work", "home", "Робочий").
QString importPhoneLabel(const QString& text);

// A cell holding several values: "050 111 22 33, 067 222 33 44" or
// "a@b.ua; c@d.ua" (and line breaks); `spaces` also splits at spaces (e-mails).
QStringList splitList(const QString& text, bool spaces);

} // namespace kartoteka
