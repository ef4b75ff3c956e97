#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/AccountSettings.h"
#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "demo/DemoMark.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("the idle lock is 15 minutes until the owner sets it, and only with Settings",
          "[accounts][settings]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    IdleLockSetting start = requireValue(loadIdleLock(*db));
    CHECK(start.minutes == kDefaultIdleLockMinutes);
    CHECK(start.version == 0);

    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, u"owner-password"_s));
    requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"temporary1"_s));
    const Principal owner = requireValue(accounts.signIn(u"owner"_s, u"owner-password"_s));
    const Principal manager = requireValue(accounts.signIn(u"olena"_s, u"temporary1"_s));

    db->setPrincipal(manager);
    Result<qint64> refused = saveIdleLock(*db, 5, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK(requireValue(loadIdleLock(*db)).minutes == kDefaultIdleLockMinutes);

    db->setPrincipal(owner);
    for (int wrong : {0, kMaxIdleLockMinutes + 1}) {
        Result<qint64> invalid = saveIdleLock(*db, wrong, 0);
        REQUIRE_FALSE(invalid);
        CHECK(invalid.error().kind == ErrorKind::Invalid);
    }
    const qint64 version = requireValue(saveIdleLock(*db, 5, 0));
    CHECK(requireValue(loadIdleLock(*db)).minutes == 5);
    CHECK(requireValue(loadIdleLock(*db)).version == version);
    // A colleague's save based on the old version does not overwrite it.
    Result<qint64> stale = saveIdleLock(*db, 30, 0);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(loadIdleLock(*db)).minutes == 5);

    AuditFilter filter;
    filter.action = auditAction::changeAction(u"settings"_s, u"update"_s);
    const QList<AuditEntry> audit = requireValue(readAudit(*db, filter));
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().userId == owner.accountId);
    REQUIRE(audit.first().fields.size() == 1);
    CHECK(audit.first().fields.first().field == accountKeys::kIdleLockMinutes);
    CHECK(audit.first().fields.first().after == u"5"_s);
}

TEST_CASE("a database filled with demo data is marked as a demo", "[accounts][demo]")
{
    TempDir dir;
    auto shop = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CHECK_FALSE(requireValue(isDemoDatabase(*shop)));
    auto demo = openTestDatabase(dir.path(u"demo.sqlite"_s));
    requireValue(generateDemo(*demo, {20, 1}));
    CHECK(requireValue(isDemoDatabase(*demo)));
}
