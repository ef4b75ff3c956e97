// The audit in words (shared by the Audit screen, the card's history, the CLI
// and exports), the audit's export, and what the account screens ask of core.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "firstrun/ShopProfile.h"
#include "language/Formats.h"
#include "language/Language.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Noon UTC: the same calendar day in every time zone a test machine has.
const QDateTime kAt{QDate(2026, 11, 12), QTime(12, 0), Qt::UTC};

AuditEntry phoneChange()
{
    AuditEntry e;
    e.id = 7;
    e.at = kAt;
    e.userId = 5;
    e.userName = u"Олена Коваль"_s;
    e.action = auditAction::changeAction(u"client"_s, u"update"_s);
    e.entity = u"client"_s;
    e.entityId = 42;
    e.clientId = 42;
    e.fields = {{u"phones"_s, u"+380 50 111 22 33"_s, u"+380 67 444 55 66"_s},
                {u"last_name"_s, u"Шевчук"_s, u"Шевченко"_s}};
    return e;
}

struct LocaleGuard
{
    QLocale before;
    explicit LocaleGuard(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(before); }
};

Account addAccount(Accounts& accounts, const QString& login, Role role)
{
    return requireValue(accounts.add(login, login.toUpper(), role, temporaryPassword()));
}

qint64 auditRows(Database& db)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM audit"_s)).toLongLong();
}

} // namespace

TEST_CASE("an audit entry reads as one line per changed field, with field titles and a "
          "four-digit year",
          "[audit][text]")
{
    // Ukrainian's short date has a two-digit year; the audit never does.
    LocaleGuard uk(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    const AuditEntry e = phoneChange();
    CHECK(auditTimeText(e.at).contains(u"12.11.2026"_s));

    const QStringList lines = auditHistoryLines(e);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(u"Олена Коваль"_s));
    CHECK(lines[0].contains(u"12.11.2026"_s));
    CHECK(lines[0].contains(u"+380 50 111 22 33"_s));
    CHECK(lines[0].contains(u"+380 67 444 55 66"_s));
    CHECK(lines[0].indexOf(u"+380 50"_s) < lines[0].indexOf(u"+380 67"_s)); // old, then new
    // Field names become titles, whichever spelling recorded them.
    const QString phone = auditFieldTitle(u"client"_s, u"phones"_s);
    CHECK(phone != u"phones"_s);
    CHECK(phone == auditFieldTitle(u"client"_s, u"phone"_s));
    CHECK(lines[0].startsWith(phone));
    CHECK(auditFieldTitle(u"client"_s, u"last_name"_s) ==
          auditFieldTitle(u"client"_s, u"lastName"_s));
    CHECK(lines[1].startsWith(auditFieldTitle(u"client"_s, u"last_name"_s)));
    CHECK_FALSE(lines[1].contains(u"last_name"_s));
    // An unknown field keeps its name rather than vanishing.
    CHECK(auditFieldTitle(u"client"_s, u"x_custom"_s) == u"x_custom"_s);

    const QStringList fields = auditFieldLines(e);
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].startsWith(phone));

    // A client the reader knows by name is named; one they do not is not guessed.
    CHECK(auditWhat(e, {{}, {{42, u"Шевченко Тарас"_s}}}).contains(u"Шевченко Тарас"_s));
    CHECK_FALSE(auditWhat(e).contains(u"Шевченко Тарас"_s));
}

