#include "catalog/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

QString decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: the usual Cyrillic Windows code page of accounting exports.
    QStringDecoder cp1251("windows-1251");
    if (cp1251.isValid())
        return cp1251(data);
    return QString::fromLatin1(data);
}

QChar guessSeparator(const QString& firstLine)
{
    QChar best = u',';
    qsizetype most = 0;
    for (QChar c : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
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
    const QString text = decode(bytes);
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("kartoteka::Csv", "The file is empty."));
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
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (quoted)
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate(
                             "kartoteka::Csv", "A quoted field that starts on line %1 never ends.")
                             .arg(recordLine));
    for (QString& h : table.header)
        h = h.trimmed();
    return table;
}

} // namespace kartoteka
