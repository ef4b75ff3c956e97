#include "backup/OwnerCopy.h"

#include "accounts/Access.h"
#include "accounts/Passwords.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupSettings.h"
#include "backup/ServerBackup.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"
#include "storage/FileSync.h"
#include "storage/LiveFiles.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::OwnerCopy)
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

constexpr QByteArrayView kMagic("KARTOTEKA-OWNER-COPY\n");
constexpr quint16 kFormatVersion = 1;
constexpr qint64 kChunk = 1 << 20; // 1 MiB of the backup per encrypted message
constexpr quint32 kMaxHeaderJson = 64 * 1024;
// A copy's header names its own Argon2id cost; a forged one must not make the
// opening PC spend minutes or gigabytes.
constexpr quint64 kMaxOpsLimit = 20;
constexpr quint64 kMaxMemLimit = quint64(2) << 30;
constexpr qint64 kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error sodiumMissing()
{
    return makeError(ErrorKind::Failed, Tr::tr("The cryptography library could not start."));
}

// Secret bytes wiped when they go out of scope.
template <size_t N> struct Secret
{
    unsigned char bytes[N];
    Secret() { sodium_memzero(bytes, N); }
    ~Secret() { sodium_memzero(bytes, N); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
};

struct SecretState
{
    crypto_secretstream_xchacha20poly1305_state state;
    ~SecretState() { sodium_memzero(&state, sizeof state); }
};

// The key pair of `passphrase` under `salt` and `limits`; false when Argon2id
// could not get its memory.
bool deriveKeyPair(const QString& passphrase, const QByteArray& salt, const KeyLimits& limits,
                   unsigned char* publicKey, unsigned char* secretKey)
{
    QByteArray utf8 = passphrase.toUtf8();
    Secret<crypto_box_SEEDBYTES> seed;
    const bool ok =
        crypto_pwhash(seed.bytes, sizeof seed.bytes, utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), limits.opsLimit,
                      size_t(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok && crypto_box_seed_keypair(publicKey, secretKey, seed.bytes) == 0;
}

Error noMemory()
{
    return makeError(ErrorKind::Failed,
                     Tr::tr("There is not enough free memory to derive the owner's key from the "
                            "passphrase. Close other programs and try again."));
}

QByteArray fromBase64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool limitsSane(const KeyLimits& l)
{
    return l.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && l.opsLimit <= kMaxOpsLimit &&
           l.memLimit >= crypto_pwhash_MEMLIMIT_MIN && l.memLimit <= kMaxMemLimit;
}

QJsonObject keyJson(const OwnerKey& key)
{
    return {{u"alg"_s, u"argon2id13"_s},
            {u"salt"_s, base64(key.salt)},
            {u"opslimit"_s, qint64(key.limits.opsLimit)},
            {u"memlimit"_s, qint64(key.limits.memLimit)},
            {u"public_key"_s, base64(key.publicKey)}};
}

std::optional<OwnerKey> keyFromJson(const QJsonObject& json)
{
    if (json.value(u"alg"_s).toString() != u"argon2id13")
        return std::nullopt;
    OwnerKey key;
    key.salt = fromBase64(json.value(u"salt"_s));
    key.publicKey = fromBase64(json.value(u"public_key"_s));
    key.limits.opsLimit = quint64(json.value(u"opslimit"_s).toInteger());
    key.limits.memLimit = quint64(json.value(u"memlimit"_s).toInteger());
    if (!key.isValid())
        return std::nullopt;
    return key;
}

// The parsed header of a copy, and the bytes it spans (the stream's AD).
struct Header
{
    BackupInfo info; // of the plain backup, with `file` the copy
    OwnerKey key;
    QByteArray sealedKey;
    QByteArray prefix; // magic .. JSON: authenticated as additional data
    QString plainName; // the plain backup's file name when it was sealed
};

Error notACopy(const QString& path)
{
    return makeError(ErrorKind::Foreign,
                     Tr::tr("%1 is not an owner's copy of a Kartoteka backup.").arg(shown(path)));
}

Error damaged(const QString& path, const QString& detail)
{
    return makeError(ErrorKind::Corrupt,
                     Tr::tr("%1 is damaged or was changed after it was written: it cannot be "
                            "decrypted whole. Use another copy.")
                         .arg(shown(path)),
                     detail);
}

Result<Header> readHeader(QFile& file)
{
    const QString path = file.fileName();
    const QByteArray magic = file.read(kMagic.size());
    if (magic != kMagic)
        return notACopy(path);
    const QByteArray fixed = file.read(6);
    if (fixed.size() != 6)
        return damaged(path, u"header cut short"_s);
    const quint16 version = qFromBigEndian<quint16>(fixed.constData());
    const quint32 length = qFromBigEndian<quint32>(fixed.constData() + 2);
    if (version > kFormatVersion)
        return makeError(ErrorKind::TooNew,
                         Tr::tr("%1 was written by a newer Kartoteka. Update Kartoteka to open it.")
                             .arg(shown(path)));
    if (version == 0 || length == 0 || length > kMaxHeaderJson)
        return damaged(path, u"header length %1"_s.arg(length));
    const QByteArray jsonText = file.read(length);
    if (jsonText.size() != qsizetype(length))
        return damaged(path, u"header cut short"_s);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(jsonText, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        json.value(u"format"_s).toString() != u"kartoteka-owner-copy")
        return damaged(path, u"header is not readable"_s);
    Header header;
    header.prefix = magic + fixed + jsonText;
    std::optional<OwnerKey> key = keyFromJson(json.value(u"key"_s).toObject());
    header.sealedKey = fromBase64(json.value(u"sealed_key"_s));
    if (!key ||
        header.sealedKey.size() !=
            qsizetype(crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES))
        return damaged(path, u"key fields"_s);
    header.key = *key;
    if (json.value(u"chunk"_s).toInteger() != kChunk)
        return damaged(path, u"chunk size"_s);
    BackupInfo& info = header.info;
    info.file = QFileInfo(path).absoluteFilePath();
    info.ownerCopy = true;
    info.hasManifest = true;
    info.bytes = json.value(u"bytes"_s).toInteger(-1);
    info.sha256 = json.value(u"sha256"_s).toString();
    info.createdAt =
        QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    info.kind = backupKindFromName(json.value(u"kind"_s).toString());
    info.schemaVersion = json.value(u"schema_version"_s).toInt();
    info.appVersion = json.value(u"app_version"_s).toString();
    info.databaseId = json.value(u"database_id"_s).toString();
    info.sourcePath = json.value(u"source"_s).toString();
    header.plainName = json.value(u"file"_s).toString();
    if (info.bytes < 0 || !info.createdAt.isValid())
        return damaged(path, u"backup fields"_s);
    return header;
}

Result<Header> readHeaderOf(const QString& path, QFile& file)
{
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s.error();
    file.setFileName(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file %1.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    return readHeader(file);
}

Status prepareOwnerFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return makeError(ErrorKind::Io,
                         Tr::tr("The owner's copy folder %1 is a file, not a folder. "
                                "Choose another one in Administration → Backups.")
                             .arg(shown(folder)));
    if (!QDir().mkpath(folder))
        return makeError(ErrorKind::Io,
                         Tr::tr("The owner's copy folder %1 does not exist and cannot be created. "
                                "Connect the disk or choose another folder in Administration → "
                                "Backups.")
                             .arg(shown(folder)));
    return Status::success();
}

Error writeError(const QString& folder, const QFile& file)
{
    const ErrorKind kind =
        file.error() == QFileDevice::ResourceError ? ErrorKind::DiskFull : ErrorKind::Io;
    return makeError(
        kind,
        kind == ErrorKind::DiskFull
            ? Tr::tr("The owner's copy folder %1 is full. Free some space there; the "
                     "earlier copies were not touched.")
                  .arg(shown(folder))
            : Tr::tr("Writing the owner's copy into %1 failed. Check that the folder is "
                     "reachable and writable.")
                  .arg(shown(folder)),
        file.errorString());
}

} // namespace

KeyLimits defaultOwnerKeyLimits()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

bool OwnerKey::isValid() const
{
    return publicKey.size() == qsizetype(crypto_box_PUBLICKEYBYTES) &&
           salt.size() == qsizetype(crypto_pwhash_SALTBYTES) && limitsSane(limits);
}

QString OwnerKey::toSetting() const
{
    return QString::fromUtf8(QJsonDocument(keyJson(*this)).toJson(QJsonDocument::Compact));
}

std::optional<OwnerKey> OwnerKey::fromSetting(const QString& text)
{
    return keyFromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

Result<OwnerKey> deriveOwnerKey(const QString& passphrase, const KeyLimits& limits)
{
    if (!sodiumReady())
        return sodiumMissing();
    OwnerKey key;
    key.limits = limits;
    key.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    key.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    Secret<crypto_box_SECRETKEYBYTES> secretKey;
    if (!deriveKeyPair(passphrase, key.salt, limits,
                       reinterpret_cast<unsigned char*>(key.publicKey.data()), secretKey.bytes))
        return noMemory();
    return key;
}

Status checkMaySetOwnerKey(const Database& db)
{
    // Whoever sets the key can open every later copy: not even an
    // administrator, who could otherwise read the base off the owner's stick.
    if (db.principal().role != Role::Owner)
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("Only an owner can set the passphrase of the owner's copy."));
    return Status::success();
}

Status saveOwnerKey(Database& db, const OwnerKey& key)
{
    if (Status s = checkMaySetOwnerKey(db); !s)
        return s;
    if (!key.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("The owner's key is not valid."));
    return db.write([&](Transaction& tx) -> Status {
        if (Status s = SharedSettings::put(tx, backupKeys::kOwnerKey, key.toSetting(), db.actor());
            !s)
            return s;
        // The public key goes into the audit: which key a copy was sealed to
        // can be matched with who set it, and when.
        return recordAudit(tx, {auditAction::kOwnerCopyKey,
                                SharedSettings::kEntity,
                                0,
                                0,
                                {},
                                {{u"public_key"_s, base64(key.publicKey)}}});
    });
}

Status setOwnerPassphrase(Database& db, const QString& passphrase, const KeyLimits& limits)
{
    // Checked before Argon2id spends its seconds.
    if (Status s = checkMaySetOwnerKey(db); !s)
        return s;
    if (Status s = checkNewPassword(passphrase); !s)
        return s;
    Result<OwnerKey> key = deriveOwnerKey(passphrase, limits);
    if (!key)
        return key.error();
    return saveOwnerKey(db, *key);
}

Status setOwnerCopyFolder(Database& db, const QString& folder)
{
    if (Status s = require(db.principal(), Capability::Backup); !s)
        return s;
    return SharedSettings(db).put(backupKeys::kOwnerFolder, QDir::fromNativeSeparators(folder));
}

Result<std::optional<OwnerKey>> loadOwnerKey(Database& db)
{
    Result<SettingValue> value = SharedSettings(db).get(backupKeys::kOwnerKey);
    if (!value)
        return value.error();
    if (value->value.isEmpty())
        return std::optional<OwnerKey>();
    std::optional<OwnerKey> key = OwnerKey::fromSetting(value->value);
    if (!key)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The stored key of the owner's copy is not readable. Ask the owner "
                                "to set the passphrase again."));
    return key;
}

