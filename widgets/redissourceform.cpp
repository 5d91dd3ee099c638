#include "redissourceform.h"

#include "secretsourceedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;
}

RedisSourceForm::RedisSourceForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name =
        addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. celery-broker"),
                    tr("Unique among the Redis sources; the Cache & Queues page lists it by this name."));
    m_host = addLineEdit(QStringLiteral("host"), tr("Host"), QStringLiteral("127.0.0.1"));
    m_port = addSpinBox(QStringLiteral("port"), tr("Port"), 1, 65535, QString());
    m_port->setGroupSeparatorShown(false);
    m_db = addSpinBox(QStringLiteral("db"), tr("Database"), 0, 100'000, QString(),
                      tr("SELECTed after connecting; the queue keys live there."));
    m_db->setGroupSeparatorShown(false);
    const QString tlsReason = RedisSource::tlsUnavailableReason();
    m_tls = addCheckBox(QStringLiteral("tls"), tr("Connect with TLS"), tlsReason);
    m_username = addLineEdit(QStringLiteral("auth.username"), tr("ACL user"), tr("default user"),
                             tr("Redis 6 ACL user name; empty for the default user."));
    m_password = new SecretSourceEdit(tr("password"), true, this);
    addField(QStringLiteral("auth.secretEnv"), tr("Password from"), m_password);
    form()->addRow(QString(), m_password->helpLabel());
    alsoKnownAs(QStringLiteral("auth.secretFile"), m_password);
    alsoKnownAs(QStringLiteral("password"), m_password);
    connect(m_password, &SecretSourceEdit::edited, this, &RedisSourceForm::fieldEdited);
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Poll interval"), 100, dayMs, tr(" ms"));
    m_interval->setSingleStep(1000);
    m_connectTimeout =
        addSpinBox(QStringLiteral("connectTimeoutMs"), tr("Connect timeout"), 10, 600'000, tr(" ms"));
    m_connectTimeout->setSingleStep(500);
    m_commandTimeout =
        addSpinBox(QStringLiteral("commandTimeoutMs"), tr("Command timeout"), 10, 600'000, tr(" ms"));
    m_commandTimeout->setSingleStep(500);
    m_queueKeys = new QPlainTextEdit(this);
    m_queueKeys->setPlaceholderText(tr("celery\nimports"));
    m_queueKeys->setTabChangesFocus(true);
    m_queueKeys->setFixedHeight(m_queueKeys->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_queueKeys, &QPlainTextEdit::textChanged, this, &RedisSourceForm::fieldEdited);
    addField(QStringLiteral("queueKeys"), tr("Queue keys"), m_queueKeys,
             tr("One key per line, read every poll: LLEN for lists (Celery queues), XLEN and pending counts "
                "for streams, ZCARD for sorted sets."));
    m_pattern =
        addLineEdit(QStringLiteral("queueDiscovery"), tr("Discover keys matching"), tr("e.g. queue:*"),
                    tr("Found with SCAN MATCH (never KEYS); empty: no discovery."));
    alsoKnownAs(QStringLiteral("discovery"), m_pattern);
    m_maxKeys = addSpinBox(QStringLiteral("queueDiscovery.maxKeys"), tr("At most"), 1, 100'000, tr(" keys"));
    connect(m_pattern, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_maxKeys->setEnabled(!text.trimmed().isEmpty()); });
}

RedisSourceForm::~RedisSourceForm() = default;

void RedisSourceForm::setValue(const RedisSource& source)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = source;
    m_name->setText(source.name);
    m_host->setText(source.host);
    m_port->setValue(source.port);
    m_db->setValue(source.db);
    m_tls->setChecked(source.tls);
    // A build without hiredis_ssl cannot turn TLS on; a source that asks for it can still turn it off.
    m_tls->setEnabled(RedisSource::tlsUnavailableReason().isEmpty() || source.tls);
    m_username->setText(source.username);
    m_password->setSource(source.password);
    m_interval->setValue(source.intervalMs);
    m_connectTimeout->setValue(source.connectTimeoutMs);
    m_commandTimeout->setValue(source.commandTimeoutMs);
    m_queueKeys->setPlainText(source.queueKeys.join(QLatin1Char('\n')));
    m_pattern->setText(source.queueDiscoveryPattern);
    m_maxKeys->setValue(source.discoveryMaxKeys);
    m_maxKeys->setEnabled(!source.queueDiscoveryPattern.isEmpty());
}

RedisSource RedisSourceForm::value() const
{
    RedisSource source = m_value;
    source.name = m_name->text().trimmed();
    source.host = m_host->text().trimmed();
    source.port = m_port->value();
    source.db = m_db->value();
    source.tls = m_tls->isChecked();
    source.username = m_username->text().trimmed();
    source.password = m_password->source();
    source.intervalMs = m_interval->value();
    source.connectTimeoutMs = m_connectTimeout->value();
    source.commandTimeoutMs = m_commandTimeout->value();
    source.queueKeys.clear();
    for (const QString& line : m_queueKeys->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            source.queueKeys.append(line.trimmed());
    }
    source.queueDiscoveryPattern = m_pattern->text().trimmed();
    source.discoveryMaxKeys = m_maxKeys->value();
    return source;
}
