#include "demo/DemoDatabase.h"

#include "demo/DemoShop.h"
#include "storage/FileSync.h"
#include "storage/Sessions.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Demo)
};

const QString kPartialMark = u".partial-"_s;

void removeWithCompanions(const QString& file)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(file + suffix);
}

// Temporary files of earlier runs on this PC that were killed: their process
// is gone, so nothing holds them open.
void removeAbandonedPartials(const QString& target)
{
    const QFileInfo info(target);
    const QString prefix = info.fileName() + kPartialMark;
    const QStringList found = info.dir().entryList({prefix + u'*'}, QDir::Files | QDir::Hidden);
    for (const QString& name : found) {
        bool isPid = false;
        const qint64 pid = name.mid(prefix.size()).toLongLong(&isPid);
        if (isPid && !processIsAlive(pid))
            removeWithCompanions(info.dir().filePath(name));
    }
}

} // namespace

Result<DemoReport> createDemoDatabase(const QString& path, ModeChoice mode,
                                      const DemoOptions& options,
                                      const std::function<void(int, int)>& progress)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (QFileInfo::exists(target))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 already exists. Demo data goes into a new database: give a path "
                   "where there is no file yet.")
                .arg(QDir::toNativeSeparators(target)));
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    removeAbandonedPartials(target);
    const QString partial =
        target + kPartialMark + QString::number(QCoreApplication::applicationPid());
    removeWithCompanions(partial);

    Result<DemoReport> report = [&]() -> Result<DemoReport> {
        OpenOptions open{partial, mode, true};
        open.language = options.language; // its lists and stages speak the demo's language
        // SQLite's default 2 MB page cache spills every batch's pages into the
        // WAL and reads them back: a million clients took hours, mostly in
        // pwrite and pread. The bulk job's cache keeps them.
        open.bulkReads = true;
        Result<std::unique_ptr<Database>> db = openDatabase(open);
        if (!db)
            return db.error();
        Result<DemoReport> made = generateDemo(**db, options, progress);
        if (!made)
            return made.error();
        if (Status s = createDemoAccounts(**db, options.language); !s)
            return s.error();
        if (Status s = createDemoHabits(**db); !s)
            return s.error();
        if (Status s = createDemoShop(**db, options.language); !s)
            return s.error();
        if (Status s = createDemoTasks(**db, options.language, QDate::currentDate()); !s)
            return s.error();
        return made;
    }(); // closed here: the last connection folds the WAL back into the file
    if (report) {
        if (Status s = syncFileToDisk(partial); !s)
            report = s.error();
    }
    if (!report) {
        removeWithCompanions(partial);
        return report.error();
    }
    // rename() never replaces: a file that appeared meanwhile is kept.
    if (!QFile::rename(partial, target)) {
        removeWithCompanions(partial);
        return makeError(ErrorKind::Io, Tr::tr("The demo database was made but could not be moved "
                                               "to %1. Check that no file of that name appeared "
                                               "and that the folder is writable.")
                                            .arg(QDir::toNativeSeparators(target)));
    }
    (void)syncFolderToDisk(folder);
    return report;
}

} // namespace kartoteka
