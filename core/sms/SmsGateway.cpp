#include "sms/SmsGateway.h"

#include "accounts/Access.h"
#include "mail/SecretStore.h"
#include "mail/SmtpSender.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::SmsGateway)
};

QList<std::pair<QString, QString>> valuesOf(const SmsGateway& g)
{
    using namespace smsGatewayKeys;
    return {{kUrl, g.url.trimmed()},         {kMethod, g.method.trimmed().toUpper()},
            {kHeaders, g.headers.trimmed()}, {kBody, g.body},
            {kAccepted, g.accepted},         {kSender, g.sender.trimmed()}};
}

QStringList headerLines(const QString& headers)
{
    QStringList lines;
    for (const QString& line : headers.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString jsonEscaped(const QString& text)
{
    // A JSON string's inside: what QJsonDocument writes between the quotes.
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

QString filled(QString text, const QList<std::pair<QString, QString>>& values,
               const std::function<QString(const QString&)>& encode)
{
    for (const auto& [name, value] : values)
        text.replace(u'{' + name + u'}', encode(value));
    return text;
}

size_t collect(char* data, size_t size, size_t count, void* into)
{
    static_cast<QByteArray*>(into)->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

int smsParts(const QString& text)
{
    // GSM 03.38's basic characters; anything else makes the message UCS-2.
    static const QString gsm =
        u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    bool plain = true;
    for (const QChar c : text)
        plain = plain && gsm.contains(c);
    const int single = plain ? 160 : 70;
    const int part = plain ? 153 : 67;
    const int n = int(text.size());
    if (n == 0)
        return 0;
    return n <= single ? 1 : (n + part - 1) / part;
}

bool SmsGateway::operator==(const SmsGateway& o) const
{
    return url == o.url && method == o.method && headers == o.headers && body == o.body &&
           accepted == o.accepted && sender == o.sender;
}

std::optional<SmsGatewayProblem> checkSmsGateway(const SmsGateway& g)
{
    if (!g.isSet())
        return std::nullopt;
    const auto problem = [](SmsGatewayField field, const QString& message) {
        return SmsGatewayProblem{field, makeError(ErrorKind::Invalid, message)};
    };
    // Placeholders are not part of a URL yet: checked with sample values.
    const QUrl url(QString(g.url.trimmed()).replace(u'{', u'x').replace(u'}', u'x'));
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
        url.host().isEmpty())
        return problem(SmsGatewayField::Url,
                       Tr::tr("The service's address is a web address starting with https:// "
                              "(see its API description)."));
    const QString method = g.method.trimmed().toUpper();
    if (method != u"GET"_s && method != u"POST"_s)
        return problem(SmsGatewayField::Method, Tr::tr("The method is GET or POST."));
    for (const QString& line : headerLines(g.headers)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.left(colon).contains(u' '))
            return problem(
                SmsGatewayField::Headers,
                Tr::tr("Each header is one line \"Name: value\", not \"%1\".").arg(line));
    }
    // The sender's name shown on the phone: at most 11 Latin letters and
    // digits (the GSM limit), as the service registered it.
    static const QRegularExpression senderName(u"^[A-Za-z0-9 ._&-]{1,11}$"_s);
    if (const QString sender = g.sender.trimmed();
        !sender.isEmpty() && !senderName.match(sender).hasMatch())
        return problem(SmsGatewayField::Sender,
                       Tr::tr("The sender's name is at most 11 Latin letters and digits, as "
                              "the SMS service registered it; «%1» is not.")
                           .arg(sender));
    // A JSON body is checked as it would go, with sample values in its places.
    const SmsRequest sample = smsRequest(g, u"key"_s, u"+380501234567"_s, u"Text \"1\""_s);
    if (sample.method == "POST" && sample.isJson) {
        QJsonParseError error;
        QJsonDocument::fromJson(sample.body, &error);
        if (error.error != QJsonParseError::NoError)
            return problem(
                SmsGatewayField::Body,
                Tr::tr("The body is not JSON as the Content-Type header says (a mistake near "
                       "character %1): check its quotes, commas and braces.")
                    .arg(error.offset));
    }
    return std::nullopt;
}

Result<SmsGateway> loadSmsGateway(Database& db)
{
    using namespace smsGatewayKeys;
    Result<QHash<QString, SettingValue>> sms = SharedSettings(db).withPrefix(u"sms."_s);
    if (!sms)
        return sms.error();
    const auto text = [&](const QString& key) { return sms->value(key).value; };
    SmsGateway g;
    g.url = text(kUrl);
    if (const QString method = text(kMethod); !method.isEmpty())
        g.method = method;
    g.headers = text(kHeaders);
    g.body = text(kBody);
    g.accepted = text(kAccepted);
    g.sender = text(kSender);
    return g;
}

Status saveSmsGateway(Database& db, const SmsGateway& gateway)
{
    if (Status s = require(db.principal(), Capability::Settings); !s)
        return s;
    if (const auto p = checkSmsGateway(gateway))
        return p->error;
    return db.write(
        [&](Transaction& tx) { return SharedSettings::setAll(tx, valuesOf(gateway), db.actor()); });
}

QString smsTokenKey(const SmsGateway& gateway)
{
    return u"sms:"_s + QUrl(gateway.url.trimmed()).host().toLower();
}

Result<QString> smsToken(const SmsGateway& gateway)
{
    Result<std::optional<KeptSecret>> kept = readSecret(smsTokenKey(gateway));
    if (!kept)
        return kept.error();
    return *kept ? (*kept)->secret : QString();
}

SmsRequest smsRequest(const SmsGateway& g, const QString& token, const QString& phone,
                      const QString& text)
{
    const QList<std::pair<QString, QString>> values{
        {u"phone_digits"_s, QString(phone).remove(u'+')},
        {u"phone"_s, phone},
        {u"text"_s, text},
        {u"sender"_s, g.sender.trimmed()},
        {u"token"_s, token}};
    const auto asIs = [](const QString& v) { return v; };
    const auto percent = [](const QString& v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v));
    };
    SmsRequest r;
    r.method = g.method.trimmed().toUpper().toLatin1();
    r.url = filled(g.url.trimmed(), values, percent).toUtf8();
    QString contentType;
    for (const QString& line : headerLines(g.headers)) {
        const QString header = filled(line, values, asIs);
        if (header.section(u':', 0, 0).trimmed().compare(u"content-type"_s, Qt::CaseInsensitive) ==
            0)
            contentType = header.section(u':', 1).trimmed().toLower();
        r.headers.append(header.toUtf8());
    }
    r.isJson = contentType.contains(u"json"_s);
    if (r.method == "POST") {
        const bool json = r.isJson;
        const bool form = contentType.contains(u"x-www-form-urlencoded"_s);
        r.body = filled(g.body, values,
                        json   ? std::function<QString(const QString&)>(jsonEscaped)
                        : form ? std::function<QString(const QString&)>(percent)
                               : std::function<QString(const QString&)>(asIs))
                     .toUtf8();
    }
    return r;
}

