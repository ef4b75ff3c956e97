#include "clients/Lists.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Lists)
};
} // namespace

namespace {

Result<QList<ListItem>> itemsFrom(Result<QList<QSqlRecord>> rows)
{
    if (!rows)
        return rows.error();
    QList<ListItem> items;
    for (const QSqlRecord& r : *rows)
        items.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong()});
    return items;
}

// An edit of a list, with the list it is in and the name before and after.
Status auditListEdit(Transaction& tx, const QString& entity, const QString& op, qint64 id,
                     const QString& list, const QString& before, const QString& after,
                     QJsonObject details = {})
{
    if (!list.isEmpty())
        details.insert(u"list"_s, list);
    QList<FieldChange> fields;
    if (before != after)
        fields.append({u"name"_s, before, after});
    return recordAudit(tx, {auditAction::changeAction(entity, op), entity, id, 0, fields, details});
}

QString listOf(QSqlDatabase& db, qint64 id)
{
    Result<QVariant> list = sql::scalar(db, u"SELECT list FROM list_items WHERE id = ?"_s, {id});
    return list ? list->toString() : QString();
}

Result<QString> itemName(QSqlDatabase& db, qint64 id)
{
    Result<QVariant> name = sql::scalar(db, u"SELECT name FROM list_items WHERE id = ?"_s, {id});
    if (!name)
        return name.error();
    return name->toString();
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
        // args: (list, name) for a list item, (name) for a person.
        return auditListEdit(tx, entity, u"insert"_s, id,
                             args.size() > 1 ? args.first().toString() : QString(), QString(),
                             args.last().toString());
    });
    if (!s)
        return s.error();
    return id;
}

// The item `typed` names among `items`, as Lists::idOf describes.
Result<qint64> matchName(const QList<ListItem>& items, const QString& typed,
                         const QString& listName, const QString& whenEmpty)
{
    const QString wanted = typed.simplified();
    QList<const ListItem*> loose;
    for (const ListItem& item : items) {
        if (item.name == typed || item.name == wanted)
            return item.id;
        if (item.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            loose.append(&item);
    }
    if (loose.size() == 1)
        return loose.first()->id;
    QStringList names;
    for (const ListItem& item : items)
        names.append(item.name);
    const QString valid =
        names.isEmpty() ? whenEmpty : Tr::tr("Choose one of: %1.").arg(names.join(u", "_s));
    if (loose.size() > 1)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("\"%1\" matches several names in %2. %3").arg(typed, listName, valid));
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no \"%1\" in %2. %3").arg(typed, listName, valid));
}

Status conflict()
{
    return makeError(ErrorKind::Conflict, Tr::tr("Someone else changed this list in the meantime. "
                                                 "It was reloaded; try again."));
}

} // namespace

const QStringList& editableLists()
{
    static const QStringList lists{kContactTypes, kStatuses,      kSources,
                                   kLossReasons,  kDeliveryTypes, kTaskKinds};
    return lists;
}

QString listDisplayName(const QString& list)
{
    if (list == kContactTypes)
        return Tr::tr("Contact types");
    if (list == kStatuses)
        return Tr::tr("Client statuses");
    if (list == kSources)
        return Tr::tr("Sources and channels");
    if (list == kLossReasons)
        return Tr::tr("Loss reasons");
    if (list == kDeliveryTypes)
        return Tr::tr("Delivery types");
    if (list == kTaskKinds)
        return Tr::tr("Task kinds");
    return list;
}

Status Lists::add(const QString& list, const QString& name)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter a name."));
    return m_db.write([&](Transaction& tx) -> Status {
        Result<qint64> id = addIn(tx, list, name);
        return id ? Status::success() : Status(id.error());
    });
}

Result<qint64> Lists::addIn(Transaction& tx, const QString& list, const QString& name)
{
    // A removed item of the same name comes back instead of a twin.
    if (Status s = sql::exec(
            tx.db(),
            u"INSERT INTO list_items (list, name, position) VALUES (?, ?, "
            u"(SELECT COALESCE(max(position), 0) + 1 FROM list_items WHERE list = ?)) "
            u"ON CONFLICT(list, name) DO UPDATE SET active = 1, version = list_items.version + 1"_s,
            {list, name.trimmed(), list});
        !s)
        return s.error();
    tx.recordChange(Lists::kItemEntity, 0, ChangeOp::Insert);
    Result<QVariant> id =
        sql::scalar(tx.db(), u"SELECT id FROM list_items WHERE list = ? AND name = ?"_s,
                    {list, name.trimmed()});
    if (!id)
        return id.error();
    if (Status s = auditListEdit(tx, Lists::kItemEntity, u"insert"_s, id->toLongLong(), list,
                                 QString(), name.trimmed());
        !s)
        return s.error();
    return id->toLongLong();
}

