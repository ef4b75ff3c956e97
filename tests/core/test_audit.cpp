#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "audit/Exports.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/Restore.h"
#include "catalog/CatalogImport.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "money/Money.h"
#include "settings/SharedSettings.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

const QString kPassword = u"correct horse 1"_s;

// A shop with an owner, a senior manager and two managers; the database
// works as the manager Olena unless a test signs in someone else.
struct AuditShop
{
    TempDir dir;
    QString path = dir.path(u"shop.sqlite"_s);
    std::unique_ptr<Database> db = openTestDatabase(path);
    Principal owner;
    Principal senior;
    Principal olena;
    Principal taras;

    AuditShop()
    {
        Accounts accounts(*db);
        const Account o =
            requireValue(accounts.createOwner(u"owner"_s, u"Iryna Owner"_s, kPassword));
        const Account s =
            requireValue(accounts.add(u"senior"_s, u"Petro Senior"_s, Role::Senior, kPassword));
        const Account m1 =
            requireValue(accounts.add(u"olena"_s, u"Olena Koval"_s, Role::Manager, kPassword));
        const Account m2 =
            requireValue(accounts.add(u"taras"_s, u"Taras Bondar"_s, Role::Manager, kPassword));
        owner = requireValue(accounts.principalOf(o.id));
        senior = requireValue(accounts.principalOf(s.id));
        olena = requireValue(accounts.principalOf(m1.id));
        taras = requireValue(accounts.principalOf(m2.id));
        db->setPrincipal(olena);
    }

    // The audit's rows of `action` (a prefix when it ends in '.'), newest first.
    QList<AuditEntry> audit(const QString& action = {}, qint64 clientId = 0)
    {
        const Principal was = db->principal();
        db->setPrincipal(owner);
        AuditFilter filter;
        filter.action = action;
        filter.clientId = clientId;
        QList<AuditEntry> rows = requireValue(readAudit(*db, filter));
        db->setPrincipal(was);
        return rows;
    }

    qint64 count(const QString& table)
    {
        return requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM "_s + table))
            .toLongLong();
    }
};

// The change of `field` in an audit row, or nothing.
std::optional<FieldChange> fieldOf(const AuditEntry& entry, const QString& field)
{
    for (const FieldChange& f : entry.fields) {
        if (f.field == field)
            return f;
    }
    return std::nullopt;
}

void checkChange(const AuditEntry& entry, const QString& field, const QString& before,
                 const QString& after)
{
    INFO(entry.action.toStdString() << " " << field.toStdString());
    const std::optional<FieldChange> change = fieldOf(entry, field);
    REQUIRE(change.has_value());
    CHECK(change->before == before);
    CHECK(change->after == after);
}

qint64 id(Database& db, const QString& statement, const QVariantList& args = {})
{
    return requireValue(sql::scalar(db.connection(), statement, args)).toLongLong();
}

} // namespace

