#pragma once

#include "redispollresult.h"
#include "redissource.h"

#include <QObject>
#include <map>
#include <vector>

class QThread;
class RedisSourceWorker;

// Polls Redis servers: one worker thread per source (hiredis is blocking, so a hung server
// delays only its own polls). Configure and control it from the thread it lives in; results
// arrive there as polled() signals.
class RedisCollector : public QObject
{
    Q_OBJECT
public:
    explicit RedisCollector(QObject* parent = nullptr);
    ~RedisCollector() override;

    void start();
    // Waits for each source's poll in progress to end (interrupted; a connect in progress
    // ends within its connect timeout).
    void stop();
    // Replaces the sources; unchanged ones keep their connection, schedule and previous counters.
    // An invalid source is reported once as a failed result and not polled. Never waits: a
    // removed or changed source's poll in progress ends on its own thread.
    void configure(const QList<RedisSource>& sources);
    // Polls a source now, or right after its poll in progress.
    void pollNow(const QString& source);

signals:
    void polled(const RedisPollResult& result);

private:
    struct Running
    {
        RedisSource source;
        QThread* thread = nullptr;
        RedisSourceWorker* worker = nullptr;
    };
    Running launch(const RedisSource& source);
    void retire(Running& running);

    QList<RedisSource> m_sources;
    std::map<QString, Running> m_running;
    std::vector<QThread*> m_retiring; // interrupted workers' threads, not finished yet
    bool m_started = false;
};
