#include "metricsetbuilder.h"

#include "numberparser.h"

#include <array>
#include <cstring>
#include <functional>

namespace Prometheus {
namespace {

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Sample name suffixes OpenMetrics allows per family type ("" is the bare family name).
std::span<const std::string_view> openMetricsSuffixes(MetricType type)
{
    static constexpr std::array<std::string_view, 1> bare = {""};
    static constexpr std::array<std::string_view, 2> counter = {"_total", "_created"};
    static constexpr std::array<std::string_view, 4> histogram = {"_bucket", "_count", "_sum", "_created"};
    static constexpr std::array<std::string_view, 3> gaugeHistogram = {"_bucket", "_gcount", "_gsum"};
    static constexpr std::array<std::string_view, 4> summary = {"", "_count", "_sum", "_created"};
    static constexpr std::array<std::string_view, 1> info = {"_info"};
    switch (type) {
    case MetricType::Counter:
        return counter;
    case MetricType::Histogram:
        return histogram;
    case MetricType::GaugeHistogram:
        return gaugeHistogram;
    case MetricType::Summary:
        return summary;
    case MetricType::Info:
        return info;
    case MetricType::Unknown:
    case MetricType::Gauge:
    case MetricType::StateSet:
        break;
    }
    return bare;
}

std::string expectedNames(std::string_view family, MetricType type)
{
    std::string out;
    for (std::string_view suffix : openMetricsSuffixes(type)) {
        if (!out.empty())
            out += ", ";
        out += std::string(family) + std::string(suffix);
    }
    return out;
}

const Label* findLabel(std::span<const Label> labels, std::string_view name)
{
    for (const Label& label : labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

std::size_t countByte(std::string_view text, char byte)
{
    std::size_t count = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        p = static_cast<const char*>(std::memchr(p, byte, static_cast<std::size_t>(end - p)));
        if (!p)
            break;
        ++count;
        ++p;
    }
    return count;
}

ParseError errorAt(const Entry& entry, int column, std::string message)
{
    return ParseError{entry.line, column, std::move(message)};
}

} // namespace

MetricSetBuilder::MetricSetBuilder(ExpositionFormat format)
    : m_format(format)
{
}

MetricSetBuilder::MetricSetBuilder(std::string_view source, ExpositionFormat format)
    : m_format(format)
{
    m_set.m_source = source;
    reserve();
}

MetricSetBuilder MetricSetBuilder::owning(std::string&& source, ExpositionFormat format)
{
    MetricSetBuilder builder(format);
    builder.m_set.m_ownedSource = std::move(source);
    builder.m_set.m_ownsSource = true;
    builder.reserve();
    return builder;
}

// Upper bounds from two memchr passes: every sample ends a line and every label value has two
// quotes. Growing vectors would copy and briefly double them; unused capacity is never touched,
// so it costs address space, not resident memory.
void MetricSetBuilder::reserve()
{
    const std::string_view text = source();
    const std::size_t lines = countByte(text, '\n') + 1;
    const std::size_t quotes = countByte(text, '"');
    m_set.m_samples.reserve(lines);
    m_sampleFamily.reserve(lines);
    m_set.m_labels.reserve(quotes / 2 + 1);
}

bool MetricSetBuilder::add(const Entry& entry, ParseError* error)
{
    if (entry.kind == Entry::Kind::Sample)
        return addSample(entry, error);
    return addMetadata(entry, error);
}

bool MetricSetBuilder::addMetadata(const Entry& entry, ParseError* error)
{
    std::uint32_t family = 0;
    if (!familyForMetadata(entry, &family, error))
        return false;
    FamilyState& state = m_states[family];
    MetricFamily& data = m_set.m_families[family];
    const bool openMetrics = m_format == ExpositionFormat::OpenMetrics;
    const bool hasSamples = data.sampleCount > 0;
    switch (entry.kind) {
    case Entry::Kind::Help:
        if (state.hasHelp) {
            *error =
                errorAt(entry, entry.nameColumn, "second HELP line for metric name " + quoted(entry.name));
            return false;
        }
        if (openMetrics && hasSamples) {
            *error = errorAt(entry, entry.nameColumn,
                             "HELP for metric name " + quoted(entry.name) + " after its samples");
            return false;
        }
        state.hasHelp = true;
        data.help = ref(entry.text);
        return true;
    case Entry::Kind::Type:
        if (state.hasType || hasSamples) {
            *error = errorAt(entry, entry.nameColumn,
                             "second TYPE line for metric name " + quoted(entry.name) +
                                 ", or TYPE reported after samples");
            return false;
        }
        state.hasType = true;
        data.type = entry.type;
        return true;
    case Entry::Kind::Unit:
        if (state.hasUnit) {
            *error =
                errorAt(entry, entry.nameColumn, "second UNIT line for metric name " + quoted(entry.name));
            return false;
        }
        if (hasSamples) {
            *error = errorAt(entry, entry.nameColumn,
                             "UNIT for metric name " + quoted(entry.name) + " after its samples");
            return false;
        }
        if (!entry.text.empty() && !endsWith(entry.name, "_" + std::string(entry.text))) {
            *error = errorAt(entry, entry.nameColumn,
                             "unit " + quoted(entry.text) + " is not a suffix of metric name " +
                                 quoted(entry.name));
            return false;
        }
        state.hasUnit = true;
        data.unit = ref(entry.text);
        return true;
    case Entry::Kind::Sample:
        break;
    }
    return true;
}

bool MetricSetBuilder::familyForMetadata(const Entry& entry, std::uint32_t* family, ParseError* error)
{
    if (m_current >= 0 && familyName(static_cast<std::uint32_t>(m_current)) == entry.name) {
        *family = static_cast<std::uint32_t>(m_current);
        return true;
    }
    const auto it = m_familyByName.find(entry.name);
    if (it == m_familyByName.end()) {
        *family = createFamily(entry.name);
    } else if (m_format == ExpositionFormat::OpenMetrics) {
        *error = errorAt(entry, entry.nameColumn,
                         "metric family " + quoted(entry.name) +
                             " appears twice; families must not be interleaved");
        return false;
    } else {
        *family = it->second;
    }
    m_current = *family;
    return true;
}

bool MetricSetBuilder::familyForTextSample(std::string_view name, std::uint32_t* family)
{
    const auto fits = [&](std::uint32_t candidate) {
        const MetricFamily& data = m_set.m_families[candidate];
        const std::string_view familyName = m_set.text(data.name);
        if (name.size() < familyName.size() || name.substr(0, familyName.size()) != familyName)
            return false;
        const std::string_view suffix = name.substr(familyName.size());
        if (suffix.empty())
            return true;
        if (data.type == MetricType::Summary)
            return suffix == "_sum" || suffix == "_count";
        if (data.type == MetricType::Histogram)
            return suffix == "_bucket" || suffix == "_sum" || suffix == "_count";
        return false;
    };
    if (m_current >= 0 && fits(static_cast<std::uint32_t>(m_current))) {
        *family = static_cast<std::uint32_t>(m_current);
        return true;
    }
    if (const auto it = m_familyByName.find(name); it != m_familyByName.end()) {
        *family = it->second;
    } else {
        std::int64_t found = -1;
        for (std::string_view suffix :
             {std::string_view("_bucket"), std::string_view("_count"), std::string_view("_sum")}) {
            if (!endsWith(name, suffix))
                continue;
            const auto base = m_familyByName.find(name.substr(0, name.size() - suffix.size()));
            if (base != m_familyByName.end() && fits(base->second))
                found = base->second;
        }
        *family = found >= 0 ? static_cast<std::uint32_t>(found) : createFamily(name);
    }
    m_current = *family;
    return true;
}

bool MetricSetBuilder::familyForOpenMetricsSample(const Entry& entry, std::uint32_t* family,
                                                  ParseError* error)
{
    const std::string_view name = entry.name;
    if (m_current >= 0) {
        const MetricFamily& data = m_set.m_families[static_cast<std::size_t>(m_current)];
        const std::string_view current = m_set.text(data.name);
        if (name.size() >= current.size() && name.substr(0, current.size()) == current) {
            const std::string_view suffix = name.substr(current.size());
            for (std::string_view allowed : openMetricsSuffixes(data.type)) {
                if (suffix == allowed) {
                    *family = static_cast<std::uint32_t>(m_current);
                    return true;
                }
            }
            if (suffix.empty()) {
                *error = errorAt(entry, entry.nameColumn,
                                 "sample name " + quoted(name) + " is not valid for " +
                                     std::string(metricTypeName(data.type)) + " " + quoted(current) +
                                     "; expected " + expectedNames(current, data.type));
                return false;
            }
        }
    }
    // A name that cannot belong to the current family starts a new one (OpenMetrics has no
    // separator between families), unless it belongs to a family seen earlier.
    const auto interleaved = [&](std::string_view familyName) {
        *error = errorAt(entry, entry.nameColumn,
                         "sample " + quoted(name) + " of metric family " + quoted(familyName) +
                             " appears after another family; families must not be interleaved");
        return false;
    };
    if (m_familyByName.count(name))
        return interleaved(name);
    for (std::string_view suffix :
         {"_total", "_created", "_bucket", "_count", "_sum", "_gcount", "_gsum", "_info"}) {
        if (!endsWith(name, suffix))
            continue;
        const auto base = m_familyByName.find(name.substr(0, name.size() - suffix.size()));
        if (base == m_familyByName.end())
            continue;
        for (std::string_view allowed : openMetricsSuffixes(m_set.m_families[base->second].type)) {
            if (allowed == suffix)
                return interleaved(base->first);
        }
    }
    *family = createFamily(name);
    m_current = *family;
    return true;
}

bool MetricSetBuilder::checkSample(const Entry& entry, std::uint32_t family, ParseError* error) const
{
    const MetricFamily& data = m_set.m_families[family];
    const std::string_view name = m_set.text(data.name);
    const std::string_view suffix = entry.name.substr(name.size());
    const bool openMetrics = m_format == ExpositionFormat::OpenMetrics;
    const auto failName = [&](const std::string& message) {
        *error = errorAt(entry, entry.nameColumn, message);
        return false;
    };
    const auto failValue = [&](const std::string& message) {
        *error = errorAt(entry, entry.valueColumn, message);
        return false;
    };
    const auto numericLabel = [&](std::string_view label) {
        const Label* found = findLabel(entry.labels, label);
        if (!found)
            return failName(std::string(metricTypeName(data.type)) + " sample " + quoted(entry.name) +
                            " has no \"" + std::string(label) + "\" label");
        double value = 0;
        if (!NumberParser::parseValue(found->value, &value))
            return failName("expected float as value for '" + std::string(label) + "' label, got " +
                            quoted(found->value));
        return true;
    };
    switch (data.type) {
    case MetricType::Histogram:
    case MetricType::GaugeHistogram:
        if (suffix.empty())
            return failName("sample name " + quoted(entry.name) + " is not valid for histogram " +
                            quoted(name) + "; expected " + expectedNames(name, data.type));
        if (suffix == "_bucket" && !numericLabel("le"))
            return false;
        break;
    case MetricType::Summary:
        if (suffix.empty() && !numericLabel("quantile"))
            return false;
        break;
    case MetricType::StateSet:
        if (!findLabel(entry.labels, name))
            return failName("stateset sample " + quoted(entry.name) + " has no label named after the family");
        if (entry.value != 0 && entry.value != 1)
            return failValue("stateset value must be 0 or 1");
        break;
    case MetricType::Info:
        if (entry.value != 1)
            return failValue("info value must be 1");
        break;
    case MetricType::Unknown:
    case MetricType::Counter:
    case MetricType::Gauge:
        break;
    }
    if (openMetrics && entry.hasExemplar) {
        const bool total = data.type == MetricType::Counter && suffix == "_total";
        const bool bucket = (data.type == MetricType::Histogram || data.type == MetricType::GaugeHistogram) &&
                            suffix == "_bucket";
        if (!total && !bucket)
            return failValue("exemplars are only allowed on counter _total and histogram _bucket samples");
    }
    return true;
}

bool MetricSetBuilder::addSample(const Entry& entry, ParseError* error)
{
    std::uint32_t family = 0;
    if (m_format == ExpositionFormat::OpenMetrics) {
        if (!familyForOpenMetricsSample(entry, &family, error))
            return false;
    } else {
        familyForTextSample(entry.name, &family);
    }
    if (!checkSample(entry, family, error))
        return false;

    MetricFamily& data = m_set.m_families[family];
    if (m_lastSampleFamily != family && data.sampleCount > 0)
        m_regroup = true;
    m_lastSampleFamily = family;
    if (data.sampleCount == 0)
        data.firstSample = static_cast<std::uint32_t>(m_set.m_samples.size());
    ++data.sampleCount;

    Sample sample;
    sample.name = ref(entry.name);
    sample.labelCount = static_cast<std::uint32_t>(entry.labels.size());
    sample.firstLabel = appendLabels(entry.labels);
    sample.value = entry.value;
    if (entry.timestampMs) {
        sample.hasTimestamp = true;
        sample.timestampMs = *entry.timestampMs;
    }
    if (entry.hasExemplar) {
        Exemplar exemplar;
        exemplar.labelCount = static_cast<std::uint32_t>(entry.exemplarLabels.size());
        exemplar.firstLabel = appendLabels(entry.exemplarLabels);
        exemplar.value = entry.exemplarValue;
        if (entry.exemplarTimestampMs) {
            exemplar.hasTimestamp = true;
            exemplar.timestampMs = *entry.exemplarTimestampMs;
        }
        sample.exemplar = static_cast<std::int32_t>(m_set.m_exemplars.size());
        m_set.m_exemplars.push_back(exemplar);
    }
    m_set.m_samples.push_back(sample);
    m_sampleFamily.push_back(family);
    return true;
}

std::uint32_t MetricSetBuilder::createFamily(std::string_view name)
{
    const auto index = static_cast<std::uint32_t>(m_set.m_families.size());
    MetricFamily family;
    family.name = ref(name);
    m_set.m_families.push_back(family);
    m_states.emplace_back();
    // Metric names are never escaped, so the key points into the source and stays valid.
    m_familyByName.emplace(name, index);
    return index;
}

std::uint32_t MetricSetBuilder::appendLabels(std::span<const Label> labels)
{
    const auto first = static_cast<std::uint32_t>(m_set.m_labels.size());
    for (const Label& label : labels)
        m_set.m_labels.push_back({ref(label.name), ref(label.value)});
    return first;
}

TextRef MetricSetBuilder::ref(std::string_view text)
{
    const std::string_view src = source();
    const auto begin = reinterpret_cast<std::uintptr_t>(src.data());
    const auto at = reinterpret_cast<std::uintptr_t>(text.data());
    if (at >= begin && at + text.size() <= begin + src.size())
        return {static_cast<std::uint32_t>(at - begin), static_cast<std::uint32_t>(text.size())};
    // Unescaped text lives in the parser's scratch space: copy it into the arena.
    const auto offset = static_cast<std::uint32_t>(m_set.m_arena.size());
    m_set.m_arena.append(text);
    return {offset | MetricSet::kArenaBit, static_cast<std::uint32_t>(text.size())};
}

MetricSet MetricSetBuilder::finish()
{
    if (m_regroup) {
        // Text format allows a family's samples to be split; make every family contiguous,
        // keeping exposition order within each family (a stable counting sort).
        std::vector<std::uint32_t> next(m_set.m_families.size());
        std::uint32_t start = 0;
        for (std::size_t f = 0; f < m_set.m_families.size(); ++f) {
            m_set.m_families[f].firstSample = start;
            next[f] = start;
            start += m_set.m_families[f].sampleCount;
        }
        std::vector<Sample> grouped(m_set.m_samples.size());
        for (std::size_t i = 0; i < m_set.m_samples.size(); ++i)
            grouped[next[m_sampleFamily[i]]++] = m_set.m_samples[i];
        m_set.m_samples = std::move(grouped);
    }
    m_familyByName.clear();
    return std::move(m_set);
}

} // namespace Prometheus
