#include "tasks/KeepInTouch.h"

#include "accounts/Access.h"
#include "clients/ClientSettings.h"
#include "clients/FirstPhone.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRows.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

Result<QList<OutOfTouchClient>> clientsOutOfTouch(Database& db, qint64 managerId,
                                                  const QDate& today, int limit)
{
    // First who is owed a contact, from the clients of the types that keep
    // in touch (unless the client said never) and those with an interval of
    // their own; which are overdue is counted here, in days; only the few
    // shown are read whole after.
    QString of = u"c.archived = 0"_s;
    QVariantList ofArgs;
    if (managerId > 0) {
        of += u" AND c.manager_id = ?"_s;
        ofArgs << managerId;
    }
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    of += u" AND "_s + reached.sql;
    ofArgs += reached.args;
    // Each type that keeps in touch by itself (a handful): its clients of
    // the manager that follow it, read from the index that holds them in the
    // order they fell out of touch (their last contact, kept by triggers,
    // else the day they were added), only the overdue ones and only as many
    // as are shown; then the few clients with an interval of their own.
    Result<QList<QSqlRecord>> types = sql::rows(
        db.connection(), u"SELECT type_id, contact_every_days FROM contact_type_habits WHERE "
                         u"contact_every_days IS NOT NULL"_s);
    if (!types)
        return types.error();
    QList<std::pair<int, OutOfTouchClient>> late; // days beyond the interval, the client
    const auto read = [&](const QSqlQuery& q) {
        OutOfTouchClient c;
        c.clientId = q.value(0).toLongLong();
        c.everyDays = q.value(1).toInt();
        const QDateTime last = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        const QDateTime added = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        const QDate since = (last.isValid() ? last : added).toLocalTime().date();
        if (!since.isValid())
            return;
        c.daysSince = int(since.daysTo(today));
        if (c.daysSince <= c.everyDays)
            return;
        if (last.isValid())
            c.lastContact = since;
        late.append({c.daysSince - c.everyDays, c});
    };
    const QString since = u"COALESCE(c.last_contact_at, c.created_at)"_s;
    for (const QSqlRecord& type : *types) {
        // Overdue: last contact before the start of the day that many days ago.
        const int every = type.value(1).toInt();
        const QString before = utcTimestamp(QDateTime(today.addDays(-every), QTime(0, 0)));
        if (Status s = sql::eachRow(
                db.connection(),
                u"SELECT c.id, ?, c.last_contact_at, c.created_at FROM clients c WHERE "
                u"c.contact_type_id = ? AND c.contact_every_days IS NULL AND "_s +
                    of + u" AND "_s + since + u" < ? ORDER BY "_s + since + u" LIMIT ?"_s,
                QVariantList{every, type.value(0)} + ofArgs + QVariantList{before, limit}, read);
            !s)
            return s.error();
    }
    if (Status s =
            sql::eachRow(db.connection(),
                         u"SELECT c.id, c.contact_every_days, c.last_contact_at, "
                         u"c.created_at FROM clients c WHERE c.contact_every_days > 0 AND "_s +
                             of,
                         ofArgs, read);
        !s)
        return s.error();
    std::sort(late.begin(), late.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.clientId < b.second.clientId;
    });
    if (late.size() > limit)
        late.resize(limit);
    if (late.isEmpty())
        return QList<OutOfTouchClient>();

    // The few shown: their names, phones and managers.
    QList<qint64> ids;
    for (const auto& [days, c] : late)
        ids << c.clientId;
    Result<QList<QSqlRecord>> named =
        sql::rows(db.connection(),
                  u"SELECT c.id, c.display_name, "_s + kFirstPhone +
                      u", COALESCE(u.name, '') FROM clients c LEFT JOIN users u ON u.id = "
                      u"c.manager_id"_s +
                      firstPhoneJoin(db.backend()) + u" WHERE c.id IN ("_s + idList(ids) + u")"_s);
    if (!named)
        return named.error();
    const QString region = phoneRegion(db);
    QHash<qint64, QSqlRecord> byId;
    for (const QSqlRecord& r : *named)
        byId.insert(r.value(0).toLongLong(), r);
    QList<OutOfTouchClient> out;
    for (auto [days, c] : late) {
        const QSqlRecord r = byId.value(c.clientId);
        c.name = r.value(1).toString();
        c.phone = shownPhone(r, 2, region);
        c.manager = r.value(4).toString();
        out.append(c);
    }
    return out;
}

} // namespace kartoteka
