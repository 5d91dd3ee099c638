#include "samplerecorder.h"

#include "poolusage.h"

#include <string>

namespace ingest {
namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// Prometheus' instance label: host:port of the scrape URL (the scheme's port when none is given).
std::string instanceOf(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const QString host =
        url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
    return utf8(host) + ':' + std::to_string(port);
}

// honor_labels: false, as Prometheus does by default: the target's own job/instance labels are
// kept under exported_*, the collector's win.
metricmath::LabelSet scrapeLabels(const Prometheus::MetricSet& set, const Prometheus::Sample& sample,
                                  const metricmath::LabelSet& targetLabels)
{
    std::vector<metricmath::LabelSet::Label> labels;
    labels.reserve(sample.labelCount + targetLabels.size() + 1);
    for (const Prometheus::Label& label : set.labels(sample)) {
        std::string name(label.name);
        if (targetLabels.has(name))
            name = "exported_" + name;
        labels.emplace_back(std::move(name), std::string(label.value));
    }
    for (const auto& label : targetLabels.labels())
        labels.push_back(label);
    labels.emplace_back(std::string(metricmath::LabelSet::metricNameLabel), std::string(set.name(sample)));
    return metricmath::LabelSet(std::move(labels));
}

} // namespace

SampleRecorder::SampleRecorder(store::TimeSeriesStore& store)
    : m_store(store)
{
}

bool SampleRecorder::record(const ScrapeResult& result, const QUrl& targetUrl)
{
    Batch batch;
    const metricmath::LabelSet target{{"job", utf8(result.target)}, {"instance", instanceOf(targetUrl)}};
    if (result.metrics) {
        const Prometheus::MetricSet& set = *result.metrics;
        batch.reserve(set.sampleCount() + 3);
        for (const Prometheus::MetricFamily& family : set.families()) {
            for (const Prometheus::Sample& sample : set.samples(family)) {
                const std::int64_t ts = sample.hasTimestamp ? sample.timestampMs : result.timestampMs;
                const store::SeriesRef series = m_store.series(scrapeLabels(set, sample, target));
                batch.push_back({series, ts, sample.value});
            }
        }
        for (const PoolUsage& pool : poolUsage(set)) {
            metricmath::LabelSet labels = pool.labels;
            for (const auto& [name, value] : target.labels())
                labels.set(name, value);
            labels.set("pool", pool.prefix);
            add(batch, "app_pool_in_use", labels, result.timestampMs, pool.inUse);
            add(batch, "app_pool_capacity", labels, result.timestampMs, pool.capacity);
            add(batch, "app_pool_overflow", labels, result.timestampMs, pool.overflow);
            add(batch, "app_pool_usage_ratio", labels, result.timestampMs, pool.usageRatio);
        }
    }
    add(batch, "up", target, result.timestampMs, result.up ? 1 : 0);
    add(batch, "scrape_duration_seconds", target, result.timestampMs, result.durationSeconds);
    add(batch, "scrape_samples_scraped", target, result.timestampMs, double(result.samplesScraped()));
    return append(batch);
}

bool SampleRecorder::record(const ProbeResult& result)
{
    Batch batch;
    const metricmath::LabelSet probe{{"probe", utf8(result.probe)}};
    add(batch, "probe_success", probe, result.timestampMs, result.success ? 1 : 0);
    add(batch, "probe_up", probe, result.timestampMs, result.up ? 1 : 0);
    add(batch, "probe_duration_seconds", probe, result.timestampMs, result.latencySeconds);
    if (result.httpStatus > 0)
        add(batch, "probe_http_status_code", probe, result.timestampMs, double(result.httpStatus));
    return append(batch);
}

bool SampleRecorder::record(const JsonPollResult& result)
{
    Batch batch;
    const metricmath::LabelSet endpoint{{"job", utf8(result.endpoint)}};
    addAll(batch, result.samples, endpoint, result.timestampMs);
    add(batch, "json_poll_success", endpoint, result.timestampMs, result.ok ? 1 : 0);
    return append(batch);
}

bool SampleRecorder::record(const PostgresPollResult& result)
{
    Batch batch;
    const metricmath::LabelSet source{{"source", utf8(result.source)}};
    addAll(batch, result.samples, source, result.timestampMs);
    // A failed poll's samples already carry pg_up 0; a successful one's pg_up 1.
    add(batch, "pg_poll_duration_seconds", source, result.timestampMs, result.durationSeconds);
    return append(batch);
}

bool SampleRecorder::record(const RedisPollResult& result)
{
    Batch batch;
    const metricmath::LabelSet source{{"source", utf8(result.source)}};
    addAll(batch, result.samples, source, result.timestampMs);
    add(batch, "redis_up", source, result.timestampMs, result.ok ? 1 : 0);
    add(batch, "redis_poll_duration_seconds", source, result.timestampMs, result.durationSeconds);
    return append(batch);
}

void SampleRecorder::add(Batch& batch, std::string_view metric, metricmath::LabelSet labels,
                         std::int64_t timestampMs, double value)
{
    labels.set(metricmath::LabelSet::metricNameLabel, metric);
    batch.push_back({m_store.series(labels), timestampMs, value});
}

void SampleRecorder::addAll(Batch& batch, const std::vector<MetricSample>& samples,
                            const metricmath::LabelSet& extra, std::int64_t timestampMs)
{
    for (const MetricSample& sample : samples) {
        metricmath::LabelSet labels = extra;
        for (const auto& [name, value] : sample.labels)
            labels.set(utf8(name), utf8(value));
        add(batch, utf8(sample.metric), std::move(labels), timestampMs, sample.value);
    }
}

bool SampleRecorder::append(const Batch& batch)
{
    const bool ok = m_store.append(batch);
    if (ok)
        m_recorded += batch.size();
    return ok;
}

} // namespace ingest
