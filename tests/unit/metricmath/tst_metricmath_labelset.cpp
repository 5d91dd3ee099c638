#include "labelset.h"
#include "metricmathtest.h"

#include <QTest>

using metricmath::LabelNames;
using metricmath::LabelSet;

Q_DECLARE_METATYPE(LabelSet)

class TestLabelSet : public QObject
{
    Q_OBJECT
private slots:
    void canonicalText_data()
    {
        QTest::addColumn<LabelSet>("labels");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << LabelSet{} << QStringLiteral("{}");
        QTest::newRow("bare name") << LabelSet{{"__name__", "up"}} << QStringLiteral("up");
        QTest::newRow("sorted by name") << LabelSet{{"status", "200"}, {"__name__", "r"}, {"path", "/a"}}
                                        << QStringLiteral("r{path=\"/a\",status=\"200\"}");
        QTest::newRow("no name") << LabelSet{{"le", "+Inf"}} << QStringLiteral("{le=\"+Inf\"}");
        QTest::newRow("escapes") << LabelSet{{"v", "a\"b\\c\nd"}}
                                 << QStringLiteral("{v=\"a\\\"b\\\\c\\nd\"}");
        QTest::newRow("empty value dropped")
            << LabelSet{{"a", ""}, {"b", "1"}} << QStringLiteral("{b=\"1\"}");
        QTest::newRow("later duplicate wins")
            << LabelSet{{"a", "1"}, {"a", "2"}} << QStringLiteral("{a=\"2\"}");
    }

    void canonicalText()
    {
        QFETCH(LabelSet, labels);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(labels.toString()), text);
    }

    void editsKeepOrderAndDropEmptyValues()
    {
        LabelSet labels{{"path", "/a"}};
        labels.set("le", "0.5");
        labels.set("__name__", "h_bucket");
        QCOMPARE(labels.labels().front().first, std::string("__name__"));
        QCOMPARE(labels.value("le"), std::string_view("0.5"));
        QCOMPARE(labels.metricName(), std::string_view("h_bucket"));
        QVERIFY(labels.has("path"));
        QVERIFY(!labels.has("status"));
        QCOMPARE(labels.value("status"), std::string_view());
        labels.set("path", "");
        QVERIFY(!labels.has("path"));
        labels.remove("le");
        QCOMPARE(labels, LabelSet({{"__name__", "h_bucket"}}));
        QCOMPARE(labels.withoutMetricName(), LabelSet());
    }

    void byAndWithout()
    {
        const LabelSet labels{{"__name__", "r"}, {"path", "/a"}, {"status", "200"}, {"le", "1"}};
        QCOMPARE(labels.keepOnly({"le", "path", "absent"}), LabelSet({{"le", "1"}, {"path", "/a"}}));
        QCOMPARE(labels.keepOnly({"__name__"}), LabelSet({{"__name__", "r"}}));
        QCOMPARE(labels.without({"le"}), LabelSet({{"path", "/a"}, {"status", "200"}}));
        QCOMPARE(labels.without({}), LabelSet({{"le", "1"}, {"path", "/a"}, {"status", "200"}}));
    }

    void orderIsTotal()
    {
        // Ordered pairwise by name, then value: usable as a map key with deterministic iteration.
        const LabelSet a{{"path", "/a"}};
        const LabelSet b{{"path", "/b"}};
        const LabelSet ab{{"path", "/a"}, {"status", "200"}};
        QVERIFY(a < b);
        QVERIFY(a < ab);
        QVERIFY(ab < b);
        QVERIFY(LabelSet() < a);
    }
};

QTEST_GUILESS_MAIN(TestLabelSet)
#include "tst_metricmath_labelset.moc"
