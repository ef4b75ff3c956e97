#include "clients/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace kartoteka {

QString digitsOf(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

NormalizedPhone normalizePhone(const QString& raw, const QString& defaultRegion)
{
    NormalizedPhone result;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string text = raw.trimmed().toStdString();
    if (!text.empty() &&
        util->Parse(text, defaultRegion.toUpper().toStdString(), &number) ==
            PhoneNumberUtil::NO_PARSING_ERROR &&
        util->IsValidNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        std::string national;
        util->Format(number, PhoneNumberUtil::NATIONAL, &national);
        result.e164 = QString::fromStdString(e164);
        result.searchDigits =
            digitsOf(result.e164) + u' ' + digitsOf(QString::fromStdString(national));
    } else {
        result.searchDigits = digitsOf(raw);
    }
    return result;
}

QString formatPhone(const QString& e164, const QString& homeRegion)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!e164.startsWith(u'+') ||
        util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    // By the country calling code: a Kyivstar and a Lifecell number are both
    // Ukrainian, and +44 numbers of Jersey are dialled like British ones.
    const bool home =
        number.country_code() == util->GetCountryCodeForRegion(homeRegion.toUpper().toStdString());
    std::string formatted;
    util->Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &formatted);
    return QString::fromStdString(formatted);
}

} // namespace kartoteka
