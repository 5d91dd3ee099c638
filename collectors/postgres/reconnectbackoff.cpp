#include "reconnectbackoff.h"

#include <algorithm>

int ReconnectBackoff::nextDelayMs()
{
    ++m_failures;
    long long delay = m_initialMs;
    for (int i = 1; i < m_failures && delay < m_maxMs; ++i)
        delay *= 2;
    return int(std::min<long long>(delay, m_maxMs));
}
