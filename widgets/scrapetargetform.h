#pragma once

#include "scrapetarget.h"
#include "settingsform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class SecretSourceEdit;

// Every field of a Prometheus /metrics target.
class ScrapeTargetForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit ScrapeTargetForm(QWidget* parent = nullptr);
    ~ScrapeTargetForm() override;

    void setValue(const ScrapeTarget& target);
    ScrapeTarget value() const;

private:
    void authChanged();

    ScrapeTarget m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_maxBody = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_insecure = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_username = nullptr;
    SecretSourceEdit* m_secret = nullptr;
};
