#pragma once

#include "deals/DealRepository.h"
#include "reports/CallList.h"
#include "tasks/KeepInTouch.h"
#include "tasks/Task.h"

#include "storage/Result.h"

#include <QDate>
#include <QList>

namespace kartoteka {

class Database;

// What the Today screen shows one person (or everyone): open tasks overdue
// (of the last `overdueDays`; of a series only its latest missed day, not one
// line for each), today's and tomorrow's; the regular clients
// drifting away, to call today; the clients owed a contact (an interval of
// their own or their type's, passed); birthdays today and in the coming days;
// the deals of theirs that rot on the board.
// Each part reaches only what the principal reaches.
struct TodayView
{
    QList<TaskOccurrence> overdue;
    int olderOverdue = 0; // open ones due before the overdue window: not listed, only counted
    QList<TaskOccurrence> today;
    QList<TaskOccurrence> tomorrow;
    QList<DriftingClient> toCall;
    QList<OutOfTouchClient> outOfTouch;
    QList<UpcomingBirthday> birthdays;
    RottingDeals rotting;
};

struct TodayQuery
{
    QDate today;
    qint64 personId = 0; // 0: everyone's the principal reaches
    int overdueDays = 366;
    int birthdayDays = 7;
    int callLimit = 20;
    int touchLimit = 20;
    int dealLimit = 20;
};

Result<TodayView> readToday(Database& db, const TodayQuery& query);

// A list's one line per series, where the series' first line stood: its
// latest missed day when it has missed ones, else its next day; tasks that do
// not repeat as they are. Today's overdue and a card's tasks show series so.
QList<TaskOccurrence> oneLinePerSeries(const QList<TaskOccurrence>& occurrences,
                                       const QDateTime& now);

} // namespace kartoteka
