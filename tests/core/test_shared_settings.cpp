// The shared settings (settings/SharedSettings.h), the first repository run on
// both backends (issue 13): the same code and the same checks on a file and on
// a server database.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("shared settings are saved with a version, and a stale save is a conflict",
          "[settings][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    SharedSettings settings(*db);
    CHECK(requireValue(settings.get(u"shop.name"_s)).version == 0);
    auto feedRows = [&] {
        return requireValue(
                   sql::scalar(db->connection(),
                               u"SELECT count(*) FROM changes WHERE entity = 'settings'"_s))
            .toInt();
    };
    const int rowsBefore = feedRows();

    const qint64 first = requireValue(settings.set(u"shop.name"_s, u"Ромашка"_s, 0));
    CHECK(first == 1);
    const SettingValue saved = requireValue(settings.get(u"shop.name"_s));
    CHECK(saved.value == u"Ромашка"_s);
    CHECK(saved.version == first);

    // Someone else saved first: both a second "new" save and one from the old
    // version are refused, and the value stays.
    for (qint64 stale : {qint64(0), first - 1}) {
        const Result<qint64> refused = settings.set(u"shop.name"_s, u"Волошка"_s, stale);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Conflict);
    }
    CHECK(requireValue(settings.set(u"shop.name"_s, u"Волошка"_s, first)) == first + 1);
    CHECK(requireValue(settings.get(u"shop.name"_s)).value == u"Волошка"_s);

    // Each save is one change-feed row and, when the value changed, one audit row.
    CHECK(feedRows() == rowsBefore + 2);
    AuditFilter filter;
    filter.action = auditAction::changeAction(SharedSettings::kEntity, u"update"_s);
    const QList<AuditEntry> audit = requireValue(readAudit(*db, filter));
    REQUIRE(audit.size() == 2);
    REQUIRE(audit.first().fields.size() == 1);
    CHECK(audit.first().fields.first().before == u"Ромашка"_s);
    CHECK(audit.first().fields.first().after == u"Волошка"_s);
}

TEST_CASE("a setting the program records is saved over whatever was there", "[settings][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    SharedSettings settings(*db);
    requireOk(settings.put(u"backup.last"_s, u"2026-11-30"_s));
    requireOk(settings.put(u"backup.last"_s, u"2026-12-01"_s));
    requireOk(settings.put(u"backup.folder"_s, u"/srv/копії"_s));
    requireOk(settings.put(u"backupx"_s, u"not in the prefix"_s));
    const SettingValue last = requireValue(settings.get(u"backup.last"_s));
    CHECK(last.value == u"2026-12-01"_s);
    CHECK(last.version == 2);

    const QHash<QString, SettingValue> backup = requireValue(settings.withPrefix(u"backup."_s));
    CHECK(backup.size() == 2);
    CHECK(backup.value(u"backup.folder"_s).value == u"/srv/копії"_s);
    CHECK_FALSE(backup.contains(u"backupx"_s));
}
