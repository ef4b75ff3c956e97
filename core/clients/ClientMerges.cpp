#include "clients/ClientMerges.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/ClientSnapshot.h"
#include "clients/InteractionRepository.h"
#include "deals/DealRepository.h"
#include "documents/DocumentRepository.h"
#include "mail/LetterRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientMerges)
};

QDateTime utcTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

// Moves one kind of rows (timeline entries, deals) of a merged card to the
// kept one, recording each with the version the move gives it.
Status moveRows(QSqlDatabase& db, qint64 mergeId, const QString& kind, const QString& table,
                qint64 from, qint64 to, int& moved)
{
    Result<int> recorded = sql::change(
        db,
        u"INSERT INTO client_merge_moves (merge_id, kind, row_id, from_client_id, version_after) "
        u"SELECT ?, ?, id, client_id, version + 1 FROM "_s +
            table + u" WHERE client_id = ?"_s,
        {mergeId, kind, from});
    if (!recorded)
        return recorded.error();
    moved += *recorded;
    return sql::exec(db,
                     u"UPDATE "_s + table +
                         u" SET client_id = ?, version = version + 1 WHERE client_id = ?"_s,
                     {to, from});
}

// A merged card's "no mailings" goes to the kept card (the same client asked),
// recorded so that the undo gives it back to the card restored.
Status moveRefusal(QSqlDatabase& db, qint64 mergeId, qint64 from, qint64 to)
{
    Result<int> recorded = sql::change(
        db,
        u"INSERT INTO client_merge_moves (merge_id, kind, row_id, from_client_id, version_after) "
        u"SELECT ?, 'refusal', client_id, client_id, 0 FROM mailing_refusals WHERE client_id = ?"_s,
        {mergeId, from});
    if (!recorded)
        return recorded.error();
    if (*recorded == 0)
        return Status::success();
    return sql::exec(db,
                     u"INSERT INTO mailing_refusals (client_id, set_at, set_by) "
                     u"SELECT ?, set_at, set_by FROM mailing_refusals WHERE client_id = ? "
                     u"ON CONFLICT DO NOTHING"_s,
                     {to, from});
}

// Every open list reloads (clients, deals and timelines changed hands), and
// the merge or its undo is audited in the kept card's history and in each
// other card's (seen again after an undo).
Status recordMerge(Transaction& tx, const QString& op, qint64 keptId, const QList<qint64>& cards,
                   const QJsonObject& details)
{
    tx.recordChange(ClientRepository::kEntity, 0, ChangeOp::Reload);
    tx.recordChange(DealRepository::kEntity, 0, ChangeOp::Reload);
    tx.recordChange(InteractionRepository::kEntity, 0, ChangeOp::Reload);
    tx.recordChange(DocumentRepository::kEntity, 0, ChangeOp::Reload);
    tx.recordChange(TaskRepository::kEntity, 0, ChangeOp::Reload);
    tx.recordChange(LetterRepository::kEntity, 0, ChangeOp::Reload);
    for (qint64 id : QList<qint64>{keptId} + cards) {
        if (Status s = recordAudit(tx, {auditAction::changeAction(ClientRepository::kEntity, op),
                                        ClientRepository::kEntity,
                                        keptId,
                                        id,
                                        {},
                                        details});
            !s)
            return s;
    }
    return Status::success();
}

// The rows of a client's history a merge moves, by the kind its record names
// them: the card's timeline, deals, tasks, issued documents and letters.
struct MovedKind
{
    QString kind;
    QString table;
    QString title; // what the undo's report calls one left with the kept card
};

const QList<MovedKind>& movedKinds()
{
    static const QList<MovedKind> kinds{
        {u"entry"_s, u"interactions"_s,
         u"SELECT kind, occurred_at FROM interactions WHERE id = ?"_s},
        {u"deal"_s, u"deals"_s, u"SELECT title FROM deals WHERE id = ?"_s},
        {u"task"_s, u"tasks"_s, u"SELECT title FROM tasks WHERE id = ?"_s},
        {u"document"_s, u"documents"_s, u"SELECT title FROM documents WHERE id = ?"_s},
        {u"letter"_s, u"letters"_s, u"SELECT subject FROM letters WHERE id = ?"_s},
    };
    return kinds;
}

