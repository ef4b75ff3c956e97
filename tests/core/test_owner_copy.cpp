#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "backup/BackupVerifier.h"
#include "backup/OwnerCopy.h"
#include "backup/Restore.h"
#include "clients/ClientRepository.h"
#include "settings/SharedSettings.h"
#include "storage/Sessions.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Argon2id at its cheapest keeps the tests fast; the limits travel in the
// copy's header and the setting, so the code path is the production one.
const KeyLimits kFastLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
const QString kPassphrase = u"correct horse battery"_s;
const QString kMarker = u"Zzyzxmarkerclient"_s;

struct OwnerShop
{
    TempDir dir;
    QString backups = dir.path(u"backups"_s);
    QString ownerFolder = dir.path(u"usb-stick"_s);
    std::unique_ptr<Database> db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    qint64 clientId = 0;

    OwnerShop()
    {
        Client client;
        client.lastName = kMarker;
        client.firstName = u"Олег"_s;
        requireOk(ClientRepository(*db).create(client));
        clientId = client.id;
    }

    QString clientName() { return requireValue(ClientRepository(*db).load(clientId)).lastName; }

    void rename(const QString& lastName)
    {
        ClientRepository clients(*db);
        Client client = requireValue(clients.load(clientId));
        client.lastName = lastName;
        requireOk(clients.update(client));
    }

    BackupInfo backUp(BackupKind kind = BackupKind::Automatic,
                      const QDateTime& now = QDateTime::currentDateTime())
    {
        return requireValue(createBackup({db->path(), db->mode(), backups, kind, now}));
    }

    OwnerKey key()
    {
        requireOk(setOwnerPassphrase(*db, kPassphrase, kFastLimits));
        return *requireValue(loadOwnerKey(*db));
    }

    Result<RestoreReport> restore(const QString& file)
    {
        SessionRegistry session(*db, Identity::current());
        requireOk(session.start());
        Result<RestoreReport> report = restoreBackup(*db, session, file, backups);
        (void)session.stop();
        return report;
    }
};

} // namespace

TEST_CASE("an owner's copy hides the data and opens only with the passphrase", "[ownercopy]")
{
    OwnerShop shop;
    const BackupInfo backup = shop.backUp();
    // The marker is there to be found in the plain backup...
    REQUIRE(fileBytes(backup.file).contains(kMarker.toUtf8()));

    const BackupInfo copy = requireValue(writeOwnerCopy(backup, shop.key(), shop.ownerFolder));
    CHECK(copy.ownerCopy);
    CHECK(QFileInfo(copy.file).dir() == QDir(shop.ownerFolder));
    CHECK(copy.file.endsWith(u"."_s + kOwnerCopySuffix));
    // ... and nowhere in the copy; nor is the passphrase.
    const QByteArray bytes = fileBytes(copy.file);
    CHECK_FALSE(bytes.contains(kMarker.toUtf8()));
    CHECK_FALSE(bytes.contains(kPassphrase.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayView("SQLite format 3")));
    CHECK(isOwnerCopyFile(copy.file));
    CHECK_FALSE(isOwnerCopyFile(backup.file));
    // No partial file is left in the owner's folder.
    CHECK(QDir(shop.ownerFolder).entryList(QDir::Files | QDir::Hidden).size() == 1);

    // Its description is readable without the passphrase, for lists.
    const BackupInfo listed = requireValue(readOwnerCopyInfo(copy.file));
    CHECK(listed.ownerCopy);
    CHECK(listed.databaseId == backup.databaseId);
    CHECK(listed.createdAt == backup.createdAt);
    CHECK(listed.kind == BackupKind::Automatic);

    // The right passphrase decrypts it into a backup that verifies by its checksum.
    QString plainFile;
    {
        auto opened = requireValue(openOwnerCopy(copy.file, kPassphrase, shop.dir.path()));
        plainFile = opened->file();
        CHECK(fileBytes(plainFile) == fileBytes(backup.file));
        const VerifiedBackup verified =
            requireValue(verifyBackupFile(plainFile, latestSchemaVersion()));
        CHECK(verified.checksumChecked);
        CHECK(verified.databaseId == backup.databaseId);
        CHECK(QFileInfo(plainFile).permissions().testFlag(QFileDevice::ReadOwner));
        CHECK_FALSE(QFileInfo(plainFile).permissions().testFlag(QFileDevice::ReadOther));
    }
    // The plain text is gone with the handle, folder and all.
    CHECK_FALSE(QFileInfo::exists(plainFile));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(plainFile).absolutePath()));

    // A wrong passphrase is refused and leaves nothing behind.
    const QStringList before = QDir(shop.dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
    Result<std::shared_ptr<OpenedOwnerCopy>> wrong =
        openOwnerCopy(copy.file, u"wrong horse battery"_s, shop.dir.path());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == ErrorKind::SignInFailed);
    CHECK(QDir(shop.dir.path()).entryList(QDir::AllEntries | QDir::Hidden) == before);
}

