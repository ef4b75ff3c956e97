#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientMerge.h"
#include "clients/ClientMerges.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "clients/DuplicateGroups.h"
#include "clients/InteractionRepository.h"
#include "deals/DealRepository.h"
#include "mail/LetterRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

Client person(const QString& last, const QString& first, const QString& phone,
              const QString& email = {})
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    if (!phone.isEmpty())
        c.phones.append({{}, phone, {}});
    if (!email.isEmpty())
        c.emails.append({{}, email});
    return c;
}

qint64 count(Database& db, const QString& statement, const QVariantList& args = {})
{
    return requireValue(sql::scalar(db.connection(), statement, args)).toLongLong();
}

Interaction callOf(qint64 clientId, const QString& text)
{
    Interaction call;
    call.clientId = clientId;
    call.kind = InteractionKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    call.text = text;
    return call;
}

} // namespace

TEST_CASE("a merged card takes each field from the card named, else the kept one's, else the "
          "first other's, phones, e-mails and tags of all, each once",
          "[clients][merge]")
{
    Client kept = person(u"Петренко"_s, u"Олена"_s, u"050 123 45 67"_s, u"olena@example.com"_s);
    kept.id = 1;
    kept.phones[0].e164 = u"+380501234567"_s;
    kept.comment = u"Любить знижки"_s;
    kept.statusId = 3;
    kept.tags = {u"VIP"_s};
    Client other = person(u"Петренко"_s, u"О."_s, u"+380501234567"_s, u"OLENA@example.com"_s);
    other.id = 2;
    other.phones[0].e164 = u"+380501234567"_s;
    other.phones.append({u"work"_s, u"044 200 00 00"_s, u"+380442000000"_s});
    other.birthday = QDate(1985, 3, 25);
    other.statusId = 4;
    other.comment = u"Дзвонити після 18:00"_s;
    other.tags = {u"vip"_s, u"Опт"_s};
    other.fieldValues.insert(7, u"A-100"_s);
    const QList<CustomField> fields{{7, 1, u"Картка"_s, FieldType::Text, {}}};

    const Client merged = requireValue(mergedCard(kept, {other}, {{u"status"_s, 2}}, fields));
    CHECK(merged.id == 1);
    CHECK(merged.firstName == u"Олена"_s);        // kept's
    CHECK(merged.birthday == QDate(1985, 3, 25)); // kept had none
    CHECK(merged.statusId == 4);                  // named
    CHECK(merged.comment == u"Любить знижки\n\nДзвонити після 18:00"_s);
    REQUIRE(merged.phones.size() == 2); // one number written twice is one phone
    CHECK(merged.phones[1].e164 == u"+380442000000"_s);
    CHECK(merged.emails.size() == 1);
    CHECK(merged.tags == QStringList{u"VIP"_s, u"Опт"_s});
    CHECK(merged.fieldValues.value(7) == u"A-100"_s);

    const Client named =
        requireValue(mergedCard(kept, {other}, {{u"first_name"_s, 2}, {u"картка"_s, 1}}, fields));
    CHECK(named.firstName == u"О."_s);
    CHECK(named.fieldValues.value(7) == u"A-100"_s); // the kept card has none to give
    const Client aliased =
        requireValue(mergedCard(kept, {other}, {{u"address"_s, 2}, {u"status"_s, 1}}, fields));
    CHECK(aliased.statusId == 3);

    CHECK(mergedCard(kept, {other}, {{u"shoe_size"_s, 2}}, fields).error().detail ==
          u"merge.unknown-field"_s);
    CHECK(mergedCard(kept, {other}, {{u"status"_s, 9}}, fields).error().detail ==
          u"merge.take-not-merged"_s);
    CHECK(requireValue(mergeTakeFromText(u"status=12"_s)).clientId == 12);
    CHECK(mergeTakeFromText(u"status"_s).error().detail == u"merge.take-format"_s);
}

