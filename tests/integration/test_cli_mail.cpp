// kartoteka-cli mail and documents make --send against a real SMTP server
// with a sign-in (support/MailSink): the account set, this PC's password
// kept encrypted (never in the database, never an argument), a letter and
// an invoice sent and read back, and a server that refuses the password
// leaves the letter kept as failed to retry.
#include "Catch.h"
#include "MailSink.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace kartoteka::test;

TEST_CASE("kartoteka-cli sets up the shop's mail, sends a letter and an invoice, and keeps what "
          "could not go",
          "[integration][cli][mail]")
{
    TempDir home;
    const QString db = newShop(home, {u"Петренко Іван"_s});
    const QString maildir = home.path(u"mail"_s);
    // A sign-in without TLS (which the core tests cover: the CLI cannot be
    // told to trust a throwaway certificate).
    SmtpSink sink(maildir, {u"--auth"_s, u"shop@example.com:app-password-1"_s});
    const auto cli = [&](const QStringList& args, const QMap<QString, QString>& env = {}) {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path(),
                      env);
    };

    // The shop an invoice is paid to.
    REQUIRE(cli({u"shop"_s, u"set"_s, u"--name"_s, u"Будмайстер"_s, u"--iban"_s,
                 u"UA213223130000026007233566001"_s})
                .exitCode == 0);
    // Not set up: said so, nothing kept.
    CHECK(cliErrorKind(cli({u"mail"_s, u"send"_s, u"--client"_s, u"1"_s, u"--subject"_s,
                            u"Привіт"_s, u"--text"_s, u"Текст"_s})) == u"invalid"_s);
    CHECK(cliErrorKind(cli({u"mail"_s, u"set"_s, u"--host"_s, u"https://smtp.example.com"_s})) ==
          u"invalid"_s);
    REQUIRE(cli({u"mail"_s, u"set"_s, u"--host"_s, u"localhost"_s, u"--port"_s,
                 QString::number(sink.port), u"--security"_s, u"none"_s, u"--login"_s,
                 u"shop@example.com"_s, u"--from-address"_s, u"shop@example.com"_s,
                 u"--from-name"_s, u"Будмайстер"_s})
                .exitCode == 0);
    CHECK(cli({u"mail"_s, u"show"_s}).json().object().value(u"password"_s).toString() == u"none"_s);
    // No password on this PC yet: said where to give it.
    CHECK(cliErrorKind(cli({u"mail"_s, u"test"_s})) == u"not_found"_s);
    const CliRun kept =
        cli({u"mail"_s, u"password"_s}, {{u"KARTOTEKA_MAIL_PASSWORD"_s, u"wrong-password"_s}});
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.json().object().value(u"password"_s).toString() == u"file"_s);
    CHECK_FALSE(fileBytes(db).contains("wrong-password"));
    CHECK(cliErrorKind(cli({u"mail"_s, u"test"_s})) == u"failed"_s);

    // A letter the server refuses (the password): kept as failed, to retry.
    REQUIRE(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Коваль Олена"_s, u"--email"_s,
                 u"olena@example.org"_s})
                .exitCode == 0);
    const CliRun refused = cli({u"mail"_s, u"send"_s, u"--client"_s, u"2"_s, u"--template"_s,
                                u"letter.uk"_s, u"--text"_s, u"Нагадуємо про оплату."_s});
    CHECK(cliErrorKind(refused) == u"failed"_s);
    const QJsonArray afterRefusal =
        cli({u"mail"_s, u"letters"_s, u"--client"_s, u"2"_s}).json().array();
    REQUIRE(afterRefusal.size() == 1);
    const QJsonObject failed = afterRefusal.first().toObject();
    CHECK(failed.value(u"state"_s).toString() == u"failed"_s);
    CHECK(failed.value(u"problem"_s).toString() == u"sign-in"_s);
    CHECK(deliveredLetters(maildir).isEmpty());

    REQUIRE(cli({u"mail"_s, u"password"_s}, {{u"KARTOTEKA_MAIL_PASSWORD"_s, u"app-password-1"_s}})
                .exitCode == 0);
    REQUIRE(cli({u"mail"_s, u"test"_s}).exitCode == 0);
    const QString failedId = QString::number(failed.value(u"id"_s).toInteger());
    const CliRun retried = cli({u"mail"_s, u"retry"_s, failedId});
    REQUIRE(retried.exitCode == 0);
    CHECK(retried.json().object().value(u"state"_s).toString() == u"sent"_s);
    // Sent once: a second retry is refused.
    CHECK(cliErrorKind(cli({u"mail"_s, u"retry"_s, failedId})) == u"conflict"_s);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
    const QJsonObject letter = readLetter(fileBytes(maildir + u"/0001.eml"_s));
    CHECK(letter.value(u"to"_s).toString() == u"Коваль Олена <olena@example.org>"_s);
    CHECK(letter.value(u"text"_s).toString().contains(u"Нагадуємо про оплату."_s));

    // An invoice issued and mailed in one go, its PDF attached as issued.
    const CliRun deal = cli({u"deals"_s, u"add"_s, u"--client"_s, u"2"_s, u"--title"_s, u"Двері"_s,
                             u"--amount"_s, u"2100"_s});
    REQUIRE(deal.exitCode == 0);
    const QString out = home.path(u"invoice.pdf"_s);
    const CliRun invoice =
        cli({u"documents"_s, u"make"_s, u"--template"_s, u"invoice.uk"_s, u"--deal"_s,
             QString::number(deal.json().object().value(u"id"_s).toInteger()), u"--out"_s, out,
             u"--send"_s});
    REQUIRE(invoice.exitCode == 0);
    CHECK(invoice.json().object().contains(u"letter_id"_s));
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 2; }));
    const QJsonObject mailed = readLetter(fileBytes(maildir + u"/0002.eml"_s));
    const QJsonArray attachments = mailed.value(u"attachments"_s).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().toObject().value(u"size"_s).toInteger() == fileBytes(out).size());

    // A client without an address: refused before a number is taken.
    const CliRun noAddress =
        cli({u"documents"_s, u"make"_s, u"--template"_s, u"greeting.uk"_s, u"--client"_s, u"1"_s,
             u"--out"_s, home.path(u"g.pdf"_s), u"--send"_s});
    CHECK(cliErrorKind(noAddress) == u"invalid"_s);
    CHECK(cli({u"documents"_s, u"list"_s, u"--client"_s, u"1"_s}).json().array().isEmpty());

    // This PC forgets the password: the next send says where to give it.
    REQUIRE(cli({u"mail"_s, u"password"_s, u"--forget"_s}).exitCode == 0);
    CHECK(cliErrorKind(cli({u"mail"_s, u"test"_s})) == u"not_found"_s);
}

