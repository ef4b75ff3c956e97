#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kartoteka {

// A CSV file as exported by accounting software and spreadsheets: UTF-8 (with
// or without BOM), UTF-16 with a BOM (Excel's "Unicode text") or
// Windows-1251, separated by ';', ',' or tabs (whichever the header line uses
// most), fields quoted with '"' when needed. Refused as a whole: a file mixing
// UTF-8 and 1251 lines (the message names the line) and a file cut off in the
// middle of a row (an unterminated quote, a short last row with no line end).
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // as many fields as found: callers check them against the header
    QList<int> lineNumbers;  // the file's line number of each row, for messages
};

Result<CsvTable> readCsv(const QByteArray& bytes);

} // namespace kartoteka
