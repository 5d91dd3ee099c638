#include "alertsession.h"

#include "alertspage.h"
#include "mainwindow.h"
#include "ruleexpression.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace {
constexpr qsizetype historyKept = 500;
constexpr qsizetype markersKept = 2000;

QString keyOf(const alerts::AlertTransition& t)
{
    return t.rule + QString::fromStdString(t.labels.toString());
}

QString valueText(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'g', 4) : QStringLiteral("—");
}

// The Overview card a rule's figure is drawn on.
QString panelOf(alerts::RuleKind kind)
{
    switch (kind) {
    case alerts::RuleKind::LatencyQuantile:
        return QStringLiteral("latency");
    case alerts::RuleKind::ErrorRatio:
        return QStringLiteral("errors");
    case alerts::RuleKind::QueueLength:
        return QStringLiteral("queues");
    case alerts::RuleKind::PoolUsage:
        return QStringLiteral("pools");
    case alerts::RuleKind::RedisHitRate:
        return QStringLiteral("cache");
    case alerts::RuleKind::ProbeDown:
        return QStringLiteral("health");
    case alerts::RuleKind::TaskDuration:
    case alerts::RuleKind::Gauge:
        break;
    }
    return {};
}
} // namespace

AlertSession::AlertSession(store::TimeSeriesStore* store, store::ReadJobRunner* runner, MainWindow* window,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_window(window)
{
    connect(&m_webhook, &WebhookNotifier::attemptFailed, this,
            [this](const QString& reason, int attempt, bool willRetry) {
                // The first failure and the giving up are said; the retries in between are not news.
                if (attempt == 1 || !willRetry)
                    m_window->setStatusMessage(willRetry ? tr("Alert webhook: %1 — retrying").arg(reason)
                                                         : tr("Alert webhook: %1 — dropped").arg(reason));
            });
    connect(&m_webhook, &WebhookNotifier::delivered, this, [this](int, int attempts) {
        if (attempts > 1)
            m_window->setStatusMessage(tr("Alert webhook delivered after %n attempt(s)", nullptr, attempts));
    });
    connect(&m_webhook, &WebhookNotifier::dropped, this, [this](const QString& reason) {
        m_window->setStatusMessage(tr("Alert webhook: %1").arg(reason));
    });
    showRulesSummary();
}

AlertSession::~AlertSession() = default;

void AlertSession::setRules(const QList<alerts::AlertRule>& rules, int intervalMs)
{
    if (m_scheduler && rules == m_rules && intervalMs == m_intervalMs)
        return;
    m_rules = rules;
    m_intervalMs = intervalMs;
    m_scheduler = std::make_unique<alerts::AlertScheduler>(m_store, m_runner, rules, intervalMs);
    connect(m_scheduler.get(), &alerts::AlertScheduler::transitionsReady, this, &AlertSession::onTransitions);
    connect(m_scheduler.get(), &alerts::AlertScheduler::evaluationFailed, this, [this](const QString& error) {
        m_window->setStatusMessage(tr("Alert rules could not be evaluated: %1").arg(error));
    });
    // The new schedule restores its instances from the history and reports only what changes
    // afterwards, so the active alerts of rules still there stay listed; those of removed rules go.
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (ruleNamed(it->last.rule))
            ++it;
        else
            it = m_active.erase(it);
    }
    showActive();
    showRulesSummary();
    if (m_started)
        m_scheduler->start();
}

void AlertSession::setWebhook(const WebhookTarget& target)
{
    if (target == m_webhookTarget)
        return;
    m_webhookTarget = target;
    m_webhook.setTarget(target);
}

void AlertSession::start()
{
    m_started = true;
    if (m_scheduler)
        m_scheduler->start();
}

void AlertSession::showRulesSummary()
{
    m_window->alertsPage()->setRulesSummary(
        tr("%n rule(s) evaluated every %1 s.", nullptr, int(m_rules.size()))
            .arg(QLocale().toString(m_intervalMs / 1000.0)));
    showRules();
}

void AlertSession::showActive()
{
    QList<AlertRow> rows;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        const alerts::AlertTransition& t = it->last;
        rows.append({it.key(), t.rule, QString::fromStdString(t.labels.toString()), alerts::stateName(t.to),
                     alerts::severityName(t.severity), it->sinceMs, valueText(t.value), t.summary});
    }
    std::sort(rows.begin(), rows.end(), [](const AlertRow& a, const AlertRow& b) { return a.key < b.key; });
    m_window->alertsPage()->setActive(rows);
}

