#include "histogramquantile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace metricmath {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr std::string_view bucketLabel = "le";

// Sums neighbours with the same bound (sorted input); several series can carry one `le` after relabelling.
void coalesceBuckets(std::vector<Bucket>& buckets)
{
    std::size_t kept = 0;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].upperBound == buckets[kept].upperBound)
            buckets[kept].count += buckets[i].count;
        else
            buckets[++kept] = buckets[i];
    }
    buckets.resize(kept + 1);
}

// Flattens differences of at most `tolerance` relative, left over by float sums of rates.
bool correctPrecisionErrors(std::vector<Bucket>& buckets, double tolerance)
{
    bool fixed = false;
    double previous = buckets[0].count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        const double current = buckets[i].count;
        const double difference = std::abs(current - previous);
        if (difference == 0)
            continue;
        if (difference / current <= tolerance) {
            buckets[i].count = previous;
            fixed = true;
        } else {
            previous = current;
        }
    }
    return fixed;
}

// The binary search below needs non-decreasing counts; non-atomic scrapes or remote writes can break that.
bool ensureMonotonic(std::vector<Bucket>& buckets)
{
    bool forced = false;
    double max = buckets[0].count;
    for (std::size_t i = 1; i < buckets.size(); ++i) {
        if (buckets[i].count > max) {
            max = buckets[i].count;
        } else if (buckets[i].count < max) {
            buckets[i].count = max;
            forced = true;
        }
    }
    return forced;
}

bool equalsIgnoringCase(std::string_view text, std::string_view lower)
{
    return std::equal(text.begin(), text.end(), lower.begin(), lower.end(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b; });
}

} // namespace

double bucketQuantile(double q, std::vector<Bucket> buckets, QuantileNotes* notes)
{
    if (std::isnan(q))
        return nan;
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    // Prometheus never builds an empty group; a NaN bound leaves its sort order (and result) unspecified.
    if (buckets.empty() || std::any_of(buckets.begin(), buckets.end(),
                                       [](const Bucket& bucket) { return std::isnan(bucket.upperBound); }))
        return nan;
    std::sort(buckets.begin(), buckets.end(),
              [](const Bucket& a, const Bucket& b) { return a.upperBound < b.upperBound; });
    if (buckets.back().upperBound != inf)
        return nan;

    coalesceBuckets(buckets);
    const bool fixedPrecision = correctPrecisionErrors(buckets, 1e-12);
    const bool forcedMonotonic = ensureMonotonic(buckets);
    if (notes)
        *notes = {forcedMonotonic, fixedPrecision};

    if (buckets.size() < 2)
        return nan;
    const double observations = buckets.back().count;
    if (observations == 0)
        return nan;
    double rank = q * observations;
    // sort.Search over all but the +Inf bucket: first index with count >= rank, else the +Inf index.
    // Written as !(count >= rank) so that NaN counts probe exactly as in Go.
    const auto found = std::partition_point(buckets.begin(), buckets.end() - 1,
                                            [rank](const Bucket& bucket) { return !(bucket.count >= rank); });
    const std::size_t b = std::size_t(found - buckets.begin());

    if (b == buckets.size() - 1)
        return buckets[buckets.size() - 2].upperBound; // nothing is known above the highest finite bound
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound; // no natural lower bound to interpolate from
    double bucketStart = 0;           // observations are assumed >= 0 when the lowest bound is positive
    const double bucketEnd = buckets[b].upperBound;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

std::optional<double> parseLabelFloat(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (equalsIgnoringCase(text, "inf") || equalsIgnoringCase(text, "infinity"))
        return negative ? -inf : inf;
    if (equalsIgnoringCase(text, "nan"))
        return nan;
    if (text.empty() || text.front() == '+' || text.front() == '-')
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return negative ? -value : value;
}

std::map<LabelSet, std::vector<Bucket>> groupBuckets(const InstantVector& bucketSamples)
{
    std::map<LabelSet, std::vector<Bucket>> groups;
    for (const auto& [labels, value] : bucketSamples) {
        const std::optional<double> upperBound = parseLabelFloat(labels.value(bucketLabel));
        if (!upperBound)
            continue;
        groups[labels.without({std::string(bucketLabel)})].push_back({*upperBound, value});
    }
    return groups;
}

InstantVector histogramQuantile(double q, const InstantVector& bucketSamples)
{
    InstantVector result;
    for (auto& [labels, buckets] : groupBuckets(bucketSamples))
        result[labels] = bucketQuantile(q, std::move(buckets));
    return result;
}

} // namespace metricmath
