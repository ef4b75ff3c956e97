#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientExport.h"
#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "import/ClientImport.h"
#include "import/CsvReader.h"
#include "import/ImportBatches.h"
#include "import/ImportFields.h"
#include "import/ImportFiles.h"
#include "import/ImportValues.h"
#include "import/NameSplit.h"
#include "import/ProblemsFile.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

#include <QDir>
#include <QFile>

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

// A one-sheet table: the first row the headers, as a spreadsheet holds them.
ImportTable tableOf(const QList<QStringList>& rows)
{
    ImportSheet sheet;
    sheet.name = u"Клієнти"_s;
    for (int i = 0; i < rows.size(); ++i) {
        ImportRow row;
        row.source = i + 1;
        for (const QString& text : rows[i])
            row.cells.append({text, {}});
        sheet.columnCount = std::max<int>(sheet.columnCount, int(row.cells.size()));
        sheet.rows.append(row);
    }
    ImportTable table;
    table.sheets.append(sheet);
    return table;
}

std::unique_ptr<ClientImport> importer(Database& db)
{
    return requireValue(ClientImport::open(db));
}

ImportSettings guessed(ClientImport& import, const ImportTable& table)
{
    ImportSettings settings;
    settings.headerRow = import.guessHeaderRow(table.sheets[0]);
    settings.columns = import.guessColumns(table.sheets[0], settings.headerRow);
    return settings;
}

qint64 count(Database& db, const QString& statement, const QVariantList& args = {})
{
    return requireValue(sql::scalar(db.connection(), statement, args)).toLongLong();
}

bool hasProblem(const QList<RowProblem>& problems, const QString& key)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const RowProblem& p) { return p.key == key; });
}

} // namespace

TEST_CASE("import columns are guessed from Ukrainian, Russian and English headers",
          "[import][clients]")
{
    const QList<std::pair<QString, ImportField>> cases{
        {u"ПІБ"_s, ImportField::FullName},
        {u"ФИО"_s, ImportField::FullName},
        {u"Прізвище"_s, ImportField::LastName},
        {u"Фамилия"_s, ImportField::LastName},
        {u"Ім'я"_s, ImportField::FirstName},
        {u"По батькові"_s, ImportField::MiddleName},
        {u"Телефон"_s, ImportField::Phone},
        {u"Моб."_s, ImportField::Phone},
        {u"Моб. телефон"_s, ImportField::Phone},
        {u"Телефон 2"_s, ImportField::Phone},
        {u"Phone (work)"_s, ImportField::Phone},
        {u"E-mail"_s, ImportField::Email},
        {u"Ел. пошта"_s, ImportField::Email},
        {u"Эл. почта"_s, ImportField::Email},
        {u"Дата народження"_s, ImportField::Birthday},
        {u"Дата рождения"_s, ImportField::Birthday},
        {u"Компанія"_s, ImportField::Company},
        {u"ЄДРПОУ"_s, ImportField::TaxId},
        {u"ИНН"_s, ImportField::TaxId},
        {u"Адреса"_s, ImportField::ActualAddress},
        {u"Адреса доставки"_s, ImportField::DeliveryAddress},
        {u"Менеджер"_s, ImportField::Manager},
        {u"Джерело"_s, ImportField::Source},
        {u"Статус"_s, ImportField::Status},
        {u"Примітка"_s, ImportField::Comment},
        {u"Сума останнього замовлення"_s, ImportField::None},
    };
    for (const auto& [header, field] : cases) {
        INFO(header.toStdString());
        CHECK(guessColumnTarget(header, {}).field == field);
    }
    // The shop's own fields by their names.
    CustomField card;
    card.id = 7;
    card.name = u"Дисконтна картка"_s;
    CHECK(guessColumnTarget(u"дисконтна  картка"_s, {card}) ==
          ColumnTarget{ImportField::Custom, 7});
    CHECK(columnTargetNamed(u"custom:Дисконтна картка"_s, {card}) ==
          ColumnTarget{ImportField::Custom, 7});
    CHECK(columnTargetNamed(u"phone"_s, {}) == ColumnTarget{ImportField::Phone, 0});
    CHECK_FALSE(columnTargetNamed(u"telephone"_s, {}).has_value());
    // A vCard's own column names.
    CHECK(columnTargetOfKey(u"phone_2_type"_s).field == ImportField::PhoneType);
    CHECK(columnTargetOfKey(u"email_1"_s).field == ImportField::Email);
    CHECK(columnTargetOfKey(u"note"_s).field == ImportField::Comment);
}

