#pragma once

#include "language/Formats.h"

#include <QString>

class QSqlDatabase;

namespace kartoteka {

class Database;

// The country assumed for phone numbers typed without a country code (ISO
// 3166, shared setting "clients.phone_region", "UA" until set) and the shop's
// currency ("shop.currency", "UAH").
QString phoneRegion(Database& db);
// The same on a connection inside a transaction.
QString phoneRegion(QSqlDatabase& db);
QString shopCurrency(Database& db);

// Amounts are typed and read through money/Money.h (parseMoney) and shown
// through language/Formats.h (formatMoney).

} // namespace kartoteka
