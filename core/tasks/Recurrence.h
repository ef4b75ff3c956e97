#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kartoteka {

// Repeating tasks follow RFC 5545 recurrence rules ("FREQ=WEEKLY;BYDAY=MO,TH",
// "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1" for the last working day,
// "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", with COUNT or UNTIL), expanded by
// libical. A task repeats by days: its time of day stays the same local time
// (a change of daylight-saving time moves it in UTC, not on the clock), so
// the rules are expanded over dates, and rules by the hour or finer are
// refused.

// ErrorKind::Invalid, saying what is wrong, unless `rule` is a rule a task
// may repeat by.
Status checkRepeatRule(const QString& rule);

// The days of the series whose first day is `first` that fall within
// [from, to], in order; at most `limit` of them.
Result<QList<QDate>> occurrenceDays(const QString& rule, const QDate& first, const QDate& from,
                                    const QDate& to, int limit = 5000);

// The last day of a series that ends (COUNT or UNTIL), or a null date for
// one that repeats for ever: a period's tasks leave out series already over.
Result<QDate> lastOccurrenceDay(const QString& rule, const QDate& first);

// Whether `day` is a day of the series (an occurrence one may change alone).
Result<bool> isOccurrenceDay(const QString& rule, const QDate& first, const QDate& day);

// The repeats a form offers; any other rule (from the command line) is
// Custom and kept as written.
enum class RepeatChoice
{
    Once,
    Daily,
    Weekly,         // on the first day's weekday
    Monthly,        // on the first day's date (a shorter month skips it, as calendars do)
    LastWorkingDay, // of each month, Monday to Friday
    Yearly,
    Custom
};

// The rule of `choice`, ending on `until` (a null date: never); empty for
// Once. Custom has no rule of its own: the caller keeps the one it has.
QString repeatRuleFor(RepeatChoice choice, const QDate& until = {});
// Which choice `rule` is, and the day it ends on (null: never or by a count).
RepeatChoice repeatChoiceOf(const QString& rule, QDate* until = nullptr);

} // namespace kartoteka
