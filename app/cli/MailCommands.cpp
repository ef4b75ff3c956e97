// mail show|set|password|test|send|letters|retry: the shop's mail account and
// letters to clients, from scripts. The password is this PC's (never an
// argument): from KARTOTEKA_MAIL_PASSWORD or typed on a terminal.
#include "CliContext.h"

#include "language/Formats.h"
#include "mail/Letters.h"
#include "mail/MailAccount.h"
#include "mail/SecretStore.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

} // namespace

Result<ReadyMail> readyMail(Database& db)
{
    Result<MailAccount> account = loadMailAccount(db);
    if (!account)
        return account.error();
    if (!account->isSet())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The shop's mail is not set up: mail set --host SERVER "
                                "--from-address ADDRESS [--login LOGIN], then mail password."),
                         u"mail.not-set"_s);
    Result<QString> password = mailPassword(*account);
    if (!password)
        return password.error();
    return ReadyMail{*account, smtpAccount(*account, *password)};
}

Result<Letter> sendNewLetter(Database& db, const ReadyMail& ready, Letter& letter)
{
    if (Status s = queueLetter(db, letter); !s)
        return s.error();
    return sendLetter(db, letter.id, ready.account, ready.smtp);
}

namespace {

QString placeText(SecretPlace place)
{
    return place == SecretPlace::Keychain
               ? Tr::tr("in the system's keychain")
               : Tr::tr("encrypted in this user's program data (no system keychain answered)");
}

} // namespace

QString secretPlaceName(std::optional<SecretPlace> place)
{
    return !place ? u"none"_s : *place == SecretPlace::Keychain ? u"keychain"_s : u"file"_s;
}

int keepOrForgetSecret(const CliContext& context, const QString& key, const char* variable,
                       const QString& jsonKey, const SecretWords& words)
{
    if (context.has(u"forget"_s)) {
        if (Status s = forgetSecret(key); !s)
            return context.fail(s.error());
        return context.answer(words.forgotten, QJsonObject{{jsonKey, secretPlaceName({})}});
    }
    Result<QString> secret = readSecret(variable, words.prompt, false);
    if (!secret)
        return context.fail(secret.error());
    Result<SecretPlace> place = keepSecret(key, *secret);
    if (!place)
        return context.fail(place.error());
    return context.answer(words.kept.arg(placeText(*place)),
                          QJsonObject{{jsonKey, secretPlaceName(*place)}});
}

