#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "clients/DuplicateGroups.h"

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

qint64 add(ClientRepository& repo, const QString& last, const QString& first, const QString& phone,
           const QString& email = {}, qint64 manager = 0)
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    if (!phone.isEmpty())
        c.phones.append({{}, phone, {}});
    if (!email.isEmpty())
        c.emails.append({{}, email});
    c.managerId = manager;
    requireOk(repo.create(c));
    return c.id;
}

QList<qint64> idsOf(const DuplicateGroup& group)
{
    QList<qint64> ids;
    for (const DuplicateMember& m : group.members)
        ids.append(m.id);
    return ids;
}

} // namespace

TEST_CASE("duplicates are found by tax ID, phone, e-mail and name with address or company, most "
          "certain first, among the clients one reaches",
          "[clients][duplicates]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    const Account olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"Temp-pass-1"_s));
    ClientRepository repo(*db);
    // One phone written two ways, and the same e-mail in another case through a third card.
    const qint64 a =
        add(repo, u"Петренко"_s, u"Олена"_s, u"050 123 45 67"_s, u"olena@example.com"_s);
    const qint64 b = add(repo, u"Петренко"_s, u"О."_s, u"+380501234567"_s, {}, olena.id);
    const qint64 c = add(repo, u"Олена"_s, QString(), QString(), u"OLENA@example.com"_s, olena.id);
    // The same name at the same address, written differently.
    Client d1;
    d1.lastName = u"Шевчук"_s;
    d1.actualAddress = u"Київ, вул. Хрещатик, 1"_s;
    requireOk(repo.create(d1));
    Client d2 = d1;
    d2.id = 0;
    d2.actualAddress = u"київ вул хрещатик 1"_s;
    requireOk(repo.create(d2));
    // Tax IDs by their digits.
    Client t1;
    t1.kind = ClientKind::Company;
    t1.companyName = u"Будмайстер"_s;
    t1.taxId = u"ЄДРПОУ 12345678"_s;
    requireOk(repo.create(t1));
    Client t2 = t1;
    t2.id = 0;
    t2.companyName = u"ТОВ Будмайстер"_s;
    t2.taxId = u"12345678"_s;
    requireOk(repo.create(t2));
    // Nobody shares anything with this one; an archived twin is not a duplicate.
    add(repo, u"Мельник"_s, u"Іван"_s, u"067 000 00 01"_s);
    const qint64 archived = add(repo, u"Мельник"_s, u"Іван"_s, u"067 000 00 01"_s);
    requireOk(repo.setArchived(archived, 1, true));

    const QList<DuplicateGroup> groups = requireValue(findDuplicateGroups(*db));
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].certainty == 100);
    CHECK(idsOf(groups[0]) == QList<qint64>{t1.id, t2.id});
    CHECK(groups[0].reasons == QList<DuplicateReason>{DuplicateReason::TaxId});
    CHECK(groups[1].certainty == 90);
    CHECK(idsOf(groups[1]) == QList<qint64>{a, b}); // one phone, two ways
    CHECK(groups[1].sharedValues == QStringList{u"+380501234567"_s});
    CHECK(groups[2].certainty == 80);
    CHECK(idsOf(groups[2]) == QList<qint64>{a, c}); // one e-mail, two cases
    CHECK(groups[3].certainty == 60);
    CHECK(idsOf(groups[3]) == QList<qint64>{d1.id, d2.id});

    // A manager sees the groups among their own clients only.
    db->setPrincipal(requireValue(accounts.principalOf(olena.id)));
    const QList<DuplicateGroup> own = requireValue(findDuplicateGroups(*db));
    CHECK(own.isEmpty()); // b and c share nothing with each other
}
