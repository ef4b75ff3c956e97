#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kartoteka {

class Database;

// The shop itself as every PC of its database sees it: its name, the
// currency its prices and deals are in, and the country assumed for phone
// numbers typed without a country code. Kept in the shared settings.
struct ShopProfile
{
    QString name;
    QString currency = QStringLiteral("UAH"); // ISO 4217
    QString country = QStringLiteral("UA");   // ISO 3166, for phone numbers

    bool operator==(const ShopProfile& o) const
    {
        return name == o.name && currency == o.currency && country == o.country;
    }
};

namespace shopKeys {
inline const QString kName = QStringLiteral("shop.name");
// The same keys clients/ClientSettings.h reads (shopCurrency, phoneRegion).
inline const QString kCurrency = QStringLiteral("shop.currency");
inline const QString kCountry = QStringLiteral("clients.phone_region");
} // namespace shopKeys

// A code with the name a person picks it by (translated where shown:
// choiceName()).
struct ShopChoice
{
    QString code;
    const char* name; // QT_TRANSLATE_NOOP("kartoteka::ShopProfile", ...)
};

// The currencies and countries the assistant offers, the usual ones first
// (hryvnia, Ukraine).
const QList<ShopChoice>& currencyChoices();
const QList<ShopChoice>& countryChoices();
QString choiceName(const ShopChoice& choice);

// The currency a shop in `country` usually counts in (UAH for Ukraine, EUR
// for Germany...); UAH for a country not in countryChoices().
QString currencyOfCountry(const QString& country);

// Which part of a first-start choice is wrong, for the page to point at it.
enum class SetupField
{
    ShopName,
    Currency,
    Country,
    Login,
    FullName,
    Password,
    Repeat,
    BackupFolder,
};

struct SetupProblem
{
    SetupField field;
    Error error; // ErrorKind::Invalid (or Io for a folder), with a message a person can act on
};

inline constexpr int kMaxShopNameLength = 120;

// The name is required (at most kMaxShopNameLength characters after trimming);
// currency and country must be among the offered ones.
std::optional<SetupProblem> checkShopProfile(const ShopProfile& shop);

// The settings (key, value) the profile is kept in.
QList<std::pair<QString, QString>> shopProfileSettings(const ShopProfile& shop);

// Writes the shop's name, currency and country in one transaction (one
// change, one audit entry per value that changed).
Status saveShopProfile(Database& db, const ShopProfile& shop);
// What is stored; the defaults (UAH, UA, no name) where nothing is.
Result<ShopProfile> loadShopProfile(Database& db);

} // namespace kartoteka