TEST_CASE("every edit of a client is audited with old and new values as a person reads them, "
          "under the account that made it",
          "[audit][clients]")
{
    AuditShop shop;
    Database& db = *shop.db;
    Lists lists(db);
    CustomField size{0, 0, u"Shoe size"_s, FieldType::Text, {}};
    db.setPrincipal(shop.owner); // fields are the owner's to add
    requireOk(CustomFieldRepository(db).create(size));
    db.setPrincipal(shop.olena);

    ClientRepository repo(db);
    Client c;
    c.lastName = u"Коваленко"_s;
    c.firstName = u"Марія"_s;
    c.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    c.statusId = requireValue(lists.idOf(kStatuses, u"Lead"_s));
    c.managerId = shop.olena.accountId;
    requireOk(repo.create(c));

    QList<AuditEntry> rows = shop.audit(u"client."_s);
    REQUIRE(rows.size() == 1);
    const AuditEntry created = rows.first();
    CHECK(created.action == u"client.insert"_s);
    CHECK(created.entity == u"client"_s);
    CHECK(created.entityId == c.id);
    CHECK(created.clientId == c.id);
    CHECK(created.userId == shop.olena.accountId);
    CHECK(created.userName == u"Olena Koval"_s);
    checkChange(created, u"last_name"_s, {}, u"Коваленко"_s);
    checkChange(created, u"phones"_s, {}, u"mobile: "_s + formatPhone(u"+380501234567"_s, u"UA"_s));
    checkChange(created, u"status"_s, {}, u"Lead"_s);
    checkChange(created, u"manager"_s, {}, u"Olena Koval"_s);
    CHECK_FALSE(fieldOf(created, u"archived"_s).has_value());

    // Phone, status (a list item), manager (an account) and a custom field.
    Client edited = requireValue(repo.load(c.id));
    edited.phones = {{u"mobile"_s, u"067 765 43 21"_s, {}}};
    edited.statusId = requireValue(lists.idOf(kStatuses, u"Regular"_s));
    edited.fieldValues.insert(size.id, u"38"_s);
    edited.emails.append({u"work"_s, u"maria@example.com"_s});
    edited.comment = u"prefers calls"_s;
    requireOk(repo.update(edited));
    rows = shop.audit(u"client.update"_s);
    REQUIRE(rows.size() == 1);
    const AuditEntry updated = rows.first();
    CHECK(updated.clientId == c.id);
    CHECK(updated.userId == shop.olena.accountId);
    checkChange(updated, u"phones"_s, u"mobile: "_s + formatPhone(u"+380501234567"_s, u"UA"_s),
                u"mobile: "_s + formatPhone(u"+380677654321"_s, u"UA"_s));
    checkChange(updated, u"status"_s, u"Lead"_s, u"Regular"_s);
    checkChange(updated, u"custom:Shoe size"_s, {}, u"38"_s);
    checkChange(updated, u"emails"_s, {}, u"work: maria@example.com"_s);
    checkChange(updated, u"comment"_s, {}, u"prefers calls"_s);
    // Only what changed.
    CHECK_FALSE(fieldOf(updated, u"last_name"_s).has_value());
    CHECK(updated.fields.size() == 5);

    // A save without edits leaves no audit row; a change of manager names both people.
    edited = requireValue(repo.load(c.id));
    requireOk(repo.update(edited));
    CHECK(shop.audit(u"client.update"_s).size() == 1);
    db.setPrincipal(shop.owner);
    edited.managerId = shop.taras.accountId;
    requireOk(repo.update(edited));
    const AuditEntry handed = shop.audit(u"client.update"_s).first();
    checkChange(handed, u"manager"_s, u"Olena Koval"_s, u"Taras Bondar"_s);
    CHECK(handed.userId == shop.owner.accountId);

    // Archive (the delete) and back.
    edited = requireValue(repo.load(c.id));
    requireOk(repo.setArchived(c.id, edited.version, true));
    const AuditEntry archived = shop.audit(u"client.archive"_s).first();
    checkChange(archived, u"archived"_s, u"no"_s, u"yes"_s);
    CHECK(archived.clientId == c.id);
    requireOk(repo.setArchived(c.id, edited.version + 1, false));
    CHECK(shop.audit(u"client.unarchive"_s).size() == 1);

    // The change feed carries the account too.
    CHECK(id(db, u"SELECT actor_id FROM changes WHERE entity = 'client' ORDER BY id DESC"_s) ==
          shop.owner.accountId);
}

TEST_CASE("the card's history shows a phone change as before and after, with who and when",
          "[audit][clients]")
{
    AuditShop shop;
    Database& db = *shop.db;
    ClientRepository repo(db);
    Client c;
    c.firstName = u"Олег"_s;
    c.managerId = shop.olena.accountId;
    c.phones.append({{}, u"+380 50 111 22 33"_s, {}});
    requireOk(repo.create(c));
    Client other;
    other.firstName = u"Інший"_s;
    other.managerId = shop.olena.accountId;
    requireOk(repo.create(other));

    Client edited = requireValue(repo.load(c.id));
    edited.phones.first().raw = u"+380 67 444 55 66"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    requireOk(repo.update(edited));

    // As the manager who reaches the client, not only the owner.
    const QList<AuditEntry> history = requireValue(clientHistory(db, c.id));
    REQUIRE(history.size() == 2); // created, then the phone; nothing of the other client
    const AuditEntry& latest = history.first();
    CHECK(latest.action == u"client.update"_s);
    CHECK(latest.userName == u"Olena Koval"_s);
    CHECK(latest.at >= before);
    REQUIRE(latest.fields.size() == 1);
    CHECK(latest.fields.first().field == u"phones"_s);
    CHECK(latest.fields.first().before == formatPhone(u"+380501112233"_s, u"UA"_s));
    CHECK(latest.fields.first().after == formatPhone(u"+380674445566"_s, u"UA"_s));
    // As the card shows it: one line with both numbers.
    const QStringList lines = auditHistoryLines(latest);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(formatPhone(u"+380501112233"_s, u"UA"_s)));
    CHECK(lines.first().contains(formatPhone(u"+380674445566"_s, u"UA"_s)));
    CHECK(lines.first().contains(u"Olena Koval"_s));
}