QString ownerCopyFileName(const BackupInfo& backup)
{
    return QFileInfo(backup.file).completeBaseName() + u'.' + kOwnerCopySuffix;
}

Result<BackupInfo> writeOwnerCopy(const BackupInfo& backup, const OwnerKey& key,
                                  const QString& folderPath)
{
    if (!sodiumReady())
        return sodiumMissing();
    if (!key.isValid())
        return makeError(ErrorKind::Invalid, Tr::tr("The owner's key is not valid."));
    if (folderPath.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("No owner's copy folder is set."));
    // The finished backup, never a live database: its name is checked first.
    if (Status s = refuseLiveDatabaseFile(backup.file); !s)
        return s.error();
    if (Status s = prepareOwnerFolder(folderPath); !s)
        return s.error();
    const QDir folder(folderPath);

    QFile source(backup.file);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Cannot read the backup %1: %2").arg(shown(backup.file), source.errorString()));
    const qint64 plainBytes = source.size();

    Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> streamKey;
    crypto_secretstream_xchacha20poly1305_keygen(streamKey.bytes);
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + sizeof streamKey.bytes), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), streamKey.bytes,
                        sizeof streamKey.bytes,
                        reinterpret_cast<const unsigned char*>(key.publicKey.constData())) != 0)
        return makeError(ErrorKind::Failed, Tr::tr("The owner's key is not valid."));

    const QJsonObject json{
        {u"format"_s, u"kartoteka-owner-copy"_s},
        {u"file"_s, QFileInfo(backup.file).fileName()},
        {u"bytes"_s, plainBytes},
        {u"sha256"_s, backup.sha256},
        {u"created_at"_s, backup.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"kind"_s, backupKindName(backup.kind)},
        {u"schema_version"_s, backup.schemaVersion},
        {u"app_version"_s, backup.appVersion},
        {u"database_id"_s, backup.databaseId},
        {u"source"_s, backup.sourcePath},
        {u"chunk"_s, kChunk},
        {u"key"_s, keyJson(key)},
        {u"sealed_key"_s, base64(sealed)},
    };
    const QByteArray jsonText = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray prefix = kMagic.toByteArray();
    char fixed[6];
    qToBigEndian<quint16>(kFormatVersion, fixed);
    qToBigEndian<quint32>(quint32(jsonText.size()), fixed + 2);
    prefix.append(fixed, 6);
    prefix.append(jsonText);

    const QString name = ownerCopyFileName(backup);
    static std::atomic<int> counter{0};
    const QString partial = folder.absoluteFilePath(
        u".%1.%2-%3.partial"_s.arg(name).arg(QCoreApplication::applicationPid()).arg(++counter));
    QFile out(partial);
    auto discard = [&](const Error& e) -> Result<BackupInfo> {
        out.close();
        QFile::remove(partial);
        qCWarning(lcBackup) << "owner's copy failed:" << e.message << e.detail;
        return e;
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return discard(writeError(folderPath, out));

    SecretState stream;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, streamHeader, streamKey.bytes);
    if (out.write(prefix) != prefix.size() ||
        out.write(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader) !=
            qint64(sizeof streamHeader))
        return discard(writeError(folderPath, out));

    QByteArray plain(kChunk, Qt::Uninitialized);
    QByteArray cipher(kCipherChunk, Qt::Uninitialized);
    // What is encrypted must be the backup that was verified: hashed on the way.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    bool first = true;
    for (;;) {
        const qint64 n = source.read(plain.data(), kChunk);
        if (n < 0)
            return discard(
                makeError(ErrorKind::Io, Tr::tr("Reading the backup %1 failed: %2")
                                             .arg(shown(backup.file), source.errorString())));
        hash.addData(QByteArrayView(plain.constData(), n));
        done += n;
        const bool last = done >= plainBytes;
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream.state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
            reinterpret_cast<const unsigned char*>(plain.constData()),
            static_cast<unsigned long long>(n),
            first ? reinterpret_cast<const unsigned char*>(prefix.constData()) : nullptr,
            first ? static_cast<unsigned long long>(prefix.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (out.write(cipher.constData(), qint64(cipherLength)) != qint64(cipherLength))
            return discard(writeError(folderPath, out));
        if (last)
            break;
        if (n == 0)
            return discard(
                makeError(ErrorKind::Io, Tr::tr("The backup %1 became shorter while it was copied.")
                                             .arg(shown(backup.file))));
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!backup.sha256.isEmpty() && QString::fromLatin1(hash.result().toHex()) != backup.sha256)
        return discard(
            makeError(ErrorKind::Corrupt,
                      Tr::tr("The backup %1 no longer matches the checksum it was verified "
                             "with, so no owner's copy was made of it.")
                          .arg(shown(backup.file))));
    // A file that grew while read is not the verified backup.
    if (done != plainBytes || !source.atEnd())
        return discard(makeError(
            ErrorKind::Io,
            Tr::tr("The backup %1 changed while it was copied.").arg(shown(backup.file))));
    if (!out.flush())
        return discard(writeError(folderPath, out));
    out.close();
    if (Status s = syncFileToDisk(partial); !s)
        return discard(s.error());

    QString finalPath = folder.absoluteFilePath(name);
    for (int n = 2; !renameWithoutReplacing(partial, finalPath); ++n) {
        if (!QFileInfo::exists(finalPath) || n > 1000)
            return discard(makeError(
                ErrorKind::Io, Tr::tr("The owner's copy could not be given its final name %1.")
                                   .arg(shown(finalPath))));
        finalPath = folder.absoluteFilePath(QFileInfo(name).completeBaseName() + u"~%1."_s.arg(n) +
                                            kOwnerCopySuffix);
    }
    if (Status s = syncFolderToDisk(folder.absolutePath()); !s)
        qCWarning(lcBackup) << s.error().message;

    BackupInfo copy = backup;
    copy.file = finalPath;
    copy.bytes = plainBytes;
    copy.ownerCopy = true;
    copy.hasManifest = true;
    qCInfo(lcBackup) << "owner's copy written:" << finalPath;
    return copy;
}

