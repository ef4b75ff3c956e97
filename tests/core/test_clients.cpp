#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "demo/DemoData.h"

#include <QSet>

#include "storage/Sql.h"
#include <tuple>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

Client person(const QString& last, const QString& first, const QString& phone = {},
              const QString& email = {})
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    if (!phone.isEmpty())
        c.phones.append({u"mobile"_s, phone, {}});
    if (!email.isEmpty())
        c.emails.append({u"work"_s, email});
    return c;
}

QStringList namesFound(ClientRepository& repo, const QString& search, bool archived = false)
{
    ClientListQuery query;
    query.search = search;
    query.archived = archived;
    QStringList names;
    for (const ClientRow& row : requireValue(repo.page(query)))
        names.append(row.displayName);
    return names;
}

} // namespace

TEST_CASE("a client is saved with phones, e-mails, links and tags, and loaded back", "[clients]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Lists lists(*db);

    Client c = person(u"Коваленко"_s, u"Марія"_s, u"050 123 45 67"_s, u"Maria.K@Example.com"_s);
    c.middleName = u"Іванівна"_s;
    c.phones.append({u"home"_s, u"044 234 56 78"_s, {}});
    c.links.append({u"telegram"_s, u"@mariak"_s});
    c.tags = {u"VIP"_s, u"дизайн"_s};
    c.birthday = QDate(1985, 3, 14);
    c.statusId = requireValue(lists.idOf(kStatuses, u"Regular"_s));
    c.managerId = requireValue(lists.userIdOfOrAdd(u"Олена"_s));
    c.actualAddress = u"Київ, вул. Хрещатик, 1, кв. 5"_s;
    c.taxId = u"3012345678"_s;
    requireOk(repo.create(c));
    REQUIRE(c.id > 0);
    CHECK(c.version == 1);

    const Client loaded = requireValue(repo.load(c.id));
    CHECK(loaded.displayName() == u"Коваленко Марія Іванівна"_s);
    REQUIRE(loaded.phones.size() == 2);
    CHECK(loaded.phones[0].e164 == u"+380501234567"_s);
    CHECK(loaded.phones[1].e164 == u"+380442345678"_s);
    CHECK(loaded.emails.first().address == u"Maria.K@Example.com"_s);
    CHECK(loaded.links.first().value == u"@mariak"_s);
    CHECK(loaded.tags == QStringList{u"VIP"_s, u"дизайн"_s});
    CHECK(loaded.birthday == QDate(1985, 3, 14));
    CHECK(loaded.statusId == c.statusId);
    CHECK(loaded.managerId == c.managerId);

    const QList<ClientRow> rows = requireValue(repo.page({}));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().phone == u"050 123 45 67"_s);
    CHECK(rows.first().status == u"Regular"_s);
    CHECK(rows.first().manager == u"Олена"_s);
}

TEST_CASE("a client without a name is refused with a message", "[clients]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client nobody;
    Status s = repo.create(nobody);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Invalid);
    Client future = person(u"Wells"_s, u"H. G."_s);
    future.birthday = QDate::currentDate().addDays(3);
    CHECK_FALSE(repo.create(future).ok());
}

