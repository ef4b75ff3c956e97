#include "import/NameSplit.h"

#include <QSet>
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

bool looksLikeFirstName(const QString& word)
{
    static const QSet<QString> names = [] {
        const QStringList list{
            // Ukrainian
            u"олександр"_s, u"олександра"_s, u"андрій"_s, u"анна"_s, u"ганна"_s, u"богдан"_s,
            u"богдана"_s, u"валентина"_s, u"василь"_s, u"віктор"_s, u"вікторія"_s, u"володимир"_s,
            u"галина"_s, u"дмитро"_s, u"євген"_s, u"євгенія"_s, u"ірина"_s, u"іван"_s, u"ігор"_s,
            u"катерина"_s, u"юлія"_s, u"юрій"_s, u"людмила"_s, u"марія"_s, u"микола"_s,
            u"михайло"_s, u"наталія"_s, u"надія"_s, u"оксана"_s, u"олег"_s, u"олена"_s, u"ольга"_s,
            u"петро"_s, u"роман"_s, u"світлана"_s, u"сергій"_s, u"софія"_s, u"степан"_s, u"тарас"_s,
            u"тетяна"_s, u"василина"_s, u"ярослав"_s, u"ярослава"_s, u"максим"_s, u"артем"_s,
            u"денис"_s, u"віталій"_s, u"анатолій"_s, u"павло"_s, u"григорій"_s, u"леся"_s,
            u"лариса"_s, u"любов"_s, u"мирослава"_s, u"назар"_s, u"остап"_s, u"зоряна"_s,
            u"христина"_s, u"інна"_s, u"алла"_s, u"віра"_s, u"дарина"_s, u"діана"_s, u"аліна"_s,
            u"валерій"_s, u"костянтин"_s, u"руслан"_s, u"станіслав"_s, u"федір"_s, u"кирило"_s,
            u"ілля"_s, u"антон"_s, u"вадим"_s,
            // Russian
            u"александр"_s, u"александра"_s, u"алексей"_s, u"андрей"_s, u"анастасия"_s,
            u"валентин"_s, u"василий"_s, u"виктор"_s, u"виктория"_s, u"владимир"_s, u"дмитрий"_s,
            u"евгений"_s, u"евгения"_s, u"екатерина"_s, u"елена"_s, u"иван"_s, u"игорь"_s,
            u"ирина"_s, u"юлия"_s, u"юрий"_s, u"мария"_s, u"михаил"_s, u"наталья"_s, u"николай"_s,
            u"ольга"_s, u"павел"_s, u"пётр"_s, u"петр"_s, u"светлана"_s, u"сергей"_s, u"татьяна"_s,
            u"олег"_s, u"константин"_s, u"артём"_s, u"денис"_s, u"виталий"_s, u"анатолий"_s,
            u"григорий"_s, u"людмила"_s, u"галина"_s, u"надежда"_s, u"любовь"_s, u"кирилл"_s,
            u"илья"_s, u"максим"_s, u"роман"_s, u"антон"_s, u"вадим"_s, u"руслан"_s, u"станислав"_s,
            u"фёдор"_s, u"федор"_s, u"марина"_s, u"оксана"_s, u"анна"_s, u"вера"_s, u"дарья"_s,
            u"алина"_s};
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return names.contains(word.toLower());
}

NamedBusiness namedBusiness(const QString& fullName)
{
    const QString text = fullName.simplified();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    static const QStringList soleTraders{u"ФОП"_s, u"ФЛП"_s, u"СПД"_s, u"ИП"_s, u"ПБОЮЛ"_s};
    static const QStringList companies{
        u"ТОВ"_s, u"ТЗОВ"_s, u"ПП"_s,   u"ПРАТ"_s, u"ПАТ"_s,        u"АТ"_s,    u"ТДВ"_s,  u"КП"_s,
        u"ДП"_s,  u"ООО"_s,  u"ОАО"_s,  u"ЗАО"_s,  u"ПАО"_s,        u"АО"_s,    u"ЧП"_s,   u"LLC"_s,
        u"LTD"_s, u"INC"_s,  u"GMBH"_s, u"СП"_s,   u"КОРПОРАЦІЯ"_s, u"ФІРМА"_s, u"ФИРМА"_s};
    auto form = [](QString word) {
        word.remove(u'.').remove(u',').remove(u'(').remove(u')');
        return word.toUpper();
    };
    if (soleTraders.contains(form(words.first())) && words.size() > 1)
        return {NamedBusiness::SoleTrader, words.mid(1).join(u' ')};
    if (soleTraders.contains(form(words.last())) && words.size() > 1)
        return {NamedBusiness::SoleTrader, words.mid(0, words.size() - 1).join(u' ')};
    if (companies.contains(form(words.first())) || companies.contains(form(words.last())) ||
        text.contains(u'«') || text.contains(u'"'))
        return {NamedBusiness::Company, {}};
    return {};
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
        // "Іван Петренко": a known first name before a word that is not one.
        if (isLatin(words[0]) || (looksLikeFirstName(words[0]) && !looksLikeFirstName(words[1])))
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