namespace {

// A shop of `clients` clients, each with an e-mail, whose mail goes to a
// local SMTP server without sign-in: what the mailing tests start from.
struct MailingShop
{
    TempDir home;
    QString db = home.path(u"shop.sqlite"_s);
    QString maildir = home.path(u"mail"_s);
    SmtpSink sink{maildir};

    explicit MailingShop(int clients)
    {
        {
            auto base = openTestDatabase(db, kartoteka::ModeChoice::Automatic);
            QList<kartoteka::Client> cards;
            for (int i = 0; i < clients; ++i) {
                kartoteka::Client c;
                c.lastName = u"Клієнт"_s;
                c.firstName = QString::number(i);
                c.emails.append({QString(), u"client%1@example.org"_s.arg(i)});
                cards.append(c);
            }
            requireOk(kartoteka::ClientRepository(*base).createMany(cards));
        }
        REQUIRE(cli({u"mail"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                     QString::number(sink.port), u"--security"_s, u"none"_s, u"--from-address"_s,
                     u"shop@example.com"_s})
                    .exitCode == 0);
    }

    CliRun cli(const QStringList& args) const
    {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path());
    }
};

} // namespace

TEST_CASE("a mailing killed in the middle resumes and sends nobody the same letter twice",
          "[integration][cli][mail][mailings]")
{
    constexpr int kClients = 40;
    MailingShop shop(kClients);
    const QString& db = shop.db;
    const QString& maildir = shop.maildir;
    TempDir& home = shop.home;
    const auto cli = [&](const QStringList& args) { return shop.cli(args); };
    const CliRun dry = cli({u"mailing"_s, u"start"_s, u"--template"_s, u"letter.uk"_s, u"--text"_s,
                            u"Розпродаж!"_s, u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object().value(u"to_send"_s).toInt() == kClients);
    CHECK(deliveredLetters(maildir).isEmpty());

    // Ten a second, killed once some went.
    QProcess mailing;
    mailing.setProcessEnvironment(cliEnvironment(home.path()));
    mailing.start(QStringLiteral(KARTOTEKA_CLI),
                  {u"--db"_s, db, u"mailing"_s, u"start"_s, u"--template"_s, u"letter.uk"_s,
                   u"--text"_s, u"Розпродаж!"_s, u"--per-minute"_s, u"600"_s});
    REQUIRE(mailing.waitForStarted());
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() >= 5; }, 60000));
    mailing.kill();
    REQUIRE(mailing.waitForFinished(10000));
    const int beforeKill = int(deliveredLetters(maildir).size());
    CHECK(beforeKill < kClients);

    const QJsonArray mailings = cli({u"mailing"_s, u"list"_s}).json().array();
    REQUIRE(mailings.size() == 1);
    const QString id = QString::number(mailings.first().toObject().value(u"id"_s).toInteger());
    const CliRun resumed = cli({u"mailing"_s, u"resume"_s, id});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QJsonObject status = resumed.json().object();
    CHECK(status.value(u"state"_s).toString() == u"done"_s);
    const int uncertain = status.value(u"sending"_s).toInt();
    CHECK(uncertain <= 1); // at most the one in flight when it was killed
    CHECK(status.value(u"sent"_s).toInt() + uncertain == kClients);

    // Every recipient got it at most once; all but one in flight got it.
    QMap<QString, int> received;
    REQUIRE(waitUntil(
        [&] { return deliveredLetters(maildir).size() >= qsizetype(kClients - uncertain); }));
    for (const QString& letter : deliveredLetters(maildir)) {
        const QString envelope = maildir + u'/' + QString(letter).replace(u".eml"_s, u".json"_s);
        for (const QJsonValue& to :
             QJsonDocument::fromJson(fileBytes(envelope)).object().value(u"to"_s).toArray())
            ++received[to.toString()];
    }
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
    CHECK(received.size() >= kClients - 1);
}

