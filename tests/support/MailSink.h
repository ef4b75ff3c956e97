#pragma once

// A real SMTP server for the tests (Debian's aiosmtpd, support/smtp_sink.py)
// and Python's email package to read what it received, as a mail program does.
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kartoteka::test {

// Debian's python3 (with python3-aiosmtpd), not a developer's own first on PATH.
QString systemPython();

// A throwaway certificate for localhost: cert.pem and key.pem in `dir`.
void makeCertificate(const QString& dir);

// The SMTP sink running with `options` (smtp_sink.py's --tls, --ssl,
// --auth); killed when it goes. Each letter lands in `maildir` as NNNN.eml.
class SmtpSink
{
public:
    SmtpSink(const QString& maildir, const QStringList& options = {});
    ~SmtpSink();
    int port = 0;

private:
    QProcess m_process;
};

// The SMS service of the tests (support/sms_gateway.py) with `options`
// (--token T); killed when it goes. Each request lands in `dir` as NNNN.json.
class SmsService
{
public:
    explicit SmsService(const QString& dir, const QStringList& options = {});
    ~SmsService();
    int port = 0;
    QString url(const QString& path = QStringLiteral("/send")) const;

private:
    QProcess m_process;
};

// The requests the SMS service received so far, oldest first, as written.
QList<QJsonObject> smsRequests(const QString& dir);

// The letters the sink received so far, oldest first ("0001.eml"...).
QStringList deliveredLetters(const QString& maildir);

// A letter as Python's email package reads it: subject, from, to, date,
// message_id, defects, text, html, attachments (filename, type, sha256, size).
QJsonObject readLetter(const QByteArray& message);

} // namespace kartoteka::test