TEST_CASE("roles, rights and actions are shown by their titles, not their stored names",
          "[audit][text]")
{
    AuditEntry role;
    role.at = kAt;
    role.userId = 1;
    role.userName = u"Owner"_s;
    role.action = auditAction::kAccountRole;
    role.entity = u"user"_s;
    role.entityId = 3;
    role.fields = {{u"role"_s, u"manager"_s, u"senior"_s}};
    const QStringList roleLines = auditFieldLines(role);
    REQUIRE(roleLines.size() == 1);
    CHECK(roleLines[0].contains(roleTitle(Role::Manager)));
    CHECK(roleLines[0].contains(roleTitle(Role::Senior)));
    CHECK(auditWhat(role, {{{3, u"Петро Бондар"_s}}, {}}).contains(u"Петро Бондар"_s));

    AuditEntry rights = role;
    rights.action = auditAction::kRoleCapabilities;
    rights.entity = u"role"_s;
    rights.entityId = 0;
    rights.fields = {{u"senior"_s, u"clients.all, export"_s, u"clients.all"_s}};
    const QStringList rightsLines = auditFieldLines(rights);
    REQUIRE(rightsLines.size() == 1);
    CHECK(rightsLines[0].contains(capabilityTitle(Capability::Export)));
    CHECK(rightsLines[0].startsWith(roleTitle(Role::Senior)));
    CHECK(auditWhat(rights).contains(roleTitle(Role::Senior)));

    for (const AuditActionChoice& choice : auditActionChoices()) {
        CHECK_FALSE(choice.title.isEmpty());
        CHECK(choice.title != choice.key);
        if (!choice.key.endsWith(u'.'))
            CHECK(auditActionTitle(choice.key) == choice.title);
    }
    CHECK(auditActionTitle(u"client.update"_s) != u"client.update"_s);
    CHECK(auditActionTitle(u"client.archive"_s) != u"client.archive"_s);
    CHECK(auditActionTitle(u"client.archive"_s) != auditActionTitle(u"client.unarchive"_s));
    CHECK(auditActionTitle(u"deal.move"_s) != u"deal.move"_s);
    // The shop's own card fields are recorded by their names, and shown so.
    CHECK(auditFieldTitle(u"client"_s, u"custom:Стиль інтер'єру"_s) == u"Стиль інтер'єру"_s);

    AuditEntry backup;
    backup.action = auditAction::kBackup;
    backup.details = {{u"ok"_s, true}, {u"file"_s, u"/mnt/usb/shop-20261112.sqlite"_s}};
    AuditEntry failed = backup;
    failed.details = {{u"ok"_s, false}, {u"error"_s, u"/mnt/usb: 0 bytes free"_s}};
    CHECK(auditWhat(backup).contains(u"shop-20261112.sqlite"_s));
    CHECK(auditWhat(failed).contains(u"/mnt/usb: 0 bytes free"_s));
    CHECK(auditWhat(failed) != auditActionTitle(auditAction::kBackup));
    CHECK(auditActionTitle(u"something.new"_s) == u"something.new"_s);
}

TEST_CASE("the audit's export needs Audit and Export, writes what the filter selects and is "
          "itself audited",
          "[audit][export]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    const Account owner =
        requireValue(accounts.createOwner(u"owner"_s, u"Власник"_s, u"owner-password-1"_s));
    const Account senior = addAccount(accounts, u"senior"_s, Role::Senior);
    const Account admin = addAccount(accounts, u"admin"_s, Role::Admin);
    const QString file = dir.path(u"audit.csv"_s);

    db->setPrincipal(requireValue(accounts.principalOf(senior.id))); // Export, not Audit
    Result<int> refused = exportAudit(*db, {}, file, TableFileFormat::Csv);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    db->setPrincipal({});
    requireOk(accounts.setCapabilities(Role::Admin, {Capability::Audit, Capability::Accounts}));
    db->setPrincipal(requireValue(accounts.principalOf(admin.id))); // Audit, not Export
    refused = exportAudit(*db, {}, file, TableFileFormat::Csv);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(QFile::exists(file));

    db->setPrincipal(requireValue(accounts.principalOf(owner.id)));
    const qint64 before = auditRows(*db);
    AuditFilter onlyAdds;
    onlyAdds.action = auditAction::kAccountAdd;
    const int rows = requireValue(exportAudit(*db, onlyAdds, file, TableFileFormat::Csv));
    CHECK(rows == 3); // the owner, the senior manager, the administrator
    const QString csv = QString::fromUtf8(fileBytes(file));
    CHECK(csv.count(auditActionTitle(auditAction::kAccountAdd)) == 3);
    CHECK(csv.contains(u"senior"_s));
    CHECK(auditRows(*db) == before + 1);
    AuditFilter exports;
    exports.action = auditAction::kExport;
    const QList<AuditEntry> logged = requireValue(readAudit(*db, exports));
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].userId == owner.id);
    CHECK(logged[0].details.value(u"rows"_s).toInt() == 3);
    CHECK(logged[0].details.value(u"file"_s).toString().endsWith(u"audit.csv"_s));
}

