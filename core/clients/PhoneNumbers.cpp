#include "clients/PhoneNumbers.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <utility>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace kartoteka {

namespace {

// libphonenumber writes Ukrainian numbers "067 123 4567", as nobody in Ukraine
// does: the subscriber's digits are read in pairs after the first group,
// "067 123 45 67", "0322 12 34 56" (for a longer area code), in both the
// national and the international form. `formatted` is libphonenumber's output,
// whose first group (after "+380" internationally) is the area or operator code.
QString groupedLikeUkraine(const QString& formatted)
{
    QStringList groups = formatted.split(u' ', Qt::SkipEmptyParts);
    const qsizetype area = !groups.isEmpty() && groups.first().startsWith(u'+') ? 2 : 1;
    if (groups.size() <= area)
        return formatted;
    const QString subscriber = digitsOf(groups.mid(area).join(QString()));
    QStringList regrouped = groups.mid(0, area);
    // 7 digits: 123 45 67; 6: 12 34 56; 5: 1 23 45.
    qsizetype head = subscriber.size() - 4;
    if (head < 1 || head > 3)
        return formatted;
    if (subscriber.size() == 6)
        head = 2;
    regrouped << subscriber.left(head);
    for (qsizetype i = head; i < subscriber.size(); i += 2)
        regrouped << subscriber.mid(i, 2);
    return regrouped.join(u' ');
}

} // namespace

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

namespace {

bool parseValid(const QString& text, const QString& region, PhoneNumber* number)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    return !text.isEmpty() &&
           util->Parse(text.toStdString(), region.toUpper().toStdString(), number) ==
               PhoneNumberUtil::NO_PARSING_ERROR &&
           util->IsValidNumber(*number);
}

// Ukrainians still write landlines with the Soviet long-distance prefix
// ("8 044 234 56 78"), which libphonenumber does not know: the same number
// without the leading 8.
QString withoutOldTrunkPrefix(const QString& text, const QString& region)
{
    const QString digits = digitsOf(text);
    if (region.compare(u"UA", Qt::CaseInsensitive) == 0 && !text.startsWith(u'+') &&
        digits.size() == 11 && digits.startsWith(u"80"))
        return digits.mid(1);
    return {};
}

} // namespace

namespace {

NormalizedPhone parsedPhone(const QString& raw, const QString& defaultRegion)
{
    NormalizedPhone result;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const QString text = raw.trimmed();
    const QString oldForm = withoutOldTrunkPrefix(text, defaultRegion);
    if (parseValid(text, defaultRegion, &number) ||
        (!oldForm.isEmpty() && parseValid(oldForm, defaultRegion, &number))) {
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

// The last answers, for every thread: an import reads a row's phones on one
// thread and saves them on another. The newer generation fills up to
// kRememberedPhones and then becomes the older one, so an answer is kept for
// at least that many others (a few hundred kilobytes each generation).
constexpr qsizetype kRememberedPhones = 8192;

struct RecentPhones
{
    QMutex mutex;
    QHash<QString, NormalizedPhone> newer, older;
};

RecentPhones& recentPhones()
{
    static RecentPhones recent;
    return recent;
}

} // namespace

NormalizedPhone normalizePhone(const QString& raw, const QString& defaultRegion)
{
    // The same number is normalised again a moment later: an import checks a
    // row's phones when it reads the row and again when it saves it, hundreds
    // of rows on. libphonenumber takes some 20 µs a number, a fifth of a
    // 100,000-row import's time, so the last answers are kept.
    RecentPhones& recent = recentPhones();
    const QString key = defaultRegion + u'\n' + raw;
    {
        QMutexLocker lock(&recent.mutex);
        if (const auto known = recent.newer.constFind(key); known != recent.newer.cend())
            return *known;
        if (const auto known = recent.older.constFind(key); known != recent.older.cend())
            return *known;
    }
    NormalizedPhone result = parsedPhone(raw, defaultRegion);
    QMutexLocker lock(&recent.mutex);
    if (recent.newer.size() >= kRememberedPhones) {
        recent.older = std::exchange(recent.newer, {});
    }
    recent.newer.insert(key, result);
    return result;
}

namespace {

QString shown(const PhoneNumber& number, const QString& homeRegion)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    // By the country calling code: a Kyivstar and a Lifecell number are both
    // Ukrainian, and +44 numbers of Jersey are dialled like British ones.
    const bool home =
        number.country_code() == util->GetCountryCodeForRegion(homeRegion.toUpper().toStdString());
    std::string formatted;
    util->Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &formatted);
    // Russian numbers come out as Russians write them ("8 (912) 345-67-89",
    // "+7 912 345-67-89"); Ukrainian ones need their pairs.
    if (number.country_code() == util->GetCountryCodeForRegion("UA"))
        return groupedLikeUkraine(QString::fromStdString(formatted));
    return QString::fromStdString(formatted);
}

// Stored numbers as shown, by home region and E.164 form (formatStoredPhone).
// Formatting runs libphonenumber's regular expressions, a fifth of a search
// keystroke's time at a million clients, and the screens show the same
// numbers again and again (the next keystroke's page, scrolling back, the
// call list), so a number is formatted once. Bounded: emptied when full.
// Reports format on their own threads, hence the lock.
class ShownPhones
{
public:
    static ShownPhones& instance()
    {
        static ShownPhones phones;
        return phones;
    }