TEST_CASE("a name of invisible characters, a phone without digits or a bad e-mail is refused",
          "[clients]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client invisible;
    invisible.lastName = u"\x1b\x07"_s;
    invisible.firstName = QString(QChar(0x200B)); // a zero-width space
    CHECK(repo.create(invisible).error().kind == ErrorKind::Invalid);
    Client tooLong = person(QString(301, u'Щ'), u"Ірина"_s);
    CHECK(repo.create(tooLong).error().kind == ErrorKind::Invalid);
    for (const QString& phone : {u"abc"_s, u"12"_s, u"050-1"_s}) {
        Client c = person(u"Коваль"_s, u"Ірина"_s);
        c.phones.append({u"mobile"_s, phone, {}});
        INFO(phone.toStdString());
        CHECK(repo.create(c).error().kind == ErrorKind::Invalid);
    }
    for (const QString& email :
         {u"not-an-email"_s, u"a@b"_s, u"a@@b.ua"_s, u"a b@c.ua"_s, u"ivan@gmail..com"_s,
          u"ivan@gmail,com"_s, u"ivan,petro@gmail.com"_s, u"<ivan@gmail.com>"_s,
          u"ivan(@gmail.com"_s, u".ivan@gmail.com"_s, u"iv..an@gmail.com"_s, u"ivan@-gmail.com"_s,
          u"ivan@gmail.com."_s, u"ivan@.com"_s, u"iv\u00A0an@gmail.com"_s,
          u"iv\u200Ban@gmail.com"_s, u"ivan@gm_ail.com"_s}) {
        Client c = person(u"Коваль"_s, u"Ірина"_s);
        c.emails.append({u"work"_s, email});
        INFO(email.toStdString());
        CHECK(errorDetailOf(repo.create(c)) == u"client.bad-email"_s);
    }
    Client slip = person(u"Коваль"_s, u"Ірина"_s);
    slip.emails.append({u"work"_s, u"olеna@ukr.net"_s}); // a Cyrillic е
    CHECK(errorDetailOf(repo.create(slip)) == u"client.mixed-alphabets"_s);
    Client fine = person(u"Коваль"_s, u"Ірина"_s);
    fine.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    fine.emails.append({u"work"_s, u"iryna.koval@ukr.net"_s});
    fine.emails.append({u"home"_s, u"ірина@пошта.укр"_s});
    fine.emails.append({u"other"_s, u"o'brien+shop@sub-domain.example.co.uk"_s});
    // ї typed as і and a combining diaeresis.
    fine.emails.append({u"other"_s, u"info@\u043A\u0438\u0456\u0308\u0432.\u0443\u043A\u0440"_s});
    CHECK(repo.create(fine).ok());
    CHECK(requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM clients"_s)).toInt() ==
          1);
    // An address kept before the stricter check does not block changing the
    // card; a new bad one still is refused.
    requireOk(sql::exec(db->connection(),
                        u"UPDATE client_emails SET email = 'old,one@gmail..com' WHERE email = "
                        u"'iryna.koval@ukr.net'"_s));
    Client kept = requireValue(repo.load(fine.id));
    kept.phones.append({u"work"_s, u"044 123 45 67"_s, {}});
    requireOk(repo.update(kept));
    kept = requireValue(repo.load(fine.id));
    kept.emails.append({u"work"_s, u"new@gmail..com"_s});
    CHECK(errorDetailOf(repo.update(kept)) == u"client.bad-email"_s);
}