TEST_CASE("restore from an owner's copy brings the data back, a wrong passphrase changes nothing",
          "[ownercopy][restore]")
{
    OwnerShop shop;
    const OwnerKey first = shop.key();
    const BackupInfo backup = shop.backUp();
    const BackupInfo copy = requireValue(writeOwnerCopy(backup, first, shop.ownerFolder));
    shop.rename(u"Changed after the backup"_s);
    // The owner changes the passphrase after the copy was written.
    requireOk(setOwnerPassphrase(*shop.db, u"a newer passphrase"_s, kFastLimits));
    const OwnerKey second = *requireValue(loadOwnerKey(*shop.db));

    Result<std::shared_ptr<OpenedOwnerCopy>> wrong = openOwnerCopy(copy.file, u"not it at all"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == ErrorKind::SignInFailed);
    CHECK(shop.clientName() == u"Changed after the backup");

    {
        auto opened = requireValue(openOwnerCopy(copy.file, kPassphrase));
        const RestoreReport report = requireValue(shop.restore(opened->file()));
        CHECK(report.rowsCopied > 0);
    }
    CHECK(shop.clientName() == kMarker);
    // The copy opens with the passphrase it was written with, and the
    // owner's key is the owner's, not the data's: the restore keeps the newer one.
    const std::optional<OwnerKey> after = requireValue(loadOwnerKey(*shop.db));
    REQUIRE(after);
    CHECK(after->publicKey == second.publicKey);
    CHECK(after->publicKey != first.publicKey);
}

TEST_CASE("a truncated, tampered or foreign owner's copy is refused", "[ownercopy]")
{
    OwnerShop shop;
    const BackupInfo copy =
        requireValue(writeOwnerCopy(shop.backUp(), shop.key(), shop.ownerFolder));
    const QByteArray good = fileBytes(copy.file);
    const QString bad = shop.dir.path(u"bad."_s + kOwnerCopySuffix);

    auto refusedAs = [&](const QByteArray& bytes) {
        writeFile(bad, bytes);
        Result<std::shared_ptr<OpenedOwnerCopy>> opened =
            openOwnerCopy(bad, kPassphrase, shop.dir.path(u"tmp"_s));
        if (opened)
            return std::optional<ErrorKind>();
        // Whatever the damage, no decrypted file is left behind.
        CHECK(QDir(shop.dir.path(u"tmp"_s)).isEmpty());
        return std::optional<ErrorKind>(opened.error().kind);
    };
    QDir().mkpath(shop.dir.path(u"tmp"_s));

    // Cut at a chunk boundary, mid-chunk, and just the final tag's bytes.
    CHECK(refusedAs(good.left(good.size() - 1)) == ErrorKind::Corrupt);
    CHECK(refusedAs(good.left(good.size() / 2)) == ErrorKind::Corrupt);
    const qsizetype streamStart = 27 + qFromBigEndian<quint32>(good.constData() + 23);
    CHECK(refusedAs(good.left(streamStart + 24)) == ErrorKind::Corrupt);
    // One flipped bit in the encrypted data.
    QByteArray flipped = good;
    flipped[flipped.size() - 100] = char(flipped[flipped.size() - 100] ^ 0x01);
    CHECK(refusedAs(flipped) == ErrorKind::Corrupt);
    // Bytes appended after the final chunk.
    CHECK(refusedAs(good + "extra") == ErrorKind::Corrupt);
    // The unencrypted header is authenticated too: an edited creation date.
    QByteArray edited = good;
    const qsizetype year = edited.indexOf("\"created_at\":\"") + 14;
    edited[year + 3] = edited[year + 3] == '0' ? '1' : '0';
    CHECK(refusedAs(edited) == ErrorKind::Corrupt);
    // Not a copy at all.
    CHECK(refusedAs(fileBytes(copy.file).mid(1)) == ErrorKind::Foreign);
    // The untouched copy still opens.
    CHECK(refusedAs(good) == std::nullopt);
}