TEST_CASE("a merge moves entries, deals, phones and tags to the card that stays, is audited, and "
          "its undo brings everything back",
          "[clients][merge]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client kept = person(u"Петренко"_s, u"Олена"_s, u"050 123 45 67"_s);
    kept.comment = u"Постійна"_s;
    requireOk(repo.create(kept));
    Client other =
        person(u"Петренко"_s, u"Олена Іванівна"_s, u"+380501234567"_s, u"olena@example.com"_s);
    other.tags = {u"Опт"_s};
    other.actualAddress = u"Київ, Хрещатик 1"_s;
    requireOk(repo.create(other));
    InteractionRepository entries(*db);
    Interaction call = callOf(other.id, u"Питала про плитку"_s);
    requireOk(entries.add(call));
    Interaction note = callOf(other.id, u"Передзвонити"_s);
    requireOk(entries.add(note));
    DealRepository deals(*db);
    Deal deal;
    deal.pipelineId = 1;
    deal.clientId = other.id;
    deal.title = u"Плитка для ванної"_s;
    requireOk(deals.create(deal));
    REQUIRE(requireValue(findDuplicateGroups(*db)).size() == 1);

    ClientMerges merges(*db);
    const MergeReport report =
        requireValue(merges.merge(kept.id, {other.id}, {{u"first_name"_s, other.id}}));
    CHECK(report.entries == 2);
    CHECK(report.deals == 1);
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = ?"_s, {other.id}) == 0);
    const Client merged = requireValue(repo.load(kept.id));
    CHECK(merged.firstName == u"Олена Іванівна"_s);
    CHECK(merged.actualAddress == u"Київ, Хрещатик 1"_s);
    CHECK(merged.phones.size() == 1);
    CHECK(merged.emails.size() == 1);
    CHECK(merged.tags == QStringList{u"Опт"_s});
    CHECK(requireValue(entries.forClient(kept.id)).size() == 2);
    CHECK(requireValue(deals.load(deal.id)).clientId == kept.id);
    CHECK(requireValue(findDuplicateGroups(*db)).isEmpty());
    ClientListQuery search;
    search.search = u"olena@example"_s;
    REQUIRE(requireValue(repo.page(search)).size() == 1);
    CHECK(requireValue(repo.page(search)).first().id == kept.id);
    AuditFilter filter;
    filter.action = u"client.merge"_s;
    CHECK(requireValue(readAudit(*db, filter)).size() == 2); // the kept card's and the merged one's
    const QList<ClientMergeRecord> listed = requireValue(merges.list());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].mergedIds == QList<qint64>{other.id});

    const UnmergeReport undone = requireValue(merges.unmerge(report.mergeId));
    CHECK(undone.restoredIds == QList<qint64>{other.id});
    CHECK(undone.movedBack == 3);
    CHECK(undone.leftovers.isEmpty());
    const Client back = requireValue(repo.load(other.id));
    CHECK(back.firstName == u"Олена Іванівна"_s);
    CHECK(back.emails.size() == 1);
    CHECK(back.tags == QStringList{u"Опт"_s});
    CHECK(requireValue(entries.forClient(other.id)).size() == 2);
    CHECK(requireValue(deals.load(deal.id)).clientId == other.id);
    const Client keptAgain = requireValue(repo.load(kept.id));
    CHECK(keptAgain.firstName == u"Олена"_s);
    CHECK(keptAgain.actualAddress.isEmpty());
    CHECK(keptAgain.emails.isEmpty());
    CHECK(requireValue(entries.forClient(kept.id)).isEmpty());
    search.search = u"olena@example"_s;
    REQUIRE(requireValue(repo.page(search)).size() == 1);
    CHECK(requireValue(repo.page(search)).first().id == other.id);
    filter.action = u"client.unmerge"_s;
    CHECK(requireValue(readAudit(*db, filter)).size() == 2);
    CHECK(merges.unmerge(report.mergeId).error().detail == u"merge.undone-already"_s);
    CHECK(merges.unmerge(report.mergeId + 10).error().kind == ErrorKind::NotFound);
}

