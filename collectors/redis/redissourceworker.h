#pragma once

#include "redispoller.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>

// Lives in its own thread and polls one source there: the next poll is scheduled when the
// previous one finished, after the interval, or after an exponential backoff following failures.
class RedisSourceWorker : public QObject
{
public:
    using ResultHandler = std::function<void(const RedisPollResult&)>;
    RedisSourceWorker(const RedisSource& source, ResultHandler handler);

    // On the worker thread.
    void start();
    void pollNow();
    // From any thread: a poll in progress ends quickly and reports nothing.
    void interrupt();

    // Pure scheduling rule, exposed for tests: the delay before the next poll.
    static int nextDelayMs(const RedisSource& source, int consecutiveFailures, qint64 lastDurationMs);

private:
    void pollOnce();

    RedisSource m_source;
    RedisPoller m_poller;
    ResultHandler m_handler;
    QTimer m_timer;
    int m_failures = 0;
    std::atomic<bool> m_interrupted{false};
};
