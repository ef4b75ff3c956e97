// Data in the shop's language: a new database's lists and stages, the demo's
// shop, and the formats of dates, money, numbers and phone numbers.
#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "demo/DemoData.h"
#include "demo/DemoDatabase.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "language/Formats.h"
#include "money/Money.h"
#include "reports/CallList.h"
#include "reports/ReportTable.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"
#include "workspace/NewDatabase.h"
#include "workspace/Workspace.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

std::unique_ptr<Database> createIn(const QString& path, Language language)
{
    OpenOptions options{path, ModeChoice::Local, true};
    options.language = language;
    return requireValue(openDatabase(options));
}

QStringList column(Database& db, const QString& statement)
{
    QStringList values;
    for (const QSqlRecord& r : requireValue(sql::rows(db.connection(), statement)))
        values.append(r.value(0).toString());
    return values;
}

QStringList listNames(Database& db, const QString& list)
{
    return column(db,
                  u"SELECT name FROM list_items WHERE list = '%1' ORDER BY position"_s.arg(list));
}

QStringList stageNames(Database& db)
{
    return column(db, u"SELECT name FROM stages WHERE pipeline_id = 1 ORDER BY position"_s);
}

QString setting(Database& db, const QString& key)
{
    return requireValue(SharedSettings(db).get(key)).value;
}

} // namespace

TEST_CASE("a new database is seeded in the language chosen at its creation", "[language][seed]")
{
    TempDir dir;
    auto uk = createIn(dir.path(u"uk.sqlite"_s), Language::Ukrainian);
    CHECK(stageNames(*uk) == QStringList{u"Новий запит"_s, u"Переговори проведено"_s,
                                         u"Рахунок виставлено"_s, u"Рахунок оплачено"_s,
                                         u"Товар відвантажено"_s, u"Виграна"_s, u"Програна"_s});
    CHECK(column(*uk, u"SELECT name FROM pipelines"_s) == QStringList{u"Продажі"_s});
    CHECK(listNames(*uk, u"contact_type"_s).first() == u"Приватна особа"_s);
    CHECK(listNames(*uk, u"source"_s).contains(u"Прийшов у магазин"_s));
    CHECK(listNames(*uk, u"loss_reason"_s).first() == u"Висока ціна"_s);
    CHECK(listNames(*uk, u"delivery_type"_s).first() == u"Самовивіз"_s);
    // Not one English word is left among a Ukrainian database's ready-made names.
    const QRegularExpression latin(u"[A-Za-z]"_s);
    for (const QString& name : column(*uk, u"SELECT name FROM list_items UNION ALL "
                                           u"SELECT name FROM stages UNION ALL "
                                           u"SELECT name FROM pipelines"_s))
        CHECK_FALSE(name.contains(latin));
    CHECK(setting(*uk, kDatabaseLanguageKey) == u"uk"_s);
    CHECK(databaseLanguage(*uk) == Language::Ukrainian);
    CHECK(phoneRegion(*uk) == u"UA"_s);

    auto ru = createIn(dir.path(u"ru.sqlite"_s), Language::Russian);
    CHECK(stageNames(*ru) == QStringList{u"Новый запрос"_s, u"Переговоры проведены"_s,
                                         u"Счет выставлен"_s, u"Счет оплачен"_s,
                                         u"Товар отгружен"_s, u"Выиграна"_s, u"Проиграна"_s});
    CHECK(listNames(*ru, u"status"_s) ==
          QStringList{u"Потенциальный"_s, u"Активный"_s, u"Постоянный"_s, u"Потерянный"_s});
    CHECK(listNames(*ru, u"contact_type"_s).first() == u"Частное лицо"_s);
    CHECK(databaseLanguage(*ru) == Language::Russian);
    CHECK(phoneRegion(*ru) == u"UA"_s);

    auto en = createIn(dir.path(u"en.sqlite"_s), Language::English);
    CHECK(stageNames(*en).at(2) == u"Invoice issued"_s);
    CHECK(listNames(*en, u"contact_type"_s).first() == u"Private person"_s);
    CHECK(databaseLanguage(*en) == Language::English);
    // Every seeded row is still there, only renamed: as many in each language.
    const QString count = u"SELECT (SELECT count(*) FROM list_items) || '/' || "
                          u"(SELECT count(*) FROM stages)"_s;
    CHECK(column(*uk, count) == column(*en, count));
    CHECK(column(*ru, count) == column(*en, count));
}

