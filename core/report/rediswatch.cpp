#include "rediswatch.h"

#include <QDateTime>

namespace report {

RedisWatch::RedisWatch(const RedisSource& source, std::int64_t intervalMs, Sink sink)
    : m_source(source)
    , m_sink(std::move(sink))
    , m_poller(source)
    , m_watch(intervalMs, [this] { poll(); })
{
}

RedisWatch::~RedisWatch()
{
    stop();
}

void RedisWatch::stop()
{
    m_stopping = true;
    m_poller.interrupt(); // a poll in flight fails quickly with "stopped"
    m_watch.stop();
}

std::vector<RedisPoint> RedisWatch::points() const
{
    std::lock_guard lock(m_mutex);
    return m_points;
}

RedisSummary RedisWatch::summarise(std::int64_t fromMs, std::int64_t toMs) const
{
    RedisSummary summary = RedisSummary::summarise(points(), fromMs, toMs);
    summary.source = m_source.name;
    summary.target = QStringLiteral("%1:%2").arg(m_source.host).arg(m_source.port);
    return summary;
}

void RedisWatch::poll()
{
    RedisPollResult result;
    if (const QString invalid = m_source.validationError(); !invalid.isEmpty()) {
        result.source = m_source.name;
        result.timestampMs = QDateTime::currentMSecsSinceEpoch();
        result.error = invalid;
    } else {
        result = m_poller.poll();
    }
    if (m_stopping)
        return; // cut short by stop(): not a failure of the source
    {
        std::lock_guard lock(m_mutex);
        m_points.push_back(RedisPoint::of(result));
    }
    if (m_sink)
        m_sink(result);
}

} // namespace report
