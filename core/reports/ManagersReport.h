#pragma once

#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

class Database;

struct ManagerRow
{
    qint64 managerId = 0; // 0: deals nobody is responsible for
    QString manager;
    // Deals created in the period, as they stand now.
    int open = 0;
    qint64 openMinor = 0;
    int won = 0;
    int lost = 0;
    double winRate = 0;
    qint64 wonMinor = 0;
    double averageDaysToWin = 0;
    // Logged in the period on the clients this manager looks after.
    int calls = 0;
    int meetings = 0;
    int emails = 0;
};

struct ManagersReport
{
    QString currency;
    QList<ManagerRow> rows; // most won first
};

Result<ManagersReport> managersReport(Database& db, const ReportPeriod& period,
                                      Counting counting = Counting::Kept);

} // namespace kartoteka
