#include "storage/FreedMemory.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kartoteka {

void keepFreedMemory(qint64 bytes)
{
    static std::once_flag once;
    std::call_once(once, [bytes] {
#if defined(__GLIBC__)
        constexpr int kLargestHeapBlock = 32 * 1024 * 1024;
        mallopt(M_MMAP_THRESHOLD, kLargestHeapBlock);
        // What a trim leaves at the top of a heap: the next job's pages.
        mallopt(M_TOP_PAD, int(qMin<qint64>(bytes, 1 << 30)));
#else
        Q_UNUSED(bytes);
#endif
    });
}

} // namespace kartoteka
