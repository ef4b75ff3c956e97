#pragma once

#include "audit/AuditLog.h"
#include "reports/ReportTable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kartoteka {

// The audit in words people read: the Administration → Audit screen, the
// client card's history, `audit` on the command line and the audit's export
// all say the same thing the same way.

// A name people filter the audit by, and the key readAudit() takes for it
// (an exact action, or an entity's prefix ending in '.').
struct AuditActionChoice
{
    QString key;
    QString title;
};
// Every choice, in the order a filter lists them (without "all actions").
QList<AuditActionChoice> auditActionChoices();

// "Client changed" for "client.update"; an unknown key is shown as it is.
QString auditActionTitle(const QString& action);
// "Phone" for ("client", "phones"); names in snake_case and camelCase alike.
QString auditFieldTitle(const QString& entity, const QString& field);
// When, in the local time zone with a four-digit year: "12.11.2026 10:32".
QString auditTimeText(const QDateTime& utc);

// Names the audit rows refer to by id, as far as the reader may know them.
struct AuditNames
{
    QHash<qint64, QString> accounts;
    QHash<qint64, QString> clients;
};

// Who did it: the account's name then, or "Kartoteka" for the program itself.
QString auditWho(const AuditEntry& entry);
// What happened, in a sentence without who and when: "Added the account
// olena.koval (Olena Koval, Manager)", "Exported 120 rows to clients.csv".
QString auditWhat(const AuditEntry& entry, const AuditNames& names = {});
// Each edited field as "Phone: +380 50 … → +380 67 …".
QStringList auditFieldLines(const AuditEntry& entry);
// A client card's history: one line per edited field, "Phone changed by
// Olena Koval, 12.11.2026 10:32: +380 50 … → +380 67 …"; an entry without
// fields is one line with what happened.
QStringList auditHistoryLines(const AuditEntry& entry, const AuditNames& names = {});

// The rows as a table for the export writers: when, who, action, what, details.
ReportTable auditTable(const QList<AuditEntry>& entries, const AuditNames& names = {});

} // namespace kartoteka
