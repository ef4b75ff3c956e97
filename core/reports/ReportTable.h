#pragma once

#include "reports/ReportDrill.h"
#include "storage/Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

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
    // The column's name in `kartoteka-cli report --json` (never translated):
    // "reached", "won_minor" (money in minor units ends in _minor).
    QString key;
};

// One report's table, as shown beside its chart, exported, and printed by
// `kartoteka-cli report`.
struct ReportTable
{
    QString title;
    QString currency;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    // What each row opens (row k: opens[k]); none for a row beyond it.
    QList<ReportDrill> opens;
    // The table's name in --json ("stages", "rows"), never translated.
    QString key;

    ReportDrill opensAt(int row) const { return opens.value(row); }
};

// A cell as the screen shows it (money with the currency, shares as 12.3 %).
QString displayCell(const ReportTable& table, int row, int column);

// Text a spreadsheet would run as a formula (OWASP "CSV injection"): it starts
// with =, +, -, @, a tab or a carriage return and is not a plain number.
bool looksLikeFormula(const QString& text);
// Such text with a leading single quote, so a spreadsheet shows it as text.
QString neutraliseFormula(const QString& text);

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
// with two decimals, shares as percentages, dates as dates), formula-like
// text quoted as in CSV. A text longer than a cell can hold is an Invalid
// error and no file is written.
Status writeXlsx(const ReportTable& table, const QString& path);

// Why a file could not be written, and what to do: another folder when
// the folder is missing or not writable, else another folder or more room.
Error cannotWriteFile(const QString& path, const QString& why);
// The whole of `bytes` into the file the person chose (an export, a PDF), or
// nothing: written aside and renamed, never over a database
// (storage/LiveFiles.h).
Status writeChosenFile(const QString& path, const QByteArray& bytes);
// Whether writeChosenFile could write `path` (not over a database, not a
// folder, in a folder that exists and may be written), asked before work
// that must not be done for nothing: a document issued takes its number.
Status checkFileTarget(const QString& path);

enum class TableFileFormat
{
    Csv,
    Xlsx
};
// "csv" or "xlsx", in any case.
std::optional<TableFileFormat> tableFileFormatFromName(const QString& name);
// What the reports screen's Export and `kartoteka-cli report --out` write:
// CSV in the style of the system's locale, or a workbook.
Status exportTable(const ReportTable& table, const QString& path, TableFileFormat format);

} // namespace kartoteka
