#include "clients/ClientChecks.h"

#include "clients/PhoneNumbers.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

int digitCount(const QString& text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits;
}

QString taxIdKey(const QString& taxId)
{
    const QString digits = digitsOf(taxId);
    return digits.size() >= 8 ? digits : QString();
}

bool looksLikeEmail(const QString& given)
{
    // Any space (a non-breaking one too), control or invisible character is
    // a paste's leftover, not part of an address.
    static const QRegularExpression local(u"^[^\\s\\p{Cc}\\p{Cf}@<>\"(),;:\\[\\]\\\\]+$"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    // Letters of any alphabet with their marks (й typed as и + ̆ too),
    // digits, and hyphens inside.
    static const QRegularExpression label(
        u"^[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?$"_s);
    const QString address = given.normalized(QString::NormalizationForm_C);
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@'))
        return false;
    const QString name = address.left(at);
    if (!local.match(name).hasMatch() || name.startsWith(u'.') || name.endsWith(u'.') ||
        name.contains(u".."_s))
        return false;
    const QStringList labels = address.mid(at + 1).split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool mixesAlphabets(const QString& address)
{
    static const QRegularExpression parts(u"[@.]"_s);
    for (const QString& part : address.split(parts)) {
        bool latin = false;
        bool cyrillic = false;
        for (QChar c : part) {
            latin = latin || (c.toLower() >= u'a' && c.toLower() <= u'z');
            cyrillic = cyrillic || c.script() == QChar::Script_Cyrillic;
        }
        if (latin && cyrillic)
            return true;
    }
    return false;
}

bool hasVisibleText(const QString& text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (!c.isSpace() && category != QChar::Other_Control && category != QChar::Other_Format)
            return true;
    }
    return false;
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace kartoteka
