// libFuzzer entry for the XLSX reader: the zip container, every XML part, the cells.
#include "import/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kartoteka::XlsxLimits limits;
    limits.maxCells = 200'000; // a fuzzer's merged A1:XFD1048576 must not take the memory
    limits.maxUncompressedBytes = 64 * 1024 * 1024;
    const auto table = kartoteka::readXlsx(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), limits);
    (void)table.ok();
    return 0;
}
