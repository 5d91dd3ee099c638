#include "settingspage.h"

#include "alertingform.h"
#include "alertrulessection.h"
#include "healthprobeform.h"
#include "jsonendpointform.h"
#include "postgressourceform.h"
#include "prometheusserverform.h"
#include "redissourceform.h"
#include "scrapetargetform.h"
#include "settingssection.h"
#include "storageform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// Past this many, the list under the tabs says how many more there are (each entry shows its own).
constexpr int listedProblems = 5;

class StorageSection : public SettingsSection
{
public:
    StorageSection(WorkspaceConfig* edited, std::function<void()> changed)
        : m_config(edited)
        , m_form(new StorageForm)
        , m_area(scrolled(m_form))
    {
        m_form->setObjectName(QStringLiteral("storageForm"));
        QObject::connect(m_form, &SettingsForm::edited, m_form, [this, changed] {
            m_config->storage = m_form->value();
            changed();
        });
    }
    QWidget* widget() const override { return m_area; }
    QString title() const override { return SettingsPage::tr("Storage"); }
    void reload() override { m_form->setValue(m_config->storage); }
    int showProblems(const QStringList& problems) override
    {
        const QStringList own = problemsUnder(problems, QStringLiteral("storage"));
        m_form->showProblems(own);
        return int(own.size());
    }

private:
    WorkspaceConfig* m_config;
    StorageForm* m_form;
    QScrollArea* m_area;
};

