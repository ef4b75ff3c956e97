// Letters to clients: filled in from a letter template, kept before they
// go, sent to a real SMTP server (support/MailSink) with the issued
// document's PDF attached, and every way they can end written down — sent,
// or failed with why, to retry; never taken by two senders at once, and
// reached only as the client is.
#include "Catch.h"
#include "MailSink.h"
#include "ShopFixtures.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "documents/Documents.h"
#include "documents/ShopDetails.h"
#include "mail/Letters.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

void giveEmail(Database& db, qint64 clientId, const QString& address)
{
    ClientRepository clients(db);
    Client c = requireValue(clients.load(clientId));
    c.emails.append({QString(), address});
    requireOk(clients.update(c));
}

MailAccount sinkAccount(int port)
{
    MailAccount a;
    a.host = u"127.0.0.1"_s;
    a.port = port;
    a.security = SmtpAccount::Security::None;
    a.fromAddress = u"shop@example.com"_s;
    return a;
}

int closedPort()
{
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const int port = closed.serverPort();
    closed.close();
    return port;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("a letter is filled in from a template, or refused with what is missing",
          "[mail][letters]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    const qint64 client = newClient(*db, u"ТОВ «Граніт-Схід»"_s);

    LetterRequest request;
    request.clientId = client;
    request.templateName = u"letter.uk"_s;
    request.text = u"Нагадуємо про оплату.\nДякуємо!"_s;
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.no-address"_s);

    giveEmail(*db, client, u"office@granit.example"_s);
    const Letter letter = requireValue(draftLetter(*db, request));
    CHECK(letter.toAddress == u"office@granit.example"_s);
    CHECK(letter.toName == u"ТОВ «Граніт-Схід»"_s);
    // The shop's name leads, in the nominative ("Будмайстер: лист для вас", not "Лист від
    // Будмайстер"); a shop without a name writes "Лист для вас".
    CHECK(letter.subject.startsWith(u"Будмайстер: "_s));
    // The line break typed is kept: in the HTML as typed, in the plain part a line apart.
    CHECK(letter.html.contains(u"Нагадуємо про оплату.\nДякуємо!"_s));
    CHECK(letter.html.contains(u"pre-wrap"_s));
    CHECK(letter.text.contains(u"Нагадуємо про оплату.\n"_s));
    CHECK(letter.text.contains(u"\nДякуємо!"_s));
    CHECK_FALSE(letter.html.contains(u"kartoteka:"_s)); // no pictures a mail program cannot open

    // The template's place for one's own words: a preview shows it, a letter needs it.
    LetterRequest empty = request;
    empty.text.clear();
    CHECK(errorDetailOf(draftLetter(*db, empty)) == u"letter.no-text"_s);
    empty.preview = true;
    CHECK(requireValue(draftLetter(*db, empty)).text.contains(u"[Текст листа]"_s));
    // A deal of another client is not this letter's.
    LetterRequest otherDeal = request;
    otherDeal.dealId = newDeal(*db, newClient(*db, u"Чужий"_s), 1).id;
    CHECK(errorDetailOf(draftLetter(*db, otherDeal)) == u"letter.other-deal"_s);

    request.toAddress = u"not an address"_s;
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.bad-address"_s);
    request.toAddress = u"ol\u0435na@ukr.net"_s; // a Cyrillic е typed in the Latin layout
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.mixed-alphabets"_s);
    request.toAddress.clear();
    request.templateName = u"invoice.uk"_s;
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.not-a-letter"_s);
    request.templateName.clear();
    request.text.clear();
    request.subject = u"Привіт"_s;
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.empty"_s);

    // A document of another client is not attached to this one's letter.
    const qint64 other = newClient(*db, u"Інший"_s);
    DocumentDraft otherDraft =
        requireValue(draftDocument(*db, {u"letter.uk"_s, 0, other, {}, u"Лист"_s}));
    const IssuedDocument otherDocument = requireValue(issueDocument(*db, otherDraft));
    request.text = u"Див. вкладення"_s;
    request.documentId = otherDocument.id;
    CHECK(errorDetailOf(draftLetter(*db, request)) == u"letter.other-client"_s);
    // A document of their own goes with a word even when none was written.
    DocumentDraft ownDraft = requireValue(draftDocument(*db, {u"letter.uk"_s, 0, client, {}}));
    ownDraft.html.replace(u"[Текст листа]"_s, u"Див. вкладення."_s);
    const IssuedDocument own = requireValue(issueDocument(*db, ownDraft));
    LetterRequest bare;
    bare.clientId = client;
    bare.documentId = own.id;
    const Letter covered = requireValue(draftLetter(*db, bare));
    CHECK(covered.subject == own.title);
    CHECK(covered.text.contains(own.title));
    // Signed with the shop's name and how to reach it.
    CHECK(covered.text.contains(u"ТОВ Будмайстер"_s));
    CHECK(covered.text.contains(requireValue(loadShopDetails(*db)).phone));
}

TEST_CASE("a letter with an invoice goes to a real server, kept before and after, audited",
          "[mail][letters][smtp]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    TempDir dir;
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    const MailAccount account = sinkAccount(sink.port);
    requireOk(saveMailAccount(*db, account));

    const Deal deal = newDeal(*db, newClient(*db, u"ТОВ «Граніт-Схід»"_s), 2);
    giveEmail(*db, deal.clientId, u"office@granit.example"_s);
    DocumentDraft draft = requireValue(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0, {}}));
    const IssuedDocument invoice = requireValue(issueDocument(*db, draft));

    LetterRequest request;
    request.clientId = deal.clientId;
    request.dealId = deal.id;
    request.subject = u"Рахунок № 1"_s;
    request.text = u"Доброго дня! Рахунок у вкладенні."_s;
    request.documentId = invoice.id;
    Letter letter = requireValue(draftLetter(*db, request));
    requireOk(queueLetter(*db, letter));
    LetterRepository letters(*db);
    CHECK(requireValue(letters.load(letter.id)).state == LetterState::Queued);

    const Letter sent = requireValue(sendLetter(*db, letter.id, account, smtpAccount(account, {})));
    CHECK(sent.state == LetterState::Sent);
    CHECK(sent.sentAt.isValid());
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
    const QJsonObject read = readLetter(fileBytes(maildir + u"/0001.eml"_s));
    CHECK(read[u"subject"_s].toString() == u"Рахунок № 1"_s);
    CHECK(read[u"from"_s].toString() == u"Будмайстер <shop@example.com>"_s);
    CHECK(read[u"message_id"_s].toString() == letter.messageId);
    const QJsonObject attachment = read[u"attachments"_s].toArray().first().toObject();
    CHECK(attachment[u"filename"_s].toString() == invoice.title + u".pdf"_s);
    CHECK(attachment[u"sha256"_s].toString() ==
          sha256(requireValue(DocumentRepository(*db).pdf(invoice.id))));

    // On the client's timeline, with its document, and in the audit.
    const QList<Letter> shown = requireValue(letters.forClient(deal.clientId));
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().documentTitle == invoice.title);
    bool audited = false;
    for (const AuditEntry& e : requireValue(readAudit(*db, AuditFilter{})))
        audited = audited || (e.action == auditAction::kLetterSent && e.entityId == letter.id &&
                              e.clientId == deal.clientId);
    CHECK(audited);

    // Sent once: a second send is refused, nothing more arrives.
    CHECK(kindOf(sendLetter(*db, letter.id, account, smtpAccount(account, {}))) ==
          ErrorKind::Conflict);
    CHECK(deliveredLetters(maildir).size() == 1);
}

