#pragma once

#include "tasks/Reminders.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class BackgroundJob;
class DesktopNotifications;
struct Notice;

// Checks every minute, while the window is open, for the signed-in person's
// reminders (and, once a day and off its thread, sets the birthday greetings, BirthdayTasks.h, and
// runs the daily automation rules, automation/Automation.h) and shows each through
// `notifications` once (the PCs and windows of one person share each reminder: remindersToShow).
// The first check, at start, reaches back to this PC's last check, so reminders missed while the
// program was closed are shown then.
class ReminderWatcher : public QObject
{
    Q_OBJECT
public:
    ReminderWatcher(Database& db, DesktopNotifications& notifications, QObject* parent = nullptr);

    // Checks now, then at the start of each minute.
    void start();
    // One check: how many reminders it showed. When the database cannot be
    // read, the next minute tries again from the same last check.
    Result<int> checkNow();

    // More than this many at once (after days away) come as one notice that
    // opens Today, not a stack of them.
    static constexpr int kSeparateNotices = 3;

signals:
    void taskRequested(qint64 taskId);
    void todayRequested();

private:
    void scheduleNext();
    void startDailyWork(const QDate& today);
    QString settingsKey() const;
    Notice noticeOf(const DueReminder& reminder) const;

    Database& m_db;
    DesktopNotifications& m_notifications;
    QTimer m_timer;
    BackgroundJob* m_dailyWork;
    QDate m_dailyWorkDone;
};

} // namespace kartoteka::ui
