#include "money/Money.h"

#include "language/Formats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Money)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Spaces people and programs put between groups of digits: a plain space, a
// no-break space (Word, Ukrainian and Russian locales), a narrow no-break
// space (newer CLDR data) and a thin space.
bool isSpaceGroup(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

QChar singleChar(const QString& s)
{
    return s.size() == 1 ? s.at(0) : QChar();
}

struct Digits
{
    bool negative = false;
    QString integer;  // ASCII digits only
    QString fraction; // ASCII digits only, possibly empty
};

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

// Removes one sign or word of `currency` before or after the number (see
// readMoney); false when the text has one of them on both sides, so that
// "₴100 грн" is refused rather than read. A minus may stand before a leading
// sign ("-₴5.00", as formatMoney writes it) and stays.
bool stripCurrency(QString& s, const QString& currency)
{
    if (currency.isEmpty())
        return true;
    QStringList words = currencyWords(currency);
    // The longest first, so that "грн." is taken whole, not "грн" leaving a dot.
    std::sort(words.begin(), words.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    bool stripped = false;
    for (const QString& word : std::as_const(words)) {
        if (s.endsWith(word, Qt::CaseInsensitive) && s.size() > word.size()) {
            s.chop(word.size());
            s = s.trimmed();
            stripped = true;
            break;
        }
    }
    const bool minus = !s.isEmpty() && isMinus(s.front());
    const QString rest = minus ? s.mid(1).trimmed() : s;
    for (const QString& word : std::as_const(words)) {
        if (rest.startsWith(word, Qt::CaseInsensitive) && rest.size() > word.size()) {
            if (stripped)
                return false;
            s = (minus ? s.left(1) : QString()) + rest.mid(word.size()).trimmed();
            break;
        }
    }
    return true;
}

// The shared grammar of amounts and plain numbers (see readMoney).
std::optional<MoneyProblem> split(const QString& text, const QLocale& locale, Digits& out,
                                  const QString& currency = QString())
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return MoneyProblem::Empty;
    if (!stripCurrency(s, currency))
        return MoneyProblem::NotANumber;
    if (!s.isEmpty() && isMinus(s.front())) {
        out.negative = true;
        s.remove(0, 1);
    }
    // ",5" and ".5": nothing before the point to group, so it is a decimal
    // point in every language (a leading group separator would make no sense).
    if (s.size() >= 2 && (s.front() == u'.' || s.front() == u',') && isAsciiDigit(s.at(1)))
        s.prepend(u'0');
    if (s.isEmpty() || !isAsciiDigit(s.front()) || !isAsciiDigit(s.back()))
        return MoneyProblem::NotANumber;

    const QChar localeGroup = singleChar(locale.groupSeparator());
    auto isOtherGroup = [&](QChar c) {
        return isSpaceGroup(c) ||
               (!localeGroup.isNull() && c == localeGroup && c != u'.' && c != u',');
    };
    qsizetype dots = 0, commas = 0, spaces = 0;
    for (QChar c : s) {
        if (isAsciiDigit(c))
            continue;
        if (c == u'.')
            ++dots;
        else if (c == u',')
            ++commas;
        else if (isOtherGroup(c))
            ++spaces;
        else
            return MoneyProblem::NotANumber;
    }

    QChar decimal; // null: no decimal part
    QChar punctuationGroup;
    if (dots > 0 && commas > 0) {
        // "1,250.50" and "1.250,50": the last one is the decimal point.
        decimal = s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? u'.' : u',';
        punctuationGroup = decimal == u'.' ? u',' : u'.';
        if (s.count(decimal) != 1)
            return MoneyProblem::NotANumber;
    } else if (dots + commas > 1) {
        // "1.250.000", "1,250,000": only grouping repeats, in every language.
        punctuationGroup = dots > 0 ? u'.' : u',';
    } else if (dots + commas == 1) {
        // One '.' or ',' is the decimal point in every language, except where
        // it could as well group thousands: "1,250" is 1250 to someone used
        // to English and 1,25 to someone used to Ukrainian, so whoever typed
        // it, it is refused rather than read by the locale (a purchase 1000
        // times too big or too small). Spaces beside it make it the decimal
        // point ("1 250,500"), as does a whole part that cannot be a first
        // group of thousands ("1250,500", "0,500").
        const QChar c = dots > 0 ? u'.' : u',';
        const qsizetype at = s.indexOf(c);
        const qsizetype after = s.size() - 1 - at;
        const bool firstGroup = at >= 1 && at <= 3 && s.front() != u'0' && spaces == 0;
        if (after == 3 && firstGroup)
            return MoneyProblem::Ambiguous;
        decimal = c;
    }
    if (!punctuationGroup.isNull() && spaces > 0)
        return MoneyProblem::NotANumber; // "1 250.000,00": one kind of grouping only

    const qsizetype point = decimal.isNull() ? s.size() : s.indexOf(decimal);
    const QString whole = s.left(point);
    out.fraction = decimal.isNull() ? QString() : s.mid(point + 1);
    for (QChar c : std::as_const(out.fraction)) {
        if (!isAsciiDigit(c))
            return MoneyProblem::NotANumber;
    }
    // Groups: the first of one to three digits, every later one of three.
    qsizetype groupLength = 0;
    bool grouped = false;
    for (QChar c : whole) {
        if (isAsciiDigit(c)) {
            out.integer.append(c);
            ++groupLength;
            continue;
        }
        if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3))
            return MoneyProblem::NotANumber;
        grouped = true;
        groupLength = 0;
    }
    if (grouped && groupLength != 3)
        return MoneyProblem::NotANumber;
    if (out.integer.isEmpty())
        return MoneyProblem::NotANumber;
    return std::nullopt;
}

