#include "loadsession.h"

#include "loadcomparemodel.h"
#include "loadlauncher.h"
#include "loadruncards.h"
#include "loadrunspage.h"
#include "loadrunstore.h"
#include "loadrunview.h"
#include "presets.h"
#include "readjobrunner.h"
#include "timeseriesstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

namespace {
// Collector figures are recomputed every few seconds of a run, not every second.
constexpr qint64 collectorRefreshSeconds = 2;

struct RunWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The collectors' cards and the alert markers over a run's window, read on the read-job thread.
struct CollectorView
{
    QList<ChartCardData> cards;
    QList<ChartMarker> markers;
};

CollectorView readCollectors(store::StoreReader& reader, store::TimeSeriesStore* store, RunWindow window)
{
    CollectorView view;
    view.cards = collectorCards(panels::computeOverview(reader, window.endMs, window.endMs - window.startMs));
    view.markers = alertMarkers(store::RecordStore(store).alertEvents(window.startMs, window.endMs + 1));
    return view;
}

RunWindow windowOf(const load::LoadResult& result)
{
    // Whole seconds: the charts' ticks fall on them.
    const std::int64_t seconds = std::max<std::int64_t>((result.durationMs + 999) / 1000, 1);
    return {result.startedMs, result.startedMs + seconds * 1000};
}

QString stateText(const QString& state)
{
    return state == QLatin1String("running") ? LoadSession::tr("unfinished") : state;
}

QString liveFigures(const load::LoadResult& live)
{
    if (live.seconds.empty())
        return LoadSession::tr("Waiting for the first second…");
    const load::LoadSecond& last = live.seconds.back();
    const auto& h = last.total.latency;
    auto ms = [](std::int64_t us) { return QLocale().toString(double(us) / 1000.0, 'f', 1); };
    return LoadSession::tr(
               "%1 req/s · P50 %2 ms · P95 %3 ms · P99 %4 ms · %5 active users · %n error(s) so far", nullptr,
               int(live.totals.total.errorCount()))
        .arg(QLocale().toString(last.total.requests))
        .arg(ms(h.valueAtPercentileUs(50)), ms(h.valueAtPercentileUs(95)), ms(h.valueAtPercentileUs(99)))
        .arg(last.activeUsers);
}

QString endText(const load::LoadResult& result)
{
    switch (result.end) {
    case load::RunEnd::Completed:
        return LoadSession::tr("completed");
    case load::RunEnd::Cancelled:
        return LoadSession::tr("cancelled, partial results kept");
    case load::RunEnd::Aborted:
        return LoadSession::tr("aborted by a threshold");
    case load::RunEnd::Failed:
        break;
    }
    return LoadSession::tr("failed: %1").arg(result.error);
}
} // namespace

