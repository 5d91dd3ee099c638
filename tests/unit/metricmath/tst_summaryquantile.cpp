#include "metricmathtest.h"
#include "summaryquantile.h"

#include <QTest>

using metricmath::InstantVector;
using metricmath::LabelSet;
using metricmath::SummaryQuantiles;
using metricmathtest::NaN;

class TestSummaryQuantile : public QObject
{
    Q_OBJECT
private slots:
    void picksReportedQuantiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QTest::newRow("/a p50") << QStringLiteral("/a") << 0.5 << 0.12;
        QTest::newRow("/a p90") << QStringLiteral("/a") << 0.9 << 0.3;
        QTest::newRow("/a p99") << QStringLiteral("/a") << 0.99 << 0.8;
        // Not reported: no interpolation between 0.5 and 0.9.
        QTest::newRow("/a p75 not reported") << QStringLiteral("/a") << 0.75 << NaN;
        QTest::newRow("/b p50") << QStringLiteral("/b") << 0.5 << 0.02;
        QTest::newRow("/b p99 not reported") << QStringLiteral("/b") << 0.99 << NaN;
    }

    void picksReportedQuantiles()
    {
        QFETCH(QString, path);
        QFETCH(double, q);
        QFETCH(double, expected);
        const std::string name = "task_duration_seconds";
        const InstantVector samples{
            {{{"__name__", name}, {"path", "/a"}, {"quantile", "0.5"}}, 0.12},
            {{{"__name__", name}, {"path", "/a"}, {"quantile", "0.9"}}, 0.3},
            {{{"__name__", name}, {"path", "/a"}, {"quantile", "0.99"}}, 0.8},
            {{{"__name__", name}, {"path", "/b"}, {"quantile", "0.5"}}, 0.02},
            // Not quantiles: skipped.
            {{{"__name__", name + "_sum"}, {"path", "/a"}}, 12.5},
            {{{"__name__", name + "_count"}, {"path", "/a"}}, 100},
            {{{"__name__", name}, {"path", "/a"}, {"quantile", "high"}}, 9},
            {{{"__name__", name}, {"path", "/a"}, {"quantile", "NaN"}}, 9},
        };
        const auto summaries = metricmath::summaryQuantiles(samples);
        QCOMPARE(summaries.size(), std::size_t(2));
        const auto it = summaries.find(LabelSet{{"__name__", name}, {"path", path.toStdString()}});
        QVERIFY(it != summaries.end());
        COMPARE_NUMBER(metricmath::summaryQuantile(it->second, q), expected);
    }
};

QTEST_GUILESS_MAIN(TestSummaryQuantile)
#include "tst_summaryquantile.moc"