TEST_CASE("a full name is split into last, first and middle name the way it was written",
          "[import][clients]")
{
    auto split = [](const QString& name) {
        const PersonName n = splitFullName(name);
        return QStringList{n.last, n.first, n.middle};
    };
    CHECK(split(u"Петренко Олена Іванівна"_s) ==
          QStringList{u"Петренко"_s, u"Олена"_s, u"Іванівна"_s});
    CHECK(split(u"  Олена   Іванівна Петренко "_s) ==
          QStringList{u"Петренко"_s, u"Олена"_s, u"Іванівна"_s});
    CHECK(split(u"Иванов Сергей Петрович"_s) ==
          QStringList{u"Иванов"_s, u"Сергей"_s, u"Петрович"_s});
    CHECK(split(u"Олена Іванівна"_s) == QStringList{QString(), u"Олена"_s, u"Іванівна"_s});
    CHECK(split(u"Петренко Олена"_s) == QStringList{u"Петренко"_s, u"Олена"_s, QString()});
    CHECK(split(u"Олена Бабич"_s) == QStringList{u"Бабич"_s, u"Олена"_s, QString()});
    CHECK(split(u"Іван Петренко"_s) == QStringList{u"Петренко"_s, u"Іван"_s, QString()});
    CHECK(split(u"Петренко Іван"_s) == QStringList{u"Петренко"_s, u"Іван"_s, QString()});
    // Businesses in the name column.
    CHECK(namedBusiness(u"ТОВ «Альфа»"_s).kind == NamedBusiness::Company);
    CHECK(namedBusiness(u"ООО \"Ромашка\""_s).kind == NamedBusiness::Company);
    CHECK(namedBusiness(u"Alpha LLC"_s).kind == NamedBusiness::Company);
    const NamedBusiness trader = namedBusiness(u"ФОП Литвин Сергій Олегович"_s);
    CHECK(trader.kind == NamedBusiness::SoleTrader);
    CHECK(trader.personName == u"Литвин Сергій Олегович"_s);
    CHECK(namedBusiness(u"Петренко Іван Іванович (ФОП)"_s).personName ==
          u"Петренко Іван Іванович"_s);
    CHECK(namedBusiness(u"Петренко Іван"_s).kind == NamedBusiness::None);
    CHECK(split(u"John Smith"_s) == QStringList{u"Smith"_s, u"John"_s, QString()});
    CHECK(split(u"Олена"_s) == QStringList{QString(), u"Олена"_s, QString()});
}

TEST_CASE("imported dates, genders and lists are read as shops write them", "[import][clients]")
{
    auto date = [](const QString& text) { return importDate({text, {}}); };
    CHECK(date(u"25.03.1985"_s).date == QDate(1985, 3, 25));
    CHECK(date(u"5.3.1985"_s).date == QDate(1985, 3, 5));
    CHECK(date(u"1985-03-25"_s).date == QDate(1985, 3, 25));
    CHECK(date(u"25/03/1985"_s).date == QDate(1985, 3, 25));
    CHECK(date(u"25.03.85"_s).date == QDate(1985, 3, 25));
    CHECK(date(u"25.03.1985 р."_s).date == QDate(1985, 3, 25));
    CHECK_FALSE(date(u"31.02.1990"_s).date.isValid());
    CHECK_FALSE(date(u"вчора"_s).date.isValid());
    CHECK(date(u"12.05"_s).withoutYear);
    CHECK(importDate({u"x"_s, QDate(1990, 1, 2)}).date == QDate(1990, 1, 2));

    CHECK(importGender(u"Жін."_s) == u"female"_s);
    CHECK(importGender(u"женский"_s) == u"female"_s);
    CHECK(importGender(u"F"_s) == u"female"_s);
    CHECK(importGender(u"чол"_s) == u"male"_s);
    CHECK(importGender(u"М"_s) == u"male"_s);
    CHECK(importGender(u"?"_s).isEmpty());

    CHECK(splitList(u"050 111 22 33, 067 222 33 44"_s, false) ==
          QStringList{u"050 111 22 33"_s, u"067 222 33 44"_s});
    CHECK(splitList(u"a@b.ua; c@d.ua e@f.ua"_s, true) ==
          QStringList{u"a@b.ua"_s, u"c@d.ua"_s, u"e@f.ua"_s});
    CHECK(importPhoneLabel(u"CELL"_s) == u"mobile"_s);
    CHECK(importPhoneLabel(u"Робочий"_s) == u"work"_s); // the running language's word
    CHECK(importPhoneLabel(u"дача"_s) == u"дача"_s);
}

TEST_CASE("phone columns give their numbers the kind their headers or a type column name",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    const ImportTable table = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Моб."_s, u"Тип телефону"_s, u"Телефон робочий"_s},
        {u"Коваль Іван"_s, u"044 100 00 01"_s, u"050 100 00 02"_s, u"домашній"_s,
         u"044 200 00 03"_s},
    });
    auto import = importer(*db);
    const ImportSettings settings = guessed(*import, table);
    const ImportPreview preview = requireValue(import->preview(table, settings));
    REQUIRE(preview.rows.size() == 1);
    const QList<Phone>& phones = preview.rows[0].client.phones;
    REQUIRE(phones.size() == 3);
    CHECK(phones[0].label == u"home"_s);   // the type column's: Телефон's header gives none
    CHECK(phones[1].label == u"mobile"_s); // its header's
    CHECK(phones[2].label == u"work"_s);
}

