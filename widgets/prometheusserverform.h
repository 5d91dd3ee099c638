#pragma once

#include "prometheusserver.h"
#include "settingsform.h"

class PrometheusTargetsFetcher;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretSourceEdit;

// A Prometheus server source: where the server is, how to log in, how often and over which window
// its queries run, which services (picked from the server's targets) and the user's own PromQL.
class PrometheusServerForm : public SettingsForm
{
    Q_OBJECT
public:
    explicit PrometheusServerForm(QWidget* parent = nullptr);
    ~PrometheusServerForm() override;

    void setValue(const PrometheusServer& server);
    PrometheusServer value() const;

private:
    void addServiceFields();
    void pickServices();
    void setServices(const QList<PrometheusService>& services);

    PrometheusServer m_value;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_authType = nullptr;
    QLineEdit* m_username = nullptr;
    SecretSourceEdit* m_secret = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_insecure = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_rateWindow = nullptr;
    QSpinBox* m_backfill = nullptr;
    QPlainTextEdit* m_services = nullptr;
    QPushButton* m_pick = nullptr;
    QPlainTextEdit* m_queries = nullptr;
    PrometheusTargetsFetcher* m_fetcher = nullptr;
};
