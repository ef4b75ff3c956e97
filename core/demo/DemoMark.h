#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

class Database;

// The shared setting ("1") that marks a database filled by generateDemo: its
// sign-in then shows the demo's logins and kDemoPassword (DemoData.h), which
// would be wrong to show for any other database.
inline const QString kDemoMarkKey = QStringLiteral("demo.database");

// The demo account whose password is no longer kDemoPassword: the owner the
// first-start assistant gave to the person (their login, name and password).
// The sign-in hint must not promise the demo password for it.
inline const QString kDemoOwnPasswordKey = QStringLiteral("demo.own_password_account");

Status markDemoDatabase(Database& db);
Result<bool> isDemoDatabase(Database& db);
Status markOwnPassword(Database& db, qint64 accountId);
// The account marked by markOwnPassword(), or 0.
Result<qint64> accountWithOwnPassword(Database& db);

} // namespace kartoteka
