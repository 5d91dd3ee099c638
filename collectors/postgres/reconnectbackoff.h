#pragma once

// Delays between attempts after failures: 1 s, 2 s, 4 s ... capped at 30 s; reset by a success.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(int initialMs = 1000, int maxMs = 30000)
        : m_initialMs(initialMs)
        , m_maxMs(maxMs)
    {
    }
    // Records a failure and returns how long to wait before the next attempt.
    int nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_failures = 0;
};
