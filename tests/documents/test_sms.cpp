// SMS through a configurable HTTP gateway: placeholders filled and encoded
// for where they stand (URL, JSON body, form body), the settings checked,
// and messages sent to a local HTTP server standing in for the service —
// accepted, refused (a wrong key, a bad number) and unreachable — each kept on
// the client's timeline as sent or as not sent with why, on both backends.
#include "Catch.h"
#include "MailSink.h"
#include "ShopFixtures.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/PhoneNumbers.h"
#include "mail/Letters.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

SmsGateway jsonGateway(const QString& url)
{
    SmsGateway g;
    g.url = url;
    g.method = u"POST"_s;
    g.headers = u"Authorization: Bearer {token}\nContent-Type: application/json"_s;
    g.body =
        uR"({"recipients": ["{phone_digits}"], "sms": {"sender": "{sender}", "text": "{text}"}})"_s;
    g.accepted = u"accepted"_s;
    g.sender = u"Budmaister"_s;
    return g;
}

qint64 clientWithPhone(Database& db, const QString& phone)
{
    Client c;
    c.lastName = u"Коваль"_s;
    c.firstName = u"Олена"_s;
    if (!phone.isEmpty())
        c.phones.append({u"mobile"_s, phone, {}});
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

} // namespace

TEST_CASE("an SMS request fills its placeholders encoded for where they stand", "[sms]")
{
    const QString text = u"Ваше замовлення \"№5\" готове\nДякуємо & до зустрічі"_s;
    SmsGateway json = jsonGateway(u"https://api.example.com/send"_s);
    const SmsRequest post = smsRequest(json, u"key-1"_s, u"+380501234567"_s, text);
    CHECK(post.method == "POST");
    CHECK(post.headers.contains("Authorization: Bearer key-1"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    CHECK(body[u"recipients"_s].toArray().first().toString() == u"380501234567"_s);
    CHECK(body[u"sms"_s].toObject()[u"text"_s].toString() == text);

    SmsGateway get;
    get.url = u"https://sms.example.com/api?to={phone}&msg={text}&key={token}"_s;
    get.method = u"GET"_s;
    const SmsRequest query = smsRequest(get, u"k&1"_s, u"+380501234567"_s, text);
    const QUrlQuery items(QUrl(QString::fromUtf8(query.url)).query());
    CHECK(items.queryItemValue(u"to"_s, QUrl::FullyDecoded) == u"+380501234567"_s);
    CHECK(items.queryItemValue(u"msg"_s, QUrl::FullyDecoded) == text);
    CHECK(items.queryItemValue(u"key"_s, QUrl::FullyDecoded) == u"k&1"_s);
    CHECK(query.body.isEmpty());

    SmsGateway form = get;
    form.method = u"POST"_s;
    form.url = u"https://sms.example.com/api"_s;
    form.headers = u"Content-Type: application/x-www-form-urlencoded"_s;
    form.body = u"to={phone}&msg={text}"_s;
    const SmsRequest encoded = smsRequest(form, {}, u"+380501234567"_s, text);
    const QUrlQuery fields(QString::fromUtf8(encoded.body));
    CHECK(fields.queryItemValue(u"msg"_s, QUrl::FullyDecoded) == text);

    CHECK_FALSE(checkSmsGateway(SmsGateway{}));
    CHECK_FALSE(checkSmsGateway(json));
    SmsGateway bad = json;
    bad.url = u"api.example.com/send"_s;
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Url);
    bad = json;
    bad.method = u"PUT"_s;
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Method);
    bad = json;
    bad.headers = u"Authorization Bearer x"_s;
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Headers);
    bad = json;
    bad.body.chop(1); // a brace short
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Body);
    bad = json;
    bad.body.replace(u"\"{text}\""_s, u"{text}"_s); // the text's quotes left out
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Body);
    bad = json;
    bad.sender = u"BudmaysterShop"_s; // 14 characters
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Sender);
    bad.sender = u"Будмайстер"_s;
    CHECK(checkSmsGateway(bad)->field == SmsGatewayField::Sender);
    bad.sender = u"Budmayster"_s;
    CHECK_FALSE(checkSmsGateway(bad));
}

