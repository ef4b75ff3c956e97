#include "storage/Leases.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka::leases {

Result<Lease> read(Transaction& tx, const QString& name)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        tx.db(), u"SELECT holder, expires_at, done_at FROM leases WHERE name = ?"_s, {name});
    if (!rows)
        return rows.error();
    Lease lease;
    lease.name = name;
    if (!rows->isEmpty()) {
        const QSqlRecord& r = rows->first();
        lease.holder = r.value(0).toString();
        lease.expiresAt = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        lease.doneAt = QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs);
    }
    return lease;
}

Status take(Transaction& tx, const QString& name, const QString& holder, const QDateTime& until)
{
    return sql::exec(tx.db(),
                     u"INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) "
                     u"ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, "
                     u"expires_at = excluded.expires_at"_s,
                     {name, holder, utcTimestamp(until)});
}

Status release(Transaction& tx, const QString& name, const QString& holder, bool done,
               const QDateTime& now)
{
    if (done) {
        return sql::exec(tx.db(),
                         u"UPDATE leases SET holder = NULL, expires_at = NULL, done_at = ? "
                         u"WHERE name = ? AND holder = ?"_s,
                         {utcTimestamp(now), name, holder});
    }
    return sql::exec(tx.db(),
                     u"UPDATE leases SET holder = NULL, expires_at = NULL WHERE name = ? AND "
                     u"holder = ?"_s,
                     {name, holder});
}

} // namespace kartoteka::leases
