#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace kartoteka {

class Database;

// A reminder whose moment has come: of which task and which occurrence.
struct DueReminder
{
    qint64 reminderId = 0;
    qint64 taskId = 0;
    QDate occursOn; // the occurrence's day in its series (the task's day when once)
    QString title;
    qint64 clientId = 0;
    QString clientName;
    QDateTime start; // when the occurrence is due, local (its midnight for a whole day)
    bool wholeDay = false;
    QDateTime remindAt;
};

// The reminders of `responsibleId`'s open tasks whose moment lies in
// (since, now] and that no PC or window of theirs has shown yet, earliest
// first. `since` reaches back over a time the program was closed: those
// missed are shown at the next start. Each reminder keeps its next moment
// (scheduleReminders), so a minute with nothing due reads one index range;
// the reminders found then wait for their next moment after `now`. Run as
// the principal of `db`, the person reminded.
Result<QList<DueReminder>> dueReminders(Database& db, qint64 responsibleId, const QDateTime& since,
                                        const QDateTime& now,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone());

// Sets the next moment of each reminder of the tasks `taskIds`: the first
// one after `after` of an open occurrence not reminded of yet (none for a
// task done or cancelled). Whoever writes a task calls it in the same
// transaction, with `after` a little before now so that a check between
// two minutes misses nothing.
Status scheduleReminders(QSqlDatabase& db, const QList<qint64>& taskIds, const QDateTime& after,
                         const QTimeZone& zone);

// Takes the showing of one reminder of one occurrence for this PC: true for
// the first to ask, false for every later one (another window, another PC
// of the same person), so each reminder is shown once.
Result<bool> claimReminder(Database& db, const DueReminder& reminder);

// What this PC shows now: the due reminders (dueReminders) it claimed, so a
// reminder reaches its person once however many windows and PCs they have
// signed in. A reminder another one claimed first is left out.
Result<QList<DueReminder>> remindersToShow(Database& db, qint64 responsibleId,
                                           const QDateTime& since, const QDateTime& now,
                                           const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace kartoteka
