#pragma once

#include "loadresult.h"

#include <optional>

namespace load {

// The error kind of one finished transfer, or none when it succeeded: libcurl's result first (no
// answer at all), then the HTTP status against the expectation, then the body assertion.
// curlCode is a CURLcode; httpStatus is 0 when no answer came.
std::optional<ErrorKind> transferError(int curlCode, long httpStatus, int expectStatus, bool bodyMismatch);

} // namespace load