TEST_CASE("Ctrl+C pauses a mailing after the letter being sent, and resume sends the rest",
          "[integration][cli][mail][mailings]")
{
    constexpr int kClients = 12;
    MailingShop shop(kClients);
    const QString& db = shop.db;
    const QString& maildir = shop.maildir;
    TempDir& home = shop.home;
    const auto cli = [&](const QStringList& args) { return shop.cli(args); };
    // Two a second, interrupted once some went.
    QProcess mailing;
    mailing.setProcessEnvironment(cliEnvironment(home.path()));
    mailing.start(QStringLiteral(KARTOTEKA_CLI),
                  {u"--db"_s, db, u"--json"_s, u"mailing"_s, u"start"_s, u"--template"_s,
                   u"letter.uk"_s, u"--text"_s, u"Розпродаж!"_s, u"--per-minute"_s, u"120"_s});
    REQUIRE(mailing.waitForStarted());
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() >= 2; }, 60000));
    ::kill(pid_t(mailing.processId()), SIGINT);
    REQUIRE(mailing.waitForFinished(10000));
    CHECK(mailing.exitStatus() == QProcess::NormalExit);
    CHECK(mailing.exitCode() == 1);
    const QByteArray told = mailing.readAllStandardError().trimmed().split('\n').last();
    CHECK(QJsonDocument::fromJson(told).object().value(u"kind"_s).toString() == u"cancelled"_s);

    const QJsonArray mailings = cli({u"mailing"_s, u"list"_s}).json().array();
    REQUIRE(mailings.size() == 1);
    const QJsonObject paused = mailings.first().toObject();
    CHECK(paused.value(u"state"_s).toString() == u"paused"_s);
    CHECK(paused.value(u"sending"_s).toInt() == 0); // none left "may have gone"
    const int sentBefore = paused.value(u"sent"_s).toInt();
    CHECK(sentBefore < kClients);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == sentBefore; }));

    const QString id = QString::number(paused.value(u"id"_s).toInteger());
    const CliRun resumed = cli({u"mailing"_s, u"resume"_s, id});
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.json().object().value(u"sent"_s).toInt() == kClients);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == kClients; }));
}

