#pragma once

#include <atomic>

// Ctrl-C during a headless run: while a guard lives, SIGINT only raises flag(), so the run stops
// at its next check and keeps what it measured; the previous handler is back when the guard goes.
// The flag stays readable afterwards (what followed the run may want to skip its own steps).
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    static std::atomic<bool>* flag();
    static bool interrupted() { return flag()->load(); }

private:
    void (*m_previous)(int);
};
