#include "clients/ClientRepository.h"

#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "automation/Automation.h"
#include "clients/ClientChecks.h"
#include "clients/CustomFields.h"
#include "clients/PhoneNumbers.h"
#include "clients/SearchIndex.h"
#include "clients/SearchText.h"
#include "storage/BulkWrites.h"
#include "storage/Database.h"
#include "storage/PausedIndexes.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientRepository)
};

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const QString kRowSelect = uR"(
    SELECT c.id, c.display_name, c.sort_key,
           COALESCE((SELECT co.display_name FROM clients co WHERE co.id = c.company_id),
                    c.company_name) AS company,
           (SELECT CASE WHEN p.e164 <> '' THEN p.e164 ELSE p.raw END FROM client_phones p
             WHERE p.client_id = c.id ORDER BY p.position LIMIT 1) AS phone,
           (SELECT e.email FROM client_emails e WHERE e.client_id = c.id
             ORDER BY e.position LIMIT 1) AS email,
           s.name AS status, u.name AS manager, %1 AS sort_value
      FROM %2
      LEFT JOIN list_items s ON s.id = c.status_id
      LEFT JOIN users u ON u.id = c.manager_id
)"_s;

ClientRow rowFrom(const QSqlRecord& r)
{
    ClientRow row;
    row.id = r.value(0).toLongLong();
    row.displayName = r.value(1).toString();
    row.sortKey = r.value(2).toString();
    row.companyName = r.value(3).toString();
    row.phone = r.value(4).toString(); // formatted by page() unless asked as stored
    row.email = r.value(5).toString();
    row.status = r.value(6).toString();
    row.manager = r.value(7).toString();
    row.sortValue = r.value(8).toString();
    return row;
}

QString addressKeyOf(const QString& address)
{
    QString key;
    for (QChar c : foldText(address)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QVariantList clientColumns(const Client& c)
{
    const QString name = c.displayName();
    return {c.kind == ClientKind::Company ? u"company"_s : u"person"_s,
            c.lastName.trimmed(),
            c.firstName.trimmed(),
            c.middleName.trimmed(),
            c.companyName.trimmed(),
            sql::idOrNull(c.companyId),
            name,
            sortKeyOf(name),
            dateOrNull(c.birthday),
            textOrNull(c.gender),
            c.occupation,
            c.jobTitle,
            c.taxId.trimmed(),
            c.bankName,
            c.bankAccount,
            c.bankCode,
            sql::idOrNull(c.contactTypeId),
            sql::idOrNull(c.statusId),
            sql::idOrNull(c.sourceId),
            c.preferredChannel,
            sql::idOrNull(c.managerId),
            c.deliveryAddress,
            c.actualAddress,
            addressKeyOf(c.actualAddress),
            c.comment};
}

const QString kColumnList =
    u"kind, last_name, first_name, middle_name, company_name, company_id, display_name, "
    u"sort_key, birthday, gender, occupation, job_title, tax_id, bank_name, bank_account, "
    u"bank_code, contact_type_id, status_id, source_id, preferred_channel, manager_id, "
    u"delivery_address, actual_address, address_key, comment"_s;

// Kept apart from kColumnList, which bulk writes (demo, import) share with
// databases of every schema the tests build: a card's own choice, written by
// create and update only (schema 26).
const QString kContactEvery = u"contact_every_days"_s;

QVariant contactEveryValue(const Client& c)
{
    return c.contactEveryDays ? QVariant(*c.contactEveryDays) : QVariant();
}

} // namespace

ClientRepository::ClientRepository(Database& db, QString defaultRegion)
    : m_db(db), m_region(std::move(defaultRegion))
{
}

Status ClientRepository::normalizeFields(Client& client)
{
    if (client.fieldValues.isEmpty())
        return Status::success();
    Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields();
    if (!fields)
        return fields.error();
    return normalizeFields(client, *fields);
}

Status ClientRepository::normalizeFields(Client& client, const QList<CustomField>& fields)
{
    QMap<qint64, QString> normalized;
    for (auto it = client.fieldValues.cbegin(); it != client.fieldValues.cend(); ++it) {
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const CustomField& f) { return f.id == it.key(); });
        if (field == fields.cend())
            continue; // a field removed meanwhile: its value is not kept
        Result<QString> value = field->normalize(it.value());
        if (!value)
            return value.error();
        if (!value->isEmpty())
            normalized.insert(it.key(), *value);
    }
    client.fieldValues = normalized;
    return Status::success();
}

Status ClientRepository::prepare(Client& client, bool linkCompanyByName)
{
    Result<QSet<QString>> stored = storedEmails(client.id);
    if (!stored)
        return stored.error();
    if (Status s = validate(client, *stored); !s)
        return s;
    if (Status s = normalizeFields(client); !s)
        return s;
    return linkCompanyByName ? linkCompany(client) : Status::success();
}

Status ClientRepository::linkCompany(Client& client, QHash<QString, qint64>* known)
{
    if (client.kind == ClientKind::Company || client.companyName.trimmed().isEmpty()) {
        client.companyId = 0;
        return Status::success();
    }
    const QString key = sortKeyOf(client.companyName);
    if (known) {
        if (const auto it = known->constFind(key); it != known->cend()) {
            client.companyId = *it;
            return Status::success();
        }
    }
    // A person's company is linked when exactly one company client has that name.
    Result<QList<QSqlRecord>> found = sql::rows(
        m_db.connection(),
        u"SELECT id FROM clients WHERE kind = 'company' AND archived = 0 AND sort_key = ? LIMIT 2"_s,
        {key});
    if (!found)
        return found.error();
    client.companyId = found->size() == 1 ? found->first().value(0).toLongLong() : 0;
    if (known)
        known->insert(key, client.companyId);
    return Status::success();
}

namespace {

} // namespace

Result<QSet<QString>> ClientRepository::storedEmails(qint64 id)
{
    QSet<QString> stored;
    if (id == 0)
        return stored;
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(), u"SELECT email FROM client_emails WHERE client_id = ?"_s, {id});
    if (!rows)
        return rows.error();
    for (const QSqlRecord& r : *rows)
        stored.insert(r.value(0).toString().trimmed());
    return stored;
}

Status ClientRepository::validate(const Client& client) const
{
    return validate(client, {});
}

Status ClientRepository::validate(const Client& client, const QSet<QString>& storedEmails) const
{
    if (!hasVisibleText(client.displayName()))
        return makeError(ErrorKind::Invalid,
                         client.kind == ClientKind::Company
                             ? Tr::tr("Enter the company's name.")
                             : Tr::tr("Enter at least a last name, a first name or a company."));
    if (client.birthday.isValid() &&
        (client.birthday > QDate::currentDate() || client.birthday.year() < 1900))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The birthday %1 cannot be right.").arg(client.birthday.toString(Qt::ISODate)));
    if (client.companyId != 0 && client.companyId == client.id)
        return makeError(ErrorKind::Invalid, Tr::tr("A company cannot belong to itself."));
    if (client.contactEveryDays &&
        (*client.contactEveryDays < 0 || *client.contactEveryDays > kLongestContactInterval))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Keep in touch at least every 1 to %1 days, not every %2.")
                             .arg(kLongestContactInterval)
                             .arg(*client.contactEveryDays));
    for (const QString& part :
         {client.lastName, client.firstName, client.middleName, client.companyName}) {
        if (part.size() > kMaxNameLength)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A name of %1 is too long; %2 at most.")
                                 .arg(Tr::tr("%n character(s)", nullptr, int(part.size())))
                                 .arg(kMaxNameLength));
    }
    for (const Phone& phone : client.phones) {
        if (!phone.raw.trimmed().isEmpty() && digitCount(phone.raw) < kMinPhoneDigits)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("\"%1\" is not a phone number: it needs at least five digits.")
                                 .arg(phone.raw.trimmed()));
    }
    for (const Email& email : client.emails) {
        const QString address = email.address.trimmed();
        if (storedEmails.contains(address))
            continue;
        if (!address.isEmpty() && !looksLikeEmail(address))
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("\"%1\" is not an e-mail address (name@example.com).").arg(address),
                u"client.bad-email"_s);
        if (mixesAlphabets(address))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("\"%1\" mixes Cyrillic and Latin letters, as a slip of the "
                                    "keyboard layout does: type it in one layout.")
                                 .arg(address),
                             u"client.mixed-alphabets"_s);
    }
    return Status::success();
}

