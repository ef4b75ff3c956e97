#pragma once

#include "reports/Counting.h"
#include "reports/ReportPeriod.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    int reached = 0; // entered it or any later stage (skipped stages count)
    // Of the period's deals, those in it today: not every open deal in the
    // stage as the board shows. An owner reads the funnel row by row
    // ("reached 40, still there 12, 30 % went on"); counting deals from other
    // periods there would give "reached 5, in it now 12". The screens call
    // it "Of these, in it now" so that it is not taken for the board's count.
    int now = 0;
    qint64 amountNowMinor = 0;
    double conversionFromPrevious = 0; // reached k / reached k-1 (1 for the first)
    double conversionFromFirst = 0;
    double averageDaysInStage = 0; // over the stays that ended
};

struct LossReasonCount
{
    qint64 reasonId = 0; // 0: no reason given
    QString name;
    int count = 0;
    qint64 amountMinor = 0;
};

struct FunnelReport
{
    QString pipeline;
    QString currency;
    int deals = 0;
    QList<FunnelStage> stages; // open stages in order
    int won = 0;
    qint64 wonMinor = 0;
    int lost = 0;
    qint64 lostMinor = 0;
    double winRate = 0; // won / (won + lost)
    double averageDaysToWin = 0;
    QList<LossReasonCount> lossReasons; // most frequent first
};

// The funnel of the deals created in the period (a deal counts in the period
// it was created in).
Result<FunnelReport> funnelReport(Database& db, const ReportPeriod& period,
                                  Counting counting = Counting::Kept);

} // namespace kartoteka