TEST_CASE("an existing database keeps its names whatever language opens it", "[language][seed]")
{
    TempDir dir;
    const QString path = dir.path(u"old.sqlite"_s);
    // A database of the version before accounts, made by an older program
    // (the steps alone, without this program's seeding).
    {
        auto old = requireValue(Database::open({path, ModeChoice::Local, true}));
        requireOk(migrate(*old, builtinMigrations().mid(0, 7)));
    }
    auto upgraded = createIn(path, Language::Ukrainian);
    CHECK(requireValue(upgraded->schemaVersion()) == latestSchemaVersion());
    CHECK(stageNames(*upgraded).at(2) == u"Invoice issued"_s);
    CHECK(listNames(*upgraded, u"contact_type"_s).first() == u"Private person"_s);
    CHECK_FALSE(databaseLanguage(*upgraded).has_value());
    upgraded.reset();

    // One made in Russian stays Russian when a Ukrainian PC opens it.
    const QString russian = dir.path(u"ru.sqlite"_s);
    createIn(russian, Language::Russian).reset();
    auto reopened = createIn(russian, Language::Ukrainian);
    CHECK(stageNames(*reopened).at(2) == u"Счет выставлен"_s);
    CHECK(databaseLanguage(*reopened) == Language::Russian);
}

TEST_CASE("ready-made names made in English are relabelled into the shop's language once",
          "[language][seed][relabel]")
{
    TempDir dir;
    const QString path = dir.path(u"en.sqlite"_s);
    auto db = createIn(path, Language::English);
    // The shop's own edits before it noticed: a stage renamed, a source added.
    Lists lists(*db);
    const QList<ListItem> sources = requireValue(lists.items(kSources));
    requireOk(lists.rename(sources.first(), u"Our website"_s)); // was "Website"
    requireOk(lists.add(kSources, u"Instagram"_s));
    // A translation already in the list: the seeded row beside it stays.
    requireOk(lists.add(kLossReasons, u"Висока ціна"_s));
    requireOk(sql::exec(db->connection(),
                        u"UPDATE stages SET name = 'Measured' WHERE name = 'Negotiations held'"_s));

    CHECK(requireValue(seededNamesToRelabel(*db, Language::English)) == 0);
    const int pending = requireValue(seededNamesToRelabel(*db, Language::Ukrainian));
    CHECK(pending > 20);

    // A manager may not: the names are everyone's.
    {
        OpenOptions options{path, ModeChoice::Local, false};
        options.principal.accountId = 42;
        options.principal.role = Role::Manager;
        auto manager = requireValue(openDatabase(options));
        Result<Relabelling> refused = relabelSeededNames(*manager, Language::Ukrainian);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Forbidden);
        CHECK(databaseLanguage(*db) == Language::English);
    }

    const auto auditRows = [&] {
        return column(*db, u"SELECT count(*) FROM audit"_s).first().toInt();
    };
    const int auditBefore = auditRows();
    const Relabelling done = requireValue(relabelSeededNames(*db, Language::Ukrainian));
    CHECK(done.from == Language::English);
    CHECK(done.to == Language::Ukrainian);
    CHECK(done.renamed == pending);
    CHECK(done.kept == 3); // Website, Negotiations held, Too expensive
    CHECK(stageNames(*db) == QStringList{u"Новий запит"_s, u"Measured"_s, u"Рахунок виставлено"_s,
                                         u"Рахунок оплачено"_s, u"Товар відвантажено"_s,
                                         u"Виграна"_s, u"Програна"_s});
    CHECK(column(*db, u"SELECT name FROM pipelines"_s) == QStringList{u"Продажі"_s});
    CHECK(listNames(*db, kSources) == QStringList{u"Our website"_s, u"Реклама"_s,
                                                  u"Холодний дзвінок"_s, u"Рекомендація"_s,
                                                  u"Прийшов у магазин"_s, u"Instagram"_s});
    CHECK(listNames(*db, kLossReasons).mid(0, 2) ==
          QStringList{u"Too expensive"_s, u"Обрав конкурента"_s});
    CHECK(listNames(*db, kStatuses) ==
          QStringList{u"Потенційний"_s, u"Активний"_s, u"Постійний"_s, u"Втрачений"_s});
    CHECK(databaseLanguage(*db) == Language::Ukrainian);
    // Audited as one action, in the transaction that made it.
    CHECK(auditRows() == auditBefore + 1);
    CHECK(column(*db, u"SELECT action FROM audit ORDER BY id DESC LIMIT 1"_s).first() ==
          u"settings.update"_s);

    // Again: nothing left to do, nothing written.
    CHECK(requireValue(seededNamesToRelabel(*db, Language::Ukrainian)) == 0);
    const Relabelling again = requireValue(relabelSeededNames(*db, Language::Ukrainian));
    CHECK(again.renamed == 0);
    CHECK(auditRows() == auditBefore + 1);

    // And on into Russian, from the Ukrainian names now recorded.
    const Relabelling russian = requireValue(relabelSeededNames(*db, Language::Russian));
    CHECK(russian.from == Language::Ukrainian);
    CHECK(stageNames(*db).first() == u"Новый запрос"_s);
    CHECK(stageNames(*db).at(1) == u"Measured"_s);
}

