#include "import/ClientImport.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientChecks.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "clients/SearchText.h"
#include "import/ClientSnapshot.h"
#include "import/ImportValues.h"
#include "import/NameSplit.h"
#include "storage/BulkRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientImport)
};

const QString kEntity = ClientRepository::kEntity;

// The list a list field names its values in; empty for the staff.
QString listOf(ImportField field)
{
    switch (field) {
    case ImportField::ContactType:
        return kContactTypes;
    case ImportField::Status:
        return kStatuses;
    case ImportField::Source:
        return kSources;
    default:
        return {};
    }
}

// A tax ID by its digits: "ЄДРПОУ 12345678" and "12345678" are one. Shorter
// than an EDRPOU (8 digits) is not reliable enough to call two clients one.
QString taxKey(const QString& taxId)
{
    QString digits;
    for (const QChar c : taxId) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.size() >= 8 ? digits : QString();
}

// What two rows share, for messages: "phone", "e-mail", "tax ID".
QString matchedOnTitle(const QString& on)
{
    if (on == u"phone"_s)
        return Tr::tr("phone");
    if (on == u"email"_s)
        return Tr::tr("e-mail");
    return Tr::tr("tax ID");
}

QString nothingToFill(const Client& stored)
{
    return Tr::tr("%1 already has everything this row holds: skipped.").arg(stored.displayName());
}

struct Known
{
    QString name;
    qint64 managerId = 0;
};

} // namespace

QString duplicateActionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return u"skip"_s;
    case DuplicateAction::Fill:
        return u"fill"_s;
    case DuplicateAction::Create:
        return u"create"_s;
    }
    return {};
}

