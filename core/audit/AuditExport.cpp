#include "audit/AuditExport.h"

#include "accounts/Access.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Who may export the audit. Kept in one place so that the shared export
// check (export capability plus the export's own audit row) can replace it.
Status mayExportAudit(const Principal& who)
{
    if (Status s = require(who, Capability::Audit); !s)
        return s;
    return require(who, Capability::Export);
}

// SQLite binds at most 32,766 values; names are looked up in slices.
constexpr int kSlice = 500;

Status namesOf(Database& db, const QString& select, const QList<qint64>& ids, const ScopeSql& scope,
               QHash<qint64, QString>& into)
{
    for (int from = 0; from < ids.size(); from += kSlice) {
        const QList<qint64> slice = ids.mid(from, kSlice);
        QStringList marks;
        QVariantList args;
        for (qint64 id : slice) {
            marks.append(u"?"_s);
            args.append(id);
        }
        args.append(scope.args);
        Result<QList<QSqlRecord>> rows = sql::rows(
            db.connection(),
            select.arg(marks.join(u", "_s), scope.sql.isEmpty() ? u"1 = 1"_s : scope.sql), args);
        if (!rows)
            return rows.error();
        for (const QSqlRecord& r : *rows)
            into.insert(r.value(0).toLongLong(), r.value(1).toString());
    }
    return Status::success();
}

} // namespace

Result<AuditNames> auditNamesFor(Database& db, const QList<AuditEntry>& entries)
{
    QSet<qint64> accounts;
    QSet<qint64> clients;
    for (const AuditEntry& e : entries) {
        if (e.entity == u"user" && e.entityId)
            accounts.insert(e.entityId);
        if (e.clientId)
            clients.insert(e.clientId);
    }
    AuditNames names;
    if (Status s = namesOf(db, u"SELECT id, name FROM users WHERE id IN (%1) AND %2"_s,
                           QList<qint64>(accounts.begin(), accounts.end()), {}, names.accounts);
        !s)
        return s.error();
    if (Status s = namesOf(
            db, u"SELECT c.id, c.display_name FROM clients AS c WHERE c.id IN (%1) AND %2"_s,
            QList<qint64>(clients.begin(), clients.end()), clientScope(db.principal(), u"c"_s),
            names.clients);
        !s)
        return s.error();
    return names;
}

Result<int> exportAudit(Database& db, AuditFilter filter, const QString& path,
                        TableFileFormat format)
{
    if (Status s = mayExportAudit(db.principal()); !s)
        return s.error();
    QList<AuditEntry> all;
    filter.beforeId = 0;
    filter.limit = 10000;
    for (;;) {
        Result<QList<AuditEntry>> page = readAudit(db, filter);
        if (!page)
            return page.error();
        all.append(*page);
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->last().id;
    }
    Result<AuditNames> names = auditNamesFor(db, all);
    if (!names)
        return names.error();
    if (Status s = exportTable(auditTable(all, *names), path, format); !s)
        return s.error();
    const int rows = int(all.size());
    if (Status s = recordAudit(
            db,
            {auditAction::kExport,
             u"audit"_s,
             0,
             0,
             {},
             QJsonObject{{u"what"_s, u"audit"_s},
                         {u"rows"_s, rows},
                         {u"file"_s, QDir::toNativeSeparators(path)},
                         {u"format"_s, format == TableFileFormat::Csv ? u"csv"_s : u"xlsx"_s}}});
        !s)
        return s.error();
    return rows;
}

} // namespace kartoteka
