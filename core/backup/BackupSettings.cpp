#include "backup/BackupSettings.h"

#include "audit/AuditLog.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kartoteka {

QString defaultBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(u"backups"_s);
}

QString BackupPolicy::effectiveFolder() const
{
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}

Result<BackupPolicy> loadBackupPolicy(Database& db)
{
    SharedSettings settings(db);
    Result<QHash<QString, SettingValue>> values = settings.withPrefix(u"backup."_s);
    if (!values)
        return values.error();
    BackupPolicy policy;
    auto number = [&](const QString& key, int fallback) {
        bool ok = false;
        const int n = values->value(key).value.toInt(&ok);
        return ok && n >= 0 ? n : fallback;
    };
    policy.folder = values->value(backupKeys::kFolder).value;
    if (values->contains(backupKeys::kDailyAt)) {
        const QTime at = QTime::fromString(values->value(backupKeys::kDailyAt).value, u"HH:mm"_s);
        policy.dailyAt = at.isValid() ? std::optional<QTime>(at) : std::nullopt;
    }
    policy.retention.daily = number(backupKeys::kKeepDaily, policy.retention.daily);
    policy.retention.weekly = number(backupKeys::kKeepWeekly, policy.retention.weekly);
    policy.retention.monthly = number(backupKeys::kKeepMonthly, policy.retention.monthly);
    policy.ownerFolder = values->value(backupKeys::kOwnerFolder).value;
    // An unreadable key counts as none: the owner's copy then fails with a
    // message asking for the passphrase, and the regular backup still runs.
    policy.ownerKey = OwnerKey::fromSetting(values->value(backupKeys::kOwnerKey).value);
    return policy;
}

Result<BackupStatus> loadBackupStatus(Database& db)
{
    SharedSettings settings(db);
    Result<QHash<QString, SettingValue>> values = settings.withPrefix(backupKeys::kStatusPrefix);
    if (!values)
        return values.error();
    auto when = [&](const QString& key) {
        return QDateTime::fromString(values->value(key).value, Qt::ISODateWithMs);
    };
    BackupStatus status;
    status.lastSuccessAt = when(backupKeys::kLastSuccessAt);
    status.lastSuccessFile = values->value(backupKeys::kLastSuccessFile).value;
    status.lastFailureAt = when(backupKeys::kLastFailureAt);
    status.lastFailure = values->value(backupKeys::kLastFailure).value;
    status.ownerCopyAt = when(backupKeys::kOwnerCopyAt);
    status.ownerCopyFile = values->value(backupKeys::kOwnerCopyFile).value;
    status.ownerCopyFailureAt = when(backupKeys::kOwnerCopyFailureAt);
    status.ownerCopyFailure = values->value(backupKeys::kOwnerCopyFailure).value;
    return status;
}

Status recordBackupSuccess(Database& db, const BackupInfo& info)
{
    return db.write([&](Transaction& tx) -> Status {
        if (Status s = SharedSettings::put(tx, backupKeys::kLastSuccessAt,
                                           utcTimestamp(info.createdAt), db.actor());
            !s)
            return s;
        if (Status s = SharedSettings::put(tx, backupKeys::kLastSuccessFile, info.file, db.actor());
            !s)
            return s;
        return recordAudit(tx, {auditAction::kBackup,
                                {},
                                0,
                                0,
                                {},
                                QJsonObject{{u"ok"_s, true},
                                            {u"file"_s, QDir::toNativeSeparators(info.file)},
                                            {u"kind"_s, backupKindName(info.kind)},
                                            {u"bytes"_s, info.bytes},
                                            {u"sha256"_s, info.sha256}}});
    });
}

Status recordBackupFailure(Database& db, const QString& message, const QDateTime& when)
{
    return db.write([&](Transaction& tx) -> Status {
        if (Status s =
                SharedSettings::put(tx, backupKeys::kLastFailureAt, utcTimestamp(when), db.actor());
            !s)
            return s;
        if (Status s = SharedSettings::put(tx, backupKeys::kLastFailure, message, db.actor()); !s)
            return s;
        return recordAudit(tx, {auditAction::kBackup,
                                {},
                                0,
                                0,
                                {},
                                QJsonObject{{u"ok"_s, false}, {u"error"_s, message}}});
    });
}

Status recordOwnerCopyOutcome(Database& db, const Result<BackupInfo>& copy, const QDateTime& when)
{
    return db.write([&](Transaction& tx) -> Status {
        if (copy) {
            if (Status s = SharedSettings::put(tx, backupKeys::kOwnerCopyAt, utcTimestamp(when),
                                               db.actor());
                !s)
                return s;
            return SharedSettings::put(tx, backupKeys::kOwnerCopyFile, copy->file, db.actor());
        }
        if (Status s = SharedSettings::put(tx, backupKeys::kOwnerCopyFailureAt, utcTimestamp(when),
                                           db.actor());
            !s)
            return s;
        return SharedSettings::put(tx, backupKeys::kOwnerCopyFailure, copy.error().message,
                                   db.actor());
    });
}

QString backupFolderBeforeUpgrade(Database& db)
{
    Result<QVariant> folder = sql::scalar(
        db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, {backupKeys::kFolder});
    return folder && !folder->toString().isEmpty() ? folder->toString() : defaultBackupFolder();
}

} // namespace kartoteka
