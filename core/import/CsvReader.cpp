#include "import/CsvReader.h"

#include <algorithm>

#include "import/ReadError.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Csv)
};

// The separator: the candidate found the same number of times on each of the
// first lines (outside quotes), the most often; a text column with commas does
// not outvote the tabs or semicolons between the columns. Title lines above the
// table with no candidate at all ("Список клієнтів", as 1C writes) are passed over.
QChar guessSeparator(QStringView text)
{
    constexpr int kCandidates = 4;
    constexpr int kLines = 10;
    const QChar candidates[kCandidates] = {u'\t', u';', u',', u'|'};
    qsizetype counts[kLines][kCandidates] = {};
    int lines = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            if (++lines == kLines)
                break;
        } else if (!quoted) {
            for (int i = 0; i < kCandidates; ++i)
                counts[lines][i] += c == candidates[i];
        }
    }
    if (lines < kLines && !text.endsWith(u'\n'))
        ++lines; // the last line has no line end
    int start = 0;
    while (start + 1 < lines && std::all_of(counts[start], counts[start] + kCandidates,
                                            [](qsizetype n) { return n == 0; }))
        ++start;
    QChar best = u',';
    qsizetype bestCount = 0;
    bool bestSteady = false;
    for (int i = 0; i < kCandidates; ++i) {
        const qsizetype first = counts[start][i];
        bool steady = first > 0;
        for (int l = start + 1; l < lines && steady; ++l)
            steady = counts[l][i] == first;
        if (first == 0)
            continue;
        if ((steady && !bestSteady) || (steady == bestSteady && first > bestCount)) {
            best = candidates[i];
            bestCount = first;
            bestSteady = steady;
        }
    }
    return best;
}

using RecordSink = std::function<void(QStringList&& fields, int line)>;

// Splits the text into records; blank lines give none. A field is cut out of
// the text in one piece when it can be (no doubled quote, no stray '\r' inside):
// a million fields appended character by character cost seconds and spare capacity.
Status parseRecords(const QString& text, QChar separator, const RecordSink& sink)
{
    QStringList record;
    QString field; // the pieces of a field that could not be cut out whole
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    qsizetype firstWidth = -1;
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    qsizetype run = 0; // where the current run of the field's literal characters starts
    auto flush = [&](qsizetype end) {
        if (end > run)
            field.append(QStringView(data + run, end - run));
    };
    auto take = [&](qsizetype end) {
        if (field.isEmpty())
            return end > run ? QString(data + run, end - run) : QString();
        flush(end);
        return std::exchange(field, QString());
    };
    auto endRecord = [&] {
        const bool blank = record.size() == 1 && record.first().trimmed().isEmpty();
        if (!blank) {
            if (firstWidth < 0)
                firstWidth = record.size();
            sink(std::move(record), recordLine);
        }
        record = QStringList();
        if (firstWidth > 0)
            record.reserve(firstWidth);
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == u'"') {
                flush(i);
                if (i + 1 < size && data[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
                run = i + 1;
            } else if (c == u'\n') {
                ++line;
            }
            continue;
        }
        if (c == u'"' && i == run && field.isEmpty()) {
            quoted = true;
            run = i + 1;
        } else if (c == separator) {
            record.append(take(i));
            run = i + 1;
        } else if (c == u'\n') {
            record.append(take(i > run && data[i - 1] == u'\r' ? i - 1 : i));
            endRecord();
            run = i + 1;
            ++line;
            recordLine = line;
        } else if (c == u'\r' && !(i + 1 < size && data[i + 1] == u'\n')) {
            flush(i); // a stray carriage return is dropped
            run = i + 1;
        }
    }
    if (quoted)
        return readError(Tr::tr("A quoted field that starts on line %1 never ends: the file seems "
                                "cut off. Nothing was read; export it again.")
                             .arg(recordLine),
                         "csv.unterminated-quote", u"line=%1"_s.arg(recordLine));
    if (size > run || !field.isEmpty() || !record.isEmpty()) {
        // No line end after the last row: when that row is also short, the
        // file was cut off in the middle of it (a copy interrupted, a full disk).
        const qsizetype fields = record.size() + 1;
        if (firstWidth > 0 && fields < firstWidth)
            return readError(
                Tr::tr("The file ends in the middle of line %1 (%2 of the %3 columns): "
                       "it seems cut off. Nothing was read; export it again.")
                    .arg(recordLine)
                    .arg(fields)
                    .arg(firstWidth),
                "csv.cut-off", u"line=%1"_s.arg(recordLine));
        record.append(take(size));
        endRecord();
    }
    return Status::success();
}

Error emptyFile()
{
    return readError(Tr::tr("The file is empty."), "csv.empty");
}

} // namespace

Result<ImportTable> readCsvTable(const QByteArray& bytes, TextEncoding encoding)
{
    Result<DecodedText> decoded = decodeText(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty())
        return emptyFile();
    ImportTable table;
    table.encoding = decoded->encoding;
    table.separator = guessSeparator(text);
    ImportSheet sheet;
    const Status parsed =
        parseRecords(text, table.separator, [&sheet](QStringList&& fields, int line) {
            ImportRow row;
            row.source = line;
            row.cells.reserve(fields.size());
            for (QString& f : fields)
                row.cells.append(ImportCell{std::move(f), {}});
            sheet.columnCount = std::max(sheet.columnCount, int(row.cells.size()));
            sheet.rows.append(std::move(row));
        });
    if (!parsed)
        return parsed.error();
    decoded = DecodedText{}; // the text is no longer needed: free it before returning
    table.sheets.append(std::move(sheet));
    return table;
}

Result<CsvTable> readCsv(const QByteArray& bytes)
{
    const Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty())
        return emptyFile();
    CsvTable table;
    const Status parsed =
        parseRecords(text, guessSeparator(text), [&table](QStringList&& fields, int line) {
            if (table.header.isEmpty()) {
                table.header = std::move(fields);
            } else {
                table.rows.append(std::move(fields));
                table.lineNumbers.append(line);
            }
        });
    if (!parsed)
        return parsed.error();
    for (QString& h : table.header)
        h = h.trimmed();
    return table;
}

} // namespace kartoteka