TEST_CASE("dates, money and numbers are written the locale's way", "[language][formats]")
{
    const QLocale uk(QLocale::Ukrainian, QLocale::Ukraine);
    const QLocale ru(QLocale::Russian, QLocale::Ukraine);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QDate day(2026, 11, 30);
    CHECK(formatDate(day, uk) == u"30.11.2026"_s);
    CHECK(formatDate(day, ru) == u"30.11.2026"_s);
    CHECK(formatDate(day, gb) == u"30/11/2026"_s);
    CHECK(formatDate(day, us) == u"11/30/2026"_s); // a two-digit year widened
    CHECK(dateFormat(us).count(u'y') == 4);
    CHECK(formatDate(QDate(), uk).isEmpty());

    const QDateTime at = QDateTime(day, QTime(9, 5)).toUTC(); // 09:05 on this PC
    CHECK(formatDateTime(at, uk) == u"30.11.2026 09:05"_s);
    CHECK(formatDateTime(at, gb) == u"30/11/2026 09:05"_s);

    const QString nbsp(QChar(0x00A0));
    auto grouped = [](const QLocale& l, const char16_t* a, const char16_t* b) -> QString {
        return QString::fromUtf16(a) + l.groupSeparator() + QString::fromUtf16(b);
    };
    CHECK(formatMoney(125050, u"UAH"_s, uk) ==
          QString(grouped(uk, u"1", u"250,50") + nbsp + u"грн"_s));
    CHECK(formatMoney(125050, u"UAH"_s, ru) ==
          QString(grouped(ru, u"1", u"250,50") + nbsp + u"грн"_s));
    CHECK(formatMoney(125050, u"UAH"_s, gb) == u"₴1,250.50"_s);
    CHECK(formatMoney(125050, u"GBP"_s, gb) == u"£1,250.50"_s);
    CHECK(formatMoney(-500, u"GBP"_s, gb) == u"-£5.00"_s);
    CHECK(formatMoney(99, u"USD"_s, uk) == QString(u"0,99"_s + nbsp + u"$"_s));
    CHECK(formatMoney(100, u"CHF"_s, uk) == QString(u"1,00"_s + nbsp + u"CHF"_s));
    CHECK(formatMoney(kMaxMoneyMinor, u"UAH"_s, gb) == u"₴10,000,000,000.00"_s);

    CHECK(formatNumber(1250, uk) == grouped(uk, u"1", u"250"));
    const QString million =
        u"1"_s + ru.groupSeparator() + u"234"_s + ru.groupSeparator() + u"567"_s;
    CHECK(formatNumber(1234567, ru) == million);
    CHECK(formatNumber(12345, gb) == u"12,345"_s);
    CHECK(firstDayOfWeek() == Qt::Monday);

    CHECK(currencySign(u"UAH"_s, uk) == u"грн"_s);
    CHECK(currencySign(u"UAH"_s, gb) == u"₴"_s);
}

TEST_CASE("a report's counts are grouped as its money is, four digits too", "[language][formats]")
{
    // Qt writes 1234 ungrouped in Russian, and then the column's "1 234,00 грн" beside it.
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const ReportTable table{u"Каналы"_s,
                            u"UAH"_s,
                            {{u"Сделки"_s, CellKind::Count}, {u"Выиграно"_s, CellKind::Money}},
                            {{1234, qint64(123400)}}};
    const QString count = displayCell(table, 0, 0);
    const QString money = displayCell(table, 0, 1);
    QLocale::setDefault(saved);
    CHECK(count == formatNumber(1234, QLocale(QLocale::Russian, QLocale::Russia)));
    CHECK(money.startsWith(count));
}