TEST_CASE("the import preview shows rows as they will be saved, with every problem marked",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client existing;
    existing.lastName = u"Коваль"_s;
    existing.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).create(existing));

    const ImportTable table = tableOf({
        {u"Звіт про клієнтів"_s}, // a title above the headers
        {u"ПІБ"_s, u"Телефон"_s, u"E-mail"_s, u"Дата народження"_s, u"Статус"_s, u"Компанія"_s},
        {u"Петренко Олена Іванівна"_s, u"067 111 22 33"_s, u"olena@example.com"_s, u"08.03.1990"_s,
         u"Regular"_s, QString()},
        {u"Коваль Іван"_s, u"+380501234567"_s, QString(), QString(), QString(), QString()},
        {u"Сидоренко Ганна"_s, u"12"_s, u"ganna(at)example"_s, u"31.02.1990"_s, u"VIP"_s,
         QString()},
        {QString(), QString(), QString(), QString(), QString(), u"ТОВ Будмайстер"_s},
        {QString(), u"093 000 00 01"_s, QString(), QString(), QString(), QString()},
        {u"Петренко О."_s, u"067 111-22-33"_s, QString(), QString(), QString(), QString()},
    });
    auto import = importer(*db);
    ImportSettings settings = guessed(*import, table);
    CHECK(settings.headerRow == 1);
    const ImportPreview preview = requireValue(import->preview(table, settings));
    CHECK(preview.total == 6);
    REQUIRE(preview.rows.size() == 6);

    const PlannedRow& olena = preview.rows[0];
    CHECK(olena.client.lastName == u"Петренко"_s);
    CHECK(olena.client.middleName == u"Іванівна"_s);
    CHECK(olena.client.birthday == QDate(1990, 3, 8));
    CHECK(olena.client.phones.value(0).e164 == u"+380671112233"_s);
    CHECK(olena.client.statusId > 0); // "Regular" is in the list
    CHECK(olena.problems.isEmpty());
    CHECK(olena.matchId == 0);

    const PlannedRow& ivan = preview.rows[1];
    CHECK(ivan.matchId == existing.id);
    CHECK(ivan.matchedOn == u"phone"_s);
    CHECK(ivan.matchName == u"Коваль"_s);
    CHECK(ivan.skipped()); // duplicates are skipped unless the person says otherwise

    const PlannedRow& ganna = preview.rows[2];
    CHECK(hasProblem(ganna.problems, u"import.bad-phone"_s));
    CHECK(hasProblem(ganna.problems, u"import.bad-email"_s));
    CHECK(hasProblem(ganna.problems, u"import.bad-date"_s));
    CHECK_FALSE(ganna.skipped());
    // What did not fit is kept in the comment, not lost.
    CHECK(ganna.client.comment.contains(u"ganna(at)example"_s));
    CHECK(ganna.client.comment.contains(u"31.02.1990"_s));
    CHECK(ganna.client.phones.isEmpty());

    CHECK(preview.rows[3].client.kind == ClientKind::Company); // a company alone
    CHECK(hasProblem(preview.rows[4].problems, u"import.no-name"_s));
    CHECK(preview.rows[4].skipped());
    // The same phone as an earlier row of the file.
    CHECK(preview.rows[5].matchId == -3);

    CHECK(preview.matching == 2);
    CHECK(preview.skipped == 3);
    CHECK(preview.fresh == 3);
    REQUIRE(preview.unknownValues.size() == 1);
    CHECK(preview.unknownValues[0].field == ImportField::Status);
    CHECK(preview.unknownValues[0].text == u"VIP"_s);

    // Never created silently: the run waits for a choice.
    Result<ClientImportReport> refused = import->run(table, settings, u"clients.xlsx"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().detail == u"import.unknown-values"_s);
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 1);

    // Two columns into one name field are refused.
    ImportSettings twice = settings;
    twice.columns[1] = {ImportField::FullName, 0};
    CHECK(import->preview(table, twice).error().kind == ErrorKind::Invalid);
}

