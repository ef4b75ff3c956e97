// sms show|set|token|test|send: the shop's SMS service (an HTTP request with
// placeholders) and SMS to clients, from scripts. The service's key is this
// PC's (never an argument): from KARTOTEKA_SMS_TOKEN or typed on a terminal.
#include "CliContext.h"

#include "clients/ClientSettings.h"
#include "clients/PhoneNumbers.h"
#include "mail/Letters.h"
#include "mail/SecretStore.h"
#include "sms/SmsGateway.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

} // namespace

Result<std::pair<SmsGateway, QString>> readySms(Database& db)
{
    Result<SmsGateway> gateway = loadSmsGateway(db);
    if (!gateway)
        return gateway.error();
    if (!gateway->isSet())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The shop's SMS service is not set up: sms set --url URL "
                                "[--method GET|POST] [--header \"Name: value\"]... [--body B] "
                                "[--accepted TEXT], then sms token."),
                         u"sms.not-set"_s);
    Result<QString> token = smsToken(*gateway);
    if (!token)
        return token.error();
    return std::pair{*gateway, *token};
}

namespace {

int smsShow(const CliContext& context, Database& db)
{
    Result<SmsGateway> gateway = loadSmsGateway(db);
    if (!gateway)
        return context.fail(gateway.error());
    const SmsGateway& g = *gateway;
    const auto place = keptSecretPlace(smsTokenKey(g));
    const QString token = !place ? Tr::tr("none on this PC")
                          : *place == SecretPlace::Keychain
                              ? Tr::tr("kept in the system's keychain")
                              : Tr::tr("kept encrypted in this user's program data");
    return context.answer(
        Tr::tr("URL: %1\nMethod: %2\nHeaders: %3\nBody: %4\nAccepted when the answer has: "
               "%5\nSender: %6\nKey: %7")
            .arg(g.url, g.method, g.headers, g.body, g.accepted, g.sender, token),
        QJsonObject{{u"url"_s, g.url},
                    {u"method"_s, g.method},
                    {u"headers"_s, g.headers},
                    {u"body"_s, g.body},
                    {u"accepted"_s, g.accepted},
                    {u"sender"_s, g.sender},
                    {u"token"_s, !place                            ? u"none"_s
                                 : *place == SecretPlace::Keychain ? u"keychain"_s
                                                                   : u"file"_s}});
}

int smsSet(const CliContext& context, Database& db)
{
    Result<SmsGateway> loaded = loadSmsGateway(db);
    if (!loaded)
        return context.fail(loaded.error());
    SmsGateway g = *loaded;
    const std::pair<const char*, QString*> texts[] = {{"url", &g.url},
                                                      {"method", &g.method},
                                                      {"body", &g.body},
                                                      {"accepted", &g.accepted},
                                                      {"sender", &g.sender}};
    for (const auto& [name, field] : texts) {
        if (context.has(QString::fromLatin1(name)))
            *field = context.option(QString::fromLatin1(name));
    }
    if (context.has(u"header"_s))
        g.headers = context.options(u"header"_s).join(u'\n');
    if (Status s = saveSmsGateway(db, g); !s)
        return context.fail(s.error());
    return smsShow(context, db);
}

int smsTokenCommand(const CliContext& context, Database& db)
{
    Result<SmsGateway> gateway = loadSmsGateway(db);
    if (!gateway)
        return context.fail(gateway.error());
    if (!gateway->isSet())
        return context.fail(Tr::tr("Set the SMS service first: sms set --url URL."));
    return keepOrForgetSecret(context, smsTokenKey(*gateway), "KARTOTEKA_SMS_TOKEN", u"token"_s,
                              {Tr::tr("The SMS service's key: "),
                               Tr::tr("The SMS service's key is kept %1."),
                               Tr::tr("This PC no longer keeps the SMS service's key.")});
}

int smsTest(const CliContext& context, Database& db)
{
    if (context.to.trimmed().isEmpty())
        return context.fail(Tr::tr("Use: sms test --to PHONE [--text T]. See --help."));
    auto ready = readySms(db);
    if (!ready)
        return context.fail(ready.error());
    const QString phone = normalizePhone(context.to, phoneRegion(db)).e164;
    if (phone.isEmpty())
        return context.fail(
            makeError(ErrorKind::Invalid,
                      Tr::tr("«%1» is not a phone number an SMS can go to.").arg(context.to),
                      u"letter.bad-phone"_s));
    const QString text = context.has(u"text"_s) ? context.option(u"text"_s).trimmed()
                                                : Tr::tr("A test message from Kartoteka.");
    if (text.isEmpty())
        return context.fail(makeError(
            ErrorKind::Invalid, Tr::tr("The SMS is empty: write its text."), u"letter.empty"_s));
    if (const auto failure = sendSms(ready->first, ready->second, phone, text))
        return context.fail(failure->error);
    return context.answer(Tr::tr("The SMS service took the message to %1.").arg(phone),
                          QJsonObject{{u"ok"_s, true}, {u"to"_s, phone}});
}

int smsSend(const CliContext& context, Database& db)
{
    if (!context.has(u"client"_s) || !context.has(u"text"_s))
        return context.fail(Tr::tr("Use: sms send --client ID --text T [--to PHONE]. See --help."));
    Result<qint64> client = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!client)
        return context.fail(client.error());
    Result<Letter> sms = draftSms(db, *client, context.option(u"text"_s), context.to);
    if (!sms)
        return context.fail(sms.error());
    auto ready = readySms(db);
    if (!ready)
        return context.fail(ready.error());
    if (Status s = queueLetter(db, *sms); !s)
        return context.fail(s.error());
    return answerSmsSent(context, sendSmsLetter(db, sms->id, ready->first, ready->second));
}

} // namespace

int answerSmsSent(const CliContext& context, const Result<Letter>& sent)
{
    if (!sent)
        return context.fail(sent.error());
    if (sent->state != LetterState::Sent)
        return context.fail(
            makeError(ErrorKind::Failed,
                      Tr::tr("SMS %1 was not sent: %2 It is kept on the client's timeline.")
                          .arg(sent->id)
                          .arg(sent->problemText),
                      letterProblemName(sent->problem.value_or(LetterProblem::Failed))));
    const int parts = smsParts(sent->text);
    return context.answer(Tr::tr("SMS %1 sent to %2 as %n message(s).", nullptr, parts)
                              .arg(sent->id)
                              .arg(sent->toAddress),
                          QJsonObject{{u"id"_s, sent->id},
                                      {u"to"_s, sent->toAddress},
                                      {u"parts"_s, parts},
                                      {u"state"_s, letterStateName(sent->state)}});
}

int runSms(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    static const QStringList subs{u"show"_s, u"set"_s, u"token"_s, u"test"_s, u"send"_s};
    if (!subs.contains(sub))
        return context.fail(Tr::tr("Use: sms show|set|token|test|send. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Database& d = **db;
    if (sub == u"show"_s)
        return smsShow(context, d);
    if (sub == u"set"_s)
        return smsSet(context, d);
    if (sub == u"token"_s)
        return smsTokenCommand(context, d);
    if (sub == u"test"_s)
        return smsTest(context, d);
    return smsSend(context, d);
}

} // namespace kartoteka::cli
