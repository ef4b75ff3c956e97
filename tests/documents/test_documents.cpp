#include "Catch.h"
#include "ShopFixtures.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientMerges.h"
#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "documents/Documents.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

Result<IssuedDocument> issueDraft(Database& db, const DocumentRequest& request)
{
    DocumentDraft draft = requireValue(draftDocument(db, request));
    return issueDocument(db, draft);
}

} // namespace

TEST_CASE("an invoice from a deal carries its lines, total and amount in words, and numbers go "
          "on per year",
          "[documents]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const qint64 client = newClient(*db, u"ТОВ «Граніт-Схід»"_s);
    const Deal deal = newDeal(*db, client, 3); // 2,5 × 1000 + 1000 + 1000 = 4 500,00

    DocumentRequest request{u"invoice.uk"_s, deal.id, 0, QDate(2026, 3, 9)};
    DocumentDraft draft = requireValue(draftDocument(*db, request));
    CHECK(draft.source.number == 1);
    const IssuedDocument first = requireValue(issueDocument(*db, draft));
    CHECK(first.number == 1);
    CHECK(first.year == 2026);
    CHECK(first.clientId == client);
    CHECK(first.dealId == deal.id);
    CHECK(first.totalMinor == 4'500'00);

    DocumentRepository documents(*db);
    const QString text = pdfText(requireValue(documents.pdf(first.id)));
    INFO(text.toStdString());
    CHECK(text.contains(u"Рахунок на оплату № 1 від 9 березня 2026 р."_s));
    CHECK(text.contains(u"ТОВ Будмайстер, код 38123450, IBAN UA213223130000026007233566001"_s));
    CHECK(text.contains(u"ТОВ «Граніт-Схід», код 41234567"_s));
    CHECK(text.contains(u"Плитка «Мармур» 1 2,5 1 000,00 2 500,00"_s));
    CHECK(text.contains(u"Плитка «Мармур» 3 1 1 000,00 1 000,00"_s));
    CHECK(text.contains(u"Разом: 4 500,00"_s));
    CHECK(text.contains(u"ПДВ 20%: 750,00"_s));
    CHECK(text.contains(u"Чотири тисячі п'ятсот гривень 00 копійок"_s));
    CHECK(first.pdfBytes > 1000);

    // The next invoice of the year is number 2; another year counts from 1;
    // a letter takes no number.
    CHECK(requireValue(issueDraft(*db, request)).number == 2);
    request.date = QDate(2025, 1, 2);
    CHECK(requireValue(issueDraft(*db, request)).number == 1);
    const IssuedDocument letter =
        requireValue(issueDraft(*db, {u"Лист клієнту"_s, 0, client, {}, u"Дякуємо!"_s}));
    CHECK(letter.number == 0);
    CHECK(pdfText(requireValue(documents.pdf(letter.id)))
              .contains(u"Доброго дня, ТОВ «Граніт-Схід»!"_s));

    const QList<IssuedDocument> listed = requireValue(documents.forClient(client));
    REQUIRE(listed.size() == 4);
    CHECK(requireValue(documents.forDeal(deal.id)).size() == 3);
    // The issue shows in the client's history.
    bool inHistory = false;
    for (const AuditEntry& e : requireValue(clientHistory(*db, client)))
        inHistory = inHistory || e.action == auditAction::kDocumentIssue;
    CHECK(inHistory);
}

TEST_CASE("a number a colleague took meanwhile is not given twice: the document gets the next",
          "[documents]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const Deal deal = newDeal(*db, newClient(*db, u"Альфа"_s), 1);
    const DocumentRequest request{u"Рахунок на оплату"_s, deal.id, 0, QDate(2026, 5, 4)};
    DocumentDraft mine = requireValue(draftDocument(*db, request));
    DocumentDraft theirs = requireValue(draftDocument(*db, request));
    CHECK(mine.source.number == 1);
    CHECK(theirs.source.number == 1);
    CHECK(requireValue(issueDocument(*db, theirs)).number == 1);
    const IssuedDocument issued = requireValue(issueDocument(*db, mine));
    CHECK(issued.number == 2);
    CHECK(mine.source.number == 2);
    CHECK(mine.html.contains(u"№ 2 від"_s));
    // The PDF says the number it was given, not the one the draft showed.
    CHECK(pdfText(requireValue(DocumentRepository(*db).pdf(issued.id))).contains(u"№ 2 від"_s));
}