const MovedKind* movedKind(const QString& kind)
{
    for (const MovedKind& moved : movedKinds())
        if (moved.kind == kind)
            return &moved;
    return nullptr;
}

// What a leftover is called in the undo's report.
QString leftoverTitle(QSqlDatabase& db, const QString& kind, qint64 id)
{
    const MovedKind* moved = movedKind(kind);
    const QString statement =
        moved ? moved->title : u"SELECT display_name FROM clients WHERE id = ?"_s;
    Result<QList<QSqlRecord>> found = sql::rows(db, statement, {id});
    if (!found || found->isEmpty())
        return {};
    const QSqlRecord& r = found->first();
    if (kind != u"entry"_s)
        return r.value(0).toString();
    const std::optional<InteractionKind> entry = interactionKindFromName(r.value(0).toString());
    return (entry ? interactionKindDisplayName(*entry) : r.value(0).toString()) + u", "_s +
           utcTime(r.value(1)).toLocalTime().date().toString(Qt::ISODate);
}

} // namespace

Result<MergeReport> ClientMerges::merge(qint64 keptId, const QList<qint64>& others,
                                        const QList<MergeTake>& takes, qint64 keptVersion)
{
    QSet<qint64> named{keptId};
    for (qint64 id : others) {
        if (named.contains(id))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Client %1 is named twice in the merge.").arg(id),
                             u"merge.named-twice"_s);
        named.insert(id);
    }
    if (others.isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Name at least one card to merge into %1.").arg(keptId),
                         u"merge.nothing-to-merge"_s);
    MergeReport report;
    ClientRepository repository(m_db, phoneRegion(m_db));
    Status done = m_db.write([&](Transaction& tx) -> Status {
        report = {};
        Result<Client> kept = repository.load(keptId);
        if (!kept)
            return kept.error();
        if (keptVersion != 0 && kept->version != keptVersion)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("Someone else saved %1 in the meantime. Look at the cards "
                                    "again and repeat the merge.")
                                 .arg(kept->displayName()));
        QList<Client> cards;
        for (qint64 id : others) {
            Result<Client> card = repository.load(id);
            if (!card)
                return card.error();
            if (card->kind != kept->kind)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("%1 is a company and %2 a person: only cards of the same "
                                        "kind can be merged.")
                                     .arg(kept->kind == ClientKind::Company ? kept->displayName()
                                                                            : card->displayName(),
                                          kept->kind == ClientKind::Company ? card->displayName()
                                                                            : kept->displayName()),
                                 u"merge.kinds-differ"_s);
            cards.append(*card);
        }
        Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields();
        if (!fields)
            return fields.error();
        Result<Client> merged = mergedCard(*kept, cards, takes, *fields);
        if (!merged)
            return merged.error();

        const Principal& who = m_db.principal();
        Result<QVariant> mergeId = sql::scalar(
            tx.db(),
            u"INSERT INTO client_merges (created_at, user_id, user_name, kept_id, kept_name, "
            u"kept_version_before, kept_version_after, kept_before) "
            u"VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id"_s,
            {nowUtc(), who.accountId > 0 ? QVariant(who.accountId) : QVariant(), who.name, keptId,
             kept->displayName(), kept->version, QString::fromUtf8(clientSnapshot(*kept))});
        if (!mergeId)
            return mergeId.error();
        report.mergeId = mergeId->toLongLong();

        ClientRepository::Bulk bulk(repository, tx);
        for (const Client& card : cards) {
            // Deals are counted on their own; tasks, issued documents and
            // letters are part of the card's history as its entries are.
            for (const MovedKind& moved : movedKinds())
                if (Status s =
                        moveRows(tx.db(), report.mergeId, moved.kind, moved.table, card.id, keptId,
                                 moved.kind == u"deal"_s ? report.deals : report.entries);
                    !s)
                    return s;
            // A card whose client asked for no mailings passes that on: the
            // client is the same person.
            if (Status s = moveRefusal(tx.db(), report.mergeId, card.id, keptId); !s)
                return s;
            // A merged company's people now work at the one that stays.
            Result<QList<QSqlRecord>> people =
                sql::rows(tx.db(), u"SELECT id FROM clients WHERE company_id = ?"_s, {card.id});
            if (!people)
                return people.error();
            for (const QSqlRecord& r : *people) {
                Result<Client> person = repository.load(r.value(0).toLongLong());
                if (!person)
                    return person.error();
                person->companyId = keptId;
                person->companyName = merged->displayName();
                if (Status s = bulk.update(*person); !s)
                    return s;
                if (Status s =
                        sql::exec(tx.db(),
                                  u"INSERT INTO client_merge_moves (merge_id, kind, row_id, "
                                  u"from_client_id, version_after) VALUES (?, 'person', ?, ?, ?)"_s,
                                  {report.mergeId, person->id, card.id, person->version});
                    !s)
                    return s;
                ++report.people;
            }
            if (Status s = sql::exec(
                    tx.db(),
                    u"INSERT INTO client_merge_cards (merge_id, client_id, name, version, "
                    u"archived, created_at, card) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {report.mergeId, card.id, card.displayName(), card.version,
                     card.archived ? 1 : 0, utcTimestamp(card.createdAt),
                     QString::fromUtf8(clientSnapshot(card))});
                !s)
                return s;
        }
        if (Status s = bulk.removeMany(others); !s)
            return s;
        if (Status s = bulk.update(*merged); !s)
            return s;
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE client_merges SET kept_version_after = ? WHERE id = ?"_s,
                                 {merged->version, report.mergeId});
            !s)
            return s;
        if (Status s = bulk.finish(); !s)
            return s;

        QStringList names;
        for (const Client& card : cards)
            names.append(card.displayName());
        const QJsonObject details{{u"merge"_s, report.mergeId},
                                  {u"merged"_s, idArray(others)},
                                  {u"names"_s, QJsonArray::fromStringList(names)},
                                  {u"entries"_s, report.entries},
                                  {u"deals"_s, report.deals},
                                  {u"people"_s, report.people}};
        return recordMerge(tx, u"merge"_s, keptId, others, details);
    });
    if (!done)
        return done.error();
    return report;
}

