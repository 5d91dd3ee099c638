#pragma once

#include <string>

namespace Prometheus {

// Why a payload was rejected. Line and column are 1-based; the column counts bytes, so a
// multi-byte UTF-8 character before the error moves it by more than one.
struct ParseError
{
    int line = 0;
    int column = 0;
    std::string message;

    // "line 12, column 7: expected '=' after label name, got '}'", as Prometheus words it.
    std::string toString() const;
};

} // namespace Prometheus
