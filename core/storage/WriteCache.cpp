#include "storage/WriteCache.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

LargerWriteCache::LargerWriteCache(Database& db, qint64 bytes) : m_db(db)
{
    if (db.backend() != Backend::Sqlite)
        return;
    Result<QVariant> before = sql::scalar(db.connection(), u"PRAGMA cache_size"_s);
    if (!before || before->toLongLong() == 0)
        return;
    // Negative sizes are KiB, positive ones pages: only ever made larger.
    const qint64 wanted = -(bytes / 1024);
    const qint64 current = before->toLongLong();
    if (current < 0 ? current <= wanted : current * 4096 >= bytes)
        return;
    // A cache that could not be made larger only makes the write slower.
    if (sql::exec(db.connection(), u"PRAGMA cache_size = %1"_s.arg(wanted)).ok())
        m_before = current;
}

LargerWriteCache::~LargerWriteCache()
{
    if (m_before != 0)
        (void)sql::exec(m_db.connection(), u"PRAGMA cache_size = %1"_s.arg(m_before));
}

} // namespace kartoteka