Result<UnmergeReport> ClientMerges::unmerge(qint64 mergeId)
{
    UnmergeReport report;
    ClientRepository repository(m_db, phoneRegion(m_db));
    Status done = m_db.write([&](Transaction& tx) -> Status {
        report = {};
        Result<QList<QSqlRecord>> found =
            sql::rows(tx.db(),
                      u"SELECT kept_id, kept_name, kept_version_after, kept_before, undone_at, "
                      u"kept_version_before "
                      u"FROM client_merges WHERE id = ?"_s,
                      {mergeId});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return makeError(ErrorKind::NotFound, Tr::tr("There is no merge %1.").arg(mergeId));
        const QSqlRecord merge = found->first();
        const qint64 keptId = merge.value(0).toLongLong();
        const QString keptName = merge.value(1).toString();
        if (!merge.value(4).isNull())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Merge %1 was undone already.").arg(mergeId),
                             u"merge.undone-already"_s);
        // A later merge that took the kept card in (as the card that stayed
        // or as one merged away) is undone first.
        Result<QVariant> later = sql::scalar(
            tx.db(),
            u"SELECT max(m.id) FROM client_merges m WHERE m.id > ? AND m.undone_at IS NULL AND "
            u"(m.kept_id = ? OR EXISTS (SELECT 1 FROM client_merge_cards c "
            u"WHERE c.merge_id = m.id AND c.client_id = ?))"_s,
            {mergeId, keptId, keptId});
        if (!later)
            return later.error();
        if (!later->isNull())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 was merged again later (merge %2): undo merge %2 first.")
                                 .arg(keptName)
                                 .arg(later->toLongLong()),
                             u"merge.undo-later-first"_s);
        Result<QVariant> keptExists =
            sql::scalar(tx.db(), u"SELECT count(*) FROM clients WHERE id = ?"_s, {keptId});
        if (!keptExists)
            return keptExists.error();
        if (keptExists->toInt() == 0)
            return makeError(ErrorKind::NotFound,
                             Tr::tr("The card %1 that the merge kept is gone; the merge cannot "
                                    "be undone.")
                                 .arg(keptName),
                             u"merge.kept-gone"_s);
        Result<Client> kept = repository.load(keptId);
        if (!kept)
            return kept.error();
        if (kept->version != merge.value(2).toLongLong())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 was changed after the merge, so the merge can no longer "
                                    "be undone: the change would be lost. Split the card by "
                                    "hand instead.")
                                 .arg(keptName),
                             u"merge.kept-changed"_s);

        ClientRepository::Bulk bulk(repository, tx);
        Result<QList<QSqlRecord>> cards = sql::rows(
            tx.db(),
            u"SELECT client_id, version, archived, created_at, card FROM client_merge_cards "
            u"WHERE merge_id = ? ORDER BY client_id"_s,
            {mergeId});
        if (!cards)
            return cards.error();
        QHash<qint64, qint64> backTo; // a merged card's id then -> now
        QStringList names;
        for (const QSqlRecord& r : *cards) {
            Client card;
            if (!restoreClientSnapshot(r.value(4).toString().toUtf8(), card))
                return makeError(ErrorKind::Corrupt,
                                 Tr::tr("The merge's record of client %1 cannot be read; nothing "
                                        "was undone.")
                                     .arg(r.value(0).toLongLong()));
            card.id = r.value(0).toLongLong();
            card.version = r.value(1).toLongLong();
            card.archived = r.value(2).toBool();
            card.createdAt = utcTime(r.value(3));
            if (Status s = bulk.restore(card); !s)
                return s;
            // An earlier merge that kept this card finds it as it left it.
            if (Status s =
                    sql::exec(tx.db(),
                              u"UPDATE client_merges SET kept_id = ?, kept_version_after = ? "
                              u"WHERE kept_id = ? AND id < ? AND kept_version_after = ? "
                              u"AND undone_at IS NULL"_s,
                              {card.id, card.version, r.value(0).toLongLong(), mergeId,
                               r.value(1).toLongLong()});
                !s)
                return s;
            backTo.insert(r.value(0).toLongLong(), card.id);
            names.append(card.displayName());
            report.restoredIds.append(card.id);
            if (Status s = sql::exec(tx.db(),
                                     u"UPDATE client_merge_cards SET restored_id = ? "
                                     u"WHERE merge_id = ? AND client_id = ?"_s,
                                     {card.id, mergeId, r.value(0).toLongLong()});
                !s)
                return s;
        }

        Result<QList<QSqlRecord>> moves =
            sql::rows(tx.db(),
                      u"SELECT kind, row_id, from_client_id, version_after FROM client_merge_moves "
                      u"WHERE merge_id = ? ORDER BY kind, row_id"_s,
                      {mergeId});
        if (!moves)
            return moves.error();
        for (const QSqlRecord& r : *moves) {
            const QString kind = r.value(0).toString();
            const qint64 rowId = r.value(1).toLongLong();
            const qint64 to = backTo.value(r.value(2).toLongLong());
            const qint64 versionAfter = r.value(3).toLongLong();
            bool back = false;
            if (kind == u"person"_s) {
                Result<Client> person = repository.load(rowId);
                if (!person && person.error().kind != ErrorKind::NotFound)
                    return person.error();
                if (person && person->version == versionAfter && person->companyId == keptId) {
                    person->companyId = to;
                    Result<QVariant> name = sql::scalar(
                        tx.db(), u"SELECT display_name FROM clients WHERE id = ?"_s, {to});
                    if (!name)
                        return name.error();
                    person->companyName = name->toString();
                    if (Status s = bulk.update(*person); !s)
                        return s;
                    back = true;
                }
            } else if (kind == u"refusal"_s) {
                // The restored card asked for no mailings before the merge.
                // The kept card keeps it too: nobody is mailed who asked not to be.
                const Principal& who = m_db.principal();
                if (Status s = sql::exec(
                        tx.db(),
                        u"INSERT INTO mailing_refusals (client_id, set_at, set_by) "
                        u"VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                        {to, nowUtc(), who.accountId > 0 ? QVariant(who.accountId) : QVariant()});
                    !s)
                    return s;
                continue;
            } else if (const MovedKind* moved = movedKind(kind)) {
                Result<int> changed =
                    sql::change(tx.db(),
                                u"UPDATE "_s + moved->table +
                                    u" SET client_id = ?, version = version + 1 "
                                    u"WHERE id = ? AND client_id = ? AND version = ?"_s,
                                {to, rowId, keptId, versionAfter});
                if (!changed)
                    return changed.error();
                back = *changed == 1;
            }
            if (back) {
                ++report.movedBack;
                // An earlier merge that moved it finds it as it left it.
                if (Status s =
                        sql::exec(tx.db(),
                                  u"UPDATE client_merge_moves SET version_after = ? "
                                  u"WHERE kind = ? AND row_id = ? AND merge_id < ? "
                                  u"AND version_after = ?"_s,
                                  {versionAfter + 1, kind, rowId, mergeId, versionAfter - 1});
                    !s)
                    return s;
                continue;
            }
            const QString title = leftoverTitle(tx.db(), kind, rowId);
            if (!title.isEmpty()) // a row removed since is not a leftover
                report.leftovers.append({kind, rowId, title});
        }

        Client before = *kept;
        if (!restoreClientSnapshot(merge.value(3).toString().toUtf8(), before))
            return makeError(ErrorKind::Corrupt,
                             Tr::tr("The merge's record of %1 cannot be read; nothing was undone.")
                                 .arg(keptName));
        if (Status s = bulk.update(before); !s)
            return s;
        // An earlier merge or import that left the kept card at the version
        // this merge found finds it unchanged.
        const QVariantList carried{before.version, keptId, merge.value(5).toLongLong()};
        if (Status s =
                sql::exec(tx.db(),
                          u"UPDATE client_merges SET kept_version_after = ? WHERE kept_id "
                          u"= ? AND kept_version_after = ? AND id < ? AND undone_at IS NULL"_s,
                          carried + QVariantList{mergeId});
            !s)
            return s;
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE import_batch_clients SET version_after = ? "
                                 u"WHERE client_id = ? AND version_after = ?"_s,
                                 carried);
            !s)
            return s;
        if (Status s = bulk.finish(); !s)
            return s;
        if (Status s = sql::exec(tx.db(), u"UPDATE client_merges SET undone_at = ? WHERE id = ?"_s,
                                 {nowUtc(), mergeId});
            !s)
            return s;

        const QJsonObject details{{u"merge"_s, mergeId},
                                  {u"restored"_s, idArray(report.restoredIds)},
                                  {u"names"_s, QJsonArray::fromStringList(names)},
                                  {u"moved_back"_s, report.movedBack},
                                  {u"kept"_s, int(report.leftovers.size())}};
        return recordMerge(tx, u"unmerge"_s, keptId, report.restoredIds, details);
    });
    if (!done)
        return done.error();
    return report;
}

