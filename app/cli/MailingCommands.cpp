// mailing start|resume|status|cancel|list: a letter template to a segment
// of the clients (as clients list finds them), sent from the terminal with
// its progress on stderr; interrupted, it resumes without sending anyone the
// same letter twice.
#include "CliContext.h"
#include "Interruption.h"

#include "language/Formats.h"
#include "mail/Mailings.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonObject statusJson(const MailingStatus& s)
{
    return QJsonObject{{u"id"_s, s.id},
                       {u"channel"_s, s.channel == LetterChannel::Sms ? u"sms"_s : u"email"_s},
                       {u"template"_s, s.templateName},
                       {u"subject"_s, s.subject},
                       {u"state"_s, mailingStateName(s.state)},
                       {u"per_minute"_s, s.perMinute},
                       {u"queued"_s, s.queued},
                       {u"sending"_s, s.sending},
                       {u"sent"_s, s.sent},
                       {u"failed"_s, s.failed},
                       {u"skipped"_s, s.skipped},
                       {u"problem"_s, s.problem},
                       {u"created_at"_s, s.createdAt.toString(Qt::ISODate)},
                       {u"created_by"_s, s.createdByName}};
}

QString statusText(const MailingStatus& s)
{
    QString text = Tr::tr("Mailing %1 «%2»: %3. Sent %4, waiting %5, not sent %6, skipped %7.")
                       .arg(QString::number(s.id), s.subject, mailingStateText(s.state),
                            QString::number(s.sent), QString::number(s.queued),
                            QString::number(s.failed), QString::number(s.skipped));
    if (s.sending > 0)
        text += u' ' + Tr::tr("%n letter(s) handed to the server without an answer: they may "
                              "have gone and are not sent again.",
                              nullptr, s.sending);
    if (!s.problem.isEmpty())
        text += u'\n' + s.problem;
    return text;
}

// What sends a mailing of `channel`: the mail account or the SMS service,
// with this PC's password or key.
Result<Senders> sendersFor(Database& db, LetterChannel channel)
{
    Senders senders;
    if (channel == LetterChannel::Sms) {
        auto sms = readySms(db);
        if (!sms)
            return sms.error();
        senders.gateway = sms->first;
        senders.smsToken = sms->second;
        return senders;
    }
    Result<ReadyMail> mail = readyMail(db);
    if (!mail)
        return mail.error();
    senders.account = mail->account;
    senders.smtp = mail->smtp;
    return senders;
}

// Sends what is queued, telling the terminal how far it got.
int run(const CliContext& context, Database& db, qint64 id)
{
    Result<MailingStatus> before = mailingStatus(db, id);
    if (!before)
        return context.fail(before.error());
    Result<Senders> senders = sendersFor(db, before->channel);
    if (!senders)
        return context.fail(senders.error());
    MailingControl control;
    // Ctrl+C pauses after the letter being sent: nothing is left "may have gone".
    const Interruption ctrlC(&control.pause);
    control.progress = [](const MailingStatus& s) {
        fprintf(stderr, "%s\n", qPrintable(Tr::tr("sent %1 of %2").arg(s.sent).arg(s.meant())));
    };
    Result<MailingStatus> ended = runMailing(db, id, *senders, control);
    if (!ended)
        return context.fail(ended.error());
    if (ended->state == MailingState::Paused && !ended->problem.isEmpty())
        return context.fail(makeError(
            ErrorKind::Failed,
            Tr::tr("The mailing stopped: %1 When that is mended: kartoteka-cli mailing resume %2.")
                .arg(ended->problem)
                .arg(id),
            u"mailing.paused"_s));
    if (ended->state == MailingState::Paused && ctrlC.asked())
        return context.fail(makeError(ErrorKind::Cancelled,
                                      Tr::tr("%1\nTo go on: kartoteka-cli mailing resume %2.")
                                          .arg(statusText(*ended))
                                          .arg(id),
                                      u"mailing.interrupted"_s));
    return context.answer(statusText(*ended), statusJson(*ended));
}

