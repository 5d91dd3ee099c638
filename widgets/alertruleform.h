#pragma once

#include "alertrule.h"
#include "settingsform.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// One alert rule: what it watches (its kind and the fields that kind takes), the condition, how
// long it must hold, and what the alert says. Only the fields of the chosen kind are shown; the line
// at the top says in PromQL-ish words what the rule evaluates.
class AlertRuleForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit AlertRuleForm(QWidget* parent = nullptr);
    ~AlertRuleForm() override;

    void setValue(const alerts::AlertRule& rule);
    alerts::AlertRule value() const;

    // "P95 of http_request_duration_seconds by job > 0.5 for 1m"
    static QString conditionText(const alerts::AlertRule& rule);
    // The readable name of a kind, as the kind list shows it.
    static QString kindTitle(alerts::RuleKind kind);

protected:
    QString reworded(const QString& problem) const override;

private:
    QLineEdit* addDurationEdit(const QString& key, const QString& label, const QString& help);
    void kindChanged();
    void edited();

    alerts::AlertRule m_value;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_kindHelp = nullptr;
    QLineEdit* m_metric = nullptr;
    QLabel* m_metricHelp = nullptr;
    QDoubleSpinBox* m_quantile = nullptr;
    QLineEdit* m_matchers = nullptr;
    QLineEdit* m_by = nullptr;
    QLineEdit* m_range = nullptr;
    QComboBox* m_comparison = nullptr;
    QLineEdit* m_threshold = nullptr;
    QLabel* m_thresholdHelp = nullptr;
    QLineEdit* m_for = nullptr;
    QLineEdit* m_keepFiringFor = nullptr;
    QLineEdit* m_noDataAfter = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_labels = nullptr;
    QPlainTextEdit* m_annotations = nullptr;
    QLabel* m_preview = nullptr;
};
