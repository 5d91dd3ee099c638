#include "parseerror.h"

namespace Prometheus {

std::string ParseError::toString() const
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

} // namespace Prometheus
