// LatencyHistogram against the exact answers of sorted samples: percentiles within the 3-digit
// precision, exact extremes, merge equal to recording both, the compact bytes round trip, and
// values past the top clamped and counted.
#include "latencyhistogram.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using load::LatencyHistogram;

namespace {
// HdrHistogram's rank for a percentile of n sorted samples (1-based, at least 1).
std::int64_t exactPercentile(const std::vector<std::int64_t>& sorted, double percentile)
{
    const auto n = std::int64_t(sorted.size());
    const auto rank = std::max<std::int64_t>(1, std::int64_t(percentile / 100.0 * double(n) + 0.5));
    return sorted[std::size_t(std::min(rank, n) - 1)];
}

// Latencies spread over six decades (1 us .. ~10 s), as a mix of fast answers and a slow tail.
std::vector<std::int64_t> spreadSamples(int n, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> exponent(0.0, 7.0);
    std::vector<std::int64_t> samples;
    for (int i = 0; i < n; ++i)
        samples.push_back(std::int64_t(std::pow(10.0, exponent(random))));
    return samples;
}

LatencyHistogram recordAll(const std::vector<std::int64_t>& samples)
{
    LatencyHistogram h;
    for (std::int64_t v : samples)
        h.record(v);
    return h;
}
} // namespace

class TestLatencyHistogram : public QObject
{
    Q_OBJECT
private slots:
    void emptyHistogramAnswersZero()
    {
        const LatencyHistogram h;
        QCOMPARE(h.count(), 0);
        QCOMPARE(h.minUs(), 0);
        QCOMPARE(h.maxUs(), 0);
        QCOMPARE(h.meanUs(), 0.0);
        QCOMPARE(h.valueAtPercentileUs(99), 0);
    }

