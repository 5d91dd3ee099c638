#include "latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace load {

namespace {
// HdrHistogram's layout for 1 us .. 60 s at 3 significant digits: 2048 unit-resolution slots, then
// buckets of 1024 slots, each bucket twice as coarse as the one before.
constexpr int subBucketHalfCountMagnitude = 10;
constexpr std::int64_t subBucketHalfCount = 1 << subBucketHalfCountMagnitude;
constexpr std::int64_t subBucketMask = 2 * subBucketHalfCount - 1;

int bucketIndexOf(std::int64_t value)
{
    return 63 - std::countl_zero(std::uint64_t(value | subBucketMask)) - subBucketHalfCountMagnitude;
}

std::size_t indexOf(std::int64_t value)
{
    const int bucket = bucketIndexOf(value);
    const std::int64_t subBucket = value >> bucket;
    return std::size_t(((bucket + 1) << subBucketHalfCountMagnitude) + subBucket - subBucketHalfCount);
}

std::int64_t lowestValueAt(std::size_t index)
{
    int bucket = int(index >> subBucketHalfCountMagnitude) - 1;
    std::int64_t subBucket = std::int64_t(index & (subBucketHalfCount - 1)) + subBucketHalfCount;
    if (bucket < 0) {
        subBucket -= subBucketHalfCount;
        bucket = 0;
    }
    return subBucket << bucket;
}

std::int64_t highestValueAt(std::size_t index)
{
    const std::int64_t lowest = lowestValueAt(index);
    return lowest + (std::int64_t(1) << bucketIndexOf(lowest)) - 1;
}

const std::size_t countsLength = indexOf(LatencyHistogram::highestUs) + 1;

constexpr char magic[4] = {'P', 'D', 'L', 'H'};

void putVarint(QByteArray& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool getVarint(const QByteArray& in, qsizetype& pos, std::uint64_t* value)
{
    std::uint64_t result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = std::uint8_t(in.at(pos++));
        result |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = result;
            return true;
        }
    }
    return false;
}

void putDouble(QByteArray& out, double value)
{
    char raw[sizeof value];
    std::memcpy(raw, &value, sizeof value);
    out.append(raw, sizeof raw);
}

bool getDouble(const QByteArray& in, qsizetype& pos, double* value)
{
    if (pos + qsizetype(sizeof *value) > in.size())
        return false;
    std::memcpy(value, in.constData() + pos, sizeof *value);
    pos += sizeof *value;
    return true;
}
} // namespace

LatencyHistogram::LatencyHistogram() = default;

void LatencyHistogram::record(std::int64_t valueUs)
{
    recordN(valueUs, 1);
}

void LatencyHistogram::recordN(std::int64_t valueUs, std::int64_t count)
{
    if (count <= 0)
        return;
    if (valueUs < 0)
        valueUs = 0;
    if (valueUs > highestUs) {
        valueUs = highestUs;
        m_clamped += count;
    }
    const std::size_t index = indexOf(valueUs);
    // Grown to the highest slot used, so a histogram of fast answers stays small; a worker's
    // histograms are reset and reused, so this allocates only while the range widens.
    if (index >= m_counts.size())
        m_counts.resize(index + 1, 0);
    m_counts[index] += count;
    if (m_total == 0 || valueUs < m_min)
        m_min = valueUs;
    if (m_total == 0 || valueUs > m_max)
        m_max = valueUs;
    m_total += count;
    const double value = double(valueUs);
    m_sum += value * double(count);
    m_sumSquares += value * value * double(count);
}

void LatencyHistogram::add(const LatencyHistogram& other)
{
    if (other.m_total == 0)
        return;
    if (other.m_counts.size() > m_counts.size())
        m_counts.resize(other.m_counts.size(), 0);
    for (std::size_t i = 0; i < other.m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_min = m_total == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = m_total == 0 ? other.m_max : std::max(m_max, other.m_max);
    m_total += other.m_total;
    m_clamped += other.m_clamped;
    m_sum += other.m_sum;
    m_sumSquares += other.m_sumSquares;
}

void LatencyHistogram::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_total = 0;
    m_min = 0;
    m_max = 0;
    m_clamped = 0;
    m_sum = 0;
    m_sumSquares = 0;
}

std::int64_t LatencyHistogram::count() const
{
    return m_total;
}

std::int64_t LatencyHistogram::minUs() const
{
    return m_min;
}

std::int64_t LatencyHistogram::maxUs() const
{
    return m_max;
}

double LatencyHistogram::meanUs() const
{
    return m_total == 0 ? 0.0 : m_sum / double(m_total);
}

double LatencyHistogram::stddevUs() const
{
    if (m_total == 0)
        return 0.0;
    const double mean = meanUs();
    return std::sqrt(std::max(0.0, m_sumSquares / double(m_total) - mean * mean));
}

std::int64_t LatencyHistogram::clampedCount() const
{
    return m_clamped;
}

