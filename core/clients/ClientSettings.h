#pragma once

#include <QString>

namespace kartoteka {

class Database;

// The country assumed for phone numbers typed without a country code (ISO
// 3166, shared setting "clients.phone_region", "UA" until set) and the shop's
// currency ("shop.currency", "UAH").
QString phoneRegion(Database& db);
QString shopCurrency(Database& db);

// Amounts are typed and read through money/Money.h (parseMoney).
QString formatMoney(qint64 minor, const QString& currency);

} // namespace kartoteka