TEST_CASE("an import adds, skips or fills duplicates as chosen, is one batch and is audited",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client stored;
    stored.lastName = u"Коваль"_s;
    stored.firstName = u"Іван"_s;
    stored.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).create(stored));
    Client other;
    other.lastName = u"Бондар"_s;
    other.emails.append({{}, u"bondar@example.com"_s});
    requireOk(ClientRepository(*db).create(other));

    const ImportTable table = tableOf({
        {u"Прізвище"_s, u"Ім'я"_s, u"Телефон"_s, u"Email"_s, u"Адреса"_s, u"Статус"_s},
        {u"Коваль"_s, u"Іван"_s, u"0501234567"_s, u"ivan@example.com"_s, u"Київ, Хрещатик 1"_s,
         u"VIP"_s},
        {u"Бондар"_s, u"Марія"_s, QString(), u"BONDAR@example.com"_s, u"Львів"_s, QString()},
        {u"Мельник"_s, u"Олег"_s, u"067 555 44 33"_s, QString(), QString(), u"vip"_s},
        {u"Мельник"_s, u"О."_s, u"+380675554433"_s, u"oleg@example.com"_s, QString(), QString()},
    });
    auto import = importer(*db);
    ImportSettings settings = guessed(*import, table);
    settings.onDuplicate = DuplicateAction::Fill;
    settings.rowActions.insert(3, DuplicateAction::Create); // Бондар Марія is someone else
    settings.choices.insert(unknownValueKey(ImportField::Status, u"VIP"_s),
                            {ValueChoice::Create, 0, u"VIP"_s});

    // A dry run says what would happen and changes nothing.
    const ClientImportReport dry = requireValue(import->run(table, settings, u"база.csv"_s, true));
    CHECK(dry.batch == 0);
    CHECK(dry.added == 2);
    CHECK(dry.updated == 2);
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 2);

    const ClientImportReport report = requireValue(import->run(table, settings, u"база.csv"_s));
    CHECK(report.batch > 0);
    CHECK(report.added == 2);   // Бондар Марія, Мельник Олег
    CHECK(report.updated == 2); // Коваль filled, Мельник filled by his second row
    CHECK(report.skipped == 0);
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 4);

    const Client filled = requireValue(ClientRepository(*db).load(stored.id));
    CHECK(filled.actualAddress == u"Київ, Хрещатик 1"_s);
    CHECK(filled.emails.value(0).address == u"ivan@example.com"_s);
    CHECK(filled.phones.size() == 1); // the same number is not added twice
    // "VIP" was created, once, for both spellings.
    const qint64 vip = requireValue(Lists(*db).idOf(kStatuses, u"VIP"_s));
    CHECK(filled.statusId == vip);
    CHECK(
        count(*db,
              u"SELECT count(*) FROM list_items WHERE list = 'status' AND lower(name) = 'vip'"_s) ==
        1);
    const qint64 oleg = count(*db, u"SELECT id FROM clients WHERE first_name = 'Олег'"_s);
    const Client olegCard = requireValue(ClientRepository(*db).load(oleg));
    CHECK(olegCard.statusId == vip);
    CHECK(olegCard.emails.value(0).address == u"oleg@example.com"_s);

    // Found by the search, by name and by phone.
    ClientListQuery byName;
    byName.search = u"Мельник Олег"_s;
    CHECK(requireValue(ClientRepository(*db).page(byName)).size() == 1);
    ClientListQuery byPhone;
    byPhone.search = u"555 44 33"_s;
    CHECK(requireValue(ClientRepository(*db).page(byPhone)).size() == 1);

    const QList<ImportBatch> batches = requireValue(ImportBatches(*db).list());
    REQUIRE(batches.size() == 1);
    CHECK(batches[0].fileName == u"база.csv"_s);
    CHECK(batches[0].added == 2);
    CHECK(batches[0].updated == 2);

    AuditFilter filter;
    filter.action = u"client.import"_s;
    const QList<AuditEntry> audit = requireValue(readAudit(*db, filter));
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].details.value(u"batch"_s).toInteger() == report.batch);
    CHECK(audit[0].details.value(u"added"_s).toInt() == 2);

    // A phone shared under another name fills the card, and says so.
    const ImportTable shared = tableOf({
        {u"Прізвище"_s, u"Ім'я"_s, u"Телефон"_s},
        {u"Шевченко"_s, u"Тарас"_s, u"050 123 45 67"_s},
        {u"Коваль"_s, u"І."_s, u"050 123 45 67"_s},
    });
    ImportSettings fill = guessed(*import, shared);
    fill.onDuplicate = DuplicateAction::Fill;
    const ImportPreview seen = requireValue(import->preview(shared, fill));
    REQUIRE(seen.rows.size() == 2);
    CHECK(hasProblem(seen.rows[0].problems, u"import.fill-other-name"_s));
    CHECK_FALSE(hasProblem(seen.rows[1].problems, u"import.fill-other-name"_s));
}

TEST_CASE("undoing an import removes what it added and restores what it filled, unless changed "
          "since",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    Client stored;
    stored.lastName = u"Коваль"_s;
    stored.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(repo.create(stored));
    Client touched;
    touched.lastName = u"Бондар"_s;
    touched.phones.append({{}, u"050 765 43 21"_s, {}});
    requireOk(repo.create(touched));

    const ImportTable table = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Адреса"_s},
        {u"Коваль Іван"_s, u"0501234567"_s, u"Київ"_s},
        {u"Бондар Марія"_s, u"0507654321"_s, u"Львів"_s},
        {u"Мельник Олег"_s, u"067 555 44 33"_s, QString()},
        {u"Шевчук Ганна"_s, u"067 555 44 34"_s, QString()},
        {u"Лисенко Петро"_s, u"067 555 44 35"_s, QString()},
        {u"Ткаченко Ірина"_s, u"067 555 44 36"_s, QString()},
    });
    auto import = importer(*db);
    ImportSettings settings = guessed(*import, table);
    settings.onDuplicate = DuplicateAction::Fill;
    const ClientImportReport report = requireValue(import->run(table, settings, u"clients.xlsx"_s));
    REQUIRE(report.added == 4);
    REQUIRE(report.updated == 2);

    // Since the import: Бондар edited, Шевчук got a call, Лисенко edited.
    Client bondar = requireValue(repo.load(touched.id));
    bondar.comment = u"Дзвонила сама"_s;
    requireOk(repo.update(bondar));
    const qint64 shevchuk = count(*db, u"SELECT id FROM clients WHERE last_name = 'Шевчук'"_s);
    Interaction call;
    call.clientId = shevchuk;
    call.kind = InteractionKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.text = u"Замовлення"_s;
    requireOk(InteractionRepository(*db).add(call));
    const qint64 lysenko = count(*db, u"SELECT id FROM clients WHERE last_name = 'Лисенко'"_s);
    Client lysenkoCard = requireValue(repo.load(lysenko));
    lysenkoCard.jobTitle = u"Директор"_s;
    requireOk(repo.update(lysenkoCard));
    // ...and Ткаченко a task, which the undo would otherwise delete with her.
    const qint64 tkachenko = count(*db, u"SELECT id FROM clients WHERE last_name = 'Ткаченко'"_s);
    Task visit;
    visit.title = u"Зустріч у салоні"_s;
    visit.dueDate = QDate::currentDate().addDays(1);
    visit.clientId = tkachenko;
    requireOk(TaskRepository(*db).create(visit));

    const ImportUndoReport undone = requireValue(ImportBatches(*db).undo(report.batch));
    CHECK(undone.removed == 1);  // Мельник
    CHECK(undone.restored == 1); // Коваль
    CHECK(undone.kept.size() == 4);
    CHECK(requireValue(TaskRepository(*db).load(visit.id)).clientId == tkachenko);
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE last_name = 'Мельник'"_s) == 0);
    CHECK(count(*db, u"SELECT count(*) FROM client_phones WHERE e164 = '+380675554433'"_s) == 0);
    const Client koval = requireValue(repo.load(stored.id));
    CHECK(koval.actualAddress.isEmpty());
    CHECK(koval.firstName.isEmpty());
    const Client bondarNow = requireValue(repo.load(touched.id));
    CHECK(bondarNow.actualAddress == u"Львів"_s); // changed since: kept as it is
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id IN (?, ?)"_s, {shevchuk, lysenko}) ==
          2);
    // The removed client is gone from the search too.
    ClientListQuery query;
    query.search = u"Мельник"_s;
    CHECK(requireValue(repo.page(query)).isEmpty());

    const QList<ImportBatch> batches = requireValue(ImportBatches(*db).list());
    CHECK(batches[0].undoneAt.isValid());
    Result<ImportUndoReport> again = ImportBatches(*db).undo(report.batch);
    CHECK(again.error().kind == ErrorKind::Invalid);
    CHECK(ImportBatches(*db).undo(report.batch + 100).error().kind == ErrorKind::NotFound);
    AuditFilter filter;
    filter.action = u"client.import_undo"_s;
    CHECK(requireValue(readAudit(*db, filter)).size() == 1);
}