TEST_CASE("a merge moves the merged card's tasks and letters and its no-mailings, and the undo "
          "gives them back",
          "[clients][merge]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client kept = person(u"Мельник"_s, u"Ганна"_s, u"063 555 44 33"_s);
    requireOk(repo.create(kept));
    Client other = person(u"Мельник"_s, u"Ганна"_s, u"+380635554433"_s, u"hanna@example.com"_s);
    requireOk(repo.create(other));
    TaskRepository tasks(*db);
    Task call;
    call.title = u"Передзвонити щодо замовлення"_s;
    call.dueDate = QDate::currentDate().addDays(2);
    call.clientId = other.id;
    requireOk(tasks.create(call));
    Letter letter;
    letter.clientId = other.id;
    letter.toAddress = u"hanna@example.com"_s;
    letter.subject = u"Ваше замовлення"_s;
    letter.text = u"Доброго дня!"_s;
    letter.messageId = u"<merge-test@example.com>"_s;
    requireOk(db->write([&](Transaction& tx) { return LetterRepository::add(tx, letter); }));
    requireOk(sql::exec(db->connection(),
                        u"INSERT INTO mailing_refusals (client_id, set_at) VALUES (?, ?)"_s,
                        {other.id, u"2026-11-01T10:00:00Z"_s}));

    ClientMerges merges(*db);
    const MergeReport report = requireValue(merges.merge(kept.id, {other.id}, {}));
    CHECK(report.entries == 2);
    CHECK(requireValue(tasks.load(call.id)).clientId == kept.id);
    CHECK(requireValue(LetterRepository(*db).forClient(kept.id)).size() == 1);
    const QString refuses = u"SELECT count(*) FROM mailing_refusals WHERE client_id = ?"_s;
    CHECK(count(*db, refuses, {kept.id}) == 1);

    const UnmergeReport undone = requireValue(merges.unmerge(report.mergeId));
    CHECK(undone.leftovers.isEmpty());
    CHECK(requireValue(tasks.load(call.id)).clientId == other.id);
    CHECK(requireValue(LetterRepository(*db).forClient(other.id)).size() == 1);
    CHECK(requireValue(LetterRepository(*db).forClient(kept.id)).isEmpty());
    CHECK(count(*db, refuses, {other.id}) == 1);
}

TEST_CASE("a merge's undo keeps what changed since with the kept card, and is refused once the "
          "kept card changed or was merged again",
          "[clients][merge]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    InteractionRepository entries(*db);
    Client a = person(u"Коваль"_s, u"Іван"_s, u"067 111 22 33"_s);
    requireOk(repo.create(a));
    Client b = person(u"Коваль"_s, u"І."_s, u"067 111 22 33"_s);
    requireOk(repo.create(b));
    Client c = person(u"Коваль"_s, u"Іван"_s, u"067 111 22 34"_s);
    requireOk(repo.create(c));
    Interaction call = callOf(b.id, u"Замовив"_s);
    requireOk(entries.add(call));
    Interaction other = callOf(b.id, u"Питав"_s);
    requireOk(entries.add(other));

    ClientMerges merges(*db);
    const qint64 first = requireValue(merges.merge(a.id, {b.id}, {})).mergeId;
    // Since the merge: one moved call edited, then a.id merged again.
    Interaction edited = requireValue(entries.forClient(a.id)).first();
    edited.text = u"Замовив плитку"_s;
    requireOk(entries.update(edited));
    const qint64 second = requireValue(merges.merge(a.id, {c.id}, {})).mergeId;
    CHECK(merges.unmerge(first).error().detail == u"merge.undo-later-first"_s);
    requireValue(merges.unmerge(second));
    const UnmergeReport undone = requireValue(merges.unmerge(first));
    CHECK(undone.movedBack == 1);
    REQUIRE(undone.leftovers.size() == 1);
    CHECK(undone.leftovers[0].kind == u"entry"_s);
    CHECK(undone.leftovers[0].id == edited.id);
    CHECK(requireValue(entries.forClient(a.id)).size() == 1);
    CHECK(requireValue(entries.forClient(b.id)).size() == 1);

    // The kept card edited after the merge: the undo would lose the edit.
    const qint64 third = requireValue(merges.merge(a.id, {b.id}, {})).mergeId;
    Client changed = requireValue(repo.load(a.id));
    changed.jobTitle = u"Виконроб"_s;
    requireOk(repo.update(changed));
    CHECK(merges.unmerge(third).error().detail == u"merge.kept-changed"_s);
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = ?"_s, {b.id}) == 0);
}

