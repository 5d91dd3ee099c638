#include "metricnames.h"

namespace Prometheus::MetricNames {

bool isValidMetricName(std::string_view name)
{
    if (name.empty() || !isMetricNameStart(name.front()))
        return false;
    for (char c : name) {
        if (!isMetricNameChar(c))
            return false;
    }
    return true;
}

bool isValidLabelName(std::string_view name)
{
    if (name.empty() || !isLabelNameStart(name.front()))
        return false;
    for (char c : name) {
        if (!isLabelNameChar(c))
            return false;
    }
    return true;
}

std::size_t utf8SequenceLength(const char* p, const char* end)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    const auto continuation = [&](std::size_t i) { return p + i < end && (byte(i) & 0xC0) == 0x80; };
    const unsigned char lead = byte(0);
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        // Reject overlong forms (E0 80..9F) and UTF-16 surrogates (ED A0..BF).
        if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xED && byte(1) > 0x9F))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        // Reject overlong forms (F0 80..8F) and code points above U+10FFFF (F4 90..).
        if ((lead == 0xF0 && byte(1) < 0x90) || (lead == 0xF4 && byte(1) > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

bool isValidUtf8(std::string_view text)
{
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const std::size_t length = utf8SequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace Prometheus::MetricNames
