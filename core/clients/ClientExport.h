#pragma once

#include "clients/Client.h"
#include "reports/ReportTable.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

enum class ClientExportFormat
{
    Csv,
    Xlsx,
    VCard
};
// "csv", "xlsx" or "vcf", in any case.
std::optional<ClientExportFormat> clientExportFormatFromName(const QString& name);

// Every client (not archived) the connection's principal reaches, in the
// list's order, with their phones, e-mails and the rest of the card.
Result<QList<Client>> clientsToExport(Database& db);
// Those clients as a table: what CSV and Excel get.
Result<ReportTable> clientTable(Database& db, const QList<Client>& clients);

struct ClientExportReport
{
    int rows = 0;
    QString file;
};

// Exports the client list to `path`. Needs the Export capability; the export
// is audited with its format, how many rows and the file.
Result<ClientExportReport> exportClients(Database& db, ClientExportFormat format,
                                         const QString& path);

} // namespace kartoteka