TEST_CASE("many imported clients of one name take their places in the search order",
          "[import][clients][search]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    for (const QString& name : {u"Коваленко Анна"_s, u"Коваленко Яна"_s, u"Шевчук Олег"_s}) {
        Client c;
        c.lastName = name.section(u' ', 0, 0);
        c.firstName = name.section(u' ', 1, 1);
        requireOk(ClientRepository(*db).create(c));
    }
    QList<QStringList> rows{{u"ПІБ"_s}};
    for (int i = 0; i < 400; ++i) // all between two stored clients, and after the last
        rows.append({i % 2 ? u"Коваленко Ірина %1"_s.arg(i) : u"Ящук Петро %1"_s.arg(i)});
    const ImportTable table = tableOf(rows);
    auto import = importer(*db);
    const ImportSettings settings = guessed(*import, table);
    CHECK(requireValue(import->run(table, settings, u"a.csv"_s)).added == 400);
    if (dbBackend != Backend::Sqlite) {
        // The server's search has no ranks: every client has its row, found.
        CHECK(count(*db, u"SELECT count(*) FROM client_search"_s) == 403);
        ClientListQuery query;
        query.search = u"ящук пет"_s;
        query.limit = 1000;
        CHECK(requireValue(ClientRepository(*db).page(query)).size() == 200);
        return;
    }

    CHECK(count(*db, u"SELECT count(*) FROM client_search_order"_s) == 403);
    // Ranks follow the list's name order exactly.
    CHECK(count(*db,
                u"SELECT count(*) FROM (SELECT row_number() OVER (ORDER BY o.rank) AS a, "
                u"row_number() OVER (ORDER BY c.sort_key, c.id) AS b FROM "
                u"client_search_order o JOIN clients c ON c.id = o.client_id) WHERE a <> b"_s) ==
          0);
    ClientListQuery query;
    query.search = u"Коваленко"_s;
    query.limit = 500;
    CHECK(requireValue(ClientRepository(*db).page(query)).size() == 202);
    // A client added afterwards by hand still finds its place.
    Client later;
    later.lastName = u"Коваленко"_s;
    later.firstName = u"Ірина 2"_s;
    requireOk(ClientRepository(*db).create(later));
    CHECK(requireValue(ClientRepository(*db).page(query)).size() == 203);
}

TEST_CASE("a cancelled import leaves nothing, and a manager may not import",
          "[import][clients][accounts]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    QList<QStringList> rows{{u"ПІБ"_s, u"Телефон"_s}};
    for (int i = 0; i < 1200; ++i)
        rows.append({u"Клієнт %1"_s.arg(i), u"067 %1"_s.arg(1000000 + i)});
    const ImportTable table = tableOf(rows);
    {
        auto import = importer(*db);
        const ImportSettings settings = guessed(*import, table);
        Result<ClientImportReport> cancelled = import->run(
            table, settings, u"big.csv"_s, false, [](int done, int) { return done < 1000; });
        CHECK(cancelled.error().kind == ErrorKind::Cancelled);
        CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 0);
        CHECK(count(*db, u"SELECT count(*) FROM import_batches"_s) == 0);
    }

    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    const Account olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"Temp-pass-1"_s));
    db->setPrincipal(requireValue(accounts.principalOf(olena.id)));
    auto import = importer(*db);
    const ImportSettings settings = guessed(*import, table);
    CHECK(import->run(table, settings, u"big.csv"_s).error().kind == ErrorKind::Forbidden);
    CHECK(ImportBatches(*db).list().error().kind == ErrorKind::Forbidden);
    CHECK(ImportBatches(*db).undo(1).error().kind == ErrorKind::Forbidden);
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 0);
}

