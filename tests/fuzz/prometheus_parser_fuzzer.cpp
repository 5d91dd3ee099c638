// libFuzzer entry point: both formats over the same bytes; any crash, hang or sanitizer report
// is a bug. Results are also cross-checked against the streaming parser.
#include "parsemetrics.h"
#include "prometheusparser.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const auto format :
         {Prometheus::ExpositionFormat::Text, Prometheus::ExpositionFormat::OpenMetrics}) {
        const Prometheus::ParseResult result = Prometheus::parseMetrics(input, format);
        if (!result.ok()) {
            if (result.error->line < 1 || result.error->column < 1 || !result.metrics.families().empty())
                std::abort();
            continue;
        }
        std::size_t samples = 0;
        for (const Prometheus::MetricFamily& family : result.metrics.families()) {
            for (const Prometheus::Sample& sample : result.metrics.samples(family)) {
                for (const Prometheus::Label label : result.metrics.labels(sample))
                    samples += label.name.size() + label.value.size() > input.size() * 2 ? 1000000 : 0;
                ++samples;
            }
        }
        // The streaming parser must agree that the input is valid syntax.
        Prometheus::PrometheusParser parser(input, format);
        Prometheus::Entry entry;
        std::size_t streamed = 0;
        while (parser.next(&entry))
            streamed += entry.kind == Prometheus::Entry::Kind::Sample ? 1 : 0;
        if (parser.error() || streamed != samples)
            std::abort();
    }
    return 0;
}
