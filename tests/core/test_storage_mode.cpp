#include "Catch.h"
#include "TestSupport.h"

#include "storage/StorageMode.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

TEST_CASE("network file systems are recognised by name and by magic", "[mode]")
{
    for (const QString& name : {u"nfs"_s, u"NFS4"_s, u"cifs"_s, u"smb3"_s, u"smbfs"_s, u"afpfs"_s,
                                u"webdav"_s, u"fuse.sshfs"_s})
        CHECK(isNetworkFileSystemName(name));
    for (const QString& name : {u"ext4"_s, u"btrfs"_s, u"xfs"_s, u"tmpfs"_s, u"apfs"_s, u"NTFS"_s})
        CHECK_FALSE(isNetworkFileSystemName(name));

    CHECK(isNetworkFileSystemMagic(0x6969));           // NFS
    CHECK(isNetworkFileSystemMagic(0xFF534D42));       // CIFS
    CHECK(isNetworkFileSystemMagic(0xFE534D42));       // SMB2
    CHECK_FALSE(isNetworkFileSystemMagic(0xEF53));     // ext4
    CHECK_FALSE(isNetworkFileSystemMagic(0x01021994)); // tmpfs
}

TEST_CASE("UNC paths are shared folders", "[mode]")
{
    CHECK(isUncPath(u"\\\\server\\shop\\kartoteka.sqlite"_s));
    CHECK(isUncPath(u"//server/shop/kartoteka.sqlite"_s));
    CHECK_FALSE(isUncPath(u"C:\\data\\kartoteka.sqlite"_s));
    CHECK(detectStorageMode(u"//server/shop/kartoteka.sqlite"_s) == StorageMode::Shared);
}

TEST_CASE("a local folder is local, and the choice overrides detection", "[mode]")
{
    test::TempDir dir;
    const QString path = dir.path(u"not-yet/created.sqlite"_s);
    CHECK(detectStorageMode(path) == StorageMode::Local);
    CHECK(resolveStorageMode(ModeChoice::Automatic, path) == StorageMode::Local);
    CHECK(resolveStorageMode(ModeChoice::Shared, path) == StorageMode::Shared);
    CHECK(resolveStorageMode(ModeChoice::Local, u"//server/x.sqlite"_s) == StorageMode::Local);
    CHECK(modeChoiceFromName(u"shared"_s) == ModeChoice::Shared);
    CHECK(modeChoiceFromName(u"auto"_s) == ModeChoice::Automatic);
    CHECK_FALSE(modeChoiceFromName(u"fast"_s).has_value());
}
