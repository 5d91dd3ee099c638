#pragma once

#include <initializer_list> // <string> brings <compare> for operator<=>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace metricmath {

using LabelNames = std::vector<std::string>;

// A series identity: name/value pairs sorted by name, unique names, no empty values (PromQL reads an
// empty value as an absent label). The metric name, when present, is the label "__name__".
// Independent of the exposition parser in collectors/prometheus; an adapter converts.
class LabelSet
{
public:
    using Label = std::pair<std::string, std::string>;
    static constexpr std::string_view metricNameLabel = "__name__";

    LabelSet() = default;
    // Later duplicates of a name win; empty values are dropped.
    LabelSet(std::initializer_list<Label> labels);
    explicit LabelSet(std::vector<Label> labels);

    // The value of `name`, empty when absent.
    std::string_view value(std::string_view name) const;
    bool has(std::string_view name) const;
    std::string_view metricName() const { return value(metricNameLabel); }

    // Sets `name`; an empty value removes the label.
    void set(std::string_view name, std::string_view value);
    void remove(std::string_view name);

    // PromQL `by (names)`: keeps only `names` (so the metric name goes unless listed).
    LabelSet keepOnly(const LabelNames& names) const;
    // PromQL `without (names)`: drops `names` and the metric name.
    LabelSet without(const LabelNames& names) const;
    LabelSet withoutMetricName() const;

    const std::vector<Label>& labels() const { return m_labels; }
    bool empty() const { return m_labels.empty(); }
    std::size_t size() const { return m_labels.size(); }

    // Canonical text in exposition style, e.g. `http_requests_total{path="/a",status="200"}`;
    // `{}` when there are no labels. Values escape \ " and newline, so equal text means equal sets.
    std::string toString() const;

    auto operator<=>(const LabelSet&) const = default;
    bool operator==(const LabelSet&) const = default;

private:
    std::vector<Label> m_labels;
};

} // namespace metricmath