    template <typename Format>
    QString shown(const QString& e164, const QString& homeRegion, const Format& format)
    {
        const QString key = homeRegion + u'|' + e164;
        {
            QMutexLocker lock(&m_mutex);
            const auto known = m_shown.constFind(key);
            if (known != m_shown.cend())
                return *known;
        }
        const QString formatted = format();
        QMutexLocker lock(&m_mutex);
        if (m_shown.size() >= kMaxNumbers)
            m_shown.clear();
        m_shown.insert(key, formatted);
        return formatted;
    }

private:
    static constexpr qsizetype kMaxNumbers = 20000; // about 2 MB
    QMutex m_mutex;
    QHash<QString, QString> m_shown;
};

// The number "+" and digits stand for, as libphonenumber's parser reads it
// (country code: the shortest known prefix of up to three digits; leading
// zeros of the national number kept), without the parser's normalising and
// national prefix stripping, which a stored E.164 number never needs.
bool fromDigits(const QString& e164, PhoneNumber* number)
{
    constexpr qsizetype kMaxDigits = 17 + 3; // longest national number and country code
    if (e164.size() < 2 || e164.size() > kMaxDigits + 1 || e164.front() != u'+' ||
        e164.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < e164.size(); ++i) {
        if (e164.at(i) < u'0' || e164.at(i) > u'9')
            return false;
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    for (qsizetype length = 1; length <= 3 && length < e164.size() - 1; ++length) {
        const int code = QStringView(e164).mid(1, length).toInt();
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        const QStringView national = QStringView(e164).mid(1 + length);
        if (national.size() < 2 || national.size() > 17)
            return false;
        number->set_country_code(code);
        number->set_national_number(national.toULongLong());
        if (national.front() == u'0') {
            number->set_italian_leading_zero(true);
            int zeros = 1;
            while (zeros < national.size() - 1 && national.at(zeros) == u'0')
                ++zeros;
            if (zeros != 1)
                number->set_number_of_leading_zeros(zeros);
        }
        return true;
    }
    return false;
}

} // namespace

QString formatPhone(const QString& e164, const QString& homeRegion)
{
    PhoneNumber number;
    if (!e164.startsWith(u'+') ||
        PhoneNumberUtil::GetInstance()->Parse(e164.toStdString(), "ZZ", &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    return shown(number, homeRegion);
}

QString formatStoredPhone(const QString& e164, const QString& homeRegion)
{
    if (!e164.startsWith(u'+'))
        return e164;
    return ShownPhones::instance().shown(e164, homeRegion, [&] {
        PhoneNumber number;
        if (!fromDigits(e164, &number))
            return formatPhone(e164, homeRegion);
        return shown(number, homeRegion);
    });
}

bool takesSms(const QString& e164)
{
    PhoneNumber number;
    if (!parseValid(e164, QStringLiteral("ZZ"), &number))
        return false;
    switch (PhoneNumberUtil::GetInstance()->GetNumberType(number)) {
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::PREMIUM_RATE:
    case PhoneNumberUtil::SHARED_COST:
        return false;
    default:
        return true;
    }
}

} // namespace kartoteka
