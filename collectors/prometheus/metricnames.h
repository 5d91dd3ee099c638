#pragma once

#include <array>
#include <cstddef>
#include <string_view>

// Character classes of the exposition formats, as lookup tables because the parser asks
// these questions for almost every input byte.
namespace Prometheus::MetricNames {

namespace Detail {
enum : unsigned char
{
    LabelNameStart = 1, // [a-zA-Z_]
    Digit = 2,          // [0-9]
    Colon = 4,          // ':' (metric names only)
    PlainValue = 8,     // label-value bytes needing no attention: not '"', '\\', '\n', not >= 0x80
};
constexpr std::array<unsigned char, 256> makeTable()
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        unsigned char bits = 0;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            bits |= LabelNameStart;
        if (c >= '0' && c <= '9')
            bits |= Digit;
        if (c == ':')
            bits |= Colon;
        if (c < 0x80 && c != '"' && c != '\\' && c != '\n')
            bits |= PlainValue;
        table[static_cast<std::size_t>(c)] = bits;
    }
    return table;
}
inline constexpr std::array<unsigned char, 256> kTable = makeTable();
} // namespace Detail

inline bool isLabelNameStart(char c)
{
    return Detail::kTable[static_cast<unsigned char>(c)] & Detail::LabelNameStart;
}
inline bool isLabelNameChar(char c)
{
    return Detail::kTable[static_cast<unsigned char>(c)] & (Detail::LabelNameStart | Detail::Digit);
}
inline bool isMetricNameStart(char c)
{
    return Detail::kTable[static_cast<unsigned char>(c)] & (Detail::LabelNameStart | Detail::Colon);
}
inline bool isMetricNameChar(char c)
{
    return Detail::kTable[static_cast<unsigned char>(c)] &
           (Detail::LabelNameStart | Detail::Digit | Detail::Colon);
}
inline bool isPlainValueChar(char c)
{
    return Detail::kTable[static_cast<unsigned char>(c)] & Detail::PlainValue;
}

// [a-zA-Z_:][a-zA-Z0-9_:]*
bool isValidMetricName(std::string_view name);
// [a-zA-Z_][a-zA-Z0-9_]*
bool isValidLabelName(std::string_view name);

// Length of the well-formed UTF-8 sequence starting at p (1..4), or 0 when it is malformed,
// overlong, a surrogate or beyond U+10FFFF. p < end is required.
std::size_t utf8SequenceLength(const char* p, const char* end);
bool isValidUtf8(std::string_view text);
// Code points in valid UTF-8 (OpenMetrics limits exemplar labels to 128 of them).
std::size_t codePointCount(std::string_view text);

} // namespace Prometheus::MetricNames
