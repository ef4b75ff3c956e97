#pragma once

// A real SMTP server for the tests (Debian's aiosmtpd, support/smtp_sink.py)
// and Python's email package to read what it received, as a mail program does.
#include <QJsonObject>
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

// The letters the sink received so far, oldest first ("0001.eml"...).
QStringList deliveredLetters(const QString& maildir);

// A letter as Python's email package reads it: subject, from, to, date,
// message_id, defects, text, html, attachments (filename, type, sha256, size).
QJsonObject readLetter(const QByteArray& message);

} // namespace kartoteka::test
