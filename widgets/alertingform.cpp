#include "alertingform.h"

#include "secretsourceedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

AlertingForm::AlertingForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_interval = addSpinBox(QStringLiteral("evaluationIntervalMs"), tr("Evaluate the rules every"), 1, 3600,
                            tr(" s"), tr("From 1 s to 1 hour; a rule's For counts in these steps."));
    m_url = addLineEdit(QStringLiteral("webhook.url"), tr("Webhook URL"),
                        tr("e.g. http://alertmanager.example:9093/api/v2/alerts"),
                        tr("Firing and resolved alerts are posted here as Alertmanager's webhook body "
                           "(version 4), retried while the receiver is down. Empty: notifications stay in "
                           "perfdash (status line, tray)."));
    m_timeout = addSpinBox(QStringLiteral("webhook.timeoutMs"), tr("Timeout"), 100, 600'000, tr(" ms"));
    m_timeout->setSingleStep(500);
    m_caFile =
        addFileEdit(QStringLiteral("webhook.caFile"), tr("TLS CA file"), tr("system certificates"),
                    tr("PEM file of the certificate authority that signed the receiver's certificate."));
    m_insecure =
        addCheckBox(QStringLiteral("webhook.insecureSkipVerify"), tr("Skip TLS certificate verification"));
    m_insecureWarning =
        addHelp(tr("⚠ Only for test receivers: anyone on the path could read the alerts and the "
                   "token, or pose as the receiver."));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    QPalette warning = m_insecureWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x5a, 0x00));
    m_insecureWarning->setPalette(warning);
    m_receiver = addLineEdit(QStringLiteral("webhook.receiver"), tr("Receiver"), QStringLiteral("perfdash"),
                             tr("The receiver name the body carries."));
    m_externalUrl = addLineEdit(
        QStringLiteral("webhook.externalUrl"), tr("External URL"), tr("e.g. https://perfdash.example"),
        tr("Where a reader of the notification finds this dashboard (informational)."));
    m_token = new SecretSourceEdit(tr("token"), true, this);
    addField(QStringLiteral("webhook.auth.secretEnv"), tr("Bearer token from"), m_token);
    form()->addRow(QString(), m_token->helpLabel());
    alsoKnownAs(QStringLiteral("webhook.auth.secretFile"), m_token);
    alsoKnownAs(QStringLiteral("webhook.auth.password"), m_token);
    alsoKnownAs(QStringLiteral("webhook.auth"), m_token);
    connect(m_token, &SecretSourceEdit::edited, this, &AlertingForm::fieldEdited);
    connect(m_url, &QLineEdit::textChanged, this, &AlertingForm::webhookChanged);
    connect(m_insecure, &QCheckBox::toggled, this, &AlertingForm::webhookChanged);
    webhookChanged();
}

AlertingForm::~AlertingForm() = default;

void AlertingForm::webhookChanged()
{
    // Without a URL the webhook's settings are not saved: greyed, so nobody edits them in vain.
    const bool on = !m_url->text().trimmed().isEmpty();
    for (QWidget* field : std::initializer_list<QWidget*>{m_timeout, m_caFile->parentWidget(), m_insecure,
                                                          m_receiver, m_externalUrl, m_token})
        field->setEnabled(on);
    m_insecureWarning->setVisible(m_insecure->isChecked());
}

void AlertingForm::setValue(const AlertingSettings& alerting)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_interval->setValue(alerting.evaluationIntervalMs / 1000);
    const WebhookTarget& webhook = alerting.webhook;
    m_url->setText(webhook.url.toString());
    m_timeout->setValue(webhook.timeoutMs);
    m_caFile->setText(webhook.caFile);
    m_insecure->setChecked(webhook.insecureSkipVerify);
    m_receiver->setText(webhook.receiver);
    m_externalUrl->setText(webhook.externalUrl);
    m_token->setSource(webhook.bearerToken);
    webhookChanged();
}

AlertingSettings AlertingForm::value() const
{
    AlertingSettings alerting;
    alerting.evaluationIntervalMs = m_interval->value() * 1000;
    WebhookTarget& webhook = alerting.webhook;
    webhook.url = QUrl(m_url->text().trimmed());
    webhook.timeoutMs = m_timeout->value();
    webhook.caFile = m_caFile->text().trimmed();
    webhook.insecureSkipVerify = m_insecure->isChecked();
    webhook.receiver =
        m_receiver->text().trimmed().isEmpty() ? WebhookTarget().receiver : m_receiver->text().trimmed();
    webhook.externalUrl = m_externalUrl->text().trimmed();
    webhook.bearerToken = m_token->source();
    return alerting;
}
