#pragma once

#include "mail/SecretStore.h"
#include "mail/SmtpSender.h"
#include "storage/Result.h"

#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// The shop's outgoing mail account (Administration → Mail), in the shared
// settings so that every PC sends from the same address. The password is not
// among them: each PC keeps it for its user (mail/SecretStore).
struct MailAccount
{
    QString host;
    int port = 587;
    SmtpAccount::Security security = SmtpAccount::Security::StartTls;
    QString login;       // empty: the server takes letters without a sign-in
    QString fromName;    // empty: the shop's name
    QString fromAddress; // the shop's address letters come from

    bool isSet() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    bool operator==(const MailAccount& o) const;
};

namespace mailAccountKeys {
inline const QString kHost = QStringLiteral("mail.host");
inline const QString kPort = QStringLiteral("mail.port");
inline const QString kSecurity = QStringLiteral("mail.security");
inline const QString kLogin = QStringLiteral("mail.login");
inline const QString kFromName = QStringLiteral("mail.from_name");
inline const QString kFromAddress = QStringLiteral("mail.from_address");
} // namespace mailAccountKeys

QString securityName(SmtpAccount::Security security); // "starttls", "ssl", "none"
std::optional<SmtpAccount::Security> securityFromName(const QString& name);
// The port a security usually goes with: 587, 465, 25.
int usualPort(SmtpAccount::Security security);

enum class MailAccountField
{
    Host,
    Port,
    FromAddress,
};

struct MailAccountProblem
{
    MailAccountField field;
    Error error; // ErrorKind::Invalid
};

// A host without spaces or a scheme, a port of 1–65535, a sender address that
// is one. An account with nothing filled is fine (no mail).
std::optional<MailAccountProblem> checkMailAccount(const MailAccount& account);

// What a passed connection test proved, for people: the sign-in only when
// there is a login, and a warning when the password goes unencrypted.
QString mailTestPassedText(const MailAccount& account);

Result<MailAccount> loadMailAccount(Database& db);
// Needs Capability::Settings; one transaction, audited as settings are.
Status saveMailAccount(Database& db, const MailAccount& account);

// The name the password is kept under on this PC: the same account on two
// databases shares it, another login or server does not (another port does).
QString mailPasswordKey(const MailAccount& account);

// The password this PC keeps for `account`: empty when it signs in with
// none; ErrorKind::NotFound (saying where to enter it) when it needs one and
// this PC has none.
Result<QString> mailPassword(const MailAccount& account);

// What libcurl is given: `account` with `password`.
SmtpAccount smtpAccount(const MailAccount& account, const QString& password);

} // namespace kartoteka
