#include "loadresult.h"

#include <numeric>

namespace load {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Connect:
        return QStringLiteral("connect");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Read:
        return QStringLiteral("read");
    case ErrorKind::Write:
        return QStringLiteral("write");
    case ErrorKind::Status4xx:
        return QStringLiteral("status_4xx");
    case ErrorKind::Status5xx:
        return QStringLiteral("status_5xx");
    case ErrorKind::StatusOther:
        return QStringLiteral("status_other");
    case ErrorKind::Assertion:
        return QStringLiteral("assertion");
    case ErrorKind::Count:
        break;
    }
    return QStringLiteral("unknown");
}

std::int64_t EndpointFigures::errorCount() const
{
    return std::accumulate(errors.begin(), errors.end(), std::int64_t(0));
}

void EndpointFigures::add(const EndpointFigures& other)
{
    requests += other.requests;
    bytesReceived += other.bytesReceived;
    for (int i = 0; i < errorKindCount; ++i)
        errors[i] += other.errors[i];
    latency.add(other.latency);
    uncorrectedLatency.add(other.uncorrectedLatency);
}

QString runEndName(RunEnd end)
{
    switch (end) {
    case RunEnd::Completed:
        return QStringLiteral("completed");
    case RunEnd::Cancelled:
        return QStringLiteral("cancelled");
    case RunEnd::Aborted:
        return QStringLiteral("aborted");
    case RunEnd::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace load