Result<QList<MergeCandidate>> ClientMerges::candidates(const QList<qint64>& ids)
{
    ClientRepository repository(m_db, phoneRegion(m_db));
    QList<MergeCandidate> cards;
    for (qint64 id : ids) {
        Result<Client> card = repository.load(id);
        if (!card)
            return card.error();
        Result<QList<QSqlRecord>> counts =
            sql::rows(m_db.connection(),
                      u"SELECT (SELECT count(*) FROM interactions WHERE client_id = ?), "
                      u"(SELECT count(*) FROM deals WHERE client_id = ?), "
                      u"(SELECT count(*) FROM clients WHERE company_id = ?)"_s,
                      {id, id, id});
        if (!counts)
            return counts.error();
        const QSqlRecord& r = counts->first();
        cards.append({*card, r.value(0).toInt(), r.value(1).toInt(), r.value(2).toInt()});
    }
    return cards;
}

Result<std::optional<MergedCard>> ClientMerges::mergedInto(qint64 id)
{
    Result<QList<QSqlRecord>> found =
        sql::rows(m_db.connection(),
                  u"SELECT m.id, m.kept_id FROM client_merge_cards c "
                  u"JOIN client_merges m ON m.id = c.merge_id "
                  u"WHERE c.client_id = ? AND m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1"_s,
                  {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<MergedCard>();
    const MergedCard merged{found->first().value(0).toLongLong(),
                            found->first().value(1).toLongLong()};
    if (!requireClientReach(m_db.connection(), m_db.principal(), merged.keptId))
        return std::optional<MergedCard>();
    return std::optional<MergedCard>(merged);
}

Result<QList<ClientMergeRecord>> ClientMerges::list(int limit)
{
    const ScopeSql scope = clientScope(m_db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT m.id, m.created_at, m.user_name, m.kept_id, m.kept_name, m.undone_at "
                  u"FROM client_merges m JOIN clients c ON c.id = m.kept_id WHERE "_s +
                      scope.sql + u" ORDER BY m.id DESC LIMIT ?"_s,
                  scope.args + QVariantList{limit});
    if (!rows)
        return rows.error();
    QList<ClientMergeRecord> merges;
    QHash<qint64, qsizetype> byId;
    for (const QSqlRecord& r : *rows) {
        ClientMergeRecord merge;
        merge.id = r.value(0).toLongLong();
        merge.createdAt = utcTime(r.value(1));
        merge.userName = r.value(2).toString();
        merge.keptId = r.value(3).toLongLong();
        merge.keptName = r.value(4).toString();
        merge.undoneAt = utcTime(r.value(5));
        byId.insert(merge.id, merges.size());
        merges.append(merge);
    }
    if (merges.isEmpty())
        return merges;
    // The merged cards of all the merges listed, read at once (newest first,
    // so the listed ones are the stretch from the oldest listed on).
    Result<QList<QSqlRecord>> cards =
        sql::rows(m_db.connection(),
                  u"SELECT merge_id, client_id, name FROM client_merge_cards WHERE merge_id >= ? "
                  u"ORDER BY merge_id, client_id"_s,
                  {merges.last().id});
    if (!cards)
        return cards.error();
    for (const QSqlRecord& c : *cards) {
        const auto at = byId.constFind(c.value(0).toLongLong());
        if (at == byId.cend())
            continue; // a merge of a client the principal does not reach
        merges[*at].mergedIds.append(c.value(1).toLongLong());
        merges[*at].mergedNames.append(c.value(2).toString());
    }
    return merges;
}

Status ClientMerges::requireClients(QSqlDatabase& db, const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        Result<QVariant> found =
            sql::scalar(db, u"SELECT count(*) FROM clients WHERE id = ?"_s, {id});
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return unreachableClient(id);
        if (Status s = requireClientReach(db, m_db.principal(), id); !s)
            return s;
    }
    return Status::success();
}

Status ClientMerges::forgetNotDuplicates(const QList<qint64>& ids)
{
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireClients(tx.db(), ids); !s)
            return s;
        for (qint64 a : ids) {
            for (qint64 b : ids) {
                if (a >= b)
                    continue;
                if (Status s = sql::exec(tx.db(),
                                         u"DELETE FROM client_not_duplicates "
                                         u"WHERE client_id = ? AND other_id = ?"_s,
                                         {a, b});
                    !s)
                    return s;
            }
        }
        return recordAudit(
            tx, {auditAction::changeAction(ClientRepository::kEntity, u"maybe_duplicates"_s),
                 ClientRepository::kEntity,
                 ids.value(0),
                 ids.value(0),
                 {},
                 QJsonObject{{u"clients"_s, idArray(ids)}}});
    });
}