TEST_CASE("deals are audited on the client's card: created, edited, moved and undone, by stage "
          "name",
          "[audit][deals]")
{
    AuditShop shop;
    Database& db = *shop.db;
    Client c;
    c.lastName = u"Client"_s;
    c.managerId = shop.olena.accountId;
    requireOk(ClientRepository(db).create(c));

    const Pipeline pipeline = requireValue(PipelineRepository(db).pipelineNamed(QString()));
    const Stage& first = pipeline.stages.first();
    const Stage& second = pipeline.stages.at(1);
    DealRepository deals(db);
    Deal d;
    d.clientId = c.id;
    d.title = u"Tiles for the kitchen"_s;
    d.managerId = shop.olena.accountId;
    d.amountMinor = 125050;
    requireOk(deals.create(d));
    const AuditEntry created = shop.audit(u"deal.insert"_s).first();
    CHECK(created.clientId == c.id);
    CHECK(created.entityId == d.id);
    CHECK(created.userId == shop.olena.accountId);
    checkChange(created, u"stage"_s, {}, first.name);
    checkChange(created, u"title"_s, {}, u"Tiles for the kitchen"_s);
    // Written as every amount on screen: the currency as formatMoney shows it.
    CHECK(fieldOf(created, u"amount"_s)->after ==
          formatMoney(125050, requireValue(deals.load(d.id)).currency));

    Deal edited = requireValue(deals.load(d.id));
    edited.title = u"Tiles and grout"_s;
    requireOk(deals.update(edited));
    const AuditEntry update = shop.audit(u"deal.update"_s).first();
    checkChange(update, u"title"_s, u"Tiles for the kitchen"_s, u"Tiles and grout"_s);
    CHECK(update.fields.size() == 1);

    requireOk(deals.move(edited, second.id));
    const AuditEntry moved = shop.audit(u"deal.move"_s).first();
    checkChange(moved, u"stage"_s, first.name, second.name);
    CHECK(moved.clientId == c.id);

    // On the board, to lost with a reason, and undone.
    const Stage* lost = pipeline.stageNamed(u"Lost"_s);
    const qint64 reason = requireValue(Lists(db).idOf(kLossReasons, u"Too expensive"_s));
    Deal now = requireValue(deals.load(d.id));
    const CardMove card = requireValue(deals.moveCard(d.id, now.version, lost->id, 1, reason));
    const AuditEntry toLost = shop.audit(u"deal.move"_s).first();
    checkChange(toLost, u"stage"_s, second.name, lost->name);
    checkChange(toLost, u"loss_reason"_s, {}, u"Too expensive"_s);
    requireValue(deals.undoMove(card));
    const AuditEntry undone = shop.audit(u"deal.undo"_s).first();
    checkChange(undone, u"stage"_s, lost->name, second.name);
    checkChange(undone, u"loss_reason"_s, u"Too expensive"_s, {});

    // Every stage step carries the account beside the name.
    CHECK(id(db, u"SELECT count(*) FROM deal_stage_history WHERE deal_id = ? AND by_user_id = ?"_s,
             {d.id, shop.olena.accountId}) == 4);
    // The card's history has the deal's story too.
    CHECK(requireValue(clientHistory(db, c.id)).size() == 6);
}

