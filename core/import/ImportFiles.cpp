#include "import/ImportFiles.h"

#include "import/ReadError.h"
#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
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

} // namespace kartoteka
