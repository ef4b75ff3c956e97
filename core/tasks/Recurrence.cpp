#include "tasks/Recurrence.h"

#include <QRegularExpression>

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Recurrence)
};

Error notARule(const QString& rule)
{
    return makeError(ErrorKind::Invalid,
                     Tr::tr("\"%1\" is not a repeat rule: write it as in a calendar, e.g. "
                            "FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12.")
                         .arg(rule));
}

icaltimetype dayOf(const QDate& date)
{
    // All fields zero but the date's: icaltime_null_date()'s others make
    // the iterator repeat or never end.
    icaltimetype t{};
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

QDate dateOf(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

struct IteratorFree
{
    void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorFree>;

// The parsed rule, or the error saying it is none.
Result<icalrecurrencetype> parse(const QString& rule)
{
    // Errors are values here: libical must not abort on a bad rule.
    icalerror_set_errors_are_fatal(0);
    icalerror_clear_errno();
    const QByteArray text = rule.trimmed().toUpper().toUtf8();
    if (text.isEmpty() || text.startsWith("RRULE:"))
        return notARule(rule);
    const icalrecurrencetype parsed = icalrecurrencetype_from_string(text.constData());
    if (parsed.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
        return notARule(rule);
    // A task's time of day is its own: a rule's hours or minutes would be
    // ignored without a word.
    const bool byTime = parsed.by_hour[0] != ICAL_RECURRENCE_ARRAY_MAX ||
                        parsed.by_minute[0] != ICAL_RECURRENCE_ARRAY_MAX ||
                        parsed.by_second[0] != ICAL_RECURRENCE_ARRAY_MAX;
    if (parsed.freq == ICAL_SECONDLY_RECURRENCE || parsed.freq == ICAL_MINUTELY_RECURRENCE ||
        parsed.freq == ICAL_HOURLY_RECURRENCE || byTime)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A task repeats daily, weekly, monthly or yearly, not by the "
                                "hour or minute."));
    return parsed;
}

Result<Iterator> iterate(const QString& rule, const QDate& first)
{
    Result<icalrecurrencetype> parsed = parse(rule);
    if (!parsed)
        return parsed.error();
    Iterator it(icalrecur_iterator_new(*parsed, dayOf(first)));
    if (!it)
        return notARule(rule);
    return it;
}

} // namespace

Status checkRepeatRule(const QString& rule)
{
    Result<Iterator> it = iterate(rule, QDate(2026, 1, 1));
    if (!it)
        return it.error();
    return Status::success();
}

Result<QList<QDate>> occurrenceDays(const QString& rule, const QDate& first, const QDate& from,
                                    const QDate& to, int limit)
{
    Result<Iterator> it = iterate(rule, first);
    if (!it)
        return it.error();
    QList<QDate> days;
    // The series is walked from its first day: COUNT counts from there.
    for (icaltimetype t = icalrecur_iterator_next(it->get()); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it->get())) {
        const QDate day = dateOf(t);
        if (!day.isValid() || day > to || days.size() >= limit)
            break;
        if (day >= from)
            days.append(day);
    }
    return days;
}

Result<QDate> lastOccurrenceDay(const QString& rule, const QDate& first)
{
    Result<icalrecurrencetype> parsed = parse(rule);
    if (!parsed)
        return parsed.error();
    if (parsed->count == 0 && icaltime_is_null_time(parsed->until))
        return QDate();
    Result<Iterator> it = iterate(rule, first);
    if (!it)
        return it.error();
    QDate last;
    // A finite rule ends; the bound only guards against one that never does.
    for (int n = 0; n < 100000; ++n) {
        const icaltimetype t = icalrecur_iterator_next(it->get());
        if (icaltime_is_null_time(t))
            break;
        last = dateOf(t);
    }
    return last.isValid() ? last : first;
}

Result<bool> isOccurrenceDay(const QString& rule, const QDate& first, const QDate& day)
{
    Result<QList<QDate>> days = occurrenceDays(rule, first, day, day, 1);
    if (!days)
        return days.error();
    return !days->isEmpty();
}

namespace {

struct Preset
{
    RepeatChoice choice;
    const char16_t* rule;
};

constexpr Preset kPresets[] = {
    {RepeatChoice::Daily, u"FREQ=DAILY"},
    {RepeatChoice::Weekly, u"FREQ=WEEKLY"},
    {RepeatChoice::Monthly, u"FREQ=MONTHLY"},
    {RepeatChoice::LastWorkingDay, u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"},
    {RepeatChoice::Yearly, u"FREQ=YEARLY"},
};

} // namespace

QString repeatRuleFor(RepeatChoice choice, const QDate& until)
{
    for (const Preset& p : kPresets) {
        if (p.choice == choice)
            return QString::fromUtf16(p.rule) +
                   (until.isValid() ? u";UNTIL="_s + until.toString(u"yyyyMMdd"_s) : QString());
    }
    return {};
}

RepeatChoice repeatChoiceOf(const QString& rule, QDate* until)
{
    if (until)
        *until = QDate();
    QString base = rule.trimmed().toUpper();
    if (base.isEmpty())
        return RepeatChoice::Once;
    static const QRegularExpression untilPart(u";UNTIL=(\\d{8})(T\\d{6}Z?)?$"_s);
    QDate ends;
    if (const QRegularExpressionMatch m = untilPart.match(base); m.hasMatch()) {
        ends = QDate::fromString(m.captured(1), u"yyyyMMdd"_s);
        base.truncate(m.capturedStart());
    }
    for (const Preset& p : kPresets) {
        if (base == QString::fromUtf16(p.rule)) {
            if (until)
                *until = ends;
            return p.choice;
        }
    }
    return RepeatChoice::Custom;
}

} // namespace kartoteka
