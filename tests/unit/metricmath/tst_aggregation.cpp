#include "aggregation.h"
#include "metricmathtest.h"

#include <QTest>

using metricmath::InstantVector;
using metricmath::LabelNames;
using metricmath::LabelSet;
using metricmathtest::Inf;
using metricmathtest::NaN;

class TestAggregation : public QObject
{
    Q_OBJECT
private slots:
    void sumBy_data()
    {
        QTest::addColumn<InstantVector>("input");
        QTest::addColumn<LabelNames>("by");
        QTest::addColumn<InstantVector>("expected");

        const InstantVector requests{
            {{{"__name__", "r"}, {"path", "/a"}, {"status", "200"}}, 1},
            {{{"__name__", "r"}, {"path", "/a"}, {"status", "500"}}, 2},
            {{{"__name__", "r"}, {"path", "/b"}, {"status", "200"}}, 4},
        };
        // /a: 1 + 2; /b: 4. The metric name goes with everything not listed.
        QTest::newRow("by path") << requests << LabelNames{"path"}
                                 << InstantVector{{{{"path", "/a"}}, 3}, {{{"path", "/b"}}, 4}};
        // 200: 1 + 4; 500: 2.
        QTest::newRow("by status") << requests << LabelNames{"status"}
                                   << InstantVector{{{{"status", "200"}}, 5}, {{{"status", "500"}}, 2}};
        QTest::newRow("by everything but the name")
            << requests << LabelNames{"path", "status"}
            << InstantVector{{{{"path", "/a"}, {"status", "200"}}, 1},
                             {{{"path", "/a"}, {"status", "500"}}, 2},
                             {{{"path", "/b"}, {"status", "200"}}, 4}};
        // by (): one group with no labels, 1 + 2 + 4.
        QTest::newRow("by nothing") << requests << LabelNames{} << InstantVector{{LabelSet{}, 7}};
        // A label named in by() but absent from the input: every series has it empty -> one group.
        QTest::newRow("by an absent label")
            << requests << LabelNames{"service"} << InstantVector{{LabelSet{}, 7}};
        // by (__name__) keeps the name.
        QTest::newRow("by the metric name")
            << requests << LabelNames{"__name__"} << InstantVector{{{{"__name__", "r"}}, 7}};
        // Series lacking the label join the group with the label empty.
        QTest::newRow("missing label groups as empty")
            << InstantVector{{{{"path", "/a"}}, 1}, {{{"status", "200"}}, 2}, {{{"status", "500"}}, 3}}
            << LabelNames{"path"} << InstantVector{{LabelSet{}, 5}, {{{"path", "/a"}}, 1}};
        // Histogram buckets summed per (le, path) across statuses: 0.1: 3 + 1; +Inf: 5 + 2.
        QTest::newRow("buckets by le and path")
            << InstantVector{{{{"le", "0.1"}, {"path", "/a"}, {"status", "200"}}, 3},
                             {{{"le", "0.1"}, {"path", "/a"}, {"status", "500"}}, 1},
                             {{{"le", "+Inf"}, {"path", "/a"}, {"status", "200"}}, 5},
                             {{{"le", "+Inf"}, {"path", "/a"}, {"status", "500"}}, 2}}
            << LabelNames{"le", "path"}
            << InstantVector{{{{"le", "0.1"}, {"path", "/a"}}, 4}, {{{"le", "+Inf"}, {"path", "/a"}}, 7}};
        QTest::newRow("NaN propagates") << InstantVector{{{{"x", "a"}}, 1}, {{{"x", "b"}}, NaN}}
                                        << LabelNames{} << InstantVector{{LabelSet{}, NaN}};
        QTest::newRow("Inf plus finite") << InstantVector{{{{"x", "a"}}, Inf}, {{{"x", "b"}}, 1}}
                                         << LabelNames{} << InstantVector{{LabelSet{}, Inf}};
        QTest::newRow("Inf minus Inf") << InstantVector{{{{"x", "a"}}, Inf}, {{{"x", "b"}}, -Inf}}
                                       << LabelNames{} << InstantVector{{LabelSet{}, NaN}};
        // Kahan-Neumaier: 1e16 + 1 rounds to 1e16 (the 1 goes to the compensation), + -1e16 = 0,
        // plus compensation 1 = 1. A naive sum gives 0.
        QTest::newRow("compensated sum")
            << InstantVector{{{{"x", "a"}}, 1e16}, {{{"x", "b"}}, 1}, {{{"x", "c"}}, -1e16}} << LabelNames{}
            << InstantVector{{LabelSet{}, 1}};
        QTest::newRow("empty input") << InstantVector{} << LabelNames{"path"} << InstantVector{};
    }

    void sumBy()
    {
        QFETCH(InstantVector, input);
        QFETCH(LabelNames, by);
        QFETCH(InstantVector, expected);
        COMPARE_VECTOR(metricmath::sumBy(input, by), expected);
    }

    void sumWithout_data()
    {
        QTest::addColumn<InstantVector>("input");
        QTest::addColumn<LabelNames>("without");
        QTest::addColumn<InstantVector>("expected");
        const InstantVector requests{
            {{{"__name__", "r"}, {"path", "/a"}, {"status", "200"}}, 1},
            {{{"__name__", "r"}, {"path", "/a"}, {"status", "500"}}, 2},
            {{{"__name__", "r"}, {"path", "/b"}, {"status", "200"}}, 4},
        };
        QTest::newRow("without status") << requests << LabelNames{"status"}
                                        << InstantVector{{{{"path", "/a"}}, 3}, {{{"path", "/b"}}, 4}};
        // without () still drops the metric name.
        QTest::newRow("without nothing") << requests << LabelNames{}
                                         << InstantVector{{{{"path", "/a"}, {"status", "200"}}, 1},
                                                          {{{"path", "/a"}, {"status", "500"}}, 2},
                                                          {{{"path", "/b"}, {"status", "200"}}, 4}};
        QTest::newRow("without both")
            << requests << LabelNames{"path", "status"} << InstantVector{{LabelSet{}, 7}};
    }

    void sumWithout()
    {
        QFETCH(InstantVector, input);
        QFETCH(LabelNames, without);
        QFETCH(InstantVector, expected);
        COMPARE_VECTOR(metricmath::sumWithout(input, without), expected);
    }
};

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
