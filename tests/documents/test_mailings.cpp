// Mailings: who a segment reaches and who is left out (no address, asked
// for none, another manager's), letters kept for everyone before any goes,
// sent within the limit per minute, a pause when the account fails that
// sends nothing and loses nothing, a cancel, and a letter left 'sending' by a
// crash never sent again — on both backends, to a real SMTP server.
#include "Catch.h"
#include "MailSink.h"
#include "ShopFixtures.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "mail/Mailings.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

qint64 person(Database& db, const QString& name, const QString& email, qint64 manager = 0)
{
    Client c;
    c.lastName = name;
    c.firstName = u"Олена"_s;
    c.managerId = manager;
    if (!email.isEmpty())
        c.emails.append({QString(), email});
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

MailAccount accountAt(int port)
{
    MailAccount a;
    a.host = u"127.0.0.1"_s;
    a.port = port;
    a.security = SmtpAccount::Security::None;
    a.fromAddress = u"shop@example.com"_s;
    return a;
}

MailingRequest letterToAll()
{
    MailingRequest r;
    r.templateName = u"letter.uk"_s;
    r.text = u"Знижка 10% до кінця тижня."_s;
    return r;
}

} // namespace

TEST_CASE("a mailing leaves out who has no address or asked for none, keeps every letter first "
          "and sends each once",
          "[mail][mailings][smtp]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const qint64 a = person(*db, u"Андрієнко"_s, u"a@example.org"_s);
    const qint64 b = person(*db, u"Бойко"_s, u"b@example.org"_s);
    person(*db, u"Вовк"_s, QString());
    const qint64 refused = person(*db, u"Гнатюк"_s, u"g@example.org"_s);
    requireOk(setRefusesMailings(*db, refused, true));
    CHECK(requireValue(refusesMailings(*db, refused)));

    // The same address on two cards gets one letter; a refused card's address is refused on
    // any card.
    person(*db, u"Андрієнко-дубль"_s, u"A@Example.org"_s);
    person(*db, u"Гнатюк-дубль"_s, u"g@example.org"_s);
    MailingRequest wordless = letterToAll();
    wordless.text.clear(); // letter.uk has a place for one's own words
    CHECK(errorDetailOf(checkMailingText(*db, wordless)) == u"letter.no-text"_s);
    CHECK(errorDetailOf(startMailing(*db, wordless)) == u"letter.no-text"_s);
    CHECK(checkMailingText(*db, letterToAll()).ok());
    const MailingPlan plan = requireValue(planMailing(*db, letterToAll()));
    CHECK(plan.toSend == 2);
    CHECK(plan.noAddress == 1);
    CHECK(plan.refused == 2);
    CHECK(plan.sameAddress == 1);
    const Letter preview = requireValue(previewMailing(*db, letterToAll(), a));
    CHECK(preview.text.contains(u"Знижка 10% до кінця тижня."_s));
    // A mailing's letter ends with how to ask for no more, in the template's language; a
    // letter to one client does not.
    CHECK(preview.text.endsWith(u"словом «відписатися»."_s));
    CHECK(preview.html.contains(u"«відписатися»"_s));
    LetterRequest single;
    single.clientId = a;
    single.templateName = u"letter.uk"_s;
    single.text = u"Знижка"_s;
    CHECK(!requireValue(draftLetter(*db, single)).text.contains(u"відписатися"_s));
    MailingRequest russian = letterToAll();
    russian.templateName = u"letter.ru"_s;
    CHECK(requireValue(previewMailing(*db, russian, a)).text.contains(u"«отписаться»"_s));

    MailingRequest invoice = letterToAll();
    invoice.templateName = u"invoice.uk"_s;
    CHECK(errorDetailOf(planMailing(*db, invoice)) == u"letter.not-a-letter"_s);

    TempDir dir;
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    const MailAccount account = accountAt(sink.port);
    requireOk(saveMailAccount(*db, account));
    // Stopped while its letters are filled in: nothing is kept.
    QList<std::pair<int, int>> heard;
    const auto stopped = startMailing(*db, letterToAll(), [&](int done, int total) {
        heard.append({done, total});
        return false;
    });
    CHECK(kindOf(stopped) == ErrorKind::Cancelled);
    CHECK(heard == QList<std::pair<int, int>>{{0, 2}});
    CHECK(requireValue(LetterRepository(*db).forClient(a)).isEmpty());
    CHECK(requireValue(listMailings(*db)).isEmpty());

    const qint64 id = requireValue(startMailing(*db, letterToAll()));
    MailingStatus status = requireValue(mailingStatus(*db, id));
    CHECK(status.queued == 2);
    CHECK(status.skipped == 4);
    CHECK(status.sent == 0);

    MailingControl control;
    int told = 0;
    control.progress = [&](const MailingStatus&) { ++told; };
    status = requireValue(
        runMailing(*db, id, Senders{account, smtpAccount(account, {}), {}, {}}, control));
    CHECK(status.state == MailingState::Done);
    CHECK(status.sent == 2);
    CHECK(told == 2);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 2; }));
    // Each recipient's timeline has the letter; the refused one's says why not.
    CHECK(requireValue(LetterRepository(*db).forClient(b)).first().state == LetterState::Sent);
    const Letter skipped = requireValue(LetterRepository(*db).forClient(refused)).first();
    CHECK(skipped.state == LetterState::Skipped);
    CHECK(skipped.problem == LetterProblem::NoMailings);
    // Done: running it again sends nothing.
    CHECK(kindOf(runMailing(*db, id, Senders{account, smtpAccount(account, {}), {}, {}},
                            control)) == ErrorKind::Conflict);
    CHECK(deliveredLetters(maildir).size() == 2);

    bool started = false, done = false;
    for (const AuditEntry& e : requireValue(readAudit(*db, AuditFilter{}))) {
        started = started || e.action == auditAction::kMailingStart;
        done = done || e.action == auditAction::kMailingDone;
    }
    CHECK(started);
    CHECK(done);
}