std::optional<DuplicateAction> duplicateActionNamed(const QString& name)
{
    for (DuplicateAction action :
         {DuplicateAction::Skip, DuplicateAction::Fill, DuplicateAction::Create}) {
        if (duplicateActionName(action).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return action;
    }
    return std::nullopt;
}

QString unknownValueKey(ImportField field, const QString& text)
{
    return importFieldName(field) + u':' + foldText(text.simplified());
}

QList<UnknownValue> undecidedValues(const ImportPreview& preview, const ImportSettings& settings)
{
    QList<UnknownValue> undecided;
    for (const UnknownValue& value : preview.unknownValues) {
        if (settings.choices.value(unknownValueKey(value.field, value.text)).kind ==
            ValueChoice::Undecided)
            undecided.append(value);
    }
    return undecided;
}

bool PlannedRow::skipped() const
{
    if (action == DuplicateAction::Skip && matchId != 0)
        return true;
    for (const RowProblem& problem : problems) {
        if (problem.skipsRow)
            return true;
    }
    return false;
}

struct ClientImport::Context
{
    QString region;
    QList<CustomField> fields;
    QHash<QString, qint64> values; // unknownValueKey(field, name) -> list item or user id
    QHash<qint64, Known> clients;  // every client not archived
    QHash<QString, qint64> byPhone, byEmail, byTaxId;
};

namespace {

// Plans rows one after another: what each becomes, and which earlier row or
// stored client it repeats. Keeps the keys of the rows planned so far.
class RowPlanner
{
public:
    RowPlanner(const ClientImport::Context& context, const ImportSettings& settings,
               const Principal& who)
        : c(context), s(settings), m_who(who)
    {
    }

    PlannedRow plan(const ImportRow& row)
    {
        PlannedRow p;
        p.source = row.source;
        Client& client = p.client;
        QList<int> phoneColumns; // the column each phone came from
        for (int i = 0; i < s.columns.size() && i < row.cells.size(); ++i) {
            const ColumnTarget& target = s.columns[i];
            const ImportCell& cell = row.cells[i];
            if (target.field == ImportField::None || target.field == ImportField::PhoneType ||
                cell.isEmpty())
                continue;
            readCell(p, target, cell, i, phoneColumns);
        }
        applyPhoneTypes(row, client, phoneColumns);
        checkName(p);
        checkPhones(p);
        if (client.managerId == 0 && !m_who.can(Capability::AllClients))
            client.managerId = m_who.accountId;
        findMatch(p);
        return p;
    }

    QList<UnknownValue> unknownValues() const { return m_unknown.values(); }

    // After a row was saved as client `id` (a new one, or the one it filled):
    // later rows with its phones, e-mails or tax ID repeat that client.
    void remember(const PlannedRow& p, qint64 id)
    {
        for (const Phone& phone : p.client.phones) {
            if (!phone.e164.isEmpty())
                m_seenPhone.insert(phone.e164, id);
        }
        for (const Email& email : p.client.emails)
            m_seenEmail.insert(email.address.toLower(), id);
        if (const QString key = taxKey(p.client.taxId); !key.isEmpty())
            m_seenTax.insert(key, id);
        if (!c.clients.contains(id) && !m_added.contains(id))
            m_added.insert(id, p.client.displayName());
    }

private:
    void readCell(PlannedRow& p, const ColumnTarget& target, const ImportCell& cell, int column,
                  QList<int>& phoneColumns)
    {
        Client& client = p.client;
        QString text = cell.text.trimmed();
        // A spreadsheet-safe cell as Kartoteka's own export writes it ("'=1+2").
        if (text.size() > 1 && text.front() == u'\'' && QStringLiteral("=+-@").contains(text[1]))
            text.remove(0, 1);
        auto setOnce = [&](QString& member) {
            if (member.isEmpty())
                member = text;
        };
        switch (target.field) {
        case ImportField::FullName: {
            // "ТОВ «Альфа»" is a company; "ФОП Литвин Сергій" a person trading as one.
            const NamedBusiness business = namedBusiness(text);
            if (business.kind == NamedBusiness::Company) {
                setOnce(client.companyName);
                break;
            }
            if (business.kind == NamedBusiness::SoleTrader)
                setOnce(client.companyName);
            const PersonName name = splitFullName(
                business.kind == NamedBusiness::SoleTrader ? business.personName : text);
            if (client.lastName.isEmpty() && client.firstName.isEmpty() &&
                client.middleName.isEmpty()) {
                client.lastName = name.last;
                client.firstName = name.first;
                client.middleName = name.middle;
            }
            break;
        }
        case ImportField::LastName:
            setOnce(client.lastName);
            break;
        case ImportField::FirstName:
            setOnce(client.firstName);
            break;
        case ImportField::MiddleName:
            setOnce(client.middleName);
            break;
        case ImportField::Company:
            setOnce(client.companyName);
            break;
        case ImportField::JobTitle:
            setOnce(client.jobTitle);
            break;
        case ImportField::Occupation:
            setOnce(client.occupation);
            break;
        case ImportField::TaxId:
            setOnce(client.taxId);
            break;
        case ImportField::ActualAddress:
            setOnce(client.actualAddress);
            break;
        case ImportField::DeliveryAddress:
            setOnce(client.deliveryAddress);
            break;
        case ImportField::BankName:
            setOnce(client.bankName);
            break;
        case ImportField::BankAccount:
            setOnce(client.bankAccount);
            break;
        case ImportField::BankCode:
            setOnce(client.bankCode);
            break;
        case ImportField::Website:
            client.links.append({u"website"_s, text});
            break;
        case ImportField::Comment:
            appendLine(client.comment, text);
            break;
        case ImportField::Tags:
            for (const QString& tag : splitList(text, false)) {
                if (!client.tags.contains(tag))
                    client.tags.append(tag);
            }
            break;
        case ImportField::Phone:
            for (const QString& number : splitList(text, false)) {
                client.phones.append({{}, number, {}});
                phoneColumns.append(column);
            }
            break;
        case ImportField::Email:
            for (const QString& address : splitList(text, true)) {
                if (looksLikeEmail(address))
                    client.emails.append({{}, address});
                else
                    warn(p, "import.bad-email",
                         Tr::tr("\"%1\" is not an e-mail address; it was put in the comment.")
                             .arg(address),
                         ImportField::Email, address);
            }
            break;
        case ImportField::Birthday:
            readBirthday(p, cell);
            break;
        case ImportField::Gender: {
            const QString gender = importGender(text);
            if (gender.isEmpty())
                warn(p, "import.bad-gender",
                     Tr::tr("\"%1\" is neither female nor male; it was put in the comment.")
                         .arg(text),
                     ImportField::Gender, text);
            else
                client.gender = gender;
            break;
        }
        case ImportField::ContactType:
        case ImportField::Status:
        case ImportField::Source:
        case ImportField::Manager:
            readListValue(p, target.field, text);
            break;
        case ImportField::Custom:
            readCustomValue(p, target.customFieldId, cell);
            break;
        case ImportField::None:
        case ImportField::PhoneType:
            break;
        }
    }

    static void appendLine(QString& text, const QString& line)
    {
        if (!text.isEmpty())
            text.append(u'\n');
        text.append(line);
    }

    // A value that could not go where it was meant to: a warning, and the
    // value in the comment under its field's name, so that nothing typed is lost.
    void warn(PlannedRow& p, const char* key, const QString& message, ImportField field,
              const QString& value, const QString& fieldTitle = {})
    {
        p.problems.append({QString::fromLatin1(key), message, false});
        appendLine(p.client.comment,
                   Tr::tr("%1: %2").arg(fieldTitle.isEmpty() ? importFieldTitle(field) : fieldTitle,
                                        value));
    }

    void readBirthday(PlannedRow& p, const ImportCell& cell)
    {
        const ImportDate date = importDate(cell);
        const QString text = cell.text.trimmed();
        if (date.withoutYear)
            warn(p, "import.birthday-without-year",
                 Tr::tr("The birthday \"%1\" has no year; it was put in the comment.").arg(text),
                 ImportField::Birthday, text);
        else if (!date.date.isValid() || date.date > QDate::currentDate() ||
                 date.date.year() < 1900)
            warn(p, "import.bad-date",
                 Tr::tr("\"%1\" is not a possible birthday; it was put in the comment.").arg(text),
                 ImportField::Birthday, text);
        else
            p.client.birthday = date.date;
    }

    void readListValue(PlannedRow& p, ImportField field, const QString& text)
    {
        const QString key = unknownValueKey(field, text);
        qint64 id = c.values.value(key);
        if (id == 0) {
            UnknownValue& unknown = m_unknown[key];
            if (unknown.rows++ == 0) {
                unknown.field = field;
                unknown.text = text.simplified();
            }
            const ValueChoice choice = s.choices.value(key);
            switch (choice.kind) {
            case ValueChoice::Existing:
                id = choice.existingId;
                break;
            case ValueChoice::Create:
                id = m_created.value(key); // 0 until the run has created it
                break;
            case ValueChoice::Empty:
                return;
            case ValueChoice::Undecided:
                return;
            }
        }
        switch (field) {
        case ImportField::ContactType:
            p.client.contactTypeId = id;
            break;
        case ImportField::Status:
            p.client.statusId = id;
            break;
        case ImportField::Source:
            p.client.sourceId = id;
            break;
        default:
            p.client.managerId = id;
            break;
        }
    }

    void readCustomValue(PlannedRow& p, qint64 fieldId, const ImportCell& cell)
    {
        const auto field = std::find_if(c.fields.cbegin(), c.fields.cend(),
                                        [&](const CustomField& f) { return f.id == fieldId; });
        if (field == c.fields.cend())
            return;
        QString input = cell.text.trimmed();
        if (field->type == FieldType::Date) {
            // The field keeps ISO dates; a file writes them as the shop reads them.
            const ImportDate date = importDate(cell);
            if (date.date.isValid())
                input = date.date.toString(Qt::ISODate);
        }
        Result<QString> value = field->normalize(input);
        if (value)
            p.client.fieldValues.insert(field->id, *value);
        else
            warn(p, "import.bad-custom-value",
                 Tr::tr("\"%1\" does not fit the field \"%2\"; it was put in the comment.")
                     .arg(cell.text.trimmed(), field->name),
                 ImportField::Custom, cell.text.trimmed(), field->name);
    }

    // A "kind of phone" column names the kind of the phones of the nearest
    // phone column to its left.
    void applyPhoneTypes(const ImportRow& row, Client& client, const QList<int>& phoneColumns)
    {
        for (int i = 0; i < s.columns.size() && i < row.cells.size(); ++i) {
            if (s.columns[i].field != ImportField::PhoneType || row.cells[i].isEmpty())
                continue;
            int phoneColumn = -1;
            for (int j = i - 1; j >= 0 && phoneColumn < 0; --j) {
                if (s.columns[j].field == ImportField::Phone)
                    phoneColumn = j;
            }
            for (int k = 0; k < client.phones.size(); ++k) {
                if (phoneColumns[k] == phoneColumn)
                    client.phones[k].label = importPhoneLabel(row.cells[i].text);
            }
        }
    }

    void checkName(PlannedRow& p)
    {
        Client& client = p.client;
        const bool hasPerson = !client.lastName.trimmed().isEmpty() ||
                               !client.firstName.trimmed().isEmpty() ||
                               !client.middleName.trimmed().isEmpty();
        if (!hasPerson && client.companyName.trimmed().isEmpty()) {
            p.problems.append({u"import.no-name"_s,
                               Tr::tr("The row has no name and no company; it was not imported."),
                               true});
            return;
        }
        // A row with a company and no person is the company itself; so is one
        // whose name is its company's (Kartoteka's own export of a company).
        const QString personName = QStringList{client.lastName, client.firstName, client.middleName}
                                       .join(u' ')
                                       .simplified();
        if (!hasPerson || personName == client.companyName.simplified()) {
            client.kind = ClientKind::Company;
            client.lastName.clear();
            client.firstName.clear();
            client.middleName.clear();
        }
        for (const QString& part :
             {client.lastName, client.firstName, client.middleName, client.companyName}) {
            if (part.size() > kMaxNameLength) {
                p.problems.append({u"import.name-too-long"_s,
                                   Tr::tr("A name in the row is longer than %1 characters; the "
                                          "row was not imported.")
                                       .arg(kMaxNameLength),
                                   true});
                return;
            }
        }
    }

    void checkPhones(PlannedRow& p)
    {
        QList<Phone> kept;
        for (Phone& phone : p.client.phones) {
            if (digitCount(phone.raw) < kMinPhoneDigits) {
                warn(p, "import.bad-phone",
                     Tr::tr("\"%1\" is not a phone number; it was put in the comment.")
                         .arg(phone.raw),
                     ImportField::Phone, phone.raw);
                continue;
            }
            phone.e164 = normalizePhone(phone.raw, c.region).e164;
            if (phone.e164.isEmpty())
                p.problems.append({u"import.unreadable-phone"_s,
                                   Tr::tr("The phone \"%1\" could not be read as a number; it "
                                          "was kept as written.")
                                       .arg(phone.raw),
                                   false});
            kept.append(phone);
        }
        p.client.phones = kept;
    }

    void findMatch(PlannedRow& p)
    {
        const Client& client = p.client;
        auto look = [&](const QString& key, const QHash<QString, qint64>& stored,
                        const QHash<QString, qint64>& seen, const QString& on) {
            if (p.matchId != 0 || key.isEmpty())
                return;
            // An earlier row of the file first: it may have filled a stored client.
            qint64 id = seen.value(key);
            if (id == 0)
                id = stored.value(key);
            if (id == 0)
                return;
            p.matchId = id;
            p.matchedOn = on;
        };
        for (const Phone& phone : client.phones)
            look(phone.e164, c.byPhone, m_seenPhone, u"phone"_s);
        for (const Email& email : client.emails)
            look(email.address.toLower(), c.byEmail, m_seenEmail, u"email"_s);
        look(taxKey(client.taxId), c.byTaxId, m_seenTax, u"tax_id"_s);
        if (p.matchId == 0) {
            p.action = DuplicateAction::Create;
            return;
        }
        p.action = s.rowActions.value(p.source, s.onDuplicate);
        if (const auto known = c.clients.constFind(p.matchId); known != c.clients.cend()) {
            p.matchReachable = reachesClient(m_who, known->managerId);
            p.matchName = p.matchReachable ? known->name : QString();
        } else {
            p.matchName = m_added.value(p.matchId); // a client of this import
        }
        if (!p.matchReachable && p.action != DuplicateAction::Create) {
            // Not theirs to fill, and they learn no more of it than the form says.
            p.action = DuplicateAction::Skip;
            p.problems.append({u"import.other-managers-client"_s,
                               Tr::tr("The same %1 belongs to another manager's client; the row "
                                      "was not imported.")
                                   .arg(matchedOnTitle(p.matchedOn)),
                               true});
        }
    }

public:
    // A value the person chose to create has its id once the run made it.
    QHash<QString, qint64> m_created;

private:
    const ClientImport::Context& c;
    const ImportSettings& s;
    const Principal& m_who;
    QHash<QString, UnknownValue> m_unknown;
    QHash<QString, qint64> m_seenPhone, m_seenEmail, m_seenTax;
    QHash<qint64, QString> m_added; // clients of this import (preview: -row) by id
};

// The rows of the sheet that hold clients: after the header row.
int firstClientRow(const ImportSettings& settings)
{
    return settings.headerRow < 0 ? 0 : settings.headerRow + 1;
}

Status checkSheet(const ImportTable& table, const ImportSettings& settings)
{
    if (settings.sheet < 0 || settings.sheet >= table.sheets.size())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file has no sheet %1.").arg(settings.sheet + 1));
    if (settings.headerRow >= table.sheets[settings.sheet].rows.size())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The sheet has no row %1 to take the headers from.")
                             .arg(settings.headerRow + 1));
    return Status::success();
}

} // namespace

