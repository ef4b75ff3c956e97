#include "Catch.h"

#include "language/Vocative.h"

#include <QList>

#include <tuple>

using namespace kartoteka;
using namespace Qt::StringLiterals;

TEST_CASE("a Ukrainian letter addresses a person by first name and patronymic in the vocative",
          "[language][documents]")
{
    const QList<std::tuple<QString, QString, QString>> cases{
        {u"Андрій"_s, u"Васильович"_s, u"Андрію Васильовичу"_s},
        {u"Тарас"_s, u"Григорович"_s, u"Тарасе Григоровичу"_s},
        {u"Олена"_s, u"Іванівна"_s, u"Олено Іванівно"_s},
        {u"Марія"_s, u"Петрівна"_s, u"Маріє Петрівно"_s},
        {u"Петро"_s, QString(), u"Петре"_s},
        {u"Марко"_s, QString(), u"Марку"_s},
        {u"Олег"_s, u"Миколайович"_s, u"Олеже Миколайовичу"_s},
        {u"Василь"_s, QString(), u"Василю"_s},
        {u"Ігор"_s, QString(), u"Ігоре"_s},
        {u"Яків"_s, QString(), u"Якове"_s},
        {u"Микола"_s, u"Ілліч"_s, u"Миколо Іллічу"_s},
        {u"Ілля"_s, QString(), u"Ілле"_s},
        {u"Оля"_s, QString(), u"Олю"_s},
        {u"Мар'яна"_s, QString(), u"Мар'яно"_s},
        {u"Анна-Марія"_s, QString(), u"Анно-Маріє"_s},
        {u"Любов"_s, u"Степанівна"_s, u"Любов Степанівно"_s},
        {u"ОКСАНА"_s, QString(), u"ОКСАНО"_s},
        {u"John"_s, QString(), u"John"_s},
        {QString(), u"Іванович"_s, u"Івановичу"_s},
        {u"  Ірина "_s, u" Олегівна "_s, u"Ірино Олегівно"_s},
    };
    for (const auto& [first, patronymic, expected] : cases) {
        INFO(QString(first + u' ' + patronymic).toStdString());
        CHECK(ukrainianVocative(first, patronymic) == expected);
    }
}
