#pragma once

#include "import/ImportRowPlanner.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace kartoteka {

// Reads an import's rows (ImportRowPlanner::read: cells, names, phones) on a
// thread of its own, a few hundred rows ahead of the run that matches and
// saves them: reading a row costs about as much as saving it (libphonenumber
// alone a fifth of a 100,000-row import), and a second core does it while the
// first one writes.
class PlannedRowStream
{
public:
    PlannedRowStream(const ImportContext& context, const ImportSettings& settings,
                     const Principal& who, const QStringList& phoneLabels, const ImportSheet& sheet,
                     qsizetype first);
    // Stops the reading thread, whether or not every row was taken.
    ~PlannedRowStream();
    PlannedRowStream(const PlannedRowStream&) = delete;
    PlannedRowStream& operator=(const PlannedRowStream&) = delete;

    // The next row, in the file's order; nullopt after the last.
    std::optional<PlannedRow> next();
    // Once next() gave nullopt: every list value the rows named that the base lacks.
    QList<UnknownValue> unknownValues() const;

private:
    void readAll();

    static constexpr qsizetype kChunkRows = 256;
    static constexpr size_t kChunksAhead = 4;

    ImportRowPlanner m_reader;
    const ImportSheet& m_sheet;
    const qsizetype m_first;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<PlannedRow>> m_ready; // read, not taken yet
    bool m_finished = false;               // the reader read the last row
    bool m_stopping = false;               // the taker went away

    QList<PlannedRow> m_taking; // the chunk next() takes from
    qsizetype m_taken = 0;
    std::thread m_thread;
};

} // namespace kartoteka
