#include "derivedmetrics.h"

#include "aggregation.h"
#include "counterrate.h"
#include "histogramquantile.h"

#include <string>

namespace metricmath {

namespace {

RangeVector serverErrorSeries(const RangeVector& counterSeries, std::string_view statusLabel)
{
    RangeVector selected;
    for (const auto& [labels, points] : counterSeries) {
        if (isServerErrorStatus(labels.value(statusLabel)))
            selected.emplace_hint(selected.end(), labels, points);
    }
    return selected;
}

} // namespace

std::map<LabelSet, LatencyQuantiles> latencyQuantiles(const RangeVector& bucketSeries, RangeWindow window,
                                                      const LabelNames& groupBy)
{
    LabelNames byWithLe = groupBy;
    byWithLe.emplace_back("le");
    const InstantVector summedBuckets = sumBy(rate(bucketSeries, window), byWithLe);

    std::map<LabelSet, LatencyQuantiles> result;
    for (const auto& [labels, buckets] : groupBuckets(summedBuckets)) {
        result[labels] = {bucketQuantile(0.5, buckets), bucketQuantile(0.95, buckets),
                          bucketQuantile(0.99, buckets)};
    }
    return result;
}

InstantVector requestRate(const RangeVector& counterSeries, RangeWindow window, const LabelNames& groupBy)
{
    return sumBy(rate(counterSeries, window), groupBy);
}

InstantVector serverErrorRatio(const RangeVector& counterSeries, RangeWindow window,
                               const LabelNames& groupBy, std::string_view statusLabel)
{
    const InstantVector errors = requestRate(serverErrorSeries(counterSeries, statusLabel), window, groupBy);
    InstantVector ratio = requestRate(counterSeries, window, groupBy);
    for (auto& [labels, value] : ratio) {
        const auto it = errors.find(labels);
        const double errorRate = it == errors.end() ? 0.0 : it->second;
        value = errorRate / value; // 0/0 stays NaN: no traffic means no ratio
    }
    return ratio;
}

bool isServerErrorStatus(std::string_view status)
{
    return status.size() == 3 && status[0] == '5' && status[1] != '\n' && status[2] != '\n';
}

} // namespace metricmath
