#include "audit/Exports.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka {

Status authorizeExport(Database& db, const ExportRecord& record)
{
    return require(db.principal(), record.printing ? Capability::Print : Capability::Export);
}

Status recordExport(Database& db, const ExportRecord& record)
{
    // The keys the audit's words read (AuditText): what, report, format, rows, file.
    QJsonObject details{
        {u"what"_s, record.what}, {u"format"_s, record.format}, {u"rows"_s, record.rows}};
    if (!record.title.isEmpty())
        details.insert(u"report"_s, record.title);
    if (!record.file.isEmpty())
        details.insert(u"file"_s,
                       QDir::toNativeSeparators(QFileInfo(record.file).absoluteFilePath()));
    return recordAudit(
        db, {record.printing ? auditAction::kPrint : auditAction::kExport, {}, 0, 0, {}, details});
}

Status runExport(Database& db, const ExportRecord& record, const std::function<Status()>& write)
{
    if (Status s = authorizeExport(db, record); !s)
        return s;
    if (Status s = write(); !s)
        return s;
    if (Status s = recordExport(db, record); !s) {
        if (!record.file.isEmpty())
            QFile::remove(record.file);
        return s;
    }
    return Status::success();
}

Status exportReportTable(Database& db, const ReportTable& table, const QString& path,
                         TableFileFormat format)
{
    const ExportRecord record{
        kReportExport, table.title,       format == TableFileFormat::Csv ? u"csv"_s : u"xlsx"_s,
        path,          table.rows.size(), false};
    return runExport(db, record, [&] { return exportTable(table, path, format); });
}

} // namespace kartoteka