TEST_CASE("an import's problem rows are saved as a CSV to fix and import again",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    const ImportTable table = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Примітка"_s},
        {u"Петренко Олена"_s, u"067 111 22 33"_s, u"=1+1"_s},
        {QString(), u"067 111 22 34"_s, u"без імені"_s},
    });
    auto import = importer(*db);
    const ImportSettings settings = guessed(*import, table);
    const ClientImportReport report = requireValue(import->run(table, settings, u"a.csv"_s));
    CHECK(report.added == 1);
    CHECK(report.skipped == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 3);

    // Never over the open database.
    if (dbBackend == Backend::Sqlite)
        CHECK_FALSE(writeProblemsCsv(db->path(), table, settings, report).ok());
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 1);
    const QString path = dir.path(u"problems.csv"_s);
    requireOk(writeProblemsCsv(path, table, settings, report));
    const ImportTable again = requireValue(readCsvTable(fileBytes(path)));
    REQUIRE(again.sheets[0].rows.size() == 2);
    CHECK(again.sheets[0].rows[0].cells[0].text == u"ПІБ"_s);
    CHECK(again.sheets[0].rows[1].cells[1].text == u"067 111 22 34"_s);
    CHECK_FALSE(again.sheets[0].rows[1].cells[3].text.isEmpty()); // the reason
}

TEST_CASE("an import counts the same dry and for real, reads its own export's cells, and is "
          "undone newest first",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    const Account olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"Temp-pass-1"_s));
    Client full;
    full.lastName = u"Коваль"_s;
    full.firstName = u"Іван"_s;
    full.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).create(full));

    // Nothing new for Коваль; the manager by login fills an unassigned client.
    const ImportTable first = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Менеджер"_s, u"Примітка"_s},
        {u"Коваль Іван"_s, u"0501234567"_s, QString(), QString()},
        {u"'-Мельник Ольга"_s, u"067 555 44 33"_s, u"olena"_s, u"'=1+2"_s},
    });
    auto import = importer(*db);
    ImportSettings settings = guessed(*import, first);
    settings.onDuplicate = DuplicateAction::Fill;
    const ClientImportReport dry = requireValue(import->run(first, settings, u"a.csv"_s, true));
    const ClientImportReport real = requireValue(import->run(first, settings, u"a.csv"_s));
    CHECK(dry.added == real.added);
    CHECK(dry.updated == real.updated);
    CHECK(dry.skipped == real.skipped);
    CHECK(real.skipped == 1);
    REQUIRE(real.problems.size() == 1); // why Коваль was skipped
    const qint64 olga = count(*db, u"SELECT id FROM clients WHERE first_name = 'Ольга'"_s);
    const Client olgaCard = requireValue(ClientRepository(*db).load(olga));
    CHECK(olgaCard.lastName == u"-Мельник"_s);
    CHECK(olgaCard.comment == u"=1+2"_s);
    CHECK(olgaCard.managerId == olena.id);

    // A second import fills what the first added: the first waits for it.
    auto again = importer(*db);
    const ImportTable second = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Адреса"_s},
        {u"Мельник Ольга"_s, u"+380675554433"_s, u"Київ"_s},
    });
    ImportSettings fill = guessed(*again, second);
    fill.onDuplicate = DuplicateAction::Fill;
    const ClientImportReport filled = requireValue(again->run(second, fill, u"b.csv"_s));
    CHECK(filled.updated == 1);
    Result<ImportUndoReport> early = ImportBatches(*db).undo(real.batch);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().detail == u"import.undo-later-first"_s);
    CHECK(requireValue(ImportBatches(*db).undo(filled.batch)).restored == 1);
    CHECK(requireValue(ImportBatches(*db).undo(real.batch)).removed == 1);
    CHECK(count(*db, u"SELECT count(*) FROM clients"_s) == 1);

    // A sheet with headers only, or without a name column, is refused.
    const ImportTable headersOnly = tableOf({{u"ПІБ"_s, u"Телефон"_s}});
    CHECK(again->run(headersOnly, guessed(*again, headersOnly), u"c.csv"_s).error().detail ==
          u"import.no-rows"_s);
    const ImportTable nameless = tableOf({{u"Номер"_s, u"Пошта"_s}, {u"050"_s, u"a@b.ua"_s}});
    CHECK(again->preview(nameless, guessed(*again, nameless)).error().detail ==
          u"import.no-name-column"_s);
}

