#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "backup/BackupSettings.h"
#include "clients/ClientSettings.h"
#include "demo/DemoData.h"
#include "demo/DemoDatabase.h"
#include "firstrun/BackupPlace.h"
#include "firstrun/FirstStart.h"
#include "firstrun/ShopProfile.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Shop-pass-2026"_s;

FirstStartChoices shopChoices(const QString& backupFolder)
{
    FirstStartChoices c;
    c.language = Language::Russian;
    c.shop = {u"Квіти на Подолі"_s, u"EUR"_s, u"PL"_s};
    c.owner = {u"Olena.Koval"_s, u"Олена Коваль"_s, kPassword, kPassword};
    c.backupFolder = backupFolder;
    return c;
}

int countOf(Database& db, const QString& statement, const QVariantList& values = {})
{
    return requireValue(sql::scalar(db.connection(), statement, values)).toInt();
}

Volume disk(const QString& root, const QByteArray& device, qint64 freeBytes,
            const QByteArray& fs = "ext4")
{
    Volume v;
    v.root = root;
    v.device = device;
    v.fileSystem = fs;
    v.bytesAvailable = freeBytes;
    return v;
}

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

} // namespace

TEST_CASE("the shop's profile is checked: a name, an offered currency and country", "[firstrun]")
{
    CHECK_FALSE(checkShopProfile({u"Квіти"_s, u"UAH"_s, u"UA"_s}));
    const auto noName = checkShopProfile({u"   "_s, u"UAH"_s, u"UA"_s});
    REQUIRE(noName);
    CHECK(noName->field == SetupField::ShopName);
    CHECK(noName->error.kind == ErrorKind::Invalid);
    const auto longName =
        checkShopProfile({QString(kMaxShopNameLength + 1, u'я'), u"UAH"_s, u"UA"_s});
    REQUIRE(longName);
    CHECK(longName->field == SetupField::ShopName);
    CHECK_FALSE(checkShopProfile({QString(kMaxShopNameLength, u'я'), u"UAH"_s, u"UA"_s}));
    const auto currency = checkShopProfile({u"Квіти"_s, u"XYZ"_s, u"UA"_s});
    REQUIRE(currency);
    CHECK(currency->field == SetupField::Currency);
    const auto country = checkShopProfile({u"Квіти"_s, u"UAH"_s, u"ZZ"_s});
    REQUIRE(country);
    CHECK(country->field == SetupField::Country);

    // The defaults a new shop starts from: hryvnia and Ukraine, offered first.
    CHECK(ShopProfile{}.currency == u"UAH"_s);
    CHECK(ShopProfile{}.country == u"UA"_s);
    CHECK(currencyChoices().first().code == u"UAH"_s);
    CHECK(countryChoices().first().code == u"UA"_s);
    // Every offered country's usual currency is itself offered.
    for (const ShopChoice& c : countryChoices())
        CHECK_FALSE(checkShopProfile({u"x"_s, currencyOfCountry(c.code), c.code}));
    CHECK(currencyOfCountry(u"PL"_s) == u"PLN"_s);
    CHECK(currencyOfCountry(u"DE"_s) == u"EUR"_s);
}

