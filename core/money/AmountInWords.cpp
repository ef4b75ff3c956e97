#include "money/AmountInWords.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

enum class Lang
{
    Ukrainian,
    Russian,
    English,
};

Lang langOf(const QString& language)
{
    if (language.startsWith(u"uk"_s))
        return Lang::Ukrainian;
    if (language.startsWith(u"ru"_s))
        return Lang::Russian;
    return Lang::English;
}

// The three forms a Slavic noun takes after a number: 1 гривня, 2 гривні,
// 5 гривень (and 11–14 like 5, 21 like 1, 22 like 2).
struct Forms
{
    const char* one;
    const char* few;
    const char* many;
};

QString formFor(qint64 n, const Forms& forms, Lang lang)
{
    if (lang == Lang::English)
        return QString::fromUtf8(n == 1 ? forms.one : forms.many);
    const qint64 lastTwo = n % 100;
    const qint64 last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14)
        return QString::fromUtf8(forms.many);
    if (last == 1)
        return QString::fromUtf8(forms.one);
    if (last >= 2 && last <= 4)
        return QString::fromUtf8(forms.few);
    return QString::fromUtf8(forms.many);
}

struct Scale
{
    qint64 size;
    WordGender gender;
    Forms uk, ru, en;
};

const std::array<Scale, 3> kScales{{
    {1'000'000'000,
     WordGender::Masculine,
     {"мільярд", "мільярди", "мільярдів"},
     {"миллиард", "миллиарда", "миллиардов"},
     {"billion", "billion", "billion"}},
    {1'000'000,
     WordGender::Masculine,
     {"мільйон", "мільйони", "мільйонів"},
     {"миллион", "миллиона", "миллионов"},
     {"million", "million", "million"}},
    {1'000,
     WordGender::Feminine,
     {"тисяча", "тисячі", "тисяч"},
     {"тысяча", "тысячи", "тысяч"},
     {"thousand", "thousand", "thousand"}},
}};

const Forms& formsIn(const Scale& scale, Lang lang)
{
    return lang == Lang::Ukrainian ? scale.uk : lang == Lang::Russian ? scale.ru : scale.en;
}