TEST_CASE("what a hand-over would move is counted, login and name change together, and several "
          "roles' rights are saved as one change",
          "[accounts]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Власник"_s, u"owner-password-1"_s));
    const Account leaving = addAccount(accounts, u"leaving"_s, Role::Manager);
    const Account other = addAccount(accounts, u"other"_s, Role::Manager);

    ClientRepository clients(*db);
    Client a;
    a.lastName = u"Перший"_s;
    a.managerId = leaving.id;
    Client b;
    b.lastName = u"Другий"_s;
    b.managerId = leaving.id;
    Client c;
    c.lastName = u"Чужий"_s;
    c.managerId = other.id;
    for (Client* client : {&a, &b, &c})
        requireOk(clients.create(*client));
    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.pipelineId = pipeline.id;
    deal.clientId = c.id;
    deal.title = u"Кухня"_s;
    deal.managerId = leaving.id;
    requireOk(deals.create(deal));

    const HandOverReport work = requireValue(accounts.workOf(leaving.id));
    CHECK(work.clients == 2);
    CHECK(work.deals == 1);
    db->setPrincipal(requireValue(accounts.principalOf(other.id)));
    Result<HandOverReport> refused = accounts.workOf(leaving.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    db->setPrincipal({});
    const HandOverReport moved = requireValue(accounts.deactivate({leaving.id, {other.id}}));
    CHECK(moved.clients == work.clients);
    CHECK(moved.deals == work.deals);

    const qint64 changes =
        requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM changes"_s)).toLongLong();
    requireOk(accounts.rename(other.id, u"Petro.Bondar "_s, u"Петро Бондар"_s));
    const Account renamed = requireValue(accounts.byId(other.id));
    CHECK(renamed.login == u"petro.bondar"_s);
    CHECK(renamed.name == u"Петро Бондар"_s);
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM changes"_s))
              .toLongLong() == changes + 1);
    AuditFilter edits;
    edits.action = auditAction::changeAction(Accounts::kEntity, u"update"_s);
    const QList<AuditEntry> renames = requireValue(readAudit(*db, edits));
    REQUIRE(renames.size() == 1);
    CHECK(renames[0].fields.size() == 2);
    Status taken = accounts.rename(other.id, u"owner"_s, u"Петро Бондар"_s);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(accounts.byId(other.id)).login == u"petro.bondar"_s);

    // Two roles in one Save: one transaction, one audit row per role.
    const qint64 auditBefore = auditRows(*db);
    requireOk(accounts.setCapabilities(QHash<Role, QSet<Capability>>{
        {Role::Senior, {Capability::AllClients}},
        {Role::Manager, {Capability::TakeUnassigned, Capability::Print}}}));
    CHECK(requireValue(accounts.capabilitiesOf(Role::Senior)) ==
          QSet<Capability>{Capability::AllClients});
    CHECK(requireValue(accounts.capabilitiesOf(Role::Manager)) ==
          QSet<Capability>{Capability::TakeUnassigned, Capability::Print});
    CHECK(auditRows(*db) == auditBefore + 2);
    // One refused role refuses the whole Save.
    Status owner = accounts.setCapabilities(
        QHash<Role, QSet<Capability>>{{Role::Senior, {}}, {Role::Owner, {}}});
    REQUIRE_FALSE(owner);
    CHECK(requireValue(accounts.capabilitiesOf(Role::Senior)) ==
          QSet<Capability>{Capability::AllClients});
}

