#pragma once

#include "alertevaluator.h"
#include "alertrecord.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QList>
#include <QTemporaryDir>
#include <QUrl>
#include <limits>
#include <memory>
#include <string>
#include <vector>

struct PostgresPollResult;
struct RedisPollResult;

namespace ingest {
class SampleRecorder;
}

namespace report {

// The alert rules over what a plan run collected (the target's metrics, PostgreSQL and Redis): the
// samples go, named as the workspace names them, into a store in a temporary directory, and the
// evaluator runs on the run's clock at every step from the start, so each change has the time its
// condition held. Recording is thread-safe (the watches' threads); evaluation is the runner's.
class PlanAlerts
{
public:
    PlanAlerts(const QList<alerts::AlertRule>& rules, std::int64_t startMs, std::int64_t stepMs);
    ~PlanAlerts();

    // False with `error` when the temporary store cannot be made; the run goes on without alerts.
    bool open(QString* error);
    void recordScrape(const QUrl& url, std::int64_t timeMs, const std::string& body);
    void record(const PostgresPollResult& result);
    void record(const RedisPollResult& result);
    // Every evaluation due up to toMs and one at toMs, after what was recorded until now is
    // committed; the state changes they caused, in time order.
    std::vector<AlertRecord> evaluateUntil(std::int64_t toMs);
    // The first evaluation problem (a rule the store could not answer, samples refused); empty when none.
    QString error() const { return m_error; }

private:
    void evaluateAt(std::int64_t timeMs, std::vector<AlertRecord>* records);

    alerts::AlertEvaluator m_evaluator;
    std::int64_t m_nextMs; // the next evaluation on the grid of steps from the run's start
    std::int64_t m_lastMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t m_stepMs;
    QTemporaryDir m_dir;
    store::TimeSeriesStore m_store;
    store::StoreReader m_reader;
    std::unique_ptr<ingest::SampleRecorder> m_recorder;
    QString m_error;
};

} // namespace report