    void percentilesWithinThreeSignificantDigits()
    {
        std::vector<std::int64_t> samples = spreadSamples(50'000, 7);
        const LatencyHistogram h = recordAll(samples);
        std::sort(samples.begin(), samples.end());
        QCOMPARE(h.count(), std::int64_t(samples.size()));
        QCOMPARE(h.minUs(), samples.front());
        QCOMPARE(h.maxUs(), samples.back());
        for (double p : {1.0, 10.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99}) {
            const std::int64_t exact = exactPercentile(samples, p);
            const std::int64_t got = h.valueAtPercentileUs(p);
            // The bucket's highest value: never below the sample, at most 1/1024 above it.
            QVERIFY2(got >= exact && double(got) <= double(exact) * (1.0 + 1.0 / 1024.0) + 1.0,
                     qPrintable(QStringLiteral("P%1: %2 vs exact %3").arg(p).arg(got).arg(exact)));
        }
        QCOMPARE(h.valueAtPercentileUs(100), samples.back());
    }

    void valuesBelow2048AreExact()
    {
        std::vector<std::int64_t> samples;
        for (int i = 0; i < 2000; ++i)
            samples.push_back(1 + (i * 37) % 2047);
        const LatencyHistogram h = recordAll(samples);
        std::sort(samples.begin(), samples.end());
        for (double p : {0.5, 25.0, 50.0, 75.0, 99.0, 99.9})
            QCOMPARE(h.valueAtPercentileUs(p), exactPercentile(samples, p));
    }

    void meanAndStddevOfTheRecordedValues()
    {
        LatencyHistogram h;
        for (std::int64_t v : {100, 200, 300, 400})
            h.record(v);
        QCOMPARE(h.meanUs(), 250.0);
        QVERIFY(std::abs(h.stddevUs() - std::sqrt(12500.0)) < 1e-9);
        h.recordN(250, 4);
        QCOMPARE(h.count(), 8);
        QCOMPARE(h.meanUs(), 250.0);
    }

    void mergeEqualsRecordingBoth()
    {
        const std::vector<std::int64_t> a = spreadSamples(5000, 1);
        const std::vector<std::int64_t> b = spreadSamples(3000, 2);
        std::vector<std::int64_t> both = a;
        both.insert(both.end(), b.begin(), b.end());
        LatencyHistogram merged = recordAll(a);
        merged.add(recordAll(b));
        const LatencyHistogram direct = recordAll(both);
        QCOMPARE(merged.count(), direct.count());
        QCOMPARE(merged.minUs(), direct.minUs());
        QCOMPARE(merged.maxUs(), direct.maxUs());
        for (double p : {50.0, 90.0, 99.0, 99.9})
            QCOMPARE(merged.valueAtPercentileUs(p), direct.valueAtPercentileUs(p));
        QVERIFY(merged == direct);
        QVERIFY(!(merged == recordAll(a)));
    }

    void mergeIntoAnEmptyOneTakesTheOthersExtremes()
    {
        LatencyHistogram empty;
        LatencyHistogram other;
        other.record(500);
        other.record(9000);
        empty.add(other);
        QCOMPARE(empty.minUs(), 500);
        QCOMPARE(empty.maxUs(), 9000);
        empty.add(LatencyHistogram());
        QCOMPARE(empty.count(), 2);
    }

    void resetHistogramEqualsAFreshOne()
    {
        LatencyHistogram h = recordAll(spreadSamples(1000, 3));
        h.reset();
        QCOMPARE(h.count(), 0);
        QVERIFY(h == LatencyHistogram());
        h.record(42);
        LatencyHistogram fresh;
        fresh.record(42);
        QVERIFY(h == fresh);
    }

    void bytesRoundTrip()
    {
        const LatencyHistogram h = recordAll(spreadSamples(20'000, 11));
        const QByteArray bytes = h.toBytes();
        LatencyHistogram back;
        QVERIFY(LatencyHistogram::fromBytes(bytes, &back));
        QVERIFY(back == h);
        QCOMPARE(back.valueAtPercentileUs(99.9), h.valueAtPercentileUs(99.9));
        QCOMPARE(back.meanUs(), h.meanUs());
        // Sparse: far smaller than the 17 k slots of the full layout.
        QVERIFY2(bytes.size() < 40'000, qPrintable(QString::number(bytes.size())));

        LatencyHistogram emptyBack;
        emptyBack.record(5);
        QVERIFY(LatencyHistogram::fromBytes(LatencyHistogram().toBytes(), &emptyBack));
        QCOMPARE(emptyBack.count(), 0);
    }

    void fromBytesRefusesOtherBytes()
    {
        LatencyHistogram h;
        h.record(1234);
        h.record(99);
        const QByteArray bytes = h.toBytes();
        LatencyHistogram target;
        target.record(7);
        const LatencyHistogram before = target;
        QVERIFY(!LatencyHistogram::fromBytes(QByteArray(), &target));
        QVERIFY(!LatencyHistogram::fromBytes(QByteArray("not a histogram"), &target));
        QVERIFY(!LatencyHistogram::fromBytes(bytes.left(bytes.size() - 1), &target));
        QByteArray otherLayout = bytes;
        otherLayout[6] = char(otherLayout[6] + 1); // the highest trackable value
        QVERIFY(!LatencyHistogram::fromBytes(otherLayout, &target));
        QVERIFY(target == before);
    }

    void valuesPastTheTopAreClampedAndCounted()
    {
        LatencyHistogram h;
        h.record(LatencyHistogram::highestUs * 2);
        h.record(1000);
        QCOMPARE(h.clampedCount(), 1);
        QCOMPARE(h.maxUs(), LatencyHistogram::highestUs);
        QCOMPARE(h.valueAtPercentileUs(100), LatencyHistogram::highestUs);
        h.record(-5); // a clock step backwards is not a negative latency
        QCOMPARE(h.minUs(), 0);
        QCOMPARE(h.clampedCount(), 1);
        LatencyHistogram back;
        QVERIFY(LatencyHistogram::fromBytes(h.toBytes(), &back));
        QCOMPARE(back.clampedCount(), 1);
    }
};

QTEST_APPLESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