TEST_CASE("kartoteka-cli sets up an SMS service and sends an SMS, keeping a refused one",
          "[integration][cli][sms]")
{
    TempDir home;
    const QString db = newShop(home);
    SmsService service(home.path(u"sms"_s), {u"--token"_s, u"good-token"_s});
    const auto cli = [&](const QStringList& args, const QMap<QString, QString>& env = {}) {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path(),
                      env);
    };
    REQUIRE(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Коваль Олена"_s, u"--phone"_s,
                 u"050 123 45 67"_s})
                .exitCode == 0);
    CHECK(cliErrorKind(cli({u"sms"_s, u"send"_s, u"--client"_s, u"1"_s, u"--text"_s,
                            u"Привіт"_s})) == u"invalid"_s); // not set up
    CHECK(cliErrorKind(cli({u"sms"_s, u"set"_s, u"--url"_s, u"ftp://example.com"_s})) ==
          u"invalid"_s);
    REQUIRE(cli({u"sms"_s, u"set"_s, u"--url"_s, service.url(u"/send?to={phone}"_s), u"--method"_s,
                 u"POST"_s, u"--header"_s, u"Authorization: Bearer {token}"_s, u"--header"_s,
                 u"Content-Type: application/json"_s, u"--body"_s, uR"({"text": "{text}"})"_s,
                 u"--accepted"_s, u"accepted"_s})
                .exitCode == 0);
    REQUIRE(cli({u"sms"_s, u"token"_s}, {{u"KARTOTEKA_SMS_TOKEN"_s, u"bad-token"_s}}).exitCode ==
            0);
    CHECK(cli({u"sms"_s, u"show"_s}).json().object().value(u"token"_s).toString() == u"file"_s);
    CHECK_FALSE(fileBytes(db).contains("bad-token"));
    const CliRun refused = cli({u"sms"_s, u"send"_s, u"--client"_s, u"1"_s, u"--text"_s,
                                u"Ваше замовлення готове \"сьогодні\""_s});
    CHECK(cliErrorKind(refused) == u"failed"_s);
    REQUIRE(cli({u"sms"_s, u"token"_s}, {{u"KARTOTEKA_SMS_TOKEN"_s, u"good-token"_s}}).exitCode ==
            0);
    const CliRun sent = cli({u"sms"_s, u"send"_s, u"--client"_s, u"1"_s, u"--text"_s,
                             u"Ваше замовлення готове \"сьогодні\""_s});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.json().object().value(u"parts"_s).toInt() == 1);
    const QList<QJsonObject> requests = smsRequests(home.path(u"sms"_s));
    REQUIRE(requests.size() == 2);
    CHECK(requests.last().value(u"path"_s).toString() == u"/send?to=%2B380501234567"_s);
    CHECK(QJsonDocument::fromJson(requests.last().value(u"body"_s).toString().toUtf8())
              .object()
              .value(u"text"_s)
              .toString() == u"Ваше замовлення готове \"сьогодні\""_s);
    CHECK(cli({u"sms"_s, u"test"_s, u"--to"_s, u"+380 67 000 11 22"_s}).exitCode != 0);
    const qsizetype asked = smsRequests(home.path(u"sms"_s)).size();
    CHECK(cliErrorKind(cli({u"sms"_s, u"test"_s, u"--to"_s, u"+380501234567"_s, u"--text"_s,
                            u"  "_s})) == u"invalid"_s);
    CHECK(smsRequests(home.path(u"sms"_s)).size() == asked); // the empty one never went
    QJsonArray letters = cli({u"mail"_s, u"letters"_s, u"--client"_s, u"1"_s}).json().array();
    REQUIRE(letters.size() == 2);
    // The card as the CLI shows it lists them with its timeline.
    const QJsonObject card = cli({u"clients"_s, u"show"_s, u"1"_s}).json().object();
    CHECK(card.value(u"letters"_s).toArray().size() == 2);
    CHECK(card.value(u"letters"_s).toArray().first().toObject().value(u"channel"_s).toString() ==
          u"sms"_s);

    // The refused SMS sent again goes to the SMS service, not to the mail.
    const QJsonObject refusedSms = letters.last().toObject();
    CHECK(refusedSms.value(u"problem"_s).toString() == u"sign-in"_s);
    const QString refusedId = QString::number(refusedSms.value(u"id"_s).toInteger());
    const CliRun again = cli({u"mail"_s, u"retry"_s, refusedId});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(u"state"_s).toString() == u"sent"_s);
    CHECK(smsRequests(home.path(u"sms"_s)).size() == asked + 1);

    // One its sender left without an answer long ago may have gone: sent
    // again only when the person says so.
    {
        auto opened = openTestDatabase(db);
        requireOk(kartoteka::sql::exec((*opened).connection(),
                                       u"UPDATE letters SET state = 'sending', claimed_at = "
                                       u"'2020-01-01T00:00:00.000Z' WHERE id = ?"_s,
                                       {refusedSms.value(u"id"_s).toInteger()}));
    }
    CHECK(cliErrorKind(cli({u"mail"_s, u"retry"_s, refusedId})) == u"conflict"_s);
    CHECK(smsRequests(home.path(u"sms"_s)).size() == asked + 1);
    const CliRun anyway = cli({u"mail"_s, u"retry"_s, refusedId, u"--yes"_s});
    INFO(anyway.err.toStdString());
    REQUIRE(anyway.exitCode == 0);
    CHECK(smsRequests(home.path(u"sms"_s)).size() == asked + 2);
}

