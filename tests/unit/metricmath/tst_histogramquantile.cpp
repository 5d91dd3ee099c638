#include "histogramquantile.h"
#include "metricmathtest.h"

#include <QTest>

using metricmath::Bucket;
using metricmath::InstantVector;
using metricmath::LabelSet;
using metricmathtest::Inf;
using metricmathtest::NaN;
using Buckets = std::vector<Bucket>;

Q_DECLARE_METATYPE(Buckets)

// Expected values follow Prometheus' bucketQuantile (promql/quantile.go, Prometheus 3.x):
// rank = q * count(+Inf); b = first bucket below +Inf with count >= rank;
// value = lower + (upper - lower) * (rank - count(b-1)) / (count(b) - count(b-1)).
class TestHistogramQuantile : public QObject
{
    Q_OBJECT
private slots:
    void bucketQuantile_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<Buckets>("buckets");
        QTest::addColumn<double>("expected");

        // Cumulative: 10 obs <= 0.1, 30 <= 0.5, 40 <= 1, 50 in all.
        const Buckets h{{0.1, 10}, {0.5, 30}, {1, 40}, {Inf, 50}};
        // rank 25 -> bucket 0.5 (30 >= 25): 0.1 + 0.4 * (25 - 10) / (30 - 10) = 0.1 + 0.3
        QTest::newRow("median in a middle bucket") << 0.5 << h << 0.4;
        // rank 5 -> bucket 0.1 (10 >= 5), lower bound 0: 0 + 0.1 * 5 / 10
        QTest::newRow("first bucket interpolates from zero") << 0.1 << h << 0.05;
        // rank 10 -> bucket 0.1 exactly full: 0.1 * 10 / 10
        QTest::newRow("rank on the first bound") << 0.2 << h << 0.1;
        // rank 40 -> bucket 1 (40 >= 40): 0.5 + 0.5 * (40 - 30) / (40 - 30)
        QTest::newRow("rank on a middle bound") << 0.8 << h << 1.0;
        // rank 35 -> bucket 1: 0.5 + 0.5 * (35 - 30) / 10 = 0.75
        QTest::newRow("third bucket") << 0.7 << h << 0.75;
        // rank 0 -> bucket 0.1 (10 >= 0): 0.1 * 0 / 10
        QTest::newRow("q = 0") << 0.0 << h << 0.0;
        // rank 47.5 > 40 -> the +Inf bucket: the second-highest bound
        QTest::newRow("+Inf bucket gives the highest finite bound") << 0.95 << h << 1.0;
        // rank 50 -> +Inf bucket -> 1
        QTest::newRow("q = 1") << 1.0 << h << 1.0;
        QTest::newRow("q < 0 is -Inf") << -0.1 << h << -Inf;
        QTest::newRow("q = -Inf is -Inf") << -Inf << h << -Inf;
        QTest::newRow("q > 1 is +Inf") << 1.01 << h << Inf;
        QTest::newRow("q NaN is NaN") << NaN << h << NaN;
        // q is checked before the buckets: even an unusable histogram answers -Inf / +Inf.
        QTest::newRow("q < 0 beats missing +Inf") << -1.0 << Buckets{{1, 1}} << -Inf;
        QTest::newRow("q > 1 beats no buckets") << 2.0 << Buckets{} << Inf;
        // Same buckets in another order: sorted by bound first, so 0.4 as above.
        QTest::newRow("unsorted input") << 0.5 << Buckets{{Inf, 50}, {0.5, 30}, {1, 40}, {0.1, 10}} << 0.4;

        QTest::newRow("missing +Inf bucket") << 0.5 << Buckets{{0.1, 10}, {0.5, 30}, {1, 40}} << NaN;
        QTest::newRow("zero observations") << 0.5 << Buckets{{0.1, 0}, {1, 0}, {Inf, 0}} << NaN;
        QTest::newRow("only the +Inf bucket") << 0.5 << Buckets{{Inf, 10}} << NaN;
        QTest::newRow("no buckets") << 0.5 << Buckets{} << NaN;
        QTest::newRow("NaN bound") << 0.5 << Buckets{{NaN, 1}, {1, 2}, {Inf, 3}} << NaN;
        // All observations above the only finite bound: rank 5 -> +Inf bucket -> bound 1.
        QTest::newRow("everything in +Inf") << 0.5 << Buckets{{1, 0}, {Inf, 10}} << 1.0;

