#include "import/XlsxSheetReader.h"

#include "import/ReadError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
};

constexpr int kMaxColumns = 16384; // XFD
constexpr int kMaxRows = 1048576;

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellName(int column, int row)
{
    return columnName(column) + QString::number(row);
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

// Everything the sheet's XML says about one cell, before it is typed.
struct RawCell
{
    QStringView type; // the t attribute
    int style = 0;
    QString value; // <v>
    QString inlineText;
    bool hasValue = false;
};

class SheetReader
{
public:
    SheetReader(const XlsxWorkbookParts& parts, const XlsxSheetRef& ref, qint64& budget, qint64 cap)
        : m_parts(parts), m_ref(ref), m_budget(budget), m_cap(cap)
    {
        m_sheet.name = ref.name;
        m_sheet.hidden = ref.hidden;
    }

    Status read(QXmlStreamReader& xml)
    {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"row") {
                if (Status s = readRow(xml); !s)
                    return s;
            } else if (xml.name() == u"mergeCell") {
                const QString ref = xml.attributes().value(u"ref"_s).toString();
                if (Status s = merge(ref); !s)
                    return s;
            }
        }
        return Status::success();
    }

    ImportSheet take()
    {
        putInOrder();
        return std::move(m_sheet);
    }

private:
    Error badReference(const QString& ref) const
    {
        return readError(Tr::tr("Sheet “%1” is damaged: “%2” (in part %3) is not a cell. Nothing "
                                "was read; save it again from Excel or LibreOffice.")
                             .arg(m_ref.name, ref.left(40), m_ref.entry),
                         "xlsx.bad-cell-ref", u"entry=%1 cell=%2"_s.arg(m_ref.entry, ref.left(40)));
    }

    Status take(qint64 cells)
    {
        m_budget -= cells;
        if (m_budget < 0)
            return tooManyCells(m_cap);
        return Status::success();
    }

    Status readRow(QXmlStreamReader& xml)
    {
        const QStringView r = xml.attributes().value(u"r"_s);
        int rowNumber = m_lastRow + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            rowNumber = r.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > kMaxRows)
                return badReference(r.toString());
        }
        m_lastRow = rowNumber;
        ImportRow row;
        row.source = rowNumber;
        row.cells.reserve(std::max(m_sheet.columnCount, 4)); // not one reallocation per cell
        int column = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView ref = a.value(u"r"_s);
            int cellRow = rowNumber; // as the cell names itself, for messages
            if (ref.isEmpty()) {
                ++column;
                if (column >= kMaxColumns)
                    return badReference(cellName(column, rowNumber));
            } else {
                if (!parseCellReference(ref, column, cellRow))
                    return badReference(ref.toString());
            }
            RawCell raw;
            raw.type = a.value(u"t"_s); // `a` outlives `raw`
            raw.style = a.value(u"s"_s).toInt();
            readCellContent(xml, raw);
            Result<ImportCell> cell = typed(raw, column, cellRow);
            if (!cell)
                return cell.error();
            if (cell->isEmpty())
                continue;
            if (column >= row.cells.size()) {
                if (Status s = take(column + 1 - row.cells.size()); !s)
                    return s;
                row.cells.resize(column + 1);
            }
            row.cells[column] = std::move(*cell);
        }
        if (!row.cells.isEmpty()) {
            if (!m_sheet.rows.isEmpty() && m_sheet.rows.constLast().source >= rowNumber)
                m_unordered = true;
            m_sheet.columnCount = std::max(m_sheet.columnCount, int(row.cells.size()));
            m_sheet.rows.append(std::move(row));
        }
        return Status::success();
    }

    static void readCellContent(QXmlStreamReader& xml, RawCell& raw)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v") {
                raw.value = xml.readElementText();
                raw.hasValue = true;
            } else if (xml.name() == u"is") {
                // Inline text: a <t>, or rich-text runs <r><t>, never the phonetic <rPh>.
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"t") {
                        raw.inlineText += xml.readElementText();
                    } else if (xml.name() == u"r") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"t")
                                raw.inlineText += xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                raw.hasValue = true;
            } else {
                xml.skipCurrentElement(); // <f>, <extLst>
            }
        }
    }

    Result<ImportCell> typed(const RawCell& raw, int column, int row) const
    {
        if (!raw.hasValue)
            return ImportCell{};
        if (raw.type == u"s") {
            bool ok = false;
            const qlonglong index = QStringView(raw.value).trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_parts.sharedStrings.size()) {
                const QString cell = cellName(column, row);
                return readError(
                    Tr::tr("Sheet “%1” is damaged: cell %2 refers to text number %3, but the "
                           "workbook has %n text(s). Nothing was read; save it again from Excel "
                           "or LibreOffice.",
                           nullptr, int(m_parts.sharedStrings.size()))
                        .arg(m_ref.name, cell, raw.value.left(20)),
                    m_parts.hasSharedStrings ? "xlsx.shared-string-out-of-range"
                                             : "xlsx.no-shared-strings",
                    u"entry=%1 cell=%2"_s.arg(m_ref.entry, cell));
            }
            return ImportCell{m_parts.sharedStrings.at(index), {}};
        }
        if (raw.type == u"inlineStr")
            return ImportCell{decodeExcelEscapes(raw.inlineText), {}};
        if (raw.type == u"str" || raw.type == u"e")
            return ImportCell{decodeExcelEscapes(raw.value), {}};
        if (raw.type == u"b") {
            const bool v = raw.value.trimmed() == u"1" || raw.value.trimmed() == u"true";
            return ImportCell{v ? u"TRUE"_s : u"FALSE"_s, v};
        }
        if (raw.type == u"d") {
            const QDateTime at = QDateTime::fromString(raw.value.trimmed(), Qt::ISODate);
            if (at.isValid()) {
                const QVariant value =
                    at.time() == QTime(0, 0) ? QVariant(at.date()) : QVariant(at);
                return ImportCell{dateValueText(value, at.time().second() != 0), value};
            }
            return ImportCell{raw.value, {}};
        }
        const QStringView digits = QStringView(raw.value).trimmed();
        if (digits.isEmpty())
            return ImportCell{};
        bool ok = false;
        const double number = digits.toDouble(&ok);
        if (!ok) {
            const QString cell = cellName(column, row);
            return readError(Tr::tr("Sheet “%1” is damaged: cell %2 should hold a number but holds "
                                    "“%3”. Nothing was read; save it again from Excel or "
                                    "LibreOffice.")
                                 .arg(m_ref.name, cell, raw.value.left(40)),
                             "xlsx.bad-number", u"entry=%1 cell=%2"_s.arg(m_ref.entry, cell));
        }
        const NumberKind kind = m_parts.styleKinds.value(raw.style, NumberKind::Number);
        if (kind != NumberKind::Number) {
            const QVariant value = serialToDateValue(number, kind, m_parts.date1904);
            if (!value.isNull())
                return ImportCell{dateValueText(value, false), value};
        }
        const int width = m_parts.styleZeroPadding.value(raw.style, 0);
        if (width > 0 && number >= 0 && number < 1e15 && number == std::floor(number))
            return ImportCell{QString::number(qint64(number)).rightJustified(width, u'0'), number};
        return ImportCell{numberText(number), number};
    }

    // Excel writes rows in order; a writer that does not is put in order here.
    void putInOrder()
    {
        if (!m_unordered)
            return;
        std::stable_sort(
            m_sheet.rows.begin(), m_sheet.rows.end(),
            [](const ImportRow& a, const ImportRow& b) { return a.source < b.source; });
        m_unordered = false;
    }

    ImportRow* rowAt(int number, bool create)
    {
        auto it = std::lower_bound(m_sheet.rows.begin(), m_sheet.rows.end(), number,
                                   [](const ImportRow& r, int n) { return r.source < n; });
        if (it != m_sheet.rows.end() && it->source == number)
            return &*it;
        if (!create)
            return nullptr;
        ImportRow row;
        row.source = number;
        return &*m_sheet.rows.insert(it, std::move(row));
    }

    // The value of a merged range's first cell in every cell of the range.
    Status merge(const QString& ref)
    {
        const qsizetype colon = ref.indexOf(u':');
        int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
        if (colon < 0 || !parseCellReference(QStringView(ref).first(colon), c1, r1) ||
            !parseCellReference(QStringView(ref).sliced(colon + 1), c2, r2))
            return badReference(ref);
        if (c2 < c1)
            std::swap(c1, c2);
        if (r2 < r1)
            std::swap(r1, r2);
        putInOrder();
        const ImportRow* first = rowAt(r1, false);
        if (!first || c1 >= first->cells.size() || first->cells.at(c1).isEmpty())
            return Status::success();
        if (Status s = take(qint64(c2 - c1 + 1) * (r2 - r1 + 1)); !s)
            return s;
        const ImportCell value = first->cells.at(c1);
        for (int r = r1; r <= r2; ++r) {
            ImportRow* row = rowAt(r, true);
            if (row->cells.size() <= c2)
                row->cells.resize(c2 + 1);
            for (int c = c1; c <= c2; ++c) {
                if (row->cells.at(c).isEmpty())
                    row->cells[c] = value;
            }
            m_sheet.columnCount = std::max(m_sheet.columnCount, int(row->cells.size()));
        }
        return Status::success();
    }

    const XlsxWorkbookParts& m_parts;
    const XlsxSheetRef& m_ref;
    qint64& m_budget;
    qint64 m_cap;
    ImportSheet m_sheet;
    int m_lastRow = 0;
    bool m_unordered = false;
};

} // namespace

bool parseCellReference(QStringView ref, int& column, int& row)
{
    qsizetype i = 0;
    if (i < ref.size() && ref.at(i) == u'$')
        ++i;
    int col = 0;
    const qsizetype lettersStart = i;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 0x80) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == lettersStart)
        return false;
    if (i < ref.size() && ref.at(i) == u'$')
        ++i;
    if (i >= ref.size() || !ref.at(i).isDigit())
        return false;
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    column = col - 1;
    row = r;
    return true;
}

Result<ImportSheet> readXlsxSheet(XlsxArchive& archive, const XlsxWorkbookParts& parts,
                                  const XlsxSheetRef& sheet, qint64& cellBudget, qint64 cellCap)
{
    SheetReader reader(parts, sheet, cellBudget, cellCap);
    const Status read = readXmlPart(archive, sheet.entry,
                                    [&reader](QXmlStreamReader& xml) { return reader.read(xml); });
    if (!read)
        return read.error();
    return reader.take();
}

} // namespace kartoteka