Result<std::unique_ptr<ClientImport>> ClientImport::open(Database& db)
{
    auto context = std::make_unique<Context>();
    context->region = phoneRegion(db);
    Result<QList<CustomField>> fields = CustomFieldRepository(db).fields();
    if (!fields)
        return fields.error();
    context->fields = *fields;
    Lists lists(db);
    for (ImportField field : {ImportField::ContactType, ImportField::Status, ImportField::Source}) {
        Result<QList<ListItem>> items = lists.items(listOf(field));
        if (!items)
            return items.error();
        for (const ListItem& item : *items)
            context->values.insert(unknownValueKey(field, item.name), item.id);
    }
    Result<QList<ListItem>> users = lists.users();
    if (!users)
        return users.error();
    for (const ListItem& user : *users)
        context->values.insert(unknownValueKey(ImportField::Manager, user.name), user.id);
    // A manager named by login too, as `clients add --manager` takes one.
    Result<QList<QSqlRecord>> logins = sql::rows(
        db.connection(), u"SELECT id, login FROM users WHERE active = 1 AND login IS NOT NULL"_s);
    if (!logins)
        return logins.error();
    for (const QSqlRecord& r : *logins) {
        const QString key = unknownValueKey(ImportField::Manager, r.value(1).toString());
        if (!context->values.contains(key))
            context->values.insert(key, r.value(0).toLongLong());
    }

    // Every client not archived, with its phones, e-mails and tax ID: the
    // duplicate check of each row is then a lookup, not a query. Read forward,
    // a column at a time (BulkRows), not as a list of records.
    BulkRows rows(db.connection());
    auto text = [&](int column) { return QString::fromUtf8(rows.utf8(column)); };
    if (Status s = rows.start(
            u"SELECT id, display_name, manager_id, tax_id FROM clients WHERE archived = 0"_s);
        !s)
        return s.error();
    while (rows.next()) {
        const qint64 id = rows.int64(0);
        context->clients.insert(id, {text(1), rows.int64(2)});
        if (const QString key = taxKey(text(3)); !key.isEmpty())
            context->byTaxId.insert(key, id);
    }
    if (Status s = rows.error(); !s)
        return s.error();
    const std::pair<QHash<QString, qint64>*, QString> keys[] = {
        {&context->byPhone, u"SELECT p.e164, p.client_id FROM client_phones p JOIN clients c "
                            u"ON c.id = p.client_id WHERE c.archived = 0 AND p.e164 <> ''"_s},
        {&context->byEmail, u"SELECT e.email_key, e.client_id FROM client_emails e JOIN clients c "
                            u"ON c.id = e.client_id WHERE c.archived = 0"_s},
    };
    for (const auto& [map, statement] : keys) {
        if (Status s = rows.start(statement); !s)
            return s.error();
        while (rows.next())
            map->insert(text(0), rows.int64(1));
        if (Status s = rows.error(); !s)
            return s.error();
    }
    return std::unique_ptr<ClientImport>(new ClientImport(db, std::move(context)));
}

