#pragma once

#include "storage/Result.h"

#include <QDate>

namespace kartoteka {

class Database;

// Greeting tasks for birthdays, where the client's contact type asks for
// them (contact_type_habits.birthday_days_before): a task "greet" for the
// client's manager, due so many days before the birthday (today when that
// day has passed unseen). Each client's is made once a year (origin
// "birthday:YEAR"), whichever PC or window makes it first; only for the
// clients the principal reaches. The window runs it at start and as each day
// begins. Returns how many it made.
Result<int> makeBirthdayTasks(Database& db, const QDate& today);

} // namespace kartoteka
