#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// THE RULE: a live database file is SQLite's alone.
//
// POSIX advisory locks belong to the process, and closing *any* descriptor on
// a file drops *all* of the process's locks on it (sqlite.org, "How To Corrupt
// An SQLite Database File", 2.2). One QFile opened and closed on the database,
// or on its -wal, -shm or -journal, while this process holds a connection, and
// another program believes it is alone: it checkpoints and deletes the WAL the
// window is still writing into, or, on a network folder, writes at the same
// time as this PC. Saves vanish; the file can be corrupted.
//
// So nothing in this program opens, reads, copies, hashes, syncs, replaces or
// deletes a database file or its companions except through SQLite itself.
// Questions about a file ("is it SQLite? is it ours?") are asked through an
// SQLite connection (see Database::open). Code that opens a file the person
// chose (an import, an export, a backup to verify) first calls
// refuseLiveDatabaseFile(), so that a slip in a file dialog cannot break it.
// stat()-like calls (QFileInfo::exists, size, isWritable) open nothing and
// are safe. Beware of code that reads files behind your back: QMimeDatabase
// sniffs contents, and so do Qt's file dialogs for their icons; every file
// dialog goes through ui/main/FileDialogs.h for that reason.

// Every Database connection registers its file while it is open.
void registerLiveDatabase(const QString& path);
void unregisterLiveDatabase(const QString& path);

// True when `path` is a database this process has open, or one of its
// -wal / -shm / -journal files, under whatever name it is reached.
bool isLiveDatabaseFile(const QString& path);

// An error for the person when `path` is a live database file (see above).
Status refuseLiveDatabaseFile(const QString& path);

// For a file the person chose to write (an export, a picture): refused when it
// is a live database file, or an existing SQLite database of any kind (a
// backup, another shop's file), which an export would silently destroy.
Status refuseWritingOverDatabase(const QString& path);

// The whole of a file the person chose to read (an import), refused when it
// is a live database file, with a message that names it when it cannot be read.
Result<QByteArray> readChosenFile(const QString& path);

} // namespace kartoteka
