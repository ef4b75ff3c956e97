#include "language/Formats.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

QString dateFormat(const QLocale& locale)
{
    // "yy" alone becomes "yyyy"; a format that already has four keeps them.
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_s);
    return locale.dateFormat(QLocale::ShortFormat).replace(twoDigitYear, u"yyyy"_s);
}

QString formatDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString dateTimeFormat(const QLocale& locale)
{
    return dateFormat(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

QString formatDateTime(const QDateTime& when, const QLocale& locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when.toLocalTime(), dateTimeFormat(locale));
}

namespace {

// Groups of three with the locale's separator, always: Qt 6.4 leaves four-
// digit numbers ungrouped in Russian and then groups longer ones wrongly
// ("1234 567"), and a column of amounts reads better grouped alike.
QString grouped(quint64 value, const QLocale& locale)
{
    const QString digits = QString::number(value);
    const QString separator = locale.groupSeparator();
    QString out;
    out.reserve(digits.size() * 2);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

// Through unsigned, so that even the most negative value prints.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

QString major(qint64 minor, const QLocale& locale, bool withSign)
{
    const quint64 magnitude = magnitudeOf(minor);
    return (withSign && minor < 0 ? locale.negativeSign() : QString()) +
           grouped(magnitude / 100, locale) + locale.decimalPoint() +
           u"%1"_s.arg(qulonglong(magnitude % 100), 2, 10, QChar(u'0'));
}

} // namespace

QString formatNumber(qint64 value, const QLocale& locale)
{
    return (value < 0 ? locale.negativeSign() : QString()) + grouped(magnitudeOf(value), locale);
}

QString currencySign(const QString& currency, const QLocale& locale)
{
    const bool english = locale.language() == QLocale::English;
    if (currency == u"UAH")
        return english ? u"₴"_s : u"грн"_s;
    if (currency == u"USD")
        return u"$"_s;
    if (currency == u"EUR")
        return u"€"_s;
    if (currency == u"GBP")
        return u"£"_s;
    if (currency == u"PLN")
        return english ? u"PLN"_s : u"zł"_s;
    return currency;
}

QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale)
{
    const QString sign = currencySign(currency, locale);
    // Where the locale puts a sign: "£1.00" in English, "1,00 £" in Ukrainian.
    // A letter code or word is set apart by a space either way.
    const bool before = locale.toCurrencyString(1.0, u"¤"_s).startsWith(u'¤');
    if (!before)
        return major(minor, locale, true) + QChar(0x00A0) + sign;
    // "-£5.00", not "£-5.00".
    return (minor < 0 ? locale.negativeSign() : QString()) + sign +
           (sign.size() > 1 ? QString(QChar(0x00A0)) : QString()) + major(minor, locale, false);
}

Qt::DayOfWeek firstDayOfWeek()
{
    return Qt::Monday;
}

QString joinClauses(const QStringList& parts, const QString& separator)
{
    QStringList clauses;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.endsWith(u'.') && !part.endsWith(u".."_s))
            part.chop(1);
        if (!part.isEmpty())
            clauses.append(part);
    }
    return clauses.join(separator);
}

} // namespace kartoteka