TEST_CASE("timeline entries are audited when added, edited and removed", "[audit][timeline]")
{
    AuditShop shop;
    Database& db = *shop.db;
    Client c;
    c.lastName = u"Client"_s;
    c.managerId = shop.olena.accountId;
    requireOk(ClientRepository(db).create(c));
    InteractionRepository timeline(db);
    Interaction call;
    call.clientId = c.id;
    call.kind = InteractionKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.text = u"asked for a price"_s;
    requireOk(timeline.add(call));
    CHECK(id(db, u"SELECT created_by_id FROM interactions WHERE id = ?"_s, {call.id}) ==
          shop.olena.accountId);
    const AuditEntry added = shop.audit(u"interaction.insert"_s).first();
    CHECK(added.clientId == c.id);
    checkChange(added, u"text"_s, {}, u"asked for a price"_s);
    // When, as dates and times are written everywhere (local time, the
    // locale's date), never an ISO stamp.
    REQUIRE(fieldOf(added, u"occurred_at"_s));
    CHECK(fieldOf(added, u"occurred_at"_s)->after == formatDateTime(call.occurredAt));

    call.text = u"asked for a price; sent it"_s;
    requireOk(timeline.update(call));
    checkChange(shop.audit(u"interaction.update"_s).first(), u"text"_s, u"asked for a price"_s,
                u"asked for a price; sent it"_s);
    requireOk(timeline.remove(call));
    const AuditEntry removed = shop.audit(u"interaction.delete"_s).first();
    checkChange(removed, u"text"_s, u"asked for a price; sent it"_s, {});
    CHECK(removed.clientId == c.id);
    CHECK(removed.userId == shop.olena.accountId);
}

TEST_CASE("edits of lists, pipelines, settings and the catalog are audited", "[audit][admin]")
{
    AuditShop shop;
    Database& db = *shop.db;
    db.setPrincipal(shop.owner);

    Lists lists(db);
    requireOk(lists.add(kSources, u"Instagram"_s));
    const AuditEntry added = shop.audit(u"list_item.insert"_s).first();
    CHECK(added.details.value(u"list"_s).toString() == kSources);
    checkChange(added, u"name"_s, {}, u"Instagram"_s);
    ListItem item{added.entityId, u"Instagram"_s, 1};
    requireOk(lists.rename(item, u"Instagram ads"_s));
    checkChange(shop.audit(u"list_item.update"_s).first(), u"name"_s, u"Instagram"_s,
                u"Instagram ads"_s);
    item = requireValue(lists.items(kSources)).last();
    requireOk(lists.move(kSources, item, -1));
    CHECK(shop.audit(u"list_item.move"_s).size() == 1);
    item = requireValue(lists.items(kSources)).at(requireValue(lists.items(kSources)).size() - 2);
    requireOk(lists.remove(item));
    checkChange(shop.audit(u"list_item.delete"_s).first(), u"name"_s, u"Instagram ads"_s, {});

    CustomFieldRepository fields(db);
    CustomField size{0, 0, u"Shoe size"_s, FieldType::Choice, {u"38"_s, u"39"_s}};
    requireOk(fields.create(size));
    checkChange(shop.audit(u"custom_field.insert"_s).first(), u"name"_s, {}, u"Shoe size"_s);
    size.choices.append(u"40"_s);
    requireOk(fields.update(size));
    const AuditEntry choices = shop.audit(u"custom_field.update"_s).first();
    checkChange(choices, u"choices"_s, u"38; 39"_s, u"38; 39; 40"_s);
    CHECK(choices.fields.size() == 1);
    requireOk(fields.remove(size));
    checkChange(shop.audit(u"custom_field.delete"_s).first(), u"name"_s, u"Shoe size"_s, {});

    PipelineRepository pipelines(db);
    const Pipeline wholesale = requireValue(pipelines.createPipeline(u"Wholesale"_s));
    checkChange(shop.audit(u"pipeline.insert"_s).first(), u"name"_s, {}, u"Wholesale"_s);
    Stage stage;
    stage.pipelineId = wholesale.id;
    stage.name = u"Samples sent"_s;
    stage.probability = 40;
    requireOk(pipelines.addStage(stage));
    checkChange(shop.audit(u"stage.insert"_s).first(), u"name"_s, {}, u"Samples sent"_s);
    stage.probability = 55;
    requireOk(pipelines.updateStage(stage));
    const AuditEntry stageEdit = shop.audit(u"stage.update"_s).first();
    checkChange(stageEdit, u"probability"_s, u"40"_s, u"55"_s);
    CHECK(stageEdit.fields.size() == 1);
    requireOk(pipelines.moveStage(stage, 0));
    checkChange(shop.audit(u"stage.move"_s).first(), u"position"_s, u"2"_s, u"1"_s);
    stage = *requireValue(pipelines.pipeline(wholesale.id)).stageNamed(u"Samples sent"_s);
    requireOk(pipelines.removeStage(stage));
    checkChange(shop.audit(u"stage.delete"_s).first(), u"name"_s, u"Samples sent"_s, {});

    SharedSettings settings(db);
    const qint64 v = requireValue(settings.set(u"shop.name"_s, u"Ромашка"_s, 0));
    requireValue(settings.set(u"shop.name"_s, u"Лютик"_s, v));
    checkChange(shop.audit(u"settings.update"_s).first(), u"shop.name"_s, u"Ромашка"_s, u"Лютик"_s);
    CHECK(id(db, u"SELECT updated_by_id FROM settings WHERE key = 'shop.name'"_s) ==
          shop.owner.accountId);

    const QByteArray csv = "sku,name,price\nT-1,Tile,450\nT-2,Grout,85\n";
    CatalogImportPlan plan = requireValue(planCatalogImport(db, csv));
    requireOk(applyCatalogImport(db, plan, u"prices.csv"_s));
    plan = requireValue(planCatalogImport(db, "sku,name,price\nT-1,Tile,470\n"));
    requireOk(applyCatalogImport(db, plan, u"prices-2.csv"_s, MissingProducts::Deactivate));
    const QList<AuditEntry> imports = shop.audit(u"product.import"_s);
    REQUIRE(imports.size() == 2); // one row per import, whatever it changed
    CHECK(imports.first().details.value(u"changed"_s).toInt() == 1);
    CHECK(imports.first().details.value(u"deactivated"_s).toInt() == 1);
    CHECK(imports.first().details.value(u"file"_s).toString() == u"prices-2.csv"_s);
    CHECK(imports.last().details.value(u"added"_s).toInt() == 2);
    CHECK(imports.first().userId == shop.owner.accountId);
}

