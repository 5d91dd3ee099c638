#include "prometheustext.h"

#include <charconv>
#include <cmath>

namespace PrometheusText {
void appendHeader(std::string& out, std::string_view name, std::string_view type, std::string_view help)
{
    out.append("# HELP ").append(name).append(" ").append(help).append("\n");
    out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void appendValue(std::string& out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendSample(std::string& out, std::string_view name, std::string_view labels, double value)
{
    out.append(name);
    if (!labels.empty())
        out.append("{").append(labels).append("}");
    out += ' ';
    appendValue(out, value);
    out += '\n';
}

void appendLabel(std::string& out, std::string_view key, std::string_view value)
{
    out.append(key).append("=\"");
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += '"';
}
} // namespace PrometheusText
