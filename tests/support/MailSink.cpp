#include "MailSink.h"

#include "Catch.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

namespace {

const char* const kReader = R"(
import sys, json, hashlib, email
from email import policy
from email.header import decode_header, make_header
raw = sys.stdin.buffer.read()
m = email.message_from_bytes(raw, policy=policy.default)
# Addresses decoded as RFC 2047 says (adjacent encoded words joined), as mail
# programs show them; the default policy's address parser puts a space there.
plain = email.message_from_bytes(raw)
decoded = lambda name: str(make_header(decode_header(plain[name])))
out = {"subject": str(m["subject"]), "from": decoded("from"), "to": decoded("to"),
       "date": str(m["date"]), "message_id": str(m["message-id"]),
       "defects": [str(d) for d in m.defects], "attachments": []}
for part in m.walk():
    out["defects"] += [str(d) for d in part.defects]
    if part.get_content_disposition() == "attachment":
        data = part.get_payload(decode=True)
        out["attachments"].append({"filename": part.get_filename(), "type": part.get_content_type(),
                                   "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    elif part.get_content_type() == "text/plain":
        out["text"] = part.get_content().replace("\r\n", "\n")
    elif part.get_content_type() == "text/html":
        out["html"] = part.get_content().replace("\r\n", "\n")
print(json.dumps(out))
)";

} // namespace

QString systemPython()
{
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s
                                                : QStandardPaths::findExecutable(u"python3"_s);
}

void makeCertificate(const QString& dir)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                                 u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
}

namespace {

// Starts `script` with --dir `dir` and `options`; the port from its "ready PORT" line.
int startServer(QProcess& process, const QString& script, const QString& dir,
                const QStringList& options)
{
    process.start(systemPython(), QStringList{script, u"--dir"_s, dir} + options);
    REQUIRE(process.waitForStarted());
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(15000))
        line += process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(line.startsWith("ready "));
    return line.mid(6).trimmed().toInt();
}

} // namespace

SmtpSink::SmtpSink(const QString& maildir, const QStringList& options)
{
    port = startServer(m_process, QStringLiteral(KARTOTEKA_SMTP_SINK), maildir, options);
}

SmsService::SmsService(const QString& dir, const QStringList& options)
{
    port = startServer(m_process, QStringLiteral(KARTOTEKA_SMS_GATEWAY), dir, options);
}

SmsService::~SmsService()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString SmsService::url(const QString& path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(port).arg(path);
}

QList<QJsonObject> smsRequests(const QString& dir)
{
    QList<QJsonObject> requests;
    for (const QString& name : QDir(dir).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir + u'/' + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        requests.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return requests;
}

SmtpSink::~SmtpSink()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QStringList deliveredLetters(const QString& maildir)
{
    return QDir(maildir).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

QJsonObject readLetter(const QByteArray& message)
{
    QProcess process;
    process.start(systemPython(), {u"-c"_s, QString::fromUtf8(kReader)});
    REQUIRE(process.waitForStarted());
    process.write(message);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace kartoteka::test
