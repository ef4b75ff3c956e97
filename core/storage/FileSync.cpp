#include "storage/FileSync.h"

#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::FileSync)
};
} // namespace

Status syncFileToDisk(const QString& path)
{
    // Closing this descriptor would drop the process's locks on a live database.
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot open %1 to flush it to disk: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
#ifdef Q_OS_WIN
    const bool ok = ::_commit(file.handle()) == 0;
#else
    const bool ok = ::fsync(file.handle()) == 0;
#endif
    if (!ok)
        return makeError(ErrorKind::Io,
                         Tr::tr("Writing %1 to disk failed.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Status syncFolderToDisk(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder); // NTFS makes renames durable without a folder flush.
    return Status::success();
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return makeError(ErrorKind::Io, Tr::tr("Cannot open the folder %1: %2")
                                            .arg(QDir::toNativeSeparators(folder),
                                                 QString::fromLocal8Bit(std::strerror(errno))));
    // Some network file systems refuse fsync on folders (EINVAL); the data
    // itself is already synced, so that is not a failure.
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
    ::close(fd);
    if (!ok)
        return makeError(
            ErrorKind::Io,
            Tr::tr("Writing the folder %1 to disk failed.").arg(QDir::toNativeSeparators(folder)));
    return Status::success();
#endif
}

bool renameWithoutReplacing(const QString& from, const QString& to)
{
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) ==
        0)
        return true;
    if (errno == EEXIST)
        return false;
    // A filesystem without RENAME_NOREPLACE: a hard link fails when the name
    // is taken, atomically too.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    if (errno == EEXIST)
        return false;
#elif defined(Q_OS_UNIX)
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    if (errno == EEXIST)
        return false;
#endif
    // Windows: MoveFileEx without MOVEFILE_REPLACE_EXISTING already refuses
    // an existing target. Elsewhere (no hard links on the share) the last resort.
    return QFile::rename(from, to);
}

} // namespace kartoteka
