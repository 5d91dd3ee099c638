// The Gorilla chunk codec: exact round trips of awkward inputs, and damaged blobs refused.
#include "chunkcodec.h"

#include <QTest>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using metricmath::Point;
using Points = std::vector<Point>;
Q_DECLARE_METATYPE(Points)

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t t0 = 1'700'000'000'000;

Points regular(int n, std::int64_t stepMs, double (*value)(int))
{
    Points points;
    for (int i = 0; i < n; ++i)
        points.push_back({t0 + i * stepMs, value(i)});
    return points;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}
} // namespace

class TestChunkCodec : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Points>("points");
        QTest::newRow("empty") << Points{};
        QTest::newRow("one sample") << Points{{t0, 42.5}};
        QTest::newRow("two samples") << Points{{t0, 1}, {t0 + 15000, 2}};
        QTest::newRow("regular 1 s gauge")
            << regular(960, 1000, [](int i) { return 50 + 10 * std::sin(i / 30.0); });
        QTest::newRow("repeated values") << regular(500, 1000, [](int) { return 7.0; });
        QTest::newRow("counter") << regular(500, 15000, [](int i) { return double(i * i * 3); });
        QTest::newRow("negative values") << regular(100, 1000, [](int i) { return -1e6 + i * -0.25; });
        QTest::newRow("NaN and infinities") << Points{{t0, notANumber},
                                                      {t0 + 1, infinity},
                                                      {t0 + 2, -infinity},
                                                      {t0 + 3, 0.0},
                                                      {t0 + 4, -0.0},
                                                      {t0 + 5, notANumber},
                                                      {t0 + 6, 1.0},
                                                      {t0 + 7, std::numeric_limits<double>::denorm_min()},
                                                      {t0 + 8, std::numeric_limits<double>::max()},
                                                      {t0 + 9, std::numeric_limits<double>::lowest()}};
        // Every delta-of-delta bucket (0, 14, 17, 20 and 64 bits), both signs, at its edges.
        QTest::newRow("irregular timestamps") << Points{{t0, 1},
                                                        {t0 + 1000, 2},
                                                        {t0 + 2000, 3},
                                                        {t0 + 2999, 4},
                                                        {t0 + 11191, 5},
                                                        {t0 + 11192, 6},
                                                        {t0 + 11193 + 65536, 7},
                                                        {t0 + 76730, 8},
                                                        {t0 + 600000, 9},
                                                        {t0 + 600001, 10},
                                                        {t0 + 600002 + (1 << 19), 11},
                                                        {t0 + 1124291, 12},
                                                        {t0 + 1124292, 13}};
        QTest::newRow("large gaps") << Points{
            {t0, 1}, {t0 + 86'400'000LL * 30, 2}, {t0 + 86'400'000LL * 31, 3}, {t0 + 86'400'000LL * 400, 4}};
        QTest::newRow("backwards and extreme timestamps")
            << Points{{std::numeric_limits<std::int64_t>::max(), 1},
                      {std::numeric_limits<std::int64_t>::min(), 2},
                      {0, 3},
                      {-5, 4},
                      {-5, 5}};
        std::mt19937_64 random(7);
        Points noisy;
        for (int i = 0; i < 2000; ++i)
            noisy.push_back({t0 + i * 1000 + std::int64_t(random() % 40) - 20,
                             std::bit_cast<double>(random() & 0x7fefffffffffffffULL)});
        QTest::newRow("random bits, jittered timestamps") << noisy;
    }

    void roundTrip()
    {
        QFETCH(Points, points);
        const std::vector<std::uint8_t> chunk = store::encodeChunk(points);
        Points decoded{{1, 1}}; // decodeChunk appends
        QVERIFY(store::decodeChunk(chunk, &decoded));
        QCOMPARE(decoded.size(), points.size() + 1);
        for (std::size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(decoded[i + 1].timestampMs, points[i].timestampMs);
            QVERIFY2(sameBits(decoded[i + 1].value, points[i].value), qPrintable(QString::number(i)));
        }
    }

    // Gorilla's point: a 1 s gauge with a few distinct values costs a couple of bytes per sample.
    void regularSeriesCompress()
    {
        const Points points = regular(960, 1000, [](int i) { return double(100 + (i / 10) % 7); });
        const double bytesPerSample = double(store::encodeChunk(points).size()) / double(points.size());
        QVERIFY2(bytesPerSample < 0.5, qPrintable(QString::number(bytesPerSample)));
    }

    void truncatedChunkIsRefused()
    {
        const Points points = regular(300, 1000, [](int i) { return i * 1.5; });
        std::vector<std::uint8_t> chunk = store::encodeChunk(points);
        for (const std::size_t keep :
             {std::size_t(0), std::size_t(1), std::size_t(5), chunk.size() / 2, chunk.size() - 1}) {
            const std::vector<std::uint8_t> truncated(chunk.begin(), chunk.begin() + std::ptrdiff_t(keep));
            Points decoded{{9, 9}};
            QVERIFY(!store::decodeChunk(truncated, &decoded));
            QCOMPARE(decoded, (Points{{9, 9}})); // left as it was
        }
    }

    void absurdCountIsRefused()
    {
        const std::vector<std::uint8_t> chunk{0xff, 0xff, 0xff, 0xff, 0x0f, 0x00};
        Points decoded;
        QVERIFY(!store::decodeChunk(chunk, &decoded));
        QVERIFY(decoded.empty());
    }
};

QTEST_GUILESS_MAIN(TestChunkCodec)
#include "tst_chunkcodec.moc"
