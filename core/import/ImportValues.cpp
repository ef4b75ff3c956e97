#include "import/ImportValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ImportValues)
};

} // namespace

namespace {

// The full year of a two-digit one: within the last hundred years.
int fullYear(int twoDigits)
{
    const int today = QDate::currentDate().year();
    int year = today / 100 * 100 + twoDigits;
    if (year > today)
        year -= 100;
    return year;
}

} // namespace

ImportDate importDate(const ImportCell& cell)
{
    if (cell.value.typeId() == QMetaType::QDate)
        return {cell.value.toDate(), false};
    if (cell.value.typeId() == QMetaType::QDateTime)
        return {cell.value.toDateTime().date(), false};
    const QString text = cell.text.trimmed();
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?(?:\\s*(?:р\\.?|г\\.?))?$"_s);
    static const QRegularExpression yearFirst(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    if (const QRegularExpressionMatch m = yearFirst.match(text); m.hasMatch())
        return {QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), false};
    if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch()) {
        if (m.captured(3).isEmpty())
            return {{}, QDate(2000, m.captured(2).toInt(), m.captured(1).toInt()).isValid()};
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year = fullYear(year);
        return {QDate(year, m.captured(2).toInt(), m.captured(1).toInt()), false};
    }
    // An ISO timestamp, as other CRMs export birthdays.
    const QDateTime stamp = QDateTime::fromString(text, Qt::ISODate);
    return {stamp.isValid() ? stamp.date() : QDate(), false};
}

QString importYesNo(const QString& text)
{
    static const QStringList yes{u"так"_s,  u"да"_s, u"yes"_s, u"y"_s,   u"+"_s,
                                 u"true"_s, u"1"_s,  u"є"_s,   u"есть"_s};
    static const QStringList no{u"ні"_s, u"нi"_s,    u"нет"_s, u"no"_s,   u"n"_s,
                                u"-"_s,  u"false"_s, u"0"_s,   u"немає"_s};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return u"1"_s;
    if (no.contains(t))
        return u"0"_s;
    return {};
}

QString importGender(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList female{u"ж"_s, u"жін"_s, u"жiн"_s, u"жен"_s, u"f"_s, u"w"_s};
    static const QStringList male{u"ч"_s, u"чол"_s, u"м"_s, u"муж"_s, u"m"_s};
    if (t.isEmpty())
        return {};
    for (const QString& start : female) {
        if (t.startsWith(start))
            return u"female"_s;
    }
    for (const QString& start : male) {
        if (t.startsWith(start))
            return u"male"_s;
    }
    return {};
}

QString importPhoneLabel(const QString& text)
{
    // A phone's and Outlook's kinds ("cell", "work") in the words the shop
    // types in its cards ("мобільний", "робочий"); any other text as written.
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower == u"cell"_s || lower == u"mobile"_s || lower.startsWith(u"моб"_s))
        return Tr::tr("mobile");
    if (lower == u"work"_s || lower == u"робочий"_s || lower == u"рабочий"_s)
        return Tr::tr("work");
    if (lower == u"home"_s || lower == u"домашній"_s || lower == u"домашний"_s)
        return Tr::tr("home");
    if (lower == u"fax"_s || lower == u"факс"_s)
        return Tr::tr("fax");
    return t;
}

QStringList splitList(const QString& text, bool spaces)
{
    static const QRegularExpression separators(u"[,;\\n\\r]+"_s);
    static const QRegularExpression separatorsAndSpaces(u"[,;\\s]+"_s);
    QStringList parts = text.split(spaces ? separatorsAndSpaces : separators, Qt::SkipEmptyParts);
    for (QString& part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace kartoteka
