#include "clients/ClientSettings.h"

#include "settings/SharedSettings.h"

#include <QLocale>

#include <cmath>

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

qint64 parseMoney(const QString& text)
{
    QString cleaned;
    for (QChar c : text.trimmed()) {
        if (c.isDigit() || c == u'-')
            cleaned += c;
        else if (c == u',' || c == u'.')
            cleaned += u'.';
    }
    // "1.250,50": only the last separator is the decimal point.
    const qsizetype point = cleaned.lastIndexOf(u'.');
    if (point >= 0)
        cleaned = cleaned.left(point).remove(u'.') + cleaned.mid(point);
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || value < 0)
        return -1;
    return qint64(std::llround(value * 100));
}

QString formatMoney(qint64 minor, const QString& currency)
{
    // QLocale's currency format depends on the locale's own currency; this
    // shows "71 104,53 UAH" style numbers with the code of the money itself.
    return QLocale().toString(double(minor) / 100.0, 'f', 2) + u' ' + currency;
}

} // namespace kartoteka
