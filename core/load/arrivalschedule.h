#pragma once

#include <cstdint>

namespace load {

// The open model's intended send times: arrival k (0-based) of a rate that moves linearly from
// `startRate` to `endRate` requests per second over `durationNs`, phase-shifted by `offsetNs`
// (workers sharing a rate interleave instead of sending together). Times are ns from the start.
class ArrivalSchedule
{
public:
    static constexpr std::int64_t never = INT64_MAX;

    ArrivalSchedule(double startRate, double endRate, std::int64_t durationNs, std::int64_t offsetNs = 0);

    // never when the rate cannot reach arrival k (a zero rate).
    std::int64_t intendedNs(std::int64_t k) const;

private:
    double m_startRate; // per ns
    double m_slope;     // per ns^2
    std::int64_t m_offsetNs;
};

} // namespace load
