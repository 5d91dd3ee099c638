#include "healthprobeform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;
}

HealthProbeForm::HealthProbeForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name = addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. erp health"),
                         tr("Unique among the probes; stored samples carry it as the probe label."));
    m_url = addLineEdit(QStringLiteral("url"), tr("URL"), tr("https://erp.example:8443/health"));
    m_method = new QComboBox(this);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST")});
    connect(m_method, &QComboBox::currentIndexChanged, this, &HealthProbeForm::fieldEdited);
    addField(QStringLiteral("method"), tr("Method"), m_method);
    m_expectedStatus =
        addSpinBox(QStringLiteral("expectedStatus"), tr("Expected status"), 100, 599, QString());
    m_expectedStatus->setGroupSeparatorShown(false);
    m_jsonField =
        addLineEdit(QStringLiteral("jsonField"), tr("JSON field"), tr("e.g. components.database.status"),
                    tr("Dotted path into the JSON body; empty: only the status is checked."));
    m_expectedValue = addLineEdit(QStringLiteral("expectedValue"), tr("Expected value"), tr("e.g. ok"),
                                  tr("Compared with the field rendered as text."));
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Check interval"), 100, dayMs, tr(" ms"));
    m_interval->setSingleStep(1000);
    m_timeout = addSpinBox(QStringLiteral("timeoutMs"), tr("Timeout"), 10, dayMs, tr(" ms"));
    m_timeout->setSingleStep(500);
    m_failures =
        addSpinBox(QStringLiteral("failuresBeforeDown"), tr("Failures before down"), 1, 1000, QString(),
                   tr("Consecutive failed checks that mark it down; one success brings it up."));
    m_caFile = addFileEdit(QStringLiteral("caFile"), tr("TLS CA file"), tr("system certificates"));
    m_insecure = addCheckBox(QStringLiteral("insecureSkipVerify"), tr("Skip TLS certificate verification"),
                             tr("Only for test servers."));
    connect(m_jsonField, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_expectedValue->setEnabled(!text.trimmed().isEmpty()); });
    m_expectedValue->setEnabled(false);
}

HealthProbeForm::~HealthProbeForm() = default;

void HealthProbeForm::setValue(const HealthProbe& probe)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = probe;
    m_name->setText(probe.name);
    m_url->setText(probe.url.toString());
    m_method->setCurrentText(QString::fromLatin1(probe.method));
    m_expectedStatus->setValue(probe.expectedStatus);
    m_jsonField->setText(probe.jsonField);
    m_expectedValue->setText(probe.expectedValue);
    m_expectedValue->setEnabled(!probe.jsonField.isEmpty());
    m_interval->setValue(probe.intervalMs);
    m_timeout->setValue(probe.timeoutMs);
    m_failures->setValue(probe.failuresBeforeDown);
    m_caFile->setText(probe.caFile);
    m_insecure->setChecked(probe.insecureSkipVerify);
}

HealthProbe HealthProbeForm::value() const
{
    HealthProbe probe = m_value;
    probe.name = m_name->text().trimmed();
    probe.url = QUrl(m_url->text().trimmed());
    probe.method = m_method->currentText().toLatin1();
    probe.expectedStatus = m_expectedStatus->value();
    probe.jsonField = m_jsonField->text().trimmed();
    // Without a field there is nothing to compare (and the file would not keep the value).
    probe.expectedValue = probe.jsonField.isEmpty() ? QString() : m_expectedValue->text();
    probe.intervalMs = m_interval->value();
    probe.timeoutMs = m_timeout->value();
    probe.failuresBeforeDown = m_failures->value();
    probe.caFile = m_caFile->text().trimmed();
    probe.insecureSkipVerify = m_insecure->isChecked();
    return probe;
}