namespace {

// The statements that save clients, prepared once per transaction: a demo or
// an import saves thousands of clients through the same ones.
class ClientWriter
{
public:
    ClientWriter(QSqlDatabase& db, QString region) : m_db(db), m_region(std::move(region)) {}
    Status insert(Client& client)
    {
        if (m_batching && client.id == 0)
            return queue(client);
        const QString now = nowUtc();
        QVariantList args = clientColumns(client);
        // Imports and the demo bring the day a client really came; a new client came now.
        args << (client.createdAt.isValid() ? utcTimestamp(client.createdAt) : now) << now;
        // A card coming back (an undone merge) keeps its id, and is newer
        // than any copy of it an editor still holds.
        const bool restoring = client.id != 0;
        if (restoring)
            args << client.id << client.version + 1;
        if (Status s =
                run(u"INSERT INTO clients ("_s + kColumnList + u", created_at, updated_at"_s +
                        (restoring ? u", id, version"_s : QString()) + u") VALUES ("_s +
                        QStringList(args.size(), u"?"_s).join(u", "_s) + u")"_s +
                        (restoring ? QString() : u" RETURNING id"_s),
                    args);
            !s)
            return s;
        if (restoring) {
            client.version += 1;
        } else {
            client.id = m_last;
            client.version = 1;
        }
        return writeChildren(client, false);
    }

    // `replacing`: the client's stored phones, e-mails and the rest go first.
    // `staged`: a new client still in clients_new (see batchInserts()).
    Status writeChildren(Client& client, bool replacing, bool staged = false)
    {
        const qint64 id = client.id;
        const QString into = staged ? u"_new"_s : QString();
        if (replacing) {
            for (const QString& statement :
                 {u"DELETE FROM client_phones WHERE client_id = ?"_s,
                  u"DELETE FROM client_emails WHERE client_id = ?"_s,
                  u"DELETE FROM client_links WHERE client_id = ?"_s,
                  u"DELETE FROM client_tags WHERE client_id = ?"_s,
                  u"DELETE FROM client_field_values WHERE client_id = ?"_s}) {
                if (Status s = run(statement, {id}); !s)
                    return s;
            }
        }
        QStringList phoneDigits;
        for (int i = 0; i < client.phones.size(); ++i) {
            Phone& phone = client.phones[i];
            if (phone.raw.trimmed().isEmpty())
                continue;
            const NormalizedPhone normalized = normalizePhone(phone.raw, m_region);
            phone.e164 = normalized.e164;
            phoneDigits.append(normalized.searchDigits);
            if (Status s = run(u"INSERT INTO client_phones"_s + into +
                                   u" (client_id, position, label, raw, e164) "
                                   u"VALUES (?, ?, ?, ?, ?)"_s,
                               {id, i, phone.label, phone.raw.trimmed(), phone.e164});
                !s)
                return s;
        }
        for (int i = 0; i < client.emails.size(); ++i) {
            const QString address = client.emails[i].address.trimmed();
            if (address.isEmpty())
                continue;
            if (Status s = run(u"INSERT INTO client_emails"_s + into +
                                   u" (client_id, position, label, email, email_key) "
                                   u"VALUES (?, ?, ?, ?, ?)"_s,
                               {id, i, client.emails[i].label, address, address.toLower()});
                !s)
                return s;
        }
        for (int i = 0; i < client.links.size(); ++i) {
            if (client.links[i].value.trimmed().isEmpty())
                continue;
            if (Status s = run(u"INSERT INTO client_links"_s + into +
                                   u" (client_id, position, kind, value) VALUES (?, ?, ?, ?)"_s,
                               {id, i, client.links[i].kind, client.links[i].value.trimmed()});
                !s)
                return s;
        }
        for (const QString& tag : client.tags) {
            if (tag.trimmed().isEmpty())
                continue;
            if (Status s = run(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"_s,
                               {tag.trimmed()});
                !s)
                return s;
            if (Status s = run(staged ? u"INSERT INTO client_tags_new (client_id, name) "
                                        u"VALUES (?, ?)"_s
                                      : u"INSERT INTO client_tags (client_id, tag_id) "
                                        u"SELECT ?, id FROM tags WHERE name = ? "
                                        u"ON CONFLICT DO NOTHING"_s,
                               {id, tag.trimmed()});
                !s)
                return s;
        }
        for (auto it = client.fieldValues.cbegin(); it != client.fieldValues.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            if (Status s = run(u"INSERT INTO client_field_values"_s + into +
                                   u" (client_id, field_id, value) VALUES (?, ?, ?)"_s,
                               {id, it.key(), it.value()});
                !s)
                return s;
        }
        const QString sortKey = sortKeyOf(client.displayName());
        // A client added earlier in the same import is still waiting: staged anew.
        if (m_deferSearch && (!replacing || m_staged.contains(id))) {
            m_staged.insert(id);
            return m_search.stage(id, sortKey, searchWordsOf(client),
                                  searchGramsOf(client, phoneDigits));
        }
        return m_search.write(id, sortKey, searchWordsOf(client),
                              searchGramsOf(client, phoneDigits));
    }

    // New clients' search rows wait for finish() (SearchIndex::stage).
    void deferSearch() { m_deferSearch = true; }
    // New clients are staged in temporary tables (clients_new and its
    // children's, a hundred rows to a statement) and moved into the real
    // ones by flush(), one statement a table. A statement that writes clients
    // keeps a journal of every page it changes, to undo itself should it
    // fail; a client's row changes a dozen indexes' pages, and statements of
    // a hundred rows journaled those pages again and again: 100,000 clients
    // took 17 s that way in the sqlite3 shell, 8.7 s in one statement.
    void batchInserts() { m_batching = true; }
    Status finish()
    {
        if (Status s = flush(); !s)
            return s;
        m_staged.clear();
        return m_search.placeStaged();
    }

    // Moves the staged clients, then their phones, e-mails and the rest, into
    // the real tables: before anything reads or changes them there. They were
    // staged in the order of their ids: appended to the real tables as they
    // come, without a sort.
    Status flush()
    {
        if (Status s = stageQueued(); !s)
            return s;
        if (!m_anyStaged)
            return Status::success();
        m_anyStaged = false;
        m_queuedCompanies.clear();
        const qint64 stagedClients = std::exchange(m_stagedClients, 0);
        const QString columns = kColumnList + u", created_at, updated_at, id"_s;
        // The list orders' columns as the insert trigger would set them: it
        // then leaves the row alone (schema 18) instead of writing it again.
        QStringList moves = {
            u"INSERT INTO clients ("_s + columns +
                u", company_sort, status_sort, manager_sort) SELECT "_s + columns +
                u", COALESCE((SELECT co.sort_key FROM clients co WHERE co.id = n.company_id), "
                u"lower(n.company_name)), "
                u"COALESCE((SELECT s.name FROM list_items s WHERE s.id = n.status_id), ''), "
                u"COALESCE((SELECT u.name FROM users u WHERE u.id = n.manager_id), '') "
                u"FROM clients_new n"_s,
            u"INSERT INTO client_tags (client_id, tag_id) SELECT DISTINCT n.client_id, t.id "
            u"FROM client_tags_new n JOIN tags t ON t.name = n.name"_s};
        for (const auto& [table, children] : kStagedChildren)
            moves.append(u"INSERT INTO %1 (%2) SELECT %2 FROM %1_new"_s.arg(table, children));
        auto move = [&] {
            for (const QString& statement : moves) {
                if (Status s = sql::exec(m_db, statement); !s)
                    return s;
            }
            return Status::success();
        };
        if (Status s = writeClientRows(stagedClients, move); !s)
            return s;
        if (Status s = sql::afterExplicitIds(m_db, u"clients"_s); !s)
            return s;
        QStringList staged{u"clients"_s, u"client_tags"_s};
        for (const auto& [table, children] : kStagedChildren)
            staged.append(table);
        for (const QString& table : staged) {
            if (Status s = sql::exec(m_db, u"DELETE FROM "_s + table + u"_new"_s); !s)
                return s;
        }
        return Status::success();
    }

