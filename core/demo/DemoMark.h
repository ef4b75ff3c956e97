#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

class Database;

// The shared setting ("1") that marks a database filled by generateDemo: its
// sign-in then shows the demo's logins and kDemoPassword (DemoData.h), which
// would be wrong to show for any other database.
inline const QString kDemoMarkKey = QStringLiteral("demo.database");

Status markDemoDatabase(Database& db);
Result<bool> isDemoDatabase(Database& db);

} // namespace kartoteka
