#pragma once

#include "chartcard.h"
#include "loadengine.h"
#include "loadlaunchrequest.h"
#include "loadrunrecorder.h"
#include "loadrunreport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class LoadRunsPage;
namespace store {
class ReadJobRunner;
class TimeSeriesStore;
} // namespace store

// Load runs as the window shows them: the launcher's request compiled into a plan for the engine,
// each merged second drawn live and handed to the recorder (written on its own thread), the
// acceptance steps run off the GUI thread, the run finished in the store with its report; the
// history, the review of a run and the comparison of two read back on the read-job thread.
class LoadSession : public QObject
{
    Q_OBJECT
public:
    LoadSession(store::TimeSeriesStore* store, store::ReadJobRunner* reads, LoadRunsPage* page,
                QObject* parent = nullptr);
    ~LoadSession() override;

    // The target the launcher offers (the demo target in the demo workspace).
    void setDefaultTarget(const QUrl& url);
    void refreshHistory();
    bool isRunning() const { return m_running; }
    // The run going (or the last one): what the live view shows.
    const load::LoadResult& liveResult() const { return m_live; }

signals:
    void runStarted();
    void secondShown(qint64 second);
    void runStored(qint64 runId); // finished and written
    void runRefused(const QString& error);
    void historyShown(int runs);
    void reviewShown(qint64 runId);
    void compareShown(qint64 runA, qint64 runB);

private:
    void start(const LoadLaunchRequest& request);
    bool prepare(const LoadLaunchRequest& request, load::Scenario* scenario, QString* name,
                 QString* error) const;
    void onSecond(const load::LoadSecond& second);
    void onLoadFinished(const load::LoadResult& result);
    void runAcceptanceSteps();
    void finishRun();
    void showLive();
    void refreshCollectors();
    void review(qint64 runId);
    void compare(qint64 runA, qint64 runB);
    qint64 liveStartMs() const;

    store::TimeSeriesStore* m_store;
    store::ReadJobRunner* m_reads;
    QPointer<LoadRunsPage> m_page;
    load::LoadEngine m_engine;
    load::LoadRunRecorder m_recorder;
    QUrl m_defaultTarget;
    bool m_running = false;
    load::LoadRunReport m_report;
    load::LoadResult m_live;
    QStringList m_endpoints;
    qint64 m_startedMs = 0;
    qint64 m_plannedMs = 0;
    qint64 m_maxRequests = 0;
    QList<ChartCardData> m_collectorCards;
    QList<ChartMarker> m_markers;
};
