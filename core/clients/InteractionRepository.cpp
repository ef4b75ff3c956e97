#include "clients/InteractionRepository.h"

#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/PurchaseStats.h"
#include "money/Money.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::InteractionRepository)
};

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantList columns(const Interaction& i)
{
    const bool purchase = i.kind == InteractionKind::Purchase;
    return {interactionKindName(i.kind),
            utcTimestamp(i.occurredAt),
            nullable(i.direction),
            i.durationSeconds > 0 ? QVariant(i.durationSeconds) : QVariant(),
            i.result,
            i.text,
            purchase ? QVariant(i.amountMinor) : QVariant(),
            purchase ? nullable(i.currency) : QVariant()};
}

} // namespace

Status InteractionRepository::validate(const Interaction& i) const
{
    if (i.clientId <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the client first."));
    if (!i.occurredAt.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter when it happened."));
    if (i.kind == InteractionKind::Purchase && i.amountMinor <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Enter the purchase amount."));
    if (i.kind == InteractionKind::Purchase) {
        if (Status inRange = checkMoneyRange(i.amountMinor); !inRange)
            return inRange;
    }
    if (!i.direction.isEmpty() && i.direction != u"in" && i.direction != u"out")
        return makeError(ErrorKind::Invalid, Tr::tr("A call or message is incoming or outgoing."));
    return Status::success();
}

static const QString kInsert =
    u"INSERT INTO interactions (client_id, kind, occurred_at, direction, "
    u"duration_s, result, text, amount_minor, currency, created_at, created_by) "
    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;

Status InteractionRepository::add(Interaction& interaction)
{
    QList<Interaction> one{interaction};
    if (Status s = addMany(one); !s)
        return s;
    interaction = one.first();
    return Status::success();
}

Status InteractionRepository::addMany(QList<Interaction>& interactions)
{
    return m_db.write([&](Transaction& tx) { return addIn(tx, interactions); });
}

Status InteractionRepository::addIn(Transaction& tx, QList<Interaction>& interactions)
{
    for (const Interaction& i : interactions) {
        if (Status s = validate(i); !s)
            return s;
    }
    // Only on the timelines of clients the principal reaches.
    QSet<qint64> reached;
    for (const Interaction& i : interactions) {
        if (reached.contains(i.clientId))
            continue;
        if (Status s = requireClientReach(tx.db(), m_db.principal(), i.clientId); !s)
            return s;
        reached.insert(i.clientId);
    }
    QSqlQuery insert(tx.db());
    if (!insert.prepare(kInsert))
        return sql::errorFrom(insert.lastError(), kInsert);
    const QString now = nowUtc();
    const bool accounts = keepsAccounts(tx.db()) && !m_db.principal().isSystem();
    QSet<qint64> clients;
    for (Interaction& interaction : interactions) {
        QVariantList args{interaction.clientId};
        args << columns(interaction) << now << m_db.actor();
        for (int n = 0; n < args.size(); ++n)
            insert.bindValue(n, sql::bindable(args[n]));
        if (!insert.exec())
            return sql::errorFrom(insert.lastError(), kInsert);
        // RETURNING: a server's lastInsertId() is its session's last
        // sequence value, maybe a trigger's.
        interaction.id = insert.next() ? insert.value(0).toLongLong() : 0;
        insert.finish();
        // The account beside the name (none: the program itself); files
        // from before accounts have no such column.
        if (accounts) {
            if (Status s =
                    sql::exec(tx.db(), u"UPDATE interactions SET created_by_id = ? WHERE id = ?"_s,
                              {m_db.actorId(), interaction.id});
                !s)
                return s;
        }
        interaction.version = 1;
        interaction.createdBy = m_db.actor();
        clients.insert(interaction.clientId);
    }
    insert.finish();
    for (qint64 client : clients)
        tx.recordChange(kEntity, client, ChangeOp::Insert);
    // One entry is audited with what it says; a batch (the demo) as one row.
    if (interactions.size() == 1)
        return auditChange(tx, kEntity, u"insert"_s, interactions.first().id,
                           interactions.first().clientId, {}, auditedInteraction);
    return recordAudit(tx, {auditAction::changeAction(kEntity, u"import"_s),
                            kEntity,
                            0,
                            0,
                            {},
                            QJsonObject{{u"rows"_s, interactions.size()}}});
}

Status InteractionRepository::update(Interaction& interaction)
{
    if (Status s = validate(interaction); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireEntryReach(tx.db(), interaction.id); !s)
            return s;
        Result<QVariantMap> before = auditedInteraction(tx.db(), interaction.id);
        if (!before)
            return before.error();
        QVariantList args = columns(interaction);
        args << interaction.id << interaction.version;
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE interactions SET kind = ?, occurred_at = ?, direction = ?, duration_s = ?, "
            u"result = ?, text = ?, amount_minor = ?, currency = ?, version = version + 1 "
            u"WHERE id = ? AND version = ?"_s,
            args);
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("Someone else changed or removed this entry in the meantime."));
        interaction.version += 1;
        tx.recordChange(kEntity, interaction.clientId, ChangeOp::Update);
        return auditChange(tx, kEntity, u"update"_s, interaction.id, interaction.clientId, *before,
                           auditedInteraction);
    });
}