TEST_CASE("search finds clients by name prefix, Cyrillic case, ё, company, e-mail, tax ID and "
          "phone digits",
          "[clients][search]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client a =
        person(u"Ёлкина"_s, u"Дарья"_s, u"+380 50 123 45 67"_s, u"darya.yolkina@gmail.com"_s);
    Client b = person(u"Иванов"_s, u"Пётр"_s, u"8 916 555-12-34"_s, u"ivanov@mail.ru"_s);
    Client c;
    c.kind = ClientKind::Company;
    c.companyName = u"ТОВ «Будмайстер»"_s;
    c.taxId = u"40123456"_s;
    Client d = person(u"Smith"_s, u"John"_s, u"+44 20 7946 0958"_s);
    d.companyName = u"Acme Trading"_s;
    for (Client* x : {&a, &b, &c, &d})
        requireOk(repo.create(*x));

    CHECK(namesFound(repo, u"елк"_s) == QStringList{u"Ёлкина Дарья"_s});
    CHECK(namesFound(repo, u"ЁЛКИНА"_s) == QStringList{u"Ёлкина Дарья"_s});
    CHECK(namesFound(repo, u"ивАнов пет"_s) == QStringList{u"Иванов Пётр"_s});
    CHECK(namesFound(repo, u"будм"_s) == QStringList{u"ТОВ «Будмайстер»"_s});
    // Typing on: the quotation mark alone, then the name after it.
    CHECK(namesFound(repo, u"ТОВ «"_s) == QStringList{u"ТОВ «Будмайстер»"_s});
    CHECK(namesFound(repo, u"ТОВ «Буд"_s) == QStringList{u"ТОВ «Будмайстер»"_s});
    CHECK(namesFound(repo, u"acme"_s) == QStringList{u"Smith John"_s});
    CHECK(namesFound(repo, u"yolkina@gm"_s) == QStringList{u"Ёлкина Дарья"_s});
    CHECK(namesFound(repo, u"mail.ru"_s) == QStringList{u"Иванов Пётр"_s});
    CHECK(namesFound(repo, u"40123456"_s) == QStringList{u"ТОВ «Будмайстер»"_s});
    // Any 3+ consecutive digits, however they are written.
    CHECK(namesFound(repo, u"050 12"_s) == QStringList{u"Ёлкина Дарья"_s});
    CHECK(namesFound(repo, u"4567"_s) == QStringList{u"Ёлкина Дарья"_s});
    CHECK(namesFound(repo, u"(916) 555"_s) == QStringList{u"Иванов Пётр"_s});
    CHECK(namesFound(repo, u"8916"_s) == QStringList{u"Иванов Пётр"_s});
    CHECK(namesFound(repo, u"7946 09"_s) == QStringList{u"Smith John"_s});
    CHECK(namesFound(repo, u"nobody"_s).isEmpty());
    CHECK(namesFound(repo, u"\" OR 1 --"_s).isEmpty());
    CHECK(namesFound(repo, QString()).size() == 4);

    // Pages with the phones as stored (the list screen formats the rows it
    // shows): E.164 (or the text typed, for a number that did not parse),
    // shown as the formatted pages show them; with a search by digits, the
    // matching number.
    for (const QString& search : {QString(), u"8916"_s, u"4567"_s}) {
        INFO(search.toStdString());
        ClientListQuery shown;
        shown.search = search;
        ClientListQuery stored = shown;
        stored.phonesAsStored = true;
        const QList<ClientRow> formatted = requireValue(repo.page(shown));
        const QList<ClientRow> raw = requireValue(repo.page(stored));
        REQUIRE(raw.size() == formatted.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            CHECK(repo.shownPhone(raw[i].phone) == formatted[i].phone);
        }
    }

    // A changed name is found by its new name only.
    b.lastName = u"Петренко"_s;
    requireOk(repo.update(b));
    CHECK(namesFound(repo, u"иванов"_s).isEmpty());
    CHECK(namesFound(repo, u"петренко"_s) == QStringList{u"Петренко Пётр"_s});
}

TEST_CASE("the list pages by keyset in alphabetical order", "[clients][list]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    const QStringList last{u"Яковенко"_s, u"Іваненко"_s, u"Абрамов"_s,   u"Ґудзь"_s,
                           u"Гончар"_s,   u"Дуб"_s,      u"Євтушенко"_s, u"Жук"_s};
    for (const QString& name : last) {
        Client c = person(name, u"Тест"_s);
        requireOk(repo.create(c));
    }
    QStringList seen;
    ClientListQuery query;
    query.limit = 3;
    for (;;) {
        const QList<ClientRow> page = requireValue(repo.page(query));
        if (page.isEmpty())
            break;
        for (const ClientRow& r : page)
            seen.append(r.displayName.section(u' ', 0, 0));
        query.afterSortKey = page.last().sortKey;
        query.afterId = page.last().id;
    }
    CHECK(seen == QStringList{u"Абрамов"_s, u"Гончар"_s, u"Ґудзь"_s, u"Дуб"_s, u"Євтушенко"_s,
                              u"Жук"_s, u"Іваненко"_s, u"Яковенко"_s});
}

