// The letters Kartoteka sends, read back by Python's email package (the same
// reading a mail program does): Cyrillic subject, names and attachment names
// decode to what was written, the attachment's bytes arrive whole, no line
// is longer than SMTP likes. Then sent for real to Debian's aiosmtpd
// (tests/support/smtp_sink.py) in plain, STARTTLS and SSL, with and without
// a sign-in, and each way it can fail named.
#include "Catch.h"
#include "MailSink.h"
#include "TestSupport.h"

#include "clients/ClientChecks.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpSender.h"

#include <QDir>
#include <QFile>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("a letter with a Cyrillic subject, names and attachment reads back as written", "[mail]")
{
    QByteArray pdf(150'000, Qt::Uninitialized);
    for (char& c : pdf)
        c = char(QRandomGenerator::global()->bounded(256));
    MailMessage m;
    m.from = {u"Будмайстер, ТОВ"_s, u"shop@example.com"_s};
    m.to = {{u"Мельник Андрій Васильович"_s, u"andrii@example.org"_s}};
    m.subject =
        u"Рахунок на оплату № 15 від 02.12.2026 — ТОВ «Житомирбудінвест-Полісся», дякуємо 🙂"_s;
    m.text = u"Доброго дня!\nРахунок у вкладенні.\n"_s;
    m.html = u"<p>Доброго дня!</p><p>Рахунок у вкладенні.</p>"_s;
    m.attachments = {
        {u"Рахунок на оплату № 15 — ТОВ «Житомирбудінвест-Полісся», грудень 2026.pdf"_s,
         "application/pdf", pdf}};
    const QDateTime date(QDate(2026, 12, 2), QTime(16, 11, 32), Qt::UTC);
    const QByteArray id = newMessageId(u"example.com"_s);
    const QByteArray bytes = mimeMessage(m, date, id);

    for (const QByteArray& line : bytes.split('\n'))
        CHECK(line.size() <= 79);        // 78 and the CR
    CHECK_FALSE(bytes.contains("\n\n")); // CRLF everywhere

    const QJsonObject read = readLetter(bytes);
    CHECK(read[u"defects"_s].toArray().isEmpty());
    CHECK(read[u"subject"_s].toString() == m.subject);
    CHECK(read[u"from"_s].toString() == u"Будмайстер, ТОВ <shop@example.com>"_s);
    CHECK(read[u"to"_s].toString() == u"Мельник Андрій Васильович <andrii@example.org>"_s);
    CHECK(read[u"message_id"_s].toString() == QString::fromUtf8(id));
    CHECK(read[u"date"_s].toString().contains(u"Dec 2026"_s)); // an RFC 5322 date in English
    CHECK(read[u"text"_s].toString() == u"Доброго дня!\nРахунок у вкладенні.\n"_s);
    CHECK(read[u"html"_s].toString().contains(u"<p>Рахунок у вкладенні.</p>"_s));
    const QJsonArray attachments = read[u"attachments"_s].toArray();
    REQUIRE(attachments.size() == 1);
    const QJsonObject a = attachments.first().toObject();
    CHECK(a[u"filename"_s].toString() == m.attachments.first().fileName);
    CHECK(a[u"type"_s].toString() == u"application/pdf"_s);
    CHECK(a[u"size"_s].toInt() == pdf.size());
    CHECK(a[u"sha256"_s].toString() ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("plain ASCII stays as it is, and addresses are checked before SMTP sees them", "[mail]")
{
    CHECK(encodedWords(u"Invoice 15"_s) == "Invoice 15");
    CHECK(encodedWords(u"Рахунок"_s).startsWith("=?UTF-8?B?"));
    MailMessage m;
    m.from = {u"Shop, Inc."_s, u"shop@example.com"_s};
    m.to = {{{}, u"client@example.org"_s}};
    m.subject = u"Invoice 15"_s;
    m.text = u"Hello"_s;
    const QByteArray bytes = mimeMessage(m, QDateTime::currentDateTimeUtc(), newMessageId({}));
    CHECK(bytes.contains("From: \"Shop, Inc.\" <shop@example.com>\r\n"));
    CHECK(bytes.contains("To: client@example.org\r\n"));
    CHECK(bytes.contains("Subject: Invoice 15\r\n"));
    CHECK(bytes.contains("@kartoteka.invalid>\r\n")); // a Message-ID even without a domain
    CHECK_FALSE(bytes.contains("List-Unsubscribe"));  // a letter to one client
    m.unsubscribeAddress = u"shop@example.com"_s;
    CHECK(mimeMessage(m, QDateTime::currentDateTimeUtc(), newMessageId({}))
              .contains("List-Unsubscribe: <mailto:shop@example.com?subject=unsubscribe>\r\n"));
    for (const QString& ok : {u"a@b.ua"_s, u"olena.koval+shop@mail.example.com"_s})
        CHECK(isMailAddress(ok));
    for (const QString& bad :
         {u""_s, u"olena"_s, u"olena@"_s, u"@mail.ua"_s, u"olena@mail"_s, u"o lena@mail.ua"_s,
          u"a@b@c.ua"_s, u"<a@b.ua>"_s, u"a@b.ua, c@d.ua"_s, u"ivan@gmail..com"_s})
        CHECK_FALSE(isMailAddress(bad));
}

TEST_CASE("a Cyrillic domain goes to the server in its ASCII form, and an address mixing the "
          "keyboard's alphabets is refused",
          "[mail]")
{
    CHECK(smtpAddress(u" info@магазин.укр "_s) == "info@xn--80aairftm.xn--j1amh");
    CHECK(smtpAddress(u"Olena@Example.com"_s) == "Olena@example.com");
    const QString slip = u"ol\u0435na@ukr.net"_s; // a Cyrillic е among Latin letters
    CHECK(mixesAlphabets(slip));
    CHECK_FALSE(isMailAddress(slip));
    CHECK(mixesAlphabets(u"olena@ukr.n\u0435t"_s));
    CHECK_FALSE(mixesAlphabets(u"info@магазин.укр"_s));
    CHECK_FALSE(isMailAddress(u"олена@ukr.net"_s)); // SMTPUTF8 is not asked of the server

    MailMessage m;
    m.from = {u"Будмайстер"_s, u"shop@магазин.укр"_s};
    m.to = {{u"Олена\nBcc: all@example.com"_s, u"olena@example.org"_s}};
    m.subject = u"Invoice\r\nBcc: all@example.com"_s;
    m.text = u"Hello"_s;
    const QByteArray bytes = mimeMessage(m, QDateTime::currentDateTimeUtc(), newMessageId({}));
    CHECK(bytes.contains("<shop@xn--80aairftm.xn--j1amh>\r\n"));
    CHECK(bytes.contains("Subject: Invoice  Bcc: all@example.com\r\n")); // one line
    CHECK_FALSE(bytes.contains("\nBcc:"));
}

namespace {

MailMessage invoiceLetter(const QString& to);

// Sends the invoice letter to olena@ through `account` and waits until the
// sink has it: the first letter in `maildir`.
void sendAndReceive(const SmtpAccount& account, const QString& maildir)
{
    const auto failed = sendMail(account, invoiceLetter(u"olena@example.org"_s));
    INFO((failed ? failed->error.fullText() : QString()).toStdString());
    REQUIRE_FALSE(failed);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
}

MailMessage invoiceLetter(const QString& to)
{
    MailMessage m;
    m.from = {u"Будмайстер"_s, u"shop@example.com"_s};
    m.to = {{u"Олена Коваль"_s, to}};
    m.subject = u"Рахунок № 15 від 02.12.2026"_s;
    m.text = u"Доброго дня! Рахунок у вкладенні."_s;
    m.attachments = {{u"Рахунок № 15.pdf"_s, "application/pdf", QByteArray("%PDF-1.4 test", 13)}};
    return m;
}

} // namespace

TEST_CASE("letters reach a real SMTP server plainly, with STARTTLS and sign-in, and over SSL",
          "[mail][smtp]")
{
    TempDir dir;
    makeCertificate(dir.path());
    const QString cert = dir.path(u"cert.pem"_s);
    const QString key = dir.path(u"key.pem"_s);

    SECTION("plain, no sign-in")
    {
        const QString maildir = dir.path(u"plain"_s);
        SmtpSink sink(maildir, {});
        SmtpAccount account{u"127.0.0.1"_s, sink.port, SmtpAccount::Security::None};
        CHECK_FALSE(checkMailServer(account)); // no sign-in wanted: the test passes
        sendAndReceive(account, maildir);
        const QJsonObject read = readLetter(fileBytes(maildir + u"/0001.eml"_s));
        CHECK(read[u"subject"_s].toString() == u"Рахунок № 15 від 02.12.2026"_s);
        CHECK(read[u"attachments"_s].toArray().first().toObject()[u"filename"_s].toString() ==
              u"Рахунок № 15.pdf"_s);
        const QJsonObject envelope =
            QJsonDocument::fromJson(fileBytes(maildir + u"/0001.json"_s)).object();
        CHECK(envelope[u"from"_s].toString() == u"shop@example.com"_s);
        CHECK(envelope[u"to"_s].toArray() == QJsonArray{u"olena@example.org"_s});

        // A recipient the server refuses: named, and nothing delivered.
        const auto refused = sendMail(account, invoiceLetter(u"refused@example.org"_s));
        REQUIRE(refused);
        CHECK(refused->problem == SmtpProblem::AddressRefused);
        CHECK(deliveredLetters(maildir).size() == 1);
    }
    SECTION("STARTTLS with a sign-in")
    {
        const QString maildir = dir.path(u"starttls"_s);
        SmtpSink sink(maildir, {u"--tls"_s, cert, key, u"--auth"_s, u"shop:app-password-1"_s});
        SmtpAccount account{u"localhost"_s, sink.port, SmtpAccount::Security::StartTls, u"shop"_s,
                            u"app-password-1"_s};
        account.caFile = cert;
        sendAndReceive(account, maildir);
        // The connection test signs in and sends nothing.
        CHECK_FALSE(checkMailServer(account));
        // Without a login the test asks as a letter would: the sign-in is missing.
        SmtpAccount anonymous = account;
        anonymous.login.clear();
        const auto noLogin = checkMailServer(anonymous);
        REQUIRE(noLogin);
        INFO(noLogin->error.detail.toStdString());
        CHECK(noLogin->problem == SmtpProblem::SignInFailed);

        account.password = u"wrong"_s;
        const auto wrongCheck = checkMailServer(account);
        REQUIRE(wrongCheck);
        CHECK(wrongCheck->problem == SmtpProblem::SignInFailed);
        const auto wrong = sendMail(account, invoiceLetter(u"olena@example.org"_s));
        REQUIRE(wrong);
        CHECK(wrong->problem == SmtpProblem::SignInFailed);
        // A certificate nobody vouches for is not trusted.
        account.password = u"app-password-1"_s;
        account.caFile.clear();
        const auto untrusted = sendMail(account, invoiceLetter(u"olena@example.org"_s));
        REQUIRE(untrusted);
        CHECK(untrusted->problem == SmtpProblem::TlsRefused);
        // Without encryption the server asks for STARTTLS first (530): said
        // as the security setting, not as a wrong password.
        account.caFile = cert;
        account.security = SmtpAccount::Security::None;
        const auto plain = sendMail(account, invoiceLetter(u"olena@example.org"_s));
        REQUIRE(plain);
        INFO(plain->error.detail.toStdString());
        CHECK(plain->problem == SmtpProblem::TlsRefused);
        CHECK(deliveredLetters(maildir).size() == 1);
    }
    SECTION("a server that takes the connection and never answers")
    {
        QTcpServer silent;
        REQUIRE(silent.listen(QHostAddress::LocalHost));
        SmtpAccount account{u"127.0.0.1"_s, int(silent.serverPort()), SmtpAccount::Security::None};
        account.timeoutSeconds = 1;
        const auto failed = sendMail(account, invoiceLetter(u"olena@example.org"_s));
        REQUIRE(failed);
        INFO(failed->error.detail.toStdString());
        CHECK(failed->problem == SmtpProblem::Unreachable);
    }
    SECTION("SSL from the first byte")
    {
        const QString maildir = dir.path(u"ssl"_s);
        SmtpSink sink(maildir, {u"--ssl"_s, cert, key, u"--auth"_s, u"shop:app-password-1"_s});
        SmtpAccount account{u"localhost"_s, sink.port, SmtpAccount::Security::Ssl, u"shop"_s,
                            u"app-password-1"_s};
        account.caFile = cert;
        sendAndReceive(account, maildir);
    }
    SECTION("a server that is not there")
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        SmtpAccount account{u"127.0.0.1"_s, port, SmtpAccount::Security::None};
        account.timeoutSeconds = 5;
        const auto failed = sendMail(account, invoiceLetter(u"olena@example.org"_s));
        REQUIRE(failed);
        INFO(failed->error.detail.toStdString());
        CHECK(failed->problem == SmtpProblem::Unreachable);
        CHECK(failed->error.kind == ErrorKind::Io);
        const auto check = checkMailServer(account);
        REQUIRE(check);
        CHECK(check->problem == SmtpProblem::Unreachable);
    }
}
