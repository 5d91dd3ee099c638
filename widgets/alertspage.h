#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class TextTableModel;

// One alert instance as the Alerts page lists it (made by the app from the alert engine).
struct AlertRow
{
    QString key; // rule and labels: stable across evaluations
    QString rule;
    QString labels; // "job=erp queue=import"
    QString state;  // "pending", "firing", "no data"
    QString severity;
    qint64 sinceMs = 0;
    QString value;
    QString summary;
};

// One rule as the Rules list shows it, with the state of its instances.
struct AlertRuleRow
{
    QString name;
    QString state; // the most urgent of its instances: "firing", "pending", "nodata", or "ok"
    QString severity;
    QString expression; // PromQL
    QString forText;    // "1m"
    int firing = 0;
    int pending = 0;
};

// One transition of the history.
struct AlertHistoryRow
{
    qint64 timeMs = 0;
    QString rule;
    QString labels;
    QString from;
    QString to;
    QString value;
    QString summary;
};

// Active alerts (pending, firing, no data) with acknowledge and silence, every rule with its state
// and PromQL, and the history of transitions, newest first: one tab each. The page keeps who is acknowledged
// or silenced until when; the app asks it before notifying.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget* parent = nullptr);
    ~AlertsPage() override;

    void setActive(const QList<AlertRow>& rows);
    void setHistory(const QList<AlertHistoryRow>& rows);
    void setRulesSummary(const QString& text);
    void setRules(const QList<AlertRuleRow>& rows);

    // Silenced instances are not notified (tray, webhook) until the time passes; acknowledged
    // ones are marked as seen until they resolve.
    bool isSilenced(const QString& key, qint64 nowMs) const;
    bool isAcknowledged(const QString& key) const { return m_acknowledged.contains(key); }
    void acknowledge(const QString& key);
    void silence(const QString& key, qint64 untilMs);
    void unsilence(const QString& key);

    TextTableModel* activeModel() const { return m_active; }
    TextTableModel* historyModel() const { return m_history; }
    TextTableModel* rulesModel() const { return m_ruleList; }
    QTableView* activeView() const { return m_activeView; }

private:
    QString selectedKey() const;
    void showActive();

    TextTableModel* m_active = nullptr;
    TextTableModel* m_history = nullptr;
    TextTableModel* m_ruleList = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_activeView = nullptr;
    QLabel* m_rules = nullptr;
    QList<AlertRow> m_rows;
    QSet<QString> m_acknowledged;
    QHash<QString, qint64> m_silencedUntil;
};