    // Whether a company of this name (its sort key) waits for flush().
    bool hasQueuedCompany(const QString& sortKey) const
    {
        return m_queuedCompanies.contains(sortKey);
    }

    Status removeMany(const QList<qint64>& ids)
    {
        if (Status s = m_search.forgetMany(ids); !s)
            return s;
        // One statement for them all: a statement deleting a client fires
        // its triggers and cascades, and keeps a journal of every page it
        // touches (see batchInserts()). Phones, e-mails, links, tags and
        // custom values go with them (ON DELETE CASCADE).
        for (const QString& statement :
             {u"CREATE TEMP TABLE IF NOT EXISTS clients_removed (id BIGINT PRIMARY KEY)"_s,
              u"DELETE FROM clients_removed"_s}) {
            if (Status s = sql::exec(m_db, statement); !s)
                return s;
        }
        for (qint64 id : ids) {
            if (Status s = run(u"INSERT INTO clients_removed (id) VALUES (?) "
                               u"ON CONFLICT DO NOTHING"_s,
                               {id});
                !s)
                return s;
        }
        if (Status s = writeClientRows(
                ids.size(),
                [&] {
                    return sql::exec(
                        m_db,
                        u"DELETE FROM clients WHERE id IN (SELECT id FROM clients_removed)"_s);
                });
            !s)
            return s;
        return sql::exec(m_db, u"DELETE FROM clients_removed"_s);
    }

private:
    static constexpr int kBatchRows = 100;

    // Runs `write`, which adds or removes `rows` clients, with the clients'
    // indexes set aside if that is quicker (storage/PausedIndexes.h). Kept:
    // those the write reads by, a person's company link (the triggers on
    // clients) and a company by its name (linkCompany).
    template <typename Write> Status writeClientRows(qint64 rows, Write write)
    {
        if (rows < PausedIndexes::kFewestRows) // an import's flush before each update
            return write();
        Result<QVariant> tableRows = sql::scalar(m_db, u"SELECT count(*) FROM clients"_s);
        if (!tableRows)
            return tableRows.error();
        if (!PausedIndexes::worthIt(rows, tableRows->toLongLong()))
            return write();
        Result<PausedIndexes> paused =
            PausedIndexes::pause(m_db, u"clients"_s, {u"clients_company"_s, u"clients_list"_s});
        if (!paused)
            return paused.error();
        if (Status s = write(); !s)
            return s;
        return paused->resume();
    }
    // The children staged as they are stored (`table`_new, the same columns);
    // clients_new and client_tags_new (by the tag's name) besides.
    static inline const std::pair<QString, QString> kStagedChildren[] = {
        {u"client_phones"_s, u"client_id, position, label, raw, e164"_s},
        {u"client_emails"_s, u"client_id, position, label, email, email_key"_s},
        {u"client_links"_s, u"client_id, position, kind, value"_s},
        {u"client_field_values"_s, u"client_id, field_id, value"_s}};

    // The staging tables, made the first time in a connection: empty copies
    // of the real ones' columns, without their indexes, triggers and checks.
    Status createStagingTables()
    {
        QStringList tables = {
            u"clients_new AS SELECT "_s + kColumnList +
                u", created_at, updated_at, id FROM clients WHERE 1 = 0"_s,
            u"client_tags_new AS SELECT client_id, name FROM client_tags, tags WHERE 1 = 0"_s};
        for (const auto& [table, children] : kStagedChildren)
            tables.append(u"%1_new AS SELECT %2 FROM %1 WHERE 1 = 0"_s.arg(table, children));
        for (const QString& table : tables) {
            if (Status s = sql::exec(m_db, u"CREATE TEMP TABLE IF NOT EXISTS "_s + table); !s)
                return s;
        }
        return Status::success();
    }

    // Writes the queued clients into the staging tables.
    Status stageQueued()
    {
        if (m_queued.isEmpty())
            return Status::success();
        if (!m_anyStaged) {
            if (Status s = createStagingTables(); !s)
                return s;
            m_anyStaged = true;
        }
        QList<Client> queued;
        queued.swap(m_queued);
        const QString now = nowUtc();
        const int perRow = int(kColumnList.count(u',')) + 4;
        QVariantList args;
        m_stagedClients += queued.size();
        for (const Client& client : queued) {
            args += clientColumns(client);
            args << (client.createdAt.isValid() ? utcTimestamp(client.createdAt) : now) << now
                 << client.id;
        }
        const QString row = u"("_s + QStringList(perRow, u"?"_s).join(u", "_s) + u")"_s;
        if (Status s = run(u"INSERT INTO clients_new ("_s + kColumnList +
                               u", created_at, updated_at, id) VALUES "_s +
                               QStringList(queued.size(), row).join(u", "_s),
                           args);
            !s)
            return s;
        for (Client& client : queued) {
            if (Status s = writeChildren(client, false, true); !s)
                return s;
        }
        return Status::success();
    }

    Status queue(Client& client)
    {
        if (m_freeIds.isEmpty()) {
            // The ids the batch gives, a batch at a time.
            Result<QList<qint64>> ids = sql::newIds(m_db, u"clients"_s, kBatchRows, m_lastId);
            if (!ids)
                return ids.error();
            m_freeIds = *ids;
        }
        if (client.kind == ClientKind::Company)
            m_queuedCompanies.insert(sortKeyOf(client.displayName()));
        client.id = m_lastId = m_freeIds.takeFirst();
        client.version = 1;
        m_queued.append(client);
        return m_queued.size() >= kBatchRows ? stageQueued() : Status::success();
    }

    Status run(const QString& statement, const QVariantList& args)
    {
        if (Status s = m_writes.run(statement, args); !s)
            return s;
        m_last = m_writes.lastInsertId();
        return Status::success();
    }

    QSqlDatabase& m_db;
    QString m_region;
    BulkWrites m_writes{m_db};
    qint64 m_last = 0;
    SearchIndex m_search{m_db};
    bool m_deferSearch = false;
    QSet<qint64> m_staged;
    bool m_batching = false;
    QList<Client> m_queued;
    bool m_anyStaged = false; // clients wait in clients_new for flush()
    qint64 m_stagedClients = 0;
    QList<qint64> m_freeIds; // taken for this batch, not given yet
    qint64 m_lastId = 0;     // the last given
    QSet<QString> m_queuedCompanies;
};

} // namespace

Status ClientRepository::create(Client& client)
{
    Result<qint64> manager = managerFor(m_db.principal(), client.managerId, 0, true);
    if (!manager)
        return manager.error();
    client.managerId = *manager;
    if (Status s = prepare(client, true); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        ClientWriter writer(tx.db(), m_region);
        if (Status s = writer.insert(client); !s)
            return s;
        if (client.contactEveryDays) {
            if (Status s = sql::exec(
                    tx.db(), u"UPDATE clients SET "_s + kContactEvery + u" = ? WHERE id = ?"_s,
                    {contactEveryValue(client), client.id});
                !s)
                return s;
        }
        tx.recordChange(kEntity, client.id, ChangeOp::Insert);
        if (Status s =
                auditChange(tx, kEntity, u"insert"_s, client.id, client.id, {}, auditedClient);
            !s)
            return s;
        return runRules(
            tx, m_db,
            {RuleTrigger::ClientCreated, client.id, 0, 0, u"client:%1:created"_s.arg(client.id)});
    });
}

