#pragma once

#include "mail/MimeMessage.h"
#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// The shop's outgoing mail server.
struct SmtpAccount
{
    enum class Security
    {
        StartTls, // port 587: plain, then STARTTLS before anything else (required)
        Ssl,      // port 465: TLS from the first byte
        None,     // port 25 inside a trusted network only
    };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString login; // empty: no sign-in
    QString password;
    int timeoutSeconds = 30;
    // Certificates to trust besides the system's (a test server's own).
    QString caFile;
};

// Why a letter was not sent, for the person and for a retry: what to check.
enum class SmtpProblem
{
    Unreachable,    // no such server, nothing listening, no network, timed out
    TlsRefused,     // STARTTLS not offered, the handshake failed, a certificate not trusted
    SignInFailed,   // the login or password was refused
    AddressRefused, // the server refused the sender or a recipient
    Refused,        // the server refused the letter itself (too big, spam)
    Failed,         // anything else
};

struct SmtpError
{
    SmtpProblem problem = SmtpProblem::Failed;
    Error error; // the message says which, in the person's words; detail: the server's answer
};

// Sends `message` (its From and To make the envelope) through `account` with
// libcurl, blocking until the server answered or the time ran out: call it
// off the screen's thread. `messageId` is the one kept with the letter (a new
// one when empty). Nothing on success.
std::optional<SmtpError> sendMail(const SmtpAccount& account, const MailMessage& message,
                                  const QByteArray& messageId = {});

// Connects, secures and signs in as a letter would, and stops before sending
// anything: the mail settings' connection test. Nothing when all of it worked.
std::optional<SmtpError> checkMailServer(const SmtpAccount& account);

// libcurl's global set-up, once per process, before any handle (the SMTP
// sender's and the SMS gateway's).
void initCurlOnce();

// The message of `problem` for a server `host` (translated).
QString smtpProblemText(SmtpProblem problem, const QString& host);

} // namespace kartoteka
