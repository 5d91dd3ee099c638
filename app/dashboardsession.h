#pragma once

#include "collectorservice.h"
#include "commandline.h"
#include "demotargetlauncher.h"
#include "postgrescollector.h"
#include "prometheuscollector.h"
#include "prometheusrecorder.h"
#include "readjobrunner.h"
#include "rediscollector.h"
#include "samplerecorder.h"
#include "timeseriesstore.h"
#include "workspace.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class AlertSession;
class LoadSession;
class ReportsSession;
class MainWindow;
struct TargetStatus;

// Wires one open workspace to the main window: opens its files, starts the demo target for
// the demo workspace, runs the collectors on what the workspace lists, and keeps the
// overview's table honest about all of it. Everything collected is written to the
// workspace's time-series store; a store that cannot write says why and collection goes on. An edited
// workspace.json is picked up while running; a broken edit is reported and the last good configuration keeps
// running. The Settings page's Apply is saved to workspace.json and taken up the same way.
class DashboardSession : public QObject
{
    Q_OBJECT
public:
    DashboardSession(const CommandLineOptions& options, MainWindow* window, QObject* parent = nullptr);
    ~DashboardSession() override;

    // Opens the workspace; false with a message when its files cannot be used.
    bool open(QString* errorMessage);
    const Workspace& workspace() const { return m_workspace; }
    const store::TimeSeriesStore& store() const { return m_store; }
    // Blocks until what was collected so far is committed (tests, shutdown).
    bool flushStore() { return m_store.flush(); }
    // How often the Overview's charts are recomputed while live (default: the refresh picker's 5 s).
    void setOverviewInterval(int ms) { m_overviewTimer.setInterval(ms); }
    AlertSession* alertSession() const { return m_alerts.get(); }
    LoadSession* loadSession() const { return m_load.get(); }
    ReportsSession* reportsSession() const { return m_reports.get(); }
    // Whether the charts follow the clock (the Overview's Live toggle).
    bool isOverviewLive() const { return m_overviewTimer.isActive(); }

signals:
    // Start-up is over: the demo target runs (or failed), the collectors have started.
    void settled(bool ok);
    // Every target, probe and endpoint has reported once (emitted once per session).
    void everythingReported();
    // The collectors run on a new configuration, or refused a broken one (message says why).
    void configurationApplied(bool ok, const QString& message);
    // The Overview's chart cards were redrawn from the store.
    void overviewUpdated();
    // The Endpoints table was refreshed from the store.
    void endpointsUpdated();

private:
    void onDemoReady(const QUrl& url);
    void onDemoFailed(const QString& message);
    void startCollecting();
    void reloadConfiguration();
    void applySettings(const WorkspaceConfig& config);
    void watchConfigFile();
    void showConfiguredRows();
    void upsert(const TargetStatus& status);
    void onScraped(const ScrapeResult& result);
    void onProbed(const ProbeResult& result);
    void onJsonPolled(const JsonPollResult& result);
    void onPostgresPolled(const PostgresPollResult& result);
    void onRedisPolled(const RedisPollResult& result);
    void onPrometheusPolled(const PrometheusPollResult& result);
    void openStore();
    void onStoreWriteState(const QString& error);
    void onStoreCommitted(quint64 acknowledged);
    QString retentionText() const;
    void configureCollectors(const WorkspaceConfig& config);
    void applyAlerting(const WorkspaceConfig& config); // the rules and the webhook of the config
    void startOverview();
    // Redraws what the shown page charts (Overview, Endpoints, Database or Cache & Queues).
    void refreshOverview();
    void refreshOverviewCharts();
    void refreshEndpoints();
    bool isShown(const QString& pageId) const;
    void reportReadError(const QString& error);
    void refreshEndpointChart();
    void refreshSourceCharts();

    CommandLineOptions m_options;
    QPointer<MainWindow> m_window;
    Workspace m_workspace;
    DemoTargetLauncher m_demo;
    store::TimeSeriesStore m_store;
    ingest::SampleRecorder m_recorder{m_store};
    CollectorService m_collector;
    PostgresCollector m_postgres;
    RedisCollector m_redis;
    PrometheusCollector m_prometheus; // Prometheus server sources, cached in the store
    ingest::PrometheusRecorder m_prometheusRecorder{m_store};
    std::unique_ptr<store::ReadJobRunner> m_reads; // the charts' and tables' queries, off the GUI thread
    std::unique_ptr<AlertSession> m_alerts;        // the rules, evaluated on m_reads' thread
    std::unique_ptr<LoadSession> m_load;           // load runs; reads on m_reads' thread
    std::unique_ptr<ReportsSession> m_reports;     // the Reports page; reads on m_reads' thread
    QTimer m_overviewTimer;
    QFileSystemWatcher m_configWatcher;
    StorageSettings m_openedStorage; // what the store enforces: storage settings apply when it opens
    bool m_everythingReported = false;
};
