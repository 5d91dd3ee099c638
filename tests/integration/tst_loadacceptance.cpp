// The acceptance steps of the presets against the real demo target: the cache makes the second
// access at least 50 % faster (and honestly fails when the cache is flushed in between), batch
// imports and receipts stay within their limit, and over-limit batches answer 400.
#include "demotargetprocess.h"
#include "presets.h"
#include "scenario.h"

#include <QTest>

namespace {
load::Scenario preset(const char* name)
{
    const load::Preset* found = load::findPreset(QLatin1String(name));
    load::Scenario scenario;
    QStringList errors;
    if (!found || !load::Scenario::fromJsonText(found->json, &scenario, &errors))
        qFatal("preset %s: %s", name, qPrintable(errors.join(QLatin1Char('\n'))));
    return scenario;
}
} // namespace

class TestLoadAcceptance : public QObject
{
    Q_OBJECT

    DemoTargetProcess m_target;
    QString base() const { return m_target.baseUrl().toString(); }

private slots:
    void initTestCase() { QVERIFY2(m_target.start(), qPrintable(m_target.errorString())); }

    void cacheSecondAccessImprovesByHalf()
    {
        const load::Scenario scenario = preset("cache-second-access");
        QVERIFY(scenario.cacheSecondAccess);
        const auto result = load::CacheSecondAccess::run(*scenario.cacheSecondAccess, base());
        QVERIFY2(result.passed, qPrintable(result.failure));
        QCOMPARE(int(result.keys.size()), scenario.cacheSecondAccess->keys);
        for (const auto& key : result.keys) {
            QCOMPARE(key.coldCache, QStringLiteral("MISS")); // the flush made every first read cold
            QCOMPARE(key.warmCache, QStringLiteral("HIT"));
        }
        // The demo target's cold read pays a 40 ms database cost; a hit pays none.
        QVERIFY2(result.coldP50Ms >= 40, qPrintable(QString::number(result.coldP50Ms)));
        QVERIFY(result.improvementP50 >= 0.5);
        QVERIFY(result.improvementMean >= 0.5);
    }

    void cacheFlushedBetweenFails()
    {
        load::CacheSecondAccess::Config config = *preset("cache-second-access").cacheSecondAccess;
        config.keys = 5;
        config.flushBetween = true;
        const auto result = load::CacheSecondAccess::run(config, base());
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("below 50.0%")), qPrintable(result.failure));
        for (const auto& key : result.keys)
            QCOMPARE(key.warmCache, QStringLiteral("MISS"));
        QVERIFY(result.improvementP50 < 0.5);
    }

    void cacheStepWithoutFlushRouteFails()
    {
        load::CacheSecondAccess::Config config = *preset("cache-second-access").cacheSecondAccess;
        config.flushUrl = QStringLiteral("/admin/no-such-flush");
        const auto result = load::CacheSecondAccess::run(config, base());
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("answered 404")), qPrintable(result.failure));
    }

    void batchOperationsPassTheirLimits()
    {
        const load::Scenario scenario = preset("batch-operations");
        QCOMPARE(scenario.batch.size(), std::size_t(4));
        for (const load::BatchOperation::Config& check : scenario.batch) {
            const auto result = load::BatchOperation::run(check, base());
            QVERIFY2(result.passed, qPrintable(check.name + QStringLiteral(": ") + result.failure));
            QCOMPARE(int(result.attempts.size()), check.repeat);
            for (const auto& attempt : result.attempts)
                QCOMPARE(attempt.status, check.expectStatus);
            QVERIFY(result.maxMs < double(check.timeLimitMs));
        }
        // The refused ones are the over-limit batches, answered 400.
        QCOMPARE(scenario.batch[2].rows, 1001);
        QCOMPARE(scenario.batch[2].expectStatus, 400);
        QCOMPARE(scenario.batch[3].rows, 501);
        QCOMPARE(scenario.batch[3].expectStatus, 400);
    }

    void batchOverTheTimeLimitFails()
    {
        // A 1,000-row import with per-row inserts at 2 ms a row takes about 2 s: over a 500 ms limit.
        DemoTargetProcess slow({QStringLiteral("--per-row-inserts")});
        QVERIFY2(slow.start(), qPrintable(slow.errorString()));
        load::BatchOperation::Config check = preset("batch-operations").batch.front();
        check.timeLimitMs = 500;
        const auto result = load::BatchOperation::run(check, slow.baseUrl().toString());
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("over the limit of 500 ms")),
                 qPrintable(result.failure));
        QCOMPARE(result.attempts.front().status, 200);
    }

    void batchWithTheWrongStatusFails()
    {
        load::BatchOperation::Config check = preset("batch-operations").batch[2]; // 1001 rows
        check.expectStatus = 200;
        const auto result = load::BatchOperation::run(check, base());
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("answered 400, expected 200")),
                 qPrintable(result.failure));
    }
};

QTEST_GUILESS_MAIN(TestLoadAcceptance)
#include "tst_loadacceptance.moc"