TEST_CASE("what Kartoteka exports it imports again: CSV, XLSX and vCard",
          "[import][clients][export]")
{
    TempDir dir;
    auto from = openTestDatabase(dir.path(u"from.sqlite"_s));
    const Account boss =
        requireValue(Accounts(*from).createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    ClientRepository repo(*from);
    Client company;
    company.kind = ClientKind::Company;
    company.companyName = u"Будмайстер"_s;
    company.phones.append({u"work"_s, u"044 222 33 44"_s, {}});
    requireOk(repo.create(company));
    Client person;
    person.lastName = u"Петренко"_s;
    person.firstName = u"Олена"_s;
    person.middleName = u"Іванівна"_s;
    person.companyName = u"Будмайстер"_s;
    person.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    person.phones.append({u"work"_s, u"067 111 22 33"_s, {}});
    person.emails.append({{}, u"olena@example.com"_s});
    person.birthday = QDate(1988, 3, 8);
    person.statusId = requireValue(Lists(*from).idOf(kStatuses, u"Regular"_s));
    person.sourceId = requireValue(Lists(*from).idOf(kSources, u"Referral"_s));
    person.contactTypeId = requireValue(Lists(*from).idOf(kContactTypes, u"Designer"_s));
    person.managerId = boss.id;
    person.actualAddress = u"Київ, вул. Хрещатик, 1"_s;
    person.comment = u"Дзвонити після 18:00\n=1+1; не в суботу"_s;
    person.jobTitle = u"Дизайнерка"_s;
    person.gender = u"female"_s;
    person.taxId = u"3012345678"_s;
    person.deliveryAddress = u"Нова пошта, відділення 5"_s;
    person.links.append({u"website"_s, u"https://olena.example.com"_s});
    person.tags = {u"VIP"_s, u"Опт"_s};
    // The shop's own fields, of every type; the other base has the same ones.
    const QList<CustomField> fields{
        {0, 0, u"Картка"_s, FieldType::Text, {}},
        {0, 0, u"Знижка, %"_s, FieldType::Number, {}},
        {0, 0, u"Останнє замовлення"_s, FieldType::Date, {}},
        {0, 0, u"Оптовик"_s, FieldType::YesNo, {}},
        {0, 0, u"Розмір"_s, FieldType::Choice, {u"Малий"_s, u"Великий"_s}},
    };
    const QStringList values{u"A-100"_s, u"12.5"_s, u"2026-05-01"_s, u"1"_s, u"Великий"_s};
    auto addFields = [&](Database& db) {
        QList<qint64> ids;
        for (CustomField field : fields) {
            requireOk(CustomFieldRepository(db).create(field));
            ids.append(field.id);
        }
        return ids;
    };
    const QList<qint64> fromFields = addFields(*from);
    for (int i = 0; i < fields.size(); ++i)
        person.fieldValues.insert(fromFields[i], values[i]);
    requireOk(repo.create(person));
    // Listed before the company it works at (the export goes by name).
    Client early;
    early.lastName = u"Андрієнко"_s;
    early.firstName = u"Іван"_s;
    early.companyName = u"Будмайстер"_s;
    requireOk(repo.create(early));
    // A company whose name reads like a person trading as one.
    Client soleTrader;
    soleTrader.kind = ClientKind::Company;
    soleTrader.companyName = u"ФОП Литвин Сергій"_s;
    requireOk(repo.create(soleTrader));

    for (const auto format :
         {ClientExportFormat::Csv, ClientExportFormat::Xlsx, ClientExportFormat::VCard}) {
        const bool card = format == ClientExportFormat::VCard;
        const QString name = format == ClientExportFormat::Csv    ? u"csv"_s
                             : format == ClientExportFormat::Xlsx ? u"xlsx"_s
                                                                  : u"vcf"_s;
        INFO(name.toStdString());
        const QString file = dir.path(u"clients."_s + name);
        requireValue(exportClients(*from, format, file));
        auto to = openTestDatabase(dir.path(u"to-"_s + name + u".sqlite"_s));
        requireValue(Accounts(*to).createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
        const QList<qint64> toFields = addFields(*to);
        const ImportTable table = requireValue(readImportFile(file));
        auto import = importer(*to);
        const ImportSettings settings = guessed(*import, table);
        const ImportPreview preview = requireValue(import->preview(table, settings));
        CHECK(preview.unknownValues.isEmpty());
        const ClientImportReport report = requireValue(import->run(table, settings, file));
        CHECK(report.added == 4);
        CHECK(report.problems.isEmpty());

        ClientRepository back(*to);
        const Client c = requireValue(back.load(count(
            *to,
            u"SELECT id FROM clients WHERE kind = 'company' AND company_name = 'Будмайстер'"_s)));
        CHECK(c.phones.value(0).e164 == u"+380442223344"_s);
        const Client p = requireValue(back.load(count(
            *to, u"SELECT id FROM clients WHERE kind = 'person' AND last_name = 'Петренко'"_s)));
        CHECK(count(*to, u"SELECT company_id FROM clients WHERE last_name = 'Андрієнко'"_s) ==
              c.id);
        CHECK(count(*to, u"SELECT count(*) FROM clients WHERE kind = 'company' AND "
                         u"company_name = 'ФОП Литвин Сергій'"_s) == 1);
        CHECK(p.lastName == person.lastName);
        CHECK(p.firstName == person.firstName);
        CHECK(p.middleName == person.middleName);
        CHECK(p.companyName == person.companyName);
        CHECK(p.companyId == c.id);
        REQUIRE(p.phones.size() == 2);
        CHECK(p.phones[0].e164 == u"+380501234567"_s);
        CHECK(p.phones[1].e164 == u"+380671112233"_s);
        CHECK(p.emails.value(0).address == u"olena@example.com"_s);
        CHECK(p.birthday == person.birthday);
        CHECK(p.actualAddress == person.actualAddress);
        CHECK(p.comment == person.comment);
        CHECK(p.jobTitle == person.jobTitle);
        CHECK(p.links.size() == 1);
        CHECK(p.links.value(0).value == u"https://olena.example.com"_s);
        CHECK(p.phones[0].label == u"mobile"_s);
        CHECK(p.tags == QStringList{u"VIP"_s, u"Опт"_s}); // a card's CATEGORIES
        if (card)
            continue; // a phone's card holds no lists
        CHECK(p.phones[1].label == u"work"_s);
        CHECK(c.phones.value(0).label == u"work"_s);
        CHECK(p.statusId == requireValue(Lists(*to).idOf(kStatuses, u"Regular"_s)));
        CHECK(p.sourceId == requireValue(Lists(*to).idOf(kSources, u"Referral"_s)));
        CHECK(p.contactTypeId == requireValue(Lists(*to).idOf(kContactTypes, u"Designer"_s)));
        CHECK(p.managerId == count(*to, u"SELECT id FROM users WHERE login = 'boss'"_s));
        CHECK(p.gender == person.gender);
        CHECK(p.taxId == person.taxId);
        CHECK(p.deliveryAddress == person.deliveryAddress);
        for (int i = 0; i < fields.size(); ++i) {
            INFO(fields[i].name.toStdString());
            CHECK(p.fieldValues.value(toFields[i]) == values[i]);
        }
    }
}

TEST_CASE("an export takes the clients the list shows and the columns chosen", "[clients][export]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    ClientRepository repo(*db);
    for (const QString& last : {u"Петренко"_s, u"Петрук"_s, u"Коваль"_s}) {
        Client c;
        c.lastName = last;
        c.phones.append({{}, u"050 000 00 0"_s + QString::number(last.size()), {}});
        c.statusId = requireValue(
            Lists(*db).idOf(kStatuses, last == u"Коваль"_s ? u"Lead"_s : u"Regular"_s));
        requireOk(repo.create(c));
    }
    ClientExportOptions options;
    options.query.search = u"Пет"_s;
    options.query.sort = ClientSort::Status;
    options.columns = {u"name"_s, u"status"_s};
    const QString file = dir.path(u"shown.csv"_s);
    CHECK(requireValue(exportClients(*db, ClientExportFormat::Csv, file, options)).rows == 2);
    const ImportTable table = requireValue(readImportFile(file));
    REQUIRE(table.sheets[0].rows.size() == 3);
    CHECK(table.sheets[0].columnCount == 2);
    CHECK(table.sheets[0].rows[1].cells[0].text == u"Петренко"_s);

    options.query.filter.statusId = requireValue(Lists(*db).idOf(kStatuses, u"Lead"_s));
    options.query.search.clear();
    CHECK(requireValue(exportClients(*db, ClientExportFormat::Csv, file, options)).rows == 1);

    // A column named twice is written once.
    options.columns = {u"name"_s, u"phones"_s, u"name"_s};
    CHECK(requireValue(exportColumnsNamed({}, options.columns)).size() == 2);
    options.columns = {u"name"_s, u"shoe_size"_s};
    CHECK(exportClients(*db, ClientExportFormat::Xlsx, dir.path(u"bad.xlsx"_s), options)
              .error()
              .detail == u"export.unknown-column"_s);
    CHECK_FALSE(QFile::exists(dir.path(u"bad.xlsx"_s)));

    // A folder that is not there is said as such, in every format.
    options.columns.clear();
    const std::pair<ClientExportFormat, QString> files[] = {
        {ClientExportFormat::Csv, u"no-such-folder/clients.csv"_s},
        {ClientExportFormat::Xlsx, u"no-such-folder/clients.xlsx"_s},
        {ClientExportFormat::VCard, u"no-such-folder/clients.vcf"_s}};
    for (const auto& [format, name] : files)
        CHECK(exportClients(*db, format, dir.path(name), options).error().detail ==
              u"write.no-folder"_s);
    // A folder given for the file, and a file given for the folder.
    REQUIRE(QDir(dir.path()).mkdir(u"taken.csv"_s));
    CHECK(exportClients(*db, ClientExportFormat::Csv, dir.path(u"taken.csv"_s), options)
              .error()
              .detail == u"write.is-folder"_s);
    QFile plain(dir.path(u"plain.txt"_s));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    CHECK(exportClients(*db, ClientExportFormat::Csv, dir.path(u"plain.txt/clients.csv"_s), options)
              .error()
              .detail == u"write.no-folder"_s);
}

TEST_CASE("a list value chosen to be created is added only when a saved row uses it",
          "[import][clients]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Client stored;
    stored.lastName = u"Коваль"_s;
    stored.phones.append({{}, u"050 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).create(stored));
    const ImportTable table = tableOf({
        {u"ПІБ"_s, u"Телефон"_s, u"Статус"_s},
        {u"Коваль Іван"_s, u"0501234567"_s, u"Архів"_s}, // a duplicate, skipped
        {u"Бондар Олег"_s, u"067 555 44 33"_s, u"VIP"_s},
    });
    auto import = importer(*db);
    ImportSettings settings = guessed(*import, table);
    settings.choices.insert(unknownValueKey(ImportField::Status, u"Архів"_s),
                            {ValueChoice::Create, 0, u"Архів"_s});
    settings.choices.insert(unknownValueKey(ImportField::Status, u"VIP"_s),
                            {ValueChoice::Create, 0, u"VIP"_s});
    CHECK(requireValue(import->run(table, settings, u"a.csv"_s)).added == 1);
    CHECK_FALSE(Lists(*db).idOf(kStatuses, u"Архів"_s).ok());
    const qint64 vip = requireValue(Lists(*db).idOf(kStatuses, u"VIP"_s));
    CHECK(count(*db, u"SELECT status_id FROM clients WHERE last_name = 'Бондар'"_s) == vip);
}
