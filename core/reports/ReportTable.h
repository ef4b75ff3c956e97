#pragma once

#include "storage/Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QVariant>

namespace kartoteka {

// What a cell holds, so the screen, CSV and Excel each show it their way:
// money stays a number in minor units until it is shown.
enum class CellKind
{
    Text,
    Count,
    Money,   // qint64 minor units
    Percent, // a share, 0..1
    Days,    // double
    Date     // QDate
};

struct ReportColumn
{
    QString title;
    CellKind kind = CellKind::Text;
};

// One report's table, as shown beside its chart and as exported.
struct ReportTable
{
    QString title;
    QString currency;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
};

// A cell as the screen shows it (money with the currency, shares as 12.3 %).
QString displayCell(const ReportTable& table, int row, int column);

// CSV for Excel: UTF-8 with a byte-order mark so Cyrillic opens right, and
// the separator and decimal mark Excel expects in the user's locale (";" and
// "," where the decimal mark is a comma).
struct CsvStyle
{
    QChar separator = u',';
    QChar decimal = u'.';
    static CsvStyle forSystemLocale();
};
QByteArray csvOf(const ReportTable& table, const CsvStyle& style);
Status writeCsv(const ReportTable& table, const QString& path, const CsvStyle& style);

// An Excel workbook with one sheet: a bold header, numbers as numbers (money
// with two decimals, shares as percentages, dates as dates).
Status writeXlsx(const ReportTable& table, const QString& path);

} // namespace kartoteka
