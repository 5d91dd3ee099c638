#pragma once

#include "alertscheduler.h"
#include "chartview.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

class MainWindow;
class QSystemTrayIcon;
namespace store {
class ReadJobRunner;
class TimeSeriesStore;
} // namespace store

// The alert engine as the window shows it: the rules evaluated on the read-job thread every few
// seconds, the Alerts page's active list and history kept from their transitions, a notification
// (tray, status line) on firing and on resolve unless silenced, and markers for the charts.
class AlertSession : public QObject
{
    Q_OBJECT
public:
    AlertSession(store::TimeSeriesStore* store, store::ReadJobRunner* runner, MainWindow* window,
                 const QList<alerts::AlertRule>& rules, int intervalMs, QObject* parent = nullptr);
    ~AlertSession() override;

    void start();
    // The markers of the Overview card with this panel id (firing and resolved transitions).
    QList<ChartMarker> markersFor(const QString& panelId) const;

signals:
    void transitionsShown(int count);

private:
    void onTransitions(const std::vector<alerts::AlertTransition>& transitions);
    void notify(const alerts::AlertTransition& transition, const QString& key);

    MainWindow* m_window;
    QList<alerts::AlertRule> m_rules;
    std::unique_ptr<alerts::AlertScheduler> m_scheduler;
    QSystemTrayIcon* m_tray = nullptr;
    struct Active
    {
        alerts::AlertTransition last;
        qint64 sinceMs = 0;
    };
    QHash<QString, Active> m_active;                  // by rule and labels
    QList<alerts::AlertTransition> m_history;         // newest first, bounded
    QList<std::pair<QString, ChartMarker>> m_markers; // (panel id, marker), bounded
};