std::optional<SmsError> sendSms(const SmsGateway& gateway, const QString& token,
                                const QString& phone, const QString& text, int timeoutSeconds)
{
    const QString host = QUrl(gateway.url.trimmed()).host();
    const auto fail = [&](SmsProblem problem, const QString& message, const QString& detail) {
        return SmsError{problem, makeError(problem == SmsProblem::Unreachable ? ErrorKind::Io
                                                                              : ErrorKind::Failed,
                                           message, detail)};
    };
    initCurlOnce();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return fail(SmsProblem::Failed, Tr::tr("The SMS could not be sent."), u"curl"_s);
    const auto needsKey = [&] {
        return QString(gateway.url + gateway.headers + gateway.body).contains(u"{token}"_s);
    };
    if (token.isEmpty() && needsKey())
        return fail(SmsProblem::NoKey,
                    Tr::tr("This computer keeps no key for the SMS service: enter it in "
                           "Administration → SMS (or kartoteka-cli sms token)."),
                    u"sms.no-key"_s);
    const SmsRequest request = smsRequest(gateway, token, phone, text);
    CURL* c = curl.get();
    char errors[CURL_ERROR_SIZE] = {};
    QByteArray answer;
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(nullptr,
                                                                        &curl_slist_free_all);
    for (const QByteArray& h : request.headers)
        headers.reset(curl_slist_append(headers.release(), h.constData()));
    curl_easy_setopt(c, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(timeoutSeconds) * 2);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer);
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
    }
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        // Unreachable only when nothing reached the service: a time-out
        // after connecting may come after it took the message.
        curl_off_t connectedUs = 0;
        curl_easy_getinfo(c, CURLINFO_CONNECT_TIME_T, &connectedUs);
        const bool unreachable = code == CURLE_COULDNT_RESOLVE_HOST ||
                                 code == CURLE_COULDNT_CONNECT ||
                                 (code == CURLE_OPERATION_TIMEDOUT && connectedUs == 0);
        return fail(unreachable ? SmsProblem::Unreachable : SmsProblem::Failed,
                    unreachable ? Tr::tr("The SMS service %1 cannot be reached: check its address "
                                         "and that this computer is online.")
                                      .arg(host)
                                : Tr::tr("The SMS could not be sent through %1.").arg(host),
                    QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(code)));
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    const QString said = QString::fromUtf8(answer.left(500)).simplified();
    const QString detail = u"HTTP %1: %2"_s.arg(status).arg(said);
    // Problems of the shop's account or of the service, not of this message:
    // a mailing pauses on them instead of failing every recipient. A 403 is
    // often about one number (a stop list) and other 5xx may come after the
    // service took the message: those fail the message, kept with why.
    if (status == 401 || status == 402)
        return fail(SmsProblem::SignInFailed,
                    Tr::tr("The SMS service %1 refused the shop's account (%2): check the key in "
                           "Administration → SMS (or kartoteka-cli sms token) and the balance of "
                           "the account at the service.")
                        .arg(host, said.isEmpty() ? u"HTTP %1"_s.arg(status) : detail),
                    detail);
    if (status == 429 || status == 503)
        return fail(SmsProblem::Unreachable,
                    Tr::tr("The SMS service %1 is busy or out of order (HTTP %2): nothing was "
                           "sent; try again in a while.")
                        .arg(host)
                        .arg(status),
                    detail);
    if (status < 200 || status > 299)
        return fail(SmsProblem::Refused,
                    Tr::tr("The SMS service %1 did not accept the message: %2")
                        .arg(host, said.isEmpty() ? u"HTTP %1"_s.arg(status) : said),
                    u"HTTP %1: %2"_s.arg(status).arg(said));
    // Taken by HTTP but not in the words that mean "accepted": the service
    // may have sent it; the person checks before sending it again.
    if (!gateway.accepted.isEmpty() && !QString::fromUtf8(answer).contains(gateway.accepted))
        return fail(SmsProblem::Refused,
                    Tr::tr("The SMS service %1 answered without «%2», the sign that it accepted "
                           "the message (it answered: %3). Check in the service whether it went "
                           "before sending it again.")
                        .arg(host, gateway.accepted, said),
                    u"HTTP %1: %2"_s.arg(status).arg(said));
    return std::nullopt;
}

} // namespace kartoteka
