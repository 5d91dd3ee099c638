#include "dashboardsession.h"

#include "alertsession.h"
#include "applogging.h"
#include "cachepage.h"
#include "databasepage.h"
#include "endpointspage.h"
#include "loadsession.h"
#include "mainwindow.h"
#include "overviewcards.h"
#include "overviewpage.h"
#include "reportssession.h"
#include "settingspage.h"
#include "sourcepanels.h"
#include "targettablemodel.h"
#include "timerangebar.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <tuple>

namespace {
const QString demoProcessName = QStringLiteral("demo-target");

// Where each kind of configured source points, as the Overview's table shows it.
QUrl shownUrl(const ScrapeTarget& target)
{
    return target.url;
}

QUrl shownUrl(const HealthProbe& probe)
{
    return probe.url;
}

QUrl shownUrl(const JsonEndpoint& endpoint)
{
    return endpoint.url;
}

QUrl shownUrl(const PostgresSource& source)
{
    return QUrl(source.displayTarget());
}

QUrl shownUrl(const PrometheusServer& server)
{
    return server.url;
}

QUrl shownUrl(const RedisSource& source)
{
    QUrl url;
    url.setScheme(source.tls ? QStringLiteral("rediss") : QStringLiteral("redis"));
    url.setHost(source.host);
    url.setPort(source.port);
    url.setPath(QLatin1Char('/') + QString::number(source.db));
    return url;
}

// The URL of the configured item called `name`; empty when a reload removed it meanwhile.
template<typename T>
QUrl shownUrlOf(const QList<T>& items, const QString& name)
{
    for (const T& item : items) {
        if (item.name == name)
            return shownUrl(item);
    }
    return {};
}

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

DashboardSession::DashboardSession(const CommandLineOptions& options, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_workspace(WorkspacePaths::resolve(options.workspace))
{
    connect(&m_demo, &DemoTargetLauncher::ready, this, &DashboardSession::onDemoReady);
    connect(&m_demo, &DemoTargetLauncher::failed, this, &DashboardSession::onDemoFailed);
    // Scrapes can carry tens of thousands of samples: they are stored from the collector thread.
    m_collector.setScrapeSink(
        [this](const ScrapeResult& result, const QUrl& url) { m_recorder.record(result, url); });
    connect(&m_collector, &CollectorService::scraped, this, &DashboardSession::onScraped);
    connect(&m_collector, &CollectorService::probed, this, &DashboardSession::onProbed);
    connect(&m_collector, &CollectorService::jsonPolled, this, &DashboardSession::onJsonPolled);
    connect(&m_postgres, &PostgresCollector::polled, this, &DashboardSession::onPostgresPolled);
    connect(&m_redis, &RedisCollector::polled, this, &DashboardSession::onRedisPolled);
    connect(&m_prometheus, &PrometheusCollector::polled, this, &DashboardSession::onPrometheusPolled);
    connect(&m_store, &store::TimeSeriesStore::writeStateChanged, this, &DashboardSession::onStoreWriteState);
    connect(&m_store, &store::TimeSeriesStore::committed, this, &DashboardSession::onStoreCommitted);
    connect(&m_configWatcher, &QFileSystemWatcher::fileChanged, this, &DashboardSession::reloadConfiguration);
    connect(m_window->settingsPage(), &SettingsPage::applyRequested, this, &DashboardSession::applySettings);
    m_overviewTimer.setInterval(m_window->timeRange()->refreshInterval());
    connect(&m_overviewTimer, &QTimer::timeout, this, &DashboardSession::refreshOverview);
}

void DashboardSession::applyAlerting(const WorkspaceConfig& config)
{
    if (!m_alerts)
        return;
    m_alerts->setRules(config.alertRules, config.alerting.evaluationIntervalMs);
    m_alerts->setWebhook(config.alerting.webhook);
    if (m_reports) // plans run from the window watch what the workspace watches
        m_reports->setPlanWatch(config.postgres, config.redis, config.alertRules);
}

DashboardSession::~DashboardSession()
{
    m_overviewTimer.stop();
    m_reports.reset(); // cancels a plan going, waits for its workers
    m_load.reset();    // cancels a run going; submits to m_reads
    m_alerts.reset();  // its scheduler submits to m_reads
    m_reads.reset();
    m_collector.stop();
    m_postgres.stop();
    m_redis.stop();
    m_prometheus.stop();
    m_store.close(); // commits what is queued
}

bool DashboardSession::open(QString* errorMessage)
{
    WorkspaceConfig defaults;
    if (m_options.demo)
        defaults = WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1")));
    defaults.name = QFileInfo(m_workspace.paths().directory()).fileName();
    if (!m_workspace.open(defaults, errorMessage))
        return false;

    m_window->overviewPage()->setWorkspace({m_workspace.config().name, m_workspace.paths().configFile(),
                                            m_workspace.paths().dataFile(),
                                            m_workspace.file().journalMode()});
    m_window->settingsPage()->setConfigFile(m_workspace.paths().configFile());
    m_window->settingsPage()->setConfig(m_workspace.config());
    openStore();
    startOverview();
    if (m_workspace.config().demo)
        upsert({QStringLiteral("process"),
                demoProcessName,
                {},
                TargetStatus::State::Starting,
                tr("embedded demo server, starting")});
    showConfiguredRows();

    if (m_workspace.config().demo) {
        const QString executable = m_options.demoTargetBinary.isEmpty()
                                       ? DemoTargetLauncher::defaultExecutable()
                                       : m_options.demoTargetBinary;
        m_window->setStatusMessage(tr("Starting the demo target…"));
        m_demo.start(executable);
    } else {
        startCollecting();
        m_window->setStatusMessage(tr("Workspace %1 opened").arg(m_workspace.paths().directory()));
        QTimer::singleShot(0, this, [this] { emit settled(true); });
    }
    return true;
}

void DashboardSession::startCollecting()
{
    const WorkspaceConfig& config = m_workspace.config();
    configureCollectors(config);
    m_collector.start();
    m_postgres.start();
    m_redis.start();
    m_prometheus.start();
    watchConfigFile();
    qCInfo(lcApp) << "collecting" << config.targets.size() << "targets," << config.probes.size() << "probes,"
                  << config.jsonEndpoints.size() << "JSON endpoints," << config.postgres.size()
                  << "PostgreSQL and" << config.redis.size() << "Redis sources";
}

void DashboardSession::watchConfigFile()
{
    // Editors and QSaveFile replace the file, which drops the watch; take it up again.
    const QString path = m_workspace.paths().configFile();
    if (QFileInfo::exists(path) && !m_configWatcher.files().contains(path))
        m_configWatcher.addPath(path);
}

void DashboardSession::configureCollectors(const WorkspaceConfig& config)
{
    QStringList databases;
    for (const PostgresSource& source : config.postgres)
        databases.append(source.name);
    m_window->databasePage()->setSources(databases);
    QStringList caches;
    for (const RedisSource& source : config.redis)
        caches.append(source.name);
    m_window->cachePage()->setSources(caches);
    m_collector.configure(config.targets, config.probes, config.jsonEndpoints);
    m_postgres.configure(config.postgres);
    m_redis.configure(config.redis);
    m_prometheus.configure(config.prometheusServers);
}

void DashboardSession::startOverview()
{
    m_reads = std::make_unique<store::ReadJobRunner>(m_workspace.paths().dataFile());
    m_alerts = std::make_unique<AlertSession>(&m_store, m_reads.get(), m_window);
    applyAlerting(m_workspace.config());
    m_alerts->start();
    m_load = std::make_unique<LoadSession>(&m_store, m_reads.get(), m_window->loadRunsPage());
    m_load->refreshHistory();
    m_reports = std::make_unique<ReportsSession>(&m_store, m_reads.get(), m_window->reportsPage());
    if (!m_workspace.config().targets.isEmpty())
        m_reports->setDefaultTarget(
            m_workspace.config().targets.first().url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    m_reports->setPlanWatch(m_workspace.config().postgres, m_workspace.config().redis,
                            m_workspace.config().alertRules);
    m_reports->refreshList();
    connect(m_load.get(), &LoadSession::runStored, m_reports.get(), &ReportsSession::refreshList);
    connect(m_window, &MainWindow::pageChanged, m_reports.get(), [this](const QString& id) {
        if (id == QLatin1String("reports"))
            m_reports->refreshList(); // results another perfdash (the command line) saved meanwhile
    });
    connect(m_window->timeRange(), &TimeRangeBar::rangeChanged, this, [this] {
        // Paused or zoomed, the charts are drawn once for their fixed window; live, on the timer too.
        refreshOverview();
        if (m_window->timeRange()->isLive())
            m_overviewTimer.start();
        else
            m_overviewTimer.stop();
    });
    connect(m_window->timeRange(), &TimeRangeBar::refreshIntervalChanged, this,
            [this](int ms) { m_overviewTimer.setInterval(ms); });
    connect(m_window->endpointsPage(), &EndpointsPage::selectionChanged, this,
            &DashboardSession::refreshEndpointChart);
    connect(m_window->databasePage(), &SourcePage::sourcePicked, this,
            &DashboardSession::refreshSourceCharts);
    connect(m_window->cachePage(), &SourcePage::sourcePicked, this, &DashboardSession::refreshSourceCharts);
    connect(m_window, &MainWindow::pageChanged, this, &DashboardSession::refreshOverview);
    refreshOverview();
    m_overviewTimer.start();
}

bool DashboardSession::isShown(const QString& pageId) const
{
    // A minimised window or a page in the background needs no redraw; it is brought up to date
    // when it is shown again.
    return m_window->currentPageId() == pageId && !m_window->isMinimized();
}

void DashboardSession::reportReadError(const QString& error)
{
    m_window->setStatusMessage(tr("The charts cannot read the data file: %1").arg(error));
}

void DashboardSession::refreshOverview()
{
    if (!m_reads)
        return;
    refreshOverviewCharts();
    refreshEndpoints();
    refreshEndpointChart();
    refreshSourceCharts();
}

void DashboardSession::refreshOverviewCharts()
{
    if (!isShown(QStringLiteral("overview")))
        return;
    const auto [start, end] = m_window->timeRange()->window(QDateTime::currentMSecsSinceEpoch());
    auto overview = std::make_shared<panels::OverviewData>();
    m_reads->submit(
        QStringLiteral("overview"),
        [overview, start, end](store::StoreReader& reader) {
            *overview = panels::computeOverview(reader, end, end - start);
        },
        [this, overview](const QString& error) {
            if (!error.isEmpty())
                return reportReadError(error);
            QList<ChartCardData> cards = overviewCards(*overview);
            for (qsizetype i = 0; i < cards.size() && i < qsizetype(overview->panels.size()); ++i)
                cards[i].markers = m_alerts->markersFor(overview->panels[std::size_t(i)].id);
            m_window->overviewPage()->setPanels(cards);
            emit overviewUpdated();
        });
}

void DashboardSession::refreshEndpoints()
{
    if (!isShown(QStringLiteral("endpoints")))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 endpointWindowMs = 5 * 60'000;
    auto endpoints = std::make_shared<std::vector<panels::EndpointFigures>>();
    m_reads->submit(
        QStringLiteral("endpoints"),
        [endpoints, now](store::StoreReader& reader) {
            *endpoints = panels::computeEndpoints(reader, now, endpointWindowMs);
        },
        [this, endpoints](const QString& error) {
            if (!error.isEmpty())
                return reportReadError(error);
            m_window->endpointsPage()->setEndpoints(*endpoints, endpointWindowMs);
            emit endpointsUpdated();
        });
}

void DashboardSession::refreshSourceCharts()
{
    if (!m_reads)
        return;
    const auto [start, end] = m_window->timeRange()->window(QDateTime::currentMSecsSinceEpoch());
    using Compute =
        panels::OverviewData (*)(store::StoreReader&, const std::string&, std::int64_t, std::int64_t);
    const std::tuple<QString, SourcePage*, Compute> pages[] = {
        {QStringLiteral("database"), m_window->databasePage(), &panels::databasePanels},
        {QStringLiteral("cache"), m_window->cachePage(), &panels::cachePanels}};
    for (const auto& [pageId, page, compute] : pages) {
        const std::string source = page->pickedSource().toStdString();
        if (source.empty() || !isShown(pageId))
            continue;
        auto charts = std::make_shared<panels::OverviewData>();
        m_reads->submit(
            pageId + QStringLiteral(" charts"),
            [charts, compute, source, start, end](store::StoreReader& reader) {
                *charts = compute(reader, source, end, end - start);
            },
            [page, charts, source](const QString& error) {
                // A result for a source no longer picked is dropped; the new pick has its own job.
                if (error.isEmpty() && page->pickedSource().toStdString() == source)
                    page->setCharts(overviewCards(*charts));
            });
    }
}

void DashboardSession::refreshEndpointChart()
{
    const auto [job, path] = m_window->endpointsPage()->selected();
    if (!m_reads || path.empty() || !isShown(QStringLiteral("endpoints")))
        return;
    const auto [start, end] = m_window->timeRange()->window(QDateTime::currentMSecsSinceEpoch());
    auto panel = std::make_shared<panels::PanelData>();
    m_reads->submit(
        QStringLiteral("endpoint chart"),
        [panel, job, path, start, end](store::StoreReader& reader) {
            *panel = panels::endpointLatency(reader, job, path, end, end - start);
        },
        [this, panel, start, end](const QString& error) {
            if (!error.isEmpty())
                return;
            m_window->endpointsPage()->setChart(chartCard(*panel, start, end));
        });
}

void DashboardSession::openStore()
{
    store::StoreOptions options;
    m_openedStorage = m_workspace.config().storage;
    const StorageSettings& storage = m_openedStorage;
    options.retentionMs = std::int64_t(storage.retentionDays) * 24 * 3600 * 1000;
    options.maxFileBytes = std::int64_t(storage.maxFileMiB) * 1024 * 1024;
    QString error;
    if (!m_store.open(m_workspace.paths().dataFile(), options, &error)) {
        qCWarning(lcApp).noquote() << error;
        m_window->overviewPage()->setStoreState(false,
                                                tr("%1 — collected data is shown but not kept").arg(error));
        return;
    }
    onStoreCommitted(0);
}

QString DashboardSession::retentionText() const
{
    const StorageSettings& storage = m_openedStorage;
    QString text = storage.retentionDays > 0 ? tr("keeps %n day(s)", nullptr, storage.retentionDays)
                                             : tr("keeps everything");
    if (storage.maxFileMiB > 0)
        text += tr(", at most %1 MiB").arg(storage.maxFileMiB);
    return text;
}

void DashboardSession::onStoreCommitted(quint64 acknowledged)
{
    if (!m_store.lastError().isEmpty())
        return;
    m_window->overviewPage()->setStoreState(
        true,
        tr("%1 samples written this session, %2").arg(QLocale().toString(acknowledged), retentionText()));
}

void DashboardSession::onStoreWriteState(const QString& error)
{
    if (error.isEmpty()) {
        m_window->setStatusMessage(tr("The data file is writable again; held samples are being written"));
        onStoreCommitted(m_store.acknowledged());
        return;
    }
    const QString message = tr("%1 — collection goes on, %2 samples held in memory (oldest dropped past %3)")
                                .arg(error)
                                .arg(m_store.queued())
                                .arg(QLocale().toString(qulonglong(store::StoreOptions().maxBacklogSamples)));
    qCWarning(lcApp).noquote() << message;
    m_window->setStatusMessage(message);
    m_window->overviewPage()->setStoreState(false, message);
}

void DashboardSession::reloadConfiguration()
{
    const QString path = m_workspace.paths().configFile();
    watchConfigFile();
    QFile file(path);
    WorkspaceConfig config;
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("cannot read: %1").arg(file.errorString());
    else if (WorkspaceConfig::fromJson(file.readAll(), &config, &error) && config == m_workspace.config())
        return; // our own save, or an edit that changes nothing
    if (!error.isEmpty()) {
        const QString message = tr("%1: %2 — still running the previous configuration").arg(path, error);
        qCWarning(lcApp).noquote() << message;
        m_window->setStatusMessage(message);
        m_window->settingsPage()->configFileRefused(message);
        emit configurationApplied(false, message);
        return;
    }
    m_workspace.adoptConfig(config);
    showConfiguredRows();
    configureCollectors(config);
    applyAlerting(config);
    m_window->settingsPage()->configChangedOnDisk(config);
    m_window->setStatusMessage(tr("Configuration reloaded from %1").arg(path));
    emit configurationApplied(true, {});
}

void DashboardSession::applySettings(const WorkspaceConfig& config)
{
    SettingsPage* page = m_window->settingsPage();
    QString error;
    if (!m_workspace.saveConfig(config, &error)) {
        const QString message =
            tr("Settings not saved: %1 — still running the previous configuration").arg(error);
        qCWarning(lcApp).noquote() << message;
        m_window->setStatusMessage(message);
        page->applyFailed(error);
        emit configurationApplied(false, message);
        return;
    }
    // saveConfig() adopted it; the watcher's reload that follows finds nothing new.
    watchConfigFile();
    showConfiguredRows();
    configureCollectors(config);
    applyAlerting(config);
    page->setConfig(config);
    QString applied =
        tr("Saved to %1 at %2; the collectors run on it.")
            .arg(m_workspace.paths().configFile(), clockTime(QDateTime::currentMSecsSinceEpoch()));
    if (config.storage != m_openedStorage)
        applied +=
            QLatin1Char(' ') + tr("The storage settings take effect when the workspace is next opened.");
    page->applySucceeded(applied);
    m_window->setStatusMessage(tr("Settings saved to %1").arg(m_workspace.paths().configFile()));
    emit configurationApplied(true, {});
}

void DashboardSession::showConfiguredRows()
{
    QList<TargetStatus> rows;
    const auto existing = m_window->overviewPage()->targetModel()->targets();
    auto keep = [&](TargetStatus row) {
        // A row that is still configured keeps what we last heard of it.
        for (const TargetStatus& old : existing) {
            if (old.sameRow(row) && old.url == row.url)
                return old;
        }
        return row;
    };
    for (const TargetStatus& old : existing) {
        if (old.kind == QLatin1String("process"))
            rows.append(old);
    }
    const WorkspaceConfig& config = m_workspace.config();
    const auto waiting = TargetStatus::State::Starting;
    for (const ScrapeTarget& t : config.targets)
        rows.append(
            keep({QStringLiteral("metrics"), t.name, t.url, waiting, tr("waiting for the first scrape")}));
    for (const HealthProbe& p : config.probes)
        rows.append(
            keep({QStringLiteral("health"), p.name, p.url, waiting, tr("waiting for the first check")}));
    for (const JsonEndpoint& e : config.jsonEndpoints)
        rows.append(keep({QStringLiteral("json"), e.name, e.url, waiting, tr("waiting for the first poll")}));
    for (const PostgresSource& p : config.postgres)
        rows.append(keep(
            {QStringLiteral("postgres"), p.name, shownUrl(p), waiting, tr("waiting for the first poll")}));
    for (const RedisSource& r : config.redis)
        rows.append(
            keep({QStringLiteral("redis"), r.name, shownUrl(r), waiting, tr("waiting for the first poll")}));
    for (const PrometheusServer& p : config.prometheusServers)
        rows.append(
            keep({QStringLiteral("prometheus"), p.name, p.url, waiting, tr("waiting for the first poll")}));
    m_window->overviewPage()->targetModel()->setTargets(rows);
}

void DashboardSession::upsert(const TargetStatus& status)
{
    TargetTableModel* model = m_window->overviewPage()->targetModel();
    model->upsert(status);
    if (m_everythingReported)
        return;
    const auto& rows = model->targets();
    if (std::none_of(rows.begin(), rows.end(),
                     [](const TargetStatus& row) { return row.state == TargetStatus::State::Starting; })) {
        m_everythingReported = true;
        emit everythingReported();
    }
}

void DashboardSession::onDemoReady(const QUrl& url)
{
    // The port changes at each start; the demo workspace follows it.
    WorkspaceConfig config = WorkspaceConfig::demoWorkspace(url);
    config.name = m_workspace.config().name;
    // Sources the user added to the demo workspace stay.
    config.postgres = m_workspace.config().postgres;
    config.redis = m_workspace.config().redis;
    config.prometheusServers = m_workspace.config().prometheusServers;
    config.storage = m_workspace.config().storage;
    config.alertRules = m_workspace.config().alertRules;
    config.alerting = m_workspace.config().alerting;
    QString error;
    if (!m_workspace.saveConfig(config, &error))
        qCWarning(lcApp).noquote() << error;
    SettingsPage* page = m_window->settingsPage();
    if (page->hasUnsavedChanges())
        page->configChangedOnDisk(m_workspace.config());
    else
        page->setConfig(m_workspace.config());
    m_load->setDefaultTarget(url); // presets run against the demo target out of the box
    m_reports->setDefaultTarget(url);
    upsert({QStringLiteral("process"), demoProcessName, url, TargetStatus::State::Up,
            tr("embedded demo server, process %1").arg(m_demo.processId())});
    showConfiguredRows();
    startCollecting();
    m_window->setStatusMessage(tr("Demo target running at %1").arg(url.toString()));
    emit settled(true);
}

void DashboardSession::onDemoFailed(const QString& message)
{
    upsert(
        {QStringLiteral("process"), demoProcessName, m_demo.baseUrl(), TargetStatus::State::Down, message});
    m_window->setStatusMessage(message);
    emit settled(false);
}

void DashboardSession::onScraped(const ScrapeResult& result)
{
    const QUrl url = shownUrlOf(m_workspace.config().targets, result.target);
    if (result.up)
        upsert({QStringLiteral("metrics"), result.target, url, TargetStatus::State::Up,
                tr("%1 samples in %2 ms at %3")
                    .arg(result.samplesScraped())
                    .arg(qRound(result.durationSeconds * 1000))
                    .arg(clockTime(result.timestampMs))});
    else
        upsert({QStringLiteral("metrics"), result.target, url, TargetStatus::State::Down,
                tr("%1 (at %2)").arg(result.error, clockTime(result.timestampMs))});
}

void DashboardSession::onProbed(const ProbeResult& result)
{
    const QUrl url = shownUrlOf(m_workspace.config().probes, result.probe);
    m_recorder.record(result);
    const QString detail = result.success ? tr("healthy, %1 ms at %2")
                                                .arg(qRound(result.latencySeconds * 1000))
                                                .arg(clockTime(result.timestampMs))
                                          : tr("%1 (%2 failures in a row, at %3)")
                                                .arg(result.error)
                                                .arg(result.consecutiveFailures)
                                                .arg(clockTime(result.timestampMs));
    upsert({QStringLiteral("health"), result.probe, url,
            result.up ? TargetStatus::State::Up : TargetStatus::State::Down, detail});
}

void DashboardSession::onJsonPolled(const JsonPollResult& result)
{
    const QUrl url = shownUrlOf(m_workspace.config().jsonEndpoints, result.endpoint);
    m_recorder.record(result);
    upsert({QStringLiteral("json"), result.endpoint, url,
            result.ok ? TargetStatus::State::Up : TargetStatus::State::Down,
            result.ok ? tr("%1 series at %2").arg(result.samples.size()).arg(clockTime(result.timestampMs))
                      : tr("%1 (at %2)").arg(result.error, clockTime(result.timestampMs))});
}

void DashboardSession::onPostgresPolled(const PostgresPollResult& result)
{
    m_recorder.record(result);
    m_window->databasePage()->setResult(result);
    const QUrl url = shownUrlOf(m_workspace.config().postgres, result.source);
    if (!result.ok) {
        upsert({QStringLiteral("postgres"), result.source, url, TargetStatus::State::Down,
                tr("%1 (at %2; retry in %3 s)")
                    .arg(result.error, clockTime(result.timestampMs))
                    .arg(qMax(1, result.retryInMs / 1000))});
        return;
    }
    const double usage = result.value(QStringLiteral("pg_connection_usage_ratio"));
    upsert({QStringLiteral("postgres"), result.source, url, TargetStatus::State::Up,
            tr("PostgreSQL %1, connections %2 % of max, %3 waiting on locks, at %4")
                .arg(result.serverVersion.section(QLatin1Char(' '), 0, 0))
                .arg(usage >= 0 ? QString::number(usage * 100, 'f', 0) : QStringLiteral("?"))
                .arg(result.lockWaits.size())
                .arg(clockTime(result.timestampMs))});
}

void DashboardSession::onRedisPolled(const RedisPollResult& result)
{
    m_recorder.record(result);
    m_window->cachePage()->setResult(result);
    const QUrl url = shownUrlOf(m_workspace.config().redis, result.source);
    if (!result.ok) {
        upsert({QStringLiteral("redis"), result.source, url, TargetStatus::State::Down,
                tr("%1 (at %2; retry in %3 s)")
                    .arg(result.error, clockTime(result.timestampMs))
                    .arg(qMax(1, result.nextPollInMs / 1000))});
        return;
    }
    upsert({QStringLiteral("redis"), result.source, url, TargetStatus::State::Up,
            tr("%1 series in %2 ms at %3")
                .arg(result.samples.size())
                .arg(qRound(result.durationSeconds * 1000))
                .arg(clockTime(result.timestampMs))});
}

void DashboardSession::onPrometheusPolled(const PrometheusPollResult& result)
{
    m_prometheusRecorder.record(result);
    const QUrl url = shownUrlOf(m_workspace.config().prometheusServers, result.server);
    // The server's own messages, verbatim: bad PromQL, timeouts, refused credentials.
    if (!result.ok()) {
        upsert(
            {QStringLiteral("prometheus"), result.server, url, TargetStatus::State::Down,
             tr("%1 (at %2)").arg(result.errors.join(QStringLiteral("; ")), clockTime(result.timestampMs))});
        return;
    }
    QString detail =
        tr("%n series at %1", nullptr, int(result.series.size())).arg(clockTime(result.timestampMs));
    if (!result.warnings.isEmpty())
        detail += tr("; partial answer: %1").arg(result.warnings.join(QStringLiteral("; ")));
    upsert({QStringLiteral("prometheus"), result.server, url, TargetStatus::State::Up, detail});
}
