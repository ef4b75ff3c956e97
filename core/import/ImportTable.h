#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace kartoteka {

// What every import reader (CSV, XLSX, vCard) turns a file into, so that the
// next step (columns to client fields, preview, the import batch) treats every
// source alike.
//
// A cell holds the text as the person would read it in the program that wrote
// the file, and, where the file itself says so (XLSX cell types and number
// formats, a vCard's BDAY), a typed value: double, bool, QDate, QDateTime
// (wall-clock time as written, no zone) or QTime. CSV says nothing about types:
// its cells carry text only.
struct ImportCell
{
    QString text;
    QVariant value; // null when the file gives only text

    bool isEmpty() const { return text.isEmpty() && value.isNull(); }
};

struct ImportRow
{
    // Where the row starts in the file, for messages: the line of a CSV record
    // or of a vCard's BEGIN, the row number of a spreadsheet row.
    int source = 0;
    QList<ImportCell> cells; // column 0 is the sheet's column A; as long as its last filled cell
};

struct ImportSheet
{
    QString name;
    bool hidden = false; // a workbook's hidden sheet (lists, lookups): offered last, if at all
    // Stable keys of the columns when the format names them (vCard: "last_name",
    // "phone_1", "phone_1_type"...); empty when a row of the file holds the
    // headers (CSV, XLSX), which the person picks.
    QStringList columnKeys;
    int columnCount = 0;   // the widest row; empty columns between filled ones are kept
    QList<ImportRow> rows; // rows with no filled cell are left out; `source` keeps the numbering
};

// How the bytes of a text file (CSV, vCard) are turned into characters.
enum class TextEncoding
{
    Detect, // only as a request: the readers report what they found
    Utf8,
    Windows1251,
    Utf16LE,
    Utf16BE,
};

QString textEncodingName(TextEncoding encoding); // "UTF-8", "Windows-1251"... (not translated)
// The encoding a person or script names: "utf-8", "windows-1251" (or "cp1251"),
// "utf-16le" (or "utf-16"), "utf-16be", in any case; "" or "auto" for Detect.
std::optional<TextEncoding> textEncodingNamed(const QString& name);

struct ImportTable
{
    QList<ImportSheet> sheets;                    // in the file's order (a workbook's tab order)
    TextEncoding encoding = TextEncoding::Detect; // the encoding read (text files only)
    QChar separator;                              // CSV only
};

} // namespace kartoteka
