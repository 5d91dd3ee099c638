#pragma once

#include <string>
#include <string_view>

// Writing the Prometheus text exposition format 0.0.4.
namespace PrometheusText {
inline constexpr const char* contentType = "text/plain; version=0.0.4; charset=utf-8";

void appendHeader(std::string& out, std::string_view name, std::string_view type, std::string_view help);
// Go's strconv formatting as Prometheus clients use it: "+Inf", "NaN", shortest round-trip digits.
void appendValue(std::string& out, double value);
// name{labels} value\n ; labels is the already escaped inside of the braces, may be empty.
void appendSample(std::string& out, std::string_view name, std::string_view labels, double value);
// key="escaped value"
void appendLabel(std::string& out, std::string_view key, std::string_view value);
} // namespace PrometheusText
