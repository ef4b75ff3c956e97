#pragma once

#include "firstrun/ShopProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

// A mounted disk as QStorageInfo describes it; a plain value so the
// suggestion can be tested with any set of disks.
struct Volume
{
    QString root;      // "/", "/media/olena/USB", "D:/"
    QByteArray device; // "/dev/sdb1": two roots on one device are one disk
    QString name;      // the disk's label, if any
    QByteArray fileSystem;
    bool ready = true;
    bool readOnly = false;
    // Whether this user may create a folder at the root ("/" or a root-owned
    // /mnt/data on Linux is not; a USB stick under /media/<user> and D:\ are).
    bool writableRoot = true;
    qint64 bytesAvailable = 0;
};

// The disks mounted on this PC now.
QList<Volume> mountedVolumes();

// The disk a path is on (the deepest root that holds it), even when the
// path does not exist yet.
std::optional<Volume> volumeOf(const QString& path, const QList<Volume>& volumes);

// True when both paths are on one disk: one broken disk would take the
// database and its backups together. Unknown disks count as different.
bool onSameDisk(const QString& a, const QString& b, const QList<Volume>& volumes);

enum class BackupPlaceKind
{
    OtherDisk, // a second disk of this PC
    Removable, // a USB stick or an external disk (mounted under /media, /run/media, /Volumes)
    SameDisk,  // nothing else was found: the default folder, beside the database
};

struct BackupPlaceSuggestion
{
    QString folder;
    BackupPlaceKind kind = BackupPlaceKind::SameDisk;
    QString volumeName; // the disk's label or root, for the sentence that explains
};

// Where the daily backups of a database at `databasePath` had better go:
// a folder on another writable disk with room (at least kMinBackupDiskBytes
// free), a fixed disk before a removable one (a stick is not always plugged
// in when the day's backup runs), the most free space first; else
// `fallback` (the default folder) on the same disk.
inline constexpr qint64 kMinBackupDiskBytes = 256LL * 1024 * 1024;
BackupPlaceSuggestion suggestBackupPlace(const QString& databasePath, const QList<Volume>& volumes,
                                         const QString& fallback);

// A backup folder the person chose: it must be creatable and writable
// (checked by creating it and writing a small file there). Empty means the
// default folder and is fine.
std::optional<SetupProblem> checkBackupFolder(const QString& folder);

} // namespace kartoteka
