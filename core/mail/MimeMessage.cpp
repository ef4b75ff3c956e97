#include "mail/MimeMessage.h"

#include "clients/ClientChecks.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

const QByteArray kCrlf = "\r\n";

bool isPlainAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Base64 in lines of 76 characters.
QByteArray base64Lines(const QByteArray& bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + kCrlf;
    return lines;
}

// An address for a header: "=?UTF-8?B?…?= <shop@example.com>".
QByteArray addressHeader(const MailAddress& a)
{
    const QByteArray address = smtpAddress(a.address);
    if (a.name.trimmed().isEmpty())
        return address;
    const QString name = a.name.trimmed();
    // A plain name needs quotes when it holds specials: , ; : " < > @ ( ) [ ] .
    static const QRegularExpression specials(u"[,;:\"<>@()\\[\\]\\\\.]"_s);
    QByteArray shown;
    if (!isPlainAscii(name))
        shown = encodedWords(name);
    else if (name.contains(specials))
        shown = '"' +
                QString(name).replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).toUtf8() +
                '"';
    else
        shown = name.toUtf8();
    return shown + " <" + address + '>';
}

// RFC 2231: filename*=UTF-8''%D0%A0… (attribute characters kept as they are).
QByteArray extendedValue(const QString& text)
{
    QByteArray out = "UTF-8''";
    for (unsigned char c : text.toUtf8()) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            QByteArray("!#$&+-.^_`|~").contains(char(c)))
            out += char(c);
        else
            out += '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

// A header "Name: value" whose value is folded before 78 characters at its spaces.
QByteArray header(const QByteArray& name, const QByteArray& value)
{
    QByteArray out;
    QByteArray line = name + ": ";
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        const bool first = i == 0;
        if (!first && line.size() + 1 + word.size() > 78) {
            out += line + kCrlf;
            line = ' ' + word;
        } else {
            line += (first ? QByteArray() : QByteArray(" ")) + word;
        }
    }
    return out + line + kCrlf;
}

QByteArray boundary()
{
    return "=_kartoteka_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray textPart(const QString& text, const QByteArray& subtype)
{
    QString crlf = text;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u"\n"_s, u"\r\n"_s);
    return "Content-Type: text/" + subtype + "; charset=UTF-8" + kCrlf +
           "Content-Transfer-Encoding: base64" + kCrlf + kCrlf + base64Lines(crlf.toUtf8());
}

} // namespace

bool isMailAddress(const QString& address)
{
    return !smtpAddress(address).isEmpty();
}

QByteArray smtpAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (!looksLikeEmail(trimmed) || mixesAlphabets(trimmed))
        return {};
    const QString local = trimmed.section(u'@', 0, 0);
    // A local part beyond ASCII needs SMTPUTF8, which few servers shops use offer.
    if (!isPlainAscii(local))
        return {};
    const QByteArray domain = QUrl::toAce(trimmed.section(u'@', 1));
    if (domain.isEmpty())
        return {};
    return local.toUtf8() + '@' + domain;
}

QByteArray encodedWords(const QString& given)
{
    // A header is one line: a name or subject with a line break in it
    // (pasted, imported) reads as spaces.
    QString text = given;
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            c = u' ';
    if (isPlainAscii(text))
        return text.toUtf8();
    // "=?UTF-8?B?" + base64 + "?=": 36 bytes of UTF-8 make 48 of base64, a
    // 60-character word that fits a header line after its name. Whole
    // characters only, so that each word decodes alone.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, step).toUtf8();
        if (chunk.size() + bytes.size() > 36) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
        i += step;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join(' ');
}

QByteArray newMessageId(const QString& domain)
{
    const QString host = domain.trimmed().isEmpty() ? u"kartoteka.invalid"_s : domain.trimmed();
    return '<' + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + '.' +
           QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '@' + host.toUtf8() + '>';
}

QByteArray mimeMessage(const MailMessage& m, const QDateTime& date, const QByteArray& messageId)
{
    QByteArray out;
    // RFC 5322 date in English whatever the locale: "Wed, 02 Dec 2026 16:11:32 +0200".
    const QDateTime local = date.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+") +
                            QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') +
                            QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    out += header("Date", QLocale::c().toString(local, u"ddd, dd MMM yyyy HH:mm:ss"_s).toUtf8() +
                              ' ' + zone);
    out += header("From", addressHeader(m.from));
    QList<QByteArray> to;
    for (const MailAddress& a : m.to)
        to.append(addressHeader(a));
    out += header("To", to.join(", "));
    out += header("Subject", encodedWords(m.subject));
    out += header("Message-ID", messageId);
    if (const QByteArray unsubscribe = smtpAddress(m.unsubscribeAddress); !unsubscribe.isEmpty())
        out += header("List-Unsubscribe", "<mailto:" + unsubscribe + "?subject=unsubscribe>");
    out += "MIME-Version: 1.0" + kCrlf;

    const QByteArray mixed = boundary();
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + '"' + kCrlf + kCrlf;
    out += "--" + mixed + kCrlf;
    if (m.html.isEmpty()) {
        out += textPart(m.text, "plain");
    } else {
        const QByteArray alternative = boundary();
        out +=
            "Content-Type: multipart/alternative; boundary=\"" + alternative + '"' + kCrlf + kCrlf;
        out += "--" + alternative + kCrlf + textPart(m.text, "plain");
        out += "--" + alternative + kCrlf + textPart(m.html, "html");
        out += "--" + alternative + "--" + kCrlf;
    }
    for (const MailAttachment& a : m.attachments) {
        out += "--" + mixed + kCrlf;
        out += header("Content-Type", a.mimeType + "; name=\"" + encodedWords(a.fileName) + '"');
        out += "Content-Transfer-Encoding: base64" + kCrlf;
        // RFC 2231 continuations keep each line short however long the name.
        const QByteArray value = extendedValue(a.fileName);
        QList<QByteArray> pieces;
        for (qsizetype i = 0; i < value.size();) {
            qsizetype end = std::min(value.size(), i + 60);
            // Never between the three characters of one %XX.
            if (end < value.size() && value.at(end - 1) == '%')
                end -= 1;
            else if (end < value.size() && end >= 2 && value.at(end - 2) == '%')
                end -= 2;
            pieces.append(value.mid(i, end - i));
            i = end;
        }
        QByteArray disposition = "Content-Disposition: attachment";
        for (qsizetype i = 0; i < pieces.size(); ++i)
            disposition += ';' + kCrlf + " filename*" + QByteArray::number(i) + "*=" + pieces[i];
        out += disposition + kCrlf;
        out += kCrlf + base64Lines(a.bytes);
    }
    out += "--" + mixed + "--" + kCrlf;
    return out;
}

} // namespace kartoteka
