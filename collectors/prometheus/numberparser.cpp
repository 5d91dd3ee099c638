#include "numberparser.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace Prometheus::NumberParser {
namespace {

bool equalsIgnoreCase(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerWord[i])
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// from_chars reports both overflow and underflow as out of range; Go (and so Prometheus)
// rejects only overflow. Decide by the decimal exponent of the first significant digit.
bool overflows(std::string_view digits)
{
    long long exponent = 0;
    bool seenPoint = false;
    bool seenSignificant = false;
    std::size_t i = 0;
    for (; i < digits.size() && digits[i] != 'e' && digits[i] != 'E'; ++i) {
        const char c = digits[i];
        if (c == '.') {
            seenPoint = true;
        } else if (!seenSignificant) {
            if (c != '0')
                seenSignificant = true;
            if (seenPoint)
                --exponent; // leading zeros after the point make the number smaller
            else if (seenSignificant)
                ++exponent;
        } else if (!seenPoint) {
            ++exponent;
        }
    }
    if (i < digits.size()) {
        long long explicitExponent = 0;
        const char* first = digits.data() + i + 1;
        const char* last = digits.data() + digits.size();
        if (first < last && *first == '+')
            ++first;
        const auto [ptr, ec] = std::from_chars(first, last, explicitExponent);
        if (ec == std::errc::result_out_of_range)
            return *first != '-';
        exponent += explicitExponent;
    }
    return exponent > 0;
}

} // namespace

bool parseValue(std::string_view text, double* value)
{
    if (text.empty())
        return false;
    std::string_view unsigned_ = text;
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        unsigned_.remove_prefix(1);
    }
    if (unsigned_.empty())
        return false;
    const char first = unsigned_.front();
    if (!isDigit(first) && first != '.') {
        if (equalsIgnoreCase(unsigned_, "inf") || equalsIgnoreCase(unsigned_, "infinity")) {
            *value =
                negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return true;
        }
        // Go accepts no sign on NaN.
        if (unsigned_.size() == text.size() && equalsIgnoreCase(text, "nan")) {
            *value = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        return false;
    }
    // from_chars takes '-' but not '+'; it accepts no hex here (chars_format::general).
    const char* begin = negative ? text.data() : unsigned_.data();
    const char* end = text.data() + text.size();
    double parsed = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, parsed, std::chars_format::general);
    if (ptr != end)
        return false;
    if (ec == std::errc::result_out_of_range) {
        if (overflows(unsigned_))
            return false;
        parsed = negative ? -0.0 : 0.0;
    } else if (ec != std::errc()) {
        return false;
    }
    *value = parsed;
    return true;
}

bool parseMilliseconds(std::string_view text, std::int64_t* milliseconds)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || !(isDigit(text.front()) || (text.front() == '-' && text.size() > 1)))
        return false;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *milliseconds);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool parseSecondsAsMilliseconds(std::string_view text, std::int64_t* milliseconds)
{
    double seconds = 0;
    if (!parseValue(text, &seconds) || !std::isfinite(seconds))
        return false;
    const double ms = std::round(seconds * 1000.0);
    // Both bounds exactly representable; beyond them the cast would be undefined.
    if (!(ms >= -9223372036854775808.0 && ms < 9223372036854775808.0))
        return false;
    *milliseconds = static_cast<std::int64_t>(ms);
    return true;
}

} // namespace Prometheus::NumberParser
