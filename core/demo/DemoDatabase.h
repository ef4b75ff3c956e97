#pragma once

#include "demo/DemoData.h"
#include "storage/StorageMode.h"

#include <QString>

namespace kartoteka {

// Makes a new database full of demo data at `path`, where no file may be yet.
// It is built in a temporary file beside it and moved into place only when
// complete, so a run that is killed half-way leaves no half-filled database
// (only its temporary file, which the next run removes).
Result<DemoReport>
createDemoDatabase(const QString& path, ModeChoice mode, const DemoOptions& options,
                   const std::function<void(int done, int total)>& progress = {});

} // namespace kartoteka
