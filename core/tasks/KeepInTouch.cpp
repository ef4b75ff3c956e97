#include "tasks/KeepInTouch.h"

#include "accounts/Access.h"
#include "clients/ClientSettings.h"
#include "clients/FirstPhone.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

Result<QList<OutOfTouchClient>> clientsOutOfTouch(Database& db, qint64 managerId,
                                                  const QDate& today, int limit)
{
    // The clients with an interval of their own, and those of the types that
    // have one (unless the client said never); the last entry of each
    // timeline by its index. Which are overdue is counted here, in days.
    QString sql =
        u"SELECT c.id, c.display_name, "_s + kFirstPhone +
        u", COALESCE(u.name, ''), COALESCE(c.contact_every_days, h.contact_every_days), "
        u"(SELECT i.occurred_at FROM interactions i WHERE i.client_id = c.id ORDER BY "
        u"i.occurred_at DESC LIMIT 1), c.created_at FROM clients c LEFT JOIN "
        u"contact_type_habits h ON h.type_id = c.contact_type_id LEFT JOIN users u ON u.id = "
        u"c.manager_id"_s +
        kFirstPhoneJoin +
        u" WHERE c.archived = 0 AND (c.contact_every_days > 0 OR (c.contact_every_days IS NULL "
        u"AND h.contact_every_days IS NOT NULL))"_s;
    QVariantList args;
    if (managerId > 0) {
        sql += u" AND c.manager_id = ?"_s;
        args << managerId;
    }
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    sql += u" AND "_s + reached.sql;
    args += reached.args;
    Result<QList<QSqlRecord>> rows = sql::rows(db.connection(), sql, args);
    if (!rows)
        return rows.error();
    const QString region = phoneRegion(db);
    QList<std::pair<int, OutOfTouchClient>> late; // days beyond the interval, the client
    for (const QSqlRecord& r : *rows) {
        OutOfTouchClient c;
        c.everyDays = r.value(5).toInt();
        const QDateTime last = QDateTime::fromString(r.value(6).toString(), Qt::ISODateWithMs);
        const QDateTime added = QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs);
        const QDate since = (last.isValid() ? last : added).toLocalTime().date();
        if (!since.isValid())
            continue;
        c.daysSince = int(since.daysTo(today));
        if (c.daysSince <= c.everyDays)
            continue;
        if (last.isValid())
            c.lastContact = since;
        c.clientId = r.value(0).toLongLong();
        c.name = r.value(1).toString();
        c.phone = shownPhone(r, 2, region);
        c.manager = r.value(4).toString();
        late.append({c.daysSince - c.everyDays, c});
    }
    std::sort(late.begin(), late.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.clientId < b.second.clientId;
    });
    QList<OutOfTouchClient> out;
    for (qsizetype i = 0; i < late.size() && i < limit; ++i)
        out.append(late[i].second);
    return out;
}

} // namespace kartoteka