std::optional<Result<BackupInfo>> makeOwnerCopy(const BackupInfo& backup,
                                                const BackupPolicy& policy, const QDateTime& now)
{
    if (policy.ownerFolder.isEmpty() || backup.kind == BackupKind::Safety)
        return std::nullopt;
    if (!policy.ownerKey)
        return Result<BackupInfo>(makeError(
            ErrorKind::Invalid,
            Tr::tr("The owner's copy was not written: the owner has not set its passphrase yet "
                   "(Administration → Backups → Set the owner's passphrase).")));
    Result<BackupInfo> copy = writeOwnerCopy(backup, *policy.ownerKey, policy.ownerFolder);
    if (copy) {
        // Only now, with the new copy on disk, may old ones go.
        Result<QStringList> pruned =
            pruneOwnerCopies(policy.ownerFolder, backup.databaseId, policy.retention, now);
        if (!pruned)
            qCWarning(lcBackup) << pruned.error().message;
    }
    return copy;
}

bool isOwnerCopyFile(const QString& path)
{
    if (!refuseLiveDatabaseFile(path).ok())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == kMagic;
}

Result<BackupInfo> readOwnerCopyInfo(const QString& path)
{
    QFile file;
    Result<Header> header = readHeaderOf(path, file);
    if (!header)
        return header.error();
    BackupInfo info = header->info;
    info.bytes = QFileInfo(path).size(); // what the listed file takes
    return info;
}

