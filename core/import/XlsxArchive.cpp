#include "import/XlsxArchive.h"

#include "import/ReadError.h"

#include <QCoreApplication>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
};

} // namespace

// One zip entry as a sequential device: QXmlStreamReader pulls it as it inflates.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(XlsxArchive& archive, zip_file_t* file) : m_archive(archive), m_file(file)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override { zip_fclose(m_file); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        // One byte past the budget tells a spent budget from an entry that ends on it.
        const qint64 ask = std::min(maxSize, m_archive.m_budget + 1);
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(ask));
        if (n < 0) {
            m_archive.m_damaged = true;
            m_archive.m_zipError = QString::fromUtf8(zip_file_strerror(m_file));
            return -1;
        }
        if (n > m_archive.m_budget) {
            m_archive.m_overBudget = true;
            return -1;
        }
        m_archive.m_budget -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    XlsxArchive& m_archive;
    zip_file_t* m_file;
};

XlsxArchive::XlsxArchive(QByteArray bytes, qint64 budget)
    : m_bytes(std::move(bytes)), m_budget(budget), m_limit(budget)
{
}

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<XlsxArchive>> XlsxArchive::open(QByteArray bytes, qint64 budget)
{
    std::unique_ptr<XlsxArchive> archive(new XlsxArchive(std::move(bytes), budget));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(
        archive->m_bytes.constData(), zip_uint64_t(archive->m_bytes.size()), 0, &error);
    if (source)
        archive->m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive->m_zip) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (source)
            zip_source_free(source);
        return readError(Tr::tr("The file is not a complete Excel workbook (.xlsx): it is damaged, "
                                "cut off or of another kind. Nothing was read; save or download "
                                "it again."),
                         "xlsx.not-zip", u"zip=%1"_s.arg(detail));
    }
    zip_error_fini(&error);
    return archive;
}

bool XlsxArchive::contains(const QString& entry) const
{
    return zip_name_locate(m_zip, entry.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::unique_ptr<QIODevice> XlsxArchive::openEntry(const QString& entry)
{
    const zip_int64_t index = zip_name_locate(m_zip, entry.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return nullptr;
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        m_damaged = true;
        m_zipError = QString::fromUtf8(zip_strerror(m_zip));
        return nullptr;
    }
    return std::make_unique<ZipEntryDevice>(*this, file);
}

} // namespace kartoteka
