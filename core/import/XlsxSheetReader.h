#pragma once

#include "import/ImportTable.h"
#include "import/XlsxParts.h"
#include "storage/Result.h"

namespace kartoteka {

// One worksheet part into a sheet of the import table. `cellBudget` is what is
// left of the workbook's cell limit; the cells stored are taken from it.
Result<ImportSheet> readXlsxSheet(XlsxArchive& archive, const XlsxWorkbookParts& parts,
                                  const XlsxSheetRef& sheet, qint64& cellBudget, qint64 cellCap);

// "C5" as column 2, row 5; false for anything else (columns beyond XFD, row 0).
bool parseCellReference(QStringView ref, int& column, int& row);

} // namespace kartoteka
