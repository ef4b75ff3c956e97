#pragma once

#include "import/ClientImport.h"
#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// A report's problems as a CSV file to fix and import again: the header row
// and each problem row of the sheet as read, with the reason in a last column
// (UTF-8 with a byte-order mark and ';', as Excel opens it on Ukrainian
// Windows; cells a spreadsheet would run as formulas kept as text).
Status writeProblemsCsv(const QString& path, const ImportTable& table,
                        const ImportSettings& settings, const ClientImportReport& report);

} // namespace kartoteka
