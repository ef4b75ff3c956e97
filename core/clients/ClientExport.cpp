#include "clients/ClientExport.h"

#include "accounts/Access.h"
#include "accounts/Accounts.h"
#include "audit/Exports.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "clients/VCardWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientExport)
};

QString formatName(ClientExportFormat format)
{
    switch (format) {
    case ClientExportFormat::Csv:
        return u"csv"_s;
    case ClientExportFormat::Xlsx:
        return u"xlsx"_s;
    case ClientExportFormat::VCard:
        return u"vcf"_s;
    }
    return {};
}

Result<QHash<qint64, QString>> namesOf(Result<QList<ListItem>> items)
{
    if (!items)
        return items.error();
    QHash<qint64, QString> names;
    for (const ListItem& item : *items)
        names.insert(item.id, item.name);
    return names;
}

} // namespace

std::optional<ClientExportFormat> clientExportFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return ClientExportFormat::Csv;
    if (n == u"xlsx")
        return ClientExportFormat::Xlsx;
    if (n == u"vcf" || n == u"vcard")
        return ClientExportFormat::VCard;
    return std::nullopt;
}

Result<QList<Client>> clientsToExport(Database& db)
{
    ClientRepository repo(db, phoneRegion(db));
    const Principal& who = db.principal();
    QList<Client> clients;
    ClientListQuery query;
    query.limit = 1000;
    for (;;) {
        Result<QList<ClientRow>> page = repo.page(query);
        if (!page)
            return page.error();
        for (const ClientRow& row : *page) {
            Result<Client> client = repo.load(row.id);
            if (!client)
                return client.error();
            // The access rule, whatever the list query applies.
            if (reachesClient(who, client->managerId))
                clients.append(*client);
        }
        if (page->size() < query.limit)
            break;
        query.afterSortKey = page->last().sortKey;
        query.afterId = page->last().id;
    }
    return clients;
}

Result<ReportTable> clientTable(Database& db, const QList<Client>& clients)
{
    Lists lists(db);
    Result<QHash<qint64, QString>> types = namesOf(lists.items(kContactTypes));
    Result<QHash<qint64, QString>> statuses = namesOf(lists.items(kStatuses));
    Result<QHash<qint64, QString>> sources = namesOf(lists.items(kSources));
    Result<QHash<qint64, QString>> staff = QHash<qint64, QString>();
    // Deactivated colleagues too: their name stays on what they had.
    if (Result<QList<Account>> accounts = Accounts(db).list(true); accounts) {
        for (const Account& a : *accounts)
            staff->insert(a.id, a.name);
    } else {
        staff = accounts.error();
    }
    for (const auto* names : {&types, &statuses, &sources, &staff})
        if (!*names)
            return names->error();
    ReportTable table;
    table.title = Tr::tr("Clients");
    table.columns = {{Tr::tr("Number"), CellKind::Count}, {Tr::tr("Name"), CellKind::Text},
                     {Tr::tr("Company"), CellKind::Text}, {Tr::tr("Phones"), CellKind::Text},
                     {Tr::tr("E-mails"), CellKind::Text}, {Tr::tr("Birthday"), CellKind::Date},
                     {Tr::tr("Type"), CellKind::Text},    {Tr::tr("Status"), CellKind::Text},
                     {Tr::tr("Source"), CellKind::Text},  {Tr::tr("Manager"), CellKind::Text},
                     {Tr::tr("Address"), CellKind::Text}, {Tr::tr("Comment"), CellKind::Text}};
    const QString region = phoneRegion(db);
    for (const Client& c : clients) {
        QStringList phones, emails;
        for (const Phone& p : c.phones)
            phones.append(p.e164.isEmpty() ? p.raw : formatPhone(p.e164, region));
        for (const Email& e : c.emails)
            emails.append(e.address);
        table.rows.append(QVariantList{
            // A company's own name in Company too: read back, it is a company again.
            c.id, c.displayName(), c.companyName, phones.join(u", "_s), emails.join(u", "_s),
            c.birthday.isValid() ? QVariant(c.birthday) : QVariant(), types->value(c.contactTypeId),
            statuses->value(c.statusId), sources->value(c.sourceId), staff->value(c.managerId),
            c.actualAddress, c.comment});
    }
    return table;
}

Result<ClientExportReport> exportClients(Database& db, ClientExportFormat format,
                                         const QString& path)
{
    // Checked before anything is read or written, audited after; a file that
    // cannot be audited is not left behind (core/audit/Exports).
    ExportRecord record{u"clients"_s,
                        {},
                        formatName(format),
                        QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())};
    Status s = runExport(db, record, [&]() -> Status {
        Result<QList<Client>> clients = clientsToExport(db);
        if (!clients)
            return clients.error();
        record.rows = clients->size();
        if (format == ClientExportFormat::VCard)
            return writeVCards(*clients, path);
        Result<ReportTable> table = clientTable(db, *clients);
        if (!table)
            return table.error();
        return exportTable(*table, path,
                           format == ClientExportFormat::Csv ? TableFileFormat::Csv
                                                             : TableFileFormat::Xlsx);
    });
    if (!s)
        return s.error();
    return ClientExportReport{int(record.rows), record.file};
}

} // namespace kartoteka
