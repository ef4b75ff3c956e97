#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

class Database;
class Transaction;

struct ListItem
{
    qint64 id = 0;
    QString name;
    qint64 version = 0;
};

inline const QString kContactTypes = QStringLiteral("contact_type");
inline const QString kStatuses = QStringLiteral("status");
inline const QString kSources = QStringLiteral("source");
inline const QString kLossReasons = QStringLiteral("loss_reason");
inline const QString kDeliveryTypes = QStringLiteral("delivery_type");
inline const QString kTaskKinds = QStringLiteral("task_kind");

// Every list an admin edits, in the order the editor shows them.
const QStringList& editableLists();
QString listDisplayName(const QString& list);

// The admin-editable lists (contact types, statuses, sources) and the staff.
class Lists
{
public:
    explicit Lists(Database& db) : m_db(db) {}

    Result<QList<ListItem>> items(const QString& list);
    Result<QList<ListItem>> users();

    // The active item (or staff member) `name` names, read only: an exact
    // match first, else the one match ignoring case and extra spaces. A name
    // that matches nothing is NotFound and one that matches several is
    // Invalid, each with a message that lists the valid names, so a typo
    // never becomes a new status, reason or manager.
    Result<qint64> idOf(const QString& list, const QString& name);
    // The first item of `list` that means `meaning` (list_items.meaning: what
    // a task kind becomes on the timeline, "call"), whatever the shop named
    // it; 0 when none does.
    Result<qint64> idByMeaning(const QString& list, const QString& meaning);
    Result<qint64> userIdOf(const QString& name);
    // The id of `name`, adding it when missing: only where the person asked
    // for new names (the demo, the CLI's --create-missing, test fixtures).
    Result<qint64> idOfOrAdd(const QString& list, const QString& name);
    Result<qint64> userIdOfOrAdd(const QString& name);

    // Change-feed entities of list items and of staff.
    static inline const QString kItemEntity = QStringLiteral("list_item");
    static inline const QString kUserEntity = QStringLiteral("user");

    // The admin's edits. Removing hides the item: clients and deals that use
    // it keep it. A stale version is a conflict.
    Status add(const QString& list, const QString& name);
    // The same inside the caller's transaction (an import that adds the values
    // the person chose to create); the new (or revived) item's id.
    static Result<qint64> addIn(Transaction& tx, const QString& list, const QString& name);
    Status rename(const ListItem& item, const QString& name);
    Status remove(const ListItem& item);
    // Moves an item one place up (-1) or down (+1).
    Status move(const QString& list, const ListItem& item, int step);

private:
    Database& m_db;
};

} // namespace kartoteka
