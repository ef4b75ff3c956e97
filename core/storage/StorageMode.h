#pragma once

#include <QString>

#include <optional>

namespace kartoteka {

// local: one PC, WAL journal. shared: a file on a network folder used by several
// PCs, rollback journal (WAL needs shared memory that only exists on one host).
enum class StorageMode
{
    Local,
    Shared
};

// What the person asked for: decide from where the file lives, or force a mode.
enum class ModeChoice
{
    Automatic,
    Local,
    Shared
};

QString storageModeName(StorageMode mode);        // "local" / "shared", for JSON and settings
QString storageModeDisplayName(StorageMode mode); // translated, for the status bar
std::optional<ModeChoice> modeChoiceFromName(const QString& name); // "auto", "local", "shared"
QString modeChoiceName(ModeChoice choice);

// True for file system type names that mean "the file lives on another machine"
// (as reported by statfs on macOS/BSD, /proc/mounts or QStorageInfo on Linux).
bool isNetworkFileSystemName(const QString& typeName);
// True for Linux statfs f_type magic numbers of network file systems.
bool isNetworkFileSystemMagic(unsigned long magic);
// True for Windows paths that name another machine (\\server\share\...).
bool isUncPath(const QString& path);

// Where the file (or, for a file not created yet, its folder) lives.
StorageMode detectStorageMode(const QString& databasePath);
StorageMode resolveStorageMode(ModeChoice choice, const QString& databasePath);

} // namespace kartoteka
