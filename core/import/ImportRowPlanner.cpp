#include "import/ImportRowPlanner.h"

#include "clients/ClientChecks.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "clients/SearchText.h"
#include "import/ImportValues.h"
#include "import/NameSplit.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The same context as ClientImport's: one import, one set of messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientImport)
};

} // namespace

QString sharedKeyTitle(const QString& on)
{
    if (on == u"phone"_s)
        return Tr::tr("phone");
    if (on == u"email"_s)
        return Tr::tr("e-mail");
    return Tr::tr("tax ID");
}

ImportRowPlanner::ImportRowPlanner(const ImportContext& context, const ImportSettings& settings,
                                   const Principal& who, QStringList phoneLabels)
    : c(context), s(settings), m_who(who), m_phoneLabels(std::move(phoneLabels))
{
}

PlannedRow ImportRowPlanner::plan(const ImportRow& row)
{
    PlannedRow p = read(row);
    match(p);
    return p;
}

PlannedRow ImportRowPlanner::read(const ImportRow& row)
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
    checkName(p, namesItsCompany(row));
    checkPhones(p);
    if (client.managerId == 0 && !m_who.can(Capability::AllClients))
        client.managerId = m_who.accountId;
    return p;
}

bool ImportRowPlanner::isListField(ImportField field)
{
    return field == ImportField::ContactType || field == ImportField::Status ||
           field == ImportField::Source || field == ImportField::Manager;
}

void ImportRowPlanner::noteValues(const ImportRow& row)
{
    for (int i = 0; i < s.columns.size() && i < row.cells.size(); ++i) {
        if (!isListField(s.columns[i].field) || row.cells[i].isEmpty())
            continue;
        PlannedRow scratch;
        QList<int> phoneColumns;
        readCell(scratch, s.columns[i], row.cells[i], i, phoneColumns);
    }
}

void ImportRowPlanner::remember(const PlannedRow& p, qint64 id)
{
    for (const Phone& phone : p.client.phones) {
        if (!phone.e164.isEmpty())
            m_seenPhone.insert(phone.e164, id);
    }
    for (const Email& email : p.client.emails)
        m_seenEmail.insert(email.address.toLower(), id);
    if (const QString key = taxIdKey(p.client.taxId); !key.isEmpty())
        m_seenTax.insert(key, id);
    if (!c.clients.contains(id) && !m_added.contains(id))
        m_added.insert(id, p.client.displayName());
}

