#include "tasks/Today.h"

#include "tasks/TaskRepository.h"

#include <QHash>

namespace kartoteka {

QList<TaskOccurrence> oneLinePerSeries(const QList<TaskOccurrence>& occurrences,
                                       const QDateTime& now)
{
    QList<TaskOccurrence> lines;
    QHash<qint64, qsizetype> seriesLine;
    for (const TaskOccurrence& o : occurrences) {
        if (!o.task.repeats()) {
            lines.append(o);
            continue;
        }
        auto known = seriesLine.constFind(o.task.id);
        if (known == seriesLine.constEnd()) {
            seriesLine.insert(o.task.id, lines.size());
            lines.append(o);
        } else if (o.isOverdue(now)) {
            lines[*known] = o; // in time order: the later missed day stays
        }
    }
    return lines;
}

Result<TodayView> readToday(Database& db, const TodayQuery& query)
{
    TodayView view;
    TaskRepository tasks(db);
    // Open ones of the days before today are overdue; today's with a time
    // past stay among today's.
    TaskQuery overdue{query.today.addDays(-query.overdueDays), query.today.addDays(-1)};
    overdue.responsibleId = query.personId;
    overdue.limit = 100000; // a daily series missed for a year is one line of 366
    Result<QList<TaskOccurrence>> late = tasks.occurrences(overdue);
    if (!late)
        return late.error();
    TaskQuery soon{query.today, query.today.addDays(1)};
    soon.responsibleId = query.personId;
    Result<QList<TaskOccurrence>> coming = tasks.occurrences(soon);
    if (!coming)
        return coming.error();
    view.overdue = oneLinePerSeries(*late, QDateTime::currentDateTime());
    Result<int> older = tasks.openBefore(overdue.from, query.personId);
    if (!older)
        return older.error();
    view.olderOverdue = *older;
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
    Result<QList<OutOfTouchClient>> owed =
        clientsOutOfTouch(db, query.personId, query.today, query.touchLimit);
    if (!owed)
        return owed.error();
    view.outOfTouch = *owed;
    Result<QList<UpcomingBirthday>> birthdays =
        upcomingBirthdays(db, query.today, query.birthdayDays, query.personId);
    if (!birthdays)
        return birthdays.error();
    view.birthdays = *birthdays;
    Result<RottingDeals> rotting =
        DealRepository(db).rotting(query.personId, QDateTime::currentDateTime(), query.dealLimit);
    if (!rotting)
        return rotting.error();
    view.rotting = *rotting;
    return view;
}

} // namespace kartoteka
