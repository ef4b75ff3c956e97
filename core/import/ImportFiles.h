#pragma once

#include "import/ImportTable.h"
#include "import/XlsxReader.h"
#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// A workbook the person chose to import, read through storage/LiveFiles'
// readChosenFile: never a live database file or its -wal/-shm/-journal (closing
// a descriptor on one drops every SQLite lock this process holds). Part of
// kartoteka_core, not of the readers' own library: the readers take bytes.
Result<ImportTable> readXlsxFile(const QString& path, const XlsxLimits& limits = {});

// A client file the person chose, by its extension: .xlsx, .csv or .txt (in
// `encoding`, or detected), .vcf or .vcard. An old .xls, or anything else, is
// refused with what to do ("import.xls": save it as .xlsx).
Result<ImportTable> readImportFile(const QString& path,
                                   TextEncoding encoding = TextEncoding::Detect);

} // namespace kartoteka
