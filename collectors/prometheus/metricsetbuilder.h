#pragma once

#include "expositionformat.h"
#include "metricset.h"
#include "parseerror.h"
#include "prometheusparser.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Prometheus {

// Collects PrometheusParser entries into a MetricSet and checks the rules that span lines:
// - sample names fit their family's type (histogram: _bucket with "le", _sum, _count; summary:
//   "quantile" or _sum/_count; OpenMetrics adds counter _total/_created, histogram and summary
//   _created, gaugehistogram _gcount/_gsum, info _info, stateset label named after the family);
// - at most one HELP and one TYPE per family (and UNIT in OpenMetrics), TYPE not after samples;
// - OpenMetrics only: metadata before samples, families not interleaved, UNIT a suffix of the
//   name, info value 1, stateset values 0/1, exemplars only on counter totals and buckets.
// Text format families are assigned as promtool does: exact name, else foo_sum/foo_count of a
// summary foo, else foo_bucket/_sum/_count of a histogram foo, else a new untyped family.
class MetricSetBuilder
{
public:
    // Entries must come from a parser over exactly this buffer (strings are kept as offsets).
    MetricSetBuilder(std::string_view source, ExpositionFormat format);
    // Same, but the set takes ownership of the buffer, so it outlives the caller's copy.
    static MetricSetBuilder owning(std::string&& source, ExpositionFormat format);

    std::string_view source() const { return m_set.source(); }
    bool add(const Entry& entry, ParseError* error);
    MetricSet finish();

private:
    struct FamilyState
    {
        bool hasHelp = false;
        bool hasType = false;
        bool hasUnit = false;
    };

    MetricSetBuilder(ExpositionFormat format);
    void reserve();
    bool addMetadata(const Entry& entry, ParseError* error);
    bool addSample(const Entry& entry, ParseError* error);
    bool familyForMetadata(const Entry& entry, std::uint32_t* family, ParseError* error);
    bool familyForTextSample(std::string_view name, std::uint32_t* family);
    bool familyForOpenMetricsSample(const Entry& entry, std::uint32_t* family, ParseError* error);
    bool checkSample(const Entry& entry, std::uint32_t family, ParseError* error) const;
    std::uint32_t createFamily(std::string_view name);
    std::uint32_t appendLabels(std::span<const Label> labels);
    std::string_view familyName(std::uint32_t family) const
    {
        return m_set.text(m_set.m_families[family].name);
    }
    TextRef ref(std::string_view text);

    MetricSet m_set;
    ExpositionFormat m_format;
    std::vector<FamilyState> m_states;
    std::vector<std::uint32_t> m_sampleFamily;
    std::unordered_map<std::string_view, std::uint32_t> m_familyByName;
    std::int64_t m_current = -1;          // family of the last entry
    std::int64_t m_lastSampleFamily = -1; // family of the last sample
    bool m_regroup = false;               // a family's samples are not contiguous (text format)
};

} // namespace Prometheus