TEST_CASE("the audit names shop settings and their values as people know them, says who acted "
          "without an account and what an import did",
          "[audit][text]")
{
    LanguageGuard uk(Language::Ukrainian);
    AuditEntry e;
    e.at = kAt;
    e.userId = 0; // the first-start assistant: nobody signed in yet
    e.userName = u"home-uk"_s;
    e.action = auditAction::changeAction(u"settings"_s, u"update"_s);
    e.entity = u"settings"_s;
    e.fields = {{u"shop.currency"_s, QString(), u"UAH"_s},
                {u"shop.name"_s, QString(), u"Ромашка"_s},
                {u"shop.language"_s, u"en"_s, u"uk"_s},
                {u"clients.phone_region"_s, QString(), u"UA"_s},
                {u"backup.keep_daily"_s, u"7"_s, u"14"_s}};
    const QStringList lines = auditFieldLines(e);
    REQUIRE(lines.size() == 5);
    for (const QString& line : lines) {
        // No stored key is left for a person to decode.
        CHECK_FALSE(line.contains(u"shop."_s));
        CHECK_FALSE(line.contains(u"clients."_s));
        CHECK_FALSE(line.contains(u"backup."_s));
    }
    CHECK(lines[0].startsWith(shownText("kartoteka::AuditText", "Currency")));
    CHECK(lines[0].endsWith(currencySign(u"UAH"_s)));
    CHECK_FALSE(lines[0].contains(u"UAH"_s)); // Ukrainian writes the hryvnia as on price tags
    CHECK(lines[1].startsWith(shownText("kartoteka::AuditText", "Shop name")));
    CHECK(lines[2].startsWith(shownText("kartoteka::AuditText", "Language")));
    CHECK(lines[2].endsWith(languageNativeName(Language::Ukrainian)));
    CHECK(lines[2].contains(languageNativeName(Language::English)));
    CHECK(lines[3].startsWith(shownText("kartoteka::AuditText", "Phone numbers' country")));
    CHECK(lines[3].endsWith(choiceName(countryChoices().first())));
    CHECK(countryChoices().first().code == u"UA"_s);
    CHECK(lines[4].startsWith(shownText("kartoteka::AuditText", "Daily backups kept")));

    // Who: the computer's user, said as such, never a bare name in brackets.
    CHECK(auditWho(e) ==
          shownText("kartoteka::AuditText", "Kartoteka (computer user: %1)").arg(u"home-uk"_s));

    // A catalog import says what it did with the products.
    AuditEntry import;
    import.at = kAt;
    import.action = auditAction::changeAction(u"product"_s, u"import"_s);
    import.entity = u"product"_s;
    import.details =
        QJsonObject{{u"added"_s, 31},        {u"changed"_s, 42},   {u"deactivated"_s, 53},
                    {u"kept_missing"_s, 64}, {u"unchanged"_s, 75}, { u"problems"_s, 0 }};
    const QString what = auditWhat(import);
    CHECK(what.startsWith(auditActionTitle(import.action)));
    for (const char* n : {"31", "42", "53", "64", "75"})
        CHECK(what.contains(QString::fromLatin1(n)));
    CHECK(what.contains(shownText("kartoteka::AuditText", "new: %1").arg(31)));
    CHECK(what.contains(shownText("kartoteka::AuditText", "deactivated: %1").arg(53)));
}

TEST_CASE("Ukrainian and Russian never decline a person's name or a passed-in noun",
          "[audit][text][language]")
{
    // A name ("Ірина Мельник") is put in as it is: a translation that puts it
    // where the grammar wants another case ("Дайте Ірина Мельник…") reads
    // broken. Each message that takes a name must set it apart: in brackets,
    // in quotes, after a colon, or as the subject at the start.
    struct Message
    {
        const char* context;
        const char* source;
        const char* placeholder;
    };
    const QList<Message> messages{
        {"kartoteka::ui::TemporaryPasswordDialog",
         "Give %1 this login and temporary password:", "%1"},
        {"kartoteka::ui::TemporaryPasswordDialog", "Temporary password for %1", "%1"},
        {"kartoteka::ui::AccountsPanel",
         "Give %1 a new temporary password? The current password stops working at once.", "%1"},
        {"kartoteka::ui::AccountsPanel",
         "Deactivate %1 and hand %2 and %3 to %4? They will no longer be able to sign in.", "%1"},
        {"kartoteka::ui::AccountsPanel",
         "Deactivate %1 and hand %2 and %3 to %4? They will no longer be able to sign in.", "%4"},
        {"kartoteka::ui::HandOverDialog", "%1 has %2 and %3. Choose who takes them over.", "%1"},
        {"kartoteka::ui::HandOverDialog", "%1 has no clients and no open deals.", "%1"},
        {"kartoteka::AuditText", "Handed over %1 and %2 of %3 to %4", "%3"},
        {"kartoteka::cli",
         "Account %1 added for %2 (%3). They choose their own password at the first sign-in.",
         "%2"},
        {"kartoteka::cli", "%1 has a temporary password and chooses their own at the next sign-in.",
         "%1"},
        {"kartoteka::ui::ClientCard", "Works at %1", "%1"},
    };
    for (const Language language : {Language::Ukrainian, Language::Russian}) {
        LanguageGuard speaking(language);
        for (const Message& m : messages) {
            const QString text = shownText(m.context, m.source);
            INFO(text.toStdString());
            REQUIRE(text != QString::fromUtf8(m.source)); // translated at all
            const qsizetype at = text.indexOf(QString::fromLatin1(m.placeholder));
            REQUIRE(at >= 0);
            const QString before = text.left(at);
            CHECK((at == 0 || before.endsWith(u'(') || before.endsWith(u'«') ||
                   before.endsWith(u": "_s)));
        }
    }
}