TEST_CASE("merging companies moves their people, cards of different kinds or of another manager "
          "are not merged, a card whose id was taken comes back under a new one",
          "[clients][merge]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    const Account olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"Temp-pass-1"_s));
    ClientRepository repo(*db);
    Client firm;
    firm.kind = ClientKind::Company;
    firm.companyName = u"Будмайстер"_s;
    firm.taxId = u"12345678"_s;
    requireOk(repo.create(firm));
    Client twin = firm;
    twin.id = 0;
    twin.companyName = u"ТОВ «Будмайстер»"_s;
    requireOk(repo.create(twin));
    Client worker = person(u"Мельник"_s, u"Олег"_s, u"050 000 00 01"_s);
    worker.companyName = u"ТОВ «Будмайстер»"_s;
    requireOk(repo.create(worker));
    REQUIRE(requireValue(repo.load(worker.id)).companyId == twin.id);

    ClientMerges merges(*db);
    CHECK(merges.merge(firm.id, {worker.id}, {}).error().detail == u"merge.kinds-differ"_s);
    CHECK(merges.merge(firm.id, {firm.id}, {}).error().detail == u"merge.named-twice"_s);
    const MergeReport report = requireValue(merges.merge(firm.id, {twin.id}, {}));
    CHECK(report.people == 1);
    CHECK(requireValue(repo.load(worker.id)).companyId == firm.id);
    const UnmergeReport undone = requireValue(merges.unmerge(report.mergeId));
    CHECK(undone.restoredIds == QList<qint64>{twin.id});
    CHECK(requireValue(repo.load(twin.id)).companyName == u"ТОВ «Будмайстер»"_s);
    CHECK(requireValue(repo.load(worker.id)).companyId == twin.id);

    // The merged card was the newest client: SQLite gives its id to the next one.
    Client older = person(u"Гнатюк"_s, u"Ольга"_s, u"050 000 00 03"_s);
    requireOk(repo.create(older));
    Client newest = person(u"Гнатюк"_s, u"О."_s, u"050 000 00 03"_s);
    requireOk(repo.create(newest));
    const qint64 again = requireValue(merges.merge(older.id, {newest.id}, {})).mergeId;
    Client newcomer = person(u"Новий"_s, u"Клієнт"_s, u"050 000 00 02"_s);
    requireOk(repo.create(newcomer));
    // (A server's sequence never gives an id twice: nothing to come back over.)
    if (dbBackend != Backend::Sqlite)
        return;
    REQUIRE(newcomer.id == newest.id);
    const UnmergeReport moved = requireValue(merges.unmerge(again));
    REQUIRE(moved.restoredIds.size() == 1);
    CHECK(moved.restoredIds.first() != newest.id);
    CHECK(requireValue(repo.load(moved.restoredIds.first())).firstName == u"О."_s);
    CHECK(requireValue(repo.load(newcomer.id)).lastName == u"Новий"_s);

    // A manager merges only cards they reach.
    Client mine = person(u"Бойко"_s, u"Ганна"_s, u"063 000 00 01"_s);
    mine.managerId = olena.id;
    requireOk(repo.create(mine));
    Client theirs = person(u"Бойко"_s, u"Ганна"_s, u"063 000 00 01"_s);
    requireOk(repo.create(theirs));
    db->setPrincipal(requireValue(accounts.principalOf(olena.id)));
    CHECK(merges.merge(mine.id, {theirs.id}, {}).error().kind == ErrorKind::NotFound);
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = ?"_s, {theirs.id}) == 1);
}

TEST_CASE("clients said not to be duplicates are not shown as a group again, until a new one "
          "joins them",
          "[clients][merge][duplicates]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client a = person(u"Кравець"_s, u"Марія"_s, u"044 123 45 67"_s);
    requireOk(repo.create(a));
    Client b = person(u"Кравець"_s, u"Петро"_s, u"044 123 45 67"_s); // one home phone
    requireOk(repo.create(b));
    REQUIRE(requireValue(findDuplicateGroups(*db)).size() == 1);
    ClientMerges merges(*db);
    requireOk(merges.markNotDuplicates({b.id, a.id}));
    CHECK(requireValue(findDuplicateGroups(*db)).isEmpty());
    CHECK(merges.markNotDuplicates({a.id}).error().kind == ErrorKind::Invalid);
    Client c = person(u"Кравець"_s, u"Ігор"_s, u"044 123 45 67"_s);
    requireOk(repo.create(c));
    QList<DuplicateGroup> groups = requireValue(findDuplicateGroups(*db));
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].members.size() == 3);

    // One card taken out of the group: the rest stay a group.
    requireOk(merges.markNotDuplicates({c.id}, {a.id, b.id}));
    CHECK(requireValue(findDuplicateGroups(*db)).isEmpty()); // a and b were set aside already
    requireOk(merges.forgetNotDuplicates({a.id, b.id}));
    groups = requireValue(findDuplicateGroups(*db));
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].members.size() == 2);
    CHECK(merges.markNotDuplicates({a.id, 99999}).error().kind == ErrorKind::NotFound);
}
