#include "addtargetform.h"

#include <QLineEdit>
#include <QScopedValueRollback>
#include <utility>

namespace {
QUrl urlOf(const QLineEdit* edit)
{
    return QUrl(edit->text().trimmed(), QUrl::StrictMode);
}

// The model names entries by their place in the file; this form has one of each.
QString formKey(const QString& problem)
{
    static const std::pair<QLatin1String, QLatin1String> prefixes[] = {
        {QLatin1String("targets[0]."), QLatin1String("")},
        {QLatin1String("probes[0].url"), QLatin1String("healthUrl")},
        {QLatin1String("probes[0]."), QLatin1String("healthUrl.")}};
    for (const auto& [prefix, key] : prefixes) {
        if (problem.startsWith(prefix))
            return key + problem.mid(prefix.size());
    }
    return problem;
}
} // namespace

AddTargetForm::AddTargetForm(QWidget* parent)
    : SettingsForm(parent)
{
    m_name = addLineEdit(QStringLiteral("name"), tr("Workspace name"), tr("e.g. erp"),
                         tr("A folder of that name keeps its settings and everything collected."));
    m_url = addLineEdit(QStringLiteral("url"), tr("Metrics URL"), tr("https://erp.example:8443/metrics"),
                        tr("Your service's Prometheus endpoint (text format or OpenMetrics)."));
    m_healthUrl = addLineEdit(QStringLiteral("healthUrl"), tr("Health URL (optional)"),
                              tr("https://erp.example:8443/health"),
                              tr("Checked every 5 s; down after three failures in a row."));
}

AddTargetForm::~AddTargetForm() = default;

void AddTargetForm::reset(const QString& workspaceName)
{
    const QScopedValueRollback<bool> quiet(loading(), true);
    m_name->setText(workspaceName);
    m_url->clear();
    m_healthUrl->clear();
    showProblems({});
}

WorkspaceConfig AddTargetForm::draft() const
{
    WorkspaceConfig config;
    config.name = m_name->text().trimmed();
    ScrapeTarget target;
    target.url = urlOf(m_url);
    target.name = target.url.host().isEmpty() ? QStringLiteral("app") : target.url.host();
    config.targets.append(target);
    if (!m_healthUrl->text().trimmed().isEmpty()) {
        HealthProbe probe;
        probe.name = target.name + QStringLiteral(" health");
        probe.url = urlOf(m_healthUrl);
        config.probes.append(probe);
    }
    return config;
}

QStringList AddTargetForm::problems() const
{
    QStringList problems;
    const QString name = m_name->text().trimmed();
    // The name becomes a folder under the workspaces directory.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        problems.append(QStringLiteral("name: ") +
                        tr("a workspace name is needed, without '/' and not starting with '.'"));
    const bool noUrl = m_url->text().trimmed().isEmpty();
    if (noUrl)
        problems.append(QStringLiteral("url: ") + tr("the metrics URL is needed")); // the key marks the field
    for (const QString& problem : draft().validationErrors()) {
        const QString keyed = formKey(problem);
        if (!(noUrl && keyed.startsWith(QLatin1String("url")))) // said above, in plainer words
            problems.append(keyed);
    }
    return problems;
}
