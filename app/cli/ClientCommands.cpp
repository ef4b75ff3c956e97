// clients add|find|list|show, interactions add, demo: the client base from scripts.
#include "CliContext.h"
#include "language/Formats.h"

#include "audit/AuditText.h"
#include "clients/ClientExport.h"
#include "clients/ClientMerges.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/DuplicateGroups.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "demo/DemoDatabase.h"
#include "documents/DocumentRepository.h"
#include "import/NameSplit.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <tuple>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

Result<std::unique_ptr<Database>> openForWork(const CliContext& context)
{
    return openDatabase(context.openOptions());
}

QJsonObject rowJson(const ClientRow& row)
{
    return {
        {u"id"_s, row.id},          {u"name"_s, row.displayName}, {u"company"_s, row.companyName},
        {u"phone"_s, row.phone},    {u"email"_s, row.email},      {u"status"_s, row.status},
        {u"manager"_s, row.manager}};
}

QJsonObject interactionJson(const Interaction& i)
{
    QJsonObject json{{u"id"_s, i.id},
                     {u"client_id"_s, i.clientId},
                     {u"kind"_s, interactionKindName(i.kind)},
                     {u"at"_s, i.occurredAt.toUTC().toString(Qt::ISODate)},
                     {u"text"_s, i.text}};
    if (!i.direction.isEmpty())
        json.insert(u"direction"_s, i.direction);
    if (i.durationSeconds > 0)
        json.insert(u"duration_s"_s, i.durationSeconds);
    if (!i.result.isEmpty())
        json.insert(u"result"_s, i.result);
    if (i.kind == InteractionKind::Purchase) {
        json.insert(u"amount_minor"_s, i.amountMinor);
        json.insert(u"currency"_s, i.currency);
    }
    return json;
}