Status ClientMerges::markNotDuplicates(const QList<qint64>& ids, const QList<qint64>& from)
{
    // The pairs, each (smaller, larger) as the table keeps them.
    QSet<std::pair<qint64, qint64>> pairs;
    const QList<qint64>& others = from.isEmpty() ? ids : from;
    for (qint64 a : ids) {
        for (qint64 b : others) {
            if (a != b)
                pairs.insert({std::min(a, b), std::max(a, b)});
        }
    }
    if (pairs.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Name at least two clients."),
                         u"merge.nothing-to-merge"_s);
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireClients(tx.db(), ids + from); !s)
            return s;
        const QString now = nowUtc();
        for (const auto& [a, b] : pairs) {
            if (Status s = sql::exec(tx.db(),
                                     u"INSERT INTO client_not_duplicates (client_id, other_id, "
                                     u"created_at, user_name) VALUES (?, ?, ?, ?) "
                                     u"ON CONFLICT DO NOTHING"_s,
                                     {a, b, now, m_db.principal().name});
                !s)
                return s;
        }
        QJsonObject details{{u"clients"_s, idArray(ids)}};
        if (!from.isEmpty())
            details.insert(u"from"_s, idArray(from));
        return recordAudit(
            tx, {auditAction::changeAction(ClientRepository::kEntity, u"not_duplicates"_s),
                 ClientRepository::kEntity,
                 ids.first(),
                 ids.first(),
                 {},
                 details});
    });
}

} // namespace kartoteka
