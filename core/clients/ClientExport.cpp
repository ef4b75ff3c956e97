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
#include <QLocale>

#include <algorithm>

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

// The names of the list items and the staff a card refers to by id.
struct ListNames
{
    QHash<qint64, QString> types, statuses, sources, staff;
};

// One cell of an exported client, as the client import reads it back.
QVariant cellOf(const Client& c, const QString& key, const ListNames& names,
                const QList<CustomField>& customFields, const QString& region)
{
    if (key == u"number"_s)
        return c.id;
    if (key == u"name"_s)
        return c.displayName();
    if (key == u"company"_s)
        return c.companyName; // a company's own name too: read back, it is a company again
    if (key == u"job_title"_s)
        return c.jobTitle;
    if (key == u"phones"_s) {
        QStringList phones;
        for (const Phone& p : c.phones)
            phones.append(p.e164.isEmpty() ? p.raw : formatPhone(p.e164, region));
        return phones.join(u", "_s);
    }
    if (key == u"phone_types"_s) {
        // One for each number of the phones column, in its order: read back,
        // each number gets its own ("mobile, , work" for an unnamed second).
        QStringList labels;
        for (const Phone& p : c.phones)
            labels.append(p.label);
        return std::all_of(labels.cbegin(), labels.cend(),
                           [](const QString& label) { return label.isEmpty(); })
                   ? QString()
                   : labels.join(u", "_s);
    }
    if (key == u"emails"_s) {
        QStringList emails;
        for (const Email& e : c.emails)
            emails.append(e.address);
        return emails.join(u", "_s);
    }
    if (key == u"birthday"_s)
        return c.birthday.isValid() ? QVariant(c.birthday) : QVariant();
    if (key == u"gender"_s)
        return c.gender == u"female"_s ? Tr::tr("female")
               : c.gender == u"male"_s ? Tr::tr("male")
                                       : QString();
    if (key == u"tax_id"_s)
        return c.taxId;
    if (key == u"type"_s)
        return names.types.value(c.contactTypeId);
    if (key == u"status"_s)
        return names.statuses.value(c.statusId);
    if (key == u"source"_s)
        return names.sources.value(c.sourceId);
    if (key == u"manager"_s)
        return names.staff.value(c.managerId);
    if (key == u"address"_s)
        return c.actualAddress;
    if (key == u"delivery_address"_s)
        return c.deliveryAddress;
    if (key == u"website"_s) {
        QStringList sites;
        for (const Link& link : c.links) {
            if (link.kind == u"website"_s)
                sites.append(link.value);
        }
        return sites.join(u", "_s);
    }
    if (key == u"tags"_s)
        return c.tags.join(u", "_s);
    if (key == u"comment"_s)
        return c.comment;
    const qint64 fieldId = key.mid(7).toLongLong(); // "custom:ID"
    for (const CustomField& field : customFields) {
        if (field.id != fieldId)
            continue;
        const QString stored = c.fieldValues.value(field.id);
        // A number without group separators, in the locale's decimal
        // point: what a spreadsheet and the import read as that number.
        if (field.type == FieldType::Number)
            return QString(stored).replace(u'.', QLocale().decimalPoint());
        if (field.type == FieldType::Date)
            return stored.isEmpty() ? QVariant() : QVariant(QDate::fromString(stored, Qt::ISODate));
        return field.display(stored);
    }
    return {};
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

QList<ClientExportColumn> clientExportColumns(const QList<CustomField>& customFields)
{
    QList<ClientExportColumn> columns{
        {u"number"_s, Tr::tr("Number"), CellKind::Count},
        {u"name"_s, Tr::tr("Name")},
        {u"company"_s, Tr::tr("Company")},
        {u"job_title"_s, Tr::tr("Job title")},
        {u"phones"_s, Tr::tr("Phones")},
        {u"phone_types"_s, Tr::tr("Phone types")},
        {u"emails"_s, Tr::tr("E-mails")},
        {u"birthday"_s, Tr::tr("Birthday"), CellKind::Date},
        {u"gender"_s, Tr::tr("Gender")},
        {u"tax_id"_s, Tr::tr("Tax ID")},
        {u"type"_s, Tr::tr("Type")},
        {u"status"_s, Tr::tr("Status")},
        {u"source"_s, Tr::tr("Source")},
        {u"manager"_s, Tr::tr("Manager")},
        {u"address"_s, Tr::tr("Address")},
        {u"delivery_address"_s, Tr::tr("Delivery address")},
        {u"website"_s, Tr::tr("Website")},
        {u"tags"_s, Tr::tr("Tags")},
        {u"comment"_s, Tr::tr("Comment")},
    };
    for (const CustomField& field : customFields)
        columns.append({u"custom:"_s + QString::number(field.id), field.name,
                        field.type == FieldType::Date ? CellKind::Date : CellKind::Text});
    return columns;
}

Result<QList<ClientExportColumn>> exportColumnsNamed(const QList<CustomField>& customFields,
                                                     const QStringList& keys)
{
    const QList<ClientExportColumn> all = clientExportColumns(customFields);
    if (keys.isEmpty())
        return all;
    QList<ClientExportColumn> chosen;
    for (const QString& key : keys) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const ClientExportColumn& c) {
            return c.key == key.trimmed();
        });
        if (found == all.cend()) {
            QStringList known;
            for (const ClientExportColumn& c : all)
                known.append(c.key);
            return makeError(ErrorKind::Invalid,
                             Tr::tr("There is no column \"%1\" to export. The columns: %2.")
                                 .arg(key, known.join(u", "_s)),
                             u"export.unknown-column"_s);
        }
        // A column named twice is written once, where it was first named.
        const bool named =
            std::any_of(chosen.cbegin(), chosen.cend(),
                        [&](const ClientExportColumn& c) { return c.key == found->key; });
        if (!named)
            chosen.append(*found);
    }
    return chosen;
}

