// Load runs stored second by second in a real workspace store file and re-read: the re-read totals
// (percentiles recomputed from the stored histograms) equal the live ones, a run survives a reopen,
// a run whose process died keeps its seconds.
#include "loadrunstore.h"
#include "timeseriesstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr std::int64_t startMs = 1'700'000'000'000;

load::EndpointFigures figures(std::int64_t requests, std::int64_t baseUs, int timeouts)
{
    load::EndpointFigures f;
    f.requests = requests;
    f.bytesReceived = requests * 512;
    f.errors[std::size_t(load::ErrorKind::Timeout)] = timeouts;
    for (std::int64_t i = 0; i < requests; ++i)
        f.latency.record(baseUs + i * 37);
    return f;
}

// A live result as the engine makes it: seconds with two endpoints, totals added up.
load::LoadResult liveResult(int seconds)
{
    load::LoadResult result;
    result.startedMs = startMs;
    result.durationMs = seconds * 1000;
    result.percentileMethod = QStringLiteral("HdrHistogram");
    result.totals.endpoints.resize(2);
    for (int s = 0; s < seconds; ++s) {
        load::LoadSecond second;
        second.second = s;
        second.startedMs = startMs + s * 1000;
        second.activeUsers = 5 + s;
        second.endpoints = {figures(100 + s, 2000, s % 2), figures(50, 9000 + s * 100, 0)};
        for (const auto& e : second.endpoints)
            second.total.add(e);
        result.totals.total.add(second.total);
        for (std::size_t i = 0; i < 2; ++i)
            result.totals.endpoints[i].add(second.endpoints[i]);
        result.totals.activeUsers = std::max(result.totals.activeUsers, second.activeUsers);
        result.seconds.push_back(second);
    }
    return result;
}

QJsonObject config()
{
    return {
        {QStringLiteral("endpoints"), QJsonArray{QStringLiteral("customers"), QStringLiteral("materials")}}};
}

store::StoreOptions quiet()
{
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    return options;
}

void compareFigures(const load::EndpointFigures& stored, const load::EndpointFigures& live)
{
    QCOMPARE(stored.requests, live.requests);
    QCOMPARE(stored.bytesReceived, live.bytesReceived);
    QCOMPARE(stored.errors, live.errors);
    QVERIFY(stored.latency == live.latency);
    QCOMPARE(stored.latency.valueAtPercentileUs(95), live.latency.valueAtPercentileUs(95));
}
} // namespace

class TestLoadRunStore : public QObject
{
    Q_OBJECT
private slots:
    void storedRunRereadsToTheLiveTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        const load::LoadResult live = liveResult(3);
        std::int64_t id = 0;
        {
            store::TimeSeriesStore store;
            QString error;
            QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
            load::LoadRunStore runs(&store);
            const auto begun = runs.begin(QStringLiteral("core-100-users"),
                                          QStringLiteral("http://127.0.0.1:1"), startMs, config(), &error);
            QVERIFY2(begun, qPrintable(error));
            id = *begun;
            for (const load::LoadSecond& second : live.seconds)
                QVERIFY2(runs.addSecond(id, second, &error), qPrintable(error));
            QVERIFY2(runs.finish(id, startMs + 3000, live, {{QStringLiteral("passed"), true}}, &error),
                     qPrintable(error));
        }
        // Reopened, as the next session of the workspace would.
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
        load::LoadRunStore runs(&store);
        const auto list = runs.runs(&error);
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].state, QStringLiteral("completed"));
        QCOMPARE(list[0].requests, live.totals.total.requests);
        QCOMPARE(list[0].errors, live.totals.total.errorCount());
        QCOMPARE(list[0].durationMs, std::int64_t(3000));

        const auto stored = runs.run(id, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->endpoints, (QStringList{QStringLiteral("customers"), QStringLiteral("materials")}));
        QCOMPARE(stored->report.value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(stored->result.end, load::RunEnd::Completed);
        QCOMPARE(stored->result.seconds.size(), live.seconds.size());
        QCOMPARE(stored->result.durationMs, live.durationMs);
        QCOMPARE(stored->result.percentileMethod, live.percentileMethod);
        compareFigures(stored->result.totals.total, live.totals.total);
        for (std::size_t i = 0; i < 2; ++i)
            compareFigures(stored->result.totals.endpoints[i], live.totals.endpoints[i]);
        QCOMPARE(stored->result.totals.activeUsers, live.totals.activeUsers);
        QCOMPARE(stored->result.seconds[2].activeUsers, 7);
        QCOMPARE(stored->result.seconds[1].startedMs, startMs + 1000);
        compareFigures(stored->result.seconds[1].endpoints[0], live.seconds[1].endpoints[0]);
    }

    void unfinishedRunKeepsItsSeconds()
    {
        QTemporaryDir dir;
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("ws.sqlite")), quiet(), &error), qPrintable(error));
        load::LoadRunStore runs(&store);
        const load::LoadResult live = liveResult(2);
        const auto id = runs.begin(QStringLiteral("killed"), {}, startMs, config(), &error);
        QVERIFY(id);
        QVERIFY(runs.addSecond(*id, live.seconds[0], &error));
        // No finish: the process died here.
        const auto stored = runs.run(*id, &error);
        QVERIFY(stored);
        QCOMPARE(stored->info.state, QStringLiteral("running"));
        QCOMPARE(stored->result.seconds.size(), std::size_t(1));
        QCOMPARE(stored->result.durationMs, std::int64_t(1000));
        compareFigures(stored->result.totals.total, live.seconds[0].total);
        QVERIFY(!runs.run(*id + 1, &error));
    }
};

QTEST_GUILESS_MAIN(TestLoadRunStore)
#include "tst_loadrunstore.moc"
