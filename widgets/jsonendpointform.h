#pragma once

#include "jsonendpoint.h"
#include "settingsform.h"

class QLineEdit;
class QSpinBox;
class QTableWidget;

// A JSON endpoint: where to poll it and which JSON paths become which series. '*' in a path
// matches every key at its level and gives it as the value of the next label.
class JsonEndpointForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit JsonEndpointForm(QWidget* parent = nullptr);
    ~JsonEndpointForm() override;

    void setValue(const JsonEndpoint& endpoint);
    JsonEndpoint value() const;

private:
    void setMappings(const QList<JsonMapping>& mappings);
    QList<JsonMapping> mappings() const;

    JsonEndpoint m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QTableWidget* m_mappings = nullptr;
};
