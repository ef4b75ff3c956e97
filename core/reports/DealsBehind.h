#pragma once

#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// Which deals stand behind a bar or row of a report: those created in the
// period (or, for sales, won in it) of the report's pipeline and manager,
// narrowed to one stage, source, manager or loss reason.
struct DealSlice
{
    ReportPeriod period;
    bool byClosing = false;
    qint64 stageId = 0;                 // 0: any stage
    std::optional<StageKind> kind;      // in any won (or lost) stage
    std::optional<qint64> sourceId;     // the deal's source, else its client's; 0: none
    std::optional<qint64> managerId;    // 0: nobody's
    std::optional<qint64> lossReasonId; // 0: no reason given
    int limit = 1000;
};

struct DealBehind
{
    qint64 dealId = 0;
    QString title;
    qint64 clientId = 0;
    QString client;
    QString stage;
    QString manager;
    qint64 amountMinor = 0;
    QDate created;
    QDate closed;
};

Result<QList<DealBehind>> dealsBehind(Database& db, const DealSlice& slice);

} // namespace kartoteka
