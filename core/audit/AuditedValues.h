#pragma once

#include "storage/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

namespace kartoteka {

class Transaction;

// The stored state of a record as a person reads it, for the audit's old and
// new values: list items, stages and people by name (never an id), amounts in
// the locale's writing with their currency, phones formatted. Read inside the
// change's transaction, before and after it, and compared with
// changedFields(). A record that does not exist (yet, or any more) reads as
// an empty map. The keys are stable field names ("phones", "status", ...;
// a custom field is "custom:<its name>").
Result<QVariantMap> auditedClient(QSqlDatabase& db, qint64 clientId);
Result<QVariantMap> auditedDeal(QSqlDatabase& db, qint64 dealId);
Result<QVariantMap> auditedInteraction(QSqlDatabase& db, qint64 interactionId);
Result<QVariantMap> auditedStage(QSqlDatabase& db, qint64 stageId);
Result<QVariantMap> auditedTask(QSqlDatabase& db, qint64 taskId);

// Whether the file's schema has the accounts (schema 8 on): the audit and
// the account columns beside the names. Tests of upgrades write to files of
// older schemas, where nothing of that is recorded.
bool keepsAccounts(QSqlDatabase& db);

using AuditedReader = Result<QVariantMap> (*)(QSqlDatabase&, qint64);

// Reads the record `id` again with `read` inside `tx` and audits the
// operation `op` ("insert", "update", "delete", "move"...) of `entity` with
// the fields that differ from `before` (an empty map: it did not exist). An
// update that changed none of the audited fields (a save without edits, a
// card moved within its column) leaves no audit row.
Status auditChange(Transaction& tx, const QString& entity, const QString& op, qint64 id,
                   qint64 clientId, const QVariantMap& before, AuditedReader read,
                   const QJsonObject& details = {});

// The client a deal or a timeline entry belongs to (0: none), for the audit
// row's client_id, so the card's history shows it.
Result<qint64> clientOfDeal(QSqlDatabase& db, qint64 dealId);

} // namespace kartoteka
