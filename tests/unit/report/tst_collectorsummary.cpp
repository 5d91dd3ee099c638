// What the collectors saw, from expositions as the demo target writes them: the figures of one
// scrape, then peaks, increases, the cache hit rate and the first moment of each warning over a
// scenario's window.
#include "collectorwatch.h"

#include <QTest>

using report::CollectorPoint;
using report::CollectorSummary;

namespace {
std::string exposition(int inUse, int overflow, int waits, int queueA, int queueB, int hits, int misses)
{
    return "# TYPE db_pool_size gauge\ndb_pool_size 20\n"
           "# TYPE db_pool_checked_out gauge\ndb_pool_checked_out " +
           std::to_string(inUse) + "\n# TYPE db_pool_overflow gauge\ndb_pool_overflow " +
           std::to_string(overflow) + "\n# TYPE db_pool_waits_total counter\ndb_pool_waits_total " +
           std::to_string(waits) + "\n# TYPE celery_queue_length gauge\ncelery_queue_length{queue=\"a\"} " +
           std::to_string(queueA) + "\ncelery_queue_length{queue=\"b\"} " + std::to_string(queueB) +
           "\n# TYPE cache_hits_total counter\ncache_hits_total{cache=\"customers\"} " +
           std::to_string(hits) +
           "\n# TYPE cache_misses_total counter\ncache_misses_total{cache=\"customers\"} " +
           std::to_string(misses) + "\n# TYPE http_requests_in_flight gauge\nhttp_requests_in_flight 3\n";
}

CollectorPoint point(std::int64_t timeMs, const std::string& text)
{
    CollectorPoint made;
    QString error;
    if (!CollectorPoint::fromExposition(text, timeMs, &made, &error))
        qFatal("%s", qPrintable(error));
    return made;
}
} // namespace

class TestCollectorSummary : public QObject
{
    Q_OBJECT

private slots:
    void oneScrape()
    {
        const CollectorPoint seen = point(1000, exposition(7, 0, 2, 4, 5, 30, 10));
        QVERIFY(seen.hasPool && seen.hasQueue && seen.hasCache);
        QCOMPARE(seen.poolInUse, 7.0);
        QCOMPARE(seen.poolSize, 20.0);
        QCOMPARE(seen.queueBacklog, 9.0); // summed over the queues
        QCOMPARE(seen.inFlight, 3.0);
    }

    void missingFamiliesAreNotExposed()
    {
        const CollectorPoint seen = point(1000, "# TYPE up gauge\nup 1\n");
        QVERIFY(!seen.hasPool);
        QVERIFY(!seen.hasQueue);
        QVERIFY(!seen.hasCache);
        const CollectorSummary summary = CollectorSummary::summarise({seen, seen}, 0, 2000);
        QCOMPARE(summary.peakPoolInUse, -1.0);
        QCOMPARE(summary.peakQueueBacklog, -1.0);
        QCOMPARE(summary.cacheHitRate, -1.0);
    }

    void brokenExpositionIsAnError()
    {
        CollectorPoint seen;
        QString error;
        QVERIFY(!CollectorPoint::fromExposition("db_pool_size twenty\n", 0, &seen, &error));
        QVERIFY2(error.startsWith(QLatin1String("the metrics do not parse")), qPrintable(error));
    }

    void windowPeaksAndEvents()
    {
        const std::vector<CollectorPoint> points{
            point(500, exposition(20, 5, 0, 50, 0, 0, 0)), // before the window: not counted
            point(1000, exposition(4, 0, 10, 1, 1, 100, 100)),
            point(2000, exposition(18, 0, 10, 6, 2, 150, 110)),
            point(3000, exposition(25, 5, 14, 2, 0, 190, 120)),
            point(4000, exposition(6, 0, 14, 0, 0, 200, 125)),
        };
        const CollectorSummary summary = CollectorSummary::summarise(points, 1000, 4000);
        QCOMPARE(summary.samples, 4);
        QCOMPARE(summary.peakPoolInUse, 25.0);
        QCOMPARE(summary.peakPoolOverflow, 5.0);
        QCOMPARE(summary.poolWaits, 4.0);        // the counter's increase over the window
        QCOMPARE(summary.peakQueueBacklog, 8.0); // 6 + 2
        QCOMPARE(summary.cacheHitRate, 80.0);    // 100 hits of 125 lookups
        QCOMPARE(summary.events.size(), std::size_t(2));
        QCOMPARE(summary.events[0].timeMs, std::int64_t(3000)); // overflow and waits began together
        QVERIFY(summary.events[0].text.contains(QLatin1String("5 overflow")));
        const CollectorSummary read = CollectorSummary::fromJson(summary.toJson());
        QCOMPARE(read.peakPoolInUse, 25.0);
        QCOMPARE(read.cacheHitRate, 80.0);
        QCOMPARE(read.events.size(), std::size_t(2));
        QCOMPARE(read.points.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestCollectorSummary)
#include "tst_collectorsummary.moc"