QString itemName(const QList<ListItem>& items, qint64 id)
{
    for (const ListItem& item : items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

QJsonObject clientJson(Database& db, const Client& c)
{
    Lists lists(db);
    QJsonArray phones;
    for (const Phone& p : c.phones)
        phones.append(QJsonObject{
            {u"label"_s, p.label},
            {u"raw"_s, p.raw},
            {u"e164"_s, p.e164},
            {u"shown"_s, p.e164.isEmpty() ? p.raw : formatPhone(p.e164, phoneRegion(db))}});
    QJsonArray emails;
    for (const Email& e : c.emails)
        emails.append(e.address);
    auto listName = [&](const QString& list, qint64 id) {
        Result<QList<ListItem>> items = lists.items(list);
        return items ? itemName(*items, id) : QString();
    };
    Result<QList<ListItem>> users = lists.users();
    return {{u"id"_s, c.id},
            {u"version"_s, c.version},
            {u"kind"_s, c.kind == ClientKind::Company ? u"company"_s : u"person"_s},
            {u"name"_s, c.displayName()},
            {u"last_name"_s, c.lastName},
            {u"first_name"_s, c.firstName},
            {u"middle_name"_s, c.middleName},
            {u"company"_s, c.companyName},
            {u"company_id"_s, c.companyId},
            {u"phones"_s, phones},
            {u"emails"_s, emails},
            {u"birthday"_s, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
            {u"type"_s, listName(kContactTypes, c.contactTypeId)},
            {u"status"_s, listName(kStatuses, c.statusId)},
            {u"source"_s, listName(kSources, c.sourceId)},
            {u"manager"_s, users ? itemName(*users, c.managerId) : QString()},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"tax_id"_s, c.taxId},
            {u"job_title"_s, c.jobTitle},
            {u"address"_s, c.actualAddress},
            {u"delivery_address"_s, c.deliveryAddress},
            {u"comment"_s, c.comment},
            {u"archived"_s, c.archived}};
}

int clientsAdd(const CliContext& context, Database& db)
{
    Client c;
    const QString fullName = context.option(u"name"_s).simplified();
    const QStringList name = fullName.split(u' ', Qt::SkipEmptyParts);
    c.lastName = name.value(0);
    c.firstName = name.value(1);
    c.middleName = name.mid(2).join(u' ');
    c.companyName = context.option(u"company"_s).trimmed();
    // "ТОВ «Ламінат»" as the name is a company's card, as the import reads it.
    if (c.companyName.isEmpty() && namedBusiness(fullName).kind == NamedBusiness::Company) {
        c.kind = ClientKind::Company;
        c.companyName = fullName;
        c.lastName.clear();
        c.firstName.clear();
        c.middleName.clear();
    }
    // A company only when one is named: with neither, core's check answers
    // as the form does ("a last name, a first name or a company").
    if (name.isEmpty() && !c.companyName.isEmpty())
        c.kind = ClientKind::Company;
    for (const QString& phone : context.options(u"phone"_s))
        c.phones.append({QString(), phone, {}});
    for (const QString& email : context.options(u"email"_s))
        c.emails.append({QString(), email});
    if (context.has(u"birthday"_s)) {
        c.birthday = QDate::fromString(context.option(u"birthday"_s), Qt::ISODate);
        if (!c.birthday.isValid())
            return context.fail(Tr::tr("The birthday must be written as YYYY-MM-DD."));
    }
    Lists lists(db);
    // An empty list name: the staff, for --manager.
    const std::tuple<QString, QString, qint64*> named[] = {
        {u"type"_s, kContactTypes, &c.contactTypeId},
        {u"status"_s, kStatuses, &c.statusId},
        {u"source"_s, kSources, &c.sourceId},
        {u"manager"_s, QString(), &c.managerId}};
    for (const auto& [option, list, target] : named) {
        if (!context.has(option))
            continue;
        Result<qint64> id =
            list.isEmpty() ? context.staff(db, option) : context.named(lists, list, option);
        if (!id)
            return context.fail(id.error());
        *target = *id;
    }

    ClientRepository repo(db, phoneRegion(db));
    Result<QList<DuplicateHit>> duplicates = repo.findDuplicates(c);
    if (Status s = repo.create(c); !s)
        return context.fail(s.error());
    context.tell(db.takeNotices());
    QJsonObject json = clientJson(db, c);
    QString text = Tr::tr("Client %1 created: %2").arg(c.id).arg(c.displayName());
    if (duplicates && !duplicates->isEmpty()) {
        QJsonArray hits;
        for (const DuplicateHit& hit : *duplicates) {
            if (!hit.reachable) { // another manager's client: whose it is, nothing more
                hits.append(QJsonObject{{u"manager"_s, hit.ownerManager},
                                        {u"matched_on"_s, hit.matchedOn},
                                        {u"value"_s, hit.value}});
                text += u"\n"_s + hit.warning();
                continue;
            }
            hits.append(QJsonObject{{u"id"_s, hit.clientId},
                                    {u"name"_s, hit.displayName},
                                    {u"matched_on"_s, hit.matchedOn},
                                    {u"value"_s, hit.value}});
            // matchedOn is a key ("phone"); the warning names it in the reader's words.
            text += u"\n"_s + Tr::tr("Note (client %1): %2").arg(hit.clientId).arg(hit.warning());
        }
        json.insert(u"possible_duplicates"_s, hits);
    }
    return context.answer(text, json);
}

int clientsFind(const CliContext& context, Database& db)
{
    ClientListQuery query;
    query.search = context.arguments.mid(1).join(u' ');
    Result<qint64> limit = context.number(u"limit"_s, 1, 100000, 20);
    if (!limit)
        return context.fail(limit.error());
    query.limit = int(*limit);
    Result<QList<ClientRow>> rows = ClientRepository(db, phoneRegion(db)).page(query);
    if (!rows)
        return context.fail(rows.error());
    QJsonArray list;
    QStringList lines;
    for (const ClientRow& row : *rows) {
        list.append(rowJson(row));
        // The company too: among people with one name, it tells which one is meant.
        lines.append(u"%1\t%2\t%3\t%4\t%5"_s.arg(row.id).arg(row.displayName, row.companyName,
                                                             row.phone, row.email));
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("Nobody matches \"%1\".").arg(query.search));
    return context.answer(lines.join(u'\n'), list);
}

// A page of the list as the Clients screen pages it: the same repository call,
// keyset after --after, the signed-in person's clients only.
} // namespace

// The list query the command line names, as `clients list` and `clients
// export` take it: the words after the subcommand searched, --sort, --desc,
// --archived, --status, --type, --source, --manager and --tag.
Result<ClientListQuery> listQueryOf(const CliContext& context, Database& db)
{
    ClientListQuery query;
    query.search = context.arguments.mid(1).join(u' ');
    if (context.has(u"sort"_s)) {
        const std::optional<ClientSort> sort = clientSortNamed(context.option(u"sort"_s));
        if (!sort)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("--sort: \"%1\" is not an order of the list; use name, "
                                    "company, status or manager.")
                                 .arg(context.option(u"sort"_s)));
        query.sort = *sort;
    }
    query.descending = context.has(u"desc"_s);
    query.archived = context.has(u"archived"_s);
    Lists lists(db);
    const std::pair<QString, qint64*> named[] = {{kStatuses, &query.filter.statusId},
                                                 {kContactTypes, &query.filter.contactTypeId},
                                                 {kSources, &query.filter.sourceId}};
    const QString optionOf[] = {u"status"_s, u"type"_s, u"source"_s};
    for (int i = 0; i < 3; ++i) {
        if (!context.has(optionOf[i]))
            continue;
        Result<qint64> id = context.named(lists, named[i].first, optionOf[i]);
        if (!id)
            return id.error();
        *named[i].second = *id;
    }
    if (context.has(u"manager"_s)) {
        Result<qint64> manager = context.staff(db, u"manager"_s);
        if (!manager)
            return manager.error();
        query.filter.managerId = *manager;
    }
    query.filter.tag = context.option(u"tag"_s).trimmed();
    return query;
}

