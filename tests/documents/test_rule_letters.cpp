// Automation rules that write to the client: a letter from a template with
// the invoice issued from the deal, and an SMS, queued in the transaction of
// the event (once per event, as every action) and sent afterwards by
// sendRuleLetters — filled in as they go, each sent once whoever sends; a
// client without an address gets it kept as skipped.
#include "Catch.h"
#include "MailSink.h"
#include "ShopFixtures.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "automation/RuleRepository.h"
#include "automation/RuleText.h"
#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "documents/DocumentRepository.h"
#include "mail/Letters.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("a rule on a stage sends the invoice by e-mail and an SMS, once per arrival",
          "[mail][automation][sms]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const Stage first = *pipeline.firstOpenStage();
    const Stage invoiceStage = pipeline.stages.at(1);

    Rule rule;
    rule.name = u"Рахунок клієнтові"_s;
    rule.trigger = RuleTrigger::DealEntersStage;
    rule.stageId = invoiceStage.id;
    RuleAction email;
    email.kind = ActionKind::Email;
    email.templateName = u"letter.uk"_s;
    email.attachTemplate = u"invoice.uk"_s;
    email.text = u"Надсилаємо рахунок за «{deal}»."_s;
    RuleAction sms;
    sms.kind = ActionKind::Sms;
    sms.text = u"Рахунок за «{deal}» надіслано на пошту."_s;
    // Checked when saved, not when its first letter would go.
    RuleAction wordless = email;
    wordless.text.clear(); // letter.uk has a place for them
    rule.actions = {wordless};
    CHECK(errorDetailOf(RuleRepository(*db).save(rule)) == u"rule.no-text"_s);
    RuleAction invoiceAsLetter = email;
    invoiceAsLetter.templateName = u"invoice.uk"_s;
    rule.actions = {invoiceAsLetter};
    CHECK(errorDetailOf(RuleRepository(*db).save(rule)) == u"rule.not-a-letter"_s);
    RuleAction letterAttached = email;
    letterAttached.attachTemplate = u"greeting.uk"_s;
    rule.actions = {letterAttached};
    CHECK(errorDetailOf(RuleRepository(*db).save(rule)) == u"rule.attach-a-letter"_s);
    RuleAction unknown = email;
    unknown.templateName = u"Лист, якого немає"_s;
    rule.actions = {unknown};
    CHECK(kindOf(RuleRepository(*db).save(rule)) == ErrorKind::NotFound);
    CHECK(rule.id == 0);

    rule.actions = {email, sms};
    requireOk(RuleRepository(*db).save(rule));
    // Its summary names the templates as the shop sees them, not by their codes.
    const QString summary = ruleActionsText(rule, requireValue(readRuleNames(*db)));
    CHECK(summary.contains(u"«Лист клієнту»"_s));
    CHECK(summary.contains(u"«Рахунок на оплату»"_s));
    CHECK_FALSE(summary.contains(u"letter.uk"_s));

    Deal deal = newDeal(*db, newClient(*db, u"ТОВ «Граніт-Схід»"_s), 2);
    ClientRepository clients(*db);
    Client client = requireValue(clients.load(deal.clientId));
    client.emails.append({QString(), u"office@granit.example"_s});
    client.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    requireOk(clients.update(client));
    const qint64 silent = newClient(*db, u"Без адреси"_s);
    Deal other = newDeal(*db, silent, 1);

    DealRepository deals(*db);
    requireOk(deals.move(deal, invoiceStage.id));
    requireOk(deals.move(other, invoiceStage.id));
    LetterRepository letters(*db);
    QList<Letter> queued = requireValue(letters.forClient(deal.clientId));
    REQUIRE(queued.size() == 2);
    for (const Letter& l : queued) {
        CHECK(l.state == LetterState::Queued);
        CHECK(l.origin.startsWith(u"rule:%1:"_s.arg(rule.id)));
    }
    // No address: kept as skipped with why, nothing to send.
    for (const Letter& l : requireValue(letters.forClient(silent))) {
        CHECK(l.state == LetterState::Skipped);
        CHECK(l.problem == LetterProblem::NoAddress);
    }

    TempDir dir;
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    SmsService service(dir.path(u"sms"_s));
    Senders senders;
    senders.account.host = u"127.0.0.1"_s;
    senders.account.port = sink.port;
    senders.account.security = SmtpAccount::Security::None;
    senders.account.fromAddress = u"shop@example.com"_s;
    senders.smtp = smtpAccount(senders.account, {});
    senders.gateway.url = service.url(u"/send?to={phone}&text={text}"_s);
    senders.gateway.method = u"GET"_s;

    // The mail server down: the letter waits for the next run, with why
    // (not failed, so nobody has to send it again by hand).
    Senders mailOnly = senders;
    mailOnly.gateway = {};
    Senders serverDown = mailOnly;
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    serverDown.account.port = closed.serverPort();
    closed.close();
    serverDown.smtp = smtpAccount(serverDown.account, {});
    serverDown.smtp.timeoutSeconds = 5;
    OutboxReport report = requireValue(sendRuleLetters(*db, serverDown));
    CHECK(report.sent == 0);
    CHECK(report.failed == 0);
    CHECK(report.waiting == 2);
    CHECK_FALSE(report.problem.isEmpty());

    // Without an SMS service here the SMS waits; the letter goes.
    report = requireValue(sendRuleLetters(*db, mailOnly));
    CHECK(report.sent == 1);
    CHECK(report.waiting == 1);
    report = requireValue(sendRuleLetters(*db, senders));
    CHECK(report.sent == 1);
    CHECK(report.waiting == 0);
    CHECK(requireValue(sendRuleLetters(*db, senders)).sent == 0); // nothing twice

    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
    const QJsonObject read = readLetter(fileBytes(maildir + u"/0001.eml"_s));
    CHECK(read[u"text"_s].toString().contains(u"Надсилаємо рахунок за «Плитка для ванної»."_s));
    // Queued in the move's transaction, it goes with the shop's own domain.
    CHECK(read[u"message_id"_s].toString().endsWith(u"@example.com>"_s));
    const QJsonArray attachments = read[u"attachments"_s].toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().toObject()[u"filename"_s].toString().startsWith(
        u"Рахунок на оплату № 1"_s));
    CHECK(requireValue(DocumentRepository(*db).forDeal(deal.id)).size() == 1);
    REQUIRE(smsRequests(dir.path(u"sms"_s)).size() == 1);

    // The same arrival again (back and forth) is a new event: one more of each.
    requireOk(deals.move(deal, first.id));
    requireOk(deals.move(deal, invoiceStage.id));
    CHECK(requireValue(letters.forClient(deal.clientId)).size() == 4);
}