// Words of 1..999.
QStringList slavicTriple(int n, WordGender gender, Lang lang)
{
    static const char* const ukHundreds[] = {"",          "сто",      "двісті",  "триста",
                                             "чотириста", "п'ятсот",  "шістсот", "сімсот",
                                             "вісімсот",  "дев'ятсот"};
    static const char* const ruHundreds[] = {"",          "сто",      "двести",   "триста",
                                             "четыреста", "пятьсот",  "шестьсот", "семьсот",
                                             "восемьсот", "девятьсот"};
    static const char* const ukTens[] = {"",           "",          "двадцять",  "тридцять",
                                         "сорок",      "п'ятдесят", "шістдесят", "сімдесят",
                                         "вісімдесят", "дев'яносто"};
    static const char* const ruTens[] = {
        "",          "",           "двадцать",  "тридцать",    "сорок",
        "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
    static const char* const ukTeens[] = {
        "десять",      "одинадцять",  "дванадцять", "тринадцять",   "чотирнадцять",
        "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"};
    static const char* const ruTeens[] = {
        "десять",     "одиннадцать", "двенадцать", "тринадцать",   "четырнадцать",
        "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    static const char* const ukUnits[] = {"",      "один",  "два", "три",   "чотири",
                                          "п'ять", "шість", "сім", "вісім", "дев'ять"};
    static const char* const ruUnits[] = {"",     "один",  "два",  "три",    "четыре",
                                          "пять", "шесть", "семь", "восемь", "девять"};
    const bool uk = lang == Lang::Ukrainian;
    QStringList words;
    if (n / 100)
        words << QString::fromUtf8((uk ? ukHundreds : ruHundreds)[n / 100]);
    const int rest = n % 100;
    if (rest >= 10 && rest <= 19) {
        words << QString::fromUtf8((uk ? ukTeens : ruTeens)[rest - 10]);
        return words;
    }
    if (rest / 10)
        words << QString::fromUtf8((uk ? ukTens : ruTens)[rest / 10]);
    const int unit = rest % 10;
    if (unit == 0)
        return words;
    if (gender == WordGender::Feminine && unit == 1)
        words << (uk ? u"одна"_s : u"одна"_s);
    else if (gender == WordGender::Feminine && unit == 2)
        words << (uk ? u"дві"_s : u"две"_s);
    else
        words << QString::fromUtf8((uk ? ukUnits : ruUnits)[unit]);
    return words;
}

QStringList englishTriple(int n)
{
    static const char* const units[] = {"",        "one",     "two",       "three",    "four",
                                        "five",    "six",     "seven",     "eight",    "nine",
                                        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char* const tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                       "fifty", "sixty", "seventy", "eighty", "ninety"};
    QStringList words;
    if (n / 100)
        words << QString::fromLatin1(units[n / 100]) << u"hundred"_s;
    const int rest = n % 100;
    if (rest == 0)
        return words;
    if (rest < 20)
        words << QString::fromLatin1(units[rest]);
    else if (rest % 10 == 0)
        words << QString::fromLatin1(tens[rest / 10]);
    else
        words << QString::fromLatin1(tens[rest / 10]) + u'-' +
                     QString::fromLatin1(units[rest % 10]);
    return words;
}

QStringList tripleWords(int n, WordGender gender, Lang lang)
{
    return lang == Lang::English ? englishTriple(n) : slavicTriple(n, gender, lang);
}

QString zeroWord(Lang lang)
{
    return lang == Lang::Ukrainian ? u"нуль"_s : lang == Lang::Russian ? u"ноль"_s : u"zero"_s;
}

QString minusWord(Lang lang)
{
    return lang == Lang::Ukrainian ? u"мінус"_s : lang == Lang::Russian ? u"минус"_s : u"minus"_s;
}

// The words of a non-negative number; the last group takes `gender`.
QString positiveInWords(qint64 number, WordGender gender, Lang lang)
{
    if (number == 0)
        return zeroWord(lang);
    QStringList words;
    qint64 rest = number;
    for (const Scale& scale : kScales) {
        const qint64 count = rest / scale.size;
        rest %= scale.size;
        if (count == 0)
            continue;
        // Past a thousand billion (beyond any amount Kartoteka keeps) the
        // count is itself written out.
        words << positiveInWords(count, scale.gender, lang)
              << formFor(count, formsIn(scale, lang), lang);
    }
    if (rest > 0)
        words << tripleWords(int(rest), gender, lang);
    return words.join(u' ');
}

struct CurrencyWords
{
    const char* code;
    WordGender majorGender;
    Forms major[3]; // uk, ru, en
    WordGender minorGender;
    Forms minor[3];
};

const std::array<CurrencyWords, 4> kCurrencies{{
    {"UAH",
     WordGender::Feminine,
     {{"гривня", "гривні", "гривень"},
      {"гривна", "гривны", "гривен"},
      {"hryvnia", "hryvnias", "hryvnias"}},
     WordGender::Feminine,
     {{"копійка", "копійки", "копійок"},
      {"копейка", "копейки", "копеек"},
      {"kopiyka", "kopiykas", "kopiykas"}}},
    {"RUB",
     WordGender::Masculine,
     {{"рубль", "рублі", "рублів"}, {"рубль", "рубля", "рублей"}, {"ruble", "rubles", "rubles"}},
     WordGender::Feminine,
     {{"копійка", "копійки", "копійок"},
      {"копейка", "копейки", "копеек"},
      {"kopeck", "kopecks", "kopecks"}}},
    {"USD",
     WordGender::Masculine,
     {{"долар США", "долари США", "доларів США"},
      {"доллар США", "доллара США", "долларов США"},
      {"US dollar", "US dollars", "US dollars"}},
     WordGender::Masculine,
     {{"цент", "центи", "центів"}, {"цент", "цента", "центов"}, {"cent", "cents", "cents"}}},
    {"EUR",
     WordGender::Masculine,
     {{"євро", "євро", "євро"}, {"евро", "евро", "евро"}, {"euro", "euros", "euros"}},
     WordGender::Masculine,
     {{"цент", "центи", "центів"}, {"цент", "цента", "центов"}, {"cent", "cents", "cents"}}},
}};

const CurrencyWords* currencyWordsOf(const QString& code)
{
    for (const CurrencyWords& c : kCurrencies) {
        if (code.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

int langIndex(Lang lang)
{
    return lang == Lang::Ukrainian ? 0 : lang == Lang::Russian ? 1 : 2;
}

} // namespace

QString numberInWords(qint64 number, WordGender gender, const QString& language)
{
    const Lang lang = langOf(language);
    if (number < 0)
        return minusWord(lang) + u' ' + positiveInWords(-number, gender, lang);
    return positiveInWords(number, gender, lang);
}

QString amountInWords(qint64 minor, const QString& currency, const QString& language)
{
    const Lang lang = langOf(language);
    const bool negative = minor < 0;
    const qint64 magnitude = negative ? -minor : minor;
    const qint64 whole = magnitude / 100;
    const qint64 cents = magnitude % 100;
    const QString centDigits = u"%1"_s.arg(cents, 2, 10, QChar(u'0'));

    QString text;
    if (const CurrencyWords* words = currencyWordsOf(currency)) {
        const int i = langIndex(lang);
        text = positiveInWords(whole, words->majorGender, lang) + u' ' +
               formFor(whole, words->major[i], lang) + u' ' + centDigits + u' ' +
               formFor(cents, words->minor[i], lang);
    } else {
        text = positiveInWords(whole, WordGender::Masculine, lang) + u' ' + currency.toUpper() +
               u' ' + centDigits;
    }
    if (negative)
        text = minusWord(lang) + u' ' + text;
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace kartoteka
