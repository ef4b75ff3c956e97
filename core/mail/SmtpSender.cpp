#include "mail/SmtpSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::SmtpSender)
};

struct Upload
{
    QByteArray bytes;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->bytes.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->bytes.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

SmtpProblem problemOf(CURLcode code, long response, SmtpAccount::Security security)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return SmtpProblem::Unreachable;
    // Something answered that is not a mail server, or nothing answered:
    // the name or the port is wrong. (libcurl says a command the server
    // refused as a send error too: then the server's answer tells.)
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        if (response == 0)
            return SmtpProblem::Unreachable;
        break;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return SmtpProblem::TlsRefused;
    case CURLE_LOGIN_DENIED:
        return SmtpProblem::SignInFailed;
    default:
        break;
    }
    // The server's own answer says what it refused: 535 a sign-in, 550/553
    // a mailbox, 552/554 the letter. 530 without encryption is the server
    // asking for STARTTLS first.
    if (response == 530 && security == SmtpAccount::Security::None)
        return SmtpProblem::TlsRefused;
    if (response == 535 || response == 534 || response == 530)
        return SmtpProblem::SignInFailed;
    if (response == 550 || response == 551 || response == 553 || response == 501)
        return SmtpProblem::AddressRefused;
    if (response == 552 || response == 554)
        return SmtpProblem::Refused;
    return SmtpProblem::Failed;
}

} // namespace

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString smtpProblemText(SmtpProblem problem, const QString& host)
{
    switch (problem) {
    case SmtpProblem::Unreachable:
        return Tr::tr("The mail server %1 cannot be reached: check its name and port, and that "
                      "this computer is online.")
            .arg(host);
    case SmtpProblem::TlsRefused:
        return Tr::tr("The mail server %1 and Kartoteka did not agree on a secure connection: "
                      "check the security setting (SSL for port 465, STARTTLS for 587).")
            .arg(host);
    case SmtpProblem::SignInFailed:
        return Tr::tr("The mail server %1 refused the login or password: check them in the mail "
                      "settings (some services need an app password).")
            .arg(host);
    case SmtpProblem::AddressRefused:
        return Tr::tr("The mail server %1 refused the address: check the client's e-mail and the "
                      "shop's sender address.")
            .arg(host);
    case SmtpProblem::Refused:
        return Tr::tr("The mail server %1 refused the letter (too large, or taken for spam).")
            .arg(host);
    case SmtpProblem::Failed:
        break;
    }
    return Tr::tr("The letter could not be sent through %1.").arg(host);
}

namespace {

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;

SmtpError failure(const SmtpAccount& account, SmtpProblem problem, const QString& detail)
{
    return SmtpError{
        problem, makeError(problem == SmtpProblem::Unreachable ? ErrorKind::Io : ErrorKind::Failed,
                           smtpProblemText(problem, account.host), detail)};
}

// The bytes libcurl reads a connection's settings from: they must outlive
// the transfer.
struct Connection
{
    QByteArray url;
    QByteArray login;
    QByteArray password;
    QByteArray caFile;
    char errors[CURL_ERROR_SIZE] = {};
};

void configure(CURL* c, const SmtpAccount& account, Connection& connection)
{
    connection.url = (account.security == SmtpAccount::Security::Ssl ? "smtps://" : "smtp://") +
                     account.host.trimmed().toUtf8() + ':' + QByteArray::number(account.port);
    connection.login = account.login.toUtf8();
    connection.password = account.password.toUtf8();
    connection.caFile = account.caFile.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, connection.url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, connection.errors);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(account.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(account.timeoutSeconds) * 4);
    if (account.security == SmtpAccount::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!connection.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, connection.caFile.constData());
    if (!connection.login.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, connection.login.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, connection.password.constData());
    }
}

std::optional<SmtpError> perform(CURL* c, const SmtpAccount& account, const Connection& connection)
{
    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return std::nullopt;
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    const QString detail =
        u"%1 (curl %2, SMTP %3)"_s
            .arg(QString::fromUtf8(connection.errors[0] ? connection.errors
                                                        : curl_easy_strerror(code)))
            .arg(int(code))
            .arg(response);
    return failure(account, problemOf(code, response, account.security), detail);
}

struct SmtpReply
{
    int code = 0; // none in time: 0
    QString text;
};

