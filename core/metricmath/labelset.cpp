#include "labelset.h"

#include <algorithm>

namespace metricmath {

namespace {

auto findLabel(const std::vector<LabelSet::Label>& labels, std::string_view name)
{
    return std::lower_bound(labels.begin(), labels.end(), name,
                            [](const LabelSet::Label& label, std::string_view n) { return label.first < n; });
}

bool contains(const LabelNames& names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

void appendEscaped(std::string& out, std::string_view value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

LabelSet::LabelSet(std::initializer_list<Label> labels)
    : LabelSet(std::vector<Label>(labels))
{
}

LabelSet::LabelSet(std::vector<Label> labels)
{
    for (auto& [name, value] : labels)
        set(name, value);
}

std::string_view LabelSet::value(std::string_view name) const
{
    const auto it = findLabel(m_labels, name);
    if (it == m_labels.end() || it->first != name)
        return {};
    return it->second;
}

bool LabelSet::has(std::string_view name) const
{
    return !value(name).empty();
}

void LabelSet::set(std::string_view name, std::string_view value)
{
    if (value.empty()) {
        remove(name);
        return;
    }
    const auto it = findLabel(m_labels, name);
    if (it != m_labels.end() && it->first == name)
        m_labels[std::size_t(it - m_labels.begin())].second = std::string(value);
    else
        m_labels.insert(it, Label(std::string(name), std::string(value)));
}

void LabelSet::remove(std::string_view name)
{
    const auto it = findLabel(m_labels, name);
    if (it != m_labels.end() && it->first == name)
        m_labels.erase(it);
}

LabelSet LabelSet::keepOnly(const LabelNames& names) const
{
    LabelSet result;
    for (const Label& label : m_labels) {
        if (contains(names, label.first))
            result.m_labels.push_back(label);
    }
    return result;
}

LabelSet LabelSet::without(const LabelNames& names) const
{
    LabelSet result;
    for (const Label& label : m_labels) {
        if (label.first != metricNameLabel && !contains(names, label.first))
            result.m_labels.push_back(label);
    }
    return result;
}

LabelSet LabelSet::withoutMetricName() const
{
    LabelSet result = *this;
    result.remove(metricNameLabel);
    return result;
}

std::string LabelSet::toString() const
{
    std::string body;
    for (const auto& [name, value] : m_labels) {
        if (name == metricNameLabel)
            continue;
        if (!body.empty())
            body += ',';
        body += name;
        body += "=\"";
        appendEscaped(body, value);
        body += '"';
    }
    std::string out(metricName());
    if (body.empty() && !out.empty())
        return out; // a bare metric name reads `up`, as in the exposition format
    return out + '{' + body + '}';
}

} // namespace metricmath
