#include "tasks/Today.h"

#include "tasks/TaskRepository.h"

namespace kartoteka {

Result<TodayView> readToday(Database& db, const TodayQuery& query)
{
    TodayView view;
    TaskRepository tasks(db);
    TaskQuery overdue{query.today.addDays(-query.overdueDays), query.today};
    overdue.responsibleId = query.personId;
    overdue.overdueOnly = true;
    Result<QList<TaskOccurrence>> late = tasks.occurrences(overdue);
    if (!late)
        return late.error();
    TaskQuery soon{query.today, query.today.addDays(1)};
    soon.responsibleId = query.personId;
    Result<QList<TaskOccurrence>> coming = tasks.occurrences(soon);
    if (!coming)
        return coming.error();
    // Today's time already past makes a task overdue: it is shown there once.
    for (const TaskOccurrence& o : *late) {
        if (o.start.date() < query.today)
            view.overdue.append(o);
    }
    for (const TaskOccurrence& o : *coming)
        (o.start.date() == query.today ? view.today : view.tomorrow).append(o);

    DriftOptions drift;
    drift.asOf = query.today;
    drift.managerId = query.personId;
    drift.limit = query.callLimit;
    Result<QList<DriftingClient>> toCall = driftingClients(db, drift);
    if (!toCall)
        return toCall.error();
    view.toCall = *toCall;
    Result<QList<UpcomingBirthday>> birthdays =
        upcomingBirthdays(db, query.today, query.birthdayDays, query.personId);
    if (!birthdays)
        return birthdays.error();
    view.birthdays = *birthdays;
    return view;
}

} // namespace kartoteka
