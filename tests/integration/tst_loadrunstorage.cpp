// A real run of the real engine against the real demo target, recorded second by second through
// the recorder's thread into a real store file: re-read, its totals and every second equal the live
// ones (histograms and all); a run whose process stopped before finishing keeps its seconds.
#include "demotargetprocess.h"
#include "loadengine.h"
#include "loadrunrecorder.h"
#include "loadrunstore.h"
#include "presets.h"
#include "scenario.h"
#include "timeseriesstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Live
{
    std::vector<load::LoadSecond> seconds;
    load::LoadResult result;
    QStringList endpoints;
};

store::StoreOptions quiet()
{
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    return options;
}

// The shortened 100-users preset through the engine; each merged second handed to `recorder`.
Live run(const QUrl& target, load::LoadRunRecorder* recorder)
{
    load::Scenario scenario;
    QStringList errors;
    Live live;
    if (!load::Scenario::fromJsonText(load::findPreset(QStringLiteral("core-100-users"))->json, &scenario,
                                      &errors))
        return live;
    scenario.apply({2000, 4, 0, 0});
    load::LoadPlan plan;
    if (!scenario.compile(target.toString(), &plan, &errors))
        return live;
    plan.workers = 1;
    for (const auto& request : plan.requests)
        live.endpoints.append(request.name);
    recorder->begin(scenario.name, target.toString(), QDateTime::currentMSecsSinceEpoch(),
                    {{QStringLiteral("endpoints"), QJsonArray::fromStringList(live.endpoints)}});
    load::LoadEngine engine;
    QObject::connect(&engine, &load::LoadEngine::secondMerged, recorder, [&](const load::LoadSecond& second) {
        live.seconds.push_back(second);
        recorder->addSecond(second);
    });
    QSignalSpy finished(&engine, &load::LoadEngine::finished);
    engine.start(std::move(plan));
    if (finished.wait(30000))
        live.result = finished.first().first().value<load::LoadResult>();
    return live;
}

void compareFigures(const load::EndpointFigures& stored, const load::EndpointFigures& live)
{
    QCOMPARE(stored.requests, live.requests);
    QCOMPARE(stored.bytesReceived, live.bytesReceived);
    QCOMPARE(stored.errors, live.errors);
    QVERIFY(stored.latency == live.latency);
    QCOMPARE(stored.latency.valueAtPercentileUs(99), live.latency.valueAtPercentileUs(99));
}
} // namespace

class TestLoadRunStorage : public QObject
{
    Q_OBJECT
    DemoTargetProcess m_target;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<load::LoadSecond>();
        qRegisterMetaType<load::LoadResult>();
        QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    }

    void recordedRunRereadsToTheLiveFigures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Live live;
        {
            store::TimeSeriesStore store;
            QString error;
            QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
            load::LoadRunRecorder recorder(&store);
            QSignalSpy stored(&recorder, &load::LoadRunRecorder::finished);
            live = run(m_target.baseUrl(), &recorder);
            QCOMPARE(live.result.end, load::RunEnd::Completed);
            QVERIFY(live.result.totals.total.requests > 0);
            recorder.finish(live.result, {{QStringLiteral("passed"), true}});
            QVERIFY(stored.wait(10000));
        }
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
        const auto runs = load::LoadRunStore(&store).runs(&error);
        QCOMPARE(runs.size(), std::size_t(1));
        const auto stored = load::LoadRunStore(&store).run(runs[0].id, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->info.state, QStringLiteral("completed"));
        QCOMPARE(stored->endpoints, live.endpoints);
        QCOMPARE(stored->result.durationMs, live.result.durationMs);
        QCOMPARE(stored->result.seconds.size(), live.result.seconds.size());
        compareFigures(stored->result.totals.total, live.result.totals.total);
        for (std::size_t i = 0; i < live.result.totals.endpoints.size(); ++i)
            compareFigures(stored->result.totals.endpoints[i], live.result.totals.endpoints[i]);
        for (std::size_t s = 0; s < live.result.seconds.size(); ++s) {
            QCOMPARE(stored->result.seconds[s].activeUsers, live.result.seconds[s].activeUsers);
            compareFigures(stored->result.seconds[s].total, live.result.seconds[s].total);
        }
        QCOMPARE(stored->report.value(QStringLiteral("passed")).toBool(), true);
    }

    void unfinishedRunKeepsTheSecondsHandedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        Live live;
        {
            store::TimeSeriesStore store;
            QString error;
            QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
            load::LoadRunRecorder recorder(&store);
            live = run(m_target.baseUrl(), &recorder);
            QVERIFY(!live.seconds.empty());
            // No finish: the process stops here; what was handed over is written.
        }
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(path, quiet(), &error), qPrintable(error));
        const auto runs = load::LoadRunStore(&store).runs(&error);
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].state, QStringLiteral("running"));
        const auto stored = load::LoadRunStore(&store).run(runs[0].id, &error);
        QVERIFY(stored);
        QCOMPARE(stored->result.seconds.size(), live.seconds.size());
        load::EndpointFigures streamed;
        for (const load::LoadSecond& second : live.seconds)
            streamed.add(second.total);
        compareFigures(stored->result.totals.total, streamed);
    }
};

QTEST_GUILESS_MAIN(TestLoadRunStorage)
#include "tst_loadrunstorage.moc"
