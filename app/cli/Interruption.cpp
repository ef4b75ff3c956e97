#include "Interruption.h"

#include <csignal>

namespace kartoteka::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
// A lock-free atomic store is safe in a signal handler.
std::atomic_bool* g_alsoSet = nullptr;

extern "C" void interrupt(int)
{
    g_interrupted = 1;
    if (g_alsoSet)
        g_alsoSet->store(true);
}

} // namespace

Interruption::Interruption(std::atomic_bool* alsoSet)
{
    g_interrupted = 0;
    g_alsoSet = alsoSet;
    m_previous = std::signal(SIGINT, interrupt);
}

Interruption::~Interruption()
{
    std::signal(SIGINT, m_previous);
    g_alsoSet = nullptr;
}

bool Interruption::asked() const
{
    return g_interrupted != 0;
}

} // namespace kartoteka::cli
