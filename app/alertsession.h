#pragma once

#include "alertscheduler.h"
#include "chartview.h"
#include "webhooknotifier.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

class MainWindow;
namespace store {
class ReadJobRunner;
class TimeSeriesStore;
} // namespace store

// The alert engine as the window shows it: the rules evaluated on the read-job thread every few
// seconds, the Alerts page's active list and history kept from their transitions, a notification
// (status line, the workspace's webhook, notificationRaised for the tray) on firing and on resolve
// unless silenced, and markers for the charts.
class AlertSession : public QObject
{
    Q_OBJECT
public:
    AlertSession(store::TimeSeriesStore* store, store::ReadJobRunner* runner, MainWindow* window,
                 QObject* parent = nullptr);
    ~AlertSession() override;

    // The rules and their interval; a change starts a new schedule whose first evaluation takes the
    // states up from the stored history, so a rule that stays keeps its pending or firing state.
    void setRules(const QList<alerts::AlertRule>& rules, int intervalMs);
    void setWebhook(const WebhookTarget& target);
    void start();
    // The markers of the Overview card with this panel id (firing and resolved transitions).
    QList<ChartMarker> markersFor(const QString& panelId) const;

    // Alert instances firing now.
    int firingCount() const;

signals:
    void transitionsShown(int count);
    // An alert started firing or resolved and was neither silenced nor acknowledged (the tray).
    void notificationRaised(const QString& title, const QString& message, bool firing, bool critical);
    void firingCountChanged(int count);

private:
    void onTransitions(const std::vector<alerts::AlertTransition>& transitions);
    void notify(const alerts::AlertTransition& transition, const QString& key);
    WebhookAlert webhookAlert(const alerts::AlertTransition& transition, qint64 startsAtMs) const;
    const alerts::AlertRule* ruleNamed(const QString& name) const;
    void showRulesSummary();
    void showRules();
    void showActive();

    store::TimeSeriesStore* m_store;
    store::ReadJobRunner* m_runner;
    MainWindow* m_window;
    QList<alerts::AlertRule> m_rules;
    int m_intervalMs = 5000;
    bool m_started = false;
    std::unique_ptr<alerts::AlertScheduler> m_scheduler;
    WebhookNotifier m_webhook;
    WebhookTarget m_webhookTarget;
    int m_firingShown = 0; // the firingCountChanged last emitted
    struct Active
    {
        alerts::AlertTransition last;
        qint64 sinceMs = 0;
    };
    QHash<QString, Active> m_active;                  // by rule and labels
    QList<alerts::AlertTransition> m_history;         // newest first, bounded
    QList<std::pair<QString, ChartMarker>> m_markers; // (panel id, marker), bounded
};