Status ClientRepository::createMany(QList<Client>& clients)
{
    // Bulk data (demo, imports) names companies by id already.
    for (Client& client : clients) {
        Result<qint64> manager = managerFor(m_db.principal(), client.managerId, 0, true);
        if (!manager)
            return manager.error();
        client.managerId = *manager;
        if (Status s = prepare(client, false); !s)
            return s;
    }
    return m_db.write([&](Transaction& tx) -> Status {
        ClientWriter writer(tx.db(), m_region);
        for (Client& client : clients) {
            if (Status s = writer.insert(client); !s)
                return s;
        }
        // Thousands at once: every open list reloads rather than hearing of each.
        tx.recordChange(kEntity, 0, ChangeOp::Reload);
        // One audit row for the batch: who brought them in, and how many.
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"import"_s),
                                kEntity,
                                0,
                                0,
                                {},
                                QJsonObject{{u"rows"_s, clients.size()}}});
    });
}

namespace {

// The clients row of an update, if nobody saved the client since
// `client.version` was read; bumps the version.
Status updateClientRow(QSqlDatabase& db, Client& client)
{
    QStringList assignments;
    for (const QString& column : kColumnList.split(u", "_s))
        assignments.append(column + u" = ?"_s);
    assignments.append(kContactEvery + u" = ?"_s);
    QVariantList args = clientColumns(client);
    args << contactEveryValue(client) << nowUtc() << client.id << client.version;
    Result<int> changed =
        sql::change(db,
                    u"UPDATE clients SET "_s + assignments.join(u", "_s) +
                        u", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                    args);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return makeError(ErrorKind::Conflict,
                         Tr::tr("Someone else saved this client after you opened it. Compare "
                                "the two versions and choose what to keep."));
    client.version += 1;
    return Status::success();
}

} // namespace

Status ClientRepository::update(Client& client)
{
    if (Status s = prepare(client, true); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status { return writeUpdate(tx, client); });
}

Status ClientRepository::updateIn(Transaction& tx, Client& client)
{
    if (Status s = prepare(client, true); !s)
        return s;
    return writeUpdate(tx, client);
}

Status ClientRepository::writeUpdate(Transaction& tx, Client& client)
{
    if (Status s = checkWriter(tx.db(), client.id, client.managerId); !s)
        return s;
    Result<QVariantMap> before = auditedClient(tx.db(), client.id);
    if (!before)
        return before.error();
    if (Status s = updateClientRow(tx.db(), client); !s)
        return s;
    tx.recordChange(kEntity, client.id, ChangeOp::Update);
    if (Status s = ClientWriter(tx.db(), m_region).writeChildren(client, true); !s)
        return s;
    return auditChange(tx, kEntity, u"update"_s, client.id, client.id, *before, auditedClient);
}

struct ClientRepository::Bulk::Impl
{
    ClientRepository& repository;
    Transaction& tx;
    ClientWriter writer;
    std::optional<QList<CustomField>> fields; // read at the first client
    // Companies looked up by name (linkCompany): forgotten when a company
    // of that name comes, all of them when a client is changed or removed.
    QHash<QString, qint64> companies;
    // People whose company was not there when they came: an export lists
    // "Андрієнко" of "Будмайстер" before the company itself.
    QList<std::pair<qint64, QString>> unlinked; // client, company name

    Status normalizeFields(Client& client)
    {
        if (!fields) {
            Result<QList<CustomField>> read = CustomFieldRepository(repository.m_db).fields();
            if (!read)
                return read.error();
            fields = *read;
        }
        return ClientRepository::normalizeFields(client, *fields);
    }
};

ClientRepository::Bulk::Bulk(ClientRepository& repository, Transaction& tx)
    : m(new Impl{repository, tx, ClientWriter(tx.db(), repository.m_region), std::nullopt, {}, {}})
{
    m->writer.deferSearch();
    m->writer.batchInserts();
}

ClientRepository::Bulk::~Bulk() = default;

Status ClientRepository::Bulk::insert(Client& client)
{
    Result<qint64> manager = managerFor(m->repository.m_db.principal(), client.managerId, 0, true);
    if (!manager)
        return manager.error();
    client.managerId = *manager;
    if (Status s = m->repository.validate(client); !s)
        return s;
    if (Status s = m->normalizeFields(client); !s)
        return s;
    // A company brought by the same import is looked for in the database.
    if (client.kind == ClientKind::Person &&
        m->writer.hasQueuedCompany(sortKeyOf(client.companyName))) {
        if (Status s = m->writer.flush(); !s)
            return s;
    }
    if (Status s = m->repository.linkCompany(client, &m->companies); !s)
        return s;
    if (client.kind == ClientKind::Company)
        m->companies.remove(sortKeyOf(client.displayName()));
    if (Status s = m->writer.insert(client); !s)
        return s;
    if (client.companyId == 0 && !client.companyName.trimmed().isEmpty() &&
        client.kind == ClientKind::Person)
        m->unlinked.append({client.id, client.companyName});
    return Status::success();
}

Status ClientRepository::Bulk::update(Client& client)
{
    m->companies.clear();
    if (Status s = m->writer.flush(); !s) // it may be one of this transaction's new clients
        return s;
    Result<QSet<QString>> stored = m->repository.storedEmails(client.id);
    if (!stored)
        return stored.error();
    if (Status s = m->repository.validate(client, *stored); !s)
        return s;
    if (Status s = m->normalizeFields(client); !s)
        return s;
    if (Status s = m->repository.checkWriter(m->tx.db(), client.id, client.managerId); !s)
        return s;
    if (Status s = updateClientRow(m->tx.db(), client); !s)
        return s;
    return m->writer.writeChildren(client, true);
}

Status ClientRepository::Bulk::restore(Client& client)
{
    m->companies.clear();
    if (Status s = m->writer.flush(); !s)
        return s;
    // As it was: its manager, company link and values are not re-decided,
    // only custom fields removed meanwhile are dropped.
    if (Status s = m->normalizeFields(client); !s)
        return s;
    Result<QList<QSqlRecord>> company =
        sql::rows(m->tx.db(), u"SELECT id FROM clients WHERE id = ?"_s, {client.companyId});
    if (!company)
        return company.error();
    if (company->isEmpty())
        client.companyId = 0; // removed since
    Result<QList<QSqlRecord>> taken =
        sql::rows(m->tx.db(), u"SELECT id FROM clients WHERE id = ?"_s, {client.id});
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        client.id = 0; // its id went to a newer client: it comes back under a new one
    if (Status s = m->writer.insert(client); !s)
        return s;
    if (!client.archived)
        return Status::success();
    return sql::exec(m->tx.db(), u"UPDATE clients SET archived = 1 WHERE id = ?"_s, {client.id});
}

Status ClientRepository::Bulk::removeMany(const QList<qint64>& ids)
{
    m->companies.clear();
    if (Status s = m->writer.flush(); !s)
        return s;
    for (qint64 id : ids) {
        if (Status s = requireClientReach(m->tx.db(), m->repository.m_db.principal(), id); !s)
            return s;
    }
    return m->writer.removeMany(ids);
}

Status ClientRepository::Bulk::flush()
{
    return m->writer.flush();
}

Status ClientRepository::Bulk::finish()
{
    if (Status s = m->writer.flush(); !s)
        return s;
    // Their companies came later in the same write: linked now.
    for (const auto& [id, companyName] : m->unlinked) {
        Client person;
        person.id = id;
        person.companyName = companyName;
        if (Status s = m->repository.linkCompany(person, &m->companies); !s)
            return s;
        if (person.companyId == 0)
            continue;
        if (Status s = sql::exec(m->tx.db(),
                                 u"UPDATE clients SET company_id = ? WHERE id = ? AND "
                                 u"company_id IS NULL"_s,
                                 {person.companyId, person.id});
            !s)
            return s;
    }
    m->unlinked.clear();
    return m->writer.finish();
}

