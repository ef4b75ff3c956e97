#pragma once

#include <QString>

namespace kartoteka {

// An amount written out as an invoice in Ukraine or Russia must carry it
// ("Сума прописом"): the whole units in words, with the currency's name in
// the case and number the numeral asks for, and the minor units as two
// digits with their own word: "Одна тисяча двісті тридцять чотири гривні
// 05 копійок", "Двадцать одна гривна 00 копеек", "Two hundred one euros 50
// cents". `language` is "uk", "ru" or anything else for English;
// `currency` an ISO 4217 code. Hryvnia, ruble, dollar and euro have their own
// words in each language; another currency is named by its code after the
// words ("… USD" style: "Сто KZT 50"). The first letter is a capital; a
// negative amount starts with the word for minus.
QString amountInWords(qint64 minor, const QString& currency, const QString& language);

// Just the number in words, in the grammatical gender the noun after it
// needs ("одна"/"один", "две"/"два"): 0 is "нуль"/"ноль"/"zero".
enum class WordGender
{
    Masculine,
    Feminine,
};
QString numberInWords(qint64 number, WordGender gender, const QString& language);

} // namespace kartoteka
