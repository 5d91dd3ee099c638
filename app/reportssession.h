#pragma once

#include "planresult.h"
#include "planrunner.h"
#include "reportfiles.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QThread;
class ReportsPage;
namespace store {
class ReadJobRunner;
class TimeSeriesStore;
} // namespace store

// The Reports page's work, none of it on the GUI thread: the list of stored load runs and
// acceptance results (read-job thread), the selected one read, built into a report and painted
// into page images, exports written, and acceptance plans run with PlanRunner (worker threads).
// A plan's result is saved in the store and selected. A stale preview is dropped by its job id.
class ReportsSession : public QObject
{
    Q_OBJECT
public:
    ReportsSession(store::TimeSeriesStore* store, store::ReadJobRunner* reads, ReportsPage* page,
                   QObject* parent = nullptr);
    ~ReportsSession() override; // cancels a plan running and waits for every worker

    // The base URL plans run against: the workspace's first target (the demo target in the demo).
    void setDefaultTarget(const QUrl& url);
    QUrl defaultTarget() const { return m_defaultTarget; }
    // What a plan run polls and evaluates besides the target: the workspace's PostgreSQL and Redis
    // sources and its alert rules, as `perfdash acceptance --workspace` does.
    void setPlanWatch(const QList<PostgresSource>& postgres, const QList<RedisSource>& redis,
                      const QList<alerts::AlertRule>& rules);
    void refreshList();
    bool isRunningPlan() const { return m_planRunning; }
    // Pixels per inch of the preview's page images (before fitting them to the width).
    static constexpr double previewDpi = 110;

signals:
    void listShown(int entries);
    void previewShown(const QString& key, int pages);
    void previewFailed(const QString& key, const QString& error);
    void exported(const QString& fileName, bool ok);
    void planFinished(qint64 resultId, bool passed); // resultId 0: the result could not be saved

private:
    struct Preview;
    void preview(const QString& key);
    void render(const QString& key, std::shared_ptr<const report::PlanResult> cached);
    void showPreview(const Preview& preview);
    void exportReport(report::ReportFormat format, const QString& fileName);
    void runPlan(const QString& planFile, qint64 durationMs, int users);
    void planDone(const report::PlanResult& result, qint64 resultId, const QString& saveError);
    // Runs `work` on a thread of its own, then `done` here (dropped once this session is gone).
    void offThread(std::function<void()> work, std::function<void()> done);

    store::TimeSeriesStore* m_store;
    store::ReadJobRunner* m_reads;
    QPointer<ReportsPage> m_page;
    QUrl m_defaultTarget;
    report::PlanRunner::Options m_watch; // its postgres, redis and alertRules only
    QString m_currentKey;
    std::shared_ptr<const report::PlanResult> m_current; // the result the preview shows
    quint64 m_previewJob = 0;
    bool m_planRunning = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QList<QPointer<QThread>> m_threads;
};
