#include "summaryquantile.h"

#include "histogramquantile.h"

#include <cmath>
#include <limits>
#include <string>

namespace metricmath {

std::map<LabelSet, SummaryQuantiles> summaryQuantiles(const InstantVector& samples)
{
    static const std::string quantileLabel = "quantile";
    std::map<LabelSet, SummaryQuantiles> summaries;
    for (const auto& [labels, value] : samples) {
        const std::optional<double> quantile = parseLabelFloat(labels.value(quantileLabel));
        if (!quantile || std::isnan(*quantile))
            continue; // a NaN key would break the map's ordering
        LabelSet summary = labels;
        summary.remove(quantileLabel);
        summaries[summary][*quantile] = value;
    }
    return summaries;
}

double summaryQuantile(const SummaryQuantiles& quantiles, double q)
{
    const auto it = quantiles.find(q);
    return it == quantiles.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

} // namespace metricmath