namespace {

int clientsList(const CliContext& context, Database& db)
{
    Result<ClientListQuery> found = listQueryOf(context, db);
    if (!found)
        return context.fail(found.error());
    ClientListQuery& query = *found;
    Result<qint64> limit = context.number(u"limit"_s, 1, 1000, 100);
    if (!limit)
        return context.fail(limit.error());
    query.limit = int(*limit);
    if (context.has(u"after"_s)) {
        if (Status s = applyListCursor(query, context.option(u"after"_s)); !s)
            return context.fail(s.error());
    }
    Result<QList<ClientRow>> rows = ClientRepository(db, phoneRegion(db)).page(query);
    if (!rows)
        return context.fail(rows.error());
    // A full page may have more after it; a shorter one is the end.
    const QString next = rows->size() == query.limit ? listCursor(query, rows->last()) : QString();
    QJsonArray list;
    QStringList lines;
    for (const ClientRow& row : *rows) {
        list.append(rowJson(row));
        lines.append(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(row.id).arg(
            row.displayName, row.companyName, row.phone, row.status, row.manager));
    }
    lines.append(Tr::tr("%n client(s) on this page.", nullptr, int(rows->size())));
    if (!next.isEmpty())
        lines.append(Tr::tr("Next page: --after %1").arg(next));
    return context.answer(lines.join(u'\n'),
                          QJsonObject{{u"sort"_s, clientSortName(query.sort)},
                                      {u"descending"_s, query.descending},
                                      {u"clients"_s, list},
                                      {u"next"_s, next.isEmpty() ? QJsonValue() : next}});
}

int clientsShow(const CliContext& context, Database& db)
{
    if (context.arguments.size() != 2)
        return context.fail(Tr::tr("Name the client by its number: kartoteka-cli clients show ID"));
    Result<qint64> number = context.id(1, Tr::tr("There is no client \"%1\"."));
    if (!number)
        return context.fail(number.error());
    const qint64 id = *number;
    Result<Client> client = ClientRepository(db, phoneRegion(db)).load(id);
    if (!client) {
        // A card merged away says where it went.
        if (client.error().kind == ErrorKind::NotFound) {
            if (Result<std::optional<MergedCard>> merged = ClientMerges(db).mergedInto(id);
                merged && *merged)
                return context.fail(makeError(
                    ErrorKind::NotFound,
                    Tr::tr("Client %1 was merged into client %2 (merge %3); clients unmerge %3 "
                           "brings it back.")
                        .arg(id)
                        .arg((*merged)->keptId)
                        .arg((*merged)->mergeId)));
        }
        return context.fail(client.error());
    }
    InteractionRepository timeline(db);
    Result<QList<Interaction>> entries = timeline.forClient(id);
    Result<ClientStats> stats = timeline.statsFor(id);
    if (!entries || !stats)
        return context.fail(!entries ? entries.error() : stats.error());
    QJsonObject json = clientJson(db, *client);
    QJsonArray list;
    QStringList lines{client->displayName()};
    // A person's company (a company's own name is its display name).
    if (client->kind == ClientKind::Person && !client->companyName.isEmpty())
        lines.append(u"  "_s + Tr::tr("Company: %1").arg(client->companyName));
    for (const Phone& p : client->phones)
        lines.append(u"  "_s + (p.e164.isEmpty() ? p.raw : formatPhone(p.e164, phoneRegion(db))));
    for (const Email& e : client->emails)
        lines.append(u"  "_s + e.address);
    // The rest of the card that says who the client is (an import's result is checked here).
    for (const auto& [label, value] : {std::pair{Tr::tr("Tax ID: %1"), client->taxId},
                                       std::pair{Tr::tr("Address: %1"), client->actualAddress},
                                       std::pair{Tr::tr("Comment: %1"), client->comment}}) {
        if (!value.trimmed().isEmpty())
            lines.append(u"  "_s + label.arg(QString(value).replace(u'\n', u"\n    "_s)));
    }
    const QString total = formatMoney(
        stats->totalMinor, stats->currency.isEmpty() ? shopCurrency(db) : stats->currency);
    lines.append(stats->lastPurchase.isValid()
                     ? Tr::tr("Sales: %L1 (won deals: %L2), total %3, last %4")
                           .arg(formatNumber(stats->sales))
                           .arg(formatNumber(stats->wonDeals))
                           .arg(total, formatDate(stats->lastPurchase))
                     : Tr::tr("Sales: %L1 (won deals: %L2), total %3")
                           .arg(formatNumber(stats->sales))
                           .arg(formatNumber(stats->wonDeals))
                           .arg(total));
    // One chronological list, as the card's timeline: calls and notes, the
    // letters and SMS, the documents issued; newest first.
    Result<QList<Letter>> letters = LetterRepository(db).forClient(id);
    Result<QList<IssuedDocument>> documents = DocumentRepository(db).forClient(id);
    if (!letters || !documents)
        return context.fail(!letters ? letters.error() : documents.error());
    QList<std::pair<QDateTime, QString>> dated;
    // The locale's date with a four-digit year and time, as the audit shows them.
    const auto line = [](const QDateTime& at, const QString& kind, const QString& text) {
        return u"  %1  %2  %3"_s.arg(auditTimeText(at), kind, text);
    };
    for (const Interaction& i : *entries) {
        list.append(interactionJson(i));
        dated.append(
            {i.occurredAt, line(i.occurredAt, interactionKindDisplayName(i.kind), i.text)});
    }
    QJsonArray letterList;
    for (const Letter& l : *letters) {
        const bool sms = l.channel == LetterChannel::Sms;
        letterList.append(QJsonObject{{u"id"_s, l.id},
                                      {u"channel"_s, sms ? u"sms"_s : u"email"_s},
                                      {u"to"_s, l.toAddress},
                                      {u"subject"_s, sms ? l.text : l.subject},
                                      {u"state"_s, letterStateName(l.state)},
                                      {u"created_at"_s, l.createdAt.toString(Qt::ISODate)}});
        dated.append({l.createdAt,
                      line(l.createdAt, sms ? Tr::tr("SMS") : Tr::tr("Letter"), letterLine(l))});
    }
    QJsonArray documentList;
    for (const IssuedDocument& d : *documents) {
        documentList.append(QJsonObject{{u"id"_s, d.id},
                                        {u"title"_s, d.title},
                                        {u"issued_at"_s, d.issuedAt.toString(Qt::ISODate)}});
        dated.append({d.issuedAt, line(d.issuedAt, Tr::tr("Document"), d.title)});
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [at, text] : dated)
        lines.append(text);
    json.insert(u"timeline"_s, list);
    json.insert(u"letters"_s, letterList);
    json.insert(u"documents"_s, documentList);
    json.insert(u"stats"_s,
                // "purchases" is what scripts read before "sales" was said: the same number.
                QJsonObject{{u"sales"_s, stats->sales},
                            {u"won_deals"_s, stats->wonDeals},
                            {u"purchases"_s, stats->sales},
                            {u"total_minor"_s, stats->totalMinor},
                            {u"average_minor"_s, stats->averageMinor},
                            {u"last_purchase"_s, stats->lastPurchase.toString(Qt::ISODate)},
                            {u"last_contact"_s, stats->lastContact.toString(Qt::ISODate)}});
    return context.answer(lines.join(u'\n'), json);
}

} // namespace

