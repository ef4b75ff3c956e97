// libFuzzer entry for the vCard reader: unfolding, quoted-printable, charsets, cards.
#include "import/VCardReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto table =
        kartoteka::readVCards(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (table) {
        for (const auto& sheet : table->sheets)
            for (const auto& row : sheet.rows)
                Q_ASSERT(row.cells.size() == sheet.columnKeys.size());
    }
    return 0;
}
