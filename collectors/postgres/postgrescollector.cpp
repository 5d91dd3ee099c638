#include "postgrescollector.h"

#include "collectorslogging.h"
#include "postgresconnection.h"
#include "postgrespoll.h"
#include "reconnectbackoff.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>

// One source: a thread, its session, its schedule. Everything but the constructor, start()
// and stop() runs on the worker's thread.
class PostgresCollector::SourceWorker
{
public:
    using Deliver = std::function<void(const PostgresPollResult&)>;

    SourceWorker(quint64 id, const PostgresSource& source, Deliver deliver)
        : m_id(id)
        , m_source(source)
        , m_deliver(std::move(deliver))
        , m_connection(&m_stopRequested)
    {
        m_thread.setObjectName(QStringLiteral("perfdash-pg-") + source.name);
        m_context.moveToThread(&m_thread);
    }

    ~SourceWorker() { stop(); }

    quint64 id() const { return m_id; }
    const PostgresSource& source() const { return m_source; }

    void start()
    {
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [this] {
            m_timer = new QTimer(&m_context);
            m_timer->setSingleShot(true);
            QObject::connect(m_timer, &QTimer::timeout, &m_context, [this] { poll(); });
            m_nextDueMs = QDeadlineTimer::current().deadline();
            poll();
        });
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        m_stopRequested = true;
        // Queued behind a poll in flight, which the stop flag cuts short.
        QMetaObject::invokeMethod(&m_context, [this] {
            delete m_timer;
            m_timer = nullptr;
            m_connection.close();
            m_thread.quit();
        });
        m_thread.wait();
    }

    void pollNow()
    {
        QMetaObject::invokeMethod(&m_context, [this] { poll(); });
    }

private:
    void poll()
    {
        if (m_stopRequested || !m_timer)
            return;
        m_timer->stop();
        PostgresPollResult result;
        result.source = m_source.name;
        result.timestampMs = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer elapsed;
        elapsed.start();
        QString error;
        if (m_connection.isOpen() || m_connection.open(m_source, &error))
            result.ok = PostgresPoll::run(m_connection, m_source, &result);
        else
            result.error = error;
        result.durationSeconds = elapsed.nsecsElapsed() / 1e9;
        if (m_stopRequested)
            return; // cut short by stop(): not a failure of the source

        const qint64 nowMs = QDeadlineTimer::current().deadline();
        if (result.ok) {
            m_backoff.reset();
            // Next slot on the source's own grid; slots missed by a slow poll are skipped.
            do
                m_nextDueMs += m_source.intervalMs;
            while (m_nextDueMs <= nowMs);
        } else {
            result.samples = {{QStringLiteral("pg_up"), {}, 0}};
            result.retryInMs = m_backoff.nextDelayMs();
            result.consecutiveFailures = m_backoff.failures();
            m_nextDueMs = nowMs + result.retryInMs;
            if (result.consecutiveFailures == 1)
                qCInfo(lcCollectors).noquote()
                    << "PostgreSQL source" << m_source.name << "failed:" << result.error;
            else
                qCDebug(lcCollectors).noquote()
                    << "PostgreSQL source" << m_source.name << "failed again:" << result.error;
        }
        m_timer->start(int(std::max<qint64>(0, m_nextDueMs - nowMs)));
        m_deliver(result);
    }

    const quint64 m_id;
    const PostgresSource m_source;
    const Deliver m_deliver;
    std::atomic<bool> m_stopRequested = false;
    QThread m_thread;
    QObject m_context; // lives in m_thread: receives the queued calls and owns the timer
    QTimer* m_timer = nullptr;
    PostgresConnection m_connection;
    ReconnectBackoff m_backoff;
    qint64 m_nextDueMs = 0;
};

PostgresCollector::PostgresCollector(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<PostgresPollResult>();
}

PostgresCollector::~PostgresCollector()
{
    stop();
}

void PostgresCollector::configure(const QList<PostgresSource>& sources)
{
    m_sources.clear();
    for (const PostgresSource& source : sources) {
        const QString error = source.validate();
        if (!error.isEmpty()) {
            qCWarning(lcCollectors).noquote() << error;
            reportInvalid(source.name, error);
            continue;
        }
        m_sources.append(source);
    }
    if (!m_running)
        return;
    std::map<QString, std::unique_ptr<SourceWorker>> previous;
    previous.swap(m_workers);
    for (const PostgresSource& source : std::as_const(m_sources)) {
        auto kept = previous.find(source.name);
        if (kept != previous.end() && kept->second->source() == source) {
            m_workers[source.name] = std::move(kept->second);
            previous.erase(kept);
        } else {
            startWorker(source);
        }
    }
    // What is left was removed or changed: its thread stops (and its last result is dropped).
}

void PostgresCollector::start()
{
    if (m_running)
        return;
    m_running = true;
    for (const PostgresSource& source : std::as_const(m_sources))
        startWorker(source);
}

void PostgresCollector::stop()
{
    m_running = false;
    m_workers.clear(); // each worker stops its thread
}

void PostgresCollector::pollNow(const QString& source)
{
    auto it = m_workers.find(source);
    if (it != m_workers.end())
        it->second->pollNow();
}

void PostgresCollector::startWorker(const PostgresSource& source)
{
    const quint64 id = ++m_nextWorkerId;
    auto worker = std::make_unique<SourceWorker>(id, source, [this, id](const PostgresPollResult& result) {
        QMetaObject::invokeMethod(
            this,
            [this, id, result] {
                // Drop results of a worker that was replaced or removed meanwhile.
                auto it = m_workers.find(result.source);
                if (it != m_workers.end() && it->second->id() == id)
                    emit polled(result);
            },
            Qt::QueuedConnection);
    });
    worker->start();
    m_workers[source.name] = std::move(worker);
}

void PostgresCollector::reportInvalid(const QString& source, const QString& error)
{
    PostgresPollResult failed;
    failed.source = source;
    failed.timestampMs = QDateTime::currentMSecsSinceEpoch();
    failed.error = error;
    QMetaObject::invokeMethod(
        this, [this, failed] { emit polled(failed); }, Qt::QueuedConnection);
}
