// libFuzzer entry for the CSV/text reader: detection, every chosen encoding, the parser.
#include "import/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto encoding =
        size == 0 ? kartoteka::TextEncoding::Detect : kartoteka::TextEncoding(data[0] % 5);
    const auto table = kartoteka::readCsvTable(bytes, encoding);
    if (table) {
        for (const auto& sheet : table->sheets)
            for (const auto& row : sheet.rows)
                Q_ASSERT(row.cells.size() <= sheet.columnCount);
    }
    return 0;
}