TEST_CASE("kartoteka-cli makes a rule that mails the client, and mail outbox sends it once",
          "[integration][cli][mail][automation]")
{
    TempDir home;
    const QString db = newShop(home);
    const QString maildir = home.path(u"mail"_s);
    SmtpSink sink(maildir);
    const auto cli = [&](const QStringList& args) {
        return runCli(QStringList{u"--db"_s, db} + args + QStringList{u"--json"_s}, home.path());
    };
    REQUIRE(cli({u"mail"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                 QString::number(sink.port), u"--security"_s, u"none"_s, u"--from-address"_s,
                 u"shop@example.com"_s})
                .exitCode == 0);
    CHECK(cliErrorKind(cli({u"rules"_s, u"add"_s, u"--name"_s, u"Дякуємо"_s, u"--when"_s,
                            u"client-created"_s, u"--send-email"_s, u"Немає такого"_s})) ==
          u"not_found"_s);
    REQUIRE(cli({u"rules"_s, u"add"_s, u"--name"_s, u"Дякуємо"_s, u"--when"_s, u"client-created"_s,
                 u"--send-email"_s, u"letter.uk"_s, u"--email-text"_s,
                 u"Дякуємо, що обрали нас, {client}!"_s})
                .exitCode == 0);
    REQUIRE(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Коваль Олена"_s, u"--email"_s,
                 u"olena@example.org"_s})
                .exitCode == 0);
    const CliRun outbox = cli({u"mail"_s, u"outbox"_s});
    INFO(outbox.err.toStdString());
    REQUIRE(outbox.exitCode == 0);
    CHECK(outbox.json().object().value(u"sent"_s).toInt() == 1);
    CHECK(cli({u"mail"_s, u"outbox"_s}).json().object().value(u"sent"_s).toInt() == 0);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
    CHECK(readLetter(fileBytes(maildir + u"/0001.eml"_s))
              .value(u"text"_s)
              .toString()
              .contains(u"Дякуємо, що обрали нас, Коваль Олена!"_s));
}

