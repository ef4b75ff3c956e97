#include "clients/ClientSettings.h"

#include "money/Money.h"
#include "settings/SharedSettings.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
QString settingOr(Database& db, const QString& key, const QString& fallback)
{
    Result<SettingValue> value = SharedSettings(db).get(key);
    return value && !value->value.isEmpty() ? value->value : fallback;
}
} // namespace

QString phoneRegion(Database& db)
{
    return settingOr(db, u"clients.phone_region"_s, u"UA"_s);
}

QString shopCurrency(Database& db)
{
    return settingOr(db, u"shop.currency"_s, u"UAH"_s);
}

QString formatMoney(qint64 minor, const QString& currency)
{
    // QLocale's currency format depends on the locale's own currency; this
    // shows "71 104,53 UAH" style numbers with the code of the money itself.
    return formatMajor(minor) + u' ' + currency;
}

} // namespace kartoteka
