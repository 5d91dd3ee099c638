#pragma once

#include "commandline.h"
#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QSize>
#include <QtDebug>
#include <memory>

// The window on a demo workspace in `workspace`, with the real demo target, as `perfdash --demo`
// opens it; the GUI tests of the pages drive it.
struct DemoWindow
{
    DemoWindow(const QString& workspace, QSize size)
    {
        options.demo = true;
        options.workspace = workspace;
        options.demoTargetBinary = DemoTargetProcess::executable();
        window.resize(size);
        session = std::make_unique<DashboardSession>(options, &window);
    }
    // Opens the workspace, shows the window (on `page` when given) and waits until every source
    // reported; false when it cannot open or a source failed.
    bool open(const QString& page = {})
    {
        QSignalSpy settled(session.get(), &DashboardSession::settled);
        QString error;
        if (!session->open(&error)) {
            qWarning() << error;
            return false;
        }
        window.show();
        if (!page.isEmpty())
            window.showPage(page);
        return settled.wait(20000) && settled.first().first().toBool();
    }

    CommandLineOptions options;
    MainWindow window;
    std::unique_ptr<DashboardSession> session;
};
