// The cache step's arithmetic over hand-made timings: improvement per key, P50 and mean figures,
// and the pass line at exactly the minimum improvement.
#include "cachesecondaccess.h"

#include <QTest>

namespace {
load::CacheSecondAccess::Result timings(std::initializer_list<std::pair<double, double>> coldWarm,
                                        double minImprovement = 0.5)
{
    load::CacheSecondAccess::Result result;
    result.config.minImprovement = minImprovement;
    int key = 1;
    for (const auto& [cold, warm] : coldWarm) {
        load::CacheSecondAccess::KeyTiming timing;
        timing.key = QString::number(key++);
        timing.coldMs = cold;
        timing.warmMs = warm;
        result.keys.push_back(timing);
    }
    load::CacheSecondAccess::judge(result);
    return result;
}
} // namespace

class TestCacheSecondAccess : public QObject
{
    Q_OBJECT
private slots:
    void figuresPerKeyAndOverall()
    {
        const auto result = timings({{40, 1}, {50, 5}, {80, 8}});
        QCOMPARE(result.keys[0].improvement, 1.0 - 1.0 / 40.0);
        QCOMPARE(result.keys[1].improvement, 0.9);
        QCOMPARE(result.coldP50Ms, 50.0);
        QCOMPARE(result.warmP50Ms, 5.0);
        QCOMPARE(result.coldMeanMs, 170.0 / 3.0);
        QCOMPARE(result.warmMeanMs, 14.0 / 3.0);
        QCOMPARE(result.improvementP50, 0.9);
        QCOMPARE(result.improvementMean, 1.0 - 14.0 / 170.0);
        QVERIFY(result.passed);
        QVERIFY(result.failure.isEmpty());
    }

    void exactlyTheMinimumPasses()
    {
        QVERIFY(timings({{10, 5}, {20, 10}}).passed);
        QVERIFY(!timings({{10, 5.01}, {20, 10.02}}).passed);
    }

    void bothFiguresMustReachIt()
    {
        // P50 improves by 90 %, but one slow warm read drags the mean below 50 %.
        const auto result = timings({{10, 1}, {10, 1}, {10, 30}});
        QCOMPARE(result.improvementP50, 0.9);
        QVERIFY(result.improvementMean < 0.5);
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("90.0% (P50)")), qPrintable(result.failure));
    }

    void noKeysFails()
    {
        const auto result = timings({});
        QVERIFY(!result.passed);
        QCOMPARE(result.failure, QStringLiteral("no key was measured"));
    }

    void anEarlierFailureStays()
    {
        load::CacheSecondAccess::Result result;
        result.failure = QStringLiteral("GET /x answered 500, expected 200");
        load::CacheSecondAccess::judge(result);
        QVERIFY(!result.passed);
        QCOMPARE(result.failure, QStringLiteral("GET /x answered 500, expected 200"));
    }
};

QTEST_GUILESS_MAIN(TestCacheSecondAccess)
#include "tst_cachesecondaccess.moc"
