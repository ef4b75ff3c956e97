#include "import/ClientImport.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientChecks.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/ClientSnapshot.h"
#include "clients/Lists.h"
#include "clients/SearchText.h"
#include "import/ClientFill.h"
#include "import/ImportRowPlanner.h"
#include "import/PlannedRowStream.h"
#include "storage/BulkRows.h"
#include "storage/BulkWrites.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteCache.h"

#include <QCoreApplication>
#include <QJsonObject>
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

void setListValue(Client& client, ImportField field, qint64 id)
{
    switch (field) {
    case ImportField::ContactType:
        client.contactTypeId = id;
        break;
    case ImportField::Status:
        client.statusId = id;
        break;
    case ImportField::Source:
        client.sourceId = id;
        break;
    default:
        break; // managers are never created
    }
}

QString nothingToFill(const Client& stored)
{
    return Tr::tr("%1 already has everything this row holds: skipped.").arg(stored.displayName());
}

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

QList<UnknownValue> undecidedValues(const QList<UnknownValue>& unknown,
                                    const ImportSettings& settings)
{
    QList<UnknownValue> undecided;
    for (const UnknownValue& value : unknown) {
        if (settings.choices.value(unknownValueKey(value.field, value.text)).kind ==
            ValueChoice::Undecided)
            undecided.append(value);
    }
    return undecided;
}

int defaultImportSheet(const ImportTable& table)
{
    for (int i = 0; i < table.sheets.size(); ++i) {
        if (!table.sheets[i].rows.isEmpty() && !table.sheets[i].hidden)
            return i;
    }
    return 0;
}

// The rows of the sheet that hold clients: after the header row.
int firstClientRow(const ImportSettings& settings)
{
    return settings.headerRow < 0 ? 0 : settings.headerRow + 1;
}

Status checkImportSheet(const ImportTable& table, const ImportSettings& settings)
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

Result<std::unique_ptr<ClientImport>> ClientImport::open(Database& db)
{
    Result<std::shared_ptr<const ImportContext>> base = readBase(db);
    if (!base)
        return base.error();
    return std::make_unique<ClientImport>(db, std::move(*base));
}