int clientsDuplicates(const CliContext& context, Database& db)
{
    Result<QList<DuplicateGroup>> groups = findDuplicateGroups(db);
    if (!groups)
        return context.fail(groups.error());
    QStringList lines;
    QJsonArray json;
    for (const DuplicateGroup& group : *groups) {
        QStringList reasons, names, clients;
        QJsonArray reasonNames, members;
        for (DuplicateReason reason : group.reasons) {
            reasons.append(duplicateReasonTitle(reason));
            reasonNames.append(duplicateReasonName(reason));
        }
        for (const DuplicateMember& m : group.members) {
            clients.append(u"#%1 %2"_s.arg(m.id).arg(m.name));
            members.append(QJsonObject{{u"id"_s, m.id},
                                       {u"name"_s, m.name},
                                       {u"company"_s, m.company},
                                       {u"tax_id"_s, m.taxId},
                                       {u"address"_s, m.address}});
        }
        lines.append(Tr::tr("%1%: %2 (%3): %4")
                         .arg(group.certainty)
                         .arg(reasons.join(u", "_s), group.sharedValues.join(u"; "_s),
                              clients.join(u"; "_s)));
        json.append(QJsonObject{{u"certainty"_s, group.certainty},
                                {u"reasons"_s, reasonNames},
                                {u"shared"_s, QJsonArray::fromStringList(group.sharedValues)},
                                {u"clients"_s, members}});
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("No duplicates found."));
    return context.answer(lines.join(u'\n'), json);
}

