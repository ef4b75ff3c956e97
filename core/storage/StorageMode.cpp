#include "storage/StorageMode.h"

#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::StorageMode)
};
} // namespace

QString storageModeName(StorageMode mode)
{
    return mode == StorageMode::Shared ? u"shared"_s : u"local"_s;
}

QString storageModeDisplayName(StorageMode mode)
{
    return mode == StorageMode::Shared ? Tr::tr("shared folder (several PCs)")
                                       : Tr::tr("local (this PC)");
}

std::optional<ModeChoice> modeChoiceFromName(const QString& name)
{
    if (name == u"auto" || name.isEmpty())
        return ModeChoice::Automatic;
    if (name == u"local")
        return ModeChoice::Local;
    if (name == u"shared")
        return ModeChoice::Shared;
    return std::nullopt;
}

QString modeChoiceName(ModeChoice choice)
{
    switch (choice) {
    case ModeChoice::Local:
        return u"local"_s;
    case ModeChoice::Shared:
        return u"shared"_s;
    case ModeChoice::Automatic:
        break;
    }
    return u"auto"_s;
}

bool isNetworkFileSystemName(const QString& typeName)
{
    const QString t = typeName.toLower();
    static const char* const kNetwork[] = {
        "nfs",   "nfs4",       "cifs", "smb",       "smb2",          "smb3",
        "smbfs", "afpfs",      "afs",  "webdav",    "ncpfs",         "9p",
        "coda",  "fuse.sshfs", "ceph", "glusterfs", "fuse.glusterfs"};
    for (const char* name : kNetwork) {
        if (t == QLatin1StringView(name))
            return true;
    }
    return false;
}

bool isNetworkFileSystemMagic(unsigned long magic)
{
    switch (magic) {
    case 0x6969UL:     // NFS_SUPER_MAGIC
    case 0x517BUL:     // SMB_SUPER_MAGIC
    case 0xFF534D42UL: // CIFS_MAGIC_NUMBER
    case 0xFE534D42UL: // SMB2_MAGIC_NUMBER
    case 0x564CUL:     // NCP_SUPER_MAGIC
    case 0x5346414FUL: // AFS_SUPER_MAGIC
    case 0x73757245UL: // CODA_SUPER_MAGIC
    case 0x01021997UL: // V9FS_MAGIC
    case 0x00C36400UL: // CEPH_SUPER_MAGIC
        return true;
    default:
        return false;
    }
}

bool isUncPath(const QString& path)
{
    return path.startsWith(u"\\\\") || path.startsWith(u"//");
}

namespace {

// The file if it exists, else the nearest existing folder above it.
QString existingAncestor(const QString& path)
{
    QFileInfo info(path);
    if (info.exists())
        return info.absoluteFilePath();
    QDir dir = info.absoluteDir();
    while (!dir.exists() && dir.cdUp()) {
    }
    return dir.absolutePath();
}

} // namespace

StorageMode detectStorageMode(const QString& databasePath)
{
    if (isUncPath(databasePath))
        return StorageMode::Shared;
    const QString probe = existingAncestor(databasePath);
#if defined(Q_OS_LINUX)
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(probe).constData(), &fs) == 0 &&
        isNetworkFileSystemMagic(static_cast<unsigned long>(fs.f_type)))
        return StorageMode::Shared;
    // FUSE mounts (sshfs, glusterfs) share one magic; the mount table names them.
    if (isNetworkFileSystemName(QString::fromLatin1(QStorageInfo(probe).fileSystemType())))
        return StorageMode::Shared;
    return StorageMode::Local;
#elif defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD)
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(probe).constData(), &fs) == 0 &&
        isNetworkFileSystemName(QString::fromLatin1(fs.f_fstypename)))
        return StorageMode::Shared;
    return StorageMode::Local;
#elif defined(Q_OS_WIN)
    const QString root = QDir::toNativeSeparators(QFileInfo(probe).absoluteFilePath().left(3));
    if (GetDriveTypeW(reinterpret_cast<const wchar_t*>(root.utf16())) == DRIVE_REMOTE)
        return StorageMode::Shared;
    return StorageMode::Local;
#else
    Q_UNUSED(probe);
    return StorageMode::Local;
#endif
}

StorageMode resolveStorageMode(ModeChoice choice, const QString& databasePath)
{
    switch (choice) {
    case ModeChoice::Local:
        return StorageMode::Local;
    case ModeChoice::Shared:
        return StorageMode::Shared;
    case ModeChoice::Automatic:
        break;
    }
    const StorageMode mode = detectStorageMode(databasePath);
    qCInfo(lcStorage) << "storage mode for" << databasePath << "detected as"
                      << storageModeName(mode);
    return mode;
}

} // namespace kartoteka
