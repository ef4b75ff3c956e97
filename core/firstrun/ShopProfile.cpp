#include "firstrun/ShopProfile.h"

#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ShopProfile)
};

bool offered(const QList<ShopChoice>& choices, const QString& code)
{
    return std::any_of(choices.cbegin(), choices.cend(),
                       [&](const ShopChoice& c) { return c.code == code; });
}

} // namespace

const QList<ShopChoice>& currencyChoices()
{
    static const QList<ShopChoice> choices{
        {u"UAH"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Ukrainian hryvnia (₴, UAH)")},
        {u"USD"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "US dollar ($, USD)")},
        {u"EUR"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Euro (€, EUR)")},
        {u"PLN"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Polish złoty (zł, PLN)")},
        {u"MDL"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Moldovan leu (MDL)")},
        {u"GEL"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Georgian lari (₾, GEL)")},
        {u"KZT"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Kazakhstani tenge (₸, KZT)")},
        {u"GBP"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Pound sterling (£, GBP)")},
        {u"CZK"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Czech koruna (Kč, CZK)")},
        {u"RUB"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Russian ruble (₽, RUB)")},
    };
    return choices;
}

const QList<ShopChoice>& countryChoices()
{
    static const QList<ShopChoice> choices{
        {u"UA"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Ukraine")},
        {u"PL"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Poland")},
        {u"MD"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Moldova")},
        {u"RO"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Romania")},
        {u"SK"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Slovakia")},
        {u"CZ"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Czech Republic")},
        {u"DE"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Germany")},
        {u"LT"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Lithuania")},
        {u"LV"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Latvia")},
        {u"EE"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Estonia")},
        {u"GE"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Georgia")},
        {u"KZ"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Kazakhstan")},
        {u"GB"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "United Kingdom")},
        {u"US"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "United States")},
        {u"RU"_s, QT_TRANSLATE_NOOP("kartoteka::ShopProfile", "Russia")},
    };
    return choices;
}

QString choiceName(const ShopChoice& choice)
{
    return QCoreApplication::translate("kartoteka::ShopProfile", choice.name);
}

QString currencyOfCountry(const QString& country)
{
    static const QHash<QString, QString> currencies{
        {u"UA"_s, u"UAH"_s}, {u"PL"_s, u"PLN"_s}, {u"MD"_s, u"MDL"_s}, {u"RO"_s, u"EUR"_s},
        {u"SK"_s, u"EUR"_s}, {u"CZ"_s, u"CZK"_s}, {u"DE"_s, u"EUR"_s}, {u"LT"_s, u"EUR"_s},
        {u"LV"_s, u"EUR"_s}, {u"EE"_s, u"EUR"_s}, {u"GE"_s, u"GEL"_s}, {u"KZ"_s, u"KZT"_s},
        {u"GB"_s, u"GBP"_s}, {u"US"_s, u"USD"_s}, {u"RU"_s, u"RUB"_s},
    };
    // Romania's leu is not offered: its shops there mostly price in euros too.
    return currencies.value(country, u"UAH"_s);
}

std::optional<SetupProblem> checkShopProfile(const ShopProfile& shop)
{
    const QString name = shop.name.trimmed();
    if (name.isEmpty())
        return SetupProblem{
            SetupField::ShopName,
            makeError(ErrorKind::Invalid, Tr::tr("Enter the shop's name: it heads the reports and "
                                                 "the documents you print."))};
    if (name.size() > kMaxShopNameLength)
        return SetupProblem{
            SetupField::ShopName,
            makeError(ErrorKind::Invalid, Tr::tr("A shop's name can be at most %n characters long.",
                                                 nullptr, kMaxShopNameLength))};
    if (!offered(currencyChoices(), shop.currency))
        return SetupProblem{SetupField::Currency,
                            makeError(ErrorKind::Invalid, Tr::tr("Choose the shop's currency."))};
    if (!offered(countryChoices(), shop.country))
        return SetupProblem{SetupField::Country,
                            makeError(ErrorKind::Invalid,
                                      Tr::tr("Choose the country of the shop's phone numbers."))};
    return std::nullopt;
}

QList<std::pair<QString, QString>> shopProfileSettings(const ShopProfile& shop)
{
    return {{shopKeys::kName, shop.name.trimmed()},
            {shopKeys::kCurrency, shop.currency},
            {shopKeys::kCountry, shop.country}};
}

Status saveShopProfile(Database& db, const ShopProfile& shop)
{
    if (const auto problem = checkShopProfile(shop))
        return problem->error;
    // The person's own explicit choice of the whole profile, saved over
    // whatever is there.
    return db.write([&](Transaction& tx) {
        return SharedSettings::setAll(tx, shopProfileSettings(shop), db.actor());
    });
}

Result<ShopProfile> loadShopProfile(Database& db)
{
    Result<QHash<QString, SettingValue>> shop = SharedSettings(db).withPrefix(u"shop."_s);
    if (!shop)
        return shop.error();
    Result<SettingValue> country = SharedSettings(db).get(shopKeys::kCountry);
    if (!country)
        return country.error();
    ShopProfile profile;
    profile.name = shop->value(shopKeys::kName).value;
    if (const QString currency = shop->value(shopKeys::kCurrency).value; !currency.isEmpty())
        profile.currency = currency;
    if (!country->value.isEmpty())
        profile.country = country->value;
    return profile;
}

} // namespace kartoteka
