#pragma once

#include "healthprobe.h"
#include "settingsform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Every field of a health probe: what to request, what answer counts as healthy, and how many
// failures in a row mark it down.
class HealthProbeForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit HealthProbeForm(QWidget* parent = nullptr);
    ~HealthProbeForm() override;

    void setValue(const HealthProbe& probe);
    HealthProbe value() const;

private:
    HealthProbe m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_expectedStatus = nullptr;
    QLineEdit* m_jsonField = nullptr;
    QLineEdit* m_expectedValue = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_failures = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_insecure = nullptr;
};