void ImportRowPlanner::readCell(PlannedRow& p, const ColumnTarget& target, const ImportCell& cell,
                                int column, QList<int>& phoneColumns)
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
        const PersonName name =
            splitFullName(business.kind == NamedBusiness::SoleTrader ? business.personName : text);
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
            client.phones.append({m_phoneLabels.value(column), number, {}});
            phoneColumns.append(column);
        }
        break;
    case ImportField::Email:
        for (const QString& address : splitList(text, true)) {
            if (looksLikeEmail(address) && !mixesAlphabets(address))
                client.emails.append({{}, address});
            else if (looksLikeEmail(address))
                warn(p, "import.mixed-alphabets",
                     Tr::tr("\"%1\" mixes Cyrillic and Latin letters, as a slip of the keyboard "
                            "layout does; it was put in the comment.")
                         .arg(address),
                     ImportField::Email, address);
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
                 Tr::tr("\"%1\" is neither female nor male; it was put in the comment.").arg(text),
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

void ImportRowPlanner::appendLine(QString& text, const QString& line)
{
    if (!text.isEmpty())
        text.append(u'\n');
    text.append(line);
}

void ImportRowPlanner::warn(PlannedRow& p, const char* key, const QString& message,
                            ImportField field, const QString& value, const QString& fieldTitle)
{
    p.problems.append({QString::fromLatin1(key), message, false});
    appendLine(
        p.client.comment,
        Tr::tr("%1: %2").arg(fieldTitle.isEmpty() ? importFieldTitle(field) : fieldTitle, value));
}

void ImportRowPlanner::readBirthday(PlannedRow& p, const ImportCell& cell)
{
    const ImportDate date = importDate(cell);
    const QString text = cell.text.trimmed();
    if (date.withoutYear)
        warn(p, "import.birthday-without-year",
             Tr::tr("The birthday \"%1\" has no year; it was put in the comment.").arg(text),
             ImportField::Birthday, text);
    else if (!date.date.isValid() || date.date > QDate::currentDate() || date.date.year() < 1900)
        warn(p, "import.bad-date",
             Tr::tr("\"%1\" is not a possible birthday; it was put in the comment.").arg(text),
             ImportField::Birthday, text);
    else
        p.client.birthday = date.date;
}

void ImportRowPlanner::readListValue(PlannedRow& p, ImportField field, const QString& text)
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
        case ValueChoice::Create: // made when a row that uses it is saved
            p.valuesToCreate.append({field, key});
            return;
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

void ImportRowPlanner::readCustomValue(PlannedRow& p, qint64 fieldId, const ImportCell& cell)
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
    if (field->type == FieldType::YesNo) {
        // "Так", "нет", "yes", "+": as a shop's sheet (and Kartoteka's export) says it.
        if (const QString yesNo = importYesNo(input); !yesNo.isEmpty())
            input = yesNo;
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

void ImportRowPlanner::applyPhoneTypes(const ImportRow& row, Client& client,
                                       const QList<int>& phoneColumns)
{
    for (int i = 0; i < s.columns.size() && i < row.cells.size(); ++i) {
        if (s.columns[i].field != ImportField::PhoneType || row.cells[i].isEmpty())
            continue;
        // The nearest phone column to its left whose header gives no kind
        // ("Телефон; Моб.; Тип телефону": the type is Телефон's), else the nearest.
        int phoneColumn = -1;
        int unnamed = -1;
        for (int j = i - 1; j >= 0 && unnamed < 0; --j) {
            if (s.columns[j].field != ImportField::Phone)
                continue;
            if (phoneColumn < 0)
                phoneColumn = j;
            if (m_phoneLabels.value(j).isEmpty())
                unnamed = j;
        }
        if (unnamed >= 0)
            phoneColumn = unnamed;
        // One kind for every number of the column, or one each, in their
        // order (Kartoteka's own export: "mobile, , work").
        QList<int> numbers;
        for (int k = 0; k < client.phones.size(); ++k) {
            if (phoneColumns[k] == phoneColumn)
                numbers.append(k);
        }
        const QStringList kinds = row.cells[i].text.split(u',');
        for (int n = 0; n < numbers.size(); ++n)
            client.phones[numbers[n]].label =
                importPhoneLabel(kinds.size() == numbers.size() ? kinds[n] : row.cells[i].text);
    }
}

bool ImportRowPlanner::namesItsCompany(const ImportRow& row) const
{
    QString fullName, company;
    for (int i = 0; i < s.columns.size() && i < row.cells.size(); ++i) {
        if (s.columns[i].field == ImportField::FullName && fullName.isEmpty())
            fullName = row.cells[i].text.simplified();
        else if (s.columns[i].field == ImportField::Company && company.isEmpty())
            company = row.cells[i].text.simplified();
    }
    return !company.isEmpty() && fullName == company;
}

void ImportRowPlanner::checkName(PlannedRow& p, bool namesItsCompany)
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
    // whose name is its company's (Kartoteka's own export of a company), also
    // when the name reads like a person trading as one ("ФОП Литвин Сергій").
    const QString personName =
        QStringList{client.lastName, client.firstName, client.middleName}.join(u' ').simplified();
    if (!hasPerson || personName == client.companyName.simplified() || namesItsCompany) {
        client.kind = ClientKind::Company;
        client.lastName.clear();
        client.firstName.clear();
        client.middleName.clear();
        client.gender.clear(); // a company has none
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

void ImportRowPlanner::checkPhones(PlannedRow& p)
{
    QList<Phone> kept;
    for (Phone& phone : p.client.phones) {
        if (digitCount(phone.raw) < kMinPhoneDigits) {
            warn(p, "import.bad-phone",
                 Tr::tr("\"%1\" is not a phone number; it was put in the comment.").arg(phone.raw),
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

void ImportRowPlanner::match(PlannedRow& p)
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
    look(taxIdKey(client.taxId), c.byTaxId, m_seenTax, u"tax_id"_s);
    if (p.matchId == 0 && m_outOfReach)
        matchOutOfReach(p);
    if (p.matchId == 0) {
        p.action = DuplicateAction::Create;
        return;
    }
    p.action = s.rowActions.value(p.source, s.onDuplicate);
    if (p.matchId == kOutOfReachMatch) {
        p.matchReachable = false;
    } else if (const auto known = c.clients.constFind(p.matchId); known != c.clients.cend()) {
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
                               .arg(sharedKeyTitle(p.matchedOn)),
                           true});
    }
    // A shared office phone or e-mail can join two different people: filling
    // one with the other's details is said, so that the row can be changed
    // to "create" in the preview or the problems file.
    if (p.action == DuplicateAction::Fill && !p.matchName.isEmpty() &&
        !namesAgree(client.displayName(), p.matchName))
        p.problems.append({u"import.fill-other-name"_s,
                           Tr::tr("The same %1 as %2, though the row names %3: the empty fields "
                                  "of %2 are filled. If it is another client, import the row as "
                                  "a new one.")
                               .arg(sharedKeyTitle(p.matchedOn), p.matchName, client.displayName()),
                           false});
}

void ImportRowPlanner::matchOutOfReach(PlannedRow& p) const
{
    auto repeats = [&](const QSet<QString>& keys, const QString& key, const QString& on) {
        if (p.matchId != 0 || key.isEmpty() || !keys.contains(key))
            return;
        p.matchId = kOutOfReachMatch;
        p.matchedOn = on;
    };
    for (const Phone& phone : p.client.phones)
        repeats(m_outOfReach->phones, phone.e164, u"phone"_s);
    for (const Email& email : p.client.emails)
        repeats(m_outOfReach->emails, email.address.toLower(), u"email"_s);
    repeats(m_outOfReach->taxIds, taxIdKey(p.client.taxId), u"tax_id"_s);
}

bool ImportRowPlanner::namesAgree(const QString& a, const QString& b)
{
    // "Петренко О." and "Петренко Олена Іванівна", "ТОВ «Альфа»" and "Альфа":
    // a word of three letters or more in common.
    static const QRegularExpression nonLetters(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList wordsA = foldText(a).split(nonLetters, Qt::SkipEmptyParts);
    const QStringList wordsB = foldText(b).split(nonLetters, Qt::SkipEmptyParts);
    return std::any_of(wordsA.cbegin(), wordsA.cend(), [&](const QString& word) {
        return word.size() >= 3 && wordsB.contains(word);
    });
}

} // namespace kartoteka