TEST_CASE("the audit rows of a client's edits cannot be changed or deleted", "[audit]")
{
    AuditShop shop;
    Database& db = *shop.db;
    Client c;
    c.lastName = u"Client"_s;
    c.managerId = shop.olena.accountId;
    requireOk(ClientRepository(db).create(c));
    const qint64 rows = shop.count(u"audit"_s);
    REQUIRE(rows > 0);
    CHECK_FALSE(sql::exec(db.connection(), u"UPDATE audit SET user_name = 'someone else'"_s).ok());
    CHECK_FALSE(sql::exec(db.connection(), u"DELETE FROM audit"_s).ok());
    CHECK_FALSE(
        sql::exec(db.connection(), u"DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"_s)
            .ok());
    CHECK(shop.count(u"audit"_s) == rows);
    CHECK(shop.audit(u"client.insert"_s).first().userName == u"Olena Koval"_s);
}

TEST_CASE("backups made and failed are audited", "[audit][backup]")
{
    AuditShop shop;
    Database& db = *shop.db;
    db.setPrincipal(shop.senior);
    const BackupInfo made = requireValue(
        createBackup({db.path(), db.mode(), shop.dir.path(u"backups"_s), BackupKind::Manual}));
    requireOk(recordBackupSuccess(db, made));
    const AuditEntry ok = shop.audit(auditAction::kBackup).first();
    CHECK(ok.details.value(u"ok"_s).toBool());
    CHECK(ok.details.value(u"file"_s).toString() == QDir::toNativeSeparators(made.file));
    CHECK(ok.userId == shop.senior.accountId);

    writeFile(shop.dir.path(u"a-file"_s), "not a folder");
    Result<BackupInfo> failed =
        createBackup({db.path(), db.mode(), shop.dir.path(u"a-file"_s), BackupKind::Manual});
    REQUIRE_FALSE(failed.ok());
    requireOk(recordBackupFailure(db, failed.error().message, QDateTime::currentDateTime()));
    const AuditEntry bad = shop.audit(auditAction::kBackup).first();
    CHECK_FALSE(bad.details.value(u"ok"_s).toBool());
    CHECK(bad.details.value(u"error"_s).toString() == failed.error().message);
}

