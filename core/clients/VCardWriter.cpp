#include "clients/VCardWriter.h"

#include "reports/ReportTable.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// RFC 2426 5.8.4: backslash, comma and semicolon are escaped in text values,
// and a line break is written as \n.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// A content line folded into lines of at most 75 octets: the continuation
// starts with a space, and a UTF-8 sequence is never split.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        // Continuation bytes are 10xxxxxx: step back to a character's start.
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString phoneType(const QString& label)
{
    const QString l = label.trimmed().toLower();
    if (l.contains(u"mob"_s) || l.contains(u"моб"_s) || l.contains(u"cell"_s))
        return u"CELL"_s;
    if (l.contains(u"work"_s) || l.contains(u"роб"_s) || l.contains(u"раб"_s))
        return u"WORK"_s;
    if (l.contains(u"home"_s) || l.contains(u"дом"_s))
        return u"HOME"_s;
    return u"VOICE"_s;
}

} // namespace

QByteArray vCardOf(const QList<Client>& clients)
{
    QByteArray out;
    for (const Client& c : clients) {
        appendLine(out, u"BEGIN:VCARD"_s);
        appendLine(out, u"VERSION:3.0"_s);
        if (c.kind == ClientKind::Company) {
            appendLine(out, u"N:;;;;"_s);
            appendLine(out, u"FN:"_s + escaped(c.displayName()));
            appendLine(out, u"ORG:"_s + escaped(c.displayName()));
        } else {
            appendLine(out, u"N:%1;%2;%3;;"_s.arg(escaped(c.lastName), escaped(c.firstName),
                                                  escaped(c.middleName)));
            appendLine(out, u"FN:"_s + escaped(c.displayName()));
            if (!c.companyName.isEmpty())
                appendLine(out, u"ORG:"_s + escaped(c.companyName));
        }
        if (!c.jobTitle.isEmpty())
            appendLine(out, u"TITLE:"_s + escaped(c.jobTitle));
        for (const Phone& p : c.phones)
            appendLine(out, u"TEL;TYPE=%1:%2"_s.arg(phoneType(p.label),
                                                    escaped(p.e164.isEmpty() ? p.raw : p.e164)));
        for (const Email& e : c.emails)
            appendLine(out, u"EMAIL;TYPE=INTERNET:"_s + escaped(e.address));
        if (!c.actualAddress.isEmpty())
            appendLine(out, u"ADR:;;%1;;;;"_s.arg(escaped(c.actualAddress)));
        if (c.birthday.isValid())
            appendLine(out, u"BDAY:"_s + c.birthday.toString(Qt::ISODate));
        if (!c.comment.isEmpty())
            appendLine(out, u"NOTE:"_s + escaped(c.comment));
        // Tags as the card's categories (contacts apps show them as groups).
        if (!c.tags.isEmpty()) {
            QStringList tags;
            for (const QString& tag : c.tags)
                tags.append(escaped(tag));
            appendLine(out, u"CATEGORIES:"_s + tags.join(u','));
        }
        // The website; a phone's card has one URL that a contacts app opens.
        for (const Link& link : c.links) {
            if (link.kind == u"website"_s) {
                appendLine(out, u"URL:"_s + escaped(link.value));
                break;
            }
        }
        appendLine(out, u"END:VCARD"_s);
    }
    return out;
}

Status writeVCards(const QList<Client>& clients, const QString& path)
{
    return writeChosenFile(path, vCardOf(clients));
}

} // namespace kartoteka