int mailingStart(const CliContext& context, Database& db)
{
    const bool sms = context.has(u"sms"_s);
    if (sms ? !context.has(u"text"_s) || context.has(u"template"_s) : !context.has(u"template"_s))
        return context.fail(Tr::tr("Use: mailing start (--template NAME | --sms --text T) [TEXT] "
                                   "[--status S] [--type T] [--source S] [--manager M] [--tag T] "
                                   "[--subject S] [--text T] [--per-minute N] [--dry-run]. See "
                                   "--help."));
    Result<ClientListQuery> segment = listQueryOf(context, db);
    if (!segment)
        return context.fail(segment.error());
    MailingRequest request;
    request.channel = sms ? LetterChannel::Sms : LetterChannel::Email;
    request.segment = *segment;
    request.templateName = context.option(u"template"_s);
    request.subject = context.option(u"subject"_s);
    request.text = context.option(u"text"_s);
    Result<qint64> perMinute = context.number(u"per-minute"_s, 0, 100000, 0);
    if (!perMinute)
        return context.fail(perMinute.error());
    request.perMinute = int(*perMinute);
    if (context.has(u"dry-run"_s)) {
        if (Status s = checkMailingText(db, request); !s)
            return context.fail(s.error());
        Result<MailingPlan> plan = planMailing(db, request);
        if (!plan)
            return context.fail(plan.error());
        QStringList lines{
            (sms ? Tr::tr("Would send %1 SMS; %2 without a mobile number, %3 asked for no "
                          "mailings, %4 with the number of another card sent to. "
                          "Nothing was sent.")
                 : Tr::tr("Would send %1 letter(s); %2 without an e-mail, %3 asked "
                          "for no mailings, %4 with the address of another card "
                          "sent to. Nothing was sent."))
                .arg(plan->toSend)
                .arg(plan->noAddress)
                .arg(plan->refused)
                .arg(plan->sameAddress)};
        if (plan->badAddress > 0)
            lines.first() += u" "_s + Tr::tr("%n with an address a letter cannot go to (correct "
                                             "it on the card).",
                                             nullptr, plan->badAddress);
        QJsonArray recipients;
        for (const MailingRecipient& r : plan->recipients) {
            if (!r.skipped)
                lines << u"%1\t%2\t%3"_s.arg(QString::number(r.clientId), r.name, r.address);
            recipients.append(
                QJsonObject{{u"client_id"_s, r.clientId},
                            {u"address"_s, r.address},
                            {u"skipped"_s, r.skipped ? letterProblemName(*r.skipped) : QString()}});
        }
        return context.answer(lines.join(u'\n'), QJsonObject{{u"to_send"_s, plan->toSend},
                                                             {u"no_address"_s, plan->noAddress},
                                                             {u"bad_address"_s, plan->badAddress},
                                                             {u"refused"_s, plan->refused},
                                                             {u"same_address"_s, plan->sameAddress},
                                                             {u"recipients"_s, recipients}});
    }
    // The account before anything is kept: a mailing that cannot go is not left waiting.
    if (Result<Senders> senders = sendersFor(db, request.channel); !senders)
        return context.fail(senders.error());
    Result<qint64> id = [&] {
        // Ctrl+C while the letters are filled in: nothing is kept.
        const Interruption ctrlC;
        return startMailing(db, request, [&](int, int) { return !ctrlC.asked(); });
    }();
    if (!id)
        return context.fail(id.error());
    fprintf(stderr, "%s\n", qPrintable(Tr::tr("Mailing %1 kept; sending…").arg(*id)));
    return run(context, db, *id);
}

int mailingList(const CliContext& context, Database& db)
{
    Result<QList<MailingStatus>> all = listMailings(db);
    if (!all)
        return context.fail(all.error());
    QStringList lines;
    QJsonArray array;
    for (const MailingStatus& s : *all) {
        lines << u"%1\t%2\t%3\t%4\t%5/%6"_s.arg(
            QString::number(s.id), formatDateTime(s.createdAt.toLocalTime()), s.subject,
            mailingStateText(s.state), QString::number(s.sent), QString::number(s.meant()));
        array.append(statusJson(s));
    }
    if (lines.isEmpty())
        lines << Tr::tr("No mailings.");
    return context.answer(lines.join(u'\n'), array);
}

// A client who asked for no mailings (an unsubscribe reply, a call), or
// who takes them again: as the card's "No mailings" box.
int mailingOptOut(const CliContext& context, Database& db, bool refuses)
{
    if (context.arguments.size() != 2)
        return context.fail(Tr::tr("Name the client by its number: mailing opt-out|opt-in ID"));
    Result<qint64> client = context.id(1, Tr::tr("There is no client \"%1\"."));
    if (!client)
        return context.fail(client.error());
    if (Status s = setRefusesMailings(db, *client, refuses); !s)
        return context.fail(s.error());
    return context.answer(refuses ? Tr::tr("Client %1 gets no mailings from now on.").arg(*client)
                                  : Tr::tr("Client %1 gets mailings again.").arg(*client),
                          QJsonObject{{u"client_id"_s, *client}, {u"no_mailings"_s, refuses}});
}

} // namespace

int runMailing(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    static const QStringList subs{u"start"_s, u"resume"_s,  u"status"_s, u"cancel"_s,
                                  u"list"_s,  u"opt-out"_s, u"opt-in"_s};
    if (!subs.contains(sub))
        return context.fail(
            Tr::tr("Use: mailing start|resume|status|cancel|list|opt-out|opt-in. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Database& d = **db;
    if (sub == u"start"_s)
        return mailingStart(context, d);
    if (sub == u"list"_s)
        return mailingList(context, d);
    if (sub == u"opt-out"_s || sub == u"opt-in"_s)
        return mailingOptOut(context, d, sub == u"opt-out"_s);
    Result<qint64> id = context.id(1, Tr::tr("There is no mailing number %1."));
    if (!id)
        return context.fail(id.error());
    if (sub == u"resume"_s)
        return run(context, d, *id);
    if (sub == u"cancel"_s) {
        if (Status s = cancelMailing(d, *id); !s)
            return context.fail(s.error());
    }
    Result<MailingStatus> status = mailingStatus(d, *id);
    if (!status)
        return context.fail(status.error());
    QString text = statusText(*status);
    QJsonObject json = statusJson(*status);
    if (status->failed > 0) {
        // Who did not get it and why, to correct the card and send again.
        Result<QList<Letter>> failed = LetterRepository(d).failedOf(*id);
        if (!failed)
            return context.fail(failed.error());
        QJsonArray list;
        for (const Letter& l : *failed) {
            text += u"\n  "_s + Tr::tr("letter %1, client %2 %3 <%4>: %5")
                                    .arg(QString::number(l.id), QString::number(l.clientId),
                                         l.toName, l.toAddress, l.problemText);
            list.append(QJsonObject{{u"letter_id"_s, l.id},
                                    {u"client_id"_s, l.clientId},
                                    {u"to"_s, l.toAddress},
                                    {u"problem_text"_s, l.problemText}});
        }
        if (!failed->isEmpty())
            text += u"\n"_s + Tr::tr("Send one again with mail retry LETTER.");
        json.insert(u"not_sent"_s, list);
    }
    return context.answer(text, json);
}

} // namespace kartoteka::cli
