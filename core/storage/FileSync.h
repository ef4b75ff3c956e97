#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// Forces a file's data to the disk, so that a backup reported as done survives
// a power cut. On POSIX the folder is synced too, making a rename durable.
Status syncFileToDisk(const QString& path);
Status syncFolderToDisk(const QString& folder);

} // namespace kartoteka