TEST_CASE("duplicates by phone, e-mail or tax ID are found before saving", "[clients][duplicates]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client first = person(u"Шевченко"_s, u"Тарас"_s, u"+380671112233"_s, u"taras@ukr.net"_s);
    first.taxId = u"2911111111"_s;
    requireOk(repo.create(first));

    Client samePhone = person(u"Другий"_s, u"Клієнт"_s, u"067 111 22 33"_s);
    QList<DuplicateHit> hits = requireValue(repo.findDuplicates(samePhone));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().clientId == first.id);
    CHECK(hits.first().matchedOn == u"phone"_s);
    CHECK(hits.first().value == u"067 111 22 33"_s);

    Client sameEmail = person(u"Інший"_s, u"Клієнт"_s, {}, u"TARAS@ukr.net"_s);
    CHECK(requireValue(repo.findDuplicates(sameEmail)).first().matchedOn == u"email"_s);
    Client sameTax = person(u"Ще"_s, u"Один"_s);
    sameTax.taxId = u"2911111111"_s;
    CHECK(requireValue(repo.findDuplicates(sameTax)).first().matchedOn == u"tax_id"_s);

    // Editing the client itself is no duplicate of itself.
    CHECK(requireValue(repo.findDuplicates(first)).isEmpty());
    // Archived clients are not offered.
    requireOk(repo.setArchived(first.id, first.version, true));
    CHECK(requireValue(repo.findDuplicates(samePhone)).isEmpty());
}

TEST_CASE("archive hides a client everywhere and can be undone", "[clients][archive]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client c = person(u"Архипенко"_s, u"Олег"_s);
    requireOk(repo.create(c));
    requireOk(repo.setArchived(c.id, c.version, true));
    CHECK(namesFound(repo, u"архип"_s).isEmpty());
    CHECK(namesFound(repo, u"архип"_s, true) == QStringList{u"Архипенко Олег"_s});
    // The version moved on; the stale one is refused.
    CHECK(repo.setArchived(c.id, c.version, false).error().kind == ErrorKind::Conflict);
    requireOk(repo.setArchived(c.id, c.version + 1, false));
    CHECK(namesFound(repo, u"архип"_s) == QStringList{u"Архипенко Олег"_s});
}

TEST_CASE("a save over a colleague's newer save is a conflict", "[clients][conflict]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto mine = openTestDatabase(path, ModeChoice::Shared);
    auto theirs = openTestDatabase(path, ModeChoice::Shared);
    ClientRepository myRepo(*mine);
    ClientRepository theirRepo(*theirs);
    Client c = person(u"Бондар"_s, u"Ірина"_s);
    requireOk(myRepo.create(c));

    Client theirCopy = requireValue(theirRepo.load(c.id));
    theirCopy.comment = u"Prefers calls after 18:00"_s;
    requireOk(theirRepo.update(theirCopy));

    c.comment = u"Only e-mail"_s;
    Status s = myRepo.update(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Conflict);
    CHECK(requireValue(myRepo.load(c.id)).comment == u"Prefers calls after 18:00"_s);
}

TEST_CASE("the same address links a household, a company lists its people", "[clients]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client company;
    company.kind = ClientKind::Company;
    company.companyName = u"Acme"_s;
    requireOk(repo.create(company));
    Client a = person(u"Мельник"_s, u"Анна"_s);
    a.actualAddress = u"Львів, вул. Зелена 10, кв. 3"_s;
    a.companyName = u"ACME"_s; // the company's name, however capitalised, links her to it
    Client b = person(u"Мельник"_s, u"Богдан"_s);
    b.actualAddress = u"львів,  вул. Зелена 10 кв 3"_s;
    Client c = person(u"Сусід"_s, u"Інший"_s);
    c.actualAddress = u"Львів, вул. Зелена 10, кв. 4"_s;
    for (Client* x : {&a, &b, &c})
        requireOk(repo.create(*x));

    const QList<ClientRow> household = requireValue(repo.atSameAddress(a.id));
    REQUIRE(household.size() == 1);
    CHECK(household.first().displayName == u"Мельник Богдан"_s);
    CHECK(a.companyId == company.id);
    const QList<ClientRow> people = requireValue(repo.peopleOf(company.id));
    REQUIRE(people.size() == 1);
    CHECK(people.first().displayName == u"Мельник Анна"_s);
    // A name no company client has links nobody.
    b.companyName = u"Acme Trading"_s;
    requireOk(repo.update(b));
    CHECK(b.companyId == 0);
    CHECK(requireValue(repo.page({})).first().companyName.isEmpty() == false);
}

