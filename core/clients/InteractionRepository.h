#pragma once

#include "clients/Client.h"
#include "storage/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace kartoteka {

class Database;
class Transaction;

// Owns the SQL of the timeline: read and written only on clients the
// principal reaches (else ErrorKind::NotFound, as for a missing client). Change-feed rows name the
// client whose timeline changed (entity "interaction", id = the client's id).
class InteractionRepository
{
public:
    explicit InteractionRepository(Database& db) : m_db(db) {}

    Status add(Interaction& interaction);
    // Many entries in one transaction (demo data, imports).
    Status addMany(QList<Interaction>& interactions);
    // The same inside a transaction of another write (a task done logs its call).
    Status addIn(Transaction& tx, QList<Interaction>& interactions);
    Status update(Interaction& interaction);
    Status remove(const Interaction& interaction);
    // Newest first.
    Result<QList<Interaction>> forClient(qint64 clientId, int limit = 1000);
    // The card's figures: its sales as PurchaseStats counts them everywhere
    // (purchase entries and won deals), and the last other contact.
    Result<ClientStats> statsFor(qint64 clientId);

    static inline const QString kEntity = QStringLiteral("interaction");

private:
    Status validate(const Interaction& interaction) const;
    // NotFound unless the principal reaches the client entry `entryId` is on.
    Status requireEntryReach(QSqlDatabase& db, qint64 entryId);
    Database& m_db;
};

} // namespace kartoteka
