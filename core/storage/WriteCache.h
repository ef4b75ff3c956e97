#pragma once

#include "storage/Result.h"

namespace kartoteka {

class Database;

// A larger page cache for one long write on a SQLite file (an import of a
// hundred thousand clients), the connection's own again when it goes. The
// default 2 MB is spilled to disk again and again by a write that touches
// every index of a big table: a 100,000-row import took 35 s with it, 26 s
// with 32 MB. On a server it does nothing.
class LargerWriteCache
{
public:
    // 64 MB cost a 100,000-row import 30 MB more and saved it only a second.
    // Since the clients' indexes are set aside for such a write
    // (storage/PausedIndexes.h), 24 MB writes it as fast as 32 MB, 13 MB
    // lighter: the sort that builds them again needs its own memory.
    static constexpr qint64 kBulkWriteBytes = 24 * 1024 * 1024;

    explicit LargerWriteCache(Database& db, qint64 bytes = kBulkWriteBytes);
    ~LargerWriteCache();
    LargerWriteCache(const LargerWriteCache&) = delete;
    LargerWriteCache& operator=(const LargerWriteCache&) = delete;

private:
    Database& m_db;
    qint64 m_before = 0; // PRAGMA cache_size as it was (0: nothing changed)
};

} // namespace kartoteka