TEST_CASE("an owner's copy is made only of the backup as it was verified", "[ownercopy]")
{
    OwnerShop shop;
    const OwnerKey key = shop.key();
    const BackupInfo backup = shop.backUp();
    QByteArray bytes = fileBytes(backup.file);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    writeFile(backup.file, bytes);
    Result<BackupInfo> copy = writeOwnerCopy(backup, key, shop.ownerFolder);
    REQUIRE_FALSE(copy);
    CHECK(copy.error().kind == ErrorKind::Corrupt);
    CHECK(QDir(shop.ownerFolder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("only an owner sets the owner's passphrase, audited, and only its public half is kept",
          "[ownercopy][access]")
{
    OwnerShop shop;
    for (Role role : {Role::Admin, Role::Senior, Role::Manager}) {
        Principal someone;
        someone.accountId = 42;
        someone.role = role;
        someone.capabilities = defaultCapabilities(role);
        shop.db->setPrincipal(someone);
        Status refused = setOwnerPassphrase(*shop.db, kPassphrase, kFastLimits);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Forbidden);
        Status saved =
            saveOwnerKey(*shop.db, requireValue(deriveOwnerKey(kPassphrase, kFastLimits)));
        REQUIRE_FALSE(saved);
        CHECK(saved.error().kind == ErrorKind::Forbidden);
    }
    shop.db->setPrincipal(Principal{});
    CHECK_FALSE(requireValue(loadOwnerKey(*shop.db)).has_value());

    // Too short a passphrase is refused like a password.
    Status tooShort = setOwnerPassphrase(*shop.db, u"short"_s, kFastLimits);
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.error().kind == ErrorKind::Invalid);

    const OwnerKey key = shop.key();
    CHECK(key.limits.opsLimit == kFastLimits.opsLimit);
    // The settings and the audit hold neither the passphrase nor anything
    // but the public key, the salt and the limits.
    const QString stored = requireValue(SharedSettings(*shop.db).get(backupKeys::kOwnerKey)).value;
    CHECK_FALSE(stored.contains(kPassphrase));
    CHECK(stored.contains(QString::fromLatin1(key.publicKey.toBase64())));
    const QList<AuditEntry> audit = requireValue(readAudit(*shop.db, {}));
    const auto row = std::find_if(audit.begin(), audit.end(), [](const AuditEntry& e) {
        return e.action == auditAction::kOwnerCopyKey;
    });
    REQUIRE(row != audit.end());
    CHECK(row->details.value(u"public_key"_s).toString() ==
          QString::fromLatin1(key.publicKey.toBase64()));
}

TEST_CASE("the daily backup writes the owner's copy without the passphrase and prunes it",
          "[ownercopy][daily]")
{
    OwnerShop shop;
    const OwnerKey key = shop.key();
    SharedSettings settings(*shop.db);
    requireValue(settings.set(backupKeys::kFolder, shop.backups, 0));
    requireValue(settings.set(backupKeys::kDailyAt, u"off"_s, 0));
    requireValue(settings.set(backupKeys::kOwnerFolder, shop.ownerFolder, 0));

    BackupScheduler scheduler(*shop.db, u"this-pc"_s);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.checkDaily();
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    REQUIRE(finished.first().at(0).toBool());

    const QString databaseId = requireValue(databaseIdOf(shop.db->connection()));
    const QList<BackupInfo> copies = listOwnerCopiesOf(shop.ownerFolder, databaseId);
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().kind == BackupKind::Automatic);
    const BackupStatus status = requireValue(loadBackupStatus(*shop.db));
    CHECK(status.ownerCopyFile == copies.first().file);
    CHECK_FALSE(status.ownerCopyFailing());
    auto opened = requireValue(openOwnerCopy(copies.first().file, kPassphrase));
    CHECK(requireValue(verifyBackupFile(opened->file(), latestSchemaVersion())).checksumChecked);

    // The owner's folder keeps the backup folder's scheme: 2 daily copies.
    RetentionPolicy policy;
    policy.daily = 2;
    policy.weekly = policy.monthly = 0;
    const QDateTime today = QDateTime::currentDateTime();
    for (int day = 5; day >= 1; --day)
        requireValue(writeOwnerCopy(shop.backUp(BackupKind::Automatic, today.addDays(-day)), key,
                                    shop.ownerFolder));
    CHECK(listOwnerCopiesOf(shop.ownerFolder, databaseId).size() == 6);
    const QStringList pruned =
        requireValue(pruneOwnerCopies(shop.ownerFolder, databaseId, policy, today));
    CHECK(pruned.size() == 4);
    const QList<BackupInfo> kept = listOwnerCopiesOf(shop.ownerFolder, databaseId);
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().file == copies.first().file);
}

TEST_CASE("without the owner's key the daily backup is made and the owner's copy fails visibly",
          "[ownercopy][daily]")
{
    OwnerShop shop;
    SharedSettings settings(*shop.db);
    requireValue(settings.set(backupKeys::kFolder, shop.backups, 0));
    requireValue(settings.set(backupKeys::kDailyAt, u"off"_s, 0));
    requireValue(settings.set(backupKeys::kOwnerFolder, shop.ownerFolder, 0));

    BackupScheduler scheduler(*shop.db, u"this-pc"_s);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    scheduler.checkDaily();
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    CHECK(finished.first().at(0).toBool());
    CHECK(listBackups(shop.backups).size() == 1);
    const BackupStatus status = requireValue(loadBackupStatus(*shop.db));
    CHECK_FALSE(status.failing());
    CHECK(status.ownerCopyFailing());
    CHECK(QDir(shop.ownerFolder).isEmpty());
}