        // Non-monotonic 10, 40, 30, 45, 50 becomes 10, 40, 40, 45, 50.
        const Buckets dips{{0.1, 10}, {0.5, 40}, {1, 30}, {2, 45}, {Inf, 50}};
        // rank 35 -> bucket 0.5 (40 >= 35): 0.1 + 0.4 * (35 - 10) / 30 = 0.1 + 0.33333...
        // (without the fix the binary search would land on bucket 2: 1.3333...)
        QTest::newRow("non-monotonic, fixed") << 0.7 << dips << 0.1 + 0.4 * 25.0 / 30.0;
        // rank 42.5 -> bucket 2 (45): 1 + 1 * (42.5 - 40) / (45 - 40) = 1.5
        QTest::newRow("non-monotonic, after the dip") << 0.85 << dips << 1.5;
        // +Inf below a finite bucket: 10, 20, 15 becomes 10, 20, 20; rank 15 -> bucket 1:
        // 0.1 + 0.9 * (15 - 10) / 10 = 0.55
        QTest::newRow("+Inf count below a bucket") << 0.75 << Buckets{{0.1, 10}, {1, 20}, {Inf, 15}} << 0.55;

        // Two series with le="0.1" (e.g. after relabelling) add up: 5 + 5 = 10, then as "median" above.
        QTest::newRow("duplicate le coalesced")
            << 0.5 << Buckets{{0.1, 5}, {0.5, 30}, {0.1, 5}, {1, 40}, {Inf, 50}} << 0.4;
        // Two +Inf series: 10 + 10 = 20 observations; rank 5 -> bucket 0.5: 0.5 * 5 / 10
        QTest::newRow("duplicate +Inf coalesced, low q")
            << 0.25 << Buckets{{0.5, 10}, {Inf, 10}, {Inf, 10}} << 0.25;
        // rank 15 > 10 -> +Inf bucket -> 0.5 (with one +Inf series: 10 observations, rank 7.5 -> 0.375)
        QTest::newRow("duplicate +Inf coalesced, high q")
            << 0.75 << Buckets{{0.5, 10}, {Inf, 10}, {Inf, 10}} << 0.5;

        // Negative bounds: -1:10, 0:20, 1:30, +Inf:40.
        const Buckets negative{{-1, 10}, {0, 20}, {1, 30}, {Inf, 40}};
        // rank 4 in the lowest bucket whose bound is <= 0: that bound, no interpolation
        QTest::newRow("negative lowest bucket returns its bound") << 0.1 << negative << -1.0;
        // rank 10 -> lowest bucket -> -1
        QTest::newRow("negative lowest bucket, full") << 0.25 << negative << -1.0;
        // rank 15 -> bucket 0: -1 + 1 * (15 - 10) / 10 = -0.5
        QTest::newRow("interpolates across negative bounds") << 0.375 << negative << -0.5;
        // rank 25 -> bucket 1: 0 + 1 * (25 - 20) / 10 = 0.5
        QTest::newRow("interpolates above zero") << 0.625 << negative << 0.5;
        // Lowest bound exactly 0: rank 5 -> returns 0.
        QTest::newRow("lowest bound zero") << 0.25 << Buckets{{0, 10}, {1, 20}, {Inf, 20}} << 0.0;

