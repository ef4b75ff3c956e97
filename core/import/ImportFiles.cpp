#include "import/ImportFiles.h"

#include "import/CsvReader.h"
#include "import/ReadError.h"
#include "import/VCardReader.h"
#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
};

struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ImportFiles)
};

} // namespace

Result<ImportTable> readXlsxFile(const QString& path, const XlsxLimits& limits)
{
    // Its size from the directory (no descriptor), before reading it whole.
    if (QFileInfo(path).size() > limits.maxFileBytes)
        return readError(Tr::tr("The file %1 is larger than %L2 MB: too big to import at once. "
                                "Nothing was read; split it into smaller files.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(limits.maxFileBytes / (1024 * 1024)),
                         "xlsx.file-too-big");
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes)
        return bytes.error();
    return readXlsx(std::move(*bytes), limits);
}

Result<ImportTable> readImportFile(const QString& path, TextEncoding encoding)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s || suffix == u"xlsm"_s)
        return readXlsxFile(path);
    if (suffix == u"xls"_s)
        return readError(ImportTr::tr("%1 is an old Excel workbook (.xls), which Kartoteka does "
                                      "not read. Open it in Excel or LibreOffice, save it as "
                                      "\"Excel workbook (.xlsx)\" and import that file.")
                             .arg(QFileInfo(path).fileName()),
                         "import.xls");
    const bool isVCard = suffix == u"vcf"_s || suffix == u"vcard"_s;
    if (!isVCard && suffix != u"csv"_s && suffix != u"txt"_s && suffix != u"tsv"_s)
        return readError(ImportTr::tr("Kartoteka imports clients from Excel workbooks (.xlsx), "
                                      "CSV or text files (.csv, .txt) and phone contacts "
                                      "(.vcf); %1 is none of them.")
                             .arg(QFileInfo(path).fileName()),
                         "import.unknown-format");
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes)
        return bytes.error();
    return isVCard ? readVCards(*bytes) : readCsvTable(*bytes, encoding);
}

} // namespace kartoteka