TEST_CASE("Ukrainian numbers are grouped in pairs, Russian ones as Russians write them",
          "[language][phones]")
{
    struct Shown
    {
        QString e164, home, expected;
    };
    const QList<Shown> numbers{// A mobile and a Kyiv number, at home and abroad.
                               {u"+380671234567"_s, u"UA"_s, u"067 123 45 67"_s},
                               {u"+380671234567"_s, u"RU"_s, u"+380 67 123 45 67"_s},
                               {u"+380441234567"_s, u"UA"_s, u"044 123 45 67"_s},
                               // A four-digit area code leaves six digits: three pairs.
                               {u"+380322123456"_s, u"UA"_s, u"0322 12 34 56"_s},
                               {u"+380322123456"_s, u"PL"_s, u"+380 322 12 34 56"_s},
                               {u"+79123456789"_s, u"RU"_s, u"8 (912) 345-67-89"_s},
                               {u"+79123456789"_s, u"UA"_s, u"+7 912 345-67-89"_s},
                               // Other countries keep libphonenumber's grouping.
                               {u"+48501234567"_s, u"UA"_s, u"+48 501 234 567"_s}};
    for (const Shown& n : numbers) {
        INFO(n.e164.toStdString() << " in " << n.home.toStdString());
        CHECK(formatPhone(n.e164, n.home) == n.expected);
    }
    // Typed as people type them, shown as they write them.
    CHECK(formatPhone(normalizePhone(u"067 123 45 67"_s, u"UA"_s).e164, u"UA"_s) ==
          u"067 123 45 67"_s);
    CHECK(formatPhone(normalizePhone(u"8 912 345 67 89"_s, u"RU"_s).e164, u"RU"_s) ==
          u"8 (912) 345-67-89"_s);
}

TEST_CASE("phone numbers show nationally for the shop's country, internationally for others",
          "[language][phones]")
{
    CHECK(formatPhone(u"+380501234567"_s, u"UA"_s) == u"050 123 45 67"_s);
    CHECK(formatPhone(u"+380501234567"_s, u"GB"_s) == u"+380 50 123 45 67"_s);
    CHECK(formatPhone(u"+447911123456"_s, u"GB"_s) == u"07911 123456"_s);
    CHECK(formatPhone(u"+447911123456"_s, u"UA"_s) == u"+44 7911 123456"_s);
    CHECK(formatPhone(u"+48501234567"_s, u"ua"_s) == u"+48 501 234 567"_s);

    // The list, the card's number and the call list show one form.
    TempDir dir;
    auto db = createIn(dir.path(u"shop.sqlite"_s), Language::Ukrainian);
    ClientRepository repo(*db, phoneRegion(*db));
    Client c;
    c.lastName = u"Шевченко"_s;
    c.firstName = u"Олена"_s;
    c.phones = {{u"мобільний"_s, u"+380 (50) 123-45-67"_s, {}}, {{}, u"+48 501 234 567"_s, {}}};
    c.birthday = QDate::currentDate().addYears(-30).addDays(3);
    requireOk(repo.create(c));
    ClientListQuery query;
    const QList<ClientRow> rows = requireValue(repo.page(query));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().phone == u"050 123 45 67"_s);
    const QList<UpcomingBirthday> birthdays =
        requireValue(upcomingBirthdays(*db, QDate::currentDate(), 7, 0));
    REQUIRE(birthdays.size() == 1);
    CHECK(birthdays.first().phone == u"050 123 45 67"_s);

    // A shop in another country sees the same number internationally.
    requireOk(SharedSettings(*db).put(kPhoneRegionKey, u"PL"_s));
    CHECK(requireValue(ClientRepository(*db, phoneRegion(*db)).page(query)).first().phone ==
          u"+380 50 123 45 67"_s);
}

