#include "demo/DemoMark.h"

#include "settings/SharedSettings.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

Status markDemoDatabase(Database& db)
{
    return SharedSettings(db).put(kDemoMarkKey, u"1"_s);
}

Result<bool> isDemoDatabase(Database& db)
{
    Result<SettingValue> mark = SharedSettings(db).get(kDemoMarkKey);
    if (!mark)
        return mark.error();
    return mark->value == u"1"_s;
}

Status markOwnPassword(Database& db, qint64 accountId)
{
    return SharedSettings(db).put(kDemoOwnPasswordKey, QString::number(accountId));
}

Result<qint64> accountWithOwnPassword(Database& db)
{
    Result<SettingValue> mark = SharedSettings(db).get(kDemoOwnPasswordKey);
    if (!mark)
        return mark.error();
    return mark->value.toLongLong(); // 0 when unset
}

} // namespace kartoteka
