#include "catalog/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Csv)
};

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The text of the file: UTF-16 with a byte-order mark (Excel's "Unicode
// text"), UTF-8, or Windows-1251 (the Cyrillic code page of accounting
// exports) when no line of it is UTF-8. A file that mixes the two (a 1251 row
// pasted into a UTF-8 file) is refused with the line, never decoded wholly as
// 1251: that would turn every other Cyrillic row into mojibake.
Result<QString> decode(const QByteArray& bytes)
{
    std::optional<QStringDecoder::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringDecoder::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringDecoder::Utf16BE;
        skip = 2;
    }
    if (utf16) {
        QStringDecoder decoder(*utf16);
        const QString text = decoder(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError() || (bytes.size() - skip) % 2 != 0)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The file starts as UTF-16 text but is damaged or cut off. "
                                    "Nothing was read; save it again."));
        return text;
    }
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (data.contains('\0'))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("The file is not text in UTF-8, UTF-16 or Windows-1251 (it has zero "
                   "bytes). Save it from the spreadsheet as CSV or Unicode text."));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    // Not UTF-8 as a whole: look line by line whether any line is UTF-8.
    int line = 0;
    int firstBroken = 0;
    bool someUtf8 = false;
    for (QByteArrayView rest = data; !rest.isEmpty();) {
        ++line;
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView one = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (isAscii(one))
            continue;
        QStringDecoder check(QStringDecoder::Utf8);
        [[maybe_unused]] const QString read = check(one); // decoded when converted
        if (check.hasError()) {
            if (firstBroken == 0)
                firstBroken = line;
        } else {
            someUtf8 = true;
        }
    }
    if (someUtf8)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Line %1 of the file is not in UTF-8 like the rest of it (probably "
                                "pasted from a Windows-1251 file). Nothing was read; fix or retype "
                                "that line and save the file as UTF-8.")
                             .arg(firstBroken));
    QStringDecoder cp1251("windows-1251");
    if (cp1251.isValid())
        return QString(cp1251(data));
    return QString::fromLatin1(data);
}

QChar guessSeparator(const QString& firstLine)
{
    QChar best = u',';
    qsizetype most = 0;
    for (QChar c : {QChar(u';'), QChar(u','), QChar(u'\t'), QChar(u'|')}) {
        const qsizetype n = firstLine.count(c);
        if (n > most) {
            most = n;
            best = c;
        }
    }
    return best;
}

} // namespace

Result<CsvTable> readCsv(const QByteArray& bytes)
{
    const Result<QString> decoded = decode(bytes);
    if (!decoded)
        return decoded.error();
    const QString& text = *decoded;
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The file is empty."));
    const QChar separator = guessSeparator(text.left(text.indexOf(u'\n')));

    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        record.append(field);
        field.clear();
        const bool blank = record.size() == 1 && record.first().trimmed().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = record;
            } else {
                table.rows.append(record);
                table.lineNumbers.append(recordLine);
            }
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (quoted)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A quoted field that starts on line %1 never ends: the file seems "
                                "cut off. Nothing was read; export it again.")
                             .arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty()) {
        // No line end after the last row: when that row is also short, the
        // file was cut off in the middle of it (a copy interrupted, a full disk).
        const qsizetype fields = record.size() + 1;
        if (!table.header.isEmpty() && fields < table.header.size())
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("The file ends in the middle of line %1 (%2 of the %3 columns): "
                       "it seems cut off. Nothing was read; export it again.")
                    .arg(recordLine)
                    .arg(fields)
                    .arg(table.header.size()));
        endRecord();
    }
    for (QString& h : table.header)
        h = h.trimmed();
    return table;
}

} // namespace kartoteka
