#include "language/Vocative.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

enum class Gender
{
    Unknown,
    Male,
    Female
};

bool isCyrillicWord(const QString& word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (c.isLetter() && c.script() != QChar::Script_Cyrillic)
            return false;
    }
    return true;
}

// Men's names that end as women's do.
bool isMaleInA(const QString& lower)
{
    static const QSet<QString> names{u"микола"_s,  u"ілля"_s, u"сава"_s,   u"лука"_s,
                                     u"кузьма"_s,  u"хома"_s, u"никита"_s, u"данила"_s,
                                     u"гаврила"_s, u"фома"_s, u"савва"_s,  u"илья"_s};
    return names.contains(lower);
}

Gender genderOf(const QString& firstLower, const QString& patronymicLower)
{
    if (patronymicLower.endsWith(u"ич"_s) || patronymicLower.endsWith(u"іч"_s))
        return Gender::Male;
    if (patronymicLower.endsWith(u"вна"_s) || patronymicLower.endsWith(u"чна"_s))
        return Gender::Female;
    if (firstLower.endsWith(u'а') || firstLower.endsWith(u'я'))
        return isMaleInA(firstLower) ? Gender::Male : Gender::Female;
    return Gender::Male;
}

// `word` with its last `cut` letters replaced by `ending`, in the case the
// word was written in (a name in capitals stays in capitals).
QString withEnding(const QString& word, int cut, const QString& ending)
{
    const bool capitals = word.size() > 1 && word == word.toUpper();
    return word.left(word.size() - cut) + (capitals ? ending.toUpper() : ending);
}

bool isVowel(QChar c)
{
    return QStringView(u"аеєиіїоуюяё").contains(c);
}

QString firstNameVocative(const QString& name, Gender gender)
{
    const QString lower = name.toLower();
    const QChar last = lower.back();
    const QChar before = lower.size() > 1 ? lower.at(lower.size() - 2) : QChar();
    if (last == u'а') // Олена → Олено, Микола → Миколо
        return withEnding(name, 1, u"о"_s);
    if (last == u'я') {
        if (before == u'і' || before == u'и' || before == u'е') // Марія → Маріє
            return withEnding(name, 1, u"є"_s);
        if (lower == u"ілля"_s)
            return withEnding(name, 1, u"е"_s);
        return withEnding(name, 1, u"ю"_s); // Оля → Олю
    }
    if (gender == Gender::Female)
        return name;                  // Любов, Нінель: left as written
    if (last == u'й' || last == u'ь') // Андрій → Андрію, Василь → Василю
        return withEnding(name, 1, u"ю"_s);
    if (last == u'о') { // Петро → Петре, Марко → Марку
        if (before == u'к' || before == u'г' || before == u'х')
            return withEnding(name, 1, u"у"_s);
        return withEnding(name, 1, u"е"_s);
    }
    if (isVowel(last))
        return name;
    if (lower.endsWith(u"ів"_s)) // Яків → Якове
        return withEnding(name, 2, u"ове"_s);
    if (last == u'г') // Олег → Олеже
        return withEnding(name, 1, u"же"_s);
    if (last == u'к' || last == u'х') // Марк → Марку
        return withEnding(name, 0, u"у"_s);
    return withEnding(name, 0, u"е"_s); // Тарас → Тарасе, Ігор → Ігоре
}

QString patronymicVocative(const QString& patronymic)
{
    const QString lower = patronymic.toLower();
    if (lower.endsWith(u"ич"_s) || lower.endsWith(u"іч"_s)) // Васильович → Васильовичу
        return withEnding(patronymic, 0, u"у"_s);
    if (lower.endsWith(u"вна"_s) || lower.endsWith(u"чна"_s)) // Іванівна → Іванівно
        return withEnding(patronymic, 1, u"о"_s);
    return patronymic;
}

} // namespace

QString ukrainianVocative(const QString& firstName, const QString& patronymic)
{
    const QString first = firstName.trimmed();
    const QString middle = patronymic.trimmed();
    QStringList words;
    const Gender gender = genderOf(first.toLower(), middle.toLower());
    // A double name ("Анна-Марія") turns in each part.
    if (isCyrillicWord(first)) {
        QStringList parts = first.split(u'-');
        for (QString& part : parts)
            part = part.isEmpty() ? part : firstNameVocative(part, gender);
        words.append(parts.join(u'-'));
    } else if (!first.isEmpty()) {
        words.append(first);
    }
    if (!middle.isEmpty())
        words.append(isCyrillicWord(middle) ? patronymicVocative(middle) : middle);
    return words.join(u' ');
}

} // namespace kartoteka
