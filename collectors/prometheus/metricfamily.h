#pragma once

#include <cstdint>
#include <string_view>

// The parsed data model. Strings are stored as TextRef offsets rather than std::string_view so
// a sample costs 48 bytes and a label 16: a 10 MB scrape stays near 1x its size in memory.
// Read them through MetricSet (metricset.h), which turns TextRefs into string_views.
//
// Timestamps are always int64 milliseconds since the epoch: the text format carries integer
// milliseconds, OpenMetrics float seconds, which are rounded to the nearest millisecond.

namespace Prometheus {

enum class MetricType : std::uint8_t
{
    Unknown, // OpenMetrics "unknown", text format "untyped" or no TYPE line
    Counter,
    Gauge,
    Histogram,
    GaugeHistogram, // OpenMetrics only
    Summary,
    Info,     // OpenMetrics only
    StateSet, // OpenMetrics only
};

// Lower-case exposition spelling ("gaugehistogram", "unknown").
std::string_view metricTypeName(MetricType type);

// A string inside a MetricSet: a slice of the parsed input, or of the set's arena of
// unescaped copies when the exposition used escapes (flagged by the top bit of offset).
struct TextRef
{
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

struct LabelRef
{
    TextRef name;
    TextRef value;
};

// A label as consumers see it; the views live as long as the MetricSet.
struct Label
{
    std::string_view name;
    std::string_view value;
    friend bool operator==(const Label&, const Label&) = default;
};

// OpenMetrics exemplar: `# {trace_id="abc"} 0.67 1520879607.789` after a sample.
struct Exemplar
{
    std::uint32_t firstLabel = 0; // into MetricSet's label table
    std::uint32_t labelCount = 0;
    double value = 0;
    std::int64_t timestampMs = 0; // valid when hasTimestamp
    bool hasTimestamp = false;
};

// One exposition line: full name (e.g. "foo_bucket"), labels in exposition order (including
// "le" / "quantile"), value, optional timestamp and exemplar.
struct Sample
{
    TextRef name;
    std::uint32_t firstLabel = 0; // into MetricSet's label table
    std::uint32_t labelCount = 0;
    double value = 0;
    std::int64_t timestampMs = 0; // valid when hasTimestamp
    std::int32_t exemplar = -1;   // index into MetricSet's exemplars, -1 when none
    bool hasTimestamp = false;
};

// A metric family: metadata plus its samples, which are contiguous in MetricSet.
struct MetricFamily
{
    TextRef name;
    TextRef help; // unescaped; empty when absent
    TextRef unit; // OpenMetrics only; empty when absent
    MetricType type = MetricType::Unknown;
    std::uint32_t firstSample = 0;
    std::uint32_t sampleCount = 0;
};

} // namespace Prometheus
