#include "arrivalschedule.h"

#include <cmath>

namespace load {

ArrivalSchedule::ArrivalSchedule(double startRate, double endRate, std::int64_t durationNs,
                                 std::int64_t offsetNs)
    : m_startRate(startRate / 1e9)
    , m_slope(durationNs > 0 ? (endRate - startRate) / 1e9 / double(durationNs) : 0.0)
    , m_offsetNs(offsetNs)
{
}

std::int64_t ArrivalSchedule::intendedNs(std::int64_t k) const
{
    // Arrivals by time t: a t + b t^2 / 2; arrival k is due when that reaches k.
    const double a = m_startRate;
    const double b = m_slope;
    const double n = double(k);
    if (a <= 0 && b <= 0)
        return never;
    if (k == 0)
        return m_offsetNs;
    const double discriminant = a * a + 2 * b * n;
    if (discriminant < 0)
        return never; // a falling rate that ends before arrival k
    // The root of b t^2 / 2 + a t - n written to stay exact when b is near zero.
    const double denominator = a + std::sqrt(discriminant);
    if (denominator <= 0)
        return never;
    const double t = 2 * n / denominator;
    if (t > 9e18)
        return never;
    return m_offsetNs + std::int64_t(t);
}

} // namespace load
