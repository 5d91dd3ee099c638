#pragma once

#include "settingsform.h"
#include "workspaceconfig.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class SecretSourceEdit;

// How often the alert rules run and the webhook their notifications are posted to (Alertmanager's
// webhook body); without a URL notifications stay in the window.
class AlertingForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit AlertingForm(QWidget* parent = nullptr);
    ~AlertingForm() override;

    void setValue(const AlertingSettings& alerting);
    AlertingSettings value() const;

private:
    void webhookChanged();

    QSpinBox* m_interval = nullptr;
    QLineEdit* m_url = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_insecure = nullptr;
    QLabel* m_insecureWarning = nullptr;
    QLineEdit* m_receiver = nullptr;
    QLineEdit* m_externalUrl = nullptr;
    SecretSourceEdit* m_token = nullptr;
};