TEST_CASE("an issued document stays as issued when the template and the deal change", "[documents]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    Deal deal = newDeal(*db, newClient(*db, u"Бета"_s), 2);
    const IssuedDocument issued =
        requireValue(issueDraft(*db, {u"invoice.ru"_s, deal.id, 0, QDate(2026, 6, 1)}));
    DocumentRepository documents(*db);
    const QByteArray pdf = requireValue(documents.pdf(issued.id));
    CHECK(pdfText(pdf).contains(u"Три тысячи пятьсот гривен 00 копеек"_s));

    TemplateRepository templates(*db);
    DocumentTemplate edited = requireValue(templates.find(u"invoice.ru"_s));
    CHECK_FALSE(edited.isEdited());
    edited.body = u"<p>Новый счёт {{document.number}}: {{total}}</p>"_s;
    requireOk(templates.save(edited));
    CHECK(requireValue(templates.find(u"Счёт на оплату"_s)).body == edited.body);
    deal = requireValue(DealRepository(*db).load(deal.id));
    deal.items.first().priceMinor = 5'000'00;
    requireOk(DealRepository(*db).update(deal));

    CHECK(requireValue(documents.pdf(issued.id)) == pdf);
    const QString redone = pdfText(requireValue(draftPdf(
        requireValue(draftDocument(*db, {u"invoice.ru"_s, deal.id, 0, QDate(2026, 6, 1)})))));
    CHECK(redone.contains(u"Новый счёт 2"_s));

    // Removing the edit brings the shipped template back.
    requireOk(templates.remove(requireValue(templates.find(u"invoice.ru"_s))));
    CHECK_FALSE(requireValue(templates.find(u"invoice.ru"_s)).isEdited());
}

TEST_CASE("templates: a broken one, a taken name and an unknown one are refused", "[documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    TemplateRepository templates(*db);
    CHECK(requireValue(templates.list()).size() == 15);
    DocumentTemplate own;
    own.kind = DocumentKind::Letter;
    own.language = u"uk"_s;
    own.name = u"Лист про знижку"_s;
    own.body = u"<p>{{#client.name}}Шановний клієнте{{/client.name}</p>"_s;
    CHECK(kindOf(templates.save(own)) == ErrorKind::Invalid);
    own.body = u"<p>Знижка 10 % для {{client.name}}</p>"_s;
    own.name = u"рахунок на оплату"_s; // a shipped one's name, in other letters' case
    CHECK(kindOf(templates.save(own)) == ErrorKind::Invalid);
    own.name = u"Лист про знижку"_s;
    requireOk(templates.save(own));
    CHECK(requireValue(templates.list()).size() == 16);
    CHECK(kindOf(templates.find(u"Лист про знежку"_s)) == ErrorKind::NotFound);

    // An invoice needs a deal.
    const qint64 client = newClient(*db, u"Гамма"_s);
    CHECK(kindOf(draftDocument(*db, {u"invoice.en"_s, 0, client, {}})) == ErrorKind::Invalid);
}

TEST_CASE("a manager makes and reads documents only for their own clients", "[documents][access]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const auto [olena, bohdan] = addTwoManagers(*db);
    const Deal hers = newDeal(*db, newClient(*db, u"Її клієнт"_s, olena), 1);
    const Deal his = newDeal(*db, newClient(*db, u"Його клієнт"_s, bohdan), 1);
    const IssuedDocument hisInvoice =
        requireValue(issueDraft(*db, {u"invoice.uk"_s, his.id, 0, {}}));

    signInAs(*db, u"olena"_s);
    const IssuedDocument mine = requireValue(issueDraft(*db, {u"invoice.uk"_s, hers.id, 0, {}}));
    CHECK(mine.issuedByName == u"Олена Коваль"_s);
    CHECK(pdfText(requireValue(DocumentRepository(*db).pdf(mine.id)))
              .contains(u"Виписав(ла): Олена Коваль"_s));
    CHECK(kindOf(draftDocument(*db, {u"invoice.uk"_s, his.id, 0, {}})) == ErrorKind::NotFound);
    CHECK(kindOf(draftDocument(*db, {u"letter.uk"_s, 0, his.clientId, {}})) == ErrorKind::NotFound);
    DocumentRepository documents(*db);
    CHECK(kindOf(documents.load(hisInvoice.id)) == ErrorKind::NotFound);
    CHECK(kindOf(documents.pdf(hisInvoice.id)) == ErrorKind::NotFound);
    CHECK(requireValue(documents.forClient(his.clientId)).isEmpty());
    CHECK(requireValue(documents.forDeal(his.id)).isEmpty());
    CHECK(requireValue(documents.forClient(hers.clientId)).size() == 1);
    // Templates are the owner's to change.
    DocumentTemplate t = requireValue(TemplateRepository(*db).find(u"letter.uk"_s));
    t.body += u"<p>P.S.</p>"_s;
    CHECK(kindOf(TemplateRepository(*db).save(t)) == ErrorKind::Forbidden);
}

