#pragma once

#include "healthprobe.h"
#include "httprequest.h"

// Pure parts of probing, separate from I/O so they are tested on their own.
namespace ProbeEvaluation {
// Empty when the response satisfies the probe, otherwise why it does not.
QString check(const HealthProbe& probe, const HttpResult& result);
} // namespace ProbeEvaluation

// Up/down with hysteresis: down after N consecutive failures, up again after one success.
class ProbeState
{
public:
    explicit ProbeState(int failuresBeforeDown = 3)
        : m_failuresBeforeDown(failuresBeforeDown > 0 ? failuresBeforeDown : 1)
    {
    }
    void record(bool success);
    bool isUp() const { return m_up; }
    int consecutiveFailures() const { return m_failures; }

private:
    int m_failuresBeforeDown;
    int m_failures = 0;
    bool m_up = true;
};
