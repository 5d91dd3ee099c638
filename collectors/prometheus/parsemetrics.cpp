#include "parsemetrics.h"

#include "metricsetbuilder.h"
#include "prometheusparser.h"

namespace Prometheus {
namespace {

constexpr std::size_t kMaxInput = 0x7fffffff;

ParseResult run(MetricSetBuilder& builder, ExpositionFormat format)
{
    ParseResult result;
    PrometheusParser parser(builder.source(), format);
    Entry entry;
    ParseError error;
    while (parser.next(&entry)) {
        if (!builder.add(entry, &error)) {
            result.error = std::move(error);
            return result;
        }
    }
    if (parser.error()) {
        result.error = parser.error();
        return result;
    }
    result.metrics = builder.finish();
    return result;
}

ParseResult tooLarge()
{
    ParseResult result;
    result.error = ParseError{1, 1, "exposition of 2 GiB or more is not supported"};
    return result;
}

} // namespace

ParseResult parseMetrics(std::string_view input, ExpositionFormat format)
{
    if (input.size() >= kMaxInput)
        return tooLarge();
    MetricSetBuilder builder(input, format);
    return run(builder, format);
}

ParseResult parseMetrics(std::string&& input, ExpositionFormat format)
{
    if (input.size() >= kMaxInput)
        return tooLarge();
    MetricSetBuilder builder = MetricSetBuilder::owning(std::move(input), format);
    return run(builder, format);
}

} // namespace Prometheus
