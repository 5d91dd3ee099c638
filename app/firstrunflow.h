#pragma once

#include "commandline.h"
#include "firstruncheck.h"
#include "workspaceconfig.h"

#include <QObject>
#include <memory>

class AddTargetPage;
class DashboardSession;
class MainWindow;
class QPushButton;
class WelcomePage;

// Decides what the window opens on, so that it is never a blank screen: the workspace the command
// line names, else the one opened last, else the welcome page (the demo, the user's own system
// through the add-target step, or a workspace folder). A workspace that cannot be opened brings
// the welcome page back with the reason. Owns the session of the open workspace.
class FirstRunFlow : public QObject
{
    Q_OBJECT
public:
    FirstRunFlow(const CommandLineOptions& options, MainWindow* window, QObject* parent = nullptr);
    ~FirstRunFlow() override;

    // False only when the workspace the command line named cannot be opened in a screenshot run
    // (no one would see the welcome page); errorMessage says why.
    bool start(QString* errorMessage);
    DashboardSession* session() const { return m_session.get(); }
    WelcomePage* welcomePage() const { return m_welcome; }
    AddTargetPage* addTargetPage() const { return m_addTarget; }

    // What the welcome page's choices do.
    void openDemo();
    void startOwnSystem();
    // False (and the welcome page says why) when `directory` is no workspace or cannot be opened.
    bool openFolder(const QString& directory);
    void showWelcome(const QString& reason);

    // The directory of the workspace opened last; empty before the first.
    static QString lastWorkspace();

signals:
    void sessionOpened(DashboardSession* session);
    void sessionClosed();

private:
    bool openWorkspace(const QString& directory, bool demo, QString* errorMessage);
    void openRemembered(const QString& directory);
    void createWorkspace(const WorkspaceConfig& config);
    void chooseFolder();
    void closeSession();
    void onSettled(bool ok);
    void restartDemo();
    QString freeWorkspaceName() const;

    CommandLineOptions m_options;
    MainWindow* m_window;
    WelcomePage* m_welcome;
    AddTargetPage* m_addTarget;
    QPushButton* m_restartDemo; // in the status bar while the demo target is down
    FirstRunCheck m_check;
    std::unique_ptr<DashboardSession> m_session;
};
