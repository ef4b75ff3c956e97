#include "clients/FirstPhone.h"

#include "clients/PhoneNumbers.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace kartoteka {

const QString kFirstPhoneJoin =
    u" LEFT JOIN client_phones p ON p.id = (SELECT id FROM client_phones q "
    u"WHERE q.client_id = c.id ORDER BY position, id LIMIT 1)"_s;
const QString kFirstPhone = u"COALESCE(p.e164, ''), COALESCE(p.raw, '')"_s;

QString shownPhone(const QSqlRecord& r, int column, const QString& region)
{
    const QString e164 = r.value(column).toString();
    return e164.isEmpty() ? formatPhone(r.value(column + 1).toString(), region)
                          : formatStoredPhone(e164, region);
}

} // namespace kartoteka