TEST_CASE("a letter the server could not take is kept as failed with why, and a retry sends it",
          "[mail][letters][smtp]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const qint64 client = newClient(*db, u"Дельта"_s);
    giveEmail(*db, client, u"delta@example.org"_s);
    LetterRequest request;
    request.clientId = client;
    request.templateName = u"letter.uk"_s;
    request.text = u"Доброго дня."_s;
    Letter letter = requireValue(draftLetter(*db, request));
    requireOk(queueLetter(*db, letter));

    CHECK(errorDetailOf(takeLetter(*db, letter.id, MailAccount{})) == u"mail.not-set"_s);

    MailAccount nowhere = sinkAccount(closedPort());
    SmtpAccount smtp = smtpAccount(nowhere, {});
    smtp.timeoutSeconds = 5;
    const Letter failed = requireValue(sendLetter(*db, letter.id, nowhere, smtp));
    CHECK(failed.state == LetterState::Failed);
    CHECK(failed.problem == LetterProblem::Unreachable);
    CHECK_FALSE(failed.problemText.isEmpty());

    // Taken by one sender, it is not taken by another.
    LetterRepository letters(*db);
    const Letter taken = requireValue(letters.claim(letter.id, Take::QueuedOrFailed));
    CHECK(taken.state == LetterState::Sending);
    CHECK(kindOf(letters.claim(letter.id)) == ErrorKind::Conflict);
    // A sender that died leaves it 'sending'; someone who checked gives it up.
    requireOk(letters.giveUp(letter.id, u"checked: not received"_s));

    TempDir dir;
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    const MailAccount account = sinkAccount(sink.port);
    // Only a person sends a failed letter again; a mailing or the outbox leaves it.
    CHECK(errorDetailOf(sendLetter(*db, letter.id, account, smtpAccount(account, {}))) ==
          u"letter.taken"_s);
    const Letter retried = requireValue(
        sendLetter(*db, letter.id, account, smtpAccount(account, {}), Take::QueuedOrFailed));
    CHECK(retried.state == LetterState::Sent);
    CHECK_FALSE(retried.problem);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
}

TEST_CASE("a manager's letters are to their own clients only", "[mail][letters][access]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const auto [olena, bohdan] = addTwoManagers(*db);
    const qint64 hers = newClient(*db, u"Її клієнт"_s, olena);
    const qint64 his = newClient(*db, u"Його клієнт"_s, bohdan);
    giveEmail(*db, hers, u"hers@example.org"_s);
    giveEmail(*db, his, u"his@example.org"_s);
    LetterRequest request;
    request.subject = u"Вітаємо"_s;
    request.text = u"Текст"_s;
    request.clientId = his;
    Letter hisLetter = requireValue(draftLetter(*db, request));
    requireOk(queueLetter(*db, hisLetter));

    signInAs(*db, u"olena"_s);
    request.clientId = hers;
    Letter mine = requireValue(draftLetter(*db, request));
    requireOk(queueLetter(*db, mine));
    request.clientId = his;
    CHECK(kindOf(draftLetter(*db, request)) == ErrorKind::NotFound);
    LetterRepository letters(*db);
    CHECK(kindOf(letters.load(hisLetter.id)) == ErrorKind::NotFound);
    CHECK(kindOf(letters.claim(hisLetter.id)) == ErrorKind::NotFound);
    CHECK(requireValue(letters.forClient(his)).isEmpty());
    CHECK(requireValue(letters.forClient(hers)).size() == 1);
}
