#pragma once

#include "mail/SmtpSender.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kartoteka {

class Database;
class Transaction;

enum class LetterState
{
    Queued,  // written, not yet handed to the server
    Sending, // handed to the server; still so after a crash: it may have gone
    Sent,
    Failed,  // the server said no, or could not be reached: kept to retry
    Skipped, // a mailing's recipient without an address, or who asked for none
};
QString letterStateName(LetterState state); // "queued", "sending"...
std::optional<LetterState> letterStateFromName(const QString& name);

// Why a letter did not go, besides what the server said (SmtpProblem).
enum class LetterProblem
{
    Unreachable,
    TlsRefused,
    SignInFailed,
    AddressRefused,
    Refused,
    Failed,
    NoAddress,   // the client has no e-mail
    BadAddress,  // the card's e-mail is not one a letter can go to (a mailing's)
    NoMailings,  // the client asked for no mailings
    Cancelled,   // its mailing was cancelled before it went
    SameAddress, // a mailing's: another card with the same address got the letter
};
QString letterProblemName(LetterProblem problem); // "unreachable", "no-address"...
std::optional<LetterProblem> letterProblemFromName(const QString& name);
LetterProblem letterProblemOf(SmtpProblem problem);
// Why not, for people, where no server's words were kept (a skipped letter).
QString letterProblemText(LetterProblem problem);

enum class LetterChannel
{
    Email,
    Sms, // to_address is the phone (+380...), the text is the message; no subject
};

// A letter to a client, as kept.
struct Letter
{
    qint64 id = 0;
    LetterChannel channel = LetterChannel::Email;
    qint64 clientId = 0;
    qint64 dealId = 0;     // 0: none
    qint64 documentId = 0; // 0: nothing attached
    qint64 mailingId = 0;  // 0: written by hand or by a rule
    QString toName;
    QString toAddress;
    QString subject;
    QString text;
    QString html; // empty: plain text only
    LetterState state = LetterState::Queued;
    std::optional<LetterProblem> problem;
    QString problemText; // in the words of whoever's program recorded it
    QString messageId;
    QDateTime createdAt; // UTC
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime claimedAt; // UTC: last handed to the server
    QDateTime sentAt;    // UTC
    QString documentTitle;
    qint64 version = 0;
    // Queued by an automation rule ("rule:RULE:EVENT"): its e-mail is filled
    // in from `templateName` (and `attachTemplate` issued from the deal)
    // when it goes, by whichever program sends the rules' letters.
    QString origin;
    QString templateName;
    QString attachTemplate;
};

// A letter's state for people: "sent", "not sent: <why>"... A letter
// handed to the server longer than kStaleSendingSeconds ago without an
// answer is said to be one that may have gone (its sender stopped).
QString letterStateText(const Letter& letter);
// One line for the timeline and the CLI: «subject» (an SMS: its text) to
// whom, and how it stands; what a skipped letter lacks is left out.
QString letterLine(const Letter& letter);
inline constexpr int kStaleSendingSeconds = 10 * 60;
// Whether the person may send the letter (again): waiting, not sent, or
// handed to the server so long ago that its sender must have stopped.
bool maySendAgain(const Letter& letter);

// Which letters a sender may take: the programs that send on their own
// (mailings, the rules' outbox) take only waiting ones, so a letter that
// failed on one PC is not sent again by another that listed it before;
// sending a failed one again is a person's choice.
enum class Take
{
    Queued,
    QueuedOrFailed,
};

// Owns the SQL of letters. A letter is reached as its client is
// (accounts/Access.h). Change-feed rows: entity "letter" (and the client's
// timeline: "interaction" with the client's id).
class LetterRepository
{
public:
    static inline const QString kEntity = QStringLiteral("letter");

    explicit LetterRepository(Database& db) : m_db(db) {}

    // Newest first.
    Result<QList<Letter>> forClient(qint64 clientId);
    // A mailing's letters that did not go, with why (those the principal reaches).
    Result<QList<Letter>> failedOf(qint64 mailingId);
    Result<Letter> load(qint64 id);

    // Keeps `letter` (queued, or skipped with its problem), sets its id.
    static Status add(Transaction& tx, Letter& letter);

    // The rules' letters waiting to go that the principal reaches, oldest first.
    Result<QList<qint64>> queuedFromRules(int limit = 100);
    // A claimed rule's letter as filled in just before it goes.
    Status fillClaimed(const Letter& letter);

    // Takes the letter for sending: queued (or failed, a person's retry) →
    // sending, written before the server is asked. ErrorKind::Conflict when
    // it is being sent, was sent already or failed (for Take::Queued).
    Result<Letter> claim(qint64 id, Take which = Take::Queued);
    // After the server answered: sent, or failed with why (audited either way).
    Status recordSent(qint64 id);
    Status recordFailed(qint64 id, LetterProblem problem, const QString& text);
    // Nothing went (the account itself failed before the server took the
    // letter): sending → queued, for the mailing to send later.
    Status release(qint64 id);
    // A letter left in 'sending' by a sender that is gone, made retryable
    // by someone who checked it did not arrive: sending → failed.
    Status giveUp(qint64 id, const QString& text);

private:
    Result<QList<Letter>> select(const QString& where, const QVariantList& args);
    Status finish(qint64 id, LetterState state, std::optional<LetterProblem> problem,
                  const QString& text, const QString& action);

    Database& m_db;
};

} // namespace kartoteka