class AlertingSection : public SettingsSection
{
public:
    AlertingSection(WorkspaceConfig* edited, std::function<void()> changed)
        : m_config(edited)
        , m_form(new AlertingForm)
        , m_area(scrolled(m_form))
    {
        m_form->setObjectName(QStringLiteral("alertingForm"));
        QObject::connect(m_form, &SettingsForm::edited, m_form, [this, changed] {
            m_config->alerting = m_form->value();
            changed();
        });
    }
    QWidget* widget() const override { return m_area; }
    QString title() const override { return SettingsPage::tr("Notifications"); }
    void reload() override { m_form->setValue(m_config->alerting); }
    int showProblems(const QStringList& problems) override
    {
        const QStringList own = problemsUnder(problems, QStringLiteral("alerting"));
        m_form->showProblems(own);
        return int(own.size());
    }

private:
    WorkspaceConfig* m_config;
    AlertingForm* m_form;
    QScrollArea* m_area;
};
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_where(new QLabel(this))
    , m_demoNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_problemList(new QLabel(this))
    , m_state(new QLabel(this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(tr("Settings"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_where->setObjectName(QStringLiteral("settingsFile"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setText(tr("What this workspace watches. Apply saves it and the collectors follow at once."));
    layout->addWidget(m_where);
    m_demoNote->setObjectName(QStringLiteral("settingsDemoNote"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setFrameShape(QFrame::StyledPanel);
    m_demoNote->setMargin(8);
    m_demoNote->setText(tr("This is the demo workspace: its scrape target, health probe and JSON endpoint "
                           "follow the embedded demo target and are written anew each time it starts. "
                           "PostgreSQL and Redis sources and the storage settings you add are kept."));
    m_demoNote->hide();
    layout->addWidget(m_demoNote);

    auto changed = [this] { edited(); };
    using Targets = ListSection<ScrapeTarget, ScrapeTargetForm>;
    m_sections.push_back(std::make_unique<Targets>(
        Targets::Kind{&WorkspaceConfig::targets, QStringLiteral("targets"), tr("Scrape targets"),
                      tr("target"),
                      tr("No scrape targets. Add one to scrape a Prometheus /metrics endpoint: request "
                         "rates, latency histograms, pool and queue gauges.")},
        &m_edited, changed));
    using Probes = ListSection<HealthProbe, HealthProbeForm>;
    m_sections.push_back(std::make_unique<Probes>(
        Probes::Kind{&WorkspaceConfig::probes, QStringLiteral("probes"), tr("Health probes"), tr("probe"),
                     tr("No health probes. Add one to check a /health endpoint on a schedule: the status "
                        "it answers and, optionally, a field of its JSON body.")},
        &m_edited, changed));
    using Endpoints = ListSection<JsonEndpoint, JsonEndpointForm>;
    m_sections.push_back(std::make_unique<Endpoints>(
        Endpoints::Kind{&WorkspaceConfig::jsonEndpoints, QStringLiteral("jsonEndpoints"),
                        tr("JSON endpoints"), tr("endpoint"),
                        tr("No JSON endpoints. Add one to turn numbers of a JSON document (such as "
                           "/api/performance/metrics) into series.")},
        &m_edited, changed));
    using Postgres = ListSection<PostgresSource, PostgresSourceForm>;
    m_sections.push_back(std::make_unique<Postgres>(
        Postgres::Kind{&WorkspaceConfig::postgres, QStringLiteral("postgres"), tr("PostgreSQL"),
                       tr("database"),
                       tr("No PostgreSQL sources. Add one to watch connections, lock waits and the "
                          "slowest statements of a server.")},
        &m_edited, changed));
    using Redis = ListSection<RedisSource, RedisSourceForm>;
    m_sections.push_back(std::make_unique<Redis>(
        Redis::Kind{&WorkspaceConfig::redis, QStringLiteral("redis"), tr("Redis"), tr("redis"),
                    tr("No Redis sources. Add one to watch hit rate, memory, clients and the backlog of "
                       "work queues.")},
        &m_edited, changed));
    using Prometheus = ListSection<PrometheusServer, PrometheusServerForm>;
    m_sections.push_back(std::make_unique<Prometheus>(
        Prometheus::Kind{
            &WorkspaceConfig::prometheusServers, QStringLiteral("prometheusServers"),
            tr("Prometheus servers"), tr("server"),
            tr("No Prometheus servers. Add one to watch a fleet through the Prometheus (or Thanos, "
               "Mimir, VictoriaMetrics) that already scrapes it.")},
        &m_edited, changed));
    m_sections.push_back(std::make_unique<StorageSection>(&m_edited, changed));
    auto rules = std::make_unique<AlertRulesSection>(&m_edited, changed);
    m_alertRules = rules.get();
    m_sections.push_back(std::move(rules));
    m_sections.push_back(std::make_unique<AlertingSection>(&m_edited, changed));
    m_tabs->setObjectName(QStringLiteral("settingsSections"));
    m_tabs->setDocumentMode(true);
    for (const auto& section : m_sections)
        m_tabs->addTab(section->widget(), section->title());
    layout->addWidget(m_tabs, 1);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->hide();
    layout->addWidget(m_message);
    m_problemList->setObjectName(QStringLiteral("settingsProblems"));
    m_problemList->setWordWrap(true);
    m_problemList->setTextFormat(Qt::RichText);
    m_problemList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemList->hide();
    layout->addWidget(m_problemList);

    auto* buttons = new QHBoxLayout;
    m_state->setObjectName(QStringLiteral("settingsState"));
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_revert->setToolTip(tr("Drop the unsaved edits and show the saved configuration"));
    m_apply->setObjectName(QStringLiteral("applySettings"));
    m_apply->setToolTip(tr("Save to workspace.json and run the collectors on it (Ctrl+S)"));
    m_apply->setDefault(true);
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &SettingsPage::apply);

    reloadSections();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setConfigFile(const QString& path)
{
    m_where->setText(
        tr("What this workspace watches. Apply saves it to %1 and the collectors follow at once.").arg(path));
}

void SettingsPage::setConfig(const WorkspaceConfig& config)
{
    m_saved = config;
    m_edited = config;
    m_message->hide();
    m_demoNote->setVisible(config.demo);
    reloadSections();
}

void SettingsPage::configChangedOnDisk(const WorkspaceConfig& config)
{
    if (config == m_saved)
        return;
    if (!hasUnsavedChanges()) {
        setConfig(config);
        showMessage(tr("workspace.json was changed on disk; showing what it holds now."), Tone::Info);
        return;
    }
    m_saved = config;
    revalidate();
    showMessage(tr("workspace.json was changed on disk and the collectors run on it now. Your unsaved edits "
                   "are kept: Apply replaces the file with them, Revert shows the file's version."),
                Tone::Warning);
}

void SettingsPage::configFileRefused(const QString& message)
{
    showMessage(tr("workspace.json was changed on disk but not taken up: %1").arg(message), Tone::Warning);
}

void SettingsPage::applySucceeded(const QString& message)
{
    showMessage(message, Tone::Info);
}

void SettingsPage::applyFailed(const QString& message)
{
    showMessage(tr("Not saved: %1. Your edits are kept; the collectors still run on the saved configuration.")
                    .arg(message),
                Tone::Error);
}

QString SettingsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SettingsPage::showMessage(const QString& text, Tone tone)
{
    QPalette palette = this->palette();
    const QColor color = tone == Tone::Error     ? QColor(0xa4, 0x1e, 0x1e)
                         : tone == Tone::Warning ? QColor(0x8a, 0x5a, 0x00)
                                                 : palette.color(QPalette::WindowText);
    palette.setColor(QPalette::WindowText, color);
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SettingsPage::apply()
{
    if (!m_problems.isEmpty() || !hasUnsavedChanges())
        return;
    // What is sent is what the file will read back as, so the reload that follows the save finds
    // nothing changed.
    WorkspaceConfig normalized;
    QString error;
    if (!WorkspaceConfig::fromJson(m_edited.toJson(), &normalized, &error)) {
        showMessage(error, Tone::Error);
        return;
    }
    emit applyRequested(normalized);
}

void SettingsPage::importPrometheusRules(const QByteArray& yaml, const QString& fileName)
{
    m_tabs->setCurrentWidget(m_alertRules->widget());
    m_alertRules->importRules(yaml, fileName);
}

void SettingsPage::revert()
{
    m_edited = m_saved;
    m_message->hide();
    reloadSections();
}

void SettingsPage::reloadSections()
{
    for (const auto& section : m_sections)
        section->reload();
    revalidate();
}

void SettingsPage::edited()
{
    revalidate();
}

void SettingsPage::revalidate()
{
    m_problems = m_edited.validationErrors();
    for (int i = 0; i < int(m_sections.size()); ++i) {
        const int own = m_sections.at(i)->showProblems(m_problems);
        m_tabs->setTabText(i, m_sections.at(i)->title());
        m_tabs->setTabIcon(i, own > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    QString list;
    for (int i = 0; i < std::min<int>(listedProblems, int(m_problems.size())); ++i)
        list += QStringLiteral("<br>⚠ ") + m_problems.at(i).toHtmlEscaped();
    if (m_problems.size() > listedProblems)
        list +=
            QStringLiteral("<br>") + tr("… and %n more", nullptr, int(m_problems.size()) - listedProblems);
    m_problemList->setText(tr("<b>%n problem(s) to fix before Apply:</b>", nullptr, int(m_problems.size())) +
                           list);
    m_problemList->setVisible(!m_problems.isEmpty());
    QPalette palette = m_problemList->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x1e));
    m_problemList->setPalette(palette);

    const bool dirty = hasUnsavedChanges();
    m_apply->setEnabled(dirty && m_problems.isEmpty());
    m_revert->setEnabled(dirty);
    m_state->setText(!dirty                 ? tr("Saved")
                     : m_problems.isEmpty() ? tr("<b>Unsaved changes</b>")
                                            : tr("<b>Unsaved changes</b> (not valid yet)"));
}
