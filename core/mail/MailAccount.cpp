#include "mail/MailAccount.h"

#include "accounts/Access.h"
#include "mail/MimeMessage.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::MailAccount)
};

QList<std::pair<QString, QString>> valuesOf(const MailAccount& a)
{
    using namespace mailAccountKeys;
    return {{kHost, a.host.trimmed()},
            {kPort, QString::number(a.port)},
            {kSecurity, securityName(a.security)},
            {kLogin, a.login.trimmed()},
            {kFromName, a.fromName.trimmed()},
            {kFromAddress, a.fromAddress.trimmed()}};
}

} // namespace

bool MailAccount::operator==(const MailAccount& o) const
{
    return host == o.host && port == o.port && security == o.security && login == o.login &&
           fromName == o.fromName && fromAddress == o.fromAddress;
}

QString securityName(SmtpAccount::Security security)
{
    switch (security) {
    case SmtpAccount::Security::Ssl:
        return u"ssl"_s;
    case SmtpAccount::Security::None:
        return u"none"_s;
    case SmtpAccount::Security::StartTls:
        break;
    }
    return u"starttls"_s;
}

std::optional<SmtpAccount::Security> securityFromName(const QString& name)
{
    for (const auto s : {SmtpAccount::Security::StartTls, SmtpAccount::Security::Ssl,
                         SmtpAccount::Security::None}) {
        if (securityName(s) == name.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

int usualPort(SmtpAccount::Security security)
{
    switch (security) {
    case SmtpAccount::Security::Ssl:
        return 465;
    case SmtpAccount::Security::None:
        return 25;
    case SmtpAccount::Security::StartTls:
        break;
    }
    return 587;
}

std::optional<MailAccountProblem> checkMailAccount(const MailAccount& account)
{
    const QString host = account.host.trimmed();
    const bool empty = host.isEmpty() && account.fromAddress.trimmed().isEmpty() &&
                       account.login.trimmed().isEmpty();
    if (empty)
        return std::nullopt;
    const auto problem = [](MailAccountField field, const QString& message) {
        return MailAccountProblem{field, makeError(ErrorKind::Invalid, message)};
    };
    // A host is a name or an address: "smtp.gmail.com", not a link.
    if (host.isEmpty() || host.contains(u' ') || host.contains(u"://"_s) || host.contains(u'/') ||
        host.contains(u'@') || QUrl::fromUserInput(host).host().isEmpty())
        return problem(MailAccountField::Host,
                       Tr::tr("Enter the mail server's name as your mail service gives it, "
                              "for example smtp.gmail.com."));
    if (account.port < 1 || account.port > 65535)
        return problem(MailAccountField::Port,
                       Tr::tr("The port is a number from 1 to 65535 (usually 587 or 465)."));
    if (!isMailAddress(account.fromAddress.trimmed()))
        return problem(MailAccountField::FromAddress,
                       Tr::tr("Enter the address letters come from in Latin letters, like "
                              "shop@example.com."));
    return std::nullopt;
}

Result<MailAccount> loadMailAccount(Database& db)
{
    using namespace mailAccountKeys;
    Result<QHash<QString, SettingValue>> mail = SharedSettings(db).withPrefix(u"mail."_s);
    if (!mail)
        return mail.error();
    const auto text = [&](const QString& key) { return mail->value(key).value; };
    MailAccount a;
    a.host = text(kHost);
    a.security = securityFromName(text(kSecurity)).value_or(SmtpAccount::Security::StartTls);
    bool ok = false;
    const int port = text(kPort).toInt(&ok);
    a.port = ok ? port : usualPort(a.security);
    a.login = text(kLogin);
    a.fromName = text(kFromName);
    a.fromAddress = text(kFromAddress);
    return a;
}

Status saveMailAccount(Database& db, const MailAccount& account)
{
    if (Status s = require(db.principal(), Capability::Settings); !s)
        return s;
    if (const auto p = checkMailAccount(account))
        return p->error;
    return db.write(
        [&](Transaction& tx) { return SharedSettings::setAll(tx, valuesOf(account), db.actor()); });
}

QString mailPasswordKey(const MailAccount& account)
{
    // Not the port: a port put right keeps the password typed for the account.
    return u"smtp:%1@%2"_s.arg(account.login.trimmed(), account.host.trimmed().toLower());
}

Result<QString> mailPassword(const MailAccount& account)
{
    if (account.login.trimmed().isEmpty())
        return QString();
    Result<std::optional<KeptSecret>> kept = readSecret(mailPasswordKey(account));
    if (!kept)
        return kept.error();
    if (!*kept)
        return makeError(ErrorKind::NotFound,
                         Tr::tr("This computer has no password for the mail account %1: enter "
                                "it in Administration → Mail.")
                             .arg(account.login),
                         u"mail.password"_s);
    return (*kept)->secret;
}

SmtpAccount smtpAccount(const MailAccount& account, const QString& password)
{
    SmtpAccount smtp;
    smtp.host = account.host.trimmed();
    smtp.port = account.port;
    smtp.security = account.security;
    smtp.login = account.login.trimmed();
    smtp.password = password;
    return smtp;
}

QString mailTestPassedText(const MailAccount& account)
{
    const bool login = !account.login.trimmed().isEmpty();
    QString text = login ? Tr::tr("The mail server %1 took the connection and the sign-in: "
                                  "letters can go.")
                               .arg(account.host)
                         : Tr::tr("The mail server %1 took the connection and asks for no "
                                  "sign-in: letters can go.")
                               .arg(account.host);
    if (login && account.security == SmtpAccount::Security::None)
        text += u' ' + Tr::tr("The password went unencrypted: choose STARTTLS or SSL if the "
                              "server offers them.");
    return text;
}

} // namespace kartoteka