QList<BackupInfo> listOwnerCopiesOf(const QString& folder, const QString& databaseId)
{
    QList<BackupInfo> copies;
    if (databaseId.isEmpty())
        return copies;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({u"*."_s + kOwnerCopySuffix}, QDir::Files)) {
        Result<BackupInfo> info = readOwnerCopyInfo(dir.absoluteFilePath(name));
        if (info && info->databaseId == databaseId)
            copies.append(*info);
    }
    std::sort(copies.begin(), copies.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return copies;
}

Result<QStringList> pruneOwnerCopies(const QString& folder, const QString& databaseId,
                                     const RetentionPolicy& policy, const QDateTime& now)
{
    const QList<BackupInfo> mine = listOwnerCopiesOf(folder, databaseId);
    const QList<int> keep = backupsToKeep(mine, policy, now);
    QStringList removed;
    QStringList failed;
    for (int i = 0; i < mine.size(); ++i) {
        if (keep.contains(i))
            continue;
        if (QFile::remove(mine[i].file)) {
            removed.append(mine[i].file);
            qCInfo(lcBackup) << "pruned owner's copy" << mine[i].file;
        } else {
            failed.append(shown(mine[i].file));
        }
    }
    if (!failed.isEmpty())
        return makeError(
            ErrorKind::Io,
            Tr::tr("Old owner's copies could not be deleted: %1").arg(failed.join(u", "_s)));
    return removed;
}

