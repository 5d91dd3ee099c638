#include "postgressourceform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace {
constexpr int dayMs = 24 * 3600 * 1000;
}

PostgresSourceForm::PostgresSourceForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name = addLineEdit(QStringLiteral("name"), tr("Name"), tr("e.g. erp-db"),
                         tr("Unique among the PostgreSQL sources; the Database page lists it by this name."));
    m_conninfo = addLineEdit(
        QStringLiteral("conninfo"), tr("Connection"),
        tr("host=db.example port=5432 user=perfdash_monitor dbname=erp"),
        tr("A libpq conninfo: key=value pairs, a postgresql:// URI or service=NAME. The password is never "
           "written here: libpq takes it from ~/.pgpass (or passfile=), a service file or the PGPASSWORD "
           "environment variable. A role with pg_monitor is enough."));
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("connectsTo"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Connects to"), m_target);
    m_interval = addSpinBox(QStringLiteral("intervalMs"), tr("Poll interval"), 100, dayMs, tr(" ms"));
    m_interval->setSingleStep(1000);
    m_connectTimeout =
        addSpinBox(QStringLiteral("connectTimeoutMs"), tr("Connect timeout"), 100, 600'000, tr(" ms"));
    m_connectTimeout->setSingleStep(500);
    m_statementTimeout = addSpinBox(QStringLiteral("statementTimeoutMs"), tr("Statement timeout"), 1, dayMs,
                                    tr(" ms"), tr("SET statement_timeout on every poll session."));
    m_statementTimeout->setSingleStep(500);
    m_topN = addSpinBox(QStringLiteral("topN"), tr("Statements listed"), 1, 1000, QString(),
                        tr("The top statements by total and by mean time from pg_stat_statements."));
    connect(m_conninfo, &QLineEdit::textChanged, this, &PostgresSourceForm::showTarget);
}

PostgresSourceForm::~PostgresSourceForm() = default;

void PostgresSourceForm::showTarget()
{
    const QString target = value().displayTarget();
    m_target->setText(target.isEmpty() ? tr("— the connection string does not parse") : target);
}

void PostgresSourceForm::setValue(const PostgresSource& source)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_value = source;
    m_name->setText(source.name);
    m_conninfo->setText(source.conninfo);
    m_interval->setValue(source.intervalMs);
    m_connectTimeout->setValue(source.connectTimeoutMs);
    m_statementTimeout->setValue(source.statementTimeoutMs);
    m_topN->setValue(source.topN);
    showTarget();
}

PostgresSource PostgresSourceForm::value() const
{
    PostgresSource source = m_value;
    source.name = m_name->text().trimmed();
    source.conninfo = m_conninfo->text().trimmed();
    source.intervalMs = m_interval->value();
    source.connectTimeoutMs = m_connectTimeout->value();
    source.statementTimeoutMs = m_statementTimeout->value();
    source.topN = m_topN->value();
    return source;
}
