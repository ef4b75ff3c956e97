#pragma once

#include <QSqlRecord>
#include <QString>

namespace kartoteka {

// A client's first phone in a list's query (clients aliased "c"): join
// kFirstPhoneJoin, select kFirstPhone (two columns: its E.164 form and the
// text as typed), and show it with shownPhone.
extern const QString kFirstPhoneJoin;
extern const QString kFirstPhone;

// The phone selected as kFirstPhone at `column`, as lists show it.
QString shownPhone(const QSqlRecord& r, int column, const QString& region);

} // namespace kartoteka