namespace {

// The security as `mail set --security` takes it, said for people.
QString securityText(SmtpAccount::Security security)
{
    switch (security) {
    case SmtpAccount::Security::StartTls:
        return Tr::tr("STARTTLS (--security starttls)");
    case SmtpAccount::Security::Ssl:
        return Tr::tr("SSL (--security ssl)");
    case SmtpAccount::Security::None:
        break;
    }
    return Tr::tr("no encryption (--security none)");
}

int mailShow(const CliContext& context, Database& db)
{
    Result<MailAccount> account = loadMailAccount(db);
    if (!account)
        return context.fail(account.error());
    const MailAccount& a = *account;
    QString password = Tr::tr("not needed (no login)");
    QString place;
    if (!a.login.trimmed().isEmpty()) {
        Result<std::optional<KeptSecret>> kept = kartoteka::readSecret(mailPasswordKey(a));
        if (!kept)
            return context.fail(kept.error());
        password = *kept ? Tr::tr("kept on this PC %1").arg(placeText((*kept)->place))
                         : Tr::tr("not on this PC (mail password)");
        place = secretPlaceName(*kept ? std::optional((*kept)->place) : std::nullopt);
    }
    const QString text =
        Tr::tr("Server: %1\nPort: %2\nSecurity: %3\nLogin: %4\nFrom: %5 <%6>\nPassword: %7")
            .arg(a.host, QString::number(a.port), securityText(a.security), a.login, a.fromName,
                 a.fromAddress, password);
    return context.answer(text, QJsonObject{{u"host"_s, a.host},
                                            {u"port"_s, a.port},
                                            {u"security"_s, securityName(a.security)},
                                            {u"login"_s, a.login},
                                            {u"from_name"_s, a.fromName},
                                            {u"from_address"_s, a.fromAddress},
                                            {u"password"_s, place}});
}

int mailSet(const CliContext& context, Database& db)
{
    Result<MailAccount> loaded = loadMailAccount(db);
    if (!loaded)
        return context.fail(loaded.error());
    MailAccount a = *loaded;
    const std::pair<const char*, QString*> texts[] = {{"host", &a.host},
                                                      {"login", &a.login},
                                                      {"from-name", &a.fromName},
                                                      {"from-address", &a.fromAddress}};
    for (const auto& [name, field] : texts) {
        if (context.has(QString::fromLatin1(name)))
            *field = context.option(QString::fromLatin1(name)).trimmed();
    }
    if (context.has(u"security"_s)) {
        const auto security = securityFromName(context.option(u"security"_s));
        if (!security)
            return context.fail(Tr::tr("--security is starttls, ssl or none, not \"%1\".")
                                    .arg(context.option(u"security"_s)));
        // A new security without a port brings its usual port along.
        if (!context.has(u"port"_s) && a.port == usualPort(a.security))
            a.port = usualPort(*security);
        a.security = *security;
    }
    Result<qint64> port = context.number(u"port"_s, 1, 65535, a.port);
    if (!port)
        return context.fail(port.error());
    a.port = int(*port);
    if (Status s = saveMailAccount(db, a); !s)
        return context.fail(s.error());
    return mailShow(context, db);
}

int mailPasswordCommand(const CliContext& context, Database& db)
{
    Result<MailAccount> account = loadMailAccount(db);
    if (!account)
        return context.fail(account.error());
    if (account->login.trimmed().isEmpty())
        return context.fail(Tr::tr("The mail account has no login, so no password: set one "
                                   "with mail set --login LOGIN."));
    return keepOrForgetSecret(context, mailPasswordKey(*account), "KARTOTEKA_MAIL_PASSWORD",
                              u"password"_s,
                              {Tr::tr("The password of %1: ").arg(account->login),
                               Tr::tr("The mail password is kept %1."),
                               Tr::tr("This PC no longer keeps the mail password.")});
}

int mailTest(const CliContext& context, Database& db)
{
    Result<ReadyMail> ready = readyMail(db);
    if (!ready)
        return context.fail(ready.error());
    if (const auto failure = checkMailServer(ready->smtp))
        return context.fail(failure->error);
    return context.answer(mailTestPassedText(ready->account), QJsonObject{{u"ok"_s, true}});
}

QJsonObject letterJson(const Letter& l)
{
    QJsonObject o{{u"id"_s, l.id},
                  {u"client_id"_s, l.clientId},
                  {u"to"_s, l.toAddress},
                  {u"subject"_s, l.subject},
                  {u"state"_s, letterStateName(l.state)},
                  {u"created_at"_s, l.createdAt.toString(Qt::ISODate)},
                  {u"created_by"_s, l.createdByName}};
    if (l.documentId != 0)
        o.insert(u"document_id"_s, l.documentId);
    if (l.mailingId != 0)
        o.insert(u"mailing_id"_s, l.mailingId);
    if (l.problem) {
        o.insert(u"problem"_s, letterProblemName(*l.problem));
        o.insert(u"problem_text"_s, l.problemText);
    }
    if (l.sentAt.isValid())
        o.insert(u"sent_at"_s, l.sentAt.toString(Qt::ISODate));
    return o;
}

// How sending ended: a letter the server did not take fails the command,
// and stays to retry.
int answerSent(const CliContext& context, const Result<Letter>& sent)
{
    if (!sent)
        return context.fail(sent.error());
    if (sent->state != LetterState::Sent)
        return context.fail(
            makeError(ErrorKind::Failed,
                      Tr::tr("Letter %1 was not sent: %2 It is kept; send it again with mail "
                             "retry %1.")
                          .arg(sent->id)
                          .arg(sent->problemText),
                      letterProblemName(sent->problem.value_or(LetterProblem::Failed))));
    return context.answer(Tr::tr("Letter %1 «%2» sent to %3.")
                              .arg(QString::number(sent->id), sent->subject, sent->toAddress),
                          letterJson(*sent));
}

int mailSend(const CliContext& context, Database& db)
{
    if (!context.has(u"client"_s) || (!context.has(u"template"_s) && !context.has(u"subject"_s)))
        return context.fail(Tr::tr(
            "Use: mail send --client ID (--template NAME | --subject S) [--text T] [--to ADDRESS] "
            "[--deal ID] [--attach-document ID] [--dry-run]. See --help."));
    LetterRequest request;
    Result<qint64> client = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!client)
        return context.fail(client.error());
    request.clientId = *client;
    Result<qint64> deal = context.number(u"deal"_s, 1, std::numeric_limits<qint64>::max(), 0);
    Result<qint64> document =
        context.number(u"attach-document"_s, 1, std::numeric_limits<qint64>::max(), 0);
    if (!deal || !document)
        return context.fail(!deal ? deal.error() : document.error());
    request.dealId = *deal;
    request.documentId = *document;
    request.templateName = context.option(u"template"_s);
    request.subject = context.option(u"subject"_s);
    request.text = context.option(u"text"_s);
    request.toAddress = context.to;
    Result<Letter> letter = draftLetter(db, request);
    if (!letter)
        return context.fail(letter.error());
    if (context.has(u"dry-run"_s)) {
        QJsonObject json = letterJson(*letter);
        json.insert(u"text"_s, letter->text);
        json.remove(u"state"_s);
        return context.answer(
            Tr::tr("To: %1 <%2>\nSubject: %3\n\n%4\n\n(not sent)")
                .arg(letter->toName, letter->toAddress, letter->subject, letter->text),
            json);
    }
    // The account before the letter is kept: a letter that cannot go is not left waiting.
    Result<ReadyMail> ready = readyMail(db);
    if (!ready)
        return context.fail(ready.error());
    return answerSent(context, sendNewLetter(db, *ready, *letter));
}

