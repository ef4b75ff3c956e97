#include "settings/SharedSettings.h"

#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::SharedSettings)
};

// A picture (the shop's logo...) is kept as base64: the audit names its size
// rather than keeping its bytes again in every entry.
QString auditedValue(const QString& key, const QString& value)
{
    if (!key.endsWith(u"_image"_s) || value.isEmpty())
        return value;
    return u"%1 B"_s.arg(QByteArray::fromBase64(value.toLatin1()).size());
}

} // namespace

namespace {

SettingValue valueFrom(const QSqlRecord& r)
{
    return {r.value(u"value"_s).toString(), r.value(u"version"_s).toLongLong(),
            r.value(u"updated_by"_s).toString()};
}

// The account beside the name of whoever saved `key` (none: the program
// itself). Files from before accounts have no such column.
Status markUpdater(Transaction& tx, const QString& key)
{
    if (!keepsAccounts(tx.db()))
        return Status::success();
    return sql::exec(tx.db(), u"UPDATE settings SET updated_by_id = ? WHERE key = ?"_s,
                     {tx.database().actorId(), key});
}

} // namespace

Result<SettingValue> SharedSettings::get(const QString& key)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT value, version, updated_by FROM settings WHERE key = ?"_s, {key});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? SettingValue{} : valueFrom(rows->first());
}

Result<SettingValue> SharedSettings::get(Transaction& tx, const QString& key)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        tx.db(), u"SELECT value, version, updated_by FROM settings WHERE key = ?"_s, {key});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? SettingValue{} : valueFrom(rows->first());
}

Result<QHash<QString, SettingValue>> SharedSettings::withPrefix(const QString& prefix)
{
    // Range instead of LIKE: keys may hold '_' and '%', and the range uses the key index.
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT key, value, version, updated_by FROM settings WHERE key >= ? AND key < ?"_s,
        {prefix, QString(prefix + QChar(0xFFFF))});
    if (!rows)
        return rows.error();
    QHash<QString, SettingValue> values;
    for (const QSqlRecord& r : *rows)
        values.insert(r.value(u"key"_s).toString(), valueFrom(r));
    return values;
}

Result<qint64> SharedSettings::set(Transaction& tx, const QString& key, const QString& value,
                                   qint64 expectedVersion, const QString& actor)
{
    Result<QVariant> before =
        sql::scalar(tx.db(), u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!before)
        return before.error();
    Result<int> changed =
        expectedVersion == 0
            ? sql::change(tx.db(),
                          u"INSERT INTO settings (key, value, version, updated_at, updated_by) "
                          u"VALUES (?, ?, 1, ?, ?) ON CONFLICT(key) DO NOTHING"_s,
                          {key, value, nowUtc(), actor})
            : sql::change(tx.db(),
                          u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, "
                          u"updated_by = ? WHERE key = ? AND version = ?"_s,
                          {value, nowUtc(), actor, key, expectedVersion});
    if (!changed)
        return changed.error();
    if (*changed == 0) {
        return makeError(ErrorKind::Conflict,
                         Tr::tr("Someone else saved this setting after you opened it. Look at "
                                "their value and choose which one to keep."),
                         key);
    }
    tx.recordChange(kEntity, 0, ChangeOp::Update);
    if (Status s = markUpdater(tx, key); !s)
        return s.error();
    if (before->toString() != value) {
        if (Status s = recordAudit(
                tx, {auditAction::changeAction(kEntity, u"update"_s),
                     kEntity,
                     0,
                     0,
                     {{key, auditedValue(key, before->toString()), auditedValue(key, value)}},
                     {}});
            !s)
            return s.error();
    }
    return expectedVersion + 1;
}

Status SharedSettings::setAll(Transaction& tx, const QList<std::pair<QString, QString>>& values,
                              const QString& actor)
{
    for (const auto& [key, value] : values) {
        Result<SettingValue> current = get(tx, key);
        if (!current)
            return current.error();
        if (current->version != 0 && current->value == value)
            continue;
        if (Result<qint64> v = set(tx, key, value, current->version, actor); !v)
            return v.error();
    }
    return Status::success();
}

Status SharedSettings::put(Transaction& tx, const QString& key, const QString& value,
                           const QString& actor)
{
    tx.recordChange(kEntity, 0, ChangeOp::Update);
    // settings.version, not a bare version: PostgreSQL finds that ambiguous here.
    if (Status s =
            sql::exec(tx.db(),
                      u"INSERT INTO settings (key, value, version, updated_at, updated_by) "
                      u"VALUES (?, ?, 1, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                      u"value = excluded.value, version = settings.version + 1, "
                      u"updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                      {key, value, nowUtc(), actor});
        !s)
        return s;
    return markUpdater(tx, key);
}

Result<qint64> SharedSettings::set(const QString& key, const QString& value, qint64 expectedVersion)
{
    qint64 version = 0;
    Status s = m_db.write([&](Transaction& tx) -> Status {
        Result<qint64> v = set(tx, key, value, expectedVersion, m_db.actor());
        if (!v)
            return v.error();
        version = *v;
        return Status::success();
    });
    if (!s)
        return s.error();
    return version;
}

Status SharedSettings::put(const QString& key, const QString& value)
{
    return m_db.write([&](Transaction& tx) { return put(tx, key, value, m_db.actor()); });
}

} // namespace kartoteka
