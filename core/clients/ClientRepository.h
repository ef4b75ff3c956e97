#pragma once

#include "accounts/Access.h"
#include "clients/Client.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace kartoteka {

class Database;
struct CustomField;
class Transaction;
struct SearchQuery;

// Narrows the list; an empty or zero field does not narrow.
struct ClientFilter
{
    qint64 contactTypeId = 0;
    qint64 statusId = 0;
    qint64 sourceId = 0;
    qint64 managerId = 0;
    QString tag;
    QString gender;   // "female" / "male"
    int ageFrom = -1; // years, from the birthday; -1: no bound
    int ageTo = -1;
    bool birthdayThisMonth = false;
    int noContactDays = 0;    // no timeline entry for this many days
    qint64 customFieldId = 0; // with customValue: that field holds exactly that stored value
    QString customValue;

    bool isEmpty() const;
};

enum class ClientSort
{
    Name,
    Company,
    Status,
    Manager
};

// What the client list asks for: a page after a keyset position, filtered.
struct ClientListQuery
{
    QString search;        // as typed; empty: everyone
    bool archived = false; // the archive view shows only archived clients
    ClientFilter filter;
    ClientSort sort = ClientSort::Name;
    bool descending = false;
    // Keyset: the rows after (afterValue, afterSortKey, afterId) in the chosen
    // order; afterValue is the sorted column's value (unused for Name).
    // afterId 0: from the start.
    QString afterValue;
    QString afterSortKey;
    qint64 afterId = 0;
    int limit = 100;
    qint64 clientId = 0; // only this client: is it among the rows asked for?
    // Phones as stored, for a view that formats only the rows it shows
    // (shownPhone()): formatting a page's hundred numbers was a tenth of a
    // search keystroke at a million clients, and a screen shows twenty.
    bool phonesAsStored = false;
};

// The keyset position after `last` in `query`'s order, as one word a script
// hands back to get the next page (`clients list --after`). It names the
// order, so that it is not taken for a position in another one.
QString listCursor(const ClientListQuery& query, const ClientRow& last);
// Sets `query`'s keyset position from a listCursor of the same order and
// direction; ErrorKind::Invalid for anything else, `query` unchanged.
Status applyListCursor(ClientListQuery& query, const QString& cursor);
QString clientSortName(ClientSort sort); // "name", "company", "status", "manager"
std::optional<ClientSort> clientSortNamed(const QString& name);

// An existing client with the same phone, e-mail or tax ID.
struct DuplicateHit
{
    qint64 clientId = 0; // 0 when the client is someone else's (not reachable)
    QString displayName; // empty when not reachable
    QString matchedOn;   // "phone" / "email" / "tax_id"
    QString value;       // the shared value, as shown
    // A client the person may not open (another manager's): they learn
    // whose client it is, so that they ask that colleague instead of making
    // a duplicate, and nothing else about it.
    bool reachable = true;
    QString ownerManager; // that client's manager; empty: nobody's
    // What the form says: "This phone belongs to a client of Olena Koval."
    QString warning() const;
};

// NotFound, as for a client that does not exist, unless `who` reaches client
// `clientId` (through `db`, inside a transaction or not). Asks nothing of the
// database for someone who sees every client.
Status requireClientReach(QSqlDatabase& db, const Principal& who, qint64 clientId);

// Owns the SQL of clients and their phones, e-mails, links, tags and search rows.
class ClientRepository
{
public:
    explicit ClientRepository(Database& db, QString defaultRegion = QStringLiteral("UA"));

    // Saves a new client; sets its id and version.
    // A client is read and written only by a principal who reaches it (else
    // ErrorKind::NotFound, as if it did not exist); lists and searches hold
    // only reachable clients. A manager's new client is theirs unless they
    // name another manager, which needs AllClients (ErrorKind::Forbidden).
    Status create(Client& client);
    // Saves many new clients in one transaction (demo data, imports).
    Status createMany(QList<Client>& clients);
    Result<Client> load(qint64 id);
    // Saves changes if nobody saved the client since `client.version` was read;
    // ErrorKind::Conflict otherwise. Bumps the version.
    Status update(Client& client);
    // The same inside the caller's transaction (a rule's change, automation/).
    Status updateIn(Transaction& tx, Client& client);
    // Archive is the delete: hidden everywhere, undone from the archive view.
    Status setArchived(qint64 id, qint64 version, bool archived);

