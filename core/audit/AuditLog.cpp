#include "audit/AuditLog.h"

#include "accounts/Access.h"
#include "audit/AuditedValues.h"
#include "reports/ReportPeriod.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace auditAction {
QString changeAction(const QString& entity, const QString& op)
{
    return entity + u'.' + op;
}
} // namespace auditAction

namespace {

QString asText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    return value.toString();
}

QString detailsJson(const AuditRecord& record)
{
    QJsonObject details = record.details;
    if (!record.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldChange& f : record.fields)
            fields.append(
                QJsonObject{{u"field"_s, f.field}, {u"before"_s, f.before}, {u"after"_s, f.after}});
        details.insert(u"fields"_s, fields);
    }
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

AuditEntry entryFrom(const QSqlRecord& r)
{
    AuditEntry e;
    e.id = r.value(0).toLongLong();
    e.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
    e.userId = r.value(2).toLongLong();
    e.userName = r.value(3).toString();
    e.action = r.value(4).toString();
    e.entity = r.value(5).toString();
    e.entityId = r.value(6).toLongLong();
    e.clientId = r.value(7).toLongLong();
    e.details = QJsonDocument::fromJson(r.value(8).toString().toUtf8()).object();
    for (const QJsonValue& v : e.details.take(u"fields"_s).toArray()) {
        const QJsonObject f = v.toObject();
        e.fields.append({f.value(u"field"_s).toString(), f.value(u"before"_s).toString(),
                         f.value(u"after"_s).toString()});
    }
    e.host = r.value(9).toString();
    return e;
}

const QString kColumns =
    u"SELECT id, at, user_id, user_name, action, entity, entity_id, client_id, details, host "
    u"FROM audit"_s;

Result<QList<AuditEntry>> entries(Database& db, const QString& where, const QVariantList& args,
                                  int limit)
{
    QVariantList bound = args;
    bound << qBound(1, limit, 10000);
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(), kColumns + u" WHERE "_s + where + u" ORDER BY id DESC LIMIT ?"_s, bound);
    if (!rows)
        return rows.error();
    QList<AuditEntry> result;
    result.reserve(rows->size());
    for (const QSqlRecord& r : *rows)
        result.append(entryFrom(r));
    return result;
}

} // namespace

QList<FieldChange> changedFields(const QVariantMap& before, const QVariantMap& after)
{
    QList<FieldChange> changes;
    QStringList keys = before.keys();
    for (const QString& key : after.keys())
        if (!before.contains(key))
            keys.append(key);
    for (const QString& key : keys) {
        const QString was = asText(before.value(key));
        const QString now = asText(after.value(key));
        if (was != now)
            changes.append({key, was, now});
    }
    return changes;
}

Status recordAudit(Transaction& tx, const AuditRecord& record)
{
    if (!keepsAccounts(tx.db()))
        return Status::success(); // a file from before accounts: nowhere to record it
    const Database& db = tx.database();
    const Principal& who = db.principal();
    return sql::exec(tx.db(),
                     u"INSERT INTO audit (at, user_id, user_name, action, entity, entity_id, "
                     u"client_id, details, host) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {nowUtc(), db.actorId(), who.isSystem() ? db.actor() : who.name, record.action,
                      record.entity, record.entityId ? QVariant(record.entityId) : QVariant(),
                      record.clientId ? QVariant(record.clientId) : QVariant(), detailsJson(record),
                      db.host()});
}

Status recordAudit(Database& db, const AuditRecord& record)
{
    if (db.isReadOnly()) {
        qCInfo(lcStorage) << "not audited on a read-only database:" << record.action
                          << detailsJson(record);
        return Status::success();
    }
    return db.write([&](Transaction& tx) { return recordAudit(tx, record); },
                    Database::IgnoreMaintenance);
}

Result<QList<AuditEntry>> readAudit(Database& db, const AuditFilter& filter)
{
    if (Status s = require(db.principal(), Capability::Audit); !s)
        return s.error();
    QStringList where{u"1 = 1"_s};
    QVariantList args;
    if (filter.userId) {
        where << u"user_id = ?"_s;
        args << filter.userId;
    }
    if (!filter.action.isEmpty()) {
        if (filter.action.endsWith(u'.')) {
            // A prefix: every action of an entity ("client." → client.update...).
            where << u"action >= ? AND action < ?"_s;
            args << filter.action << QString(filter.action.left(filter.action.size() - 1) + u'/');
        } else {
            where << u"action = ?"_s;
            args << filter.action;
        }
    }
    if (filter.from.isValid() || filter.to.isValid()) {
        const PeriodBounds bounds = boundsOf(filter.from.isValid() ? filter.from : kFirstReportDay,
                                             filter.to.isValid() ? filter.to : kLastReportDay);
        where << u"at >= ? AND at < ?"_s;
        args << bounds.from << bounds.to;
    }
    if (filter.clientId) {
        where << u"client_id = ?"_s;
        args << filter.clientId;
    }
    if (filter.beforeId) {
        where << u"id < ?"_s;
        args << filter.beforeId;
    }
    return entries(db, where.join(u" AND "_s), args, filter.limit);
}

Result<QList<AuditEntry>> clientHistory(Database& db, qint64 clientId, int limit)
{
    Result<QList<QSqlRecord>> client =
        sql::rows(db.connection(), u"SELECT manager_id FROM clients WHERE id = ?"_s, {clientId});
    if (!client)
        return client.error();
    if (client->isEmpty() || !reachesClient(db.principal(), client->first().value(0).toLongLong()))
        return unreachableClient(clientId);
    return entries(db, u"client_id = ?"_s, {clientId}, limit);
}

} // namespace kartoteka
