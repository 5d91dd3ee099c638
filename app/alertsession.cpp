#include "alertsession.h"

#include "alertspage.h"
#include "mainwindow.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>

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
                           const QList<alerts::AlertRule>& rules, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_rules(rules)
    , m_scheduler(std::make_unique<alerts::AlertScheduler>(store, runner, rules, intervalMs))
{
    connect(m_scheduler.get(), &alerts::AlertScheduler::transitionsReady, this, &AlertSession::onTransitions);
    connect(m_scheduler.get(), &alerts::AlertScheduler::evaluationFailed, this, [this](const QString& error) {
        m_window->setStatusMessage(tr("Alert rules could not be evaluated: %1").arg(error));
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/perfdash.svg")), this);
        m_tray->setToolTip(tr("perfdash"));
        m_tray->show();
    }
    m_window->alertsPage()->setRulesSummary(tr("%n rule(s) evaluated every %1 s.", nullptr, int(rules.size()))
                                                .arg(QLocale().toString(intervalMs / 1000.0)));
}

AlertSession::~AlertSession() = default;

void AlertSession::start()
{
    m_scheduler->start();
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
    for (const alerts::AlertTransition& t : transitions) {
        const QString key = keyOf(t);
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
            const auto rule = std::find_if(m_rules.begin(), m_rules.end(),
                                           [&](const alerts::AlertRule& r) { return r.name == t.rule; });
            const QString panel = rule == m_rules.end() ? QString() : panelOf(rule->kind);
            if (!panel.isEmpty())
                m_markers.append({panel, ChartMarker{t.timeMs, t.to == State::Firing, t.summary}});
            if (!m_window->alertsPage()->isSilenced(key, now))
                notify(t, key);
        }
    }
    while (m_history.size() > historyKept)
        m_history.removeLast();
    while (m_markers.size() > markersKept)
        m_markers.removeFirst();

    QList<AlertRow> rows;
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        const alerts::AlertTransition& t = it->last;
        rows.append({it.key(), t.rule, QString::fromStdString(t.labels.toString()), alerts::stateName(t.to),
                     alerts::severityName(t.severity), it->sinceMs, valueText(t.value), t.summary});
    }
    std::sort(rows.begin(), rows.end(), [](const AlertRow& a, const AlertRow& b) { return a.key < b.key; });
    m_window->alertsPage()->setActive(rows);
    QList<AlertHistoryRow> history;
    for (const alerts::AlertTransition& t : std::as_const(m_history))
        history.append({t.timeMs, t.rule, QString::fromStdString(t.labels.toString()),
                        alerts::stateName(t.from), alerts::stateName(t.to), valueText(t.value), t.summary});
    m_window->alertsPage()->setHistory(history);
    emit transitionsShown(int(transitions.size()));
}

void AlertSession::notify(const alerts::AlertTransition& transition, const QString& key)
{
    const bool firing = transition.to == alerts::State::Firing;
    const QString title =
        firing ? tr("%1 firing").arg(transition.rule) : tr("%1 resolved").arg(transition.rule);
    m_window->setStatusMessage(QStringLiteral("%1: %2").arg(title, transition.summary));
    if (m_tray && !m_window->alertsPage()->isAcknowledged(key))
        m_tray->showMessage(title, transition.summary,
                            firing && transition.severity == alerts::Severity::Critical
                                ? QSystemTrayIcon::Critical
                                : QSystemTrayIcon::Information);
}
