#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// Forces a file's data to the disk, so that a backup reported as done survives
// a power cut. On POSIX the folder is synced too, making a rename durable.
Status syncFileToDisk(const QString& path);
Status syncFolderToDisk(const QString& folder);

// Renames `from` to `to` unless `to` exists, atomically: two programs finishing
// a backup in the same second never replace each other's file. QFile::rename
// checks for the target and then renames, which leaves a gap between the two.
// False when `to` exists or the rename failed.
bool renameWithoutReplacing(const QString& from, const QString& to);

} // namespace kartoteka