namespace {

// Each page of the query's rows (as page() reads them: reachable clients
// only), in the query's order, handed to `take`.
Status eachPage(ClientRepository& repo, const ClientListQuery& query,
                const std::function<Status(const QList<ClientRow>&)>& take)
{
    ClientListQuery next = query;
    next.limit = 1000;
    next.afterId = 0;
    for (;;) {
        Result<QList<ClientRow>> page = repo.page(next);
        if (!page)
            return page.error();
        if (Status s = take(*page); !s)
            return s;
        if (page->size() < next.limit)
            return Status::success();
        // On from the last row, in the query's own order.
        if (Status s = applyListCursor(next, listCursor(next, page->last())); !s)
            return s;
    }
}

} // namespace

Result<QList<Client>> clientsToExport(Database& db, const ClientListQuery& query)
{
    ClientRepository repo(db, phoneRegion(db));
    const Principal& who = db.principal();
    QList<Client> clients;
    Status read = eachPage(repo, query, [&](const QList<ClientRow>& page) -> Status {
        for (const ClientRow& row : page) {
            Result<Client> client = repo.load(row.id);
            if (!client)
                return client.error();
            // The access rule, whatever the list query applies.
            if (reachesClient(who, client->managerId))
                clients.append(*client);
        }
        return Status::success();
    });
    if (!read)
        return read.error();
    return clients;
}

Result<QList<ClientWithContacts>> contactsToExport(Database& db, const ClientListQuery& query)
{
    ClientRepository repo(db, phoneRegion(db));
    QList<ClientWithContacts> clients;
    Status read = eachPage(repo, query, [&](const QList<ClientRow>& page) -> Status {
        QList<qint64> ids;
        for (const ClientRow& row : page)
            ids.append(row.id);
        Result<QHash<qint64, ClientContacts>> contacts = repo.contactsOf(ids);
        if (!contacts)
            return contacts.error();
        for (const ClientRow& row : page)
            clients.append({row.id, row.displayName, contacts->value(row.id)});
        return Status::success();
    });
    if (!read)
        return read.error();
    return clients;
}

namespace {

// The clients as a table of the columns chosen.
Result<ReportTable> tableOf(Database& db, const QList<Client>& clients,
                            const QList<ClientExportColumn>& chosen,
                            const QList<CustomField>& customFields)
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
    const ListNames names{*types, *statuses, *sources, *staff};
    ReportTable table;
    table.title = Tr::tr("Clients");
    for (const ClientExportColumn& column : chosen)
        table.columns.append({column.title, column.kind, column.key});
    const QString region = phoneRegion(db);
    for (const Client& c : clients) {
        QVariantList row;
        for (const ClientExportColumn& column : chosen)
            row.append(cellOf(c, column.key, names, customFields, region));
        table.rows.append(row);
    }
    return table;
}

} // namespace

Result<ReportTable> clientTable(Database& db, const QList<Client>& clients,
                                const QStringList& columns)
{
    Result<QList<CustomField>> customFields = CustomFieldRepository(db).fields();
    if (!customFields)
        return customFields.error();
    Result<QList<ClientExportColumn>> chosen = exportColumnsNamed(*customFields, columns);
    if (!chosen)
        return chosen.error();
    return tableOf(db, clients, *chosen, *customFields);
}

Result<ClientExportReport> exportClients(Database& db, ClientExportFormat format,
                                         const QString& path, const ClientExportOptions& options)
{
    // Checked before anything is read or written, audited after; a file that
    // cannot be audited is not left behind (core/audit/Exports).
    ExportRecord record{u"clients"_s,
                        {},
                        formatName(format),
                        QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())};
    Status s = runExport(db, record, [&]() -> Status {
        // A mistyped column is said before a hundred thousand cards are read.
        Result<QList<CustomField>> fields = CustomFieldRepository(db).fields();
        if (!fields)
            return fields.error();
        Result<QList<ClientExportColumn>> columns = exportColumnsNamed(*fields, options.columns);
        if (!columns)
            return columns.error();
        Result<QList<Client>> clients = clientsToExport(db, options.query);
        if (!clients)
            return clients.error();
        record.rows = clients->size();
        if (format == ClientExportFormat::VCard)
            return writeVCards(*clients, path);
        Result<ReportTable> table = tableOf(db, *clients, *columns, *fields);
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
