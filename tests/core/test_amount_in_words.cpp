#include "Catch.h"

#include "money/AmountInWords.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

TEST_CASE("hryvnias in Ukrainian words agree with the numeral", "[money][words]")
{
    const auto uah = [](qint64 minor) { return amountInWords(minor, u"UAH"_s, u"uk"_s); };
    CHECK(uah(100) == u"Одна гривня 00 копійок"_s);
    CHECK(uah(200) == u"Дві гривні 00 копійок"_s);
    CHECK(uah(500) == u"П'ять гривень 00 копійок"_s);
    CHECK(uah(1100) == u"Одинадцять гривень 00 копійок"_s);
    CHECK(uah(2100) == u"Двадцять одна гривня 00 копійок"_s);
    CHECK(uah(10100) == u"Сто одна гривня 00 копійок"_s);
    CHECK(uah(100000) == u"Одна тисяча гривень 00 копійок"_s);
    CHECK(uah(200000) == u"Дві тисячі гривень 00 копійок"_s);
    CHECK(uah(500000) == u"П'ять тисяч гривень 00 копійок"_s);
    CHECK(uah(2100000) == u"Двадцять одна тисяча гривень 00 копійок"_s);
    CHECK(uah(100000000) == u"Один мільйон гривень 00 копійок"_s);
    CHECK(uah(300000000) == u"Три мільйони гривень 00 копійок"_s);
    CHECK(uah(123456) == u"Одна тисяча двісті тридцять чотири гривні 56 копійок"_s);
    CHECK(uah(1) == u"Нуль гривень 01 копійка"_s);
    CHECK(uah(2) == u"Нуль гривень 02 копійки"_s);
    CHECK(uah(5) == u"Нуль гривень 05 копійок"_s);
    CHECK(uah(11) == u"Нуль гривень 11 копійок"_s);
    CHECK(uah(21) == u"Нуль гривень 21 копійка"_s);
    CHECK(uah(1'000'000'000'000) == u"Десять мільярдів гривень 00 копійок"_s);
    CHECK(uah(1'999'999'999'99) ==
          u"Один мільярд дев'ятсот дев'яносто дев'ять мільйонів дев'ятсот дев'яносто дев'ять "
          u"тисяч дев'ятсот дев'яносто дев'ять гривень 99 копійок"_s);
}

TEST_CASE("rubles and hryvnias in Russian words agree with the numeral", "[money][words]")
{
    const auto rub = [](qint64 minor) { return amountInWords(minor, u"RUB"_s, u"ru"_s); };
    CHECK(rub(100) == u"Один рубль 00 копеек"_s);
    CHECK(rub(200) == u"Два рубля 00 копеек"_s);
    CHECK(rub(500) == u"Пять рублей 00 копеек"_s);
    CHECK(rub(1100) == u"Одиннадцать рублей 00 копеек"_s);
    CHECK(rub(2100) == u"Двадцать один рубль 00 копеек"_s);
    CHECK(rub(10100) == u"Сто один рубль 00 копеек"_s);
    CHECK(rub(100000) == u"Одна тысяча рублей 00 копеек"_s);
    CHECK(rub(200000) == u"Две тысячи рублей 00 копеек"_s);
    CHECK(rub(100000000) == u"Один миллион рублей 00 копеек"_s);
    CHECK(rub(2200000000) == u"Двадцать два миллиона рублей 00 копеек"_s);
    CHECK(rub(1) == u"Ноль рублей 01 копейка"_s);
    CHECK(rub(2) == u"Ноль рублей 02 копейки"_s);
    CHECK(rub(5) == u"Ноль рублей 05 копеек"_s);
    CHECK(rub(11) == u"Ноль рублей 11 копеек"_s);
    CHECK(rub(21) == u"Ноль рублей 21 копейка"_s);

    const auto uah = [](qint64 minor) { return amountInWords(minor, u"UAH"_s, u"ru"_s); };
    CHECK(uah(100) == u"Одна гривна 00 копеек"_s);
    CHECK(uah(200) == u"Две гривны 00 копеек"_s);
    CHECK(uah(2100) == u"Двадцать одна гривна 00 копеек"_s);
    CHECK(uah(1100) == u"Одиннадцать гривен 00 копеек"_s);
    CHECK(uah(123456) == u"Одна тысяча двести тридцать четыре гривны 56 копеек"_s);
}

TEST_CASE("amounts in English words, other currencies by their code, and a minus", "[money][words]")
{
    CHECK(amountInWords(100, u"USD"_s, u"en"_s) == u"One US dollar 00 cents"_s);
    CHECK(amountInWords(2101, u"EUR"_s, u"en"_s) == u"Twenty-one euros 01 cent"_s);
    CHECK(amountInWords(11500050, u"UAH"_s, u"en"_s) ==
          u"One hundred fifteen thousand hryvnias 50 kopiykas"_s);
    CHECK(amountInWords(0, u"UAH"_s, u"en"_s) == u"Zero hryvnias 00 kopiykas"_s);
    CHECK(amountInWords(10050, u"KZT"_s, u"uk"_s) == u"Сто KZT 50"_s);
    CHECK(amountInWords(-200, u"UAH"_s, u"uk"_s) == u"Мінус дві гривні 00 копійок"_s);
    CHECK(amountInWords(200, u"USD"_s, u"uk"_s) == u"Два долари США 00 центів"_s);
    CHECK(amountInWords(100, u"EUR"_s, u"ru"_s) == u"Один евро 00 центов"_s);
    CHECK(numberInWords(2, WordGender::Feminine, u"uk"_s) == u"дві"_s);
    CHECK(numberInWords(1000001, WordGender::Masculine, u"ru"_s) == u"один миллион один"_s);
}
