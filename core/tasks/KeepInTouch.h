#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kartoteka {

class Database;

// A client who should hear from the shop at least every `everyDays` days
// (their own interval, else their contact type's) and has not: nothing on
// their timeline and no deal won for longer (since they were added, with
// nothing yet).
struct OutOfTouchClient
{
    qint64 clientId = 0;
    QString name;
    QString phone;
    QString manager;
    int everyDays = 0;
    QDate lastContact; // invalid: never
    int daysSince = 0; // since the last contact, or since they were added
};

// Such clients of manager `managerId` (0: everyone's the principal reaches)
// as of `today`, the longest overdue (beyond their interval) first; up to
// `limit`.
Result<QList<OutOfTouchClient>> clientsOutOfTouch(Database& db, qint64 managerId,
                                                  const QDate& today, int limit);

} // namespace kartoteka
