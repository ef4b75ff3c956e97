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
    // the manager that follow it read by equality on both columns of the
    // index that covers them, whatever either planner guesses of the tiny
    // habits table; then the clients with an interval of their own. Each
    // client's last contact (the timeline's last entry or a sale, else the
    // day they were added) is found in SQL and, for a type's clients, the
    // overdue ones picked and sorted there: thousands of a manager's clients
    // never become rows here.
    Result<QList<QSqlRecord>> types = sql::rows(
        db.connection(), u"SELECT type_id, contact_every_days FROM contact_type_habits WHERE "
                         u"contact_every_days IS NOT NULL"_s);
    if (!types)
        return types.error();
    const Backend backend = db.backend();
    const QString candidates =
        u"WITH t AS MATERIALIZED (SELECT c.id AS id, %1 AS every, (SELECT i.occurred_at FROM "
        u"interactions i WHERE i.client_id = c.id ORDER BY i.occurred_at DESC LIMIT 1) AS entry, "
        u"(SELECT s.last_at FROM client_sales s WHERE s.client_id = c.id) AS sale, c.created_at "
        u"AS created FROM clients c WHERE %2) SELECT id, every, entry, sale, created FROM (SELECT "
        u"id, every, entry, sale, created, COALESCE(NULLIF("_s +
        sql::larger(backend, u"COALESCE(entry, '')"_s, u"COALESCE(sale, '')"_s) +
        u", ''), created) AS since FROM t) u "_s;
    QList<std::pair<int, OutOfTouchClient>> late; // days beyond the interval, the client
    const auto take = [&](int everyDays, const QString& entryAt, const QString& saleAt,
                          const QString& createdAt, qint64 clientId) {
        OutOfTouchClient c;
        c.clientId = clientId;
        c.everyDays = everyDays;
        // The timeline's last entry, or a won deal after it (a sale is a contact).
        const QDateTime entry = QDateTime::fromString(entryAt, Qt::ISODateWithMs);
        const QDateTime sale = QDateTime::fromString(saleAt, Qt::ISODateWithMs);
        const QDateTime last = std::max(entry, sale);
        const QDateTime added = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
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
    const auto read = [&](const QSqlQuery& q) {
        take(q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString(), q.value(0).toLongLong());
    };
    for (const QSqlRecord& type : *types) {
        // Overdue: last contact before the start of the day that many days ago.
        const int every = type.value(1).toInt();
        const QString before = utcTimestamp(QDateTime(today.addDays(-every), QTime(0, 0)));
        if (Status s = sql::eachRow(
                db.connection(),
                candidates.arg(u"?"_s, u"c.contact_type_id = ? AND c.contact_every_days IS NULL "
                                       u"AND "_s +
                                           of) +
                    u"WHERE since < ? ORDER BY since, id LIMIT ?"_s,
                QVariantList{every, type.value(0)} + ofArgs + QVariantList{before, limit}, read);
            !s)
            return s.error();
    }
    // Their own intervals, each its own: a few clients, weighed here.
    if (Status s = sql::eachRow(
            db.connection(),
            candidates.arg(u"c.contact_every_days"_s, u"c.contact_every_days > 0 AND "_s + of),
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
