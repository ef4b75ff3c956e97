#include "import/NameSplit.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

bool looksLikePatronymic(const QString& word)
{
    static const QStringList endings{u"ович"_s, u"евич"_s, u"євич"_s, u"івна"_s,
                                     u"ївна"_s, u"овна"_s, u"евна"_s, u"ична"_s};
    const QString lower = word.toLower();
    // Not "-ич" alone: "Бабич", "Кулич" are last names.
    if (lower.size() < 6)
        return false;
    for (const QString& ending : endings) {
        if (lower.endsWith(ending))
            return true;
    }
    return false;
}

namespace {

bool isLatin(const QString& word)
{
    for (const QChar c : word) {
        if (c.isLetter())
            return c.script() == QChar::Script_Latin;
    }
    return false;
}

} // namespace

PersonName splitFullName(const QString& fullName)
{
    const QStringList words = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    switch (words.size()) {
    case 0:
        return {};
    case 1:
        return {{}, words[0], {}};
    case 2:
        if (looksLikePatronymic(words[1]))
            return {{}, words[0], words[1]};
        if (isLatin(words[0]))
            return {words[1], words[0], {}};
        return {words[0], words[1], {}};
    case 3:
        if (looksLikePatronymic(words[1]) && !looksLikePatronymic(words[2]))
            return {words[2], words[0], words[1]};
        if (isLatin(words[0]) && !looksLikePatronymic(words[2]))
            return {words[2], words[0], words[1]}; // "John Paul Smith"
        return {words[0], words[1], words[2]};
    default:
        // "Петренко-Коваль Олена Іванівна ..." or a double first name: the first
        // word is the last name, the second the first, the rest the middle.
        return {words[0], words[1], words.mid(2).join(u' ')};
    }
}

} // namespace kartoteka
