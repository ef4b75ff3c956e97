#include "firstrun/BackupPlace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::BackupPlace)
};

QString normalized(const QString& path)
{
    QString p = QDir::cleanPath(QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()));
#ifdef Q_OS_WIN
    p = p.toLower();
#endif
    return p;
}

bool isUnder(const QString& path, const QString& root)
{
    const QString r = normalized(root);
    if (r.endsWith(u'/'))
        return path.startsWith(r) || path == r.chopped(1);
    return path == r || path.startsWith(r + u'/');
}

// Memory, kernel and container file systems, and places no person keeps
// files in: never a backup disk even when writable.
bool isSystemPlace(const Volume& v)
{
    static const QList<QByteArray> fileSystems{
        "tmpfs",      "devtmpfs", "ramfs",    "proc",       "sysfs",   "cgroup",
        "cgroup2",    "overlay",  "squashfs", "autofs",     "debugfs", "tracefs",
        "securityfs", "efivarfs", "pstore",   "bpf",        "mqueue",  "hugetlbfs",
        "configfs",   "fusectl",  "nsfs",     "binfmt_misc"};
    if (fileSystems.contains(v.fileSystem.toLower()))
        return true;
    const QString root = normalized(v.root);
    for (const QString& place : {u"/proc"_s, u"/sys"_s, u"/dev"_s, u"/boot"_s, u"/snap"_s,
                                 u"/var/lib"_s, u"/etc"_s, u"/usr"_s})
        if (root == place || root.startsWith(place + u'/'))
            return true;
    return (root == u"/run"_s || root.startsWith(u"/run/")) && !root.startsWith(u"/run/media/");
}

bool isRemovable(const Volume& v)
{
    const QString root = normalized(v.root);
    return root.startsWith(u"/media/") || root.startsWith(u"/run/media/") ||
           root.startsWith(u"/Volumes/");
}

bool sameVolume(const Volume& a, const Volume& b)
{
    if (!a.device.isEmpty() && !b.device.isEmpty())
        return a.device == b.device;
    return normalized(a.root) == normalized(b.root);
}

} // namespace

QList<Volume> mountedVolumes()
{
    QList<Volume> volumes;
    const QList<QStorageInfo> mounted = QStorageInfo::mountedVolumes();
    for (const QStorageInfo& s : mounted)
        volumes.append({s.rootPath(), s.device(), s.displayName(), s.fileSystemType(),
                        s.isValid() && s.isReady(), s.isReadOnly(),
                        QFileInfo(s.rootPath()).isWritable(), s.bytesAvailable()});
    return volumes;
}

std::optional<Volume> volumeOf(const QString& path, const QList<Volume>& volumes)
{
    const QString p = normalized(path);
    std::optional<Volume> best;
    for (const Volume& v : volumes) {
        if (!isUnder(p, v.root))
            continue;
        if (!best || normalized(v.root).size() > normalized(best->root).size())
            best = v;
    }
    return best;
}

bool onSameDisk(const QString& a, const QString& b, const QList<Volume>& volumes)
{
    const std::optional<Volume> va = volumeOf(a, volumes);
    const std::optional<Volume> vb = volumeOf(b, volumes);
    return va && vb && sameVolume(*va, *vb);
}

BackupPlaceSuggestion suggestBackupPlace(const QString& databasePath, const QList<Volume>& volumes,
                                         const QString& fallback)
{
    const std::optional<Volume> home = volumeOf(databasePath, volumes);
    QList<Volume> candidates;
    for (const Volume& v : volumes) {
        if (!v.ready || v.readOnly || !v.writableRoot || v.bytesAvailable < kMinBackupDiskBytes ||
            isSystemPlace(v))
            continue;
        if (home && sameVolume(v, *home))
            continue;
        // One disk mounted at several places is offered once.
        if (std::any_of(candidates.cbegin(), candidates.cend(),
                        [&](const Volume& c) { return sameVolume(c, v); }))
            continue;
        candidates.append(v);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Volume& a, const Volume& b) {
        if (isRemovable(a) != isRemovable(b))
            return !isRemovable(a);
        return a.bytesAvailable > b.bytesAvailable;
    });
    if (candidates.isEmpty())
        return {fallback, BackupPlaceKind::SameDisk, home ? home->name : QString()};
    const Volume& chosen = candidates.first();
    // A folder of its own, named in the person's language, at the disk's top
    // where it is easy to find when the PC is gone and the disk is all there is.
    return {QDir(chosen.root).absoluteFilePath(Tr::tr("Kartoteka backups")),
            isRemovable(chosen) ? BackupPlaceKind::Removable : BackupPlaceKind::OtherDisk,
            chosen.name.isEmpty() ? QDir::toNativeSeparators(chosen.root) : chosen.name};
}

std::optional<SetupProblem> checkBackupFolder(const QString& folder)
{
    const QString path = folder.trimmed();
    if (path.isEmpty())
        return std::nullopt;
    if (QDir::isRelativePath(QDir::fromNativeSeparators(path)))
        return SetupProblem{
            SetupField::BackupFolder,
            makeError(ErrorKind::Invalid,
                      Tr::tr("Give the backup folder's full path, for example %1.")
                          .arg(QDir::toNativeSeparators(QDir::home().filePath(u"Backups"_s))))};
    if (!QDir().mkpath(path))
        return SetupProblem{
            SetupField::BackupFolder,
            makeError(ErrorKind::Io, Tr::tr("The folder %1 cannot be created. Choose a folder "
                                            "you can write to, or plug in the disk first.")
                                         .arg(QDir::toNativeSeparators(path)))};
    // A folder that exists but refuses files (a read-only share) fails here,
    // not at the first night's backup.
    QTemporaryFile probe(QDir(path).filePath(u".kartoteka-probe-XXXXXX"_s));
    if (!probe.open() || probe.write("ok") != 2 || !probe.flush())
        return SetupProblem{SetupField::BackupFolder,
                            makeError(ErrorKind::Io,
                                      Tr::tr("Kartoteka cannot write into %1. Choose a folder you "
                                             "can write to.")
                                          .arg(QDir::toNativeSeparators(path)),
                                      probe.errorString())};
    return std::nullopt;
}

} // namespace kartoteka