int mailLetters(const CliContext& context, Database& db)
{
    Result<qint64> client = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!context.has(u"client"_s) || !client)
        return context.fail(
            client ? Error(makeError(ErrorKind::Invalid, Tr::tr("Use: mail letters --client ID.")))
                   : client.error());
    Result<QList<Letter>> letters = LetterRepository(db).forClient(*client);
    if (!letters)
        return context.fail(letters.error());
    QStringList lines;
    QJsonArray array;
    for (const Letter& l : *letters) {
        lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(QString::number(l.id),
                                             formatDateTime(l.createdAt.toLocalTime()), l.toAddress,
                                             l.subject, letterStateText(l));
        array.append(letterJson(l));
    }
    if (lines.isEmpty())
        lines << Tr::tr("No letters.");
    return context.answer(lines.join(u'\n'), array);
}

int mailOutbox(const CliContext& context, Database& db)
{
    Result<OutboxReport> report = sendRuleLetters(db, keptSenders(db));
    if (!report)
        return context.fail(report.error());
    QJsonObject json{
        {u"sent"_s, report->sent}, {u"failed"_s, report->failed}, {u"waiting"_s, report->waiting}};
    QString text = Tr::tr("Sent %1, not sent %2 (kept with why), waiting for a mail account or "
                          "SMS service set up on this PC %3.")
                       .arg(report->sent)
                       .arg(report->failed)
                       .arg(report->waiting);
    if (!report->problem.isEmpty()) {
        // The waiting ones go on the next run, once the account works again.
        text += u'\n' + report->problem;
        json.insert(u"problem"_s, report->problem);
    }
    return context.answer(text, json);
}

int mailRetry(const CliContext& context, Database& db)
{
    Result<qint64> id = context.id(1, Tr::tr("There is no letter number %1."));
    if (!id)
        return context.fail(id.error());
    LetterRepository letters(db);
    Result<Letter> letter = letters.load(*id);
    if (!letter)
        return context.fail(letter.error());
    const bool sms = letter->channel == LetterChannel::Sms;
    // What sends it, before anything about the letter is written.
    Result<std::pair<SmsGateway, QString>> smsReady = std::pair<SmsGateway, QString>{};
    Result<ReadyMail> mailReady = ReadyMail{};
    if (sms)
        smsReady = readySms(db);
    else
        mailReady = readyMail(db);
    if (!smsReady || !mailReady)
        return context.fail(!smsReady ? smsReady.error() : mailReady.error());
    if (letter->state == LetterState::Sending && maySendAgain(*letter)) {
        // Its sender stopped after handing it over: the client may have it.
        if (!context.has(u"yes"_s))
            return context.fail(makeError(
                ErrorKind::Conflict,
                Tr::tr("Letter %1 was handed over long ago and no answer came: the client may "
                       "have it. Check the shop's Sent folder (or the SMS service's log); to "
                       "send it again anyway: mail retry %1 --yes.")
                    .arg(letter->id),
                u"letter.may-have-gone"_s));
        if (Status s = letters.giveUp(letter->id,
                                      Tr::tr("no answer came; sent again from the command line"));
            !s)
            return context.fail(s.error());
    }
    if (sms)
        return answerSmsSent(context, sendSmsLetter(db, *id, smsReady->first, smsReady->second,
                                                    Take::QueuedOrFailed));
    return answerSent(
        context, sendLetter(db, *id, mailReady->account, mailReady->smtp, Take::QueuedOrFailed));
}

} // namespace

int runMail(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    static const QStringList subs{u"show"_s, u"set"_s,     u"password"_s, u"test"_s,
                                  u"send"_s, u"letters"_s, u"retry"_s,    u"outbox"_s};
    if (!subs.contains(sub))
        return context.fail(
            Tr::tr("Use: mail show|set|password|test|send|letters|retry|outbox. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Database& d = **db;
    if (sub == u"show"_s)
        return mailShow(context, d);
    if (sub == u"set"_s)
        return mailSet(context, d);
    if (sub == u"password"_s)
        return mailPasswordCommand(context, d);
    if (sub == u"test"_s)
        return mailTest(context, d);
    if (sub == u"send"_s)
        return mailSend(context, d);
    if (sub == u"letters"_s)
        return mailLetters(context, d);
    if (sub == u"outbox"_s)
        return mailOutbox(context, d);
    return mailRetry(context, d);
}

} // namespace kartoteka::cli
