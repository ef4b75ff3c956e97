#include "accounts/AccountSettings.h"

#include "accounts/Access.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::AccountSettings)
};
} // namespace

Result<IdleLockSetting> loadIdleLock(Database& db)
{
    Result<SettingValue> stored = SharedSettings(db).get(accountKeys::kIdleLockMinutes);
    if (!stored)
        return stored.error();
    IdleLockSetting setting;
    setting.version = stored->version;
    bool ok = false;
    const int minutes = stored->value.toInt(&ok);
    // A value out of range (written by hand or a newer version) falls back to
    // the default rather than locking every few seconds or never.
    if (ok && minutes >= kMinIdleLockMinutes && minutes <= kMaxIdleLockMinutes)
        setting.minutes = minutes;
    return setting;
}

Result<qint64> saveIdleLock(Database& db, int minutes, qint64 expectedVersion)
{
    if (Status s = require(db.principal(), Capability::Settings); !s)
        return s.error();
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The window can lock after %1 to %n idle minute(s).", nullptr,
                                kMaxIdleLockMinutes)
                             .arg(kMinIdleLockMinutes));
    qint64 version = 0;
    Status s = db.write([&](Transaction& tx) -> Status {
        Result<qint64> saved =
            SharedSettings::set(tx, accountKeys::kIdleLockMinutes, QString::number(minutes),
                                expectedVersion, db.actor());
        if (!saved)
            return saved.error();
        // SharedSettings::set audits the change.
        version = *saved;
        return Status::success();
    });
    if (!s)
        return s.error();
    return version;
}

} // namespace kartoteka