    Result<QList<ClientRow>> page(const ClientListQuery& query);
    // The e-mails and the parsed phones (+380...) of the clients `ids`, in
    // each card's order, without reading whole cards. The ids come from a
    // page(): reachable ones.
    Result<QHash<qint64, ClientContacts>> contactsOf(const QList<qint64>& ids);
    // A phone of a page read with phonesAsStored, as every screen shows it.
    QString shownPhone(const QString& stored) const;
    Result<QList<DuplicateHit>> findDuplicates(const Client& client);
    // Whether the person's session cannot see the clients they may not open
    // at all: a server's row-level security (takenOutOfReach asks for them).
    bool hidesOthersClients() const;
    // Of `values` (kind "phone": E.164 numbers, "email": lower-case keys,
    // "tax_id": taxIdKey digits), those that live clients the person may not
    // open have: value -> each such client's manager's name (empty: nobody's).
    // Asked of a server, where row-level security hides those clients; empty
    // on a file (the program reads them there) and for someone who sees every
    // client. More than one value needs the import capability, and at most
    // kMaxTakenValues a call.
    Result<QMultiHash<QString, QString>> takenOutOfReach(const QString& kind,
                                                         const QStringList& values);
    static constexpr int kMaxTakenValues = 5000;
    // Other reachable clients at the same actual address (a household or an office).
    Result<QList<ClientRow>> atSameAddress(qint64 clientId);
    // The people of a company.
    Result<QList<ClientRow>> peopleOf(qint64 companyId);

    // An import's writes (core/import), inside the import's one transaction:
    // each client checked, normalised and saved as create() and update() do,
    // with the access rule, but without an audit row or change-feed entry of
    // its own (the import records one for the whole batch). The custom
    // fields are read once, not per client.
    class Bulk
    {
    public:
        Bulk(ClientRepository& repository, Transaction& tx);
        ~Bulk();
        Bulk(const Bulk&) = delete;
        Bulk& operator=(const Bulk&) = delete;

        // Gives the client its id at once; the row is written with the next
        // hundred (flush()), its search rows by finish(): a client is read
        // back only after the one, found by the search after the other.
        Status insert(Client& client);
        // ErrorKind::Conflict unless the stored version is still client.version.
        Status update(Client& client);
        // Puts back a card that was removed (an undone merge) as it was: its
        // id unless a newer client has it (then client.id is the new one),
        // its manager, creation time and archive flag; a company removed
        // since is unlinked. Its search rows are written by finish().
        Status restore(Client& client);
        // Deletes clients with their phones, e-mails, tags, custom values and
        // search rows. The caller checks that nothing else refers to them.
        Status removeMany(const QList<qint64>& ids);
        // Writes the clients insert() queued: before they are read back.
        // update(), removeMany() and restore() do it themselves.
        Status flush();
        // Writes the search rows of the clients inserted; before the
        // transaction commits.
        Status finish();

    private:
        struct Impl;
        std::unique_ptr<Impl> m;
    };

    static inline const QString kEntity = QStringLiteral("client");
    // Sorted by another column than the name, up to this many search matches
    // are read by id and sorted (more: the order's index is walked).
    static constexpr int kSortMatchesUpTo = 3000;

private:
    // The card's checks. An e-mail already on the stored card passes as it
    // is: one kept before a stricter check must not block changing a phone.
    Status validate(const Client& client) const;
    Status validate(const Client& client, const QSet<QString>& storedEmails) const;
    // The addresses client `id` has as stored (none for a new client).
    Result<QSet<QString>> storedEmails(qint64 id);
    // An update's writes, inside its transaction.
    Status writeUpdate(Transaction& tx, Client& client);
    // Inside an update's transaction: NotFound unless the principal reaches
    // client `id` as stored; `managerId` becomes the manager it may be given.
    Status checkWriter(QSqlDatabase& db, qint64 id, qint64& managerId);
    // Everything a save checks and derives first: validate, normalise the
    // custom values, and (from a form) link the company by its name.
    Status prepare(Client& client, bool linkCompanyByName);
    // Links a person to the company client whose name they give.
    // `known`: companies looked up before, by their names' sort keys (0: none
    // or several), kept by a bulk write that links thousands of people.
    Status linkCompany(Client& client, QHash<QString, qint64>* known = nullptr);
    // Checks and converts custom field values to their stored form.
    Status normalizeFields(Client& client);
    static Status normalizeFields(Client& client, const QList<CustomField>& fields);
    // The one value the sorted column can have in `query` (a status filter
    // when sorting by status, one manager's list when sorting by manager).
    Result<std::optional<QString>> pinnedSortValue(const ClientListQuery& query);
    // Puts in each row the first phone whose digits hold every run of `digits`.
    Status showMatchingPhones(QList<ClientRow>& rows, const QStringList& digits);
    // `byManagerIndex` false: a restricted principal's clients are picked from
    // the rows `where` finds by its own index.
    // `searchFrom`: the rows come from a search index aliased w, joined to
    // the clients c, in the index's name order (searchByName).
    Result<QList<ClientRow>> rows(const QString& where, const QVariantList& args, int limit,
                                  ClientSort sort = ClientSort::Name, bool descending = false,
                                  bool byManagerIndex = true, const QString& searchFrom = {});
    // A search in name order: the matches are read in that order out of the
    // search index, up to the page's last one.
    Result<QList<ClientRow>> searchByName(const ClientListQuery& query, const SearchQuery& search);
    // page() with the phones as stored.
    Result<QList<ClientRow>> storedPage(const ClientListQuery& query);

    Database& m_db;
    QString m_region;
};

} // namespace kartoteka
