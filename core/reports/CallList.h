#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kartoteka {

class Database;

// Regular clients drifting away: a list to call today. A client with two or
// more purchases drifts when the time since the last one is well beyond their
// own usual gap (twice the gap, and at least a month more than it); a client
// with one purchase, when it is older than `oneTimeDays`.
struct DriftOptions
{
    QDate asOf;           // "today"
    qint64 managerId = 0; // 0: every manager's clients
    int oneTimeDays = 90;
    int limit = 200;
};

struct DriftingClient
{
    qint64 clientId = 0;
    QString name;
    QString phone;
    QString manager;
    int purchases = 0;
    qint64 totalMinor = 0; // what they used to spend, all time: the list's order
    QDate lastPurchase;
    double usualGapDays = 0; // 0 with one purchase
    int daysSinceLast = 0;
};

Result<QList<DriftingClient>> driftingClients(Database& db, const DriftOptions& options);
// The same list counted from every sale up to the end of `asOf` instead of the
// per-client sums kept as sales change: what driftingClients does for a day
// before the latest sale, and what the tests compare the kept sums with.
Result<QList<DriftingClient>> driftingClientsRecounted(Database& db, const DriftOptions& options);

struct UpcomingBirthday
{
    qint64 clientId = 0;
    QString name;
    QString phone;
    QString manager;
    QDate birthday;
    QDate next;    // the coming birthday (28 February for 29 February in other years)
    int turns = 0; // age on that day; 0 when the birth year is not known
};

// Birthdays from `from` to `from + days - 1`, soonest first; archived clients skipped.
Result<QList<UpcomingBirthday>> upcomingBirthdays(Database& db, const QDate& from, int days,
                                                  qint64 managerId = 0);

} // namespace kartoteka
