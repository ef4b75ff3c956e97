#pragma once

#include "storage/ServerAddress.h"

#include <QSqlRecord>
#include <QString>

namespace kartoteka {

// A client's first phone in a list's query (clients aliased "c"): join
// firstPhoneJoin(), select kFirstPhone (two columns: its E.164 form and the
// text as typed), and show it with shownPhone.
QString firstPhoneJoin(Backend backend);
extern const QString kFirstPhone;

// The phone selected as kFirstPhone at `column`, as lists show it.
QString shownPhone(const QSqlRecord& r, int column, const QString& region);

} // namespace kartoteka
