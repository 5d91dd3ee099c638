#include "postgreswatch.h"

#include "postgrespoll.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace report {

PostgresWatch::PostgresWatch(const PostgresSource& source, std::int64_t intervalMs, Sink sink)
    : m_source(source)
    , m_sink(std::move(sink))
    , m_connection(&m_stopping)
    , m_watch(intervalMs, [this] { poll(); })
{
}

PostgresWatch::~PostgresWatch()
{
    stop();
}

void PostgresWatch::stop()
{
    m_stopping = true; // a connect or query in flight gives up at once
    m_watch.stop();
}

std::vector<PostgresPoint> PostgresWatch::points() const
{
    std::lock_guard lock(m_mutex);
    return m_points;
}

PostgresSummary PostgresWatch::summarise(std::int64_t fromMs, std::int64_t toMs) const
{
    PostgresSummary summary = PostgresSummary::summarise(points(), fromMs, toMs);
    summary.source = m_source.name;
    summary.target = m_source.displayTarget();
    return summary;
}

void PostgresWatch::poll()
{
    PostgresPollResult result;
    result.source = m_source.name;
    result.timestampMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer elapsed;
    elapsed.start();
    result.error = m_source.validate();
    if (result.error.isEmpty() && (m_connection.isOpen() || m_connection.open(m_source, &result.error)))
        result.ok = PostgresPoll::run(m_connection, m_source, &result);
    result.durationSeconds = double(elapsed.nsecsElapsed()) / 1e9;
    if (m_stopping)
        return; // cut short by stop(): not a failure of the source
    if (!result.ok)
        result.samples = {{QStringLiteral("pg_up"), {}, 0}};
    {
        std::lock_guard lock(m_mutex);
        m_points.push_back(PostgresPoint::of(result));
    }
    if (m_sink)
        m_sink(result);
}

} // namespace report
