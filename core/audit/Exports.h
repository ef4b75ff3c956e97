#pragma once

#include "reports/ReportTable.h"
#include "storage/Result.h"

#include <QString>

#include <functional>

namespace kartoteka {

class Database;

// One export of a client list or a report (a file, or pages to a printer),
// as the audit records it.
struct ExportRecord
{
    QString what;   // stable name of what was exported: "report", "clients", "audit"
    QString title;  // a report's title as the person saw it ("Sales by month")
    QString format; // "csv", "xlsx", "pdf", "png", "vcf", "print"
    QString file;   // the file written, empty when printed
    qint64 rows = 0;
    bool printing = false; // on paper: needs Print instead of Export
};

// Every export and print of a client list or a report goes through here,
// whichever screen or command makes it:
//  - authorizeExport() before anything is written: ErrorKind::Forbidden
//    (naming the capability) unless the signed-in account may export, or
//    print when `printing`;
//  - recordExport() once the file is whole (before printing): one audit row
//    with what, how many rows, the format and the file.
Status authorizeExport(Database& db, const ExportRecord& record);
Status recordExport(Database& db, const ExportRecord& record);

// Both around `write`, which writes record.file: refused before it runs,
// audited after it succeeded. An export that cannot be audited is not
// left behind: the file is removed and the error returned.
Status runExport(Database& db, const ExportRecord& record, const std::function<Status()>& write);

// What ExportRecord::what says of a report's table.
inline const QString kReportExport = QStringLiteral("report");

// A report's table to a file (the reports screen's Export, `report --out`):
// exportTable() through runExport(), audited as a report with its title.
Status exportReportTable(Database& db, const ReportTable& table, const QString& path,
                         TableFileFormat format);

} // namespace kartoteka
