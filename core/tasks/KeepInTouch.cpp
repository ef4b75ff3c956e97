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
    // their own, each set by its index; the last entry of each timeline by
    // its own. Which are overdue is counted here, in days; only the few shown
    // are read whole after.
    QString of = u"c.archived = 0"_s;
    QVariantList ofArgs;
    if (managerId > 0) {
        of += u" AND c.manager_id = ?"_s;
        ofArgs << managerId;
    }
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    of += u" AND "_s + reached.sql;
    ofArgs += reached.args;
    // Each type that keeps in touch by itself (a handful), its clients of
    // the manager read by equality on both columns of the index that covers
    // them, whatever either planner guesses of the tiny habits table; then
    // the clients with an interval of their own.
    Result<QList<QSqlRecord>> types = sql::rows(
        db.connection(), u"SELECT type_id, contact_every_days FROM contact_type_habits WHERE "
                         u"contact_every_days IS NOT NULL"_s);
    if (!types)
        return types.error();
    const QString columns =
        u"SELECT c.id, %1, (SELECT i.occurred_at FROM interactions i WHERE i.client_id = c.id "
        u"ORDER BY i.occurred_at DESC LIMIT 1), c.created_at, (SELECT s.last_at FROM "
        u"client_sales s WHERE s.client_id = c.id) FROM clients c WHERE "_s;
    QList<QSqlRecord> rows;
    for (const QSqlRecord& type : *types) {
        Result<QList<QSqlRecord>> ofType = sql::rows(
            db.connection(),
            columns.arg(u"COALESCE(c.contact_every_days, ?)"_s) + u"c.contact_type_id = ? AND "_s +
                of + u" AND (c.contact_every_days IS NULL OR c.contact_every_days > 0)"_s,
            QVariantList{type.value(1), type.value(0)} + ofArgs);
        if (!ofType)
            return ofType.error();
        rows += *ofType;
    }
    Result<QList<QSqlRecord>> own = sql::rows(
        db.connection(),
        columns.arg(u"c.contact_every_days"_s) + of +
            u" AND c.contact_every_days > 0 AND NOT EXISTS (SELECT 1 FROM contact_type_habits h "
            u"WHERE h.type_id = c.contact_type_id AND h.contact_every_days IS NOT NULL)"_s,
        ofArgs);
    if (!own)
        return own.error();
    rows += *own;
    QList<std::pair<int, OutOfTouchClient>> late; // days beyond the interval, the client
    for (const QSqlRecord& r : rows) {
        OutOfTouchClient c;
        c.clientId = r.value(0).toLongLong();
        c.everyDays = r.value(1).toInt();
        // The timeline's last entry, or a won deal after it (a sale is a contact).
        const QDateTime entry = QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs);
        const QDateTime sale = QDateTime::fromString(r.value(4).toString(), Qt::ISODateWithMs);
        const QDateTime last = std::max(entry, sale);
        const QDateTime added = QDateTime::fromString(r.value(3).toString(), Qt::ISODateWithMs);
        const QDate since = (last.isValid() ? last : added).toLocalTime().date();
        if (!since.isValid())
            continue;
        c.daysSince = int(since.daysTo(today));
        if (c.daysSince <= c.everyDays)
            continue;
        if (last.isValid())
            c.lastContact = since;
        late.append({c.daysSince - c.everyDays, c});
    }
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
    Result<QList<QSqlRecord>> named = sql::rows(
        db.connection(), u"SELECT c.id, c.display_name, "_s + kFirstPhone +
                             u", COALESCE(u.name, '') FROM clients c LEFT JOIN users u ON u.id = "
                             u"c.manager_id"_s +
                             kFirstPhoneJoin + u" WHERE c.id IN ("_s + idList(ids) + u")"_s);
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
