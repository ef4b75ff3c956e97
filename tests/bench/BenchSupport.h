#pragma once

// Shared by the benchmarks: timing statistics and "stop with the error".
#include "storage/Result.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace kartoteka::bench {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))],
            ms.back()};
}

inline double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] inline void die(const Error& e)
{
    std::fprintf(stderr, "bench: %s\n", e.fullText().toUtf8().constData());
    std::exit(1);
}

template <typename T> T need(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r).value();
}

inline void need(const Status& s)
{
    if (!s)
        die(s.error());
}

} // namespace kartoteka::bench