// The two readings of an ambiguous "1,250" ("1.250", "-12,500"): the whole
// number, written without a separator, and the number with the decimal
// point, written with the locale's point and as many decimals as are not
// trailing zeros (at least `minDecimals`, so that it cannot look like a
// group again). Empty `decimal` when no such writing exists.
struct Readings
{
    QString whole;
    QString decimal;
};

Readings readingsOf(const QString& typed, const QLocale& locale, int maxDecimals)
{
    const qsizetype at = std::max(typed.lastIndexOf(u'.'), typed.lastIndexOf(u','));
    const QString integer = typed.left(at);
    QString fraction = typed.mid(at + 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    Readings r;
    r.whole = integer + typed.mid(at + 1);
    if (fraction.size() > maxDecimals)
        return r;
    if (fraction.size() == 3)
        fraction += u'0'; // "1,2550": four decimals are not a group
    if (fraction.isEmpty())
        fraction = u"0"_s;
    r.decimal = integer + locale.decimalPoint() + fraction;
    return r;
}

} // namespace

QStringList currencyWords(const QString& currency)
{
    if (currency.isEmpty())
        return {};
    QStringList words{currency};
    for (const QLocale& locale :
         {QLocale(QLocale::Ukrainian), QLocale(QLocale::Russian), QLocale(QLocale::English)}) {
        const QString sign = currencySign(currency, locale);
        if (!words.contains(sign, Qt::CaseInsensitive))
            words.append(sign);
    }
    // What people type beside a price that currencySign does not write.
    if (currency == u"UAH")
        words << u"₴"_s << u"грн"_s << u"грн."_s << u"гривень"_s << u"гривен"_s << u"гривні"_s
              << u"гривни"_s << u"гривня"_s << u"гривна"_s;
    else if (currency == u"USD")
        words << u"$"_s;
    else if (currency == u"EUR")
        words << u"€"_s;
    else if (currency == u"PLN")
        words << u"zł"_s;
    words.removeDuplicates();
    return words;
}

MoneyReading readMoney(const QString& text, MoneySign sign, const QLocale& locale,
                       const QString& currency)
{
    Digits digits;
    if (const std::optional<MoneyProblem> problem = split(text, locale, digits, currency))
        return {0, problem};
    if (digits.negative && sign == MoneySign::NonNegative)
        return {0, MoneyProblem::Negative};
    if (digits.fraction.size() > 2) {
        for (QChar c : digits.fraction.mid(2)) {
            if (c != u'0')
                return {0, MoneyProblem::TooPrecise};
        }
    }
    QString integer = digits.integer;
    while (integer.size() > 1 && integer.front() == u'0')
        integer.remove(0, 1);
    // More digits than the limit has cannot be converted without overflow.
    if (integer.size() > 15)
        return {0, MoneyProblem::TooLarge};
    const qint64 cents = digits.fraction.left(2).leftJustified(2, u'0').toLongLong();
    const qint64 minor = integer.toLongLong() * 100 + cents;
    if (minor > kMaxMoneyMinor)
        return {0, MoneyProblem::TooLarge};
    return {digits.negative ? -minor : minor, std::nullopt};
}

