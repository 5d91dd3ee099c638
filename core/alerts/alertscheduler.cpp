#include "alertscheduler.h"

#include "readjobrunner.h"
#include "recordstore.h"
#include "timeseriesstore.h"

#include <QDateTime>
#include <QTimer>

namespace alerts {

struct AlertScheduler::Shared
{
    Shared(store::TimeSeriesStore* store, const QList<AlertRule>& rules, Clock clock)
        : records(store)
        , evaluator(rules)
        , clock(std::move(clock))
    {
    }
    store::RecordStore records;
    AlertEvaluator evaluator;
    Clock clock;
    bool restored = false;
    std::vector<AlertTransition> transitions; // of the last evaluation, handed to the owner's thread
    QString error;
};

AlertScheduler::AlertScheduler(store::TimeSeriesStore* store, store::ReadJobRunner* runner,
                               const QList<AlertRule>& rules, int intervalMs, Clock clock, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_shared(std::make_shared<Shared>(
          store, rules, clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); })))
    , m_intervalMs(intervalMs)
{
}

AlertScheduler::~AlertScheduler() = default;

void AlertScheduler::start()
{
    m_running = true;
    evaluateNow();
}

void AlertScheduler::stop()
{
    m_running = false;
}

void AlertScheduler::evaluateNow()
{
    QPointer<AlertScheduler> self(this);
    m_runner->submit(
        QStringLiteral("alerts"),
        [shared = m_shared](store::StoreReader& reader) {
            shared->error.clear();
            shared->transitions.clear();
            const std::int64_t now = shared->clock();
            if (!shared->restored) {
                // A restart neither re-fires what fired nor restarts a pending alert's `for`.
                const std::vector<store::AlertEvent> history =
                    shared->records.latestAlertEvents(&shared->error);
                if (!shared->error.isEmpty())
                    return;
                shared->evaluator.restore(history, now);
                shared->restored = true;
            }
            shared->transitions = shared->evaluator.evaluate(reader, now);
            std::vector<store::AlertEvent> events;
            events.reserve(shared->transitions.size());
            for (const AlertTransition& t : shared->transitions)
                events.push_back(toEvent(t));
            if (!shared->records.addAlertEvents(events, &shared->error))
                shared->error = QStringLiteral("alert history not saved: ") + shared->error;
            if (shared->error.isEmpty() && !shared->evaluator.errors().isEmpty())
                shared->error = shared->evaluator.errors().firstKey() + QStringLiteral(": ") +
                                shared->evaluator.errors().first();
        },
        [self, shared = m_shared](const QString& error) {
            if (self)
                self->finished(error.isEmpty() ? shared->error : error);
        });
}

void AlertScheduler::finished(const QString& error)
{
    // The job is done: its results are read on this thread before the next job is submitted.
    const std::vector<AlertTransition> transitions = std::move(m_shared->transitions);
    m_shared->transitions.clear();
    if (!transitions.empty())
        emit transitionsReady(transitions);
    if (!error.isEmpty())
        emit evaluationFailed(error);
    if (m_running && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(m_intervalMs, this, [this] {
            m_scheduled = false;
            if (m_running)
                evaluateNow();
        });
    }
}

} // namespace alerts
