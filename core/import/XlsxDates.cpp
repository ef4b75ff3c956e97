#include "import/XlsxDates.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

NumberKind numberKindOfFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17))
        return NumberKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberKind::Time;
    if (numFmtId == 22)
        return NumberKind::DateTime;
    if (numFmtId < 164 || formatCode.isEmpty())
        return NumberKind::Number;

    bool date = false;
    bool time = false;
    bool month = false; // 'm' is minutes next to h or s, a month otherwise
    const QString code = formatCode;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break; // only the first (positive numbers') section
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a padding or a fill: literal
            continue;
        }
        if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                break;
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() && (inside.count(inside.at(0)) == inside.size()) &&
                (inside.at(0) == u'h' || inside.at(0) == u'm' || inside.at(0) == u's'))
                time = true; // [h]:mm elapsed time
            i = end;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'd':
        case u'y':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true;
            break;
        default:
            break;
        }
    }
    if (month && !time)
        date = true;
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

int zeroPaddedWidth(const QString& formatCode)
{
    const QString first = formatCode.section(u';', 0, 0);
    if (first.size() < 2 || first.size() > 20)
        return 0;
    for (QChar c : first)
        if (c != u'0')
            return 0;
    return int(first.size());
}

QVariant serialToDateValue(double serial, NumberKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return {};
    double wholeDays = std::floor(serial);
    qint64 seconds = std::llround((serial - wholeDays) * 86400.0);
    if (seconds >= 86400) {
        wholeDays += 1;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (kind == NumberKind::Time)
        return time; // as the cell shows it: the time of day
    auto days = qint64(wholeDays);
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 60)
            return {}; // 1900-02-29: Lotus's bug, kept by Excel; no such day
        if (days == 0 && kind != NumberKind::Time)
            return {}; // "1900-01-00"
        if (days < 60)
            days += 1;
        date = QDate(1899, 12, 30).addDays(days);
    }
    if (kind == NumberKind::Date)
        return date;
    return QDateTime(date, time, Qt::UTC);
}

QString dateValueText(const QVariant& value, bool withSeconds)
{
    const QString timeFormat = withSeconds ? u"HH:mm:ss"_s : u"HH:mm"_s;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(timeFormat);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(u"yyyy-MM-dd "_s + timeFormat);
    default:
        return value.toString();
    }
}

} // namespace kartoteka
