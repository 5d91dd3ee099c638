#include "firstrunflow.h"

#include "addtargetpage.h"
#include "applogging.h"
#include "dashboardsession.h"
#include "mainwindow.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace {
const QString lastWorkspaceKey = QStringLiteral("workspace/last");
const QString demoWorkspaceName = QStringLiteral("demo");

bool holdsWorkspace(const QString& directory)
{
    return QFileInfo::exists(WorkspacePaths::resolve(directory).configFile());
}

// A path under the home directory as users write it (~/.local/share/...).
QString shortPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

// Whether a workspace watches anything: the empty "default" that older versions created on
// their own is no choice of the user's.
bool watchesSomething(const QString& directory)
{
    QFile file(WorkspacePaths::resolve(directory).configFile());
    WorkspaceConfig config;
    QString ignored;
    if (!file.open(QIODevice::ReadOnly) || !WorkspaceConfig::fromJson(file.readAll(), &config, &ignored))
        return false;
    return !config.targets.isEmpty() || !config.probes.isEmpty() || !config.jsonEndpoints.isEmpty() ||
           !config.postgres.isEmpty() || !config.redis.isEmpty() || !config.prometheusServers.isEmpty();
}
} // namespace

FirstRunFlow::FirstRunFlow(const CommandLineOptions& options, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_welcome(new WelcomePage(window))
    , m_addTarget(new AddTargetPage(window))
    , m_restartDemo(new QPushButton(tr("Restart the demo target"), window))
{
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_welcome->setWorkspacesLocation(shortPath(WorkspacePaths::workspacesRoot()));
    m_welcome->hide();
    m_addTarget->setObjectName(QStringLiteral("addTargetPage"));
    m_addTarget->hide();
    m_restartDemo->setObjectName(QStringLiteral("restartDemo"));
    m_window->statusBar()->addPermanentWidget(m_restartDemo);
    m_restartDemo->hide();
    connect(m_restartDemo, &QPushButton::clicked, this, &FirstRunFlow::restartDemo);
    connect(m_welcome, &WelcomePage::demoRequested, this, &FirstRunFlow::openDemo);
    connect(m_welcome, &WelcomePage::ownSystemRequested, this, &FirstRunFlow::startOwnSystem);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, &FirstRunFlow::chooseFolder);
    connect(m_addTarget, &AddTargetPage::cancelled, this, [this] { m_window->setFrontPage(m_welcome); });
    connect(m_addTarget, &AddTargetPage::testRequested, this, [this](const ScrapeTarget& target) {
        m_addTarget->showTestRunning();
        m_check.run(target);
    });
    connect(&m_check, &FirstRunCheck::finished, m_addTarget, &AddTargetPage::showCheck);
    connect(m_addTarget, &AddTargetPage::finishRequested, this, &FirstRunFlow::createWorkspace);
}

FirstRunFlow::~FirstRunFlow() = default;

QString FirstRunFlow::lastWorkspace()
{
    return QSettings().value(lastWorkspaceKey).toString();
}

bool FirstRunFlow::start(QString* errorMessage)
{
    if (m_options.workspaceGiven) {
        const QString directory = WorkspacePaths::resolve(m_options.workspace).directory();
        QString error;
        if (openWorkspace(directory, m_options.demo, &error))
            return true;
        qCWarning(lcApp).noquote() << "cannot open workspace" << directory << error;
        if (!m_options.screenshotFile.isEmpty()) {
            *errorMessage = error;
            return false;
        }
        showWelcome(tr("The workspace %1 cannot be opened: %2").arg(directory, error));
        return true;
    }
    if (const QString last = lastWorkspace(); !last.isEmpty()) {
        openRemembered(last);
        return true;
    }
    // Before the welcome page, a plain start opened "default": whoever filled one keeps getting it.
    const QString fallback = WorkspacePaths::resolve(QStringLiteral("default")).directory();
    QString error;
    if (!watchesSomething(fallback))
        showWelcome({});
    else if (!openWorkspace(fallback, false, &error))
        showWelcome(tr("The workspace %1 cannot be opened: %2").arg(fallback, error));
    return true;
}