TEST_CASE("a mailing pauses when the account fails, without using up a letter, and goes on later",
          "[mail][mailings][smtp]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    QList<qint64> clients;
    for (int i = 0; i < 3; ++i)
        clients.append(person(*db, u"Клієнт %1"_s.arg(i), u"c%1@example.org"_s.arg(i)));
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const MailAccount nowhere = accountAt(closed.serverPort());
    closed.close();
    requireOk(saveMailAccount(*db, nowhere));
    const qint64 id = requireValue(startMailing(*db, letterToAll()));
    MailingControl control;
    SmtpAccount smtp = smtpAccount(nowhere, {});
    smtp.timeoutSeconds = 5;
    MailingStatus status =
        requireValue(runMailing(*db, id, Senders{nowhere, smtp, {}, {}}, control));
    CHECK(status.state == MailingState::Paused);
    CHECK_FALSE(status.problem.isEmpty());
    CHECK(status.queued == 3); // the letter tried went back: nothing went
    CHECK(status.failed == 0);

    TempDir dir;
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    const MailAccount account = accountAt(sink.port);
    // A crash left one letter handed to the server with no answer kept.
    const qint64 uncertain =
        requireValue(LetterRepository(*db).forClient(clients.first())).first().id;
    requireValue(LetterRepository(*db).claim(uncertain));
    // While it waits, a client asks for no mailings: their letter does not go.
    requireOk(setRefusesMailings(*db, clients.last(), true));
    const Letter refused = requireValue(LetterRepository(*db).forClient(clients.last())).first();
    CHECK(refused.state == LetterState::Skipped);
    CHECK(refused.problem == LetterProblem::NoMailings);
    status = requireValue(
        runMailing(*db, id, Senders{account, smtpAccount(account, {}), {}, {}}, control));
    CHECK(status.state == MailingState::Done);
    CHECK(status.sent == 1);
    CHECK(status.skipped == 1);
    CHECK(status.sending == 1); // may have gone: not sent again
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
}

TEST_CASE("a mailing is cancelled between letters and keeps to its limit per minute",
          "[mail][mailings][smtp]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    setUpShop(*db);
    for (int i = 0; i < 4; ++i)
        person(*db, u"Клієнт %1"_s.arg(i), u"c%1@example.org"_s.arg(i));
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    const MailAccount account = accountAt(sink.port);
    requireOk(saveMailAccount(*db, account));

    MailingRequest limited = letterToAll();
    limited.perMinute = 120; // one each half second
    const qint64 id = requireValue(startMailing(*db, limited));
    const Senders senders{account, smtpAccount(account, {}), {}, {}};
    // Paused after the first letter and resumed at once: the limit holds
    // across the runs (the last letter handed over counts, not this run's).
    MailingControl first;
    first.progress = [&](const MailingStatus&) { first.pause = true; };
    QElapsedTimer took;
    took.start();
    CHECK(requireValue(runMailing(*db, id, senders, first)).state == MailingState::Paused);
    MailingControl control;
    control.progress = [&](const MailingStatus& s) {
        if (s.sent == 3)
            control.cancel = true;
    };
    const MailingStatus status = requireValue(runMailing(*db, id, senders, control));
    CHECK(took.elapsed() >= 900); // three letters, two pauses of half a second
    CHECK(status.state == MailingState::Cancelled);
    CHECK(status.sent == 3);
    CHECK(status.skipped == 1);
    CHECK(status.cancelled == 1);
    CHECK(status.meant() == 4); // "3 of 4": the cancel left one unsent
    CHECK(status.queued == 0);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 3; }));
}

TEST_CASE("a mailing tells a card whose address no letter can go to from one without an address",
          "[mail][mailings]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const qint64 good = person(*db, u"Добра"_s, u"good@example.org"_s);
    // An address a card takes (letters of one alphabet) but a mail server would not: the part
    // before @ in Cyrillic needs SMTPUTF8.
    const qint64 cyrillic = person(*db, u"Кирилична"_s, u"олена@приклад.укр"_s);
    const qint64 none = person(*db, u"Без"_s, QString());
    const MailingPlan plan = requireValue(planMailing(*db, letterToAll()));
    CHECK(plan.toSend == 1);
    CHECK(plan.noAddress == 1);
    CHECK(plan.badAddress == 1);
    for (const MailingRecipient& r : plan.recipients) {
        if (r.clientId == good)
            CHECK(!r.skipped);
        if (r.clientId == cyrillic)
            CHECK(r.skipped == LetterProblem::BadAddress);
        if (r.clientId == none)
            CHECK(r.skipped == LetterProblem::NoAddress);
    }
    CHECK(letterProblemFromName(letterProblemName(LetterProblem::BadAddress)) ==
          LetterProblem::BadAddress);
}

