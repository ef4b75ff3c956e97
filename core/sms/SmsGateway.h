#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// The shop's SMS service as an HTTP request (Administration → SMS): the SMS
// services shops use all take one — a URL, a method, headers, a body, and an
// answer that means "accepted". Placeholders in the URL, headers and body:
// {phone} (+380501234567), {phone_digits} (380501234567), {text}, {sender}
// and {token} (the service's key, kept per PC like the mail password). In
// the URL they are percent-encoded; in a JSON body (a Content-Type header
// naming json) JSON-escaped; in a form body (x-www-form-urlencoded)
// percent-encoded; elsewhere as they are.
struct SmsGateway
{
    QString url;
    QString method = QStringLiteral("POST"); // GET or POST
    QString headers;                         // one "Name: value" a line
    QString body;                            // POST only
    QString accepted; // the answer must contain this (besides an HTTP 2xx); empty: 2xx is enough
    QString sender;   // the sender's name the service registered, for {sender}

    bool isSet() const { return !url.trimmed().isEmpty(); }
    bool operator==(const SmsGateway& o) const;
};

namespace smsGatewayKeys {
inline const QString kUrl = QStringLiteral("sms.url");
inline const QString kMethod = QStringLiteral("sms.method");
inline const QString kHeaders = QStringLiteral("sms.headers");
inline const QString kBody = QStringLiteral("sms.body");
inline const QString kAccepted = QStringLiteral("sms.accepted");
inline const QString kSender = QStringLiteral("sms.sender");
} // namespace smsGatewayKeys

enum class SmsGatewayField
{
    Url,
    Method,
    Headers,
    Body,
    Sender,
};

struct SmsGatewayProblem
{
    SmsGatewayField field;
    Error error; // ErrorKind::Invalid
};

// An http(s) URL, GET or POST, headers of "Name: value" lines. Nothing
// filled is fine (no SMS).
std::optional<SmsGatewayProblem> checkSmsGateway(const SmsGateway& gateway);

Result<SmsGateway> loadSmsGateway(Database& db);
// Needs Capability::Settings; one transaction, audited as settings are.
Status saveSmsGateway(Database& db, const SmsGateway& gateway);

// The name this PC keeps the service's key under (mail/SecretStore).
QString smsTokenKey(const SmsGateway& gateway);
// The key this PC keeps; empty when it has none (not every service needs one).
Result<QString> smsToken(const SmsGateway& gateway);

// The request as it goes for one message.
// How many messages `text` takes: 160 characters in one (153 each when
// split) for Latin text, 70 (67) when it has Cyrillic or other characters
// outside GSM 7-bit. The service charges for each.
int smsParts(const QString& text);

struct SmsRequest
{
    QByteArray url;
    QByteArray method;
    QList<QByteArray> headers; // "Name: value"
    QByteArray body;
    bool isJson = false; // its Content-Type says JSON
};
SmsRequest smsRequest(const SmsGateway& gateway, const QString& token, const QString& phone,
                      const QString& text);

enum class SmsProblem
{
    Unreachable,  // no such host, nothing listening, timed out, HTTP 429 and 5xx
    Refused,      // an HTTP error, or an answer without the "accepted" text
    NoKey,        // the request needs {token} and this PC keeps none
    SignInFailed, // HTTP 401, 402, 403: the key or the shop's account at the service
    Failed,
};

struct SmsError
{
    SmsProblem problem = SmsProblem::Failed;
    Error error; // the person's words; detail: the service's answer
};

// Sends one SMS through the service (libcurl), blocking: off the screen's
// thread. Nothing when the service accepted it.
std::optional<SmsError> sendSms(const SmsGateway& gateway, const QString& token,
                                const QString& phone, const QString& text, int timeoutSeconds = 30);

} // namespace kartoteka