// One command on a connect-only handle and the server's whole reply (its
// last line is "NNN text"; the ones before "NNN-text").
SmtpReply ask(CURL* c, const QByteArray& command, int timeoutSeconds)
{
    const QDeadlineTimer due{std::chrono::seconds(timeoutSeconds)};
    const auto wait = [] { std::this_thread::sleep_for(std::chrono::milliseconds(10)); };
    for (qsizetype sent = 0; sent < command.size();) {
        size_t n = 0;
        const CURLcode code =
            curl_easy_send(c, command.constData() + sent, size_t(command.size() - sent), &n);
        if (code == CURLE_AGAIN && !due.hasExpired()) {
            wait();
            continue;
        }
        if (code != CURLE_OK)
            return {};
        sent += qsizetype(n);
    }
    QByteArray answer;
    while (!due.hasExpired()) {
        char buffer[512];
        size_t n = 0;
        const CURLcode code = curl_easy_recv(c, buffer, sizeof buffer, &n);
        if (code == CURLE_AGAIN) {
            wait();
            continue;
        }
        if (code != CURLE_OK || n == 0)
            break;
        answer.append(buffer, qsizetype(n));
        if (!answer.endsWith("\r\n"))
            continue;
        const QByteArray last = answer.chopped(2).split('\n').last();
        if (last.size() >= 4 && last.at(3) == ' ')
            return {last.left(3).toInt(), QString::fromUtf8(answer).simplified()};
    }
    return {};
}

CurlHandle newHandle()
{
    initCurlOnce();
    return CurlHandle(curl_easy_init(), &curl_easy_cleanup);
}

} // namespace

std::optional<SmtpError> sendMail(const SmtpAccount& account, const MailMessage& message,
                                  const QByteArray& messageId)
{
    if (!isMailAddress(message.from.address))
        return failure(account, SmtpProblem::AddressRefused, u"from: "_s + message.from.address);
    for (const MailAddress& to : message.to) {
        if (!isMailAddress(to.address))
            return failure(account, SmtpProblem::AddressRefused, u"to: "_s + to.address);
    }
    const CurlHandle curl = newHandle();
    if (!curl)
        return failure(account, SmtpProblem::Failed, u"curl_easy_init"_s);
    CURL* c = curl.get();
    Connection connection;
    configure(c, account, connection);
    const QString domain = QString::fromLatin1(smtpAddress(message.from.address)).section(u'@', 1);
    Upload upload{mimeMessage(message, QDateTime::currentDateTime(),
                              messageId.isEmpty() ? newMessageId(domain) : messageId)};
    const QByteArray from = '<' + smtpAddress(message.from.address) + '>';
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(nullptr,
                                                                           &curl_slist_free_all);
    for (const MailAddress& to : message.to)
        recipients.reset(curl_slist_append(
            recipients.release(), QByteArray('<' + smtpAddress(to.address) + '>').constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.bytes.size()));
    std::optional<SmtpError> failed = perform(c, account, connection);
    // The letter handed over and then no answer: it may have gone. Not
    // "unreachable", which puts a letter back to be sent again by itself.
    if (failed && failed->problem == SmtpProblem::Unreachable && upload.offset > 0)
        return SmtpError{SmtpProblem::Failed,
                         makeError(ErrorKind::Failed,
                                   Tr::tr("The mail server %1 took the letter but did not confirm "
                                          "it: it may have gone. Check the shop's Sent folder "
                                          "before sending it again.")
                                       .arg(account.host),
                                   failed->error.detail)};
    return failed;
}

std::optional<SmtpError> checkMailServer(const SmtpAccount& account)
{
    const CurlHandle curl = newHandle();
    if (!curl)
        return failure(account, SmtpProblem::Failed, u"curl_easy_init"_s);
    Connection connection;
    configure(curl.get(), account, connection);
    // libcurl's connect phase of SMTP is the greeting, EHLO, STARTTLS and the
    // sign-in; CONNECT_ONLY stops there, before any MAIL FROM.
    curl_easy_setopt(curl.get(), CURLOPT_CONNECT_ONLY, 1L);
    if (std::optional<SmtpError> failed = perform(curl.get(), account, connection))
        return failed;
    if (!account.login.isEmpty())
        return std::nullopt;
    // Without a login nothing was signed in to, and a server that wants a
    // sign-in says so only when a letter begins: begin one, then take it back.
    const SmtpReply reply = ask(curl.get(), "MAIL FROM:<>\r\n", account.timeoutSeconds);
    if (reply.code == 530 ||
        (reply.code >= 500 && reply.text.contains(u"auth"_s, Qt::CaseInsensitive))) {
        if (reply.text.contains(u"TLS"_s, Qt::CaseInsensitive))
            return failure(account, SmtpProblem::TlsRefused, reply.text);
        return SmtpError{SmtpProblem::SignInFailed,
                         makeError(ErrorKind::Failed,
                                   Tr::tr("The mail server %1 asks for a sign-in: fill in the "
                                          "login and this computer's password in the mail "
                                          "settings.")
                                       .arg(account.host),
                                   reply.text)};
    }
    if (reply.code == 0)
        return failure(account, SmtpProblem::Unreachable, u"no answer to MAIL FROM"_s);
    if (reply.code < 400)
        (void)ask(curl.get(), "RSET\r\n", account.timeoutSeconds);
    return std::nullopt;
}

} // namespace kartoteka