ClientImport::ClientImport(Database& db, std::unique_ptr<Context> context)
    : m_db(db), m(std::move(context))
{
}

ClientImport::~ClientImport() = default;

const QList<CustomField>& ClientImport::customFields() const
{
    return m->fields;
}

QStringList ClientImport::headers(const ImportSheet& sheet, int headerRow) const
{
    QStringList headers;
    if (headerRow < 0) {
        headers = sheet.columnKeys;
    } else if (headerRow < sheet.rows.size()) {
        for (const ImportCell& cell : sheet.rows[headerRow].cells)
            headers.append(cell.text.trimmed());
    }
    while (headers.size() < sheet.columnCount)
        headers.append(QString());
    return headers;
}

int ClientImport::guessHeaderRow(const ImportSheet& sheet) const
{
    if (!sheet.columnKeys.isEmpty())
        return -1;
    int best = 0, bestCount = 0;
    for (int i = 0; i < std::min<qsizetype>(10, sheet.rows.size()); ++i) {
        int count = 0;
        for (const ImportCell& cell : sheet.rows[i].cells)
            count += guessColumnTarget(cell.text, m->fields).field != ImportField::None ? 1 : 0;
        if (count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

QList<ColumnTarget> ClientImport::guessColumns(const ImportSheet& sheet, int headerRow) const
{
    const QStringList names = headers(sheet, headerRow);
    QList<ColumnTarget> columns;
    QSet<QString> taken;
    for (const QString& name : names) {
        ColumnTarget target =
            headerRow < 0 ? columnTargetOfKey(name) : guessColumnTarget(name, m->fields);
        // A one-column field goes to the first column that names it.
        const QString key = columnTargetName(target);
        if (!fieldTakesManyColumns(target.field) || target.field == ImportField::Custom) {
            if (taken.contains(key))
                target = {};
            taken.insert(key);
        }
        columns.append(target);
    }
    return columns;
}

Status ClientImport::checkColumns(const QList<ColumnTarget>& columns) const
{
    QSet<QString> taken;
    for (const ColumnTarget& target : columns) {
        if (target.field == ImportField::None)
            continue;
        if (target.field == ImportField::Custom &&
            std::none_of(m->fields.cbegin(), m->fields.cend(),
                         [&](const CustomField& f) { return f.id == target.customFieldId; }))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("There is no custom field %1.").arg(target.customFieldId));
        const QString key = columnTargetName(target);
        if ((!fieldTakesManyColumns(target.field) || target.field == ImportField::Custom) &&
            taken.contains(key))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Two columns go into \"%1\"; choose one of them.")
                                 .arg(importFieldTitle(target.field)));
        taken.insert(key);
    }
    const bool named = std::any_of(columns.cbegin(), columns.cend(), [](const ColumnTarget& t) {
        return t.field == ImportField::FullName || t.field == ImportField::LastName ||
               t.field == ImportField::FirstName || t.field == ImportField::MiddleName ||
               t.field == ImportField::Company;
    });
    if (!named)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("No column goes into the name or the company, and a client needs "
                                "one of them: say which column holds the name."),
                         u"import.no-name-column"_s);
    return Status::success();
}

