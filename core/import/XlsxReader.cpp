#include "import/XlsxReader.h"

#include "import/ReadError.h"
#include "import/XlsxArchive.h"
#include "import/XlsxParts.h"
#include "import/XlsxSheetReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
};

} // namespace

Result<ImportTable> readXlsx(QByteArray bytes, const XlsxLimits& limits)
{
    // Excel 97-2003 (.xls) is an OLE2 compound file, not a zip: say what to do with it.
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return readError(Tr::tr("This is an old Excel workbook (.xls), which Kartoteka does not "
                                "read. Open it in Excel or LibreOffice, save it as .xlsx and "
                                "import that file."),
                         "xlsx.old-xls");
    Result<std::unique_ptr<XlsxArchive>> archive =
        XlsxArchive::open(std::move(bytes), limits.maxUncompressedBytes);
    if (!archive)
        return archive.error();
    qint64 cellBudget = limits.maxCells;
    const Result<XlsxWorkbookParts> parts = readWorkbookParts(**archive, cellBudget);
    if (!parts)
        return parts.error();
    if (parts->sheets.isEmpty())
        return readError(Tr::tr("The workbook has no sheets to read. Nothing was read; save it "
                                "again from Excel or LibreOffice."),
                         "xlsx.no-sheets");
    cellBudget -= parts->sharedStrings.size();
    ImportTable table;
    for (const XlsxSheetRef& ref : parts->sheets) {
        Result<ImportSheet> sheet =
            readXlsxSheet(**archive, *parts, ref, cellBudget, limits.maxCells);
        if (!sheet)
            return sheet.error();
        table.sheets.append(std::move(*sheet));
    }
    return table;
}

} // namespace kartoteka
