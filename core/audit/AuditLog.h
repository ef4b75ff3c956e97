#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace kartoteka {

class Database;
class Transaction;

// Stable action names stored in audit.action (and accepted by `audit --action`).
namespace auditAction {
inline const QString kSignIn = QStringLiteral("signin");
inline const QString kSignInFailed = QStringLiteral("signin.failed");
inline const QString kSignOut = QStringLiteral("signout");
inline const QString kLockedOut = QStringLiteral("signin.throttled");
inline const QString kExport = QStringLiteral("export");
inline const QString kPrint = QStringLiteral("print");
inline const QString kBackup = QStringLiteral("backup");
inline const QString kRestore = QStringLiteral("restore");
inline const QString kAccountAdd = QStringLiteral("account.add");
inline const QString kAccountRole = QStringLiteral("account.role");
inline const QString kAccountPassword = QStringLiteral("account.password");
inline const QString kAccountDeactivate = QStringLiteral("account.deactivate");
inline const QString kAccountActivate = QStringLiteral("account.activate");
inline const QString kHandOver = QStringLiteral("account.handover");
inline const QString kRoleCapabilities = QStringLiteral("role.capabilities");
inline const QString kOwnerCopyKey = QStringLiteral("ownercopy.key");
inline const QString kClientTake = QStringLiteral("client.take");
inline const QString kMovedToServer = QStringLiteral("database.moved");
inline const QString kRuleRun = QStringLiteral("rule.run");
inline const QString kDocumentIssue = QStringLiteral("document.issue");
inline const QString kLetterSent = QStringLiteral("letter.sent");
inline const QString kLetterFailed = QStringLiteral("letter.failed");
inline const QString kMailingStart = QStringLiteral("mailing.start");
inline const QString kMailingDone = QStringLiteral("mailing.done");
inline const QString kMailingCancel = QStringLiteral("mailing.cancel");
// Changes of entities: "<entity>.insert", "<entity>.update", "<entity>.delete".
QString changeAction(const QString& entity, const QString& op);
} // namespace auditAction

// One edited field: its stable name and the values before and after, as text.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

// What to record; who and when come from the transaction's connection.
struct AuditRecord
{
    QString action;
    QString entity;
    qint64 entityId = 0; // 0: none
    qint64 clientId = 0; // 0: concerns no client
    QList<FieldChange> fields;
    QJsonObject details; // anything else: rows, file, target account...
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;      // UTC
    qint64 userId = 0; // 0: nobody signed in
    QString userName;
    QString action;
    QString entity;
    qint64 entityId = 0;
    qint64 clientId = 0;
    QList<FieldChange> fields;
    QJsonObject details;
    QString host;
};

// The fields whose values differ between `before` and `after` (same keys;
// a key only in one of them counts as empty in the other).
QList<FieldChange> changedFields(const QVariantMap& before, const QVariantMap& after);

// Appends one row to the audit inside `tx`, as the connection's signed-in
// account: the audit commits with the change it describes, or not at all.
Status recordAudit(Transaction& tx, const AuditRecord& record);
// The same in a transaction of its own, for events that change nothing else
// (a sign-in, an export). On a read-only database nothing can be recorded:
// the event is logged instead and success returned.
Status recordAudit(Database& db, const AuditRecord& record);

struct AuditFilter
{
    qint64 userId = 0; // 0: everyone
    QString action;    // exact name, or a prefix ending in '.' ("client.")
    QDate from;        // local calendar days, inclusive; null: open
    QDate to;
    qint64 clientId = 0;
    qint64 beforeId = 0; // keyset paging, newest first: rows with id < beforeId
    int limit = 500;
};

// The audit, newest first. Needs the Audit capability.
Result<QList<AuditEntry>> readAudit(Database& db, const AuditFilter& filter);
// One client's history, newest first, for whoever reaches the client.
Result<QList<AuditEntry>> clientHistory(Database& db, qint64 clientId, int limit = 200);

} // namespace kartoteka
