// A load run's figures as chart cards: one point per measured second on the run's timeline, no
// latency point for a second without answers, two runs on a shared time-since-start axis, the
// collectors' cards picked from the Overview's, and alert transitions as markers.
#include "loadruncards.h"

#include <QTest>

namespace {
load::LoadResult result(qint64 startMs, int seconds, std::int64_t latencyUs)
{
    load::LoadResult r;
    r.startedMs = startMs;
    r.durationMs = seconds * 1000;
    r.totals.endpoints.resize(1);
    for (int s = 0; s < seconds; ++s) {
        load::LoadSecond second;
        second.second = s;
        second.startedMs = startMs + s * 1000;
        second.activeUsers = 3;
        second.endpoints.resize(1);
        if (s != 1) { // second 1 had no answers
            second.total.requests = 10 * (s + 1);
            second.total.latency.recordN(latencyUs, second.total.requests);
        }
        second.endpoints[0] = second.total;
        r.totals.total.add(second.total);
        r.totals.endpoints[0].add(second.total);
        r.seconds.push_back(second);
    }
    return r;
}
} // namespace

class TestLoadRunCards : public QObject
{
    Q_OBJECT
private slots:
    void runCardsFollowTheSeconds()
    {
        const qint64 start = 1'700'000'000'000;
        const QList<ChartCardData> cards = runCards(result(start, 3, 2000), start, start + 3000);
        QCOMPARE(cards.size(), 4);
        const auto& rps = cards.at(0).lines.at(0).points;
        QCOMPARE(rps.size(), 3);
        QCOMPARE(rps.at(2), QPointF(double(start + 2000), 30.0));
        const auto& p95 = cards.at(1).lines.at(1);
        QCOMPARE(p95.name, QStringLiteral("P95"));
        QCOMPARE(p95.points.size(), 2); // no latency for the second without answers
        QVERIFY(std::abs(p95.points.at(0).y() - 2.0) < 0.01);
        QCOMPARE(cards.at(3).lines.at(0).points.at(0).y(), 3.0);
    }

    void compareSharesARelativeAxis()
    {
        const QList<ChartCardData> cards = compareCards(
            result(1'000'000, 3, 1000), result(9'000'000, 2, 4000), QStringLiteral("A"), QStringLiteral("B"));
        QCOMPARE(cards.size(), 3);
        const ChartCardData& rps = cards.at(1);
        QCOMPARE(rps.endMs - rps.startMs, qint64(3000));
        // Both runs' second 1 lie at the same x, whatever their start.
        QCOMPARE(rps.lines.at(0).points.at(1).x(), rps.lines.at(1).points.at(1).x());
        QCOMPARE(rps.lines.at(0).points.at(0).x(), double(rps.startMs));
        QCOMPARE(cards.at(0).lines.size(), 4);
    }

    void collectorsAndMarkers()
    {
        panels::OverviewData data;
        data.startMs = 1;
        data.endMs = 2;
        for (const char* id : {"latency", "queues", "pools", "cache", "health"}) {
            panels::PanelData panel;
            panel.id = panel.title = QLatin1String(id);
            data.panels.push_back(panel);
        }
        const QList<ChartCardData> cards = collectorCards(data);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards.at(0).title, QStringLiteral("pools"));
        QCOMPARE(cards.at(2).title, QStringLiteral("queues"));

        auto event = [](const char* from, const char* to, qint64 timeMs) {
            store::AlertEvent e;
            e.rule = QStringLiteral("QueueBacklog");
            e.fromState = QLatin1String(from);
            e.toState = QLatin1String(to);
            e.timeMs = timeMs;
            return e;
        };
        const std::vector<store::AlertEvent> events = {event("inactive", "pending", 10),
                                                       event("pending", "firing", 20),
                                                       event("firing", "resolved", 30)};
        const QList<ChartMarker> markers = alertMarkers(events);
        QCOMPARE(markers.size(), 2); // pending is not drawn
        QCOMPARE(markers.at(0).timeMs, qint64(20));
        QVERIFY(markers.at(0).firing);
        QVERIFY(!markers.at(1).firing);
        QList<ChartCardData> marked = cards;
        addMarkers(&marked, markers);
        QCOMPARE(marked.at(1).markers, markers);
    }
};

QTEST_GUILESS_MAIN(TestLoadRunCards)
#include "tst_loadruncards.moc"
