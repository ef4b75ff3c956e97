#pragma once

#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kartoteka {

// A CSV file as exported by accounting software and spreadsheets: text as
// decodeText() reads it (UTF-8 with or without a mark, UTF-16 with a mark,
// Windows-1251), separated by ';', ',', tabs or '|' (whichever the first line
// uses most outside quotes), fields quoted with '"' when needed, line breaks
// inside quotes kept. Refused as a whole: a file mixing UTF-8 and 1251 lines,
// and a file cut off in the middle of a row (an unterminated quote, a short
// last row with no line end). Blank lines are skipped.

// Every record as an import table of one sheet (no types: CSV has none).
Result<ImportTable> readCsvTable(const QByteArray& bytes,
                                 TextEncoding encoding = TextEncoding::Detect);

// The first record as the header, the rest as rows (the product catalog's import).
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // as many fields as found: callers check them against the header
    QList<int> lineNumbers;  // the file's line number of each row, for messages
};

Result<CsvTable> readCsv(const QByteArray& bytes);

} // namespace kartoteka
