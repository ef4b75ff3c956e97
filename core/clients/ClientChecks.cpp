#include "clients/ClientChecks.h"

#include "clients/PhoneNumbers.h"

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

bool looksLikeEmail(const QString& address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || address.contains(u' '))
        return false;
    const QString domain = address.mid(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.');
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
