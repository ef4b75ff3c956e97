#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

class Database;

struct ListItem
{
    qint64 id = 0;
    QString name;
};

inline const QString kContactTypes = QStringLiteral("contact_type");
inline const QString kStatuses = QStringLiteral("status");
inline const QString kSources = QStringLiteral("source");

// The admin-editable lists (contact types, statuses, sources) and the staff.
class Lists
{
public:
    explicit Lists(Database& db) : m_db(db) {}

    Result<QList<ListItem>> items(const QString& list);
    // The id of `name` in `list`, adding it when missing (CLI, import, demo).
    Result<qint64> idOf(const QString& list, const QString& name);
    Result<QList<ListItem>> users();
    Result<qint64> userIdOf(const QString& name);

private:
    Database& m_db;
};

} // namespace kartoteka
