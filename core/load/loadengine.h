#pragma once

#include "loadplan.h"
#include "loadresult.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <thread>

Q_DECLARE_METATYPE(load::LoadSecond)
Q_DECLARE_METATYPE(load::LoadResult)

namespace load {

// Runs one plan at a time off the caller's thread. secondMerged and finished are emitted from the
// run's thread, so receivers in other threads get them queued (the figures are copied across).
class LoadEngine : public QObject
{
    Q_OBJECT
public:
    explicit LoadEngine(QObject* parent = nullptr);
    ~LoadEngine() override; // cancels a run still going and waits for it

    // False when a run is still going; a plan that cannot run finishes at once with RunEnd::Failed.
    bool start(LoadPlan plan);
    // Stops within a second; finished() follows with what was measured so far.
    void cancel();
    bool isRunning() const { return m_running.load(); }

signals:
    void secondMerged(const load::LoadSecond& second);
    void finished(const load::LoadResult& result);

private:
    std::unique_ptr<LoadPlan> m_plan;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::thread m_thread;
};

} // namespace load
