#include "clients/ClientSettings.h"

#include "money/Money.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

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

QString phoneRegion(QSqlDatabase& db)
{
    Result<QVariant> value =
        sql::scalar(db, u"SELECT value FROM settings WHERE key = 'clients.phone_region'"_s);
    return value && !value->toString().isEmpty() ? value->toString() : u"UA"_s;
}

QString shopCurrency(Database& db)
{
    return settingOr(db, u"shop.currency"_s, u"UAH"_s);
}

} // namespace kartoteka
