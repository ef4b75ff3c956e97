#include "clients/DailyLoop.h"

#include "accounts/Access.h"
#include "clients/Client.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

void CallOrigin::searchChanged(const QString& text)
{
    m_foundBySearch = !text.trimmed().isEmpty();
}

void CallOrigin::openedElsewhere()
{
    m_foundBySearch = false;
}

void CallOrigin::callLogged()
{
    m_foundBySearch = false;
}

QString CallOrigin::newCallDirection() const
{
    return kartoteka::newCallDirection(m_foundBySearch);
}

QString newCallDirection(bool foundBySearch)
{
    return foundBySearch ? u"in"_s : u"out"_s;
}

qint64 defaultManagerId(const Principal& who)
{
    return who.isSystem() ? 0 : who.accountId;
}

QString clientPickerText(const ClientRow& row)
{
    QStringList parts;
    for (const QString& part : {row.companyName, row.phone}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.isEmpty() ? row.displayName : row.displayName + u" — "_s + parts.join(u", "_s);
}

} // namespace kartoteka
