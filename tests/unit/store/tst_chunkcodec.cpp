// The Gorilla chunk codec: exact round trips of awkward inputs, and damaged blobs refused.
#include "chunkcodec.h"

#include <QTest>
#include <algorithm>
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
        // Every timestamp delta-of-delta bucket (0, 7, 14, 20 and 64 bits), both signs, at its
        // edges: dod 0, -1, 64, 65, -63, -64, 8192, 8193, -8191, -8192, 2^19, 2^19 + 1, -2^19.
        Points edges{{t0, 1.5}, {t0 + 1000, 2.5}};
        std::int64_t delta = 1000;
        for (const std::int64_t dod : {0, -1, 64, 65, -63, -64, 8192, 8193, -8191, -8192, 1 << 19,
                                       (1 << 19) + 1, -(1 << 19), -(1 << 19) - 1, 0}) {
            delta += dod;
            edges.push_back({edges.back().timestampMs + delta, edges.back().value + 1});
        }
        QTest::newRow("irregular timestamps") << edges;
        // The same timestamps with whole-number values take the integer encodings.
        Points wholeEdges = edges;
        for (std::size_t i = 0; i < wholeEdges.size(); ++i)
            wholeEdges[i].value = double(i);
        QTest::newRow("irregular timestamps, whole numbers") << wholeEdges;
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

        // Whole numbers: every integer bucket (0, 3, 7, 16, 32, 64 bits) in both signs and
        // the extremes of exact doubles, where deltas span 2^54.
        constexpr double exact = 9007199254740992.0; // 2^53
        Points integers;
        for (const double v : {0.0, 0.0, 4.0, 1.0, 9.0, 1.0, -6.0, 122.0, -5.0, 30000.0, -2e9, 2e9, exact,
                               -exact, exact, -1.0, 5e15, 5e15, 5e15 + 3})
            integers.push_back({t0 + std::int64_t(integers.size()) * 1000, v});
        QTest::newRow("whole numbers, every bucket") << integers;
        QTest::newRow("steady counter") << regular(960, 1000, [](int i) { return double(i * 25); });
        QTest::newRow("random-walk gauge")
            << regular(960, 1000, [](int i) { return double((i * 7919) % 5 - 2); });
        // -0.0 and values beyond 2^53 must keep their bits: XOR for the whole chunk.
        QTest::newRow("whole numbers with -0.0") << Points{{t0, 1.0}, {t0 + 1000, -0.0}, {t0 + 2000, 3.0}};
        QTest::newRow("whole numbers beyond 2^53")
            << Points{{t0, 1.0}, {t0 + 1000, exact * 2}, {t0 + 2000, 3.0}};
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

    void encodingFitsTheValues_data()
    {
        QTest::addColumn<Points>("points");
        QTest::addColumn<int>("encoding");
        QTest::newRow("fractions") << regular(10, 1000, [](int i) { return i * 0.5; })
                                   << int(store::ValueEncoding::Xor);
        QTest::newRow("NaN") << Points{{t0, 1}, {t0 + 1, notANumber}} << int(store::ValueEncoding::Xor);
        QTest::newRow("-0.0") << Points{{t0, 1}, {t0 + 1, -0.0}} << int(store::ValueEncoding::Xor);
        QTest::newRow("steady counter") << regular(100, 1000, [](int i) { return double(i * 40); })
                                        << int(store::ValueEncoding::IntDeltaOfDelta);
        QTest::newRow("gauge stepping up and down")
            << regular(100, 1000, [](int i) { return double(i % 2 ? 10 : 12); })
            << int(store::ValueEncoding::IntDelta);
    }

    void encodingFitsTheValues()
    {
        QFETCH(Points, points);
        QFETCH(int, encoding);
        QCOMPARE(int(store::chooseValueEncoding(points)), encoding);
    }

    // Whole numbers packed as integers beat Gorilla's XOR on the same samples.
    void wholeNumbersBeatXor_data()
    {
        QTest::addColumn<Points>("points");
        std::mt19937 random(3);
        Points counter;
        Points gauge;
        double requests = 1e6;
        double inUse = 50;
        for (int i = 0; i < 960; ++i) {
            requests += double(random() % 41);
            inUse = std::clamp(inUse + double(int(random() % 5) - 2), 0.0, 100.0);
            counter.push_back({t0 + i * 1000, requests});
            gauge.push_back({t0 + i * 1000, inUse});
        }
        QTest::newRow("counter, 0..40 requests a second") << counter;
        QTest::newRow("gauge, random walk") << gauge;
    }

    void wholeNumbersBeatXor()
    {
        QFETCH(Points, points);
        store::ChunkEncoder xorEncoder(store::ValueEncoding::Xor);
        for (const Point& point : points)
            xorEncoder.append(point.timestampMs, point.value);
        const std::size_t xorBytes = xorEncoder.finish().size();
        const std::size_t chosenBytes = store::encodeChunk(points).size();
        QVERIFY2(chosenBytes * 4 < xorBytes * 3,
                 qPrintable(QStringLiteral("integer %1 bytes, XOR %2 bytes").arg(chosenBytes).arg(xorBytes)));
    }

    void unknownEncodingIsRefused()
    {
        std::vector<std::uint8_t> chunk =
            store::encodeChunk(regular(10, 1000, [](int i) { return double(i); }));
        chunk[0] |= 3; // the header's low two bits name the encoding; 3 is none
        Points decoded;
        QVERIFY(!store::decodeChunk(chunk, &decoded));
        QVERIFY(decoded.empty());
    }

    void truncatedChunkIsRefused_data()
    {
        QTest::addColumn<Points>("points");
        QTest::newRow("XOR") << regular(300, 1000, [](int i) { return i * 1.5; });
        QTest::newRow("integer") << regular(300, 1000, [](int i) { return double(i * i); });
    }

    void truncatedChunkIsRefused()
    {
        QFETCH(Points, points);
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
