#pragma once

#include "clients/ClientRepository.h"
#include "mail/Letters.h"
#include "storage/Result.h"

#include <atomic>
#include <functional>

namespace kartoteka {

class Database;

// A mailing: one letter template to a segment of the clients — the client
// list's search and filters, as the signed-in person sees them (a manager:
// their own clients). Needs Capability::Mailings.
struct MailingRequest
{
    LetterChannel channel = LetterChannel::Email;
    ClientListQuery segment;
    QString templateName; // e-mail: a letter or greeting template
    QString subject;      // e-mail: empty for the template's
    QString text;         // e-mail: the template's {{text}}; SMS: the message
    int perMinute = 0;    // at most this many letters a minute; 0: as the server takes them
};

struct MailingRecipient
{
    qint64 clientId = 0;
    QString name;
    QString address; // an e-mail, or the phone for an SMS
    // NoAddress, BadAddress, NoMailings, SameAddress: no letter goes
    std::optional<LetterProblem> skipped;
};

struct MailingPlan
{
    QList<MailingRecipient> recipients;
    int toSend = 0;
    int noAddress = 0;
    int badAddress = 0;  // e-mails on the card, none of them one a letter can go to
    int refused = 0;     // asked for no mailings (or their address is another's who did)
    int sameAddress = 0; // the address is another card's in the list: it gets one letter
};

// Who the mailing would go to, and who is left out and why.
Result<MailingPlan> planMailing(Database& db, const MailingRequest& request);

// Whether the mailing's letter has its text: a template with a place for
// one's own words (asksForOwnWords) needs them. ErrorKind::Invalid
// letter.no-text; startMailing checks it too.
Status checkMailingText(Database& db, const MailingRequest& request);

// The letter as it would go to one recipient (a preview), not kept.
Result<Letter> previewMailing(Database& db, const MailingRequest& request, qint64 clientId);

// Keeps the mailing and one letter per recipient in one transaction —
// queued, or skipped with why — filled in for each client now. Audited.
// Returns the mailing's id; nothing is sent yet (runMailing).
// `onward`, when given, hears how many letters of how many are filled in
// (every few dozen) and stops the start by answering false: then nothing is
// kept (ErrorKind::Cancelled).
Result<qint64> startMailing(Database& db, const MailingRequest& request,
                            const std::function<bool(int done, int total)>& onward = {});

enum class MailingState
{
    Sending, // being sent, or stopped by a crash: runMailing goes on
    Paused,  // stopped by the person, or by a problem of the account
    Cancelled,
    Done,
};
QString mailingStateName(MailingState state); // "sending", "paused"...
QString mailingStateText(MailingState state); // translated, for people

struct MailingStatus
{
    qint64 id = 0;
    LetterChannel channel = LetterChannel::Email;
    QString templateName;
    QString subject; // an SMS mailing's: the start of its text
    MailingState state = MailingState::Sending;
    int perMinute = 0;
    int queued = 0;
    int sending = 0; // handed to the server with no answer kept: may have gone
    int sent = 0;
    int failed = 0;
    int skipped = 0;     // left out (no address, no mailings...) or cancelled
    int cancelled = 0;   // of `skipped`: meant to go, stopped by the cancel
    QString problem;     // why it paused by itself
    QDateTime createdAt; // UTC
    QString createdByName;
    int total() const { return queued + sending + sent + failed + skipped; }
    // The letters the mailing was to send: "sent 9 of 47" however it ended.
    int meant() const { return queued + sending + sent + failed + cancelled; }
};

Result<MailingStatus> mailingStatus(Database& db, qint64 id);
// Newest first.
Result<QList<MailingStatus>> listMailings(Database& db);

// What a screen or a terminal gives the runner: a pause or a cancel it
// checks between letters (and in the pauses of the limit per minute), and
// where it tells how far it got.
struct MailingControl
{
    std::atomic_bool pause{false};
    std::atomic_bool cancel{false};
    std::function<void(const MailingStatus&)> progress;
};

// Sends the mailing's queued letters one by one — each claimed before the
// server is asked and recorded after — within its limit per minute, until
// none is left (done), the control or another PC pauses or cancels it, or
// the account itself fails (unreachable, TLS, sign-in, an SMS service not
// answering: the letter goes back to the queue and the mailing pauses with
// the reason). A letter left
// 'sending' by a crash is never sent again by itself. Safe to run from two
// programs at once: each letter is claimed by one. Returns where it stopped.
Result<MailingStatus> runMailing(Database& db, qint64 id, const Senders& senders,
                                 MailingControl& control);

// Pauses or cancels it for whoever runs it (they stop after their letter);
// cancelled, its queued letters are skipped. Audited.
Status pauseMailing(Database& db, qint64 id);
Status cancelMailing(Database& db, qint64 id);

// The card's "No mailings": the client asked not to be sent mailings.
Result<bool> refusesMailings(Database& db, qint64 clientId);
Status setRefusesMailings(Database& db, qint64 clientId, bool refuses);

} // namespace kartoteka
