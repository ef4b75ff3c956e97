#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kartoteka {

// A letter as the shop sends it: to a client, with documents attached.
struct MailAddress
{
    QString name; // "Будмайстер", may be empty
    QString address;
};

struct MailAttachment
{
    QString fileName; // "Рахунок № 5.pdf": any letters
    QByteArray mimeType = "application/pdf";
    QByteArray bytes;
};

struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QString subject;
    QString text; // the plain part, always there
    QString html; // an HTML part beside it, when not empty
    QList<MailAttachment> attachments;
    // A letter of a mailing: the address a mail program's "Unsubscribe"
    // writes to (RFC 2369 List-Unsubscribe, a mailto: with the subject
    // "unsubscribe"); empty for a letter to one client.
    QString unsubscribeAddress;
};

// Whether `address` is one an SMTP server takes in RCPT TO: an address
// (clients/ClientChecks looksLikeEmail) in one alphabet per part with a
// local part in ASCII. A domain in Cyrillic (мій.укр) is sent in its ASCII
// form.
bool isMailAddress(const QString& address);

// `address` as it goes to the server (the domain in ASCII, "xn--…"), or
// empty when it is not a mail address (isMailAddress()).
QByteArray smtpAddress(const QString& address);

// `text` as RFC 2047 encoded words (UTF-8, base64) when it is not plain
// ASCII, each word at most 60 characters and never splitting a character;
// plain ASCII text as it is. Decoders join adjacent encoded words without
// the space between them (RFC 2047 §6.2), as mail programs do.
QByteArray encodedWords(const QString& text);

// A Message-ID unique to this letter: "<random.time@domain>".
QByteArray newMessageId(const QString& domain);

// The whole letter as RFC 5322 bytes with CRLF line ends, ready for SMTP:
// Date, From, To, Subject (encoded words), Message-ID, MIME-Version, a
// multipart/mixed body of a text (and HTML) part in UTF-8 base64 and each
// attachment in base64 named both ways (RFC 2231 filename* and an encoded
// word for older mail programs). Lines are at most 78 characters.
QByteArray mimeMessage(const MailMessage& message, const QDateTime& date,
                       const QByteArray& messageId);

} // namespace kartoteka
