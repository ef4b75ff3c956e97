#pragma once

#include "clients/Client.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
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

// One column a client export may hold, by a stable key ("name", "phones",
// "custom:7") with its translated title; the titles are what the client
// import recognises, so that an export comes back in as it went out.
struct ClientExportColumn
{
    QString key;
    QString title;
    CellKind kind = CellKind::Text; // what a spreadsheet cell holds: dates as dates
};
// Every column, in the order a file has them: the card's fields, then the
// shop's custom fields.
QList<ClientExportColumn> clientExportColumns(const QList<CustomField>& customFields);
// The columns `keys` name, in that order (empty: every column);
// ErrorKind::Invalid ("export.unknown-column") for a key no column has.
Result<QList<ClientExportColumn>> exportColumnsNamed(const QList<CustomField>& customFields,
                                                     const QStringList& keys);

// What to export: the clients a list query finds (its search, filter,
// archive view and order; everyone when it is the default) and the columns
// by key (empty: every column). vCards hold what a card of a phone can.
struct ClientExportOptions
{
    ClientListQuery query;
    QStringList columns;
};

// Every client the query finds that the connection's principal reaches, in
// the query's order, with their phones, e-mails and the rest of the card.
Result<QList<Client>> clientsToExport(Database& db, const ClientListQuery& query = {});

// The same clients' names and contacts only, a page of rows at a time: what a
// mailing to 100,000 clients reads.
struct ClientWithContacts
{
    qint64 id = 0;
    QString name;
    ClientContacts contacts;
};
Result<QList<ClientWithContacts>> contactsToExport(Database& db, const ClientListQuery& query);
// Those clients as a table of the columns keyed (empty: all): what CSV and
// Excel get. ErrorKind::Invalid for a key no column has.
Result<ReportTable> clientTable(Database& db, const QList<Client>& clients,
                                const QStringList& columns = {});

struct ClientExportReport
{
    int rows = 0;
    QString file;
};

// Exports the clients to `path`. Needs the Export capability; the export is
// audited with its format, how many rows and the file.
Result<ClientExportReport> exportClients(Database& db, ClientExportFormat format,
                                         const QString& path,
                                         const ClientExportOptions& options = {});

} // namespace kartoteka
