#include "interruptguard.h"

#include <csignal>

namespace {
std::atomic<bool> raised{false};

extern "C" void onInterrupt(int)
{
    raised.store(true);
}
} // namespace

InterruptGuard::InterruptGuard()
{
    raised.store(false);
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

std::atomic<bool>* InterruptGuard::flag()
{
    return &raised;
}
