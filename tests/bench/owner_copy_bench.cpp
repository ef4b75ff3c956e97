// kartoteka_owner_copy_bench: measured figures for the owner's copy.
//   kartoteka_owner_copy_bench [--mb N] [--dir DIR]
// Prints the time to derive the owner's key from a passphrase (Argon2id at
// the limits the program uses, and at libsodium's INTERACTIVE ones for
// comparison), then the time and throughput of writing the owner's copy of
// an N MB backup (encrypt, write, fsync, rename) and of opening it again
// (derive, decrypt into a private temp folder, write the manifest).
#include "BenchSupport.h"

#include "backup/OwnerCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"mb"_s, u"Size of the backup in MB (default 100)."_s, u"N"_s, u"100"_s});
    parser.addOption({u"dir"_s, u"Where to write (default: a temporary folder)."_s, u"DIR"_s});
    parser.process(app);
    if (sodium_init() < 0)
        die(makeError(ErrorKind::Failed, u"libsodium"_s));
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    const qint64 mb = parser.value(u"mb"_s).toLongLong();
    const QString passphrase = u"a passphrase for the bench"_s;

    const struct
    {
        const char* name;
        KeyLimits limits;
    } levels[] = {{"default (MODERATE: 3 passes, 256 MiB)", defaultOwnerKeyLimits()},
                  {"INTERACTIVE (2 passes, 64 MiB)",
                   {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}}};
    for (const auto& level : levels) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            Result<OwnerKey> key = deriveOwnerKey(passphrase, level.limits);
            if (!key)
                die(key.error());
            ms.push_back(elapsedMs(t));
        }
        const Stats s = stats(ms);
        std::printf("derive the owner's key, %-38s median %8.0f ms   max %8.0f ms\n", level.name,
                    s.median, s.max);
    }

    // The backup's bytes: random, as compressed pages look to a cipher.
    const QString backupFile = QDir(dir).filePath(u"bench-backup.sqlite"_s);
    {
        QFile file(backupFile);
        if (!file.open(QIODevice::WriteOnly))
            die(makeError(ErrorKind::Io, file.errorString()));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mb; ++i) {
            randombytes_buf(block.data(), size_t(block.size()));
            file.write(block);
        }
    }
    BackupInfo backup;
    backup.file = backupFile;
    backup.bytes = QFileInfo(backupFile).size();
    backup.createdAt = QDateTime::currentDateTimeUtc();
    backup.kind = BackupKind::Automatic;
    backup.databaseId = u"bench"_s;
    Result<OwnerKey> key = deriveOwnerKey(passphrase);
    if (!key)
        die(key.error());

    const QString ownerFolder = QDir(dir).filePath(u"owner"_s);
    QElapsedTimer t;
    t.start();
    Result<BackupInfo> copy = writeOwnerCopy(backup, *key, ownerFolder);
    if (!copy)
        die(copy.error());
    const double writeMs = elapsedMs(t);
    std::printf("write the owner's copy of %lld MB (encrypt, write, fsync): %8.0f ms  %6.0f MB/s\n",
                mb, writeMs, double(mb) / (writeMs / 1000.0));
    std::printf("  copy size %lld bytes for a backup of %lld bytes\n", QFileInfo(copy->file).size(),
                backup.bytes);

    t.restart();
    Result<std::shared_ptr<OpenedOwnerCopy>> opened = openOwnerCopy(copy->file, passphrase, dir);
    if (!opened)
        die(opened.error());
    const double openMs = elapsedMs(t);
    std::printf("open it (derive the key, decrypt, write the plain file): %8.0f ms\n", openMs);
    opened->reset();
    QFile::remove(backupFile);
    QFile::remove(copy->file);
    return 0;
}