Status ClientRepository::setArchived(qint64 id, qint64 version, bool archived)
{
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireClientReach(tx.db(), m_db.principal(), id); !s)
            return s;
        Result<QVariantMap> before = auditedClient(tx.db(), id);
        if (!before)
            return before.error();
        Result<int> changed = sql::change(tx.db(),
                                          u"UPDATE clients SET archived = ?, updated_at = ?, "
                                          u"version = version + 1 WHERE id = ? AND version = ?"_s,
                                          {archived ? 1 : 0, nowUtc(), id, version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("Someone else changed this client in the meantime. Open it "
                                    "again and repeat."));
        tx.recordChange(kEntity, id, ChangeOp::Update);
        return auditChange(tx, kEntity, archived ? u"archive"_s : u"unarchive"_s, id, id, *before,
                           auditedClient);
    });
}

Result<Client> ClientRepository::load(qint64 id)
{
    QSqlDatabase& db = m_db.connection();
    Result<QList<QSqlRecord>> found =
        sql::rows(db,
                  u"SELECT id, version, archived, created_at, updated_at, "_s + kColumnList +
                      u", "_s + kContactEvery + u" FROM clients WHERE id = ?"_s,
                  {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorKind::NotFound, Tr::tr("Client %1 does not exist.").arg(id));
    const QSqlRecord& r = found->first();
    if (!reachesClient(m_db.principal(), r.value(u"manager_id"_s).toLongLong()))
        return unreachableClient(id);
    Client c;
    c.id = r.value(u"id"_s).toLongLong();
    c.version = r.value(u"version"_s).toLongLong();
    c.archived = r.value(u"archived"_s).toBool();
    c.createdAt = QDateTime::fromString(r.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(r.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    c.kind = r.value(u"kind"_s).toString() == u"company" ? ClientKind::Company : ClientKind::Person;
    c.lastName = r.value(u"last_name"_s).toString();
    c.firstName = r.value(u"first_name"_s).toString();
    c.middleName = r.value(u"middle_name"_s).toString();
    c.companyName = r.value(u"company_name"_s).toString();
    c.companyId = r.value(u"company_id"_s).toLongLong();
    if (c.companyId != 0) {
        // The form edits the link through the company's name.
        Result<QVariant> company =
            sql::scalar(db, u"SELECT display_name FROM clients WHERE id = ?"_s, {c.companyId});
        if (company && !company->toString().isEmpty())
            c.companyName = company->toString();
    }
    c.birthday = QDate::fromString(r.value(u"birthday"_s).toString(), Qt::ISODate);
    c.gender = r.value(u"gender"_s).toString();
    c.occupation = r.value(u"occupation"_s).toString();
    c.jobTitle = r.value(u"job_title"_s).toString();
    c.taxId = r.value(u"tax_id"_s).toString();
    c.bankName = r.value(u"bank_name"_s).toString();
    c.bankAccount = r.value(u"bank_account"_s).toString();
    c.bankCode = r.value(u"bank_code"_s).toString();
    c.contactTypeId = r.value(u"contact_type_id"_s).toLongLong();
    c.statusId = r.value(u"status_id"_s).toLongLong();
    c.sourceId = r.value(u"source_id"_s).toLongLong();
    c.preferredChannel = r.value(u"preferred_channel"_s).toString();
    c.managerId = r.value(u"manager_id"_s).toLongLong();
    c.deliveryAddress = r.value(u"delivery_address"_s).toString();
    c.actualAddress = r.value(u"actual_address"_s).toString();
    c.comment = r.value(u"comment"_s).toString();
    if (const QVariant every = r.value(kContactEvery); !every.isNull())
        c.contactEveryDays = every.toInt();

    Result<QList<QSqlRecord>> phones = sql::rows(
        db, u"SELECT label, raw, e164 FROM client_phones WHERE client_id = ? ORDER BY position"_s,
        {id});
    Result<QList<QSqlRecord>> emails = sql::rows(
        db, u"SELECT label, email FROM client_emails WHERE client_id = ? ORDER BY position"_s,
        {id});
    Result<QList<QSqlRecord>> links = sql::rows(
        db, u"SELECT kind, value FROM client_links WHERE client_id = ? ORDER BY position"_s, {id});
    Result<QList<QSqlRecord>> tags = sql::rows(
        db,
        u"SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.client_id = ? "
        u"ORDER BY t.name"_s,
        {id});
    Result<QList<QSqlRecord>> values = sql::rows(
        db, u"SELECT field_id, value FROM client_field_values WHERE client_id = ?"_s, {id});
    if (!phones || !emails || !links || !tags || !values)
        return (!phones   ? phones
                : !emails ? emails
                : !links  ? links
                : !tags   ? tags
                          : values)
            .error();
    for (const QSqlRecord& v : *values)
        c.fieldValues.insert(v.value(0).toLongLong(), v.value(1).toString());
    for (const QSqlRecord& p : *phones)
        c.phones.append({p.value(0).toString(), p.value(1).toString(), p.value(2).toString()});
    for (const QSqlRecord& e : *emails)
        c.emails.append({e.value(0).toString(), e.value(1).toString()});
    for (const QSqlRecord& l : *links)
        c.links.append({l.value(0).toString(), l.value(1).toString()});
    for (const QSqlRecord& t : *tags)
        c.tags.append(t.value(0).toString());
    return c;
}

// The column a sort orders by (before sort_key and id). Kept on the client
// row by the schema's triggers (resources/sql/0009_list_orders.sql), so that
// every order pages along an index of its own instead of sorting the table.
QString sortExpression(ClientSort sort)
{
    switch (sort) {
    case ClientSort::Company:
        return u"c.company_sort"_s;
    case ClientSort::Status:
        return u"c.status_sort"_s;
    case ClientSort::Manager:
        return u"c.manager_sort"_s;
    case ClientSort::Name:
        break;
    }
    return u"''"_s;
}

Result<QList<ClientRow>> ClientRepository::rows(const QString& where, const QVariantList& args,
                                                int limit, ClientSort sort, bool descending,
                                                bool byManagerIndex, const QString& searchFrom)
{
    // Only the clients the principal reaches: "1 = 1" for whoever sees all,
    // a manager's own through the clients_manager index, or ("+c.manager_id",
    // not an index term) checked on the rows another index finds.
    const ScopeSql scope = clientScope(m_db.principal(), byManagerIndex ? u"c"_s : u"+c"_s);
    QVariantList all = args;
    all += scope.args;
    all.append(limit);
    const QString direction = descending ? u" DESC"_s : QString();
    // A search's matches come out of its index in name order (w's rowid is
    // the rank, see SearchIndex): no sort, and reading stops after the page.
    const QString order = !searchFrom.isEmpty() ? u"w.rowid"_s + direction
                          : sort == ClientSort::Name
                              ? QString(u"c.sort_key"_s + direction + u", c.id"_s + direction)
                              : sortExpression(sort) + direction + u", c.sort_key"_s + direction +
                                    u", c.id"_s + direction;
    Result<QList<QSqlRecord>> found = sql::rows(
        m_db.connection(),
        kRowSelect.arg(sortExpression(sort), searchFrom.isEmpty() ? u"clients c"_s : searchFrom) +
            u" WHERE "_s + where + u" AND "_s + scope.sql + u" ORDER BY "_s + order + u" LIMIT ?"_s,
        all);
    if (!found)
        return found.error();
    QList<ClientRow> result;
    result.reserve(found->size());
    for (const QSqlRecord& r : *found)
        result.append(rowFrom(r));
    return result;
}

QString clientSortName(ClientSort sort)
{
    switch (sort) {
    case ClientSort::Company:
        return u"company"_s;
    case ClientSort::Status:
        return u"status"_s;
    case ClientSort::Manager:
        return u"manager"_s;
    case ClientSort::Name:
        break;
    }
    return u"name"_s;
}

std::optional<ClientSort> clientSortNamed(const QString& name)
{
    for (ClientSort sort :
         {ClientSort::Name, ClientSort::Company, ClientSort::Status, ClientSort::Manager}) {
        if (clientSortName(sort) == name)
            return sort;
    }
    return std::nullopt;
}

QString listCursor(const ClientListQuery& query, const ClientRow& last)
{
    const QJsonArray position{clientSortName(query.sort), query.descending ? u"desc"_s : u"asc"_s,
                              last.sortValue, last.sortKey, QString::number(last.id)};
    return QString::fromLatin1(
        QJsonDocument(position)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status applyListCursor(ClientListQuery& query, const QString& cursor)
{
    const QByteArray::FromBase64Result bytes = QByteArray::fromBase64Encoding(
        cursor.trimmed().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonArray position = bytes ? QJsonDocument::fromJson(*bytes).array() : QJsonArray();
    bool isNumber = false;
    const qint64 id = position.at(4).toString().toLongLong(&isNumber);
    if (position.size() != 5 || !isNumber || id <= 0 || !position.at(2).isString() ||
        !position.at(3).isString())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("\"%1\" is not a position in the client list: pass the cursor "
                                "the previous page printed.")
                             .arg(cursor));
    if (position.at(0).toString() != clientSortName(query.sort) ||
        position.at(1).toString() != (query.descending ? u"desc"_s : u"asc"_s))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("This cursor belongs to the list in another order: ask for the "
                                "next page with the same sort and direction."));
    query.afterValue = position.at(2).toString();
    query.afterSortKey = position.at(3).toString();
    query.afterId = id;
    return Status::success();
}

bool ClientFilter::isEmpty() const
{
    return contactTypeId == 0 && statusId == 0 && sourceId == 0 && managerId == 0 &&
           tag.isEmpty() && gender.isEmpty() && ageFrom < 0 && ageTo < 0 && !birthdayThisMonth &&
           noContactDays <= 0;
}

namespace {

// The filter as SQL conditions on `c` with their bound values.
void appendFilter(const ClientFilter& f, const QDate& today, QString& where, QVariantList& args)
{
    const std::pair<const char16_t*, qint64> ids[] = {{u"c.contact_type_id", f.contactTypeId},
                                                      {u"c.status_id", f.statusId},
                                                      {u"c.source_id", f.sourceId},
                                                      {u"c.manager_id", f.managerId}};
    for (const auto& [column, id] : ids) {
        if (id != 0) {
            where += u" AND "_s + QString::fromUtf16(column) + u" = ?"_s;
            args.append(id);
        }
    }
    if (!f.tag.isEmpty()) {
        where += u" AND c.id IN (SELECT ct.client_id FROM client_tags ct JOIN tags t ON t.id = "
                 u"ct.tag_id WHERE t.name = ?)"_s;
        args.append(f.tag);
    }
    if (f.customFieldId != 0 && !f.customValue.isEmpty()) {
        where += u" AND c.id IN (SELECT client_id FROM client_field_values WHERE field_id = ? "
                 u"AND value = ?)"_s;
        args << f.customFieldId << f.customValue;
    }
    if (!f.gender.isEmpty()) {
        where += u" AND c.gender = ?"_s;
        args.append(f.gender);
    }
    // Age a..b means born after today-(b+1) years and on or before today-a years.
    if (f.ageFrom >= 0) {
        where += u" AND c.birthday <= ?"_s;
        args.append(today.addYears(-f.ageFrom).toString(Qt::ISODate));
    }
    if (f.ageTo >= 0) {
        where += u" AND c.birthday > ?"_s;
        args.append(today.addYears(-(f.ageTo + 1)).toString(Qt::ISODate));
    }
    if (f.birthdayThisMonth) {
        where += u" AND substr(c.birthday, 6, 2) = ?"_s;
        args.append(u"%1"_s.arg(today.month(), 2, 10, QChar(u'0')));
    }
    if (f.noContactDays > 0) {
        where += u" AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.client_id = c.id AND "
                 u"i.occurred_at >= ?)"_s;
        args.append(utcTimestamp(QDateTime(today.addDays(-f.noContactDays), QTime(0, 0))));
    }
}

} // namespace

Result<std::optional<QString>> ClientRepository::pinnedSortValue(const ClientListQuery& query)
{
    const Principal& who = m_db.principal();
    QString statement;
    qint64 id = 0;
    if (query.sort == ClientSort::Status && query.filter.statusId != 0) {
        statement = u"SELECT COALESCE((SELECT name FROM list_items WHERE id = ?), '')"_s;
        id = query.filter.statusId;
    } else if (query.sort == ClientSort::Manager) {
        // One manager's list: the filter's, or a manager's own (who sees no
        // unassigned clients).
        id = query.filter.managerId != 0 ? query.filter.managerId
             : !who.can(Capability::AllClients) && !who.can(Capability::TakeUnassigned)
                 ? who.accountId
                 : 0;
        statement = u"SELECT COALESCE((SELECT name FROM users WHERE id = ?), '')"_s;
    }
    if (id == 0)
        return std::optional<QString>();
    Result<QVariant> value = sql::scalar(m_db.connection(), statement, {id});
    if (!value)
        return value.error();
    return std::optional<QString>(value->toString());
}

Result<QList<ClientRow>> ClientRepository::searchByName(const ClientListQuery& query,
                                                        const SearchQuery& search)
{
    // The words index drives when there are words (its prefix index hands
    // out "к*" in order without reading it all); the trigram index follows
    // the same rank.
    const bool byWords = !search.words.isEmpty();
    QString from = byWords ? u"client_words w"_s : u"client_grams w"_s;
    QString where = byWords ? u"client_words MATCH ?"_s : u"client_grams MATCH ?"_s;
    QVariantList args{byWords ? search.words : search.grams};
    if (byWords && !search.grams.isEmpty()) {
        from += u" CROSS JOIN client_grams g ON g.rowid = w.rowid"_s;
        where += u" AND client_grams MATCH ?"_s;
        args.append(search.grams);
    }
    // CROSS JOIN: SQLite keeps this order of the tables, so that a filter
    // column's index never becomes the outer loop (and the page a sort).
    from += u" CROSS JOIN client_search_order o ON o.rank = w.rowid"_s
            u" CROSS JOIN clients c ON c.id = o.client_id"_s;
    // Someone who sees only some clients: the others' matches are turned down
    // on the rank's own row (schema 15), before their wide client rows are
    // read. rows() checks the client rows themselves all the same.
    if (!m_db.principal().can(Capability::AllClients)) {
        const ScopeSql ranked = clientScope(m_db.principal(), u"o"_s);
        where += u" AND "_s + ranked.sql;
        args += ranked.args;
    }
    if (query.afterId != 0) {
        Result<qint64> bound = SearchIndex::rankAt(m_db.connection(), query.afterSortKey,
                                                   query.afterId, !query.descending);
        if (!bound)
            return bound.error();
        if (*bound != 0) {
            where += query.descending ? u" AND w.rowid < ?"_s : u" AND w.rowid > ?"_s;
            args.append(*bound);
        }
    }
    if (query.clientId > 0) {
        // Straight to that client's rank instead of through the matches.
        where += u" AND w.rowid = (SELECT rank FROM client_search_order WHERE client_id = ?)"_s
                 u" AND c.id = ?"_s;
        args << query.clientId << query.clientId;
    }
    where += u" AND +c.archived = ?"_s;
    args.append(query.archived ? 1 : 0);
    appendFilter(query.filter, QDate::currentDate(), where, args);
    Result<QList<ClientRow>> found =
        rows(where, args, query.limit, ClientSort::Name, query.descending, false, from);
    if (!found || search.digits.isEmpty() || found->isEmpty())
        return found;
    if (Status s = showMatchingPhones(*found, search.digits); !s)
        return s.error();
    return found;
}

Result<QHash<qint64, ClientContacts>> ClientRepository::contactsOf(const QList<qint64>& ids)
{
    QHash<qint64, ClientContacts> contacts;
    if (ids.isEmpty())
        return contacts;
    QStringList marks;
    QVariantList args;
    for (qint64 id : ids) {
        marks.append(u"?"_s);
        args.append(id);
    }
    const QString in = marks.join(u", "_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT client_id, 0 AS kind, position, email FROM client_emails "
                  u"WHERE client_id IN ("_s +
                      in +
                      u") UNION ALL SELECT client_id, 1, position, e164 FROM client_phones "
                      u"WHERE e164 <> '' AND client_id IN ("_s +
                      in + u") ORDER BY 1, 2, 3"_s,
                  args + args);
    if (!rows)
        return rows.error();
    for (const QSqlRecord& r : *rows) {
        ClientContacts& c = contacts[r.value(0).toLongLong()];
        (r.value(1).toInt() == 0 ? c.emails : c.phones).append(r.value(3).toString());
    }
    return contacts;
}

Result<QList<ClientRow>> ClientRepository::page(const ClientListQuery& query)
{
    Result<QList<ClientRow>> found = storedPage(query);
    if (found && !query.phonesAsStored) {
        for (ClientRow& row : *found)
            row.phone = shownPhone(row.phone);
    }
    return found;
}

QString ClientRepository::shownPhone(const QString& stored) const
{
    return formatStoredPhone(stored, m_region);
}

Result<QList<ClientRow>> ClientRepository::storedPage(const ClientListQuery& query)
{
    const SearchQuery search = parseSearch(query.search);
    // A server finds the matches with its own indexes and sorts them in any
    // order (postgresql/0019_server_search.sql).
    const bool onServer = m_db.backend() == Backend::PostgreSql;
    if (!search.isEmpty() && query.sort == ClientSort::Name && !onServer)
        return searchByName(query, search);
    // Another order: the matches' ranks (resources/sql/0013_search_name_order.sql)
    // become client ids, and the rows are sorted.
    QStringList matchers;
    QVariantList matchArgs;
    if (!onServer && !search.words.isEmpty()) {
        matchers.append(u"SELECT rowid FROM client_words WHERE client_words MATCH ?"_s);
        matchArgs.append(search.words);
    }
    if (!onServer && !search.grams.isEmpty()) {
        matchers.append(u"SELECT rowid FROM client_grams WHERE client_grams MATCH ?"_s);
        matchArgs.append(search.grams);
    }
    const QString after = query.descending ? u" < "_s : u" > "_s;
    QString where = u"c.archived = ?"_s;
    QVariantList args{query.archived ? 1 : 0};
    const bool fromStart = query.afterId == 0;
    // A filter (or the access rule) that pins the sorted column to one value:
    // said as an equality on the column, and the keyset on (sort_key, id)
    // alone, the order's index is walked from the cursor on. Otherwise the
    // planner skips every row of the other statuses or managers first.
    Result<std::optional<QString>> pinned = pinnedSortValue(query);
    if (!pinned)
        return pinned.error();
    if (pinned->has_value()) {
        where += u" AND "_s + sortExpression(query.sort) + u" = ?"_s;
        args << **pinned;
    }
    if (!fromStart && (query.sort == ClientSort::Name || pinned->has_value())) {
        // A cursor from another value of a pinned column (a filter changed
        // under it) lies wholly before or after the pinned rows.
        const int side = query.sort == ClientSort::Name
                             ? 0
                             : (query.afterValue < **pinned ? -1 : query.afterValue > **pinned);
        if (side == 0) {
            where += u" AND (c.sort_key, c.id)"_s + after + u"(?, ?)"_s;
            args << query.afterSortKey << query.afterId;
        } else if ((side > 0) != query.descending) {
            where += u" AND 0 = 1"_s;
        }
    } else if (!fromStart) {
        where += u" AND ("_s + sortExpression(query.sort) + u", c.sort_key, c.id)"_s + after +
                 u"(?, ?, ?)"_s;
        args << query.afterValue << query.afterSortKey << query.afterId;
    }
    bool fewMatches = false;
    if (!matchers.isEmpty()) {
        const QString matches = matchers.join(u" INTERSECT "_s);
        // Few matches: fetch them by id and sort them (walking the name index
        // would read the whole list to find them). Many matches ("к"): walk
        // the name index, which meets enough of them at once.
        Result<QVariant> few = sql::scalar(
            m_db.connection(), u"SELECT count(*) <= ? FROM ("_s + matches + u" LIMIT ?)"_s,
            QVariantList{kSortMatchesUpTo} + matchArgs + QVariantList{kSortMatchesUpTo + 1});
        if (!few)
            return few.error();
        fewMatches = few->toBool();
        if (fewMatches)
            where.replace(0, 1, u"+c"_s); // "+c.archived": keeps the planner off the name index
        where += u" AND c.id IN (SELECT client_id FROM client_search_order WHERE rank IN ("_s +
                 matches + u"))"_s;
        args += matchArgs;
    }
    if (onServer && !search.isEmpty()) {
        // Nothing but the search narrowing a list in name order: the server
        // finds just the page. Otherwise every match, sorted and filtered here.
        QVariantList searchArgs;
        if (query.sort == ClientSort::Name && query.filter.isEmpty() && query.clientId == 0) {
            const Principal& who = m_db.principal();
            SearchPage page{query.archived, query.descending, query.afterSortKey, query.afterId,
                            query.limit};
            if (!who.can(Capability::AllClients)) {
                page.managerId = who.accountId;
                page.withUnassigned = who.can(Capability::TakeUnassigned);
            }
            where += u" AND "_s + serverSearchPageMatch(search, page, u"c"_s, searchArgs);
            fewMatches = true;
        } else {
            where += u" AND "_s + serverSearchMatch(search, u"c"_s, searchArgs);
        }
        args += searchArgs;
    }
    appendFilter(query.filter, QDate::currentDate(), where, args);
    if (query.clientId > 0) {
        where += u" AND c.id = ?"_s;
        args << query.clientId;
    }
    // Few matches are read by id, not by walking the manager's clients (a
    // manager with 12,000 clients: 6 ms instead of 1.5).
    Result<QList<ClientRow>> found =
        rows(where, args, query.limit, query.sort, query.descending, !fewMatches);
    if (!found || search.digits.isEmpty() || found->isEmpty())
        return found;
    if (Status s = showMatchingPhones(*found, search.digits); !s)
        return s.error();
    return found;
}

Status ClientRepository::showMatchingPhones(QList<ClientRow>& rows, const QStringList& digits)
{
    // The digits were matched against each phone's search digits (E.164 and
    // national forms); the same test picks the phone to show.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows[i].id, i);
    QSet<qint64> done;
    constexpr int kChunk = 500; // bound parameters per statement
    for (int start = 0; start < rows.size(); start += kChunk) {
        QStringList marks;
        QVariantList ids;
        for (int i = start; i < std::min<int>(start + kChunk, int(rows.size())); ++i) {
            marks << u"?"_s;
            ids << rows[i].id;
        }
        Result<QList<QSqlRecord>> phones =
            sql::rows(m_db.connection(),
                      u"SELECT client_id, raw, e164 FROM client_phones WHERE client_id IN ("_s +
                          marks.join(u", "_s) + u") ORDER BY client_id, position"_s,
                      ids);
        if (!phones)
            return phones.error();
        for (const QSqlRecord& r : *phones) {
            const qint64 id = r.value(0).toLongLong();
            if (done.contains(id))
                continue;
            const QString raw = r.value(1).toString();
            const QString e164 = r.value(2).toString();
            const QString searchDigits =
                normalizePhone(e164.isEmpty() ? raw : e164, m_region).searchDigits;
            const bool matches = std::all_of(digits.begin(), digits.end(), [&](const QString& d) {
                return searchDigits.contains(d);
            });
            if (!matches)
                continue;
            rows[rowOf.value(id)].phone = e164.isEmpty() ? raw : e164;
            done.insert(id);
        }
    }
    return Status::success();
}

QString DuplicateHit::warning() const
{
    const QString what = matchedOn == u"phone"   ? Tr::tr("phone")
                         : matchedOn == u"email" ? Tr::tr("e-mail")
                                                 : Tr::tr("tax ID");
    if (reachable)
        return Tr::tr("%1 already has the %2 %3.").arg(displayName, what, value);
    if (ownerManager.isEmpty())
        return Tr::tr("The %1 %2 belongs to a client nobody looks after yet; ask the owner or an "
                      "administrator to assign them to you.")
            .arg(what, value);
    return Tr::tr("The %1 %2 belongs to a client of %3; ask them before adding it again.")
        .arg(what, value, ownerManager);
}

bool ClientRepository::hidesOthersClients() const
{
    return m_db.backend() == Backend::PostgreSql && !m_db.principal().can(Capability::AllClients);
}

Result<QMultiHash<QString, QString>> ClientRepository::takenOutOfReach(const QString& kind,
                                                                       const QStringList& values)
{
    // On a server a manager's session does not see a colleague's clients at
    // all (row-level security): the server itself says whose they are
    // (postgresql/0033_duplicates_under_reach.sql), and nothing more. On a
    // file the program reads them and keeps to the rule itself.
    QMultiHash<QString, QString> taken;
    if (!hidesOthersClients() || values.isEmpty())
        return taken;
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT taken_value, manager_name FROM kartoteka_taken_by(?, CAST(? AS jsonb))"_s,
        {kind,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact))});
    if (!rows)
        return rows.error();
    for (const QSqlRecord& r : *rows)
        taken.insert(r.value(0).toString(), r.value(1).toString());
    return taken;
}

Result<QList<DuplicateHit>> ClientRepository::findDuplicates(const Client& client)
{
    const Principal& who = m_db.principal();
    QList<DuplicateHit> hits;
    // A client the person may not open: whose it is, and nothing that would
    // open or describe the client; once per manager.
    auto addHidden = [&](const QString& on, const QString& shown, const QString& manager) {
        const bool known = std::any_of(hits.cbegin(), hits.cend(), [&](const auto& h) {
            return !h.reachable && h.matchedOn == on && h.value == shown &&
                   h.ownerManager == manager;
        });
        if (!known)
            hits.append({0, QString(), on, shown, false, manager});
    };
    // Each statement selects the client's id, name, manager and manager's
    // name; `key` is the value as takenOutOfReach takes it.
    auto collect = [&](const QString& statement, const QVariantList& args, const QString& on,
                       const QString& key, const QString& shown) -> Status {
        Result<QList<QSqlRecord>> found = sql::rows(m_db.connection(), statement, args);
        if (!found)
            return found.error();
        for (const QSqlRecord& r : *found) {
            if (reachesClient(who, r.value(2).toLongLong()))
                hits.append({r.value(0).toLongLong(), r.value(1).toString(), on, shown, true, {}});
            else
                addHidden(on, shown, r.value(3).toString());
        }
        // The client being edited is the person's own: never among them.
        Result<QMultiHash<QString, QString>> hidden = takenOutOfReach(on, {key});
        if (!hidden)
            return hidden.error();
        for (const QString& manager : hidden->values(key))
            addHidden(on, shown, manager);
        return Status::success();
    };
    const QString columns =
        u"c.id, c.display_name, c.manager_id, (SELECT u.name FROM users u WHERE u.id = "
        u"c.manager_id)"_s;
    for (const Phone& phone : client.phones) {
        const QString e164 = normalizePhone(phone.raw, m_region).e164;
        if (e164.isEmpty())
            continue;
        const QString shown = formatPhone(e164, m_region);
        if (Status s = collect(u"SELECT DISTINCT "_s + columns +
                                   u" FROM client_phones p JOIN clients c ON c.id = p.client_id "
                                   u"WHERE p.e164 = ? AND c.id <> ? AND c.archived = 0 LIMIT 5"_s,
                               {e164, client.id}, u"phone"_s, e164, shown);
            !s)
            return s.error();
    }
    for (const Email& email : client.emails) {
        const QString key = email.address.trimmed().toLower();
        if (key.isEmpty())
            continue;
        const QString shown = email.address.trimmed();
        if (Status s = collect(u"SELECT DISTINCT "_s + columns +
                                   u" FROM client_emails e JOIN clients c ON c.id = e.client_id "
                                   u"WHERE e.email_key = ? AND c.id <> ? AND c.archived = 0 "
                                   u"LIMIT 5"_s,
                               {key, client.id}, u"email"_s, key, shown);
            !s)
            return s.error();
    }
    const QString taxId = client.taxId.trimmed();
    if (!taxId.isEmpty()) {
        if (Status s = collect(u"SELECT "_s + columns +
                                   u" FROM clients c WHERE c.tax_id = ? AND c.id <> ? "
                                   u"AND c.archived = 0 LIMIT 5"_s,
                               {taxId, client.id}, u"tax_id"_s, taxIdKey(taxId), taxId);
            !s)
            return s.error();
    }
    return hits;
}

Result<QList<ClientRow>> ClientRepository::atSameAddress(qint64 clientId)
{
    if (Status s = requireClientReach(m_db.connection(), m_db.principal(), clientId); !s)
        return s.error();
    // "+c.archived": a household is found through the address index, not by
    // walking the whole list in name order.
    return rows(u"+c.archived = 0 AND c.id <> ? AND c.address_key <> '' AND c.address_key = "
                u"(SELECT address_key FROM clients WHERE id = ?)"_s,
                {clientId, clientId}, 50, ClientSort::Name, false, false);
}

Result<QList<ClientRow>> ClientRepository::peopleOf(qint64 companyId)
{
    if (Status s = requireClientReach(m_db.connection(), m_db.principal(), companyId); !s)
        return s.error();
    return rows(u"+c.archived = 0 AND c.company_id = ?"_s, {companyId}, 500, ClientSort::Name,
                false, false);
}

Status ClientRepository::checkWriter(QSqlDatabase& db, qint64 id, qint64& managerId)
{
    const Principal& who = m_db.principal();
    if (who.can(Capability::AllClients))
        return Status::success();
    Result<QList<QSqlRecord>> current =
        sql::rows(db, u"SELECT manager_id FROM clients WHERE id = ?"_s, {id});
    if (!current)
        return current.error();
    const qint64 was = current->isEmpty() ? 0 : current->first().value(0).toLongLong();
    if (current->isEmpty() || !reachesClient(who, was))
        return unreachableClient(id);
    Result<qint64> manager = managerFor(who, managerId, was, false);
    if (!manager)
        return manager.error();
    managerId = *manager;
    return Status::success();
}

Status requireClientReach(QSqlDatabase& db, const Principal& who, qint64 clientId)
{
    if (who.can(Capability::AllClients))
        return Status::success();
    const ScopeSql scope = clientScope(who, u"c"_s);
    Result<QVariant> found =
        sql::scalar(db, u"SELECT count(*) FROM clients c WHERE c.id = ? AND "_s + scope.sql,
                    QVariantList{clientId} + scope.args);
    if (!found)
        return found.error();
    return found->toInt() > 0 ? Status::success() : Status(unreachableClient(clientId));
}

} // namespace kartoteka
