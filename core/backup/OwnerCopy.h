#pragma once

#include "backup/BackupInfo.h"
#include "backup/Retention.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace kartoteka {

class Database;
struct BackupPolicy;

// THE OWNER'S COPY: every regular backup is also written, encrypted, into a
// second folder (a USB stick, a folder synced to the owner's cloud drive) so
// that only the owner can open it. Any PC writes it without a secret: the
// database holds only the owner's public key. The private key exists only
// while a copy is opened: it is derived from the owner's passphrase
// (Argon2id) with the salt and limits stored beside the public key.
//
// File format (version 1), all integers big-endian:
//   magic "KARTOTEKA-OWNER-COPY\n" | u16 format version | u32 n | n bytes of
//   JSON (what the backup is: database id, created, kind, schema, size and
//   SHA-256 of the plain file; the key's salt, limits and public key; the
//   stream key sealed to the public key with crypto_box_seal)
//   | crypto_secretstream_xchacha20poly1305 header | the backup file in
//   chunks of `chunk` bytes, each with its tag; the last one tagged FINAL.
// Everything before the stream is the first chunk's additional data, so a
// changed header, a cut-off tail or any changed byte is refused.

// Argon2id's cost: libsodium's MODERATE (3 passes over 256 MiB), about 1.2 s
// on one core of the 2-core test machine (tests/bench/owner_copy_bench.cpp);
// INTERACTIVE (64 MiB) would take 0.2 s but is 4x cheaper to guess against
// for whoever holds a stolen copy. It is paid when the passphrase is set and
// when a copy is opened, never by the daily backup.
struct KeyLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
};
KeyLimits defaultOwnerKeyLimits();

// The public half of the owner's key and how to derive it again.
struct OwnerKey
{
    QByteArray publicKey; // crypto_box_PUBLICKEYBYTES
    QByteArray salt;      // crypto_pwhash_SALTBYTES
    KeyLimits limits;

    bool isValid() const;
    // As stored in the shared setting backupKeys::kOwnerKey (JSON).
    QString toSetting() const;
    static std::optional<OwnerKey> fromSetting(const QString& text);
};

// A new key pair from `passphrase` with a fresh random salt; only its public
// half is returned. Slow (Argon2id): run it off the UI thread.
Result<OwnerKey> deriveOwnerKey(const QString& passphrase,
                                const KeyLimits& limits = defaultOwnerKeyLimits());
// Success for an owner (or the program itself, before any account exists);
// ErrorKind::Forbidden for anyone else.
Status checkMaySetOwnerKey(const Database& db);
// Stores `key` as the owner's, in one audited transaction. Only the owner (or
// the program itself, before any account exists) may: ErrorKind::Forbidden.
Status saveOwnerKey(Database& db, const OwnerKey& key);
// deriveOwnerKey + saveOwnerKey, after checking the passphrase's length.
Status setOwnerPassphrase(Database& db, const QString& passphrase,
                          const KeyLimits& limits = defaultOwnerKeyLimits());
// Where every regular backup's owner's copy goes (empty: nowhere). Needs the
// Backup capability, as the backup folder does.
Status setOwnerCopyFolder(Database& db, const QString& folder);
// The stored owner's key; nullopt when none is set.
Result<std::optional<OwnerKey>> loadOwnerKey(Database& db);

// "<name>.kartoteka-owner"
inline const QString kOwnerCopySuffix = QStringLiteral("kartoteka-owner");
QString ownerCopyFileName(const BackupInfo& backup);

// Writes the owner's copy of the finished, verified backup `backup` (a closed
// file, never the live database) into `folder`, encrypted to `key`: streamed
// in chunks into a hidden temporary file there, flushed to disk, renamed.
// Returns the copy, described by its header (BackupInfo::ownerCopy set).
Result<BackupInfo> writeOwnerCopy(const BackupInfo& backup, const OwnerKey& key,
                                  const QString& folder);

// What the policy asks after a regular backup: nullopt when no owner's folder
// is set; else the copy written (and older copies of the same database pruned
// by the same retention as the backup folder), or why it was not.
std::optional<Result<BackupInfo>> makeOwnerCopy(const BackupInfo& backup,
                                                const BackupPolicy& policy, const QDateTime& now);

// Whether `path` starts with the owner's copy magic (reads nothing else).
bool isOwnerCopyFile(const QString& path);
// The copy's unencrypted description, without the passphrase: for lists.
Result<BackupInfo> readOwnerCopyInfo(const QString& path);
// The owner's copies of database `databaseId` in `folder`, newest first.
QList<BackupInfo> listOwnerCopiesOf(const QString& folder, const QString& databaseId);
Result<QStringList> pruneOwnerCopies(const QString& folder, const QString& databaseId,
                                     const RetentionPolicy& policy, const QDateTime& now);

// An owner's copy decrypted into a private temporary folder, as a plain
// backup file with its manifest: hand file() to verifyBackupFile(),
// previewRestore() or restoreBackupFile(). The plain file and its folder are
// removed when this goes.
class OpenedOwnerCopy
{
public:
    OpenedOwnerCopy(std::unique_ptr<QTemporaryDir> dir, QString file, BackupInfo copy);
    ~OpenedOwnerCopy();
    OpenedOwnerCopy(const OpenedOwnerCopy&) = delete;
    OpenedOwnerCopy& operator=(const OpenedOwnerCopy&) = delete;

    const QString& file() const { return m_file; }    // the decrypted backup
    const BackupInfo& copy() const { return m_copy; } // the encrypted copy it came from

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    BackupInfo m_copy;
};

// Decrypts the owner's copy `path` with `passphrase`. A wrong passphrase is
// ErrorKind::SignInFailed and writes nothing; a copy cut short, changed or
// damaged is ErrorKind::Corrupt and leaves nothing behind. `tempParent`:
// where the private folder goes (empty: the system's temporary folder).
Result<std::shared_ptr<OpenedOwnerCopy>>
openOwnerCopy(const QString& path, const QString& passphrase, const QString& tempParent = {});

} // namespace kartoteka
