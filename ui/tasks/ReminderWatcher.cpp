#include "tasks/ReminderWatcher.h"

#include "automation/Automation.h"
#include "language/Formats.h"
#include "main/BackgroundJob.h"
#include "storage/Database.h"
#include "tasks/BirthdayTasks.h"
#include "tasks/DesktopNotifications.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "kartoteka.reminders")

// A first check on this PC, or one after weeks away, reaches back so far:
// older reminders are history, and the Today screen lists their tasks.
constexpr qint64 kLongestLookBackSecs = 7 * 24 * 3600;
constexpr qint64 kFirstLookBackSecs = 24 * 3600;

const QString kTaskKey = u"task:"_s;
const QString kTodayKey = u"today"_s;

} // namespace

ReminderWatcher::ReminderWatcher(Database& db, DesktopNotifications& notifications, QObject* parent)
    : QObject(parent), m_db(db), m_notifications(notifications),
      m_dailyWork(new BackgroundJob(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const Result<int> shown = checkNow(); !shown)
            qCWarning(lcReminders) << "reminders not checked:" << shown.error().message;
        scheduleNext();
    });
    connect(&m_notifications, &DesktopNotifications::activated, this, [this](const QString& key) {
        if (key.startsWith(kTaskKey))
            emit taskRequested(key.mid(kTaskKey.size()).toLongLong());
        else if (key == kTodayKey)
            emit todayRequested();
    });
}

void ReminderWatcher::startDailyWork(const QDate& today)
{
    // As each day begins: the birthday greetings the contact types ask for
    // and the daily automation rules, on a connection of their own off the
    // window's thread (at 100,000 clients a first day's rules take seconds).
    // Each runs once per event, whichever window or PC comes first, so a
    // retry a minute later is harmless.
    struct Outcome
    {
        Status greetings;
        Status rules;
    };
    m_dailyWork->run(
        [options = m_db.reopenOptions(), today]() -> Outcome {
            Result<std::unique_ptr<Database>> own = Database::open(options);
            if (!own)
                return {own.error(), own.error()};
            const Result<int> made = makeBirthdayTasks(**own, today);
            const Result<int> ran = runDailyRules(**own, today);
            return {made ? Status::success() : Status(made.error()),
                    ran ? Status::success() : Status(ran.error())};
        },
        [this, today](const Outcome& outcome) {
            if (!outcome.greetings)
                qCWarning(lcReminders)
                    << "birthday greetings not set:" << outcome.greetings.error().message;
            if (!outcome.rules)
                qCWarning(lcReminders) << "daily rules not run:" << outcome.rules.error().message;
            if (outcome.greetings && outcome.rules)
                m_dailyWorkDone = today;
        });
}

void ReminderWatcher::start()
{
    m_timer.start(0);
}

void ReminderWatcher::scheduleNext()
{
    // A second into the next minute: a reminder set for 10:15 shows at 10:15.
    const QDateTime now = QDateTime::currentDateTime();
    const int msIntoMinute = now.time().second() * 1000 + now.time().msec();
    m_timer.start(60 * 1000 - msIntoMinute + 1000);
}

QString ReminderWatcher::settingsKey() const
{
    // Per database and person: this PC's last check of their reminders.
    const QByteArray where =
        QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"reminders/lastCheck-%1-%2"_s.arg(QString::fromLatin1(where))
        .arg(m_db.principal().accountId);
}

Result<int> ReminderWatcher::checkNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    if (m_dailyWorkDone != now.date() && !m_dailyWork->isRunning())
        startDailyWork(now.date());
    QSettings settings;
    QDateTime since = settings.value(settingsKey()).toDateTime();
    if (!since.isValid())
        since = now.addSecs(-kFirstLookBackSecs);
    since = std::max(since, now.addSecs(-kLongestLookBackSecs));
    Result<QList<DueReminder>> due = remindersToShow(m_db, m_db.principal().accountId, since, now);
    if (!due)
        return due.error();
    settings.setValue(settingsKey(), now);
    if (due->size() > kSeparateNotices) {
        QStringList titles;
        for (const DueReminder& r : *due)
            titles << r.title;
        m_notifications.show({kTodayKey, tr("%n reminder(s)", nullptr, int(due->size())),
                              QLocale().createSeparatedList(titles)});
    } else {
        for (const DueReminder& r : *due)
            m_notifications.show(noticeOf(r));
    }
    return int(due->size());
}

Notice ReminderWatcher::noticeOf(const DueReminder& reminder) const
{
    const QDate today = QDate::currentDate();
    const QDate day = reminder.start.date();
    const QString time = QLocale().toString(reminder.start.time(), QLocale::ShortFormat);
    const bool wholeDay = reminder.wholeDay;
    QString when;
    if (day == today)
        when = wholeDay ? tr("Today") : tr("Today at %1").arg(time);
    else if (day == today.addDays(1))
        when = wholeDay ? tr("Tomorrow") : tr("Tomorrow at %1").arg(time);
    else
        when = wholeDay ? formatDate(day) : tr("%1 at %2").arg(formatDate(day), time);
    const QString body =
        reminder.clientName.isEmpty() ? when : u"%1 · %2"_s.arg(when, reminder.clientName);
    return {kTaskKey + QString::number(reminder.taskId), reminder.title, body};
}

} // namespace kartoteka::ui