void FirstRunFlow::openRemembered(const QString& directory)
{
    if (!holdsWorkspace(directory)) {
        showWelcome(tr("The workspace opened last, %1, is gone: its workspace.json no longer exists.")
                        .arg(directory));
        return;
    }
    QString error;
    if (!openWorkspace(directory, false, &error))
        showWelcome(tr("The workspace opened last, %1, cannot be opened: %2").arg(directory, error));
}

bool FirstRunFlow::openWorkspace(const QString& directory, bool demo, QString* errorMessage)
{
    closeSession(); // its collectors and demo target stop before the next ones start
    CommandLineOptions options = m_options;
    options.workspace = directory;
    options.demo = demo;
    auto session = std::make_unique<DashboardSession>(options, m_window);
    if (!session->open(errorMessage))
        return false;
    m_session = std::move(session);
    connect(m_session.get(), &DashboardSession::settled, this, &FirstRunFlow::onSettled);
    m_window->setFrontPage(nullptr);
    if (m_options.screenshotFile.isEmpty()) // a rendering for the docs is not the user's choice
        QSettings().setValue(lastWorkspaceKey, directory);
    emit sessionOpened(m_session.get());
    return true;
}

void FirstRunFlow::closeSession()
{
    m_restartDemo->hide();
    if (!m_session)
        return;
    m_session.reset();
    emit sessionClosed();
}

void FirstRunFlow::showWelcome(const QString& reason)
{
    closeSession();
    m_welcome->setReason(reason);
    m_window->setFrontPage(m_welcome);
}

void FirstRunFlow::openDemo()
{
    QString error;
    const QString directory = WorkspacePaths::resolve(demoWorkspaceName).directory();
    if (!openWorkspace(directory, true, &error))
        showWelcome(tr("The demo workspace %1 cannot be opened: %2").arg(directory, error));
}

void FirstRunFlow::startOwnSystem()
{
    m_addTarget->reset(freeWorkspaceName());
    m_window->setFrontPage(m_addTarget);
}

QString FirstRunFlow::freeWorkspaceName() const
{
    QString name = QStringLiteral("default");
    for (int n = 2; holdsWorkspace(name); ++n)
        name = QStringLiteral("default-%1").arg(n);
    return name;
}

void FirstRunFlow::createWorkspace(const WorkspaceConfig& config)
{
    const WorkspacePaths paths = WorkspacePaths::resolve(config.name);
    if (QFileInfo::exists(paths.configFile())) {
        m_addTarget->showFinishError(
            tr("A workspace named %1 already exists (%2). Choose another name, or open that folder from the "
               "welcome page.")
                .arg(config.name, paths.directory()));
        return;
    }
    QString error;
    Workspace workspace(paths);
    if (!paths.ensureDirectory(&error) || !workspace.saveConfig(config, &error) ||
        !openWorkspace(paths.directory(), false, &error))
        m_addTarget->showFinishError(tr("The workspace was not created: %1").arg(error));
}

void FirstRunFlow::chooseFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(m_window, tr("Open a workspace folder"),
                                                                WorkspacePaths::workspacesRoot());
    if (!directory.isEmpty())
        openFolder(directory);
}

bool FirstRunFlow::openFolder(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!holdsWorkspace(absolute)) {
        showWelcome(tr("%1 is not a perfdash workspace: it has no workspace.json.").arg(absolute));
        return false;
    }
    QString error;
    if (openWorkspace(absolute, false, &error))
        return true;
    showWelcome(tr("The workspace %1 cannot be opened: %2").arg(absolute, error));
    return false;
}

void FirstRunFlow::onSettled(bool ok)
{
    // Only the demo workspace has a process of perfdash's own that can stop; the Overview says why.
    m_restartDemo->setVisible(!ok && m_session && m_session->workspace().config().demo);
}

void FirstRunFlow::restartDemo()
{
    if (!m_session)
        return;
    const QString directory = m_session->workspace().paths().directory();
    QString error;
    if (!openWorkspace(directory, true, &error))
        showWelcome(tr("The demo workspace %1 cannot be opened: %2").arg(directory, error));
}