Result<ImportPreview> ClientImport::preview(const ImportTable& table,
                                            const ImportSettings& settings, int rows) const
{
    if (Status s = checkSheet(table, settings); !s)
        return s.error();
    if (Status s = checkColumns(settings.columns); !s)
        return s.error();
    const ImportSheet& sheet = table.sheets[settings.sheet];
    ImportPreview preview;
    preview.headers = headers(sheet, settings.headerRow);
    RowPlanner planner(*m, settings, m_db.principal());
    for (qsizetype i = firstClientRow(settings); i < sheet.rows.size(); ++i) {
        PlannedRow p = planner.plan(sheet.rows[i]);
        ++preview.total;
        preview.matching += p.matchId != 0 ? 1 : 0;
        preview.withProblems += p.problems.isEmpty() ? 0 : 1;
        if (p.skipped())
            ++preview.skipped;
        else if (p.matchId == 0 || p.action == DuplicateAction::Create)
            ++preview.fresh;
        if (!p.skipped())
            planner.remember(p, p.action == DuplicateAction::Fill ? p.matchId : -p.source);
        if (preview.rows.size() < rows)
            preview.rows.append(std::move(p));
    }
    preview.unknownValues = planner.unknownValues();
    std::sort(preview.unknownValues.begin(), preview.unknownValues.end(),
              [](const UnknownValue& a, const UnknownValue& b) {
                  return a.field != b.field ? a.field < b.field : a.text < b.text;
              });
    return preview;
}

