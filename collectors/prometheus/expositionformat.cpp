#include "expositionformat.h"

#include <cctype>
#include <string>

namespace Prometheus {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The value of parameter `name` (lower-cased, quotes removed), or empty when absent.
std::string parameter(std::string_view params, std::string_view name)
{
    while (!params.empty()) {
        const size_t semicolon = params.find(';');
        std::string_view param = trim(params.substr(0, semicolon));
        params = semicolon == std::string_view::npos ? std::string_view() : params.substr(semicolon + 1);
        const size_t equals = param.find('=');
        if (equals == std::string_view::npos || lower(trim(param.substr(0, equals))) != name)
            continue;
        std::string_view value = trim(param.substr(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        return lower(value);
    }
    return {};
}

} // namespace

std::optional<ExpositionFormat> formatForContentType(std::string_view contentType)
{
    const size_t semicolon = contentType.find(';');
    const std::string mediaType = lower(trim(contentType.substr(0, semicolon)));
    const std::string_view params =
        semicolon == std::string_view::npos ? std::string_view() : contentType.substr(semicolon + 1);
    const std::string version = parameter(params, "version");
    if (mediaType.empty())
        return ExpositionFormat::Text;
    if (mediaType == "text/plain") {
        if (version.empty() || version == "0.0.4")
            return ExpositionFormat::Text;
        return std::nullopt;
    }
    if (mediaType == "application/openmetrics-text") {
        // 0.0.1 was the pre-1.0 draft version string; Prometheus parses both the same way.
        if (version.empty() || version == "1.0.0" || version == "0.0.1")
            return ExpositionFormat::OpenMetrics;
        return std::nullopt;
    }
    return std::nullopt;
}

std::string_view acceptHeader()
{
    return "application/openmetrics-text;version=1.0.0;q=0.9,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
}

} // namespace Prometheus