int runClients(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"export")
        return runClientsExport(context);
    if (sub == u"import")
        return runClientsImport(context);
    if (sub != u"add" && sub != u"find" && sub != u"list" && sub != u"show" &&
        sub != u"duplicates" && !isMergeCommand(sub))
        return context.fail(Tr::tr("Use: clients add|find|list|show|duplicates|merge|unmerge|"
                                   "merges|not-duplicates|import|export. See --help."));
    Result<std::unique_ptr<Database>> db = openForWork(context);
    if (!db)
        return context.fail(db.error());
    if (sub == u"add")
        return clientsAdd(context, **db);
    if (sub == u"find")
        return clientsFind(context, **db);
    if (sub == u"list")
        return clientsList(context, **db);
    if (sub == u"duplicates")
        return clientsDuplicates(context, **db);
    if (isMergeCommand(sub))
        return runClientsMerge(context, **db);
    return clientsShow(context, **db);
}

int runClientsExport(const CliContext& context)
{
    const std::optional<ClientExportFormat> format =
        clientExportFormatFromName(context.option(u"format"_s));
    if (!format)
        return context.fail(Tr::tr("Use: clients export --format csv|xlsx|vcf --out FILE"));
    if (context.option(u"out"_s).trimmed().isEmpty())
        return context.fail(Tr::tr("Name the file to write: --out FILE"));
    Result<std::unique_ptr<Database>> db = openForWork(context);
    if (!db)
        return context.fail(db.error());
    Result<ClientListQuery> query = listQueryOf(context, **db);
    if (!query)
        return context.fail(query.error());
    ClientExportOptions options{*query, {}};
    for (const QString& column : context.option(u"columns"_s).split(u',', Qt::SkipEmptyParts))
        options.columns.append(column.trimmed());
    Result<ClientExportReport> report =
        exportClients(**db, *format, context.option(u"out"_s), options);
    if (!report)
        return context.fail(report.error());
    return context.answer(QCoreApplication::translate("kartoteka::cli",
                                                      "%n client(s) written to %1.", nullptr,
                                                      report->rows)
                              .arg(report->file),
                          QJsonObject{{u"rows"_s, report->rows}, {u"file"_s, report->file}});
}

