#include "dashboardsession.h"

#include "applogging.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "targettablemodel.h"

#include <QFileInfo>
#include <QTimer>

namespace {
const QString demoTargetName = QStringLiteral("demo-target");
}

DashboardSession::DashboardSession(const CommandLineOptions& options, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_workspace(WorkspacePaths::resolve(options.workspace))
{
    connect(&m_demo, &DemoTargetLauncher::ready, this, &DashboardSession::onDemoReady);
    connect(&m_demo, &DemoTargetLauncher::failed, this, &DashboardSession::onDemoFailed);
}

DashboardSession::~DashboardSession() = default;

bool DashboardSession::open(QString* errorMessage)
{
    WorkspaceConfig defaults;
    if (m_options.demo)
        defaults = WorkspaceConfig::demoWorkspace(QUrl(QStringLiteral("http://127.0.0.1")));
    defaults.name = QFileInfo(m_workspace.paths().directory()).fileName();
    if (!m_workspace.open(defaults, errorMessage))
        return false;

    m_window->overviewPage()->setWorkspace({m_workspace.config().name, m_workspace.paths().configFile(),
                                            m_workspace.paths().dataFile(),
                                            m_workspace.file().journalMode()});
    showTargets();

    if (m_workspace.config().demo) {
        const QString executable = m_options.demoTargetBinary.isEmpty()
                                       ? DemoTargetLauncher::defaultExecutable()
                                       : m_options.demoTargetBinary;
        m_window->setStatusMessage(tr("Starting the demo target…"));
        m_demo.start(executable);
    } else {
        m_window->setStatusMessage(tr("Workspace %1 opened").arg(m_workspace.paths().directory()));
        QTimer::singleShot(0, this, [this] { emit settled(true); });
    }
    return true;
}

void DashboardSession::showTargets()
{
    QList<TargetStatus> rows;
    for (const TargetConfig& target : m_workspace.config().targets) {
        TargetStatus status{target.name, target.baseUrl, TargetStatus::State::NotMonitored,
                            tr("scraping and health probes arrive with the collectors (issue #3)")};
        if (m_workspace.config().demo && target.name == demoTargetName) {
            status.state = m_demo.isRunning() && !m_demo.baseUrl().isEmpty() ? TargetStatus::State::Running
                                                                             : TargetStatus::State::Starting;
            status.detail = tr("embedded demo server, child process");
        }
        rows.append(status);
    }
    m_window->overviewPage()->targetModel()->setTargets(rows);
}

void DashboardSession::onDemoReady(const QUrl& url)
{
    // The port changes each start; the demo workspace follows it.
    WorkspaceConfig config = m_workspace.config();
    for (TargetConfig& target : config.targets) {
        if (target.name == demoTargetName)
            target.baseUrl = url;
    }
    QString error;
    if (!m_workspace.saveConfig(config, &error))
        qCWarning(lcApp).noquote() << error;
    showTargets();
    m_window->overviewPage()->targetModel()->upsert(
        {demoTargetName, url, TargetStatus::State::Running,
         tr("embedded demo server, child process %1").arg(m_demo.processId())});
    m_window->setStatusMessage(tr("Demo target running at %1").arg(url.toString()));
    emit settled(true);
}

void DashboardSession::onDemoFailed(const QString& message)
{
    m_window->overviewPage()->targetModel()->upsert(
        {demoTargetName, m_demo.baseUrl(), TargetStatus::State::Failed, message});
    m_window->setStatusMessage(message);
    emit settled(false);
}