namespace {

// Fills the empty fields of `stored` from `row`, adds the phones, e-mails,
// links, tags and custom values it lacks; true when anything changed. The
// manager is set only on a client nobody has, and only by someone who
// assigns clients (AllClients): an import does not hand clients over.
bool fillEmpty(Client& stored, const Client& row, bool assignsManagers)
{
    bool changed = false;
    auto fill = [&](QString& to, const QString& from) {
        if (to.trimmed().isEmpty() && !from.trimmed().isEmpty()) {
            to = from;
            changed = true;
        }
    };
    auto fillId = [&](qint64& to, qint64 from) {
        if (to == 0 && from != 0) {
            to = from;
            changed = true;
        }
    };
    if (stored.kind == ClientKind::Person) {
        fill(stored.lastName, row.lastName);
        fill(stored.firstName, row.firstName);
        fill(stored.middleName, row.middleName);
    }
    fill(stored.companyName, row.companyName);
    fill(stored.gender, row.gender);
    fill(stored.occupation, row.occupation);
    fill(stored.jobTitle, row.jobTitle);
    fill(stored.taxId, row.taxId);
    fill(stored.bankName, row.bankName);
    fill(stored.bankAccount, row.bankAccount);
    fill(stored.bankCode, row.bankCode);
    fill(stored.deliveryAddress, row.deliveryAddress);
    fill(stored.actualAddress, row.actualAddress);
    fill(stored.comment, row.comment);
    fillId(stored.contactTypeId, row.contactTypeId);
    fillId(stored.statusId, row.statusId);
    fillId(stored.sourceId, row.sourceId);
    if (assignsManagers)
        fillId(stored.managerId, row.managerId);
    if (!stored.birthday.isValid() && row.birthday.isValid()) {
        stored.birthday = row.birthday;
        changed = true;
    }
    for (const Phone& phone : row.phones) {
        const bool known =
            std::any_of(stored.phones.cbegin(), stored.phones.cend(), [&](const Phone& p) {
                return phone.e164.isEmpty() ? p.raw == phone.raw : p.e164 == phone.e164;
            });
        if (!known) {
            stored.phones.append(phone);
            changed = true;
        }
    }
    for (const Email& email : row.emails) {
        const bool known =
            std::any_of(stored.emails.cbegin(), stored.emails.cend(), [&](const Email& e) {
                return e.address.compare(email.address, Qt::CaseInsensitive) == 0;
            });
        if (!known) {
            stored.emails.append(email);
            changed = true;
        }
    }
    for (const Link& link : row.links) {
        const bool known = std::any_of(stored.links.cbegin(), stored.links.cend(),
                                       [&](const Link& l) { return l.value == link.value; });
        if (!known) {
            stored.links.append(link);
            changed = true;
        }
    }
    for (const QString& tag : row.tags) {
        if (!stored.tags.contains(tag, Qt::CaseInsensitive)) {
            stored.tags.append(tag);
            changed = true;
        }
    }
    for (auto it = row.fieldValues.cbegin(); it != row.fieldValues.cend(); ++it) {
        if (stored.fieldValues.value(it.key()).isEmpty()) {
            stored.fieldValues.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

// Records what the batch did to a client. A client the same import touches
// twice (a later row filling a client an earlier row added) keeps its first
// record and the last version.
Status recordBatchClient(sql::PreparedStatements& statements, qint64 batch, qint64 clientId,
                         const QString& action, qint64 version, qint64 versionBefore,
                         const QByteArray& before)
{
    Result<QSqlQuery*> query = statements.run(
        u"INSERT INTO import_batch_clients (batch_id, client_id, action, version_after, "
        u"version_before, before) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id, client_id) "
        u"DO UPDATE SET version_after = excluded.version_after"_s,
        {batch, clientId, action, version, versionBefore > 0 ? QVariant(versionBefore) : QVariant(),
         before.isNull() ? QVariant() : QVariant(QString::fromUtf8(before))});
    if (!query)
        return query.error();
    (*query)->finish();
    return Status::success();
}

} // namespace

Result<ClientImportReport> ClientImport::run(const ImportTable& table,
                                             const ImportSettings& settings,
                                             const QString& fileName, bool dryRun,
                                             const ImportProgress& progress)
{
    const Principal& who = m_db.principal();
    if (Status s = require(who, Capability::Import); !s)
        return s.error();
    if (Status s = checkSheet(table, settings); !s)
        return s.error();
    if (Status s = checkColumns(settings.columns); !s)
        return s.error();
    // The values to add to the lists, named as the file writes them.
    QList<std::pair<QString, ValueChoice>> toCreate;
    for (auto it = settings.choices.cbegin(); it != settings.choices.cend(); ++it) {
        if (it.value().kind != ValueChoice::Create)
            continue;
        if (it.key().startsWith(importFieldName(ImportField::Manager) + u':'))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A manager cannot be created by an import: add the account "
                                    "first (Administration > Accounts, or kartoteka-cli users "
                                    "add), or choose an existing manager."),
                             u"import.create-manager"_s);
        toCreate.append({it.key(), it.value()});
    }
    if (!toCreate.isEmpty() && !dryRun) {
        if (Status s = require(who, Capability::Lists); !s)
            return s.error();
    }
    // Rows are planned once, as they are saved: a value no choice was made
    // for stops the import at the end, and nothing is saved.
    auto undecidedError = [&](const RowPlanner& planner) -> std::optional<Error> {
        ImportPreview seen;
        seen.unknownValues = planner.unknownValues();
        const QList<UnknownValue> undecided = undecidedValues(seen, settings);
        if (undecided.isEmpty())
            return std::nullopt;
        QStringList names;
        for (const UnknownValue& value : undecided)
            names.append(u"%1 \"%2\""_s.arg(importFieldTitle(value.field), value.text));
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file names values the base does not have: %1. Choose for "
                                "each whether to use an existing value, create it, or leave the "
                                "field empty.")
                             .arg(names.join(u", "_s)),
                         u"import.unknown-values"_s);
    };

    const ImportSheet& sheet = table.sheets[settings.sheet];
    const int first = firstClientRow(settings);
    const int total = int(sheet.rows.size()) - first;
    if (total <= 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The sheet has no rows below its headers: nothing to import."),
                         u"import.no-rows"_s);
    ClientImportReport report;
    auto note = [&](const PlannedRow& p) {
        for (const RowProblem& problem : p.problems)
            report.problems.append({p.source, problem.message, problem.skipsRow});
        if (p.skipped() && p.matchId != 0 && p.matchReachable)
            report.problems.append(
                {p.source,
                 Tr::tr("The same %1 as %2: skipped.")
                     .arg(matchedOnTitle(p.matchedOn),
                          p.matchId > 0 ? p.matchName : Tr::tr("row %1").arg(-p.matchId)),
                 true});
    };

    if (dryRun) {
        RowPlanner planner(*m, settings, who);
        ClientRepository repository(m_db, m->region);
        for (int i = first; i < sheet.rows.size(); ++i) {
            const PlannedRow p = planner.plan(sheet.rows[i]);
            note(p);
            if (p.skipped()) {
                ++report.skipped;
            } else if (p.matchId == 0 || p.action == DuplicateAction::Create) {
                ++report.added;
            } else if (p.matchId > 0) {
                // Whether the row brings anything the stored client lacks.
                Result<Client> stored = repository.load(p.matchId);
                if (!stored)
                    return stored.error();
                if (fillEmpty(*stored, p.client, who.can(Capability::AllClients))) {
                    ++report.updated;
                } else {
                    report.problems.append({p.source, nothingToFill(*stored), true});
                    ++report.skipped;
                }
            } else {
                ++report.updated; // fills a client an earlier row adds
            }
            if (!p.skipped())
                planner.remember(p, p.action == DuplicateAction::Fill ? p.matchId : -p.source);
        }
        if (std::optional<Error> error = undecidedError(planner))
            return *error;
        return report;
    }

    ClientRepository repository(m_db, m->region);
    Status written = m_db.write([&](Transaction& tx) -> Status {
        // Built anew should the write be tried again after a busy wait.
        report = {};
        RowPlanner planner(*m, settings, who);
        for (const auto& [key, choice] : toCreate) {
            const std::optional<ColumnTarget> field =
                columnTargetNamed(key.section(u':', 0, 0), {});
            if (!field || listOf(field->field).isEmpty() || choice.text.trimmed().isEmpty())
                continue;
            Result<qint64> id = Lists::addIn(tx, listOf(field->field), choice.text.simplified());
            if (!id)
                return id.error();
            planner.m_created.insert(key, *id);
        }
        Result<QVariant> batch =
            sql::scalar(tx.db(),
                        u"INSERT INTO import_batches (created_at, user_id, user_name, file_name) "
                        u"VALUES (?, ?, ?, ?) RETURNING id"_s,
                        {nowUtc(), who.accountId > 0 ? QVariant(who.accountId) : QVariant(),
                         who.name, fileName});
        if (!batch)
            return batch.error();
        report.batch = batch->toLongLong();
        ClientRepository::Bulk bulk(repository, tx);
        sql::PreparedStatements statements(tx.db());
        int done = 0;
        for (int i = first; i < sheet.rows.size(); ++i) {
            PlannedRow p = planner.plan(sheet.rows[i]);
            if (progress && (++done % 500 == 0) && !progress(done, total))
                return makeError(ErrorKind::Cancelled,
                                 Tr::tr("The import was cancelled; nothing was imported."));
            if (p.skipped()) {
                note(p);
                ++report.skipped;
                continue;
            }
            // The run remembers saved rows by their clients' ids: a match is
            // a stored client or one this import added.
            const qint64 target = p.matchId;
            if (target <= 0 || p.action == DuplicateAction::Create) {
                Status saved = bulk.insert(p.client);
                if (!saved) {
                    if (saved.error().kind != ErrorKind::Invalid &&
                        saved.error().kind != ErrorKind::Forbidden)
                        return saved;
                    p.problems.append({u"import.refused"_s, saved.error().message, true});
                    note(p);
                    ++report.skipped;
                    continue;
                }
                note(p);
                planner.remember(p, p.client.id);
                if (Status s = recordBatchClient(statements, report.batch, p.client.id, u"added"_s,
                                                 p.client.version, 0, {});
                    !s)
                    return s;
                ++report.added;
                continue;
            }
            // Fill the client the row repeats.
            Result<Client> stored = repository.load(target);
            if (!stored)
                return stored.error();
            const QByteArray before = clientSnapshot(*stored);
            const qint64 versionBefore = stored->version;
            note(p);
            planner.remember(p, target);
            if (!fillEmpty(*stored, p.client, who.can(Capability::AllClients))) {
                report.problems.append({p.source, nothingToFill(*stored), true});
                ++report.skipped;
                continue;
            }
            if (Status s = bulk.update(*stored); !s)
                return s;
            if (Status s = recordBatchClient(statements, report.batch, target, u"updated"_s,
                                             stored->version, versionBefore, before);
                !s)
                return s;
            ++report.updated;
        }
        if (std::optional<Error> error = undecidedError(planner))
            return *error;
        if (Status s = bulk.finish(); !s)
            return s;
        if (progress && !progress(total, total))
            return makeError(ErrorKind::Cancelled,
                             Tr::tr("The import was cancelled; nothing was imported."));
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE import_batches SET added = ?, updated = ?, skipped = ?, "
                                 u"problems = ? WHERE id = ?"_s,
                                 {report.added, report.updated, report.skipped,
                                  int(report.problems.size()), report.batch});
            !s)
            return s;
        // Thousands at once: every open list reloads rather than hearing of each.
        tx.recordChange(kEntity, 0, ChangeOp::Reload);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"import"_s),
                                kEntity,
                                0,
                                0,
                                {},
                                QJsonObject{{u"batch"_s, report.batch},
                                            {u"file"_s, fileName},
                                            {u"rows"_s, total},
                                            {u"added"_s, report.added},
                                            {u"changed"_s, report.updated},
                                            {u"skipped"_s, report.skipped}}});
    });
    if (!written)
        return written.error();
    return report;
}