TEST_CASE("the shop's profile is saved in one transaction and read back by the clients' settings",
          "[firstrun]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CHECK(requireValue(loadShopProfile(*db)) == ShopProfile{});

    SECTION("all three values or none: one transaction")
    {
        // The country's row cannot be written: the name and currency before
        // it must not stay either.
        // (A new database may already hold the country: refuse both ways.)
        for (const QString event : {u"INSERT"_s, u"UPDATE"_s})
            requireOk(sql::exec(db->connection(),
                                u"CREATE TRIGGER refuse_country_"_s + event + u" BEFORE "_s +
                                    event +
                                    u" ON settings WHEN NEW.key = 'clients.phone_region' "
                                    u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        CHECK_FALSE(saveShopProfile(*db, {u"Квіти"_s, u"EUR"_s, u"PL"_s}).ok());
        CHECK(requireValue(loadShopProfile(*db)) == ShopProfile{});
        return;
    }

    const ShopProfile profile{u"  Квіти на Подолі "_s, u"EUR"_s, u"PL"_s};
    requireOk(saveShopProfile(*db, profile));
    const ShopProfile stored = requireValue(loadShopProfile(*db));
    CHECK(stored.name == u"Квіти на Подолі"_s);
    CHECK(stored.currency == u"EUR"_s);
    CHECK(stored.country == u"PL"_s);
    // The rest of the program reads the same keys.
    CHECK(shopCurrency(*db) == u"EUR"_s);
    CHECK(phoneRegion(*db) == u"PL"_s);

    // Saved again over the stored versions (the assistant run a second time).
    requireOk(saveShopProfile(*db, {u"Квіти"_s, u"UAH"_s, u"UA"_s}));
    CHECK(requireValue(loadShopProfile(*db)) == ShopProfile{u"Квіти"_s, u"UAH"_s, u"UA"_s});

    // A wrong profile is refused and nothing changes.
    const Status refused = saveShopProfile(*db, {QString(), u"UAH"_s, u"UA"_s});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(requireValue(loadShopProfile(*db)).name == u"Квіти"_s);
}

TEST_CASE("the owner's choice is checked before any database exists", "[firstrun]")
{
    CHECK_FALSE(checkOwnerChoice({u"olena"_s, u"Олена"_s, kPassword, kPassword}));
    const auto differ = checkOwnerChoice({u"olena"_s, u"Олена"_s, kPassword, kPassword + u'x'});
    REQUIRE(differ);
    CHECK(differ->field == SetupField::Repeat);
    const auto shortPassword = checkOwnerChoice({u"olena"_s, u"Олена"_s, u"abc"_s, u"abc"_s});
    REQUIRE(shortPassword);
    CHECK(shortPassword->field == SetupField::Password);
    const auto spaced = checkOwnerChoice({u"olena koval"_s, u"Олена"_s, kPassword, kPassword});
    REQUIRE(spaced);
    CHECK(spaced->field == SetupField::Login);
    const auto noLogin = checkOwnerChoice({u" "_s, u"Олена"_s, kPassword, kPassword});
    REQUIRE(noLogin);
    CHECK(noLogin->field == SetupField::Login);
    const auto noName = checkOwnerChoice({u"olena"_s, u""_s, kPassword, kPassword});
    REQUIRE(noName);
    CHECK(noName->field == SetupField::FullName);
}

TEST_CASE("backups are suggested on another disk, a fixed one before a stick", "[firstrun]")
{
    const QString fallback = u"/home/olena/.local/share/Kartoteka/backups"_s;
    const QString database = u"/home/olena/.local/share/Kartoteka/kartoteka.sqlite"_s;
    // The system disk's root is root's: no folder of ours can be made there.
    Volume system = disk(u"/"_s, "/dev/sda2", 40 * kGiB);
    system.writableRoot = false;
    const Volume home = disk(u"/home"_s, "/dev/sda3", 200 * kGiB);
    const Volume second = disk(u"/mnt/data"_s, "/dev/sdb1", 300 * kGiB);
    const Volume stick = disk(u"/media/olena/KINGSTON"_s, "/dev/sdc1", 14 * kGiB, "vfat");
    const Volume memory = disk(u"/dev/shm"_s, "tmpfs", 4 * kGiB, "tmpfs");
    const Volume runUser = disk(u"/run/user/1000"_s, "tmpfs2", 1 * kGiB, "tmpfs");
    const Volume boot = disk(u"/boot/efi"_s, "/dev/sda1", 1 * kGiB, "vfat");

    SECTION("only the database's own disk: the default folder, said to be the same disk")
    {
        const auto s =
            suggestBackupPlace(database, {system, home, memory, runUser, boot}, fallback);
        CHECK(s.kind == BackupPlaceKind::SameDisk);
        CHECK(s.folder == fallback);
    }
    SECTION("a stick is suggested when it is the only other disk")
    {
        const auto s = suggestBackupPlace(database, {system, home, stick, memory}, fallback);
        CHECK(s.kind == BackupPlaceKind::Removable);
        CHECK(s.folder.startsWith(u"/media/olena/KINGSTON/"_s));
    }
    SECTION("a second fixed disk comes before the stick")
    {
        const auto s = suggestBackupPlace(database, {system, stick, home, second}, fallback);
        CHECK(s.kind == BackupPlaceKind::OtherDisk);
        CHECK(s.folder.startsWith(u"/mnt/data/"_s));
    }
    SECTION("of two other disks, the one with more room")
    {
        Volume writableSystem = system;
        writableSystem.writableRoot = true;
        const auto s = suggestBackupPlace(database, {writableSystem, home, second}, fallback);
        CHECK(s.folder.startsWith(u"/mnt/data/"_s));
        Volume small = second;
        small.bytesAvailable = 10 * kGiB;
        const QList<Volume> disks{writableSystem, home, small};
        const auto roomier = suggestBackupPlace(database, disks, fallback);
        REQUIRE(volumeOf(roomier.folder, disks));
        CHECK(volumeOf(roomier.folder, disks)->device == "/dev/sda2");
    }
    SECTION("a disk whose root this user cannot write to is passed over")
    {
        Volume rootOwned = second;
        rootOwned.writableRoot = false;
        CHECK(suggestBackupPlace(database, {system, home, rootOwned}, fallback).kind ==
              BackupPlaceKind::SameDisk);
    }
    SECTION("full, read-only and unready disks are passed over")
    {
        Volume full = second;
        full.bytesAvailable = kMinBackupDiskBytes - 1;
        Volume readOnly = stick;
        readOnly.readOnly = true;
        Volume unready = disk(u"/media/olena/CARD"_s, "/dev/sdd1", 8 * kGiB);
        unready.ready = false;
        Volume databaseDisk = disk(u"/"_s, "/dev/sda2", 40 * kGiB);
        const auto s = suggestBackupPlace(u"/srv/shop/kartoteka.sqlite"_s,
                                          {databaseDisk, full, readOnly, unready}, fallback);
        CHECK(s.kind == BackupPlaceKind::SameDisk);
    }
    SECTION("the same device mounted twice is the same disk")
    {
        const Volume bind = disk(u"/srv/backups"_s, "/dev/sda3", 200 * kGiB);
        const auto s = suggestBackupPlace(database, {system, home, bind}, fallback);
        CHECK(s.kind == BackupPlaceKind::SameDisk);
        CHECK(onSameDisk(database, u"/srv/backups/x"_s, {system, home, bind}));
    }
    CHECK(onSameDisk(database, u"/home/olena/Backups"_s, {system, home, stick}));
    CHECK_FALSE(onSameDisk(database, u"/media/olena/KINGSTON/Backups"_s, {system, home, stick}));
    // A path that does not exist yet is on the disk of the mount that would hold it.
    REQUIRE(volumeOf(u"/media/olena/KINGSTON/new/folder"_s, {system, home, stick}));
    CHECK(volumeOf(u"/media/olena/KINGSTON/new/folder"_s, {system, home, stick})->device ==
          "/dev/sdc1");
    // (This PC's own disks are not asserted: a chroot or container, as in CI
    // and fresh-debian.sh, may show none that could hold a backup.)
}

TEST_CASE("a chosen backup folder must be one Kartoteka can write into", "[firstrun]")
{
    TempDir dir;
    CHECK_FALSE(checkBackupFolder(QString())); // the default folder
    CHECK_FALSE(checkBackupFolder(dir.path(u"new/backups"_s)));
    CHECK(QDir(dir.path(u"new/backups"_s)).exists());
    CHECK(QDir(dir.path(u"new/backups"_s)).isEmpty()); // the probe is gone
    const auto relative = checkBackupFolder(u"backups"_s);
    REQUIRE(relative);
    CHECK(relative->field == SetupField::BackupFolder);
    // A file where the folder should be.
    writeFile(dir.path(u"taken"_s), "x");
    const auto taken = checkBackupFolder(dir.path(u"taken/backups"_s));
    REQUIRE(taken);
    CHECK(taken->error.kind == ErrorKind::Io);
}

TEST_CASE("a first start sets up the owner, the shop, the backups and the language", "[firstrun]")
{
    PrivateSettings settings;
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const FirstStartChoices choices = shopChoices(dir.path(u"backups"_s));
    setChosenLanguage(std::nullopt);

    const Principal owner = requireValue(applyFirstStart(*db, choices));
    CHECK(owner.login == u"olena.koval"_s);
    CHECK(owner.role == Role::Owner);
    CHECK(db->principal().accountId == owner.accountId);
    CHECK_FALSE(requireValue(Accounts(*db).needsOwner()));
    CHECK(requireValue(Accounts(*db).signIn(u"olena.koval"_s, kPassword)).accountId ==
          owner.accountId);
    CHECK(requireValue(loadShopProfile(*db)) == choices.shop);
    CHECK(requireValue(loadBackupPolicy(*db)).folder == dir.path(u"backups"_s));
    CHECK(chosenLanguage() == Language::Russian);
    // Recorded under the owner's name, not the program's.
    CHECK(requireValue(SharedSettings(*db).get(shopKeys::kName)).updatedBy == u"Олена Коваль"_s);
    setChosenLanguage(std::nullopt);
}

TEST_CASE("a first start with the default backup folder stores no folder", "[firstrun]")
{
    PrivateSettings settings;
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(applyFirstStart(*db, shopChoices(QString())));
    CHECK(requireValue(loadBackupPolicy(*db)).folder.isEmpty());
    setChosenLanguage(std::nullopt);
}

TEST_CASE("a first start refuses wrong choices before it writes anything", "[firstrun]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    FirstStartChoices choices = shopChoices(QString());
    choices.owner.repeat = u"something else"_s;
    const auto refused = applyFirstStart(*db, choices);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(requireValue(Accounts(*db).needsOwner()));
    CHECK(requireValue(loadShopProfile(*db)).name.isEmpty());
}

TEST_CASE("a first start with the demo makes its owner the person", "[firstrun]")
{
    PrivateSettings settings;
    TempDir dir;
    const QString path = demoDatabasePathFor(dir.path(u"kartoteka.sqlite"_s));
    CHECK(path == dir.path(u"kartoteka-demo.sqlite"_s));
    DemoOptions options;
    options.clients = 20;
    requireValue(createDemoDatabase(path, ModeChoice::Local, options));
    auto db = openTestDatabase(path);
    FirstStartChoices choices = shopChoices(QString());
    choices.start = StartWith::Demo;
    // Not one of the demo's own staff (their names are taken).
    choices.owner.name = u"Ганна Шевчук"_s;

    const Principal owner = requireValue(applyFirstStart(*db, choices));
    CHECK(owner.login == u"olena.koval"_s);
    CHECK(owner.name == u"Ганна Шевчук"_s);
    CHECK(owner.role == Role::Owner);
    // Their own password now, and the demo's owner login is gone.
    CHECK(requireValue(Accounts(*db).signIn(u"olena.koval"_s, kPassword)).accountId ==
          owner.accountId);
    CHECK_FALSE(Accounts(*db).signIn(u"owner"_s, kDemoPassword).ok());
    CHECK(requireValue(loadShopProfile(*db)) == choices.shop);
    // The demo's clients are still there, to look around in.
    CHECK(countOf(*db, u"SELECT count(*) FROM clients"_s) >= 20);
    setChosenLanguage(std::nullopt);
}