TEST_CASE("the timeline keeps entries newest first and the header sums purchases",
          "[clients][timeline]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    Client c = person(u"Покупець"_s, u"Постійний"_s);
    requireOk(clients.create(c));

    auto entry = [&](InteractionKind kind, const QDateTime& at, qint64 amount = 0) {
        Interaction i;
        i.clientId = c.id;
        i.kind = kind;
        i.occurredAt = at;
        i.amountMinor = amount;
        i.currency = u"UAH"_s;
        i.text = interactionKindName(kind);
        requireOk(timeline.add(i));
        return i;
    };
    const QDateTime base(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    entry(InteractionKind::Purchase, base, 120000);
    Interaction call = entry(InteractionKind::Call, base.addDays(3));
    entry(InteractionKind::Purchase, base.addDays(10), 30050);
    entry(InteractionKind::Note, base.addDays(1));

    QList<Interaction> all = requireValue(timeline.forClient(c.id));
    REQUIRE(all.size() == 4);
    CHECK(all.first().amountMinor == 30050);
    CHECK(all.last().kind == InteractionKind::Purchase);

    ClientStats stats = requireValue(timeline.statsFor(c.id));
    CHECK(stats.sales == 2);
    CHECK(stats.wonDeals == 0);
    CHECK(stats.totalMinor == 150050);
    CHECK(stats.averageMinor == 75025);
    CHECK(stats.lastPurchase == QDate(2026, 5, 11));
    CHECK(stats.lastContact == QDate(2026, 5, 4));

    call.direction = u"out"_s;
    call.durationSeconds = 95;
    call.result = u"Will come on Friday"_s;
    requireOk(timeline.update(call));
    Interaction stale = call;
    stale.version -= 1;
    CHECK(timeline.update(stale).error().kind == ErrorKind::Conflict);
    requireOk(timeline.remove(call));
    CHECK(requireValue(timeline.forClient(c.id)).size() == 3);

    Interaction noAmount;
    noAmount.clientId = c.id;
    noAmount.kind = InteractionKind::Purchase;
    noAmount.occurredAt = base;
    CHECK(timeline.add(noAmount).error().kind == ErrorKind::Invalid);
}

TEST_CASE("the list filters by lists, tag, gender, age, birthday month and silence",
          "[clients][filters]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    InteractionRepository timeline(*db);
    Lists lists(*db);
    const QDate today = QDate::currentDate();
    const qint64 regular = requireValue(lists.idOf(kStatuses, u"Regular"_s));
    const qint64 olena = requireValue(lists.userIdOfOrAdd(u"Олена"_s));

    Client young = person(u"Молода"_s, u"Ірина"_s);
    young.gender = u"female"_s;
    young.birthday = today.addYears(-25).addDays(-3);
    young.statusId = regular;
    young.tags = {u"VIP"_s};
    Client old = person(u"Старий"_s, u"Петро"_s);
    old.gender = u"male"_s;
    old.birthday = QDate(today.year() - 70, today.month(), 1);
    old.managerId = olena;
    Client unknown = person(u"Невідомий"_s, u"Хтось"_s);
    for (Client* c : {&young, &old, &unknown})
        requireOk(repo.create(*c));
    Interaction recent;
    recent.clientId = young.id;
    recent.kind = InteractionKind::Call;
    recent.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    requireOk(timeline.add(recent));
    Interaction longAgo = recent;
    longAgo.clientId = old.id;
    longAgo.occurredAt = QDateTime::currentDateTimeUtc().addDays(-200);
    requireOk(timeline.add(longAgo));

    auto names = [&](const ClientFilter& filter) {
        ClientListQuery query;
        query.filter = filter;
        QStringList found;
        for (const ClientRow& row : requireValue(repo.page(query)))
            found.append(row.displayName.section(u' ', 0, 0));
        return found;
    };
    ClientFilter f;
    CHECK(names(f).size() == 3);
    f.statusId = regular;
    CHECK(names(f) == QStringList{u"Молода"_s});
    f = {};
    f.managerId = olena;
    CHECK(names(f) == QStringList{u"Старий"_s});
    f = {};
    f.tag = u"VIP"_s;
    CHECK(names(f) == QStringList{u"Молода"_s});
    f = {};
    f.gender = u"male"_s;
    CHECK(names(f) == QStringList{u"Старий"_s});
    f = {};
    f.ageFrom = 20;
    f.ageTo = 30;
    CHECK(names(f) == QStringList{u"Молода"_s});
    f.ageTo = 25; // 25 years and 3 days old is still 25
    CHECK(names(f) == QStringList{u"Молода"_s});
    f.ageTo = 24;
    CHECK(names(f).isEmpty());
    f = {};
    f.birthdayThisMonth = true;
    CHECK(names(f).contains(u"Старий"_s));
    CHECK_FALSE(names(f).contains(u"Невідомий"_s));
    f = {};
    f.noContactDays = 30;
    CHECK(names(f) == QStringList{u"Невідомий"_s, u"Старий"_s});
    // Filters and search together.
    ClientListQuery both;
    both.search = u"стар"_s;
    both.filter.noContactDays = 30;
    CHECK(requireValue(repo.page(both)).size() == 1);
}

TEST_CASE("custom fields are defined, checked by type, shown, searched and filtered",
          "[clients][fields]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    CustomFieldRepository fields(*db);
    ClientRepository repo(*db);

    CustomField card{0, 0, u"Discount card"_s, FieldType::Text, {}};
    CustomField area{0, 0, u"Floor area, m²"_s, FieldType::Number, {}};
    CustomField visit{0, 0, u"First visit"_s, FieldType::Date, {}};
    CustomField vip{0, 0, u"Wants newsletters"_s, FieldType::YesNo, {}};
    CustomField style{0, 0, u"Style"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}};
    for (CustomField* f : {&card, &area, &visit, &vip, &style})
        requireOk(fields.create(*f));
    CHECK(requireValue(fields.fields()).size() == 5);
    CustomField duplicate{0, 0, u"Style"_s, FieldType::Text, {}};
    CHECK(fields.create(duplicate).error().kind == ErrorKind::Conflict);
    CustomField noChoices{0, 0, u"Empty"_s, FieldType::Choice, {}};
    CHECK(fields.create(noChoices).error().kind == ErrorKind::Invalid);

    Client c = person(u"Полякова"_s, u"Вера"_s);
    c.fieldValues = {{card.id, u"GOLD-7731"_s},
                     {area.id, u"85,5"_s},
                     {visit.id, u"2024-02-29"_s},
                     {vip.id, u"1"_s},
                     {style.id, u"Лофт"_s}};
    requireOk(repo.create(c));
    const Client loaded = requireValue(repo.load(c.id));
    CHECK(loaded.fieldValues.value(area.id) == u"85.5"_s);
    CHECK(loaded.fieldValues.value(style.id) == u"Лофт"_s);
    CHECK(vip.display(loaded.fieldValues.value(vip.id)) == u"yes"_s);

    Client wrong = person(u"Помилка"_s, u"Тест"_s);
    wrong.fieldValues = {{area.id, u"a lot"_s}};
    Status bad = repo.create(wrong);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(u"Floor area"_s));
    wrong.fieldValues = {{style.id, u"Модерн"_s}};
    CHECK(repo.create(wrong).error().message.contains(u"Лофт"_s));

    CHECK(namesFound(repo, u"gold-77"_s) == QStringList{u"Полякова Вера"_s});
    ClientListQuery byStyle;
    byStyle.filter.customFieldId = style.id;
    byStyle.filter.customValue = u"Лофт"_s;
    CHECK(requireValue(repo.page(byStyle)).size() == 1);
    byStyle.filter.customValue = u"Класика"_s;
    CHECK(requireValue(repo.page(byStyle)).isEmpty());

    // A removed field disappears from cards; its values are not lost.
    requireOk(fields.remove(requireValue(fields.fields()).first()));
    CHECK(requireValue(fields.fields()).size() == 4);
}

