#pragma once

#include "storage/Result.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace kartoteka {

// The largest amount of money Kartoteka takes, in minor units:
// 10 000 000 000.00 in major units (ten billion hryvnias, rubles or dollars;
// still a few hundred thousand dollars in dong or rials). Every report sums
// amounts in 64 bits (SQLite's sum() fails with "integer overflow" beyond
// 9.2e18), and at this limit 9 223 372 amounts, all of them the largest
// possible, still fit: far more deals and purchases than a shop's file holds.
inline constexpr qint64 kMaxMoneyMinor = 1'000'000'000'000;

enum class MoneySign
{
    NonNegative, // prices, purchases, deals: a leading minus is refused
    AllowNegative,
};

// Why a text is not an amount (for callers and tests; parseMoney words it).
enum class MoneyProblem
{
    Empty,
    NotANumber, // letters, exponents ("1e3"), hex, "nan", "inf", bad grouping ("1.2.3")
    Negative,   // a minus where the caller allows none
    TooPrecise, // more than two decimals that are not zeros ("1.005")
    TooLarge,   // beyond kMaxMoneyMinor
    Ambiguous,  // "1,250", "1.250": 1250 or 1.25? (refused in every language)
};

struct MoneyReading
{
    qint64 minor = 0;
    std::optional<MoneyProblem> problem;
};

// Reads an amount typed by a person or found in an imported file, in major
// units, into minor units, the same way in every language: a purchase typed
// on an English system must not be 1000 times the one typed on a Ukrainian
// one. Accepted: digits with an optional decimal part after '.' or ','
// ("1250.50", "1250,5"), groups of three digits separated by a space, a
// no-break space, a narrow no-break space, the locale's group separator
// (when it is not '.' or ','), or '.'/',' when the other one is the decimal
// point or when it repeats ("1 250,50", "1,250.50", "1.250,50", "1.250.000"),
// and a leading minus where `sign` allows it. A single '.' or ',' is the
// decimal point, except that one followed by exactly three digits after a
// possible first group ("1,250", "1.250", "12,500") could as well group
// thousands: that is refused as Ambiguous, never guessed from the locale.
// More than two decimals are accepted only when the extra ones are zeros
// ("1250.500" is 1250.50). Everything else is refused: "1e3", "12abc",
// "0x10", "1.2.3", "nan", "inf", "+5", "". `locale` only adds its own group
// separator and words the messages.
// A leading decimal point or comma is a zero whole part (",5" is 0.50): it
// cannot group anything. With a `currency` (the ISO code of the shop's or the
// deal's currency), one sign or word of that currency before or after the
// number is allowed, as on a price tag or in a message ("100 грн", "₴100",
// "100 ₴", "-₴5.00", "UAH 100"; see currencyWords); a sign of any other
// currency ("$5" in a hryvnia shop) stays refused, as does a word on both
// sides or a word without a number.
MoneyReading readMoney(const QString& text, MoneySign sign = MoneySign::NonNegative,
                       const QLocale& locale = QLocale(), const QString& currency = QString());

// The signs and words that may stand beside an amount in `currency`: its ISO
// code, the signs currencySign() writes in every language, and the usual
// abbreviations ("грн", "грн.", "₴", "UAH" for the hryvnia). Compared
// without regard to case.
QStringList currencyWords(const QString& currency);

// readMoney with a message a person can act on (ErrorKind::Invalid): for an
// ambiguous text, both readings and how to type each ("1,250": 1250 or 1,25?).
Result<qint64> parseMoney(const QString& text, MoneySign sign = MoneySign::NonNegative,
                          const QLocale& locale = QLocale(), const QString& currency = QString());

// A plain decimal number (VAT rate, stock, a custom number field) read by the
// same rules as money, with any number of decimals and an optional minus:
// never an exponent, hex, NaN or infinity; "1,250" is ambiguous as for money.
// ErrorKind::Invalid otherwise.
Result<double> parsePlainNumber(const QString& text, const QLocale& locale = QLocale());

// The example amount of hints and placeholders: ungrouped, with the locale's
// decimal point ("1250.50", "1250,50"). "1,250.50" would teach a comma that
// groups thousands to a reader whose comma is the decimal point.
QString amountExample(const QLocale& locale = QLocale());

// An amount in minor units as the locale writes it, without a currency:
// "1 250,50" in Ukrainian, "1,250.50" in English. Exact at any size.
QString formatMajor(qint64 minor, const QLocale& locale = QLocale());

// For repositories: an amount that reached them some other way than
// parseMoney (a script, an old file) is refused instead of stored.
inline bool moneyInRange(qint64 minor)
{
    return minor >= 0 && minor <= kMaxMoneyMinor;
}
Status checkMoneyRange(qint64 minor);

} // namespace kartoteka