Result<std::shared_ptr<const ImportContext>> ClientImport::readBase(Database& db)
{
    auto context = std::make_shared<ImportContext>();
    context->region = phoneRegion(db);
    Result<QList<CustomField>> fields = CustomFieldRepository(db).fields();
    if (!fields)
        return fields.error();
    context->fields = *fields;
    Lists lists(db);
    for (ImportField field : {ImportField::ContactType, ImportField::Status, ImportField::Source}) {
        Result<QList<ListItem>> items = lists.items(importListOf(field));
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
        context->clients.insert(id, KnownClient{text(1), rows.int64(2)});
        if (const QString key = taxIdKey(text(3)); !key.isEmpty())
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
    return std::shared_ptr<const ImportContext>(std::move(context));
}

ClientImport::ClientImport(Database& db, std::shared_ptr<const ImportContext> base)
    : m_db(db), m(std::move(base))
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

namespace {

QList<UnknownValue> sortedUnknownValues(const ImportRowPlanner& planner)
{
    QList<UnknownValue> values = planner.unknownValues();
    std::sort(values.begin(), values.end(), [](const UnknownValue& a, const UnknownValue& b) {
        return a.field != b.field ? a.field < b.field : a.text < b.text;
    });
    return values;
}

} // namespace

QStringList ClientImport::phoneLabels(const ImportSheet& sheet,
                                      const ImportSettings& settings) const
{
    const QStringList names = headers(sheet, settings.headerRow);
    QStringList labels;
    for (int i = 0; i < settings.columns.size(); ++i)
        labels.append(settings.columns[i].field == ImportField::Phone && settings.headerRow >= 0
                          ? phoneLabelOfHeader(names.value(i))
                          : QString());
    return labels;
}

bool ClientImport::asksTheDatabase() const
{
    return ClientRepository(m_db, m->region).hidesOthersClients();
}

Result<OutOfReachKeys> ClientImport::outOfReach(const ImportSheet& sheet,
                                                const ImportSettings& settings) const
{
    OutOfReachKeys keys;
    if (!asksTheDatabase())
        return keys;
    ClientRepository repository(m_db, m->region);
    // The rows' own keys, read as the planner reads them (ImportRowPlanner::match).
    QStringList phones, emails, taxIds;
    ImportRowPlanner reader(*m, settings, m_db.principal(), phoneLabels(sheet, settings));
    for (qsizetype i = firstClientRow(settings); i < sheet.rows.size(); ++i) {
        const Client client = reader.read(sheet.rows[i]).client;
        for (const Phone& phone : client.phones)
            if (!phone.e164.isEmpty())
                phones.append(phone.e164);
        for (const Email& email : client.emails)
            emails.append(email.address.toLower());
        if (const QString key = taxIdKey(client.taxId); !key.isEmpty())
            taxIds.append(key);
    }
    // A question at a time of at most kMaxTakenValues values.
    auto ask = [&](const QString& kind, const QStringList& values, QSet<QString>& taken) -> Status {
        for (qsizetype from = 0; from < values.size(); from += ClientRepository::kMaxTakenValues) {
            Result<QMultiHash<QString, QString>> found = repository.takenOutOfReach(
                kind, values.mid(from, ClientRepository::kMaxTakenValues));
            if (!found)
                return found.error();
            for (auto it = found->cbegin(); it != found->cend(); ++it)
                taken.insert(it.key());
        }
        return Status::success();
    };
    if (Status s = ask(u"phone"_s, phones, keys.phones); !s)
        return s.error();
    if (Status s = ask(u"email"_s, emails, keys.emails); !s)
        return s.error();
    if (Status s = ask(u"tax_id"_s, taxIds, keys.taxIds); !s)
        return s.error();
    return keys;
}

Result<ImportPreview> ClientImport::preview(const ImportTable& table,
                                            const ImportSettings& settings, int rows) const
{
    if (Status s = checkImportSheet(table, settings); !s)
        return s.error();
    if (Status s = checkColumns(settings.columns); !s)
        return s.error();
    const ImportSheet& sheet = table.sheets[settings.sheet];
    ImportPreview preview;
    preview.headers = headers(sheet, settings.headerRow);
    Result<OutOfReachKeys> hidden = outOfReach(sheet, settings);
    if (!hidden)
        return hidden.error();
    ImportRowPlanner planner(*m, settings, m_db.principal(), phoneLabels(sheet, settings));
    planner.setOutOfReach(*hidden);
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
    preview.unknownValues = sortedUnknownValues(planner);
    return preview;
}

Result<QList<UnknownValue>> ClientImport::unknownValues(const ImportTable& table,
                                                        const ImportSettings& settings) const
{
    if (Status s = checkImportSheet(table, settings); !s)
        return s.error();
    if (Status s = checkColumns(settings.columns); !s)
        return s.error();
    const ImportSheet& sheet = table.sheets[settings.sheet];
    ImportRowPlanner planner(*m, settings, m_db.principal()); // reads no phones
    for (qsizetype i = firstClientRow(settings); i < sheet.rows.size(); ++i)
        planner.noteValues(sheet.rows[i]);
    return sortedUnknownValues(planner);
}

namespace {

// Records what the batch did to a client. A client the same import touches
// twice (a later row filling a client an earlier row added) keeps its first
// record and the last version.
Status recordBatchClient(BulkWrites& statements, qint64 batch, qint64 clientId,
                         const QString& action, qint64 version, qint64 versionBefore,
                         const QByteArray& before)
{
    return statements.run(
        u"INSERT INTO import_batch_clients (batch_id, client_id, action, version_after, "
        u"version_before, before) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id, client_id) "
        u"DO UPDATE SET version_after = excluded.version_after"_s,
        {batch, clientId, action, version, versionBefore > 0 ? QVariant(versionBefore) : QVariant(),
         before.isNull() ? QVariant() : QVariant(QString::fromUtf8(before))});
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
    if (Status s = checkImportSheet(table, settings); !s)
        return s.error();
    if (Status s = checkColumns(settings.columns); !s)
        return s.error();
    // The values to add to the lists, named as the file writes them.
    QHash<QString, QString> toCreate; // key -> the name the new item gets
    for (auto it = settings.choices.cbegin(); it != settings.choices.cend(); ++it) {
        if (it.value().kind != ValueChoice::Create)
            continue;
        if (it.key().startsWith(importFieldName(ImportField::Manager) + u':'))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A manager cannot be created by an import: add the account "
                                    "first (Administration > Accounts, or kartoteka-cli users "
                                    "add), or choose an existing manager."),
                             u"import.create-manager"_s);
        toCreate.insert(it.key(), it.value().text.simplified());
    }
    if (!toCreate.isEmpty() && !dryRun) {
        if (Status s = require(who, Capability::Lists); !s)
            return s.error();
    }
    // Rows are planned once, as they are saved: a value no choice was made
    // for stops the import at the end, and nothing is saved.
    auto undecidedError = [&](const QList<UnknownValue>& unknown) -> std::optional<Error> {
        const QList<UnknownValue> undecided = undecidedValues(unknown, settings);
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
        for (const RowProblem& problem : p.problems) {
            // A skipped row's values go nowhere: "put in the comment" would not be true.
            if (!p.skipped() || problem.skipsRow)
                report.problems.append({p.source, problem.message, problem.skipsRow});
        }
        if (p.skipped() && p.matchId != 0 && p.matchReachable)
            report.problems.append(
                {p.source,
                 Tr::tr("The same %1 as %2: skipped.")
                     .arg(sharedKeyTitle(p.matchedOn),
                          p.matchId > 0 ? p.matchName : Tr::tr("row %1").arg(-p.matchId)),
                 true});
    };

    Result<OutOfReachKeys> hidden = outOfReach(sheet, settings);
    if (!hidden)
        return hidden.error();
    if (dryRun) {
        ImportRowPlanner planner(*m, settings, who, phoneLabels(sheet, settings));
        planner.setOutOfReach(*hidden);
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
                if (fillEmptyFields(*stored, p.client, who.can(Capability::AllClients))) {
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
        if (std::optional<Error> error = undecidedError(planner.unknownValues()))
            return *error;
        return report;
    }

    ClientRepository repository(m_db, m->region);
    const LargerWriteCache cache(m_db);
    Status written = m_db.write([&](Transaction& tx) -> Status {
        // Built anew should the write be tried again after a busy wait.
        report = {};
        // Rows are read ahead on another thread, and matched here in order.
        PlannedRowStream rows(*m, settings, who, phoneLabels(sheet, settings), sheet, first);
        ImportRowPlanner planner(*m, settings, who);
        planner.setOutOfReach(*hidden);
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
        BulkWrites statements(tx.db());
        // A value chosen to be created, added to its list the first time a
        // saved row uses it.
        QHash<QString, qint64> created;
        auto createdValue = [&](ImportField field, const QString& key) -> Result<qint64> {
            if (const qint64 id = created.value(key); id != 0)
                return id;
            const QString name = toCreate.value(key);
            if (name.isEmpty() || importListOf(field).isEmpty())
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("There is no name to add to the list for \"%1\".")
                                     .arg(key.section(u':', 1)));
            Result<qint64> id = Lists::addIn(tx, importListOf(field), name);
            if (id)
                created.insert(key, *id);
            return id;
        };
        int done = 0;
        while (std::optional<PlannedRow> next = rows.next()) {
            PlannedRow p = std::move(*next);
            planner.match(p);
            if (progress && (++done % 500 == 0) && !progress(done, total))
                return makeError(ErrorKind::Cancelled,
                                 Tr::tr("The import was cancelled; nothing was imported."));
            if (p.skipped()) {
                note(p);
                ++report.skipped;
                continue;
            }
            for (const auto& [field, key] : p.valuesToCreate) {
                Result<qint64> id = createdValue(field, key);
                if (!id)
                    return id.error();
                setListValue(p.client, field, *id);
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
            // Fill the client the row repeats (maybe one an earlier row added).
            if (Status s = bulk.flush(); !s)
                return s;
            Result<Client> stored = repository.load(target);
            if (!stored)
                return stored.error();
            const QByteArray before = clientSnapshot(*stored);
            const qint64 versionBefore = stored->version;
            note(p);
            planner.remember(p, target);
            if (!fillEmptyFields(*stored, p.client, who.can(Capability::AllClients))) {
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
        if (std::optional<Error> error = undecidedError(rows.unknownValues()))
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

} // namespace kartoteka
