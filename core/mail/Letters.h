#pragma once

#include "mail/LetterRepository.h"
#include "mail/MailAccount.h"
#include "mail/MimeMessage.h"
#include "sms/SmsGateway.h"
#include "storage/Result.h"

namespace kartoteka {

class Database;

// What a person asks to send: to a client, from a letter or greeting
// template (or their own words), with a document attached.
struct LetterRequest
{
    qint64 clientId = 0;
    qint64 dealId = 0;
    QString templateName;  // a letter or greeting template; empty: `subject` and `text` as typed
    QString text;          // the letter's own words ({{text}} of the template)
    QString subject;       // empty: the template's
    QString toAddress;     // empty: the client's first e-mail
    qint64 documentId = 0; // an issued document of this client, attached as its PDF
    // A preview may leave the template's place for one's own words empty (it
    // shows the template's reminder there); a letter that goes may not.
    bool preview = false;
    // A mailing's letter ends with how to ask for no more, in the template's language.
    bool mailing = false;
};

// Where a letter to the client would go: `requested`, else their first
// e-mail. ErrorKind::Invalid (keys letter.no-address, letter.bad-address)
// when there is none or it is not one; NotFound for a client out of reach.
Result<MailAddress> letterAddress(Database& db, qint64 clientId, const QString& requested = {});

// The letter as it would go, filled in for the client as the signed-in
// person may see them; not kept. ErrorKind::Invalid when the client has no
// address (and none was given), the address is not one, the template is not
// a letter's, or there is nothing to say.
Result<Letter> draftLetter(Database& db, const LetterRequest& request);

// Keeps a drafted letter as queued, to be sent (one transaction).
Status queueLetter(Database& db, Letter& letter);

// A letter taken for sending: claimed (written as 'sending' before the
// server is asked) with the message that goes.
struct OutgoingLetter
{
    Letter letter;
    MailMessage message;
};

// Claims letter `id` (as `which` allows) and builds its message: from the
// shop's account, to the client, the document's PDF attached. Cheap: the
// screen's thread may call it, and hand the message to sendMail elsewhere.
Result<OutgoingLetter> takeLetter(Database& db, qint64 id, const MailAccount& account,
                                  Take which = Take::Queued);

// Writes how sending ended: sent, or failed with the problem in the person's
// words (kept to retry). Returns the letter as it now is.
Result<Letter> recordOutcome(Database& db, const Letter& letter,
                             const std::optional<SmtpError>& failure);

// takeLetter, sendMail and recordOutcome in one blocking call, for the
// command line, mailings and automation: the letter as it ended (sent or
// failed; a failure is in the letter, not an error of this call).
Result<Letter> sendLetter(Database& db, qint64 id, const MailAccount& account,
                          const SmtpAccount& smtp, Take which = Take::Queued);

// SMS go the same way as e-mails (kept queued, claimed, sent, recorded)
// through the shop's SMS service (sms/SmsGateway).
//
// Where an SMS to the client goes: `requested` (read as the shop's phones
// are), else their first phone that is a valid number, as +380...
// ErrorKind::Invalid: letter.no-phone, letter.bad-phone.
Result<QString> smsPhone(Database& db, qint64 clientId, const QString& requested = {});
// An SMS to the client, not kept: {client} in `text` becomes their name,
// {manager} their manager's. ErrorKind::Invalid letter.empty without text.
inline const QString kClientPlaceholder = QStringLiteral("{client}");
inline const QString kManagerPlaceholder = QStringLiteral("{manager}");
Result<Letter> draftSms(Database& db, qint64 clientId, const QString& text,
                        const QString& phone = {});
// Claims SMS `id` (as `which` allows), sends it through `gateway` with
// this PC's `token`, records how it ended; the letter as it ended.
Result<Letter> sendSmsLetter(Database& db, qint64 id, const SmsGateway& gateway,
                             const QString& token, Take which = Take::Queued);
// How sending ended, as recordOutcome: nothing when it went.
Result<Letter> recordSmsOutcome(Database& db, const Letter& letter,
                                const std::optional<SmsError>& failure);

// What sends letters and SMS: the mail account with this PC's password,
// and the SMS service with this PC's key (either may be left unset).
struct Senders
{
    MailAccount account;
    SmtpAccount smtp;
    SmsGateway gateway;
    QString smsToken;
};

// What this PC can send with without asking anyone: the mail account with
// the password this PC keeps, the SMS service with its key; either left
// unset when this PC has it not (its messages then wait).
Senders keptSenders(Database& db);

// How one waiting letter or SMS ended for the programs that send on their
// own (mailings, the rules' outbox).
struct SendStep
{
    enum Outcome
    {
        Sent,
        NotSent,       // kept as failed with why
        Taken,         // another program took it (or it is no longer waiting)
        AccountFailed, // the account or service failed, nothing went: queued again
    };
    Outcome outcome = Sent;
    QString problem;            // AccountFailed: why, in the person's words
    bool signInRefused = false; // AccountFailed: the password or key was refused
};

// Claims waiting letter `id` and sends it with `senders`. An account that
// fails (unreachable, sign-in refused, no key) puts it back in the queue:
// every other letter would fail the same way, and the sender waits.
Result<SendStep> sendWaiting(Database& db, qint64 id, LetterChannel channel,
                             const Senders& senders);

struct OutboxReport
{
    int sent = 0;
    int failed = 0;  // kept as not sent, with why
    int waiting = 0; // no mail account or SMS service here, or it failed: left queued
    QString problem; // why an account failed, when one did
    // The mail server or SMS service refused this PC's password or key:
    // trying again every minute would get the shop's mailbox locked.
    bool signInRefused = false;
};

// Sends the letters and SMS automation rules queued (oldest first, those the
// principal reaches): each claimed, a letter filled in from its template (and
// its document issued from the deal) just before it goes, recorded after.
// Blocking: off the screen's thread. Never sends one twice (claimed first).
Result<OutboxReport> sendRuleLetters(Database& db, const Senders& senders);

} // namespace kartoteka
