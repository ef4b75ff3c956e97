#include "tasks/Task.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Task)
};

} // namespace

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Done:
        return u"done"_s;
    case TaskState::Cancelled:
        return u"cancelled"_s;
    case TaskState::Open:
        break;
    }
    return u"open"_s;
}

std::optional<TaskState> taskStateFromName(const QString& name)
{
    for (TaskState state : {TaskState::Open, TaskState::Done, TaskState::Cancelled}) {
        if (taskStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

Result<TaskReminder> parseReminder(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression before(u"^(\\d{1,5})\\s*([mhd])$"_s);
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch m = before.match(trimmed); m.hasMatch()) {
        const int unit = m.captured(2) == u"d" ? 24 * 60 : m.captured(2) == u"h" ? 60 : 1;
        const qint64 minutes = m.captured(1).toLongLong() * unit;
        if (minutes <= kLongestReminderMinutes)
            return TaskReminder{int(minutes), {}};
    }
    const QDateTime at = QDateTime::fromString(trimmed, u"yyyy-MM-ddTHH:mm"_s);
    if (at.isValid()) {
        const QDateTime local(at.date(), at.time(), zone);
        if (local.isValid())
            return TaskReminder{-1, local.toUTC()};
    }
    return makeError(ErrorKind::Invalid,
                     Tr::tr("\"%1\" is not a reminder: give minutes, hours or days before the "
                            "task (15m, 2h, 1d, up to 30 days) or a moment, YYYY-MM-DDTHH:MM.")
                         .arg(text));
}

QString reminderText(const TaskReminder& reminder)
{
    if (reminder.minutesBefore < 0)
        return reminder.at.toString(Qt::ISODate);
    const int m = reminder.minutesBefore;
    if (m > 0 && m % (24 * 60) == 0)
        return u"%1d"_s.arg(m / (24 * 60));
    if (m > 0 && m % 60 == 0)
        return u"%1h"_s.arg(m / 60);
    return u"%1m"_s.arg(m);
}

bool TaskOccurrence::isOverdue(const QDateTime& now) const
{
    if (state != TaskState::Open)
        return false;
    if (wholeDay)
        return start.date() < now.toTimeZone(start.timeZone()).date();
    return start < now;
}

} // namespace kartoteka
