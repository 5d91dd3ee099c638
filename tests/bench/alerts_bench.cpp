// Alert engine benchmark: 1,000 rules of every kind over ~200 series holding an hour of 1 s samples,
// stored as live ingest stores them (one block per series per second). The last five minutes arrive
// live: each second is committed, then the rules are evaluated at that second (timed). The median,
// p95 and max wall time of one evaluation cycle. One JSON object per line on stdout.
#include "alertevaluator.h"
#include "defaultrules.h"
#include "storereader.h"
#include "timeseriesstore.h"

#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t t0 = 1'700'000'000'000;
constexpr int seconds = 3600;
constexpr int jobs = 5;
constexpr int paths = 4;
constexpr int queues = 10;
constexpr int probes = 10;
const char* const buckets[] = {"0.1", "0.25", "0.5", "1", "2.5", "+Inf"};

void report(const char* metric, double value, const char* unit)
{
    std::printf(
        "{\"bench\": \"alerts\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"peer\": null}\n",
        metric, value, unit);
    std::fflush(stdout);
}

std::string job(int j)
{
    return "job" + std::to_string(j);
}
std::string path(int p)
{
    return "/api/v1/resource" + std::to_string(p);
}
std::string queue(int q)
{
    return "queue" + std::to_string(q);
}

struct Series
{
    store::SeriesRef ref;
    double (*value)(int second, int index);
    int index;
};

// The series and how each moves: counters rising, gauges wandering over their thresholds now and then.
std::vector<Series> createSeries(store::TimeSeriesStore& s)
{
    std::vector<Series> out;
    int index = 0;
    for (int j = 0; j < jobs; ++j) {
        for (int p = 0; p < paths; ++p) {
            for (int b = 0; b < 6; ++b) {
                out.push_back({s.series("http_request_duration_seconds_bucket",
                                        {{"job", job(j)}, {"path", path(p)}, {"le", buckets[b]}}),
                               [](int t, int i) { return double(t) * (4 + (i % 6)) * (1 + (i / 6) % 3); },
                               index++});
            }
            out.push_back(
                {s.series("http_requests_total", {{"job", job(j)}, {"path", path(p)}, {"status", "200"}}),
                 [](int t, int) { return 100.0 * t; }, index++});
            out.push_back(
                {s.series("http_requests_total", {{"job", job(j)}, {"path", path(p)}, {"status", "500"}}),
                 [](int t, int i) { return double((t / 600 + i) % 3 == 0 ? t : t / 2); }, index++});
        }
        out.push_back({s.series("app_pool_usage_ratio", {{"job", job(j)}, {"pool", "ef_db_pool"}}),
                       [](int t, int i) { return 0.5 + 0.3 * ((t / 90 + i) % 2); }, index++});
    }
    for (int q = 0; q < queues; ++q) {
        out.push_back({s.series("celery_queue_length", {{"job", job(q % jobs)}, {"queue", queue(q)}}),
                       [](int t, int i) { return double((t / 7 + i * 13) % 100); }, index++});
        out.push_back({s.series("task_duration_seconds",
                                {{"job", job(q % jobs)}, {"queue", queue(q)}, {"quantile", "0.99"}}),
                       [](int t, int i) { return double((t / 11 + i) % 200); }, index++});
    }
    for (const char* source : {"cache", "broker"}) {
        out.push_back({s.series("redis_keyspace_hits_total", {{"source", source}}),
                       [](int t, int) { return 40.0 * t; }, index++});
        out.push_back({s.series("redis_keyspace_misses_total", {{"source", source}}),
                       [](int t, int i) { return (i % 4 == 1 ? 60.0 : 10.0) * t; }, index++});
    }
    for (int p = 0; p < probes; ++p) {
        out.push_back({s.series("probe_up", {{"probe", "probe" + std::to_string(p)}}),
                       [](int t, int i) { return (t / 45 + i) % 5 == 0 ? 0.0 : 1.0; }, index++});
    }
    return out;
}

