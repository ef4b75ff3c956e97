#pragma once

#include <QString>
#include <QVariant>

namespace kartoteka {

// What a cell's number format says its number is.
enum class NumberKind
{
    Number,
    Date,     // days only: the format shows no time
    DateTime, // days and a time of day
    Time,     // a time of day (or a duration) only
};

// Built-in formats 14–22 and 45–47 are dates and times; a custom format is one
// when its first section has d/m/y/h/s tokens outside quotes, escapes and
// brackets ([Red], [$-422]), or an elapsed-time bracket ([h], [mm]).
NumberKind numberKindOfFormat(int numFmtId, const QString& formatCode);

// The width of a format made only of zeros ("0000000000", "00000000"): how a
// phone number or a tax ID typed as a number keeps its leading zeros on screen.
// 0 for any other format.
int zeroPaddedWidth(const QString& formatCode);

// A serial number as the date and time it stands for, in the workbook's date
// system: 1900 (day 1 is 1900-01-01, and day 60 is Excel's 1900-02-29 that
// never was, which has no date) or 1904 (day 0 is 1904-01-01). The value is a
// QDate, QDateTime (wall-clock, no zone) or QTime; null when the number is no
// date (day 60 of 1900, negative, past 9999).
QVariant serialToDateValue(double serial, NumberKind kind, bool date1904);

// The text of a date value as cells show it to the person: ISO, unambiguous.
QString dateValueText(const QVariant& value, bool withSeconds);

} // namespace kartoteka