        // Rates summed in floating point: 100 - 1e-11 differs from 100 by 1e-13 relative (<= 1e-12),
        // so it is flattened to 100; rank 50 -> bucket 1: 1 * 50 / 100 = 0.5
        QTest::newRow("precision noise flattened")
            << 0.5 << Buckets{{1, 100}, {2, 100 - 1e-11}, {Inf, 100}} << 0.5;
        // Fractional rates: 0.2 <= 0.1, 0.6 <= 0.2, 1.0 total; rank 0.9 -> +Inf -> 0.2;
        // rank 0.4 -> bucket 0.2: 0.1 + 0.1 * (0.4 - 0.2) / 0.4 = 0.15
        QTest::newRow("fractional counts") << 0.4 << Buckets{{0.1, 0.2}, {0.2, 0.6}, {Inf, 1.0}} << 0.15;
        QTest::newRow("fractional counts, tail") << 0.9 << Buckets{{0.1, 0.2}, {0.2, 0.6}, {Inf, 1.0}} << 0.2;
    }

    void bucketQuantile()
    {
        QFETCH(double, q);
        QFETCH(Buckets, buckets);
        QFETCH(double, expected);
        COMPARE_NUMBER(metricmath::bucketQuantile(q, buckets), expected);
    }

    void notes_data()
    {
        QTest::addColumn<Buckets>("buckets");
        QTest::addColumn<bool>("forcedMonotonic");
        QTest::addColumn<bool>("fixedPrecision");
        QTest::newRow("clean") << Buckets{{1, 1}, {Inf, 2}} << false << false;
        QTest::newRow("dip") << Buckets{{1, 2}, {2, 1}, {Inf, 2}} << true << false;
        // 1e-13 relative: flattened by the precision step, so no monotonicity forcing after it.
        QTest::newRow("noise") << Buckets{{1, 100}, {2, 100 - 1e-11}, {Inf, 100}} << false << true;
        // 1e-3 relative is a real dip, not noise.
        QTest::newRow("real dip") << Buckets{{1, 100}, {2, 99.9}, {Inf, 100}} << true << false;
    }

    void notes()
    {
        QFETCH(Buckets, buckets);
        QFETCH(bool, forcedMonotonic);
        QFETCH(bool, fixedPrecision);
        metricmath::QuantileNotes notes;
        metricmath::bucketQuantile(0.5, buckets, &notes);
        QCOMPARE(notes.forcedMonotonic, forcedMonotonic);
        QCOMPARE(notes.fixedPrecision, fixedPrecision);
    }

    void parseLabelFloat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("decimal") << QStringLiteral("0.5") << true << 0.5;
        QTest::newRow("integer") << QStringLiteral("10") << true << 10.0;
        QTest::newRow("exponent") << QStringLiteral("2.5e-3") << true << 0.0025;
        QTest::newRow("plus sign") << QStringLiteral("+1.5") << true << 1.5;
        QTest::newRow("negative") << QStringLiteral("-0.25") << true << -0.25;
        QTest::newRow("+Inf") << QStringLiteral("+Inf") << true << Inf;
        QTest::newRow("Inf") << QStringLiteral("Inf") << true << Inf;
        QTest::newRow("inf lower case") << QStringLiteral("inf") << true << Inf;
        QTest::newRow("Infinity") << QStringLiteral("Infinity") << true << Inf;
        QTest::newRow("-Inf") << QStringLiteral("-Inf") << true << -Inf;
        QTest::newRow("NaN") << QStringLiteral("NaN") << true << NaN;
        QTest::newRow("empty (no le label)") << QString() << false << 0.0;
        QTest::newRow("word") << QStringLiteral("fast") << false << 0.0;
        QTest::newRow("trailing garbage") << QStringLiteral("1s") << false << 0.0;
        QTest::newRow("leading space") << QStringLiteral(" 1") << false << 0.0;
        QTest::newRow("double sign") << QStringLiteral("+-1") << false << 0.0;
        QTest::newRow("lone sign") << QStringLiteral("+") << false << 0.0;
        QTest::newRow("overflow") << QStringLiteral("1e999") << false << 0.0;
    }

    void parseLabelFloat()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const std::optional<double> parsed = metricmath::parseLabelFloat(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            COMPARE_NUMBER(*parsed, expected);
    }

    void histogramQuantileGroupsByLabelsWithoutLe()
    {
        const std::string name = "http_request_duration_seconds_bucket";
        const InstantVector samples{
            // /a: 10 <= 0.1, 30 <= 0.5, 40 total; rank 20 -> bucket 0.5: 0.1 + 0.4 * 10 / 20 = 0.3
            {{{"__name__", name}, {"path", "/a"}, {"le", "0.1"}}, 10},
            {{{"__name__", name}, {"path", "/a"}, {"le", "0.5"}}, 30},
            {{{"__name__", name}, {"path", "/a"}, {"le", "+Inf"}}, 40},
            // /b: no +Inf bucket -> NaN
            {{{"__name__", name}, {"path", "/b"}, {"le", "0.1"}}, 4},
            // ignored: no le, unparsable le
            {{{"__name__", name}, {"path", "/c"}}, 7},
            {{{"__name__", name}, {"path", "/c"}, {"le", "slow"}}, 7},
        };
        const InstantVector expected{{LabelSet{{"path", "/a"}}, 0.3}, {LabelSet{{"path", "/b"}}, NaN}};
        COMPARE_VECTOR(metricmath::histogramQuantile(0.5, samples), expected);
    }
};

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
