#include "recordedrun.h"

#include "loadengine.h"
#include "loadrunrecorder.h"
#include "loadrunreport.h"
#include "presets.h"
#include "scenario.h"
#include "timeseriesstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>

std::optional<RecordedRun> recordPresetRun(const QUrl& target, const QString& dataFile,
                                           std::int64_t durationMs, int users, QString* error)
{
    load::Scenario scenario;
    QStringList errors;
    load::LoadPlan plan;
    if (!load::Scenario::fromJsonText(load::findPreset(QStringLiteral("core-100-users"))->json, &scenario,
                                      &errors) ||
        (scenario.apply({durationMs, users, 0, 0}), !scenario.compile(target.toString(), &plan, &errors))) {
        *error = errors.join(QLatin1String("; "));
        return std::nullopt;
    }
    plan.workers = 1;
    QStringList endpoints;
    for (const auto& request : plan.requests)
        endpoints.append(request.name);
    store::StoreOptions options;
    options.maintenanceIntervalMs = 0;
    store::TimeSeriesStore store;
    if (!store.open(dataFile, options, error))
        return std::nullopt;
    load::LoadRunRecorder recorder(&store);
    QSignalSpy began(&recorder, &load::LoadRunRecorder::began);
    QSignalSpy stored(&recorder, &load::LoadRunRecorder::finished);
    recorder.begin(scenario.name, target.toString(), QDateTime::currentMSecsSinceEpoch(),
                   {{QStringLiteral("endpoints"), QJsonArray::fromStringList(endpoints)}});
    load::LoadEngine engine;
    QObject::connect(&engine, &load::LoadEngine::secondMerged, &recorder,
                     [&recorder](const load::LoadSecond& second) { recorder.addSecond(second); });
    QSignalSpy finished(&engine, &load::LoadEngine::finished);
    engine.start(std::move(plan));
    if (!finished.wait(durationMs + 30000)) {
        *error = QStringLiteral("the run did not end");
        return std::nullopt;
    }
    RecordedRun run;
    run.result = finished.first().first().value<load::LoadResult>();
    load::LoadRunReport report; // what the Load runs page stores with a finished run
    report.scenario = scenario;
    report.target = target.toString();
    report.load = run.result;
    report.thresholds = load::evaluateThresholds(scenario.thresholds, run.result);
    recorder.finish(run.result, report.toJson());
    if (!stored.wait(10000) || began.isEmpty()) {
        *error = QStringLiteral("the recorder did not store the run");
        return std::nullopt;
    }
    run.id = began.first().first().toLongLong();
    return run;
}
