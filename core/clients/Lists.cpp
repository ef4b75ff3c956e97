#include "clients/Lists.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

Result<QList<ListItem>> itemsFrom(Result<QList<QSqlRecord>> rows)
{
    if (!rows)
        return rows.error();
    QList<ListItem> items;
    for (const QSqlRecord& r : *rows)
        items.append({r.value(0).toLongLong(), r.value(1).toString()});
    return items;
}

// Finds a row by name or inserts it, in one write transaction.
Result<qint64> findOrAdd(Database& db, const QString& select, const QString& insert,
                         const QVariantList& args, const QString& entity)
{
    Result<QVariant> found = sql::scalar(db.connection(), select, args);
    if (!found)
        return found.error();
    if (found->isValid() && !found->isNull())
        return found->toLongLong();
    qint64 id = 0;
    Status s = db.write([&](Transaction& tx) -> Status {
        if (Status st = sql::exec(tx.db(), insert, args); !st)
            return st;
        Result<QVariant> again = sql::scalar(tx.db(), select, args);
        if (!again)
            return again.error();
        id = again->toLongLong();
        tx.recordChange(entity, id, ChangeOp::Insert);
        return Status::success();
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace

Result<QList<ListItem>> Lists::items(const QString& list)
{
    return itemsFrom(sql::rows(m_db.connection(),
                               u"SELECT id, name FROM list_items WHERE list = ? AND active = 1 "
                               u"ORDER BY position, name"_s,
                               {list}));
}

Result<qint64> Lists::idOf(const QString& list, const QString& name)
{
    return findOrAdd(
        m_db, u"SELECT id FROM list_items WHERE list = ? AND name = ?"_s,
        u"INSERT OR IGNORE INTO list_items (list, name, position) VALUES (?, ?, 100)"_s,
        {list, name.trimmed()}, u"list_item"_s);
}

Result<QList<ListItem>> Lists::users()
{
    return itemsFrom(sql::rows(m_db.connection(),
                               u"SELECT id, name FROM users WHERE active = 1 ORDER BY name"_s));
}

Result<qint64> Lists::userIdOf(const QString& name)
{
    return findOrAdd(m_db, u"SELECT id FROM users WHERE name = ?"_s,
                     u"INSERT OR IGNORE INTO users (name) VALUES (?)"_s, {name.trimmed()},
                     u"user"_s);
}

} // namespace kartoteka
