#pragma once

#include "commandline.h"
#include "demotargetlauncher.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>

class MainWindow;

// Wires one open workspace to the main window: opens its files, starts the demo target
// for the demo workspace, and keeps the overview's target table honest about both.
class DashboardSession : public QObject
{
    Q_OBJECT
public:
    DashboardSession(const CommandLineOptions& options, MainWindow* window, QObject* parent = nullptr);
    ~DashboardSession() override;

    // Opens the workspace; false with a message when its files cannot be used.
    bool open(QString* errorMessage);
    const Workspace& workspace() const { return m_workspace; }

signals:
    // The start-up is over: every target has reached its first state (running, failed or idle).
    void settled(bool ok);

private:
    void onDemoReady(const QUrl& url);
    void onDemoFailed(const QString& message);
    void showTargets();

    CommandLineOptions m_options;
    QPointer<MainWindow> m_window;
    Workspace m_workspace;
    DemoTargetLauncher m_demo;
};