void AlertSession::showRules()
{
    using alerts::State;
    QList<AlertRuleRow> rows;
    for (const alerts::AlertRule& rule : std::as_const(m_rules)) {
        AlertRuleRow row{rule.name, QStringLiteral("ok"), alerts::severityName(rule.severity),
                         alerts::ruleExpression(rule), alerts::formatPrometheusDuration(rule.forMs)};
        bool noData = false;
        for (const Active& active : std::as_const(m_active)) {
            if (active.last.rule != rule.name)
                continue;
            row.firing += active.last.to == State::Firing;
            row.pending += active.last.to == State::Pending;
            noData = noData || active.last.to == State::NoData;
        }
        // The most urgent of its instances speaks for the rule.
        if (row.firing > 0)
            row.state = alerts::stateName(State::Firing);
        else if (row.pending > 0)
            row.state = alerts::stateName(State::Pending);
        else if (noData)
            row.state = alerts::stateName(State::NoData);
        rows.append(row);
    }
    m_window->alertsPage()->setRules(rows);
}

const alerts::AlertRule* AlertSession::ruleNamed(const QString& name) const
{
    const auto rule = std::find_if(m_rules.begin(), m_rules.end(),
                                   [&](const alerts::AlertRule& r) { return r.name == name; });
    return rule == m_rules.end() ? nullptr : &*rule;
}

QList<ChartMarker> AlertSession::markersFor(const QString& panelId) const
{
    QList<ChartMarker> markers;
    for (const auto& [panel, marker] : m_markers) {
        if (panel == panelId)
            markers.append(marker);
    }
    return markers;
}

void AlertSession::onTransitions(const std::vector<alerts::AlertTransition>& transitions)
{
    using alerts::State;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<WebhookAlert> notifications; // one webhook POST per evaluation, as Alertmanager groups
    for (const alerts::AlertTransition& t : transitions) {
        const QString key = keyOf(t);
        qint64 firingSinceMs = t.timeMs;
        if (const auto it = m_active.constFind(key); it != m_active.cend() && it->last.to == State::Firing)
            firingSinceMs = it->sinceMs;
        if (t.to == State::Pending || t.to == State::Firing || t.to == State::NoData) {
            Active& active = m_active[key];
            if (active.last.to != t.to)
                active.sinceMs = t.timeMs;
            active.last = t;
        } else {
            m_active.remove(key);
        }
        m_history.prepend(t);
        if (t.to == State::Firing || (t.from == State::Firing && t.to == State::Resolved)) {
            const alerts::AlertRule* rule = ruleNamed(t.rule);
            const QString panel = rule ? panelOf(rule->kind) : QString();
            if (!panel.isEmpty())
                m_markers.append({panel, ChartMarker{t.timeMs, t.to == State::Firing, t.summary}});
            if (!m_window->alertsPage()->isSilenced(key, now)) {
                notify(t, key);
                notifications.append(webhookAlert(t, firingSinceMs));
            }
        }
    }
    m_webhook.notify(notifications);
    while (m_history.size() > historyKept)
        m_history.removeLast();
    while (m_markers.size() > markersKept)
        m_markers.removeFirst();

    showActive();
    QList<AlertHistoryRow> history;
    for (const alerts::AlertTransition& t : std::as_const(m_history))
        history.append({t.timeMs, t.rule, QString::fromStdString(t.labels.toString()),
                        alerts::stateName(t.from), alerts::stateName(t.to), valueText(t.value), t.summary});
    m_window->alertsPage()->setHistory(history);
    showRules();
    if (const int firing = firingCount(); firing != m_firingShown) {
        m_firingShown = firing;
        emit firingCountChanged(firing);
    }
    emit transitionsShown(int(transitions.size()));
}

int AlertSession::firingCount() const
{
    return int(std::count_if(m_active.cbegin(), m_active.cend(),
                             [](const Active& active) { return active.last.to == alerts::State::Firing; }));
}

WebhookAlert AlertSession::webhookAlert(const alerts::AlertTransition& t, qint64 startsAtMs) const
{
    WebhookAlert alert;
    alert.firing = t.to == alerts::State::Firing;
    if (const alerts::AlertRule* rule = ruleNamed(t.rule)) {
        alert.labels = rule->labels;
        alert.annotations = rule->annotations;
    }
    for (const auto& [name, value] : t.labels.labels())
        alert.labels.insert(QString::fromStdString(name), QString::fromStdString(value));
    alert.labels.insert(QStringLiteral("alertname"), t.rule);
    alert.labels.insert(QStringLiteral("severity"), alerts::severityName(t.severity));
    if (!t.summary.isEmpty())
        alert.annotations.insert(QStringLiteral("summary"), t.summary);
    alert.startsAtMs = startsAtMs;
    alert.endsAtMs = alert.firing ? 0 : t.timeMs;
    return alert;
}

void AlertSession::notify(const alerts::AlertTransition& transition, const QString& key)
{
    const bool firing = transition.to == alerts::State::Firing;
    const QString title =
        firing ? tr("%1 firing").arg(transition.rule) : tr("%1 resolved").arg(transition.rule);
    m_window->setStatusMessage(QStringLiteral("%1: %2").arg(title, transition.summary));
    if (!m_window->alertsPage()->isAcknowledged(key))
        emit notificationRaised(title, transition.summary, firing,
                                transition.severity == alerts::Severity::Critical);
}