// 1,000 rules cycling through the kinds, each with its own matchers and threshold.
QList<alerts::AlertRule> createRules()
{
    QList<alerts::AlertRule> base = alerts::defaultRules();
    alerts::AlertRule gauge;
    gauge.kind = alerts::RuleKind::Gauge;
    gauge.metric = "celery_queue_length";
    gauge.comparison = alerts::Comparison::Greater;
    gauge.forMs = 60'000;
    base.append(gauge);
    QList<alerts::AlertRule> rules;
    std::mt19937 random(7);
    for (int i = 0; rules.size() < 1000; ++i) {
        alerts::AlertRule rule = base.at(i % base.size());
        rule.name = rule.name + QStringLiteral("-%1").arg(i);
        rule.threshold *= 0.5 + double(random() % 100) / 100.0;
        switch (random() % 3) {
        case 0:
            break; // every label set of its kind
        case 1:
            if (rule.kind == alerts::RuleKind::QueueLength || rule.kind == alerts::RuleKind::TaskDuration ||
                rule.kind == alerts::RuleKind::Gauge)
                rule.matchers = {{"queue", queue(int(random() % queues))}};
            else if (rule.kind == alerts::RuleKind::LatencyQuantile ||
                     rule.kind == alerts::RuleKind::ErrorRatio)
                rule.matchers = {{"job", job(int(random() % jobs))}, {"path", path(int(random() % paths))}};
            break;
        case 2:
            if (rule.kind == alerts::RuleKind::LatencyQuantile || rule.kind == alerts::RuleKind::ErrorRatio ||
                rule.kind == alerts::RuleKind::PoolUsage)
                rule.matchers = {{"job", job(int(random() % jobs))}};
            if (rule.kind == alerts::RuleKind::LatencyQuantile)
                rule.quantile = 0.99;
            break;
        }
        rules.append(rule);
    }
    return rules;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    store::TimeSeriesStore s;
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    options.retentionMs = 0;
    QString error;
    if (!s.open(path, options, &error)) {
        std::fprintf(stderr, "alerts: %s\n", qPrintable(error));
        return 1;
    }
    const std::vector<Series> series = createSeries(s);
    // As live ingest stores it: one commit per second of scrapes, so one raw block per series per second.
    std::vector<store::Sample> batch;
    auto ingest = [&](int t) {
        batch.clear();
        for (const Series& one : series)
            batch.push_back({one.ref, t0 + t * 1000LL, one.value(t, one.index)});
        s.append(batch);
        return s.flush();
    };
    const int live = 300; // the last five minutes arrive while the rules are evaluated every second
    for (int t = 0; t < seconds - live; ++t) {
        if (!ingest(t)) {
            std::fprintf(stderr, "alerts: flush failed: %s\n", qPrintable(s.lastError()));
            return 1;
        }
    }
    store::StoreReader reader;
    if (!reader.open(path, &error)) {
        std::fprintf(stderr, "alerts: %s\n", qPrintable(error));
        return 1;
    }
    const QList<alerts::AlertRule> rules = createRules();
    alerts::AlertEvaluator evaluator(rules);
    // The same rules with nothing shared: each groups by one more label no series has, which
    // changes no answer but makes every rule's figure its own computation.
    QList<alerts::AlertRule> distinct = rules;
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        if (distinct[i].kind != alerts::RuleKind::Gauge) {
            metricmath::LabelNames by = distinct[i].grouping();
            by.push_back("unused" + std::to_string(i));
            distinct[i].by = by;
        }
    }
    alerts::AlertEvaluator unshared(distinct);
    std::vector<double> unsharedCycles;
    std::vector<double> cycles;
    std::size_t transitions = 0;
    const int warmup = 5;
    for (int t = seconds - live; t <= seconds; ++t) {
        // The second's samples are committed (untimed), then the rules evaluated at that second.
        if (!ingest(t)) {
            std::fprintf(stderr, "alerts: flush failed: %s\n", qPrintable(s.lastError()));
            return 1;
        }
        const auto start = Clock::now();
        transitions += evaluator.evaluate(reader, t0 + t * 1000LL).size();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (!evaluator.errors().isEmpty()) {
            std::fprintf(stderr, "alerts: %s\n", qPrintable(evaluator.errors().first()));
            return 1;
        }
        const auto unsharedStart = Clock::now();
        unshared.evaluate(reader, t0 + t * 1000LL);
        const double unsharedMs =
            std::chrono::duration<double, std::milli>(Clock::now() - unsharedStart).count();
        if (t >= seconds - live + warmup) {
            cycles.push_back(ms);
            unsharedCycles.push_back(unsharedMs);
        }
    }
    // Replay: the same five minutes evaluated again once the whole hour is stored (a store holding
    // samples after the evaluation time, as when rules are tried on past data).
    alerts::AlertEvaluator replay(rules);
    std::vector<double> replayed;
    for (int t = seconds - live; t <= seconds; ++t) {
        const auto start = Clock::now();
        replay.evaluate(reader, t0 + t * 1000LL);
        if (t >= seconds - live + warmup)
            replayed.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(replayed.begin(), replayed.end());
    std::sort(cycles.begin(), cycles.end());
    std::sort(unsharedCycles.begin(), unsharedCycles.end());
    std::fprintf(stderr, "alerts: %lld rules, %zu series, %zu instances, %zu transitions in %zu cycles\n",
                 static_cast<long long>(rules.size()), series.size(), evaluator.instances().size(),
                 transitions, cycles.size() + warmup);
    report("evaluation_1000_rules_median", cycles[cycles.size() / 2], "ms");
    report("evaluation_1000_rules_p95", cycles[cycles.size() * 95 / 100], "ms");
    report("evaluation_1000_rules_max", cycles.back(), "ms");
    report("alert_instances", double(evaluator.instances().size()), "count");
    report("distinct_figures", double(evaluator.distinctQuantities()), "count");
    report("unshared_evaluation_1000_rules_median", unsharedCycles[unsharedCycles.size() / 2], "ms");
    report("unshared_distinct_figures", double(unshared.distinctQuantities()), "count");
    report("replay_evaluation_1000_rules_median", replayed[replayed.size() / 2], "ms");
    return 0;
}
