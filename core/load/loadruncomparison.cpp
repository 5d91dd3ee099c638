#include "loadruncomparison.h"

#include <cmath>
#include <limits>

namespace load {
namespace {

double perSecond(std::int64_t count, std::int64_t durationMs)
{
    return durationMs > 0 ? double(count) * 1000.0 / double(durationMs) : 0.0;
}

double percentileMs(const LoadResult& result, double percentile)
{
    return double(result.totals.total.latency.valueAtPercentileUs(percentile)) / 1000.0;
}

double errorPercent(const LoadResult& result)
{
    const EndpointFigures& total = result.totals.total;
    return total.requests > 0 ? 100.0 * double(total.errorCount()) / double(total.requests) : 0.0;
}

} // namespace

double ComparedFigure::relative() const
{
    return a != 0 ? (b - a) / a : std::numeric_limits<double>::quiet_NaN();
}

int ComparedFigure::verdict() const
{
    if (a == b)
        return 0;
    const bool higher = b > a;
    return higher == (better == Better::Higher) ? 1 : -1;
}

std::vector<ComparedFigure> compareRuns(const LoadResult& a, const LoadResult& b)
{
    using Better = ComparedFigure::Better;
    const EndpointFigures& ta = a.totals.total;
    const EndpointFigures& tb = b.totals.total;
    std::vector<ComparedFigure> rows = {
        {QStringLiteral("Requests"), double(ta.requests), double(tb.requests), Better::Higher},
        {QStringLiteral("Requests/s"), perSecond(ta.requests, a.durationMs),
         perSecond(tb.requests, b.durationMs), Better::Higher},
        {QStringLiteral("P50 (ms)"), percentileMs(a, 50), percentileMs(b, 50), Better::Lower},
        {QStringLiteral("P95 (ms)"), percentileMs(a, 95), percentileMs(b, 95), Better::Lower},
        {QStringLiteral("P99 (ms)"), percentileMs(a, 99), percentileMs(b, 99), Better::Lower},
        {QStringLiteral("Max (ms)"), double(ta.latency.maxUs()) / 1000.0, double(tb.latency.maxUs()) / 1000.0,
         Better::Lower},
        {QStringLiteral("Mean (ms)"), ta.latency.meanUs() / 1000.0, tb.latency.meanUs() / 1000.0,
         Better::Lower},
        {QStringLiteral("Errors"), double(ta.errorCount()), double(tb.errorCount()), Better::Lower},
        {QStringLiteral("Error %"), errorPercent(a), errorPercent(b), Better::Lower},
    };
    for (int kind = 0; kind < errorKindCount; ++kind) {
        const auto ea = ta.errors[std::size_t(kind)];
        const auto eb = tb.errors[std::size_t(kind)];
        if (ea > 0 || eb > 0)
            rows.push_back({QStringLiteral("errors: ") + errorKindName(ErrorKind(kind)), double(ea),
                            double(eb), Better::Lower});
    }
    return rows;
}

} // namespace load