OpenedOwnerCopy::OpenedOwnerCopy(std::unique_ptr<QTemporaryDir> dir, QString file, BackupInfo copy)
    : m_dir(std::move(dir)), m_file(std::move(file)), m_copy(std::move(copy))
{
}

OpenedOwnerCopy::~OpenedOwnerCopy()
{
    // QTemporaryDir removes the plain file, its manifest and the folder.
    QFile::remove(m_file);
}

Result<std::shared_ptr<OpenedOwnerCopy>>
openOwnerCopy(const QString& path, const QString& passphrase, const QString& tempParent)
{
    if (!sodiumReady())
        return sodiumMissing();
    QFile file;
    Result<Header> header = readHeaderOf(path, file);
    if (!header)
        return header.error();

    // The passphrase first: a wrong one creates nothing.
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    Secret<crypto_box_SECRETKEYBYTES> secretKey;
    if (!deriveKeyPair(passphrase, header->key.salt, header->key.limits, publicKey,
                       secretKey.bytes))
        return noMemory();
    if (sodium_memcmp(publicKey, header->key.publicKey.constData(), sizeof publicKey) != 0)
        return makeError(ErrorKind::SignInFailed,
                         Tr::tr("This passphrase does not open the owner's copy %1. Type the "
                                "passphrase the owner set when this copy was written.")
                             .arg(shown(path)));
    Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> streamKey;
    if (crypto_box_seal_open(streamKey.bytes,
                             reinterpret_cast<const unsigned char*>(header->sealedKey.constData()),
                             static_cast<unsigned long long>(header->sealedKey.size()), publicKey,
                             secretKey.bytes) != 0)
        return damaged(path, u"sealed key"_s);

    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    SecretState stream;
    if (file.read(reinterpret_cast<char*>(streamHeader), sizeof streamHeader) !=
            qint64(sizeof streamHeader) ||
        crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, streamHeader,
                                                        streamKey.bytes) != 0)
        return damaged(path, u"stream header"_s);

    // A folder only this user can enter (QTemporaryDir makes it 0700).
    const QString parent = tempParent.isEmpty() ? QDir::tempPath() : tempParent;
    auto dir = std::make_unique<QTemporaryDir>(QDir(parent).filePath(u"kartoteka-owner-XXXXXX"_s));
    if (!dir->isValid())
        return makeError(ErrorKind::Io, Tr::tr("Cannot make a private temporary folder in %1: %2")
                                            .arg(shown(parent), dir->errorString()));
    const QString plainPath = dir->filePath(
        QFileInfo(header->info.sourcePath.isEmpty() ? u"backup"_s : header->info.sourcePath)
            .completeBaseName() +
        u"-"_s + header->info.createdAt.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) +
        // A server's backup stays a .pgdump: verify and restore tell the kinds by it.
        (isServerBackupFile(header->plainName) ? u"."_s + kServerBackupSuffix : u".sqlite"_s));
    QFile plain(plainPath);
    if (!plain.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorKind::Io, Tr::tr("Cannot write the decrypted backup into %1: %2")
                                            .arg(shown(parent), plain.errorString()));
    plain.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QByteArray cipher(kCipherChunk, Qt::Uninitialized);
    QByteArray clear(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    bool first = true;
    bool finished = false;
    while (!finished) {
        const qint64 n = file.read(cipher.data(), kCipherChunk);
        if (n < 0)
            return makeError(ErrorKind::Io,
                             Tr::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
        if (n == 0)
            return makeError(ErrorKind::Corrupt,
                             Tr::tr("%1 is incomplete: the copy was cut short. Use another copy.")
                                 .arg(shown(path)));
        unsigned long long clearLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, reinterpret_cast<unsigned char*>(clear.data()), &clearLength, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()),
                static_cast<unsigned long long>(n),
                first ? reinterpret_cast<const unsigned char*>(header->prefix.constData())
                      : nullptr,
                first ? static_cast<unsigned long long>(header->prefix.size()) : 0) != 0)
            return damaged(path, u"chunk after %1 bytes"_s.arg(written));
        first = false;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (plain.write(clear.constData(), qint64(clearLength)) != qint64(clearLength))
            return makeError(ErrorKind::Io, Tr::tr("Cannot write the decrypted backup into %1: %2")
                                                .arg(shown(parent), plain.errorString()));
        written += qint64(clearLength);
    }
    sodium_memzero(clear.data(), size_t(clear.size()));
    if (!file.atEnd())
        return damaged(path, u"bytes after the final chunk"_s);
    if (written != header->info.bytes)
        return damaged(path, u"%1 bytes, header says %2"_s.arg(written).arg(header->info.bytes));
    if (!plain.flush())
        return makeError(ErrorKind::Io, Tr::tr("Cannot write the decrypted backup into %1: %2")
                                            .arg(shown(parent), plain.errorString()));
    plain.close();

    // With its manifest the decrypted file is verified like any backup: its
    // SHA-256 is checked against the one recorded when it was made.
    BackupInfo manifest = header->info;
    manifest.file = plainPath;
    manifest.ownerCopy = false;
    if (Status s = writeManifest(manifest); !s)
        return s.error();
    return std::make_shared<OpenedOwnerCopy>(std::move(dir), plainPath, header->info);
}

} // namespace kartoteka