Status InteractionRepository::remove(const Interaction& interaction)
{
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireEntryReach(tx.db(), interaction.id); !s)
            return s;
        Result<QVariantMap> before = auditedInteraction(tx.db(), interaction.id);
        if (!before)
            return before.error();
        Result<int> changed =
            sql::change(tx.db(), u"DELETE FROM interactions WHERE id = ? AND version = ?"_s,
                        {interaction.id, interaction.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("Someone else changed or removed this entry in the meantime."));
        tx.recordChange(kEntity, interaction.clientId, ChangeOp::Delete);
        return auditChange(tx, kEntity, u"delete"_s, interaction.id, interaction.clientId, *before,
                           auditedInteraction);
    });
}

Result<QList<Interaction>> InteractionRepository::forClient(qint64 clientId, int limit)
{
    if (Status s = requireClientReach(m_db.connection(), m_db.principal(), clientId); !s)
        return s.error();
    Result<QList<QSqlRecord>> found =
        sql::rows(m_db.connection(),
                  u"SELECT id, version, kind, occurred_at, direction, duration_s, result, text, "
                  u"amount_minor, currency, created_by FROM interactions WHERE client_id = ? "
                  u"ORDER BY occurred_at DESC, id DESC LIMIT ?"_s,
                  {clientId, limit});
    if (!found)
        return found.error();
    QList<Interaction> result;
    result.reserve(found->size());
    for (const QSqlRecord& r : *found) {
        Interaction i;
        i.id = r.value(0).toLongLong();
        i.version = r.value(1).toLongLong();
        i.clientId = clientId;
        i.kind = interactionKindFromName(r.value(2).toString()).value_or(InteractionKind::Note);
        i.occurredAt = QDateTime::fromString(r.value(3).toString(), Qt::ISODateWithMs);
        i.direction = r.value(4).toString();
        i.durationSeconds = r.value(5).toInt();
        i.result = r.value(6).toString();
        i.text = r.value(7).toString();
        i.amountMinor = r.value(8).toLongLong();
        i.currency = r.value(9).toString();
        i.createdBy = r.value(10).toString();
        result.append(i);
    }
    return result;
}

Result<ClientStats> InteractionRepository::statsFor(qint64 clientId)
{
    if (Status s = requireClientReach(m_db.connection(), m_db.principal(), clientId); !s)
        return s.error();
    // Counted as the call list and the reports count them (PurchaseStats).
    SalesScope scope;
    scope.clientId = clientId;
    const SalesSql sales = allSales(scope);
    const SalesSql won = wonDealSales(scope);
    Result<QList<QSqlRecord>> found =
        sql::rows(m_db.connection(),
                  u"SELECT count(*), COALESCE(sum(amount), 0), max(at), "
                  u"(SELECT max(currency) FROM interactions WHERE client_id = ? AND kind = "
                  u"'purchase'), (SELECT count(*) FROM ("_s +
                      won.sql + u") w) FROM ("_s + sales.sql + u") s"_s,
                  QVariantList{clientId} + won.args + sales.args);
    Result<QVariant> lastContact = sql::scalar(
        m_db.connection(),
        u"SELECT max(occurred_at) FROM interactions WHERE client_id = ? AND kind <> 'purchase'"_s,
        {clientId});
    if (!found || !lastContact)
        return !found ? found.error() : lastContact.error();
    ClientStats stats;
    const QSqlRecord& r = found->first();
    stats.sales = r.value(0).toInt();
    stats.totalMinor = r.value(1).toLongLong();
    stats.averageMinor = stats.sales > 0 ? stats.totalMinor / stats.sales : 0;
    stats.wonDeals = r.value(4).toInt();
    stats.lastPurchase =
        QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs).toLocalTime().date();
    stats.currency = r.value(3).toString();
    stats.lastContact =
        QDateTime::fromString(lastContact->toString(), Qt::ISODateWithMs).toLocalTime().date();
    return stats;
}

Status InteractionRepository::requireEntryReach(QSqlDatabase& db, qint64 entryId)
{
    if (m_db.principal().can(Capability::AllClients))
        return Status::success();
    // The client the entry is stored on, not the one the caller names.
    Result<QList<QSqlRecord>> entry =
        sql::rows(db, u"SELECT client_id FROM interactions WHERE id = ?"_s, {entryId});
    if (!entry)
        return entry.error();
    if (entry->isEmpty()) // gone: the version check reports it as a conflict
        return Status::success();
    return requireClientReach(db, m_db.principal(), entry->first().value(0).toLongLong());
}

} // namespace kartoteka