TEST_CASE("mailing status lists who did not get the letter and why", "[integration][cli][mailings]")
{
    MailingShop shop(2);
    const auto cli = [&](const QStringList& args) { return shop.cli(args); };
    // The local server refuses this address (support/smtp_sink.py).
    REQUIRE(cli({u"clients"_s, u"add"_s, u"--name"_s, u"Відмова Іван"_s, u"--email"_s,
                 u"refused@example.org"_s})
                .exitCode == 0);
    const CliRun started = cli(
        {u"mailing"_s, u"start"_s, u"--template"_s, u"letter.uk"_s, u"--text"_s, u"Розпродаж!"_s});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QString id = QString::number(started.json().object().value(u"id"_s).toInteger());
    const QJsonObject status = cli({u"mailing"_s, u"status"_s, id}).json().object();
    CHECK(status.value(u"sent"_s).toInt() == 2);
    CHECK(status.value(u"failed"_s).toInt() == 1);
    const QJsonArray notSent = status.value(u"not_sent"_s).toArray();
    REQUIRE(notSent.size() == 1);
    CHECK(notSent.first().toObject().value(u"to"_s).toString() == u"refused@example.org"_s);
    CHECK_FALSE(notSent.first().toObject().value(u"problem_text"_s).toString().isEmpty());
}

TEST_CASE("a client who asked for no mailings is left out of the next one, until they take them "
          "again",
          "[integration][cli][mailings]")
{
    MailingShop shop(3);
    const auto cli = [&](const QStringList& args) { return shop.cli(args); };
    const auto toSend = [&] {
        return cli({u"mailing"_s, u"start"_s, u"--template"_s, u"letter.uk"_s, u"--text"_s,
                    u"Розпродаж!"_s, u"--dry-run"_s})
            .json()
            .object()
            .value(u"to_send"_s)
            .toInt();
    };
    REQUIRE(toSend() == 3);
    const CliRun out = cli({u"mailing"_s, u"opt-out"_s, u"2"_s});
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    CHECK(out.json().object().value(u"no_mailings"_s).toBool());
    CHECK(toSend() == 2);
    // Twice is no error and no second change.
    CHECK(cli({u"mailing"_s, u"opt-out"_s, u"2"_s}).exitCode == 0);
    REQUIRE(cli({u"mailing"_s, u"opt-in"_s, u"2"_s}).exitCode == 0);
    CHECK(toSend() == 3);
    CHECK(cliErrorKind(cli({u"mailing"_s, u"opt-out"_s, u"99"_s})) == u"not_found"_s);
    CHECK(cliErrorKind(cli({u"mailing"_s, u"opt-out"_s})) == u"invalid"_s);

    // Each letter of a mailing says where to ask for no more; a letter by hand does not.
    REQUIRE(cli({u"mailing"_s, u"start"_s, u"--template"_s, u"letter.uk"_s, u"--text"_s,
                 u"Розпродаж!"_s})
                .exitCode == 0);
    REQUIRE(waitUntil([&] { return deliveredLetters(shop.maildir).size() == 3; }));
    CHECK(fileBytes(shop.maildir + u"/0001.eml"_s)
              .contains("List-Unsubscribe: <mailto:shop@example.com?subject=unsubscribe>"));
    REQUIRE(cli({u"mail"_s, u"send"_s, u"--client"_s, u"1"_s, u"--template"_s, u"letter.uk"_s,
                 u"--text"_s, u"Лист"_s})
                .exitCode == 0);
    REQUIRE(waitUntil([&] { return deliveredLetters(shop.maildir).size() == 4; }));
    CHECK_FALSE(fileBytes(shop.maildir + u"/0004.eml"_s).contains("List-Unsubscribe"));
}