Result<qint64> parseMoney(const QString& text, MoneySign sign, const QLocale& locale,
                          const QString& currency)
{
    const MoneyReading reading = readMoney(text, sign, locale, currency);
    if (!reading.problem)
        return reading.minor;
    const QString typed = text.trimmed();
    QString message;
    switch (*reading.problem) {
    case MoneyProblem::Empty:
        message = Tr::tr("Type an amount, such as %1.").arg(amountExample(locale));
        break;
    case MoneyProblem::NotANumber:
        message =
            Tr::tr("\"%1\" is not an amount: type digits with up to two decimals, such as %2.")
                .arg(typed, amountExample(locale));
        break;
    case MoneyProblem::Negative:
        message = Tr::tr("\"%1\": the amount cannot be negative.").arg(typed);
        break;
    case MoneyProblem::TooPrecise:
        message =
            Tr::tr("\"%1\" has more than two decimals; round it to kopecks or cents, such as %2.")
                .arg(typed, amountExample(locale));
        break;
    case MoneyProblem::TooLarge:
        message = Tr::tr("\"%1\" is more than the largest amount Kartoteka takes, %2.")
                      .arg(typed, formatMajor(kMaxMoneyMinor, locale));
        break;
    case MoneyProblem::Ambiguous: {
        // Both readings, so that the person picks one instead of us guessing;
        // of the number alone ("1,250 грн": 1250 or 1,25).
        QString number = typed;
        stripCurrency(number, currency);
        const Readings readings = readingsOf(number, locale, 2);
        if (readings.decimal.isEmpty())
            message = Tr::tr("\"%1\" is unclear: type %2 if you mean the whole number (an "
                             "amount has at most two decimals).")
                          .arg(typed, readings.whole);
        else
            message = Tr::tr("\"%1\" is unclear: %2 or %3? Type %2 or %3.")
                          .arg(typed, readings.whole, readings.decimal);
        return makeError(ErrorKind::Invalid, message);
    }
    }
    return makeError(ErrorKind::Invalid, message);
}

Result<double> parsePlainNumber(const QString& text, const QLocale& locale)
{
    Digits digits;
    std::optional<MoneyProblem> problem = split(text, locale, digits);
    double value = 0;
    if (!problem) {
        // Only ASCII digits and one point are left: the C locale reads them exactly.
        const QString plain =
            digits.integer + (digits.fraction.isEmpty() ? QString() : u'.' + digits.fraction);
        bool ok = false;
        value = plain.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            problem = MoneyProblem::TooLarge;
        else if (digits.negative)
            value = -value;
    }
    if (!problem)
        return value;
    if (*problem == MoneyProblem::Empty)
        return makeError(ErrorKind::Invalid, Tr::tr("Type a number."));
    if (*problem == MoneyProblem::Ambiguous) {
        const Readings readings = readingsOf(text.trimmed(), locale, 3);
        return makeError(ErrorKind::Invalid,
                         Tr::tr("\"%1\" is unclear: %2 or %3? Type %2 or %3.")
                             .arg(text.trimmed(), readings.whole, readings.decimal));
    }
    return makeError(ErrorKind::Invalid,
                     Tr::tr("\"%1\" is not a number: type digits with an optional decimal part, "
                            "such as %2.")
                         .arg(text.trimmed(), locale.toString(12.5)));
}

QString amountExample(const QLocale& locale)
{
    return u"1250"_s + locale.decimalPoint() + u"50"_s;
}

QString formatMajor(qint64 minor, const QLocale& locale)
{
    const bool negative = minor < 0;
    // Through unsigned, so that even the most negative value prints.
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    const QString whole = locale.toString(magnitude / 100);
    const QString cents = u"%1"_s.arg(qulonglong(magnitude % 100), 2, 10, QChar(u'0'));
    return (negative ? locale.negativeSign() : QString()) + whole + locale.decimalPoint() + cents;
}

Status checkMoneyRange(qint64 minor)
{
    if (moneyInRange(minor))
        return Status::success();
    return makeError(ErrorKind::Invalid,
                     minor < 0 ? Tr::tr("An amount of money cannot be negative.")
                               : Tr::tr("The amount %1 is more than the largest amount Kartoteka "
                                        "takes, %2.")
                                     .arg(formatMajor(minor), formatMajor(kMaxMoneyMinor)));
}

} // namespace kartoteka
