#include "scrapetargetform.h"

#include "secretsourceedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <limits>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;
}

ScrapeTargetForm::ScrapeTargetForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name = addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. erp-api"),
                         tr("Unique among the targets; stored samples carry it as the job label."));
    m_url = addLineEdit(QStringLiteral("url"), tr("Metrics URL"), tr("https://erp.example:8443/metrics"));
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Scrape interval"), 100, dayMs, tr(" ms"));
    m_interval->setSingleStep(1000);
    m_timeout = addSpinBox(QStringLiteral("timeoutMs"), tr("Timeout"), 10, dayMs, tr(" ms"),
                           tr("At most the scrape interval, as Prometheus requires."));
    m_timeout->setSingleStep(500);
    m_maxBody = addSpinBox(QStringLiteral("maxBodyBytes"), tr("Largest response"), 1024,
                           std::numeric_limits<int>::max(), tr(" bytes"),
                           tr("A larger response is cut off and the scrape fails with that reason."));
    m_maxBody->setSingleStep(1024 * 1024);
    m_caFile = addFileEdit(QStringLiteral("caFile"), tr("TLS CA file"), tr("system certificates"),
                           tr("PEM file of the certificate authority that signed the server's certificate."));
    m_insecure =
        addCheckBox(QStringLiteral("insecureSkipVerify"), tr("Skip TLS certificate verification"),
                    tr("Only for test servers: anyone on the path could read and alter the scrape."));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), int(ScrapeTarget::Auth::None));
    m_auth->addItem(tr("Basic (user and password)"), int(ScrapeTarget::Auth::Basic));
    m_auth->addItem(tr("Bearer token"), int(ScrapeTarget::Auth::Bearer));
    addField(QStringLiteral("auth.type"), tr("Authentication"), m_auth);
    m_username = addLineEdit(QStringLiteral("auth.username"), tr("User name"), tr("e.g. perfdash"));
    m_secret = new SecretSourceEdit(tr("password"), false, this);
    addField(QStringLiteral("auth.secretEnv"), tr("Secret from"), m_secret);
    form()->addRow(QString(), m_secret->helpLabel());
    alsoKnownAs(QStringLiteral("auth.secretFile"), m_secret);
    alsoKnownAs(QStringLiteral("auth.password"), m_secret);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        authChanged();
        fieldEdited();
    });
    connect(m_secret, &SecretSourceEdit::edited, this, &ScrapeTargetForm::fieldEdited);
    authChanged();
}

ScrapeTargetForm::~ScrapeTargetForm() = default;

void ScrapeTargetForm::authChanged()
{
    const auto auth = ScrapeTarget::Auth(m_auth->currentData().toInt());
    m_username->setEnabled(auth == ScrapeTarget::Auth::Basic);
    m_secret->setEnabled(auth != ScrapeTarget::Auth::None);
    m_secret->setSecretWord(auth == ScrapeTarget::Auth::Bearer ? tr("token") : tr("password"));
}

void ScrapeTargetForm::setValue(const ScrapeTarget& target)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = target;
    m_name->setText(target.name);
    m_url->setText(target.url.toString());
    m_interval->setValue(target.intervalMs);
    m_timeout->setValue(target.timeoutMs);
    m_maxBody->setValue(int(std::min<qint64>(target.maxBodyBytes, std::numeric_limits<int>::max())));
    m_caFile->setText(target.caFile);
    m_insecure->setChecked(target.insecureSkipVerify);
    m_auth->setCurrentIndex(m_auth->findData(int(target.auth)));
    m_username->setText(target.username);
    m_secret->setSource(target.secret);
    authChanged();
}

ScrapeTarget ScrapeTargetForm::value() const
{
    ScrapeTarget target = m_value;
    target.name = m_name->text().trimmed();
    target.url = QUrl(m_url->text().trimmed());
    target.intervalMs = m_interval->value();
    target.timeoutMs = m_timeout->value();
    target.maxBodyBytes = m_maxBody->value();
    target.caFile = m_caFile->text().trimmed();
    target.insecureSkipVerify = m_insecure->isChecked();
    target.auth = ScrapeTarget::Auth(m_auth->currentData().toInt());
    // What the chosen kind of auth does not use is not kept (the file would not hold it either).
    target.username = target.auth == ScrapeTarget::Auth::Basic ? m_username->text().trimmed() : QString();
    target.secret = target.auth == ScrapeTarget::Auth::None ? SecretSource() : m_secret->source();
    return target;
}
