#include "import/PlannedRowStream.h"

namespace kartoteka {

PlannedRowStream::PlannedRowStream(const ImportContext& context, const ImportSettings& settings,
                                   const Principal& who, const QStringList& phoneLabels,
                                   const ImportSheet& sheet, qsizetype first)
    : m_reader(context, settings, who, phoneLabels), m_sheet(sheet), m_first(first),
      m_thread([this] { readAll(); })
{
}

PlannedRowStream::~PlannedRowStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PlannedRowStream::readAll()
{
    for (qsizetype i = m_first; i < m_sheet.rows.size();) {
        QList<PlannedRow> chunk;
        chunk.reserve(kChunkRows);
        for (; i < m_sheet.rows.size() && chunk.size() < kChunkRows; ++i)
            chunk.append(m_reader.read(m_sheet.rows[i]));
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopping || m_ready.size() < kChunksAhead; });
        if (m_stopping)
            return;
        m_ready.push_back(std::move(chunk));
        lock.unlock();
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::optional<PlannedRow> PlannedRowStream::next()
{
    if (m_taken == m_taking.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return std::nullopt;
        m_taking = std::move(m_ready.front());
        m_ready.pop_front();
        m_taken = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    return std::move(m_taking[m_taken++]);
}

QList<UnknownValue> PlannedRowStream::unknownValues() const
{
    // Read only once the reader finished: next() gave nullopt after it said so.
    return m_reader.unknownValues();
}

} // namespace kartoteka