std::int64_t LatencyHistogram::valueAtPercentileUs(double percentile) const
{
    if (m_total == 0)
        return 0;
    const double requested = std::clamp(percentile, 0.0, 100.0);
    // HdrHistogram's rank: the nearest whole count, at least the first recorded value.
    const auto rank = std::max<std::int64_t>(1, std::int64_t(requested / 100.0 * double(m_total) + 0.5));
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            const std::int64_t value = requested == 0.0 ? lowestValueAt(i) : highestValueAt(i);
            // The exact extremes are known; a bucket's bound never reports past them.
            return std::clamp(value, m_min, m_max);
        }
    }
    return m_max;
}

QByteArray LatencyHistogram::toBytes() const
{
    QByteArray out;
    out.append(magic, sizeof magic);
    putVarint(out, std::uint64_t(lowestUs));
    putVarint(out, std::uint64_t(highestUs));
    putVarint(out, std::uint64_t(significantDigits));
    putVarint(out, std::uint64_t(m_min));
    putVarint(out, std::uint64_t(m_max));
    putVarint(out, std::uint64_t(m_clamped));
    putDouble(out, m_sum);
    putDouble(out, m_sumSquares);
    // Runs of non-zero counts: gap from the previous run's end, length, counts.
    std::size_t previousEnd = 0;
    std::size_t i = 0;
    while (i < m_counts.size()) {
        if (m_counts[i] == 0) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < m_counts.size() && m_counts[end] != 0)
            ++end;
        putVarint(out, i - previousEnd);
        putVarint(out, end - i);
        for (std::size_t j = i; j < end; ++j)
            putVarint(out, std::uint64_t(m_counts[j]));
        previousEnd = end;
        i = end;
    }
    return out;
}

bool LatencyHistogram::fromBytes(const QByteArray& bytes, LatencyHistogram* histogram)
{
    if (bytes.size() < qsizetype(sizeof magic) || std::memcmp(bytes.constData(), magic, sizeof magic) != 0)
        return false;
    qsizetype pos = sizeof magic;
    std::uint64_t lowest = 0, highest = 0, digits = 0, min = 0, max = 0, clamped = 0;
    if (!getVarint(bytes, pos, &lowest) || !getVarint(bytes, pos, &highest) ||
        !getVarint(bytes, pos, &digits))
        return false;
    if (lowest != std::uint64_t(lowestUs) || highest != std::uint64_t(highestUs) ||
        digits != std::uint64_t(significantDigits))
        return false;
    LatencyHistogram result;
    if (!getVarint(bytes, pos, &min) || !getVarint(bytes, pos, &max) || !getVarint(bytes, pos, &clamped) ||
        !getDouble(bytes, pos, &result.m_sum) || !getDouble(bytes, pos, &result.m_sumSquares))
        return false;
    std::size_t index = 0;
    while (pos < bytes.size()) {
        std::uint64_t gap = 0, length = 0;
        if (!getVarint(bytes, pos, &gap) || !getVarint(bytes, pos, &length) || length == 0)
            return false;
        if (gap > countsLength || length > countsLength || index + gap + length > countsLength)
            return false;
        index += gap;
        result.m_counts.resize(index + length, 0);
        for (std::uint64_t j = 0; j < length; ++j, ++index) {
            std::uint64_t count = 0;
            if (!getVarint(bytes, pos, &count) || count == 0 ||
                count > std::uint64_t(INT64_MAX - result.m_total))
                return false;
            result.m_counts[index] = std::int64_t(count);
            result.m_total += std::int64_t(count);
        }
    }
    if (max > std::uint64_t(highestUs) || min > max || clamped > std::uint64_t(result.m_total))
        return false;
    if (result.m_total > 0 && (indexOf(std::int64_t(min)) >= result.m_counts.size() ||
                               result.m_counts[indexOf(std::int64_t(min))] == 0 ||
                               result.m_counts.size() != indexOf(std::int64_t(max)) + 1))
        return false;
    result.m_min = std::int64_t(min);
    result.m_max = std::int64_t(max);
    result.m_clamped = std::int64_t(clamped);
    *histogram = std::move(result);
    return true;
}

bool LatencyHistogram::operator==(const LatencyHistogram& other) const
{
    // m_sum is a sum of whole microseconds, exact below 2^53; the sum of squares rounds in the order
    // values were added, so it is left out: equal counts already mean the same recorded values.
    if (m_total != other.m_total || m_min != other.m_min || m_max != other.m_max ||
        m_clamped != other.m_clamped || m_sum != other.m_sum)
        return false;
    // Slots past the shorter one's end must be empty: reused histograms keep their length.
    const std::size_t common = std::min(m_counts.size(), other.m_counts.size());
    const auto zero = [](std::int64_t c) { return c == 0; };
    return std::equal(m_counts.begin(), m_counts.begin() + common, other.m_counts.begin()) &&
           std::all_of(m_counts.begin() + common, m_counts.end(), zero) &&
           std::all_of(other.m_counts.begin() + common, other.m_counts.end(), zero);
}

} // namespace load
