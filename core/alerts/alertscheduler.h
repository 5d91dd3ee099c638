#pragma once

#include "alertevaluator.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

namespace store {
class ReadJobRunner;
class TimeSeriesStore;
} // namespace store

namespace alerts {

// Evaluates the rules on a schedule, off the caller's thread: each evaluation is a job of `runner`
// (its own thread and read connection), the next one scheduled only when the previous one finished,
// so evaluations never pile up. At the first evaluation the states are restored from the workspace's
// alert history; every evaluation's transitions are appended to it, then reported on the caller's
// thread. The clock is injected (tests set the time; by default the wall clock).
class AlertScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<std::int64_t()>; // ms since the epoch; called on the runner's thread

    AlertScheduler(store::TimeSeriesStore* store, store::ReadJobRunner* runner, const QList<AlertRule>& rules,
                   int intervalMs, Clock clock = {}, QObject* parent = nullptr);
    ~AlertScheduler() override;

    void start(); // evaluates now, then every intervalMs after each evaluation finished
    void stop();
    // One evaluation now, whether started or not (a job replacing one waiting).
    void evaluateNow();

signals:
    void transitionsReady(const std::vector<alerts::AlertTransition>& transitions);
    void evaluationFailed(const QString& error);

private:
    struct Shared;
    void finished(const QString& error);

    store::ReadJobRunner* m_runner;
    std::shared_ptr<Shared> m_shared; // used by the jobs, on the runner's thread
    int m_intervalMs;
    bool m_running = false;
    bool m_scheduled = false;
};

} // namespace alerts
