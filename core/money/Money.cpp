#include "money/Money.h"

#include <QCoreApplication>

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

// The shared grammar of amounts and plain numbers (see readMoney).
std::optional<MoneyProblem> split(const QString& text, const QLocale& locale, Digits& out)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return MoneyProblem::Empty;
    if (s.front() == u'-' || s.front() == QChar(0x2212)) {
        out.negative = true;
        s.remove(0, 1);
    }
    if (s.isEmpty() || !isAsciiDigit(s.front()) || !isAsciiDigit(s.back()))
        return MoneyProblem::NotANumber;

    const QChar localeDecimal = singleChar(locale.decimalPoint());
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
        const QChar c = dots > 0 ? u'.' : u',';
        if (c == localeDecimal) // "1.250.000" in English: two decimal points
            return MoneyProblem::NotANumber;
        punctuationGroup = c;
    } else if (dots + commas == 1) {
        const QChar c = dots > 0 ? u'.' : u',';
        const qsizetype after = s.size() - 1 - s.indexOf(c);
        if (c == localeDecimal)
            decimal = c;
        else if (c == localeGroup && after == 3)
            punctuationGroup = c;
        else if (after == 3)
            return MoneyProblem::Ambiguous;
        else
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

QString example(const QLocale& locale)
{
    return formatMajor(125050, locale);
}

} // namespace

MoneyReading readMoney(const QString& text, MoneySign sign, const QLocale& locale)
{
    Digits digits;
    if (const std::optional<MoneyProblem> problem = split(text, locale, digits))
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

Result<qint64> parseMoney(const QString& text, MoneySign sign, const QLocale& locale)
{
    const MoneyReading reading = readMoney(text, sign, locale);
    if (!reading.problem)
        return reading.minor;
    const QString typed = text.trimmed();
    QString message;
    switch (*reading.problem) {
    case MoneyProblem::Empty:
        message = Tr::tr("Type an amount, such as %1.").arg(example(locale));
        break;
    case MoneyProblem::NotANumber:
        message =
            Tr::tr("\"%1\" is not an amount: type digits with up to two decimals, such as %2.")
                .arg(typed, example(locale));
        break;
    case MoneyProblem::Negative:
        message = Tr::tr("\"%1\": the amount cannot be negative.").arg(typed);
        break;
    case MoneyProblem::TooPrecise:
        message =
            Tr::tr("\"%1\" has more than two decimals; round it to kopecks or cents, such as %2.")
                .arg(typed, example(locale));
        break;
    case MoneyProblem::TooLarge:
        message = Tr::tr("\"%1\" is more than the largest amount Kartoteka takes, %2.")
                      .arg(typed, formatMajor(kMaxMoneyMinor, locale));
        break;
    case MoneyProblem::Ambiguous: {
        // Both readings, so that the person picks one instead of us guessing.
        QString whole = typed, decimal = typed;
        whole.remove(u'.').remove(u',');
        decimal.replace(u'.', locale.decimalPoint()).replace(u',', locale.decimalPoint());
        message = Tr::tr("\"%1\" can be read two ways: type %2 for the whole number or %3 with the "
                         "decimal point.")
                      .arg(typed, whole, decimal);
        break;
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
    if (*problem == MoneyProblem::Ambiguous)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("\"%1\" can be read two ways: type it without the group separator, "
                                "with %2 as the decimal point.")
                             .arg(text.trimmed(), locale.decimalPoint()));
    return makeError(ErrorKind::Invalid,
                     Tr::tr("\"%1\" is not a number: type digits with an optional decimal part, "
                            "such as %2.")
                         .arg(text.trimmed(), locale.toString(12.5)));
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
