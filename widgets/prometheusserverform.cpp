#include "prometheusserverform.h"

#include "prometheustargetsfetcher.h"
#include "secretsourceedit.h"
#include "servicepickerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;

QPlainTextEdit* textBox(const QString& placeholder, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * 4 + 12);
    return box;
}
} // namespace

PrometheusServerForm::PrometheusServerForm(QWidget* parent)
    : SettingsForm(parent)
    , m_fetcher(new PrometheusTargetsFetcher(this))
{
    m_name = addLineEdit(
        QStringLiteral("name"), tr("Name"), tr("e.g. fleet"),
        tr("Its series are stored with source=\"prom:<name>\" and charts say \"via prom:<name>\"."));
    m_url = addLineEdit(QStringLiteral("url"), tr("Server URL"),
                        QStringLiteral("https://prometheus.example:9090"));
    m_authType = new QComboBox(this);
    m_authType->addItems({tr("None"), tr("Basic"), tr("Bearer token")});
    addField(QStringLiteral("auth.type"), tr("Authentication"), m_authType);
    connect(m_authType, &QComboBox::currentIndexChanged, this, &PrometheusServerForm::fieldEdited);
    m_username = addLineEdit(QStringLiteral("auth.username"), tr("User"), tr("basic auth only"));
    m_secret = new SecretSourceEdit(tr("password or token"), true, this);
    addField(QStringLiteral("auth.secretEnv"), tr("Secret from"), m_secret);
    form()->addRow(QString(), m_secret->helpLabel());
    alsoKnownAs(QStringLiteral("auth.secretFile"), m_secret);
    alsoKnownAs(QStringLiteral("auth.password"), m_secret);
    connect(m_secret, &SecretSourceEdit::edited, this, &PrometheusServerForm::fieldEdited);
    m_caFile = addFileEdit(QStringLiteral("caFile"), tr("CA file"), tr("system CA store"));
    m_insecure = addCheckBox(QStringLiteral("insecureSkipVerify"), tr("Do not verify TLS (insecure)"));
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Poll interval"), 1000, dayMs, tr(" ms"));
    m_timeout = addSpinBox(QStringLiteral("timeoutMs"), tr("Timeout"), 100, dayMs, tr(" ms"));
    m_rateWindow = addSpinBox(QStringLiteral("rateWindowMs"), tr("Rate window"), 1000, dayMs, tr(" ms"),
                              tr("The [window] of the generated rate() queries."));
    m_backfill = addSpinBox(QStringLiteral("backfillMs"), tr("Backfill"), 0, dayMs, tr(" ms"),
                            tr("History read with query_range on the first poll; 0: none."));
    addServiceFields();
}

PrometheusServerForm::~PrometheusServerForm() = default;

void PrometheusServerForm::addServiceFields()
{
    m_services = textBox(tr("erp-api\nwms 10.0.0.7:8080"), this);
    connect(m_services, &QPlainTextEdit::textChanged, this, &PrometheusServerForm::fieldEdited);
    addField(QStringLiteral("services"), tr("Services"), m_services,
             tr("One job per line, optionally followed by one instance; empty: every job of the server."));
    m_pick = new QPushButton(tr("Pick services…"), this);
    m_pick->setObjectName(QStringLiteral("pickServices"));
    form()->addRow(QString(), m_pick);
    connect(m_pick, &QPushButton::clicked, this, &PrometheusServerForm::pickServices);
    m_queries = textBox(tr("celery_backlog = sum by (queue) (ef_celery_queue_length)"), this);
    connect(m_queries, &QPlainTextEdit::textChanged, this, &PrometheusServerForm::fieldEdited);
    addField(QStringLiteral("queries"), tr("Own queries"), m_queries,
             tr("One per line: metric name = PromQL; the results are stored under that name."));
}

// The server's targets in a dialog; the services checked there replace the list.
void PrometheusServerForm::pickServices()
{
    auto* dialog = new ServicePickerDialog(value().services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fetcher, &PrometheusTargetsFetcher::fetched, dialog,
            [dialog](const QList<promapi::Target>& targets, const QString& error) {
                if (error.isEmpty())
                    dialog->setTargets(targets);
                else
                    dialog->setError(error);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setServices(dialog->chosenServices());
        fieldEdited();
    });
    m_fetcher->fetch(value());
    dialog->open();
}

void PrometheusServerForm::setServices(const QList<PrometheusService>& services)
{
    QStringList lines;
    for (const PrometheusService& service : services)
        lines.append(service.instance.isEmpty() ? service.job
                                                : service.job + QLatin1Char(' ') + service.instance);
    m_services->setPlainText(lines.join(QLatin1Char('\n')));
}

void PrometheusServerForm::setValue(const PrometheusServer& server)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = server;
    m_name->setText(server.name);
    m_url->setText(server.url.toString());
    m_authType->setCurrentIndex(int(server.auth));
    m_username->setText(server.username);
    m_secret->setSource(server.secret);
    m_caFile->setText(server.caFile);
    m_insecure->setChecked(server.insecureSkipVerify);
    m_interval->setValue(server.intervalMs);
    m_timeout->setValue(server.timeoutMs);
    m_rateWindow->setValue(server.rateWindowMs);
    m_backfill->setValue(server.backfillMs);
    setServices(server.services);
    QStringList queries;
    for (const PrometheusQuery& query : server.queries)
        queries.append(query.name + QStringLiteral(" = ") + query.promql);
    m_queries->setPlainText(queries.join(QLatin1Char('\n')));
}

PrometheusServer PrometheusServerForm::value() const
{
    PrometheusServer server = m_value;
    server.name = m_name->text().trimmed();
    server.url = QUrl(m_url->text().trimmed());
    server.auth = HttpAuth::Kind(m_authType->currentIndex());
    server.username = m_username->text().trimmed();
    server.secret = m_secret->source();
    server.caFile = m_caFile->text().trimmed();
    server.insecureSkipVerify = m_insecure->isChecked();
    server.intervalMs = m_interval->value();
    server.timeoutMs = m_timeout->value();
    server.rateWindowMs = m_rateWindow->value();
    server.backfillMs = m_backfill->value();
    server.services.clear();
    for (const QString& line : m_services->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (!words.first().isEmpty())
            server.services.append({words.first(), words.value(1)});
    }
    server.queries.clear();
    for (const QString& line : m_queries->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!line.trimmed().isEmpty())
            server.queries.append(
                {line.left(equals).trimmed(), equals < 0 ? QString() : line.mid(equals + 1).trimmed()});
    }
    return server;
}
