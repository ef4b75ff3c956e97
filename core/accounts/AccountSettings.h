#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

class Database;

// After this many minutes without keyboard or mouse input the window hides
// the base and asks for the password again. Shared by every PC of the
// database (the owner sets it for the shop), like the backup settings.
inline constexpr int kDefaultIdleLockMinutes = 15;
inline constexpr int kMinIdleLockMinutes = 1;
// A working day: whoever wants no lock in practice picks this.
inline constexpr int kMaxIdleLockMinutes = 480;

namespace accountKeys {
inline const QString kIdleLockMinutes = QStringLiteral("accounts.idle_lock_minutes");
}

struct IdleLockSetting
{
    int minutes = kDefaultIdleLockMinutes;
    qint64 version = 0; // 0: never saved (the default applies)
};

Result<IdleLockSetting> loadIdleLock(Database& db);
// Needs Capability::Settings. Saved only if the stored version is still
// `expectedVersion` (ErrorKind::Conflict otherwise); returns the new version.
Result<qint64> saveIdleLock(Database& db, int minutes, qint64 expectedVersion);

} // namespace kartoteka
