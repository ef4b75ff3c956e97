#pragma once

#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QString>

namespace kartoteka {

// Our own XLSX reader (Excel 2007+, LibreOffice, Google Sheets, openpyxl,
// libxlsxwriter), over libzip and QXmlStreamReader: every worksheet in tab
// order with its name; shared and inline strings (rich-text runs joined),
// numbers, booleans, formulas' cached values, error values as their text, and
// dates recognised from the cell's number format in the workbook's date
// system. Rows and columns keep their places (column C is index 2, row 5's
// source is 5); rows with nothing in them are left out. A merged range's value
// is in every cell it covers, so a merged header names every column it spans.
//
// Refused as a whole with the part and the cell: an old .xls (the message says
// to save it as .xlsx), a file that is no complete zip, a missing or unreadable
// part, a cell that refers to a shared string that does not exist, more than
// `maxCells` cells or more uncompressed bytes than the archive's budget.
struct XlsxLimits
{
    qint64 maxCells = 10'000'000;                      // 100,000 rows of 100 columns
    qint64 maxUncompressedBytes = 512LL * 1024 * 1024; // all parts together, as inflated
    qint64 maxFileBytes = 256LL * 1024 * 1024; // readXlsxFile (import/ImportFiles): the file itself
};

Result<ImportTable> readXlsx(QByteArray bytes, const XlsxLimits& limits = {});

} // namespace kartoteka