int runInteractions(const CliContext& context)
{
    if (context.arguments.value(0) != u"add")
        return context.fail(Tr::tr("Use: interactions add --client ID --kind KIND --text TEXT"));
    const std::optional<InteractionKind> kind = interactionKindFromName(context.option(u"kind"_s));
    if (!kind)
        return context.fail(
            Tr::tr("--kind is one of note, call, email, meeting, message, purchase."));
    Result<std::unique_ptr<Database>> db = openForWork(context);
    if (!db)
        return context.fail(db.error());
    Interaction i;
    Result<qint64> clientId = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!clientId)
        return context.fail(clientId.error());
    i.clientId = *clientId;
    i.kind = *kind;
    i.text = context.option(u"text"_s);
    const Result<QDateTime> at = context.pastInstant(u"at"_s);
    if (!at)
        return context.fail(at.error());
    i.occurredAt = at->isValid() ? *at : QDateTime::currentDateTimeUtc();
    if (context.has(u"amount"_s) && i.kind != InteractionKind::Purchase)
        return context.fail(makeError(ErrorKind::Invalid,
                                      Tr::tr("--amount belongs to a purchase; a %1 has no amount.")
                                          .arg(context.option(u"kind"_s))));
    if (context.has(u"amount"_s)) {
        const Result<qint64> amount = parseMoney(
            context.option(u"amount"_s), MoneySign::NonNegative, QLocale(), shopCurrency(**db));
        if (!amount)
            return context.fail(
                makeError(amount.error().kind, u"--amount: "_s + amount.error().message));
        i.amountMinor = *amount;
        i.currency = shopCurrency(**db);
    }
    if (Result<Client> client = ClientRepository(**db).load(i.clientId); !client)
        return context.fail(client.error());
    if (Status s = InteractionRepository(**db).add(i); !s)
        return context.fail(s.error());
    return context.answer(Tr::tr("Added %1 %2 to client %3.")
                              .arg(interactionKindDisplayName(i.kind))
                              .arg(i.id)
                              .arg(i.clientId),
                          interactionJson(i));
}

int runDemo(const CliContext& context)
{
    DemoOptions options;
    Result<qint64> clients = context.number(u"clients"_s, 1, 10'000'000, options.clients);
    Result<qint64> seed =
        context.number(u"seed"_s, 0, std::numeric_limits<quint32>::max(), options.seed);
    if (!clients || !seed)
        return context.fail(!clients ? clients.error() : seed.error());
    options.clients = int(*clients);
    options.seed = quint32(*seed);
    const Result<Language> language = context.language();
    if (!language)
        return context.fail(language.error());
    options.language = *language;
    QElapsedTimer clock;
    clock.start();
    // Progress on a terminal only: a log or a script gets just the answer.
    const bool terminal = !context.json && isatty(fileno(stderr));
    Result<DemoReport> report =
        createDemoDatabase(context.databasePath, context.mode, options, [&](int done, int total) {
            if (terminal) {
                const QByteArray line =
                    '\r' + Tr::tr("%L1 of %L2 clients").arg(done).arg(total).toLocal8Bit();
                std::fputs(line.constData(), stderr);
            }
        });
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!report)
        return context.fail(report.error());
    const double seconds = double(clock.elapsed()) / 1000.0;
    QStringList logins;
    QJsonArray accounts;
    for (const DemoAccount& account : demoAccounts(options.language)) {
        logins.append(u"  %1\t%2\t%3"_s.arg(account.login, roleTitle(account.role), account.name));
        accounts.append(QJsonObject{{u"login"_s, account.login},
                                    {u"name"_s, account.name},
                                    {u"role"_s, roleName(account.role)}});
    }
    return context.answer(
        Tr::tr("Demo data written: %L1 clients, %L2 timeline entries, %L3 products, "
               "%L4 deals in %L5 s.")
                .arg(report->clients)
                .arg(report->interactions)
                .arg(report->products)
                .arg(report->deals)
                .arg(seconds, 0, 'f', 1) +
            u"\n"_s +
            Tr::tr("Sign in as one of these, all with the password %1:").arg(kDemoPassword) +
            u"\n"_s + logins.join(u'\n') +
            (context.has(u"locale"_s) ? QString() : u"\n"_s + seededListsNote(options.language)),
        QJsonObject{{u"clients"_s, report->clients},
                    {u"interactions"_s, report->interactions},
                    {u"products"_s, report->products},
                    {u"deals"_s, report->deals},
                    {u"seconds"_s, seconds},
                    {u"accounts"_s, accounts},
                    {u"password"_s, kDemoPassword},
                    {u"language"_s, languageCode(options.language)}});
}

} // namespace kartoteka::cli