TEST_CASE("the list pages in company, status and manager order too, both ways", "[clients][list]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireValue(generateDemo(*db, {450, 11}));
    ClientRepository repo(*db);
    for (ClientSort sort :
         {ClientSort::Name, ClientSort::Company, ClientSort::Status, ClientSort::Manager}) {
        for (bool descending : {false, true}) {
            ClientListQuery query;
            query.sort = sort;
            query.descending = descending;
            query.limit = 37;
            QList<ClientRow> all;
            for (;;) {
                const QList<ClientRow> page = requireValue(repo.page(query));
                if (page.isEmpty())
                    break;
                all += page;
                query.afterValue = page.last().sortValue;
                query.afterSortKey = page.last().sortKey;
                query.afterId = page.last().id;
            }
            INFO(int(sort) << " descending " << descending);
            REQUIRE(all.size() == 450);
            QSet<qint64> ids;
            for (const ClientRow& r : all)
                ids.insert(r.id);
            CHECK(ids.size() == 450); // each exactly once
            for (int i = 1; i < all.size(); ++i) {
                const auto key = [](const ClientRow& r) {
                    return std::tuple(r.sortValue, r.sortKey, r.id);
                };
                if (descending)
                    CHECK_FALSE(key(all[i - 1]) < key(all[i]));
                else
                    CHECK_FALSE(key(all[i]) < key(all[i - 1]));
            }
        }
    }
}

