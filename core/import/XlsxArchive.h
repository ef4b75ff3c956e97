#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

typedef struct zip zip_t;

namespace kartoteka {

// The zip container of an XLSX workbook, over libzip, read from memory. Every
// entry is read through one budget of uncompressed bytes, so a zip bomb (a few
// kilobytes that inflate to gigabytes) stops at the budget instead of filling
// the memory or the disk; the entry's own declared size is not trusted.
class XlsxArchive
{
public:
    static constexpr qint64 kUncompressedBudget = 512LL * 1024 * 1024;

    // Refused: bytes that are not a complete zip (a truncated download, another file type).
    static Result<std::unique_ptr<XlsxArchive>> open(QByteArray bytes,
                                                     qint64 budget = kUncompressedBudget);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    bool contains(const QString& entry) const;
    // A device reading the entry as it inflates; nullptr when there is no such entry.
    std::unique_ptr<QIODevice> openEntry(const QString& entry);

    bool overBudget() const { return m_overBudget; } // a read stopped at the budget
    qint64 budgetLimit() const { return m_limit; }
    bool damaged() const { return m_damaged; } // a read failed (bad data, CRC)
    QString lastZipError() const { return m_zipError; }

private:
    explicit XlsxArchive(QByteArray bytes, qint64 budget);
    friend class ZipEntryDevice;

    QByteArray m_bytes; // libzip reads from it: kept alive as long as the archive
    zip_t* m_zip = nullptr;
    qint64 m_budget = 0;
    qint64 m_limit = 0;
    bool m_overBudget = false;
    bool m_damaged = false;
    QString m_zipError;
};

} // namespace kartoteka
