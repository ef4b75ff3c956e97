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

} // namespace kartoteka