TEST_CASE("an invoice of a hundred lines fits on pages and keeps every line", "[documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    const Deal deal = newDeal(*db, newClient(*db, u"Дельта"_s), 100);
    const DocumentDraft draft = requireValue(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0, {}}));
    const QString text = pdfText(requireValue(draftPdf(draft)));
    CHECK(text.contains(u"Плитка «Мармур» 100"_s));
    CHECK(text.contains(u"Сто одна тисяча п'ятсот гривень 00 копійок"_s)); // 2 500 + 99 × 1 000
    // Every page the table runs over starts with its heading (a hundred lines take three).
    CHECK(text.count(u"Товар / послуга"_s) >= 3);
}

TEST_CASE("a merge moves the merged card's documents to the kept one, and an undo brings them back",
          "[documents][merge]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const qint64 kept = newClient(*db, u"Граніт"_s);
    const qint64 other = newClient(*db, u"Граніт ТОВ"_s);
    const IssuedDocument letter =
        requireValue(issueDraft(*db, {u"letter.uk"_s, 0, other, {}, u"Лист"_s}));
    ClientMerges merges(*db);
    const MergeReport merged = requireValue(merges.merge(kept, {other}, {}));
    DocumentRepository documents(*db);
    const QList<IssuedDocument> moved = requireValue(documents.forClient(kept));
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().id == letter.id);
    requireValue(merges.unmerge(merged.mergeId));
    CHECK(requireValue(documents.forClient(kept)).isEmpty());
    const QList<IssuedDocument> back = requireValue(documents.forClient(letter.clientId));
    CHECK(back.size() == 1);
}

TEST_CASE("documents follow their dates, a draft says it is one, and a person's company is the "
          "buyer",
          "[documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    Client person;
    person.lastName = u"Мельник"_s;
    person.firstName = u"Андрій"_s;
    person.middleName = u"Васильович"_s;
    person.companyName = u"ТОВ «Житомирбудінвест»"_s;
    requireOk(ClientRepository(*db).create(person));
    const Deal deal = newDeal(*db, person.id, 1);

    DocumentDraft draft =
        requireValue(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0, QDate(2026, 3, 10)}));
    const QString text = pdfText(requireValue(draftPdf(draft)));
    CHECK(text.contains(u"ЧЕРНЕТКА"_s));
    CHECK(text.contains(u"Покупець: ТОВ «Житомирбудінвест», Мельник Андрій Васильович"_s));
    const IssuedDocument issued = requireValue(issueDocument(*db, draft));
    CHECK(issued.date == QDate(2026, 3, 10));
    CHECK_FALSE(
        pdfText(requireValue(DocumentRepository(*db).pdf(issued.id))).contains(u"ЧЕРНЕТКА"_s));

    // A later number with an earlier date is refused, and takes no number.
    CHECK(kindOf(issueDraft(*db, {u"invoice.uk"_s, deal.id, 0, QDate(2026, 3, 9)})) ==
          ErrorKind::Invalid);
    CHECK(requireValue(issueDraft(*db, {u"invoice.uk"_s, deal.id, 0, QDate(2026, 3, 10)})).number ==
          2);
    // Dates no shop issues documents on.
    CHECK(kindOf(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0, QDate(1999, 12, 31)})) ==
          ErrorKind::Invalid);
    CHECK(kindOf(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0,
                                     QDate::currentDate().addMonths(3)})) == ErrorKind::Invalid);

    // A letter addresses the person by first and middle name and says what was typed.
    DocumentRequest letter{u"letter.ru"_s, 0, person.id, {}};
    letter.text = u"Напоминаем о скидке 10 % до конца месяца."_s;
    const QString letterText =
        pdfText(requireValue(draftPdf(requireValue(draftDocument(*db, letter)))));
    CHECK(letterText.contains(u"Добрый день, Андрій Васильович!"_s));
    CHECK(letterText.contains(u"Напоминаем о скидке 10 % до конца месяца."_s));
}

