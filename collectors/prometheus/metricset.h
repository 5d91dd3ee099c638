#pragma once

#include "metricfamily.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Prometheus {

class MetricSet;

// The labels of one sample or exemplar, iterated as Label values.
class LabelRange
{
public:
    class Iterator
    {
    public:
        using value_type = Label;
        using difference_type = std::ptrdiff_t;
        Iterator() = default;
        Iterator(const MetricSet* set, const LabelRef* ref)
            : m_set(set)
            , m_ref(ref)
        {
        }
        Label operator*() const;
        Iterator& operator++()
        {
            ++m_ref;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator old = *this;
            ++m_ref;
            return old;
        }
        bool operator==(const Iterator& other) const { return m_ref == other.m_ref; }

    private:
        const MetricSet* m_set = nullptr;
        const LabelRef* m_ref = nullptr;
    };

    LabelRange(const MetricSet* set, std::span<const LabelRef> refs)
        : m_set(set)
        , m_refs(refs)
    {
    }
    Iterator begin() const { return {m_set, m_refs.data()}; }
    Iterator end() const { return {m_set, m_refs.data() + m_refs.size()}; }
    std::size_t size() const { return m_refs.size(); }
    bool empty() const { return m_refs.empty(); }
    Label operator[](std::size_t i) const { return *Iterator(m_set, m_refs.data() + i); }
    std::vector<Label> toVector() const { return {begin(), end()}; }

private:
    const MetricSet* m_set;
    std::span<const LabelRef> m_refs;
};

// The result of parsing one exposition: families in exposition order (first appearance), each
// with its samples. Strings point into the parsed input unless the set owns it (see
// parseMetrics): with a borrowed input, keep that buffer alive as long as the set.
// Move-only in spirit; copying is allowed but copies every table.
class MetricSet
{
public:
    std::span<const MetricFamily> families() const { return m_families; }
    // Linear search; fine for dashboards picking a few families by name.
    const MetricFamily* family(std::string_view name) const;
    std::size_t sampleCount() const { return m_samples.size(); }

    std::string_view name(const MetricFamily& family) const { return text(family.name); }
    std::string_view help(const MetricFamily& family) const { return text(family.help); }
    std::string_view unit(const MetricFamily& family) const { return text(family.unit); }
    std::span<const Sample> samples(const MetricFamily& family) const;

    std::string_view name(const Sample& sample) const { return text(sample.name); }
    LabelRange labels(const Sample& sample) const;
    // Labels sorted by name: the canonical form for series identity.
    std::vector<Label> sortedLabels(const Sample& sample) const;
    std::optional<std::string_view> labelValue(const Sample& sample, std::string_view name) const;
    const Exemplar* exemplar(const Sample& sample) const;
    LabelRange labels(const Exemplar& exemplar) const;

    std::string_view text(TextRef ref) const;

private:
    friend class MetricSetBuilder;
    static constexpr std::uint32_t kArenaBit = 0x80000000u;

    std::string_view source() const { return m_ownsSource ? std::string_view(m_ownedSource) : m_source; }

    std::string_view m_source; // borrowed input
    std::string m_ownedSource; // input moved in by parseMetrics(std::string&&)
    bool m_ownsSource = false;
    std::string m_arena; // unescaped label values and help texts
    std::vector<MetricFamily> m_families;
    std::vector<Sample> m_samples;
    std::vector<LabelRef> m_labels;
    std::vector<Exemplar> m_exemplars;
};

} // namespace Prometheus
