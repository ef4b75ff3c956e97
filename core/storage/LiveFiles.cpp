#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::LiveFiles)
};

// One file however it is named (symlinks, "..", another mount of the same
// folder): device and inode where the system has them. stat() opens nothing.
struct FileKey
{
    QString canonical;
    quint64 device = 0;
    quint64 inode = 0;

    bool sameFile(const FileKey& other) const
    {
        if (inode != 0 && other.inode != 0)
            return device == other.device && inode == other.inode;
        return !canonical.isEmpty() && canonical == other.canonical;
    }
};

FileKey keyOf(const QString& path)
{
    FileKey key;
    const QFileInfo info(path);
    key.canonical = info.canonicalFilePath();
    if (key.canonical.isEmpty())
        key.canonical = QDir::cleanPath(info.absoluteFilePath());
#ifndef Q_OS_WIN
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        key.device = quint64(st.st_dev);
        key.inode = quint64(st.st_ino);
    }
#endif
    return key;
}

struct Registry
{
    QMutex mutex;
    QHash<QString, int> counts; // absolute path → open connections
};

Registry& registry()
{
    static Registry r;
    return r;
}

QString databaseOf(const QString& path)
{
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (path.endsWith(suffix))
            return path.chopped(suffix.size());
    }
    return path;
}

} // namespace

void registerLiveDatabase(const QString& path)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    ++r.counts[QFileInfo(path).absoluteFilePath()];
}

void unregisterLiveDatabase(const QString& path)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    const QString key = QFileInfo(path).absoluteFilePath();
    if (--r.counts[key] <= 0)
        r.counts.remove(key);
}

bool isLiveDatabaseFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    QStringList live;
    {
        Registry& r = registry();
        QMutexLocker lock(&r.mutex);
        live = r.counts.keys();
    }
    if (live.isEmpty())
        return false;
    // The companions are checked by their database's name: they come and go.
    const QStringList candidates{path, databaseOf(path)};
    for (const QString& candidate : candidates) {
        const FileKey key = keyOf(candidate);
        for (const QString& database : live) {
            if (key.sameFile(keyOf(database)))
                return true;
        }
    }
    return false;
}

Status refuseLiveDatabaseFile(const QString& path)
{
    if (!isLiveDatabaseFile(path))
        return Status::success();
    return makeError(ErrorKind::Invalid,
                     Tr::tr("%1 is the open Kartoteka database (or one of its working files). "
                            "Choose another file: this one must only be touched by the database "
                            "itself.")
                         .arg(QDir::toNativeSeparators(path)));
}

Status refuseWritingOverDatabase(const QString& path)
{
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s;
    // Not live in this process, so reading its first bytes drops no lock of ours.
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return Status::success();
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
        return Status::success();
    return makeError(ErrorKind::Invalid,
                     Tr::tr("%1 is a database (perhaps a backup or another shop's file); writing "
                            "over it would destroy it. Choose another file name.")
                         .arg(QDir::toNativeSeparators(path)));
}

Result<QByteArray> readChosenFile(const QString& path)
{
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorKind::Io,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

} // namespace kartoteka