TEST_CASE("a manager's mailing reaches their own clients only", "[mail][mailings][access]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    const auto [olena, bohdan] = addTwoManagers(*db);
    const qint64 hers = person(*db, u"Її"_s, u"hers@example.org"_s, olena);
    const qint64 his = person(*db, u"Його"_s, u"his@example.org"_s, bohdan);
    signInAs(*db, u"olena"_s);
    MailingRequest nobody = letterToAll();
    nobody.segment.search = u"Немаєтакого"_s;
    CHECK(errorDetailOf(startMailing(*db, nobody)) == u"mailing.nobody"_s);
    const MailingPlan plan = requireValue(planMailing(*db, letterToAll()));
    REQUIRE(plan.recipients.size() == 1);
    CHECK(plan.recipients.first().clientId == hers);
    CHECK(kindOf(setRefusesMailings(*db, his, true)) == ErrorKind::NotFound);
}

TEST_CASE("an SMS mailing reaches the clients with a phone, once each, through the service",
          "[mail][mailings][sms]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    ClientRepository clients(*db);
    // The landline is nobody's SMS: its card counts as one without a mobile number.
    for (const QString& phone :
         {u"050 111 22 33"_s, u"067 444 55 66"_s, QString(), u"044 234 56 78"_s}) {
        Client c;
        c.lastName = u"Клієнт"_s;
        if (!phone.isEmpty())
            c.phones.append({u"mobile"_s, phone, {}});
        requireOk(clients.create(c));
    }
    TempDir dir;
    SmsService service(dir.path(u"sms"_s));
    SmsGateway gateway;
    gateway.url = service.url(u"/send?to={phone}&text={text}"_s);
    gateway.method = u"GET"_s;
    requireOk(saveSmsGateway(*db, gateway));

    MailingRequest request;
    request.channel = LetterChannel::Sms;
    CHECK(errorDetailOf(planMailing(*db, request)) == u"letter.empty"_s);
    request.text = u"{client}, розпродаж у суботу!"_s;
    const MailingPlan plan = requireValue(planMailing(*db, request));
    CHECK(plan.toSend == 2);
    CHECK(plan.noAddress == 2);
    const qint64 id = requireValue(startMailing(*db, request));
    MailingControl control;
    const MailingStatus status =
        requireValue(runMailing(*db, id, Senders{{}, {}, gateway, {}}, control));
    CHECK(status.channel == LetterChannel::Sms);
    CHECK(status.subject == u"{client}, розпродаж у суботу!"_s); // not the first client's name
    // A card left out keeps the text it was not sent, and its line says nothing of an address.
    for (const Letter& l : requireValue(LetterRepository(*db).forClient(3))) {
        CHECK(l.state == LetterState::Skipped);
        CHECK(l.text == request.text);
        CHECK(letterLine(l).startsWith(u"«{client}, розпродаж у суботу!» — "_s));
    }
    CHECK(status.state == MailingState::Done);
    CHECK(status.sent == 2);
    const QList<QJsonObject> requests = smsRequests(dir.path(u"sms"_s));
    REQUIRE(requests.size() == 2);
    CHECK(requests.first()[u"path"_s].toString().startsWith(u"/send?to=%2B380501112233"_s));
    CHECK(QUrl::fromPercentEncoding(requests.first()[u"path"_s].toString().toUtf8())
              .contains(u"text=Клієнт, розпродаж"_s));

    // The service refuses the shop's key: the mailing pauses with why, and
    // nobody's message is used up; with the right key it goes on.
    TempDir keyed;
    SmsService strict(keyed.path(u"sms"_s), {u"--token"_s, u"good-token"_s});
    gateway.url = strict.url(u"/send?to={phone}&text={text}"_s);
    gateway.headers = u"Authorization: Bearer {token}"_s;
    requireOk(saveSmsGateway(*db, gateway));
    const qint64 second = requireValue(startMailing(*db, request));
    MailingStatus refused =
        requireValue(runMailing(*db, second, Senders{{}, {}, gateway, u"bad-token"_s}, control));
    CHECK(refused.state == MailingState::Paused);
    CHECK_FALSE(refused.problem.isEmpty());
    CHECK(refused.queued == 2);
    CHECK(refused.failed == 0);
    const MailingStatus resumed =
        requireValue(runMailing(*db, second, Senders{{}, {}, gateway, u"good-token"_s}, control));
    CHECK(resumed.state == MailingState::Done);
    CHECK(resumed.sent == 2);
    CHECK(smsRequests(keyed.path(u"sms"_s)).size() == 3); // the refused one, then two
}