TEST_CASE("SMS go through the service, and a refused or unreachable one is kept to send again",
          "[sms][letters]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    TempDir dir;
    SmsService service(dir.path(u"sms"_s), {u"--token"_s, u"good-token"_s});
    const SmsGateway gateway = jsonGateway(service.url());
    requireOk(saveSmsGateway(*db, gateway));
    CHECK(requireValue(loadSmsGateway(*db)) == gateway);

    const qint64 client = clientWithPhone(*db, u"050 123 45 67"_s);
    CHECK(errorDetailOf(draftSms(*db, clientWithPhone(*db, QString()), u"Текст"_s)) ==
          u"letter.no-phone"_s);
    CHECK(errorDetailOf(draftSms(*db, client, u"  "_s)) == u"letter.empty"_s);
    CHECK(errorDetailOf(draftSms(*db, client, u"Текст"_s, u"12"_s)) == u"letter.bad-phone"_s);
    // A landline takes no SMS: typed, or the only number on the card; a mobile after it does.
    CHECK(errorDetailOf(draftSms(*db, client, u"Текст"_s, u"044 234 56 78"_s)) ==
          u"letter.landline"_s);
    const qint64 landline = clientWithPhone(*db, u"044 234 56 78"_s);
    CHECK(errorDetailOf(draftSms(*db, landline, u"Текст"_s)) == u"letter.no-phone"_s);
    Client both = requireValue(ClientRepository(*db).load(landline));
    both.phones.append({u"mobile"_s, u"063 123 45 67"_s, {}});
    requireOk(ClientRepository(*db).update(both));
    CHECK(requireValue(draftSms(*db, landline, u"Текст"_s)).toAddress == u"+380631234567"_s);
    CHECK(takesSms(u"+380671234567"_s));
    CHECK_FALSE(takesSms(u"+380442345678"_s));
    CHECK(takesSms(u"+79161234567"_s));
    CHECK_FALSE(takesSms(u"+74951234567"_s));

    Letter sms = requireValue(draftSms(*db, client, u"Ваше замовлення готове"_s));
    CHECK(sms.toAddress == u"+380501234567"_s);
    requireOk(queueLetter(*db, sms));
    const Letter sent = requireValue(sendSmsLetter(*db, sms.id, gateway, u"good-token"_s));
    CHECK(sent.state == LetterState::Sent);
    CHECK(sent.channel == LetterChannel::Sms);
    QList<QJsonObject> requests = smsRequests(dir.path(u"sms"_s));
    REQUIRE(requests.size() == 1);
    const QJsonObject body =
        QJsonDocument::fromJson(requests.first()[u"body"_s].toString().toUtf8()).object();
    CHECK(body[u"sms"_s].toObject()[u"text"_s].toString() == u"Ваше замовлення готове"_s);
    CHECK(kindOf(sendSmsLetter(*db, sms.id, gateway, u"good-token"_s)) == ErrorKind::Conflict);

    // A wrong key: the shop's account refused, with the service's answer,
    // kept to send again — by a person: a program sending on its own (a
    // mailing, the rules' outbox on another PC) leaves a failed one alone.
    Letter again = requireValue(draftSms(*db, client, u"Нагадування"_s));
    requireOk(queueLetter(*db, again));
    const Letter refused = requireValue(sendSmsLetter(*db, again.id, gateway, u"bad-token"_s));
    CHECK(refused.state == LetterState::Failed);
    CHECK(refused.problem == LetterProblem::SignInFailed);
    CHECK(refused.problemText.contains(u"invalid token"_s));
    CHECK(kindOf(sendSmsLetter(*db, again.id, gateway, u"good-token"_s)) == ErrorKind::Conflict);
    const Letter retried =
        requireValue(sendSmsLetter(*db, again.id, gateway, u"good-token"_s, Take::QueuedOrFailed));
    CHECK(retried.state == LetterState::Sent);

    // A number the service refuses fails that message alone; a busy service
    // (HTTP 503) is the service's problem, as unreachable.
    const auto badNumber = sendSms(gateway, u"good-token"_s, u"+380500000001"_s, u"Текст"_s);
    REQUIRE(badNumber);
    CHECK(badNumber->problem == SmsProblem::Refused);
    const auto busy = sendSms(gateway, u"good-token"_s, u"+380509999999"_s, u"Текст"_s);
    REQUIRE(busy);
    CHECK(busy->problem == SmsProblem::Unreachable);

    // Nobody listening.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    SmsGateway nowhere = gateway;
    nowhere.url = u"http://127.0.0.1:%1/send"_s.arg(closed.serverPort());
    closed.close();
    Letter lost = requireValue(draftSms(*db, client, u"Ще одне"_s));
    requireOk(queueLetter(*db, lost));
    const Letter unreachable = requireValue(sendSmsLetter(*db, lost.id, nowhere, u"good-token"_s));
    CHECK(unreachable.problem == LetterProblem::Unreachable);

    // No key on this PC for a service that needs one: said, nothing sent.
    const auto noKey = sendSms(gateway, {}, u"+380501234567"_s, u"Текст"_s);
    REQUIRE(noKey);
    CHECK(noKey->problem == SmsProblem::NoKey);
    // An answer without the words that mean "accepted": refused, with the answer.
    SmsGateway strict = gateway;
    strict.accepted = u"\"queued\""_s;
    const auto unsure = sendSms(strict, u"good-token"_s, u"+380501234567"_s, u"Текст"_s);
    REQUIRE(unsure);
    CHECK(unsure->problem == SmsProblem::Refused);
    CHECK(unsure->error.message.contains(u"accepted"_s));

    const QList<Letter> timeline = requireValue(LetterRepository(*db).forClient(client));
    CHECK(timeline.size() == 3);
}

TEST_CASE("an SMS the person writes names the client and their manager where the text says",
          "[sms][letters]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    setUpShop(*db);
    Client c;
    c.lastName = u"Коваль"_s;
    c.firstName = u"Олена"_s;
    c.phones.append({u"mobile"_s, u"050 123 45 67"_s, {}});
    c.managerId = addTwoManagers(*db).olena;
    requireOk(ClientRepository(*db).create(c));
    const Letter sms = requireValue(
        draftSms(*db, c.id, u"{client}, вас чекає {manager}. {client}, до зустрічі!"_s));
    const QString name = requireValue(ClientRepository(*db).load(c.id)).displayName();
    CHECK(sms.text == u"%1, вас чекає Олена Коваль. %1, до зустрічі!"_s.arg(name));
    // Without a manager the words around stay, nothing else is guessed.
    c = requireValue(ClientRepository(*db).load(c.id));
    c.managerId = 0;
    requireOk(ClientRepository(*db).update(c));
    CHECK(requireValue(draftSms(*db, c.id, u"Менеджер: {manager}"_s)).text == u"Менеджер:"_s);
}
