#pragma once

#include <atomic>

namespace kartoteka::cli {

// Ctrl+C (SIGINT) while a long command runs: asked() turns true and the
// command stops between two steps, leaving nothing half-done (a backup's
// partial file removed, a mailing paused after the letter being sent),
// instead of the process dying in the middle. One at a time; the handler
// before it is put back when it goes.
class Interruption
{
public:
    // `alsoSet`, when given, is set too when Ctrl+C comes (a mailing's pause).
    explicit Interruption(std::atomic_bool* alsoSet = nullptr);
    ~Interruption();
    Interruption(const Interruption&) = delete;
    Interruption& operator=(const Interruption&) = delete;

    bool asked() const;

private:
    void (*m_previous)(int);
};

} // namespace kartoteka::cli