TEST_CASE("a Ukrainian demo is a Ukrainian shop, a Russian one the same shop in Russian",
          "[language][demo]")
{
    TempDir dir;
    const QTimeZone kyiv("Europe/Kyiv");
    for (Language language : {Language::Ukrainian, Language::Russian, Language::English}) {
        INFO(languageCode(language).toStdString());
        const QString path = dir.path(languageCode(language) + u".sqlite"_s);
        DemoOptions options{300, 4, language};
        requireValue(createDemoDatabase(path, ModeChoice::Local, options));
        auto db = requireValue(openDatabase({path, ModeChoice::Local, false}));
        CHECK(databaseLanguage(*db) == language);
        const bool english = language == Language::English;
        const QStringList phones = column(*db, u"SELECT e164 FROM client_phones"_s);
        REQUIRE(phones.size() >= 300);
        for (const QString& e164 : phones) // every number valid, of the shop's country
            CHECK(e164.startsWith(english ? u"+44"_s : u"+380"_s));
        const QStringList companies =
            column(*db, u"SELECT company_name FROM clients WHERE kind = 'company'"_s);
        REQUIRE(!companies.isEmpty());
        for (const QString& name : companies) {
            CHECK_FALSE(name.contains(u"ООО"_s));
            if (!english)
                CHECK(QRegularExpression(u"^(ТОВ|ФОП|ПП|ЧП) "_s).match(name).hasMatch());
        }
        const QStringList names = column(
            *db,
            u"SELECT last_name || first_name || middle_name FROM clients WHERE kind = 'person'"_s);
        const QRegularExpression latin(u"[A-Za-z]"_s);
        const QRegularExpression ukrainianOnly(u"[іїєґІЇЄҐ]"_s);
        const QRegularExpression russianOnly(u"[ыэъЫЭЪ]"_s);
        int middleNames = 0;
        for (const QString& name : names) {
            CHECK(name.contains(latin) == english);
            if (language == Language::Russian)
                CHECK_FALSE(name.contains(ukrainianOnly));
            if (language == Language::Ukrainian)
                CHECK_FALSE(name.contains(russianOnly));
        }
        middleNames = column(*db, u"SELECT id FROM clients WHERE middle_name <> ''"_s).size();
        CHECK((middleNames > 0) == !english);
        const QStringList addresses = column(*db, u"SELECT actual_address FROM clients"_s);
        const QString city = language == Language::Ukrainian ? u"Київ"_s
                             : language == Language::Russian ? u"Киев"_s
                                                             : u"London"_s;
        CHECK(std::any_of(addresses.begin(), addresses.end(),
                          [&](const QString& a) { return a.contains(city); }));
        for (const QString& a : addresses)
            CHECK_FALSE(a.contains(u"Москва"_s));
        CHECK(setting(*db, u"shop.currency"_s) == (english ? u"GBP"_s : u"UAH"_s));
        // The shop's own details, for its documents: a name, a valid IBAN, an address in town.
        const ShopDetails details = requireValue(loadShopDetails(*db));
        CHECK_FALSE(requireValue(loadShopProfile(*db)).name.isEmpty());
        CHECK_FALSE(checkShopDetails(details));
        CHECK(details.iban.startsWith(english ? u"GB"_s : u"UA"_s));
        CHECK(details.address.contains(city));
        CHECK(column(*db, u"SELECT DISTINCT currency FROM products"_s) ==
              QStringList{english ? u"GBP"_s : u"UAH"_s});
        // Staff names in the shop's language too.
        for (const DemoAccount& a : demoAccounts(language))
            CHECK(a.name.contains(latin) == english);
        // Calls, notes and purchases in working hours: Monday to Saturday, 9 to 19.
        const QTimeZone zone = english ? QTimeZone("Europe/London") : kyiv;
        for (const QString& iso : column(*db, u"SELECT occurred_at FROM interactions"_s)) {
            const QDateTime local = QDateTime::fromString(iso, Qt::ISODateWithMs).toTimeZone(zone);
            CHECK(local.date().dayOfWeek() != Qt::Sunday);
            CHECK(local.time() >= QTime(9, 0));
            CHECK(local.time() < QTime(19, 0));
        }
        for (const QString& iso : column(*db, u"SELECT at FROM deal_stage_history"_s)) {
            const QDateTime local = QDateTime::fromString(iso, Qt::ISODateWithMs).toTimeZone(zone);
            CHECK(local.date().dayOfWeek() != Qt::Sunday);
            CHECK(local.time() >= QTime(9, 0));
            CHECK(local.time() < QTime(19, 0));
        }
    }
}
