// The shop's mail account: checked field by field, kept in the shared
// settings by those with the settings right, and its password kept per PC,
// never in the database — here in the encrypted file (the tests turn the
// keychain off), which a reader without the key file cannot open.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "mail/MailAccount.h"
#include "mail/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

MailAccount shopAccount()
{
    MailAccount a;
    a.host = u"smtp.example.com"_s;
    a.port = 465;
    a.security = SmtpAccount::Security::Ssl;
    a.login = u"shop@example.com"_s;
    a.fromName = u"Будмайстер"_s;
    a.fromAddress = u"shop@example.com"_s;
    return a;
}

std::optional<MailAccountField> problemField(const MailAccount& a)
{
    const auto p = checkMailAccount(a);
    if (!p)
        return std::nullopt;
    CHECK(p->error.kind == ErrorKind::Invalid);
    return p->field;
}

QString secretsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

TEST_CASE("a mail account refuses a link for a host, an impossible port and a sender that is "
          "no address",
          "[mail][account]")
{
    CHECK_FALSE(problemField(MailAccount{}));
    CHECK_FALSE(problemField(shopAccount()));
    MailAccount a = shopAccount();
    a.host = u"https://smtp.example.com"_s;
    CHECK(problemField(a) == MailAccountField::Host);
    a.host = u"smtp example.com"_s;
    CHECK(problemField(a) == MailAccountField::Host);
    a.host.clear();
    CHECK(problemField(a) == MailAccountField::Host);
    a = shopAccount();
    a.port = 0;
    CHECK(problemField(a) == MailAccountField::Port);
    a.port = 70000;
    CHECK(problemField(a) == MailAccountField::Port);
    a = shopAccount();
    a.fromAddress = u"shop"_s;
    CHECK(problemField(a) == MailAccountField::FromAddress);

    CHECK(securityFromName(u"SSL"_s) == SmtpAccount::Security::Ssl);
    CHECK_FALSE(securityFromName(u"tls13"_s));
    CHECK(usualPort(SmtpAccount::Security::StartTls) == 587);
}

TEST_CASE("the mail account is shared by every PC, saved by those with the settings right",
          "[mail][account]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"mail.sqlite"_s));
    CHECK_FALSE(requireValue(loadMailAccount(*db)).isSet());
    requireOk(saveMailAccount(*db, shopAccount()));
    CHECK(requireValue(loadMailAccount(*db)) == shopAccount());
    // No password anywhere in the database.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM settings WHERE key LIKE 'mail.%' AND "
                   "key LIKE '%password%'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    MailAccount bad = shopAccount();
    bad.port = -1;
    CHECK(kindOf(saveMailAccount(*db, bad)) == ErrorKind::Invalid);

    const QString password = u"correct-horse-1"_s;
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, password));
    requireValue(accounts.add(u"olena"_s, u"Olena"_s, Role::Manager, password));
    db->setPrincipal(requireValue(accounts.signIn(u"olena"_s, password)));
    MailAccount other = shopAccount();
    other.host = u"smtp.other.example"_s;
    CHECK(kindOf(saveMailAccount(*db, other)) == ErrorKind::Forbidden);
    CHECK(requireValue(loadMailAccount(*db)) == shopAccount());
}

TEST_CASE("the mail password is kept encrypted on this PC, read back, forgotten, and asked for "
          "when missing",
          "[mail][account][secret]")
{
    const MailAccount account = shopAccount();
    requireOk(forgetSecret(mailPasswordKey(account)));
    const Result<QString> none = mailPassword(account);
    CHECK(kindOf(none) == ErrorKind::NotFound);

    const QString secret = u"пароль-програми-1"_s;
    CHECK(requireValue(keepSecret(mailPasswordKey(account), secret)) == SecretPlace::EncryptedFile);
    CHECK(requireValue(mailPassword(account)) == secret);
    // Another login or server is another password.
    MailAccount other = account;
    other.login = u"boss@example.com"_s;
    CHECK(kindOf(mailPassword(other)) == ErrorKind::NotFound);
    // A sign-in-less server needs none.
    other.login.clear();
    CHECK(requireValue(mailPassword(other)).isEmpty());

    // The file holds no trace of the password, and the key is its owner's alone.
    QFile secrets(secretsFolder() + u"/secrets.ini"_s);
    REQUIRE(secrets.open(QIODevice::ReadOnly));
    const QByteArray stored = secrets.readAll();
    CHECK_FALSE(stored.contains(secret.toUtf8()));
    CHECK_FALSE(stored.contains("smtp.example.com"));
    const auto permissions = QFile::permissions(secretsFolder() + u"/secret.key"_s);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));

    // A lost key file: the password is asked for again, not garbage sent.
    REQUIRE(
        QFile::rename(secretsFolder() + u"/secret.key"_s, secretsFolder() + u"/secret.key.kept"_s));
    CHECK(kindOf(mailPassword(account)) == ErrorKind::NotFound);
    REQUIRE(
        QFile::rename(secretsFolder() + u"/secret.key.kept"_s, secretsFolder() + u"/secret.key"_s));
    CHECK(requireValue(mailPassword(account)) == secret);

    requireOk(forgetSecret(mailPasswordKey(account)));
    CHECK(kindOf(mailPassword(account)) == ErrorKind::NotFound);
    CHECK_FALSE(keptSecretPlace(mailPasswordKey(account)));
}

TEST_CASE("a passed connection test says what it proved: a sign-in only with a login, a warning "
          "when the password goes unencrypted",
          "[mail]")
{
    MailAccount a;
    a.host = u"smtp.example.com"_s;
    a.security = SmtpAccount::Security::StartTls;
    const QString noLogin = mailTestPassedText(a);
    a.login = u"shop@example.com"_s;
    const QString signedIn = mailTestPassedText(a);
    a.security = SmtpAccount::Security::None;
    const QString unencrypted = mailTestPassedText(a);
    CHECK(noLogin != signedIn);
    CHECK(unencrypted.startsWith(signedIn));
    CHECK(unencrypted.size() > signedIn.size());
    CHECK(noLogin.contains(a.host));
}
