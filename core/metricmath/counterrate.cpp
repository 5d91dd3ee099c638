#include "counterrate.h"

#include <algorithm>

namespace metricmath {

namespace {

// The points a left-open range selector (start, end] returns.
std::span<const Point> pointsInWindow(std::span<const Point> points, RangeWindow window)
{
    const auto first = std::partition_point(points.begin(), points.end(),
                                            [&](const Point& p) { return p.timestampMs <= window.startMs; });
    const auto last = std::partition_point(first, points.end(),
                                           [&](const Point& p) { return p.timestampMs <= window.endMs; });
    return {first, last};
}

// last - first, adding back the value lost at every counter reset (any decrease).
double rawIncrease(std::span<const Point> points, bool isCounter)
{
    double result = points.back().value - points.front().value;
    if (!isCounter)
        return result;
    for (std::size_t i = 1; i < points.size(); ++i) {
        if (points[i].value < points[i - 1].value)
            result += points[i - 1].value;
    }
    return result;
}

InstantVector applyToAll(const RangeVector& series, RangeWindow window, bool isCounter, bool isRate)
{
    InstantVector result;
    for (const auto& [labels, points] : series) {
        if (const auto value = extrapolatedRate(points, window, isCounter, isRate))
            result[labels.withoutMetricName()] = *value;
    }
    return result;
}

} // namespace

std::optional<double> extrapolatedRate(std::span<const Point> allPoints, RangeWindow window, bool isCounter,
                                       bool isRate)
{
    const std::span<const Point> points = pointsInWindow(allPoints, window);
    if (points.size() < 2)
        return std::nullopt;
    const std::int64_t firstT = points.front().timestampMs;
    const std::int64_t lastT = points.back().timestampMs;
    if (lastT <= firstT)
        return std::nullopt; // Prometheus never stores two samples at one timestamp; 0/0 otherwise

    const double result = rawIncrease(points, isCounter);
    double durationToStart = double(firstT - window.startMs) / 1000.0;
    double durationToEnd = double(window.endMs - lastT) / 1000.0;
    const double sampledInterval = double(lastT - firstT) / 1000.0;
    const double averageDurationBetweenSamples = sampledInterval / double(points.size() - 1);

    // A first/last point further than 1.1 average spacings from the edge means the series starts/ends
    // inside the window: extrapolate only half a spacing there.
    const double extrapolationThreshold = averageDurationBetweenSamples * 1.1;
    if (durationToStart >= extrapolationThreshold)
        durationToStart = averageDurationBetweenSamples / 2;
    if (isCounter) {
        // Counters cannot be negative: stop the extrapolation where the line through the points hits zero.
        double durationToZero = durationToStart;
        if (result > 0 && points.front().value >= 0)
            durationToZero = sampledInterval * (points.front().value / result);
        durationToStart = std::min(durationToStart, durationToZero);
    }
    if (durationToEnd >= extrapolationThreshold)
        durationToEnd = averageDurationBetweenSamples / 2;

    double factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    if (isRate)
        factor /= window.seconds();
    return result * factor;
}

std::optional<double> rate(std::span<const Point> points, RangeWindow window)
{
    return extrapolatedRate(points, window, true, true);
}

std::optional<double> increase(std::span<const Point> points, RangeWindow window)
{
    return extrapolatedRate(points, window, true, false);
}

std::optional<double> delta(std::span<const Point> points, RangeWindow window)
{
    return extrapolatedRate(points, window, false, false);
}

InstantVector rate(const RangeVector& series, RangeWindow window)
{
    return applyToAll(series, window, true, true);
}

InstantVector increase(const RangeVector& series, RangeWindow window)
{
    return applyToAll(series, window, true, false);
}

InstantVector delta(const RangeVector& series, RangeWindow window)
{
    return applyToAll(series, window, false, false);
}

} // namespace metricmath