TEST_CASE("a restore leaves the audit as it was and records itself in it", "[audit][restore]")
{
    AuditShop shop;
    Database& db = *shop.db;
    ClientRepository repo(db);
    Client c;
    c.lastName = u"Before the backup"_s;
    c.managerId = shop.olena.accountId;
    requireOk(repo.create(c));
    const QString folder = shop.dir.path(u"backups"_s);
    const BackupInfo backup =
        requireValue(createBackup({db.path(), db.mode(), folder, BackupKind::Manual}));
    requireOk(recordBackupSuccess(db, backup));

    // After the backup: an edit and a failed sign-in, which the backup does not hold.
    Client edited = requireValue(repo.load(c.id));
    edited.lastName = u"After the backup"_s;
    requireOk(repo.update(edited));
    CHECK_FALSE(Accounts(db).signIn(u"taras"_s, u"wrong password"_s).ok());
    const qint64 failuresBefore = shop.count(u"signin_failures"_s);
    REQUIRE(failuresBefore == 1);
    auto dump = [&] {
        QStringList rows;
        for (const QSqlRecord& r :
             requireValue(sql::rows(db.connection(), u"SELECT * FROM audit ORDER BY id"_s))) {
            QStringList values;
            for (int i = 0; i < r.count(); ++i)
                values.append(r.value(i).toString());
            rows.append(values.join(u'|'));
        }
        return rows;
    };
    const QStringList auditBefore = dump();

    db.setPrincipal(shop.owner);
    SessionRegistry session(db, Identity::current());
    requireOk(session.start());
    const RestoreReport report = requireValue(restoreBackup(db, session, backup.file, folder));
    CHECK(requireValue(repo.load(c.id)).lastName == u"Before the backup"_s);

    // Every row as it was, and one more: the restore, by the owner.
    const QStringList auditAfter = dump();
    REQUIRE(auditAfter.size() == auditBefore.size() + 1);
    CHECK(auditAfter.mid(0, auditBefore.size()) == auditBefore);
    const AuditEntry restored = shop.audit(auditAction::kRestore).first();
    CHECK(restored.userId == shop.owner.accountId);
    CHECK(restored.details.value(u"ok"_s).toBool());
    CHECK(restored.details.value(u"file"_s).toString() == report.restoredFrom);
    CHECK(restored.details.value(u"safety_backup"_s).toString() ==
          QDir::toNativeSeparators(report.safetyBackup));
    CHECK(shop.audit(u"client.update"_s).first().fields.first().after == u"After the backup"_s);
    // Still append-only, and the next row is numbered after every earlier one.
    CHECK_FALSE(sql::exec(db.connection(), u"DELETE FROM audit"_s).ok());
    Client later;
    later.lastName = u"After the restore"_s;
    requireOk(repo.create(later));
    CHECK(shop.audit().first().id > restored.id);
    // The sign-in failures stay counted.
    CHECK(shop.count(u"signin_failures"_s) == failuresBefore);
    requireOk(session.stop());
}

TEST_CASE("a restore of a backup from before accounts keeps the audit too", "[audit][restore]")
{
    TempDir dir;
    const QList<Migration> seven = builtinMigrations().mid(0, 7);
    REQUIRE(seven.last().version == 7);
    const QString oldPath = dir.path(u"old.sqlite"_s);
    BackupInfo oldBackup;
    {
        auto old = openTestDatabase(oldPath, ModeChoice::Local, seven);
        requireValue(SharedSettings(*old).set(u"shop.name"_s, u"old"_s, 0));
        oldBackup = requireValue(
            createBackup({oldPath, old->mode(), dir.path(u"b"_s), BackupKind::Manual}));
    }
    AuditShop shop;
    Database& db = *shop.db;
    Client c;
    c.lastName = u"Today"_s;
    c.managerId = shop.olena.accountId;
    requireOk(ClientRepository(db).create(c));
    const qint64 rows = shop.count(u"audit"_s);
    db.setPrincipal(shop.owner);
    SessionRegistry session(db, Identity::current());
    requireOk(session.start());
    const RestoreReport report = requireValue(
        restoreBackup(db, session, oldBackup.file, dir.path(u"b"_s), RestoreConsent{true, false}));
    CHECK(report.schemaVersionAfter == latestSchemaVersion());
    CHECK(shop.count(u"audit"_s) == rows + 1);
    CHECK(shop.audit(u"client.insert"_s).size() == 1);
    CHECK(shop.audit(auditAction::kRestore).size() == 1);
    CHECK_FALSE(sql::exec(db.connection(), u"UPDATE audit SET action = 'x'"_s).ok());
    requireOk(session.stop());
}

