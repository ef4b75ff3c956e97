#pragma once

#include "storage/Result.h"

#include <QDate>

namespace kartoteka {

class Database;
class Transaction;

// The next sale after a won deal, as the CRMs shops know remind of it: a
// call to offer the next purchase to the deal's client, for the deal's
// manager (else the client's), due after the client's own usual gap between
// purchases when they have bought at least twice, else after their contact
// type's repeat_sale_days; none when neither tells. Earlier such tasks of the
// client still open are cancelled: the client has just bought. It runs in
// the won move's own transaction; every won deal makes its own (the biggest
// purchases come at the 7th or 8th, so reminding never stops).
Status planRepeatSale(Transaction& tx, Database& db, qint64 dealId, const QDate& today);

// Deal `dealId`'s win was taken back (moved out of its won stage): the next
// sale's task it made is cancelled, if still open.
Status cancelRepeatSale(Transaction& tx, Database& db, qint64 dealId);

// The interval itself: the usual gap of `purchases` spread from `first` to
// `last` (at least 7 days), or `typeDays` when fewer than two; 0: none.
int repeatSaleDays(int purchases, const QDate& first, const QDate& last, int typeDays);

// A task's origin for the next sale after deal `dealId` (Task::origin).
QString repeatSaleOrigin(qint64 dealId);

} // namespace kartoteka
