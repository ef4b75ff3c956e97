#pragma once

#include "storage/Result.h"

#include <QHash>

#include <optional>

namespace kartoteka {

class Database;

// What a contact type's clients are owed by default (the owner sets it per
// type: designers every 30 days, say). Each part may be off (none).
struct ContactHabits
{
    qint64 typeId = 0;
    std::optional<int> contactEveryDays;   // keep in touch at least this often
    std::optional<int> repeatSaleDays;     // the next sale after a won deal, when their own
                                           // purchases do not tell
    std::optional<int> birthdayDaysBefore; // a greeting task so many days before (0: on the day)
    qint64 version = 0;                    // 0: none saved yet

    bool isEmpty() const { return !contactEveryDays && !repeatSaleDays && !birthdayDaysBefore; }
};

// Owns contact_type_habits. Everyone reads them; saving needs
// Capability::Lists, and one saved since it was read is a conflict.
class ContactHabitsRepository
{
public:
    explicit ContactHabitsRepository(Database& db) : m_db(db) {}

    // Every type's that has any, by type id.
    Result<QHash<qint64, ContactHabits>> all();
    // One type's (empty when it has none).
    Result<ContactHabits> of(qint64 typeId);
    Status save(ContactHabits& habits);

    static inline const QString kEntity = QStringLiteral("contact_habits");

private:
    Database& m_db;
};

} // namespace kartoteka
