#pragma once

#include <cstdint>
#include <string_view>

// Number spellings accepted by Prometheus (Go's strconv.ParseFloat without hex floats or
// underscores): decimal and scientific notation with an optional sign, "Inf"/"Infinity" with
// an optional sign and "NaN", case-insensitive. OpenMetrics' ABNF describes the same set.
namespace Prometheus::NumberParser {

// False on a malformed number or one beyond the double range (values too small underflow to
// zero, as in Go).
bool parseValue(std::string_view text, double* value);

// Text format timestamp: a decimal int64 of milliseconds, optional sign.
bool parseMilliseconds(std::string_view text, std::int64_t* milliseconds);

// OpenMetrics timestamp: finite float seconds, rounded to the nearest millisecond.
bool parseSecondsAsMilliseconds(std::string_view text, std::int64_t* milliseconds);

} // namespace Prometheus::NumberParser
