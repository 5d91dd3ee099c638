#include "operationstats.h"

#include "jsonutil.h"

#include <QDateTime>
#include <algorithm>

OperationStats::OperationStats(const std::vector<std::string>& operations)
{
    for (const std::string& operation : operations)
        m_timings.emplace(operation, std::make_unique<Timing>());
}

void OperationStats::record(std::string_view operation, double seconds)
{
    const auto it = m_timings.find(operation);
    if (it == m_timings.end())
        return;
    Timing& timing = *it->second;
    std::lock_guard lock(timing.mutex);
    timing.min = timing.count == 0 ? seconds : std::min(timing.min, seconds);
    timing.max = std::max(timing.max, seconds);
    timing.total += seconds;
    ++timing.count;
}

void OperationStats::reset()
{
    for (auto& [name, timing] : m_timings) {
        std::lock_guard lock(timing->mutex);
        timing->min = timing->max = timing->total = 0;
        timing->count = 0;
    }
}

void OperationStats::appendTiming(std::string& out, const Timing& timing)
{
    std::lock_guard lock(timing.mutex);
    out += "{\"min\":";
    JsonUtil::appendNumber(out, timing.min);
    out += ",\"max\":";
    JsonUtil::appendNumber(out, timing.max);
    out += ",\"avg\":";
    JsonUtil::appendNumber(out, timing.count == 0 ? 0.0 : timing.total / double(timing.count));
    out += ",\"count\":" + std::to_string(timing.count) + ",\"total\":";
    JsonUtil::appendNumber(out, timing.total);
    out += '}';
}

std::string OperationStats::toJson() const
{
    const QByteArray timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    std::string body = "{\"timestamp\":";
    JsonUtil::appendString(body, std::string_view(timestamp.constData(), std::size_t(timestamp.size())));
    body += ",\"performance_metrics\":{";
    bool first = true;
    for (const auto& [name, timing] : m_timings) {
        if (!first)
            body += ',';
        first = false;
        JsonUtil::appendString(body, name);
        body += ':';
        appendTiming(body, *timing);
    }
    body += "}}";
    return body;
}

std::string OperationStats::operationJson(const std::string& operation) const
{
    const auto it = m_timings.find(operation);
    if (it == m_timings.end())
        return {};
    std::string body;
    appendTiming(body, *it->second);
    return body;
}
