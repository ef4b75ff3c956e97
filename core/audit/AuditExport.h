#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "reports/ReportTable.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

class Database;

// The names of the accounts and clients `entries` refer to; only the clients
// the connection's principal reaches are named (the others stay "client #id").
Result<AuditNames> auditNamesFor(Database& db, const QList<AuditEntry>& entries);

// Writes every audit row matching `filter` (its paging ignored) to `path` as
// CSV or XLSX, and audits the export itself. Needs Audit and Export. Returns
// the number of rows written.
Result<int> exportAudit(Database& db, AuditFilter filter, const QString& path,
                        TableFileFormat format);

} // namespace kartoteka