Status Lists::rename(const ListItem& item, const QString& name)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter a name."));
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QString> before = itemName(tx.db(), item.id);
        if (!before)
            return before.error();
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE list_items SET name = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
            {name.trimmed(), item.id, item.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return conflict();
        tx.recordChange(Lists::kItemEntity, item.id, ChangeOp::Update);
        return auditListEdit(tx, Lists::kItemEntity, u"update"_s, item.id, listOf(tx.db(), item.id),
                             *before, name.trimmed());
    });
}

Status Lists::remove(const ListItem& item)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE list_items SET active = 0, version = version + 1 WHERE id = ? AND version = ?"_s,
            {item.id, item.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return conflict();
        tx.recordChange(Lists::kItemEntity, item.id, ChangeOp::Delete);
        Result<QString> name = itemName(tx.db(), item.id);
        if (!name)
            return name.error();
        return auditListEdit(tx, Lists::kItemEntity, u"delete"_s, item.id, listOf(tx.db(), item.id),
                             *name, QString());
    });
}

Status Lists::move(const QString& list, const ListItem& item, int step)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    Result<QList<ListItem>> current = items(list);
    if (!current)
        return current.error();
    const auto it = std::find_if(current->cbegin(), current->cend(), [&](const ListItem& i) {
        return i.id == item.id && i.version == item.version;
    });
    if (it == current->cend())
        return conflict();
    const qsizetype from = it - current->cbegin();
    const qsizetype to = std::clamp<qsizetype>(from + step, 0, current->size() - 1);
    if (to == from)
        return Status::success();
    current->move(from, to);
    return m_db.write([&](Transaction& tx) -> Status {
        for (int i = 0; i < current->size(); ++i) {
            if (Status s = sql::exec(
                    tx.db(),
                    u"UPDATE list_items SET position = ?, version = version + 1 WHERE id = ?"_s,
                    {i + 1, current->at(i).id});
                !s)
                return s;
        }
        tx.recordChange(Lists::kItemEntity, item.id, ChangeOp::Update);
        return auditListEdit(tx, Lists::kItemEntity, u"move"_s, item.id, list, item.name, item.name,
                             QJsonObject{{u"from"_s, int(from) + 1}, {u"to"_s, int(to) + 1}});
    });
}

Result<QList<ListItem>> Lists::items(const QString& list)
{
    return itemsFrom(
        sql::rows(m_db.connection(),
                  u"SELECT id, name, version FROM list_items WHERE list = ? AND active = 1 "
                  u"ORDER BY position, name"_s,
                  {list}));
}

Result<qint64> Lists::idByMeaning(const QString& list, const QString& meaning)
{
    Result<QVariant> id = sql::scalar(
        m_db.connection(),
        u"SELECT id FROM list_items WHERE list = ? AND meaning = ? AND active = 1 ORDER BY "
        u"position, id LIMIT 1"_s,
        {list, meaning});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> Lists::idOf(const QString& list, const QString& name)
{
    Result<QList<ListItem>> all = items(list);
    if (!all)
        return all.error();
    return matchName(*all, name, listDisplayName(list),
                     Tr::tr("The list is empty; an administrator fills it "
                            "in Administration → Lists."));
}

Result<qint64> Lists::userIdOf(const QString& name)
{
    Result<QList<ListItem>> all = users();
    if (!all)
        return all.error();
    return matchName(*all, name, Tr::tr("the staff list"),
                     Tr::tr("Nobody is in the staff list yet."));
}

Result<qint64> Lists::idOfOrAdd(const QString& list, const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter a name."));
    // A name already in the list is anyone's to use; adding one is not.
    Result<QVariant> found =
        sql::scalar(m_db.connection(), u"SELECT id FROM list_items WHERE list = ? AND name = ?"_s,
                    {list, name.trimmed()});
    if (!found)
        return found.error();
    if (!found->isNull())
        return found->toLongLong();
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s.error();
    return findOrAdd(m_db, u"SELECT id FROM list_items WHERE list = ? AND name = ?"_s,
                     u"INSERT INTO list_items (list, name, position) VALUES (?, ?, 100) "
                     u"ON CONFLICT DO NOTHING"_s,
                     {list, name.trimmed()}, Lists::kItemEntity);
}

Result<QList<ListItem>> Lists::users()
{
    return itemsFrom(
        sql::rows(m_db.connection(),
                  u"SELECT id, name, version FROM users WHERE active = 1 ORDER BY name"_s));
}

Result<qint64> Lists::userIdOfOrAdd(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter a name."));
    return findOrAdd(m_db, u"SELECT id FROM users WHERE name = ?"_s,
                     u"INSERT INTO users (name) VALUES (?) ON CONFLICT DO NOTHING"_s,
                     {name.trimmed()}, Lists::kUserEntity);
}

} // namespace kartoteka
