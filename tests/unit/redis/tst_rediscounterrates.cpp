// Rates from INFO's running totals: only from deltas, never on the first poll nor across a
// restart, and without the collector's own lookups and commands.
#include "rediscounterrates.h"

#include <QTest>

using Counters = RedisCounterRates::Counters;
using Own = RedisCounterRates::OwnActivity;

class TestRedisCounterRates : public QObject
{
    Q_OBJECT
private slots:
    void firstPollHasNoRateAndSaysSo()
    {
        RedisCounterRates rates;
        const auto first = rates.update({"run", 100, 50, 1000, 10.0}, {});
        QVERIFY(!first.hitRate);
        QVERIFY(!first.commandsPerSecond);
        QVERIFY2(first.notes.join(QLatin1Char(' ')).contains(QLatin1String("first")),
                 qPrintable(first.notes.join(QLatin1Char(' '))));
    }

    void ratesComeFromDeltasWithoutOwnActivity()
    {
        RedisCounterRates rates;
        rates.update({"run", 100, 50, 1000, 10.0}, {});
        // +33 hits, +11 misses, +210 commands in 2 s; of which the collector made 3 hits,
        // 1 miss and 10 commands.
        const auto second = rates.update({"run", 133, 61, 1210, 12.0}, Own{3, 1, 10});
        QVERIFY(second.hitRate);
        QCOMPARE(*second.hitRate, 30.0 / 40.0);
        QCOMPARE(*second.commandsPerSecond, 100.0);
        QVERIFY(second.notes.isEmpty());
    }

    void noLookupsMeansNoHitRate()
    {
        RedisCounterRates rates;
        rates.update({"run", 100, 50, 1000, 10.0}, {});
        const auto idle = rates.update({"run", 102, 50, 1010, 11.0}, Own{2, 0, 10});
        QVERIFY(!idle.hitRate);
        QCOMPARE(*idle.commandsPerSecond, 0.0);
        QVERIFY(idle.notes.join(QLatin1Char(' ')).contains(QLatin1String("no keyspace lookups")));
    }

    void restartResetsTheBaseline_data()
    {
        QTest::addColumn<QByteArray>("runId");
        QTest::addColumn<double>("hits");
        QTest::newRow("new run_id") << QByteArray("other") << 500.0;
        QTest::newRow("counter went down") << QByteArray("run") << 5.0;
    }
    void restartResetsTheBaseline()
    {
        QFETCH(QByteArray, runId);
        QFETCH(double, hits);
        RedisCounterRates rates;
        rates.update({"run", 100, 50, 1000, 10.0}, {});
        const auto restarted = rates.update({runId, hits, 50, 1000, 12.0}, {});
        QVERIFY(!restarted.hitRate);
        QVERIFY(!restarted.commandsPerSecond);
        QVERIFY(restarted.notes.join(QLatin1Char(' ')).contains(QLatin1String("restarted")));
        // The next poll rates against the restarted server.
        const auto after = rates.update({runId, hits + 10, 60, 1100, 13.0}, {});
        QCOMPARE(*after.hitRate, 0.5);
    }

    void resetAfterAFailedPollNeedsTwoPollsAgain()
    {
        RedisCounterRates rates;
        rates.update({"run", 100, 50, 1000, 10.0}, {});
        rates.reset();
        QVERIFY(!rates.update({"run", 110, 50, 1010, 11.0}, {}).hitRate);
    }
};

QTEST_GUILESS_MAIN(TestRedisCounterRates)
#include "tst_rediscounterrates.moc"
