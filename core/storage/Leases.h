#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QString>

namespace kartoteka {

class Transaction;

struct Lease
{
    QString name;
    QString holder;      // empty when free
    QDateTime expiresAt; // a holder that crashed loses the lease then
    QDateTime doneAt;    // when the chore was last completed
};

// Leases make exactly one of several PCs do a shared chore (the daily backup).
// All functions run inside the caller's write transaction, so "read, decide,
// take" is atomic across PCs.
namespace leases {

Result<Lease> read(Transaction& tx, const QString& name);
Status take(Transaction& tx, const QString& name, const QString& holder, const QDateTime& until);
// Frees the lease; with `done` also records that the chore was completed now.
Status release(Transaction& tx, const QString& name, const QString& holder, bool done,
               const QDateTime& now);

} // namespace leases
} // namespace kartoteka
