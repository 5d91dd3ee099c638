#include "queryplanner.h"

#include "counterrate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace store {
namespace {

std::int64_t ceilToMultiple(std::int64_t value, std::int64_t multiple)
{
    const std::int64_t floor = bucketStart(value, multiple);
    return floor == value ? value : floor + multiple;
}

double minIgnoringNan(double a, double b)
{
    return std::isnan(a) || b < a ? b : a;
}

double maxIgnoringNan(double a, double b)
{
    return std::isnan(a) || b > a ? b : a;
}

double counterIncrease(double previous, double current)
{
    return current >= previous ? current - previous : current; // a drop is a reset from zero
}

} // namespace

std::int64_t bucketMs(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Minute:
        return minuteMs;
    case Resolution::Hour:
        return hourMs;
    case Resolution::Raw:
        break;
    }
    return 1;
}

Resolution resolutionForStep(std::int64_t stepMs)
{
    if (stepMs >= hourMs)
        return Resolution::Hour;
    if (stepMs >= minuteMs)
        return Resolution::Minute;
    return Resolution::Raw;
}

std::int64_t stepForPoints(std::int64_t startMs, std::int64_t endMs, int maxPoints)
{
    const std::int64_t span = std::max<std::int64_t>(endMs - startMs, 1);
    const std::int64_t step = (span + std::max(maxPoints - 1, 1) - 1) / std::max(maxPoints - 1, 1);
    return ceilToMultiple(std::max<std::int64_t>(step, 1000), 1000);
}

QueryPlan planQuery(const RangeQuery& query)
{
    QueryPlan plan;
    const std::int64_t step = std::max<std::int64_t>(query.stepMs, 1);
    plan.resolution = query.forceResolution ? query.resolution : resolutionForStep(step);
    plan.endMs = query.endMs;
    if (plan.resolution == Resolution::Raw) {
        plan.stepMs = step;
        plan.windowMs = std::max(step, query.rangeMs);
        plan.firstMs = query.startMs;
        plan.fetchFromMs = plan.firstMs - plan.windowMs + 1;
        plan.fetchToMs = plan.endMs;
        return plan;
    }
    const std::int64_t bucket = bucketMs(plan.resolution);
    plan.stepMs = ceilToMultiple(step, bucket);
    plan.windowMs = plan.stepMs;
    plan.firstMs = ceilToMultiple(query.startMs, bucket);
    // One extra step back gives Rate the bucket before the first window.
    plan.fetchFromMs = plan.firstMs - 2 * plan.stepMs;
    plan.fetchToMs = plan.endMs;
    return plan;
}

std::vector<metricmath::Point> evaluateRaw(std::span<const metricmath::Point> points, const QueryPlan& plan,
                                           Aggregation aggregation)
{
    std::vector<metricmath::Point> out;
    std::size_t lo = 0;
    std::size_t hi = 0;
    for (std::int64_t t = plan.firstMs; t <= plan.endMs; t += plan.stepMs) {
        const std::int64_t from = t - plan.windowMs; // exclusive
        while (lo < points.size() && points[lo].timestampMs <= from)
            ++lo;
        hi = std::max(hi, lo);
        while (hi < points.size() && points[hi].timestampMs <= t)
            ++hi;
        if (lo == hi)
            continue;
        const std::span<const metricmath::Point> window = points.subspan(lo, hi - lo);
        double value = std::numeric_limits<double>::quiet_NaN();
        switch (aggregation) {
        case Aggregation::Avg:
        case Aggregation::Sum: {
            // NaN (no value) is left out, as the rollups do, so raw and rollup answers agree.
            double sum = 0;
            std::size_t values = 0;
            for (const auto& p : window) {
                if (!std::isnan(p.value)) {
                    sum += p.value;
                    ++values;
                }
            }
            if (aggregation == Aggregation::Sum)
                value = sum;
            else if (values > 0)
                value = sum / double(values);
            break;
        }
        case Aggregation::Min:
            for (const auto& p : window)
                value = minIgnoringNan(value, p.value);
            break;
        case Aggregation::Max:
            for (const auto& p : window)
                value = maxIgnoringNan(value, p.value);
            break;
        case Aggregation::Last:
            value = window.back().value;
            break;
        case Aggregation::Count:
            value = double(std::count_if(window.begin(), window.end(),
                                         [](const metricmath::Point& p) { return !std::isnan(p.value); }));
            break;
        case Aggregation::Rate: {
            const auto rate = metricmath::extrapolatedRate(window, {from, t}, true, true);
            if (!rate)
                continue;
            value = *rate;
            break;
        }
        }
        out.push_back({t, value});
    }
    return out;
}

std::vector<metricmath::Point> evaluateRollups(std::span<const RollupBucket> buckets, const QueryPlan& plan,
                                               Aggregation aggregation)
{
    std::vector<metricmath::Point> out;
    std::size_t lo = 0;
    std::size_t hi = 0;
    for (std::int64_t t = plan.firstMs; t <= plan.endMs; t += plan.stepMs) {
        const std::int64_t from = t - plan.windowMs; // inclusive: whole buckets [from, t)
        while (lo < buckets.size() && buckets[lo].bucket < from)
            ++lo;
        hi = std::max(hi, lo);
        while (hi < buckets.size() && buckets[hi].bucket < t)
            ++hi;
        if (lo == hi)
            continue;
        RollupBucket total = buckets[lo];
        for (std::size_t i = lo + 1; i < hi; ++i)
            total.merge(buckets[i]);
        double value = 0;
        switch (aggregation) {
        case Aggregation::Avg:
            value =
                total.count > 0 ? total.sum / double(total.count) : std::numeric_limits<double>::quiet_NaN();
            break;
        case Aggregation::Min:
            value = total.min;
            break;
        case Aggregation::Max:
            value = total.max;
            break;
        case Aggregation::Last:
            value = total.last;
            break;
        case Aggregation::Sum:
            value = total.sum;
            break;
        case Aggregation::Count:
            value = double(total.count);
            break;
        case Aggregation::Rate: {
            if (lo == 0 && hi - lo < 2)
                continue; // no earlier value to measure an increase from
            double increase = 0;
            for (std::size_t i = std::max<std::size_t>(lo, 1); i < hi; ++i)
                increase += counterIncrease(buckets[i - 1].last, buckets[i].last);
            value = increase / (double(plan.windowMs) / 1000.0);
            break;
        }
        }
        out.push_back({t, value});
    }
    return out;
}

} // namespace store
