#include "rediscollector.h"

#include "collectorslogging.h"
#include "redissourceworker.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <algorithm>
#include <utility>

RedisCollector::RedisCollector(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RedisPollResult>();
}

RedisCollector::~RedisCollector()
{
    stop();
}

void RedisCollector::start()
{
    if (m_started)
        return;
    m_started = true;
    configure(m_sources);
}

void RedisCollector::stop()
{
    for (auto& [name, running] : m_running)
        retire(running); // all at once: their polls end in parallel
    m_running.clear();
    // Only here, at shutdown, does the caller wait for the workers to end.
    for (QThread* thread : std::exchange(m_retiring, {})) {
        thread->wait();
        delete thread;
    }
    m_started = false;
}

void RedisCollector::configure(const QList<RedisSource>& sources)
{
    m_sources = sources;
    if (!m_started)
        return;
    std::map<QString, Running> kept;
    for (const RedisSource& source : sources) {
        auto it = m_running.find(source.name);
        if (it != m_running.end() && it->second.source == source) {
            kept.insert(m_running.extract(it));
            continue;
        }
        if (it != m_running.end()) {
            retire(it->second);
            m_running.erase(it);
        }
        if (const QString error = source.validationError(); !error.isEmpty()) {
            qCWarning(lcCollectors).noquote() << error;
            RedisPollResult failed;
            failed.source = source.name;
            failed.timestampMs = QDateTime::currentMSecsSinceEpoch();
            failed.error = error;
            failed.consecutiveFailures = 1;
            QMetaObject::invokeMethod(
                this, [this, failed] { emit polled(failed); }, Qt::QueuedConnection);
            continue;
        }
        kept.emplace(source.name, launch(source));
    }
    for (auto& [name, running] : m_running) // sources no longer configured
        retire(running);
    m_running = std::move(kept);
}

void RedisCollector::pollNow(const QString& source)
{
    auto it = m_running.find(source);
    if (it == m_running.end())
        return;
    RedisSourceWorker* worker = it->second.worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->pollNow(); }, Qt::QueuedConnection);
}

RedisCollector::Running RedisCollector::launch(const RedisSource& source)
{
    Running running;
    running.source = source;
    running.thread = new QThread(this);
    running.thread->setObjectName(QStringLiteral("redis:") + source.name);
    running.worker = new RedisSourceWorker(source, [this](const RedisPollResult& result) {
        QMetaObject::invokeMethod(
            this, [this, result] { emit polled(result); }, Qt::QueuedConnection);
    });
    running.worker->moveToThread(running.thread);
    running.thread->start();
    RedisSourceWorker* worker = running.worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->start(); }, Qt::QueuedConnection);
    return running;
}

void RedisCollector::retire(Running& running)
{
    // Interrupted, so it reports nothing more; its poll in progress ends on its own thread (a
    // connect to an unreachable host only after the connect timeout), without the caller waiting.
    running.worker->interrupt();
    RedisSourceWorker* worker = running.worker;
    QThread* thread = running.thread;
    // Deleted on its own thread (its timer lives there), then the thread ends.
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_retiring.push_back(thread);
    connect(thread, &QThread::finished, this, [this, guard = QPointer<QThread>(thread)] {
        if (!guard) // stop() waited for it and deleted it already
            return;
        m_retiring.erase(std::remove(m_retiring.begin(), m_retiring.end(), guard.data()), m_retiring.end());
        guard->deleteLater();
    });
    running.worker = nullptr;
    running.thread = nullptr;
}