TEST_CASE("a document is not issued without what it needs: the letter's words, a deal's amount, "
          "a date that holds up no other number",
          "[documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    Client c;
    c.lastName = u"Ткаченко"_s;
    c.firstName = u"Ірина"_s;
    requireOk(ClientRepository(*db).create(c));

    // A letter's page as the template fills it, its reminder where the words go: refused,
    // and no document kept.
    DocumentRequest letter{u"letter.uk"_s, 0, c.id, {}};
    CHECK(errorDetailOf(issueDraft(*db, letter)) == u"letter.no-text"_s);
    // Words typed beside the reminder leave it on the page: still refused.
    DocumentDraft beside = requireValue(draftDocument(*db, letter));
    beside.html.replace(u"[Текст листа]"_s, u"Дякуємо за покупку.</p><p>[Текст листа]"_s);
    CHECK(errorDetailOf(issueDocument(*db, beside)) == u"letter.no-text"_s);
    // The words typed on the page itself (the dialog's way) are words.
    DocumentDraft typed = requireValue(draftDocument(*db, letter));
    typed.html.replace(u"[Текст листа]"_s, u"Чекаємо на вас у суботу."_s);
    CHECK(requireValue(issueDocument(*db, typed)).id > 0);
    // A greeting card shows one's own words only when given: it is issued without them.
    CHECK_FALSE(asksForOwnWords(requireValue(TemplateRepository(*db).find(u"greeting.uk"_s))));
    CHECK(asksForOwnWords(requireValue(TemplateRepository(*db).find(u"letter.ru"_s))));
    CHECK(requireValue(issueDraft(*db, {u"greeting.uk"_s, 0, c.id, {}, {}})).id > 0);

    // A deal with neither lines nor an amount makes no invoice and takes no number.
    Deal empty;
    empty.clientId = c.id;
    empty.title = u"Порожня"_s;
    requireOk(DealRepository(*db).create(empty));
    CHECK(errorDetailOf(issueDraft(*db, {u"invoice.uk"_s, empty.id, 0, {}, {}})) ==
          u"document.empty-deal"_s);

    // An invoice dated ahead would hold up every invoice until that day; a letter may be.
    const Deal deal = newDeal(*db, c.id, 1);
    CHECK(errorDetailOf(draftDocument(
              *db, {u"invoice.uk"_s, deal.id, 0, QDate::currentDate().addDays(1), {}})) ==
          u"document.date-ahead"_s);
    DocumentRequest dated = letter;
    dated.text = u"До зустрічі."_s;
    dated.date = QDate::currentDate().addDays(7);
    CHECK(requireValue(issueDraft(*db, dated)).date == QDate::currentDate().addDays(7));
    CHECK(requireValue(issueDraft(*db, {u"invoice.uk"_s, deal.id, 0, {}, {}})).number == 1);

    // A shop that has not said who it is (or where to pay) issues no invoice; a draft shows.
    auto bare = openTestDatabase(dir.path(u"bare.sqlite"_s));
    Client buyer;
    buyer.lastName = u"Покупець"_s;
    requireOk(ClientRepository(*bare).create(buyer));
    const Deal bareDeal = newDeal(*bare, buyer.id, 1);
    CHECK(errorDetailOf(issueDraft(*bare, {u"invoice.uk"_s, bareDeal.id, 0, {}, {}})) ==
          u"document.no-shop-details"_s);
    CHECK(requireValue(draftPdf(requireValue(
                           draftDocument(*bare, {u"invoice.uk"_s, bareDeal.id, 0, {}, {}}))))
              .size() > 1000);
}
