#pragma once

#include "storage/Result.h"

#include <QString>

class QSqlDatabase;
class QVariant;
struct sqlite3;
struct sqlite3_stmt;

namespace kartoteka {

// The sqlite3* under a QSQLITE connection, or nullptr under any other driver.
// Debian's driver and this library link the same libsqlite3, so its functions
// may be called on the handle (the backup API, the reports' row reader).
sqlite3* sqliteHandle(QSqlDatabase& db);

// A result code of SQLite's own API as the driver's errors are reported.
Error sqliteError(int code, sqlite3* db, const QString& statement);

// Binds `value` to parameter `index` (from 1) of `statement` as the Qt driver
// binds it (sql::bindable()); SQLite's result code.
int bindSqliteValue(sqlite3_stmt* statement, int index, const QVariant& value);

} // namespace kartoteka
