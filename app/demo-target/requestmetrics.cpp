#include "requestmetrics.h"

#include "prometheustext.h"

#include <algorithm>
#include <mutex>
#include <vector>

RequestMetrics::Series& RequestMetrics::series(const std::string& method, const std::string& path, int status)
{
    const std::string statusText = std::to_string(status);
    std::string key;
    key.reserve(method.size() + path.size() + statusText.size() + 2);
    key.append(path).append(1, ' ').append(method).append(1, ' ').append(statusText);
    {
        std::shared_lock lock(m_mutex);
        const auto it = m_series.find(key);
        if (it != m_series.end())
            return *it->second;
    }
    std::unique_lock lock(m_mutex);
    auto& slot = m_series[key];
    if (!slot) {
        slot = std::make_unique<Series>();
        slot->method = method;
        slot->path = path;
        slot->status = statusText;
    }
    return *slot;
}

void RequestMetrics::record(const std::string& method, const std::string& path, int status, double seconds)
{
    Series& target = series(method, path, status);
    const auto bucket =
        std::lower_bound(bucketBounds.begin(), bucketBounds.end(), seconds) - bucketBounds.begin();
    target.buckets[std::size_t(bucket)].fetch_add(1, std::memory_order_relaxed);
    target.sum.fetch_add(seconds, std::memory_order_relaxed);
}

void RequestMetrics::reset()
{
    std::shared_lock lock(m_mutex);
    for (auto& [key, series] : m_series) {
        for (auto& bucket : series->buckets)
            bucket.store(0, std::memory_order_relaxed);
        series->sum.store(0.0, std::memory_order_relaxed);
    }
}

std::string RequestMetrics::labels(const Series& series)
{
    std::string out;
    PrometheusText::appendLabel(out, "method", series.method);
    out += ',';
    PrometheusText::appendLabel(out, "path", series.path);
    out += ',';
    PrometheusText::appendLabel(out, "status", series.status);
    return out;
}

void RequestMetrics::render(std::string& out) const
{
    // Snapshot every series once so that the histogram and the counter agree.
    struct Snapshot
    {
        std::string labels;
        std::array<std::uint64_t, bucketBounds.size() + 1> buckets;
        double sum;
    };
    std::vector<Snapshot> snapshots;
    {
        std::shared_lock lock(m_mutex);
        snapshots.reserve(m_series.size());
        for (const auto& [key, series] : m_series) {
            Snapshot snapshot{labels(*series), {}, series->sum.load(std::memory_order_relaxed)};
            for (std::size_t i = 0; i < snapshot.buckets.size(); ++i)
                snapshot.buckets[i] = series->buckets[i].load(std::memory_order_relaxed);
            snapshots.push_back(std::move(snapshot));
        }
    }

    PrometheusText::appendHeader(out, "http_request_duration_seconds", "histogram",
                                 "Time spent handling HTTP requests, by route template.");
    for (const Snapshot& snapshot : snapshots) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < snapshot.buckets.size(); ++i) {
            cumulative += snapshot.buckets[i];
            std::string bucketLabels = snapshot.labels + ',';
            if (i < bucketBounds.size()) {
                std::string bound;
                PrometheusText::appendValue(bound, bucketBounds[i]);
                PrometheusText::appendLabel(bucketLabels, "le", bound);
            } else {
                PrometheusText::appendLabel(bucketLabels, "le", "+Inf");
            }
            PrometheusText::appendSample(out, "http_request_duration_seconds_bucket", bucketLabels,
                                         double(cumulative));
        }
        PrometheusText::appendSample(out, "http_request_duration_seconds_sum", snapshot.labels, snapshot.sum);
        PrometheusText::appendSample(out, "http_request_duration_seconds_count", snapshot.labels,
                                     double(cumulative));
    }

    PrometheusText::appendHeader(out, "http_requests_total", "counter", "HTTP requests answered.");
    for (const Snapshot& snapshot : snapshots) {
        std::uint64_t count = 0;
        for (const std::uint64_t bucket : snapshot.buckets)
            count += bucket;
        PrometheusText::appendSample(out, "http_requests_total", snapshot.labels, double(count));
    }

    PrometheusText::appendHeader(out, "http_requests_in_flight", "gauge", "HTTP requests being handled now.");
    PrometheusText::appendSample(out, "http_requests_in_flight", {},
                                 double(m_inFlight.load(std::memory_order_relaxed)));
}
