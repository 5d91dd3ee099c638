#pragma once

#include <QByteArray>
#include <cstdint>
#include <vector>

namespace load {

// Latencies in microseconds, 1 us to 60 s, in log-linear buckets of 3 significant digits
// (HdrHistogram's layout): recording is an index computation and an increment, no allocation;
// histograms of the same layout merge by adding counts. Values past the top are clamped to it
// and counted in clampedCount().
class LatencyHistogram
{
public:
    static constexpr std::int64_t lowestUs = 1;
    static constexpr std::int64_t highestUs = 60'000'000;
    static constexpr int significantDigits = 3;

    LatencyHistogram();

    void record(std::int64_t valueUs);
    void recordN(std::int64_t valueUs, std::int64_t count);
    void add(const LatencyHistogram& other);
    void reset();

    std::int64_t count() const;
    std::int64_t minUs() const; // 0 when empty
    std::int64_t maxUs() const; // 0 when empty; exact, not bucketed
    double meanUs() const;
    double stddevUs() const;
    std::int64_t clampedCount() const;
    // The value at `percentile` (0..100) as HdrHistogram's valueAtPercentile: the highest value
    // equivalent (same bucket) to the recorded value at that rank, so within 0.1 % of the true one.
    std::int64_t valueAtPercentileUs(double percentile) const;

    // Compact form for storage (sparse runs of non-zero counts); fromBytes() refuses other layouts.
    QByteArray toBytes() const;
    static bool fromBytes(const QByteArray& bytes, LatencyHistogram* histogram);

    // Same counts and extremes; a reused histogram's spare empty slots do not count.
    bool operator==(const LatencyHistogram& other) const;

private:
    std::vector<std::int64_t> m_counts;
    std::int64_t m_total = 0;
    std::int64_t m_min = 0;
    std::int64_t m_max = 0;
    std::int64_t m_clamped = 0;
    double m_sum = 0;
    double m_sumSquares = 0;
};

} // namespace load
