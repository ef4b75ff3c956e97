#include "import/VCardProperty.h"

#include "import/ReadError.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <functional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::VCard)
};

struct LogicalLine
{
    int line = 0;
    QByteArray text;
};

bool isQuotedPrintable(QByteArrayView head)
{
    // Only the parameters can say so; most lines are short and name no encoding.
    return head.contains('=') || head.contains(';')
               ? head.toByteArray().toUpper().contains("QUOTED-PRINTABLE")
               : false;
}

// The part of a line before its value's ':' (outside quoted parameter values).
qsizetype valueColon(QByteArrayView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

// Calls `visit` with each unfolded logical line, one at a time: a file of a
// hundred thousand cards is never held as a list of lines.
Status unfold(const QByteArray& bytes, const std::function<Status(const LogicalLine&)>& visit)
{
    LogicalLine current;
    bool softBreak = false; // the line before ended a quoted-printable value with '='
    int number = 0;
    for (qsizetype at = 0; at < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        QByteArrayView physical = QByteArrayView(bytes).sliced(at, end - at);
        at = end + 1;
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        const bool open = current.line > 0;
        if (softBreak && open) {
            current.text.chop(1); // the '='
            current.text += physical;
        } else if (open && !physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t')) {
            current.text += physical.sliced(1);
        } else {
            if (open) {
                if (Status s = visit(current); !s)
                    return s;
                current = LogicalLine{};
            }
            softBreak = false;
            if (physical.trimmed().isEmpty())
                continue;
            current = LogicalLine{number, physical.toByteArray()};
        }
        const qsizetype colon = valueColon(current.text);
        softBreak = colon >= 0 && current.text.endsWith('=') &&
                    isQuotedPrintable(QByteArrayView(current.text).first(colon));
    }
    if (current.line > 0)
        return visit(current);
    return Status::success();
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = QByteArrayView(in.sliced(i + 1, 2)).toByteArray().toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        if (in[i] == '=' && i == in.size() - 1)
            break; // a soft break left at the very end
        out.append(in[i]);
    }
    return out;
}

QString decodeCharset(const QByteArray& bytes, const QByteArray& charset)
{
    const QByteArray name = charset.toLower();
    if (name == "windows-1251" || name == "cp1251" || name == "cp-1251")
        return fromWindows1251(bytes);
    if (!name.isEmpty() && name != "utf-8" && name != "utf8") {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder(bytes);
    }
    // UTF-8, or no charset: UTF-8 when the bytes are, else what the text decoder finds.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString quick = utf8(bytes);
    if (!utf8.hasError() && oddness(quick) == 0)
        return quick;
    const Result<DecodedText> text = decodeText(bytes);
    return text ? text->text : fromWindows1251(bytes);
}

Result<VCardProperty> parse(const LogicalLine& logical)
{
    const QByteArray& line = logical.text;
    const qsizetype colon = valueColon(line);
    if (colon < 0)
        return readError(Tr::tr("Line %1 of the contacts file is not a vCard line (it has no "
                                "“:”). Nothing was read; export the contacts again.")
                             .arg(logical.line),
                         "vcard.bad-line", u"line=%1"_s.arg(logical.line));
    VCardProperty p;
    p.line = logical.line;
    QList<QByteArray> head;
    {
        QByteArray part;
        bool quoted = false;
        for (char c : QByteArrayView(line).first(colon)) {
            if (c == '"')
                quoted = !quoted;
            if (c == ';' && !quoted) {
                head.append(part);
                part.clear();
            } else {
                part.append(c);
            }
        }
        head.append(part);
    }
    QByteArray name = head.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        p.group = QString::fromUtf8(name.left(dot));
        name = name.mid(dot + 1);
    }
    p.name = QString::fromUtf8(name).toUpper();
    bool quotedPrintable = false;
    QByteArray charset;
    for (const QByteArray& param : head) {
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.left(eq)).trimmed().toUpper();
        QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        if (eq < 0) {
            // 2.1's bare parameters: ;CELL;VOICE or ;QUOTED-PRINTABLE
            if (key == "QUOTED-PRINTABLE")
                quotedPrintable = true;
            else
                p.types.append(QString::fromUtf8(key).toLower());
        } else if (key == "TYPE") {
            for (const QByteArray& t : value.split(','))
                if (!t.trimmed().isEmpty())
                    p.types.append(QString::fromUtf8(t.trimmed()).toLower());
        } else if (key == "ENCODING") {
            quotedPrintable = value.toUpper() == "QUOTED-PRINTABLE";
        } else if (key == "CHARSET") {
            charset = value;
        }
    }
    const QByteArrayView raw = QByteArrayView(line).sliced(colon + 1);
    p.value =
        decodeCharset(quotedPrintable ? decodeQuotedPrintable(raw) : raw.toByteArray(), charset);
    return p;
}

} // namespace

Status forEachVCardProperty(const QByteArray& bytes,
                            const std::function<Status(const VCardProperty&)>& visit)
{
    return unfold(bytes, [&visit](const LogicalLine& line) -> Status {
        const Result<VCardProperty> p = parse(line);
        if (!p)
            return p.error();
        return visit(*p);
    });
}

QString unescapeVCardText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            out.append(n == u'n' || n == u'N' ? QChar(u'\n') : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

QStringList splitVCardComponents(QStringView value, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\') {
            ++i;
        } else if (value.at(i) == separator) {
            parts.append(unescapeVCardText(value.sliced(start, i - start)).trimmed());
            start = i + 1;
        }
    }
    parts.append(unescapeVCardText(value.sliced(start)).trimmed());
    return parts;
}

} // namespace kartoteka