LoadSession::LoadSession(store::TimeSeriesStore* store, store::ReadJobRunner* reads, LoadRunsPage* page,
                         QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_reads(reads)
    , m_page(page)
    , m_recorder(store)
{
    qRegisterMetaType<load::LoadSecond>();
    qRegisterMetaType<load::LoadResult>();
    QStringList presets;
    for (const load::Preset& preset : load::builtinPresets())
        presets.append(preset.name);
    LoadLauncher* launcher = page->launcher();
    launcher->setPresets(presets);
    connect(launcher, &LoadLauncher::runRequested, this, &LoadSession::start);
    connect(launcher, &LoadLauncher::cancelRequested, this, [this] {
        m_engine.cancel();
        m_page->launcher()->setStatus(tr("Cancelling…"));
    });
    connect(page, &LoadRunsPage::reviewRequested, this, &LoadSession::review);
    connect(page, &LoadRunsPage::compareRequested, this, &LoadSession::compare);
    connect(&m_engine, &load::LoadEngine::secondMerged, this, &LoadSession::onSecond);
    connect(&m_engine, &load::LoadEngine::finished, this, &LoadSession::onLoadFinished);
    connect(&m_recorder, &load::LoadRunRecorder::finished, this, [this](qint64 runId) {
        refreshHistory();
        emit runStored(runId);
    });
    connect(&m_recorder, &load::LoadRunRecorder::writeFailed, this, [this](const QString& error) {
        m_page->launcher()->setStatus(tr("The run could not be stored: %1").arg(error));
    });
    page->liveView()->setHeading(tr("No run yet: pick a preset or a scenario file, then Run."));
}

LoadSession::~LoadSession()
{
    m_engine.cancel(); // finished() is not delivered any more: the partial seconds are already stored
}

void LoadSession::setDefaultTarget(const QUrl& url)
{
    LoadLauncher* launcher = m_page->launcher();
    // A target the user typed stays; the old default follows the demo target's new port.
    if (launcher->target().isEmpty() || launcher->target() == m_defaultTarget.toString())
        launcher->setTarget(url.toString());
    m_defaultTarget = url;
}

bool LoadSession::prepare(const LoadLaunchRequest& request, load::Scenario* scenario, QString* name,
                          QString* error) const
{
    QByteArray json;
    if (!request.scenarioFile.isEmpty()) {
        // A scenario is a few kilobytes: read here rather than on another thread.
        QFile file(request.scenarioFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2").arg(request.scenarioFile, file.errorString());
            return false;
        }
        json = file.read(4 * 1024 * 1024);
        *name = QFileInfo(request.scenarioFile).completeBaseName();
    } else if (const load::Preset* preset = load::findPreset(request.preset)) {
        json = preset->json;
        *name = preset->name;
    } else {
        *error = tr("Pick a preset or a scenario file.");
        return false;
    }
    QStringList errors;
    if (!load::Scenario::fromJsonText(json, scenario, &errors)) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    if (request.model == LoadLaunchRequest::Model::Closed)
        scenario->model = load::LoadModel::Closed;
    else if (request.model == LoadLaunchRequest::Model::Open)
        scenario->model = load::LoadModel::Open;
    scenario->apply({request.durationMs, request.users, request.rate, request.maxRequests});
    scenario->allowRemote = scenario->allowRemote || request.allowRemote;
    if (!scenario->name.isEmpty())
        *name = scenario->name;
    return true;
}

void LoadSession::start(const LoadLaunchRequest& request)
{
    if (m_running)
        return;
    LoadLauncher* launcher = m_page->launcher();
    load::Scenario scenario;
    QString name;
    QString error;
    load::LoadPlan plan;
    QStringList errors;
    const bool ok = prepare(request, &scenario, &name, &error);
    const QString target = request.target.isEmpty() ? scenario.target : request.target;
    // The launcher confirms a remote target it was given; one from the scenario was not shown.
    if (ok && !request.allowRemote && !LoadLauncher::isLoopback(QUrl(target).host()))
        error = tr("%1 is not this machine: enter it as the target to confirm it.").arg(target);
    else if (ok && scenario.hasLoad() && !scenario.compile(target, &plan, &errors))
        error = errors.join(QLatin1Char('\n'));
    if (!error.isEmpty()) {
        launcher->setStatus(tr("Not run: %1").arg(error));
        emit runRefused(error);
        return;
    }
    m_report = {};
    m_report.scenario = scenario;
    m_report.target = target;
    m_live = {};
    m_endpoints.clear();
    for (const load::PlannedRequest& planned : plan.requests)
        m_endpoints.append(planned.name);
    m_live.totals.endpoints.resize(plan.requests.size());
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_plannedMs = scenario.hasLoad() ? plan.durationMs : 0;
    m_maxRequests = plan.maxRequests;
    m_collectorCards.clear();
    m_markers.clear();
    m_running = true;

    const QJsonObject config{
        {QStringLiteral("scenario"), scenario.toJson()},
        {QStringLiteral("preset"), request.preset},
        {QStringLiteral("file"), request.scenarioFile},
        {QStringLiteral("endpoints"), QJsonArray::fromStringList(m_endpoints)},
        {QStringLiteral("allowRemote"), scenario.allowRemote},
    };
    m_recorder.begin(name, target, m_startedMs, config);
    launcher->setRunning(true);
    launcher->setStatus(tr("Running %1 against %2…").arg(name, target));
    m_page->liveView()->setHeading(
        tr("%1 against %2, started %3")
            .arg(name, target, QDateTime::fromMSecsSinceEpoch(m_startedMs).toString()));
    showLive();
    emit runStarted();
    if (scenario.hasLoad())
        m_engine.start(std::move(plan));
    else
        runAcceptanceSteps();
}

qint64 LoadSession::liveStartMs() const
{
    return m_live.seconds.empty() ? m_startedMs : m_live.seconds.front().startedMs;
}

void LoadSession::onSecond(const load::LoadSecond& second)
{
    if (!m_running)
        return;
    m_recorder.addSecond(second);
    // The live charts draw the totals: the endpoints' histograms stay with the engine and the store.
    load::LoadSecond kept = second;
    kept.endpoints.clear();
    m_live.seconds.push_back(std::move(kept));
    m_live.startedMs = liveStartMs();
    m_live.durationMs = (second.second + 1) * 1000;
    m_live.totals.total.add(second.total);
    for (std::size_t i = 0; i < second.endpoints.size() && i < m_live.totals.endpoints.size(); ++i)
        m_live.totals.endpoints[i].add(second.endpoints[i]);
    m_live.totals.activeUsers = std::max(m_live.totals.activeUsers, second.activeUsers);
    m_page->launcher()->setProgress(m_live.durationMs, m_plannedMs, m_live.totals.total.requests,
                                    m_maxRequests);
    m_page->launcher()->setStatus(liveFigures(m_live));
    if (second.second % collectorRefreshSeconds == 0)
        refreshCollectors();
    showLive();
    emit secondShown(second.second);
}

void LoadSession::showLive()
{
    const qint64 start = liveStartMs();
    QList<ChartCardData> cards = runCards(m_live, start, start + std::max<qint64>(m_plannedMs, 1000));
    cards += m_collectorCards;
    addMarkers(&cards, m_markers);
    LoadRunView* view = m_page->liveView();
    view->setFigures(runFigureRows(m_live, m_endpoints));
    view->setCharts(cards);
}

void LoadSession::refreshCollectors()
{
    const qint64 start = liveStartMs();
    const RunWindow window{start, start + std::max<qint64>(m_plannedMs, 1000)};
    auto view = std::make_shared<CollectorView>();
    store::TimeSeriesStore* store = m_store;
    m_reads->submit(
        QStringLiteral("load live collectors"),
        [view, store, window](store::StoreReader& reader) { *view = readCollectors(reader, store, window); },
        [this, view](const QString& error) {
            if (!error.isEmpty())
                return;
            m_collectorCards = view->cards;
            m_markers = view->markers;
            showLive();
        });
}

void LoadSession::onLoadFinished(const load::LoadResult& result)
{
    m_report.load = result;
    m_report.thresholds = load::evaluateThresholds(m_report.scenario.thresholds, result);
    m_live = result; // the engine's own totals, with the last partial second
    showLive();
    if (result.end == load::RunEnd::Completed)
        runAcceptanceSteps();
    else
        finishRun();
}

void LoadSession::runAcceptanceSteps()
{
    const load::Scenario& scenario = m_report.scenario;
    if (!scenario.cacheSecondAccess && scenario.batch.empty())
        return finishRun();
    m_page->launcher()->setStatus(tr("Running the acceptance steps…"));
    // The steps send blocking requests: a thread of their own, the results handed back queued.
    auto report = std::make_shared<load::LoadRunReport>(m_report);
    QThread* thread = QThread::create([report] {
        const load::Scenario& s = report->scenario;
        if (s.cacheSecondAccess)
            report->cache = load::CacheSecondAccess::run(*s.cacheSecondAccess, report->target, s.verifyTls);
        for (const load::BatchOperation::Config& check : s.batch)
            report->batch.push_back(load::BatchOperation::run(check, report->target, s.verifyTls));
    });
    connect(thread, &QThread::finished, this, [this, report, thread] {
        thread->deleteLater();
        m_report = *report;
        finishRun();
    });
    thread->start();
}

void LoadSession::finishRun()
{
    load::LoadResult result = m_report.load.value_or(load::LoadResult{});
    if (!m_report.load)
        result.startedMs = m_startedMs; // acceptance steps only
    m_recorder.finish(result, m_report.toJson());
    m_running = false;
    LoadLauncher* launcher = m_page->launcher();
    launcher->setRunning(false);
    launcher->setStatus(tr("Run %1: %2 requests, %n error(s); %3 of %4 checks passed", nullptr,
                           int(result.totals.total.errorCount()))
                            .arg(endText(result))
                            .arg(QLocale().toString(result.totals.total.requests))
                            .arg(m_report.checkCount() - m_report.failureCount())
                            .arg(m_report.checkCount()));
    if (m_report.load)
        launcher->setProgress(result.durationMs, std::max<qint64>(m_plannedMs, result.durationMs),
                              result.totals.total.requests, m_maxRequests);
    refreshCollectors();
}

void LoadSession::refreshHistory()
{
    auto runs = std::make_shared<std::vector<load::StoredRunInfo>>();
    store::TimeSeriesStore* store = m_store;
    m_reads->submit(
        QStringLiteral("load history"),
        [runs, store](store::StoreReader&) { *runs = load::LoadRunStore(store).runs(); },
        [this, runs](const QString& error) {
            if (!error.isEmpty() || !m_page)
                return;
            QList<TextTableModel::Row> rows;
            for (const load::StoredRunInfo& run : *runs) {
                rows.append({QString::number(run.id),
                             {QDateTime::fromMSecsSinceEpoch(run.startedMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              run.name, run.target, stateText(run.state),
                              tr("%1 s").arg(QLocale().toString(double(run.durationMs) / 1000.0, 'f', 1)),
                              QLocale().toString(run.requests), QLocale().toString(run.p95Ms, 'f', 1),
                              QLocale().toString(run.errors)}});
            }
            m_page->setHistory(rows);
            emit historyShown(int(rows.size()));
        });
}

void LoadSession::review(qint64 runId)
{
    struct Review
    {
        std::optional<load::StoredRun> run;
        CollectorView collectors;
    };
    auto read = std::make_shared<Review>();
    store::TimeSeriesStore* store = m_store;
    m_reads->submit(
        QStringLiteral("load review"),
        [read, store, runId](store::StoreReader& reader) {
            read->run = load::LoadRunStore(store).run(runId);
            if (read->run)
                read->collectors = readCollectors(reader, store, windowOf(read->run->result));
        },
        [this, read, runId](const QString& error) {
            if (!error.isEmpty() || !read->run || !m_page)
                return;
            const load::StoredRun& run = *read->run;
            const RunWindow window = windowOf(run.result);
            QList<ChartCardData> cards = runCards(run.result, window.startMs, window.endMs);
            cards += read->collectors.cards;
            addMarkers(&cards, read->collectors.markers);
            LoadRunView* view = m_page->reviewView();
            view->setHeading(tr("Run %1 — %2 against %3, %4, %5")
                                 .arg(run.info.id)
                                 .arg(run.info.name, run.info.target,
                                      QDateTime::fromMSecsSinceEpoch(run.info.startedMs).toString(),
                                      stateText(run.info.state)));
            view->setFigures(runFigureRows(run.result, run.endpoints));
            view->setCharts(cards);
            m_page->showTab(QStringLiteral("review"));
            emit reviewShown(runId);
        });
}

void LoadSession::compare(qint64 runA, qint64 runB)
{
    auto runs = std::make_shared<std::pair<std::optional<load::StoredRun>, std::optional<load::StoredRun>>>();
    store::TimeSeriesStore* store = m_store;
    m_reads->submit(
        QStringLiteral("load compare"),
        [runs, store, runA, runB](store::StoreReader&) {
            load::LoadRunStore stored(store);
            *runs = {stored.run(runA), stored.run(runB)};
        },
        [this, runs, runA, runB](const QString& error) {
            if (!error.isEmpty() || !runs->first || !runs->second || !m_page)
                return;
            const load::StoredRun& a = *runs->first;
            const load::StoredRun& b = *runs->second;
            const QString nameA = tr("A #%1").arg(a.info.id);
            const QString nameB = tr("B #%1").arg(b.info.id);
            m_page->compareModel()->setFigures(load::compareRuns(a.result, b.result), nameA, nameB);
            m_page->setCompareHeading(tr("A: run %1, %2 (%3) — B: run %4, %5 (%6). Deltas are B against A.")
                                          .arg(a.info.id)
                                          .arg(a.info.name, stateText(a.info.state))
                                          .arg(b.info.id)
                                          .arg(b.info.name, stateText(b.info.state)));
            m_page->setCompareCharts(compareCards(a.result, b.result, nameA, nameB));
            m_page->showTab(QStringLiteral("compare"));
            emit compareShown(runA, runB);
        });
}
