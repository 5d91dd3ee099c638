#include "redissourceworker.h"

#include "collectorslogging.h"

#include <algorithm>

RedisSourceWorker::RedisSourceWorker(const RedisSource& source, ResultHandler handler)
    : m_source(source)
    , m_poller(source)
    , m_handler(std::move(handler))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pollOnce(); });
}

void RedisSourceWorker::start()
{
    m_timer.start(0);
}

void RedisSourceWorker::pollNow()
{
    // Runs after any poll in progress (same thread): polls of one source never overlap.
    m_timer.stop();
    pollOnce();
}

void RedisSourceWorker::interrupt()
{
    m_interrupted = true;
    m_poller.interrupt();
}

int RedisSourceWorker::nextDelayMs(const RedisSource& source, int consecutiveFailures, qint64 lastDurationMs)
{
    if (consecutiveFailures == 0) {
        // Keeps the cadence, but a poll slower than its interval still leaves the server a gap.
        return int(std::max<qint64>(source.intervalMs - lastDurationMs, source.intervalMs / 4));
    }
    const qint64 cap = std::max(source.maxBackoffMs, source.intervalMs);
    qint64 delay = source.intervalMs;
    for (int i = 1; i < consecutiveFailures && delay < cap; ++i)
        delay *= 2;
    return int(std::min(delay, cap));
}

void RedisSourceWorker::pollOnce()
{
    if (m_interrupted)
        return;
    RedisPollResult result = m_poller.poll();
    if (m_interrupted)
        return;
    m_failures = result.ok ? 0 : m_failures + 1;
    result.consecutiveFailures = m_failures;
    result.nextPollInMs = nextDelayMs(m_source, m_failures, qint64(result.durationSeconds * 1000));
    if (!result.ok)
        qCDebug(lcCollectors).noquote() << "redis poll of" << result.source << "failed:" << result.error
                                        << "- next try in" << result.nextPollInMs << "ms";
    m_timer.start(result.nextPollInMs);
    m_handler(result);
}
