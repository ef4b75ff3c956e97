#pragma once

#include <QtGlobal>

namespace kartoteka {

// Lets the next job's connection reuse the memory the last one freed.
//
// A connection opened for a job (the reports, the call list) fills a page
// cache of tens of megabytes and frees it when it closes. glibc's allocator
// gives freed memory at the top of its heap back to the system, so the next
// job's connection gets fresh pages again, and the first touch of each fresh
// page is a page fault. On the 2-core test machine (a virtual machine) one
// fault costs about 30 µs, against 2.5 µs to read a 4 KB page of the file
// with pread: the faults were most of what a fresh connection added to the
// month's dashboard. This keeps up to `bytes` of freed memory in each of the
// allocator's heaps, and keeps blocks up to 32 MB (glibc's own upper limit
// for its adaptive threshold) in the heap rather than in mappings of their
// own, which are returned on every free. Process-wide and once: the first
// call decides. Elsewhere than glibc it does nothing.
void keepFreedMemory(qint64 bytes);

} // namespace kartoteka
