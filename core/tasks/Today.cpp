#include "tasks/Today.h"

#include "tasks/TaskRepository.h"

#include <QHash>

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
    QHash<qint64, qsizetype> seriesLine; // a series' line among the overdue
    for (const TaskOccurrence& o : *late) {
        if (o.start.date() >= query.today)
            continue;
        if (!o.task.repeats()) {
            view.overdue.append(o);
        } else if (auto known = seriesLine.constFind(o.task.id); known == seriesLine.constEnd()) {
            seriesLine.insert(o.task.id, view.overdue.size());
            view.overdue.append(o);
        } else {
            view.overdue[*known] = o; // in time order: the later day stays
        }
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
