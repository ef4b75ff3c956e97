#pragma once

#include "storage/Result.h"

#include <QHash>
#include <QList>

#include <QString>
#include <utility>

namespace kartoteka {

class Database;
class Transaction;

struct SettingValue
{
    QString value;
    qint64 version = 0; // 0: never saved
    QString updatedBy;
};

// Settings that every PC of one database shares (backup folder, schedule...),
// in the database's settings table. Each row carries a version: a save based
// on an older version is refused as a conflict instead of overwriting a
// colleague's newer save.
class SharedSettings
{
public:
    explicit SharedSettings(Database& db) : m_db(db) {}

    Result<SettingValue> get(const QString& key);
    Result<QHash<QString, SettingValue>> withPrefix(const QString& prefix);

    // Saves `value` if the stored version is still `expectedVersion` (0: not
    // saved yet). Returns the new version; ErrorKind::Conflict otherwise.
    Result<qint64> set(const QString& key, const QString& value, qint64 expectedVersion);
    // Saves without a version check: for status the program itself records.
    Status put(const QString& key, const QString& value);

    // The same, inside a transaction the caller already holds.
    static Result<SettingValue> get(Transaction& tx, const QString& key);
    static Result<qint64> set(Transaction& tx, const QString& key, const QString& value,
                              qint64 expectedVersion, const QString& actor);
    static Status put(Transaction& tx, const QString& key, const QString& value,
                      const QString& actor);
    // Saves each of `values` (key, value) that differs from what is stored,
    // over whatever version is there: a form the person saves whole (the
    // shop's profile and details), read again under the write lock.
    static Status setAll(Transaction& tx, const QList<std::pair<QString, QString>>& values,
                         const QString& actor);

    static inline const QString kEntity = QStringLiteral("settings");

private:
    Database& m_db;
};

} // namespace kartoteka
