#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace kartoteka {

// How dates, times, money and numbers are written on screen, in the CLI and in
// exports: from the locale (QLocale() is the one useLanguage() chose), with
// Kartoteka's own choices on top of it, in one place so no screen drifts.

// The locale's short date with a four-digit year ("30.11.2026", "30/11/2026"):
// a two-digit year is ambiguous for birthdays.
QString dateFormat(const QLocale& locale = QLocale());
QString formatDate(const QDate& date, const QLocale& locale = QLocale());
// The date and the locale's short time: what formatDateTime() writes and a
// date-time field shows ("dd.MM.yyyy HH:mm").
QString dateTimeFormat(const QLocale& locale = QLocale());
// The date and the locale's short time, in local time ("30.11.2026 09:05").
QString formatDateTime(const QDateTime& when, const QLocale& locale = QLocale());
// A whole number with the locale's thousands separators ("12 345", "12,345").
QString formatNumber(qint64 value, const QLocale& locale = QLocale());
// How the locale writes a currency: "грн" for the hryvnia in Ukrainian and
// Russian (as on a shop's price tags), "₴" in English; the ISO code for a
// currency without a usual sign.
QString currencySign(const QString& currency, const QLocale& locale = QLocale());
// An amount in minor units with its currency, exact at any size, the sign
// where the locale puts it: "1 250,50 грн", "₴1,250.50".
QString formatMoney(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
// Shops in Ukraine count weeks from Monday, whatever an English system says.
Qt::DayOfWeek firstDayOfWeek();

// Sentences written as clauses of one: each one's closing full stop dropped
// before the separator and at the end, so a list of reasons reads
// "…1 250,50; line 3…" and never "…1 250,50.; line 3…". An ellipsis stays.
QString joinClauses(const QStringList& parts, const QString& separator = QStringLiteral("; "));

} // namespace kartoteka