TEST_CASE("a restore that fails is audited as failed", "[audit][restore]")
{
    AuditShop shop;
    Database& db = *shop.db;
    const QString folder = shop.dir.path(u"backups"_s);
    requireValue(SharedSettings(db).set(u"shop.a"_s, u"Ромашка"_s, 0));
    requireValue(SharedSettings(db).set(u"shop.b"_s, u"Ромашка"_s, 0));
    const BackupInfo backup =
        requireValue(createBackup({db.path(), db.mode(), folder, BackupKind::Manual}));
    requireValue(SharedSettings(db).set(u"shop.b"_s, u"Лютик"_s, 1));
    // The next version's unique index cannot hold the backup's two equal names.
    QList<Migration> newer = builtinMigrations();
    newer.append({latestSchemaVersion() + 1, u"9999_unique.sql"_s,
                  u"CREATE UNIQUE INDEX shop_names ON settings (value) "
                  u"WHERE key LIKE 'shop.%';"_s});
    shop.db.reset();
    auto upgraded = openTestDatabase(shop.path, ModeChoice::Local, newer);
    upgraded->setPrincipal(shop.owner);
    SessionRegistry session(*upgraded, Identity::current());
    requireOk(session.start());
    REQUIRE_FALSE(restoreBackup(*upgraded, session, backup.file, folder, {}, newer).ok());
    shop.db = std::move(upgraded);
    const AuditEntry failed = shop.audit(auditAction::kRestore).first();
    CHECK_FALSE(failed.details.value(u"ok"_s).toBool());
    CHECK_FALSE(failed.details.value(u"error"_s).toString().isEmpty());
    CHECK(failed.userId == shop.owner.accountId);
    requireOk(session.stop());
}

TEST_CASE("an export needs the export capability, and is audited with what, rows and file",
          "[audit][export]")
{
    AuditShop shop;
    Database& db = *shop.db;
    ReportTable table;
    table.title = u"Sales by month"_s;
    table.columns = {{u"Month"_s, CellKind::Text}, {u"Deals"_s, CellKind::Count}};
    table.rows = {{u"2026-10"_s, 3}, {u"2026-11"_s, 5}};
    const QString file = shop.dir.path(u"sales.csv"_s);

    // A manager has neither export nor printing.
    const Status refused = exportReportTable(db, table, file, TableFileFormat::Csv);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(QFileInfo::exists(file));
    const ExportRecord print{kReportExport, table.title, u"print"_s, {}, 2, true};
    CHECK(authorizeExport(db, print).error().kind == ErrorKind::Forbidden);
    CHECK(shop.audit(auditAction::kExport).isEmpty());

    db.setPrincipal(shop.senior);
    requireOk(exportReportTable(db, table, file, TableFileFormat::Csv));
    CHECK(QFileInfo::exists(file));
    const QList<AuditEntry> exports = shop.audit(auditAction::kExport);
    REQUIRE(exports.size() == 1);
    const AuditEntry& e = exports.first();
    CHECK(e.userId == shop.senior.accountId);
    CHECK(e.details.value(u"what"_s).toString() == kReportExport);
    CHECK(e.details.value(u"report"_s).toString() == table.title);
    CHECK(e.details.value(u"rows"_s).toInt() == 2);
    CHECK(e.details.value(u"format"_s).toString() == u"csv"_s);
    CHECK(e.details.value(u"file"_s).toString() == QDir::toNativeSeparators(file));

    // Printing: allowed to the senior manager, audited as a print.
    requireOk(authorizeExport(db, print));
    requireOk(recordExport(db, print));
    const AuditEntry printed = shop.audit(auditAction::kPrint).first();
    CHECK(printed.details.value(u"rows"_s).toInt() == 2);
    CHECK_FALSE(printed.details.contains(u"file"_s));

    // Whatever writes the file (a client list's vCard, say) goes the same way.
    db.setPrincipal(shop.olena);
    bool wrote = false;
    const Status vcard = runExport(
        db, {u"clients"_s, u"Clients"_s, u"vcf"_s, shop.dir.path(u"c.vcf"_s), 10, false}, [&] {
            wrote = true;
            return Status::success();
        });
    CHECK(vcard.error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(wrote);
}
