#pragma once

#include "clients/ClientMerge.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// One merge of duplicate cards into one.
struct ClientMergeRecord
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString userName;    // who merged; empty: the program itself
    qint64 keptId = 0;
    QString keptName;
    QList<qint64> mergedIds;
    QStringList mergedNames;
    QDateTime undoneAt; // invalid while the merge stands
};

// A card offered for a merge, with what the merge would move from it.
struct MergeCandidate
{
    Client card;
    int entries = 0; // timeline entries
    int deals = 0;
    int people = 0; // a company's people
};

// Where a card a merge removed went.
struct MergedCard
{
    qint64 mergeId = 0;
    qint64 keptId = 0;
};

struct MergeReport
{
    qint64 mergeId = 0;
    int entries = 0; // timeline entries moved to the card that stays
    int deals = 0;
    int people = 0; // people of merged companies
};

// Something the merge moved that stays with the card that was kept when the
// merge is undone, because it changed since.
struct MergeLeftover
{
    QString kind; // "entry", "deal", "person"
    qint64 id = 0;
    QString title; // the deal's title, the person's name, the entry's kind and day
};

struct UnmergeReport
{
    QList<qint64> restoredIds; // the merged cards, back (under a new id if theirs was taken)
    int movedBack = 0;         // entries, deals and people that went back to their cards
    QList<MergeLeftover> leftovers;
};

// Merging duplicate clients, undoing a merge, and remembering which clients
// are not duplicates. Each is one transaction, audited; every client
// involved must be reachable by the connection's principal.
class ClientMerges
{
public:
    explicit ClientMerges(Database& db) : m_db(db) {}

    // Merges `others` into `kept` (mergedCard decides the fields): their
    // timeline entries, deals and (for companies) people move to `kept`, and
    // the other cards are removed, kept in the merge's record for an undo.
    // ErrorKind::Invalid for cards of different kinds, a card named twice or
    // no other card; NotFound for a client that does not exist or is not
    // reachable; Conflict when `keptVersion` (0: not checked) is not the
    // stored one.
    Result<MergeReport> merge(qint64 keptId, const QList<qint64>& others,
                              const QList<MergeTake>& takes, qint64 keptVersion = 0);
    // Brings the merged cards back as they were, with everything moved from
    // them that did not change since (what did stays, listed), and the kept
    // card as it was before. Refused (ErrorKind::Invalid) when the kept card
    // changed since the merge ("merge.kept-changed"), a later merge took it
    // in ("merge.undo-later-first"), or the merge was undone already.
    Result<UnmergeReport> unmerge(qint64 mergeId);
    // The cards as a merge would take them, in the order given; NotFound for
    // one that does not exist or is not reachable.
    Result<QList<MergeCandidate>> candidates(const QList<qint64>& ids);
    // The standing merge that removed client `id`, when the principal
    // reaches the card it went into; nothing otherwise.
    Result<std::optional<MergedCard>> mergedInto(qint64 id);
    // The merges of the clients the principal reaches, newest first.
    Result<QList<ClientMergeRecord>> list(int limit = 100);
    // Remembers that the clients are not duplicates of each other: a card
    // said to differ from every other card of its group leaves the group,
    // and a group left with one card is not found again (DuplicateGroups.h).
    // With `from`, only each of `ids` differs from each of `from` (cards
    // taken out of a group). NotFound for a client that does not exist or
    // is not reachable.
    Status markNotDuplicates(const QList<qint64>& ids, const QList<qint64>& from = {});
    // Forgets that: the clients may be shown as duplicates again.
    Status forgetNotDuplicates(const QList<qint64>& ids);

    static inline const QString kEntity = QStringLiteral("client_merge");

private:
    // NotFound unless every client exists and the principal reaches it.
    Status requireClients(QSqlDatabase& db, const QList<qint64>& ids);

    Database& m_db;
};

} // namespace kartoteka