Status writeProblemsCsv(const QString& path, const ImportTable& table,
                        const ImportSettings& settings, const ClientImportReport& report)
{
    if (Status s = checkSheet(table, settings); !s)
        return s;
    const ImportSheet& sheet = table.sheets[settings.sheet];
    QHash<int, QStringList> reasons;
    for (const ClientImportProblem& problem : report.problems)
        reasons[problem.row].append(problem.reason);
    auto quoted = [](const QString& text) -> QString {
        QString cell = text;
        // A cell a spreadsheet would run as a formula is kept as text.
        if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
            cell.prepend(u'\'');
        return u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
    };
    QStringList lines;
    QStringList header;
    const ImportRow* headerRow =
        settings.headerRow >= 0 ? &sheet.rows[settings.headerRow] : nullptr;
    for (int col = 0; col < sheet.columnCount; ++col) {
        const QString name =
            headerRow ? (col < headerRow->cells.size() ? headerRow->cells[col].text : QString())
                      : sheet.columnKeys.value(col);
        header.append(quoted(name));
    }
    header.append(quoted(Tr::tr("Problem")));
    lines.append(header.join(u';'));
    for (int i = firstClientRow(settings); i < sheet.rows.size(); ++i) {
        const ImportRow& row = sheet.rows[i];
        if (!reasons.contains(row.source))
            continue;
        QStringList cells;
        for (int col = 0; col < sheet.columnCount; ++col)
            cells.append(quoted(col < row.cells.size() ? row.cells[col].text : QString()));
        cells.append(quoted(reasons.value(row.source).join(u"; "_s)));
        lines.append(cells.join(u';'));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    // UTF-8 with a byte-order mark and ';': what Excel opens right on Ukrainian Windows.
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(u"\r\n"_s).toUtf8());
    file.write("\r\n");
    if (!file.commit())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace kartoteka