TEST_CASE("admin lists are added to, renamed, reordered and pruned, stale edits conflict",
          "[clients][lists]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Lists lists(*db);
    auto names = [&] {
        QStringList n;
        for (const ListItem& i : requireValue(lists.items(kDeliveryTypes)))
            n.append(i.name);
        return n;
    };
    CHECK(names() == QStringList{u"Pickup"_s, u"Courier"_s, u"Carrier to a branch"_s});
    requireOk(lists.add(kDeliveryTypes, u"Нова пошта"_s));
    QList<ListItem> items = requireValue(lists.items(kDeliveryTypes));
    requireOk(lists.rename(items[2], u"Carrier"_s));
    CHECK(lists.rename(items[2], u"Again"_s).error().kind == ErrorKind::Conflict);
    items = requireValue(lists.items(kDeliveryTypes));
    requireOk(lists.move(kDeliveryTypes, items[3], -3));
    CHECK(names() == QStringList{u"Нова пошта"_s, u"Pickup"_s, u"Courier"_s, u"Carrier"_s});
    items = requireValue(lists.items(kDeliveryTypes));
    requireOk(lists.remove(items[1]));
    CHECK(names() == QStringList{u"Нова пошта"_s, u"Courier"_s, u"Carrier"_s});
    requireOk(lists.add(kDeliveryTypes, u"Pickup"_s)); // comes back, no twin
    CHECK(names().count(u"Pickup"_s) == 1);
    CHECK(editableLists().size() == 6);
}
