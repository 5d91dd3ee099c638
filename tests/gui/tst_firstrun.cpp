#include "addtargetform.h"
#include "addtargetpage.h"
#include "alertrule.h"
#include "apptheme.h"
#include "chartcard.h"
#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "firstrunflow.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "parsemetrics.h"
#include "targettablemodel.h"
#include "trayicon.h"
#include "welcomepage.h"
#include "workspace.h"
#include "workspaceconfig.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <csignal>
#include <memory>

namespace {
// A main window with the first-run flow over it, as main() builds them.
struct App
{
    explicit App(const CommandLineOptions& options = {})
        : flow(options, &window)
    {
        window.resize(1200, 800);
    }
    bool start()
    {
        QString error;
        const bool ok = flow.start(&error);
        window.show();
        return ok && QTest::qWaitForWindowExposed(&window);
    }
    template<typename T>
    T* find(const QString& name) const
    {
        return window.findChild<T*>(name);
    }
    MainWindow window;
    FirstRunFlow flow;
};

CommandLineOptions demoOptions()
{
    CommandLineOptions options;
    options.demoTargetBinary = DemoTargetProcess::executable();
    return options;
}

void saveShot(QWidget& window, const QString& name)
{
    const QString file = QStringLiteral(PERFDASH_SCREENSHOT_DIR "/%1.png").arg(name);
    QVERIFY2(window.grab().save(file), qPrintable(file));
}

// A loopback port nobody listens on: bound once by the kernel's choice, then let go.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

TargetStatus rowOf(const MainWindow& window, const QString& kind)
{
    for (const TargetStatus& status : window.overviewPage()->targetModel()->targets()) {
        if (status.kind == kind)
            return status;
    }
    return {};
}

// A field of the add-target step (the Settings page has fields of the same names).
QLineEdit* field(App& app, const QString& name)
{
    return app.flow.addTargetPage()->findChild<QLineEdit*>(name);
}

void fillTarget(App& app, const QString& name, const QUrl& metrics, const QUrl& health = {})
{
    field(app, QStringLiteral("name"))->setText(name);
    field(app, QStringLiteral("url"))->setText(metrics.toString());
    field(app, QStringLiteral("healthUrl"))->setText(health.toString());
}
} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!DemoTargetProcess::executable().isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set");
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
    }

    // Each test starts as a first run: no workspace, nothing remembered.
    void init()
    {
        QSettings().clear();
        QDir(WorkspacePaths::workspacesRoot()).removeRecursively();
        AppTheme::apply(Theme::Light);
    }

    void noWorkspaceShowsTheWelcomePage()
    {
        App app;
        QVERIFY(app.start());
        QCOMPARE(app.window.frontPage(), app.flow.welcomePage());
        QVERIFY(!app.flow.session());
        QVERIFY(app.flow.welcomePage()->isVisible());
        QCOMPARE(app.find<QLabel>(QStringLiteral("welcomeTitle"))->text(),
                 QStringLiteral("Welcome to perfdash"));
        for (const QString& name : {QStringLiteral("exploreDemo"), QStringLiteral("ownSystem"),
                                    QStringLiteral("openWorkspaceFolder")})
            QVERIFY2(app.find<QPushButton>(name) && app.find<QPushButton>(name)->isVisible(),
                     qPrintable(name));
        QCOMPARE(app.find<QPushButton>(QStringLiteral("exploreDemo"))->text(),
                 QStringLiteral("Explore the demo"));
        QCOMPARE(app.find<QPushButton>(QStringLiteral("ownSystem"))->text(),
                 QStringLiteral("Start with my own system"));
        QVERIFY(!app.find<QLabel>(QStringLiteral("welcomeReason"))->isVisible());
        QVERIFY(app.find<QLabel>(QStringLiteral("workspacesLocation"))
                    ->text()
                    .contains(WorkspacePaths::workspacesRoot()));
        // No dashboard chrome behind it: the navigation and the time range are not shown.
        QVERIFY(!app.find<QWidget>(QStringLiteral("navigation"))->isVisible());
        QVERIFY(!app.find<QWidget>(QStringLiteral("timeRange"))->isVisible());
        // Nothing was written: a first run that is closed at once leaves no empty workspace behind.
        QVERIFY(!QFileInfo::exists(WorkspacePaths::workspacesRoot()));
        saveShot(app.window, QStringLiteral("welcome-light"));
        AppTheme::apply(Theme::Dark);
        QTRY_VERIFY(app.flow.welcomePage()->palette().color(QPalette::Window).lightness() < 128);
        saveShot(app.window, QStringLiteral("welcome-dark"));
    }

    void exploreTheDemoWatchesTheRealDemoTarget()
    {
        App app(demoOptions());
        QVERIFY(app.start());
        app.find<QPushButton>(QStringLiteral("exploreDemo"))->click();
        QVERIFY(app.flow.session());
        QVERIFY(!app.window.frontPage());
        QVERIFY(app.find<QWidget>(QStringLiteral("navigation"))->isVisible());
        app.flow.session()->setOverviewInterval(500);
        const QString directory = WorkspacePaths::resolve(QStringLiteral("demo")).directory();
        QCOMPARE(app.flow.session()->workspace().paths().directory(), directory);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("process")).state, TargetStatus::State::Up,
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("metrics")).state, TargetStatus::State::Up,
                                  20000);
        // The Overview gets data: a gauge card shows its current value once the first scrape is stored.
        ChartCard* queue = nullptr;
        for (ChartCard* card : app.window.overviewPage()->cards()) {
            if (card->title().contains(QStringLiteral("Queue")))
                queue = card;
        }
        QVERIFY(queue);
        QTRY_VERIFY_WITH_TIMEOUT(!queue->valueText().isEmpty() && queue->lineCount() > 0, 30000);
        QCOMPARE(FirstRunFlow::lastWorkspace(), directory);
    }

    void aStoppedDemoTargetIsSaidAndCanBeRestarted()
    {
        App app(demoOptions());
        QVERIFY(app.start());
        app.flow.openDemo();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("process")).state, TargetStatus::State::Up,
                                  20000);
        auto* restart = app.find<QPushButton>(QStringLiteral("restartDemo"));
        QVERIFY(!restart->isVisible());
        const QRegularExpression pidPattern(QStringLiteral("process (\\d+)"));
        const auto pidOf = [&] {
            return pidPattern.match(rowOf(app.window, QStringLiteral("process")).detail).captured(1);
        };
        const QString pid = pidOf();
        QVERIFY2(!pid.isEmpty(), qPrintable(rowOf(app.window, QStringLiteral("process")).detail));
        QCOMPARE(::kill(pid.toInt(), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("process")).state,
                                  TargetStatus::State::Down, 10000);
        QVERIFY(rowOf(app.window, QStringLiteral("process")).detail.contains(QStringLiteral("demo target")));
        QTRY_VERIFY(restart->isVisible());
        restart->click();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("process")).state, TargetStatus::State::Up,
                                  20000);
        QVERIFY(pidOf() != pid);
        QVERIFY(!restart->isVisible());
    }

    void aDemoTargetThatCannotStartIsSaid()
    {
        CommandLineOptions options;
        QTemporaryDir dir;
        options.demoTargetBinary = dir.filePath(QStringLiteral("no-such-demo-target"));
        App app(options);
        QVERIFY(app.start());
        app.flow.openDemo();
        auto* restart = app.find<QPushButton>(QStringLiteral("restartDemo"));
        QTRY_VERIFY_WITH_TIMEOUT(restart->isVisible(), 10000);
        QCOMPARE(rowOf(app.window, QStringLiteral("process")).state, TargetStatus::State::Down);
        QVERIFY2(rowOf(app.window, QStringLiteral("process")).detail.contains(QStringLiteral("cannot start")),
                 qPrintable(rowOf(app.window, QStringLiteral("process")).detail));
    }

    void addTargetTestsTheRealDemoTarget()
    {
        DemoTargetProcess target;
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        // The request histograms appear with the first request.
        QCOMPARE(httpGet(target.url(QStringLiteral("/api/v1/erp/mm/materials"))).status, 200L);
        const HttpResponse metrics = httpGet(target.url(QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200L);
        const Prometheus::ParseResult parsed = Prometheus::parseMetrics(
            std::string(metrics.body.toStdString()), Prometheus::ExpositionFormat::Text);
        QVERIFY(parsed.ok());
        const int families = int(parsed.metrics.families().size());
        QVERIFY(families > 5);

        App app;
        QVERIFY(app.start());
        app.find<QPushButton>(QStringLiteral("ownSystem"))->click();
        QCOMPARE(app.window.frontPage(), app.flow.addTargetPage());
        QCOMPARE(field(app, QStringLiteral("name"))->text(), QStringLiteral("default"));
        auto* finish = app.find<QPushButton>(QStringLiteral("finishAddTarget"));
        QVERIFY(!finish->isEnabled()); // no URL yet
        field(app, QStringLiteral("url"))->setText(target.url(QStringLiteral("/metrics")).toString());
        QVERIFY(finish->isEnabled());
        app.find<QPushButton>(QStringLiteral("testTarget"))->click();
        AddTargetPage* page = app.flow.addTargetPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->resultText().contains(QStringLiteral("Success")), 15000);
        QVERIFY2(page->resultText().contains(QStringLiteral("%1 metric families").arg(families)),
                 qPrintable(page->resultText()));
        QVERIFY2(page->resultText().contains(QStringLiteral("HTTP request histograms found")),
                 qPrintable(page->resultText()));
        saveShot(app.window, QStringLiteral("add-target-light"));
        // The dark picture as a dark start draws it (the theme applied before the window is built).
        AppTheme::apply(Theme::Dark);
        App dark;
        QVERIFY(dark.start());
        dark.flow.startOwnSystem();
        field(dark, QStringLiteral("url"))->setText(target.url(QStringLiteral("/metrics")).toString());
        dark.find<QPushButton>(QStringLiteral("testTarget"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dark.flow.addTargetPage()->resultText().contains(QStringLiteral("Success")),
                                 15000);
        saveShot(dark.window, QStringLiteral("add-target-dark"));
    }

    void addTargetSaysWhyAScrapeFails()
    {
        const quint16 port = closedPort();
        QVERIFY(port > 0);
        App app;
        QVERIFY(app.start());
        app.flow.startOwnSystem();
        field(app, QStringLiteral("url"))->setText(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        app.find<QPushButton>(QStringLiteral("testTarget"))->click();
        AddTargetPage* page = app.flow.addTargetPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->resultText().contains(QStringLiteral("The scrape failed")), 15000);
        // The collector's own words for a closed port.
        QVERIFY2(
            page->resultText().contains(QStringLiteral("Failed to connect to 127.0.0.1 port %1").arg(port)),
            qPrintable(page->resultText()));
        saveShot(app.window, QStringLiteral("add-target-refused"));
        // A URL that is no URL is refused before anything is sent, at its field.
        field(app, QStringLiteral("url"))->setText(QStringLiteral("ftp://127.0.0.1/metrics"));
        app.find<QPushButton>(QStringLiteral("testTarget"))->click();
        QVERIFY(page->resultText().contains(QStringLiteral("valid metrics URL")));
        QVERIFY(!page->form()->shownProblems().isEmpty());
        QVERIFY(page->form()->shownProblems().first().startsWith(QStringLiteral("url")));
        QVERIFY(!app.find<QPushButton>(QStringLiteral("finishAddTarget"))->isEnabled());
        // Cancel goes back to the welcome page, and nothing was written.
        app.find<QPushButton>(QStringLiteral("cancelAddTarget"))->click();
        QCOMPARE(app.window.frontPage(), app.flow.welcomePage());
        QVERIFY(!QFileInfo::exists(WorkspacePaths::workspacesRoot()));
    }

    void finishWritesTheWorkspaceAndItOpensNextTime()
    {
        DemoTargetProcess target;
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        const QUrl metrics = target.url(QStringLiteral("/metrics"));
        const QUrl health = target.url(QStringLiteral("/health"));
        const WorkspacePaths paths = WorkspacePaths::resolve(QStringLiteral("shop"));
        {
            App app;
            QVERIFY(app.start());
            app.flow.startOwnSystem();
            fillTarget(app, QStringLiteral("shop"), metrics, health);
            app.find<QPushButton>(QStringLiteral("finishAddTarget"))->click();
            QVERIFY2(app.flow.session(), qPrintable(app.flow.addTargetPage()->resultText()));
            QVERIFY(!app.window.frontPage());
            QCOMPARE(app.window.currentPageId(), QStringLiteral("overview"));
            QFile file(paths.configFile());
            QVERIFY(file.open(QIODevice::ReadOnly));
            WorkspaceConfig written;
            QString error;
            QVERIFY2(WorkspaceConfig::fromJson(file.readAll(), &written, &error), qPrintable(error));
            QCOMPARE(written.name, QStringLiteral("shop"));
            QCOMPARE(written.targets.size(), 1);
            QCOMPARE(written.targets.first().url, metrics);
            QCOMPARE(written.probes.size(), 1);
            QCOMPARE(written.probes.first().url, health);
            QVERIFY(!written.demo);
            // The dashboard watches the new target.
            QTRY_COMPARE_WITH_TIMEOUT(rowOf(app.window, QStringLiteral("metrics")).state,
                                      TargetStatus::State::Up, 20000);
            QCOMPARE(FirstRunFlow::lastWorkspace(), paths.directory());
        }
        {
            // The next start opens it at once.
            App app;
            QVERIFY(app.start());
            QVERIFY(!app.window.frontPage());
            QVERIFY(app.flow.session());
            QCOMPARE(app.flow.session()->workspace().paths().directory(), paths.directory());
            // A second workspace of the same name is refused, the first one kept.
            app.flow.startOwnSystem();
            QCOMPARE(field(app, QStringLiteral("name"))->text(), QStringLiteral("default"));
            fillTarget(app, QStringLiteral("shop"), target.url(QStringLiteral("/other")));
            app.find<QPushButton>(QStringLiteral("finishAddTarget"))->click();
            QVERIFY(app.flow.addTargetPage()->resultText().contains(QStringLiteral("already exists")));
        }
        QFile file(paths.configFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(metrics.toString().toUtf8()));
        file.close();
        // A workspace that was deleted brings the welcome page back, saying so; nothing is recreated.
        QVERIFY(QDir(paths.directory()).removeRecursively());
        App app;
        QVERIFY(app.start());
        QCOMPARE(app.window.frontPage(), app.flow.welcomePage());
        QVERIFY(!app.flow.session());
        const QString reason = app.flow.welcomePage()->reason();
        QVERIFY2(reason.contains(paths.directory()) && reason.contains(QStringLiteral("is gone")),
                 qPrintable(reason));
        QVERIFY(app.find<QLabel>(QStringLiteral("welcomeReason"))->isVisible());
        QVERIFY(!QFileInfo::exists(paths.directory()));
        saveShot(app.window, QStringLiteral("welcome-reason"));
    }

    void aFolderThatIsNoWorkspaceIsSaid()
    {
        QTemporaryDir dir;
        App app;
        QVERIFY(app.start());
        QVERIFY(!app.flow.openFolder(dir.path()));
        QCOMPARE(app.window.frontPage(), app.flow.welcomePage());
        QVERIFY(app.flow.welcomePage()->reason().contains(QStringLiteral("no workspace.json")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("workspace.json"))));
        // A broken workspace.json is named with its fault, and left as it is.
        QFile broken(dir.filePath(QStringLiteral("workspace.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"formatVersion\": 1, \"targets\": [{\"name\": \"a\", \"url\": \"nope\"}]}");
        broken.close();
        QVERIFY(!app.flow.openFolder(dir.path()));
        QVERIFY2(app.flow.welcomePage()->reason().contains(QStringLiteral("targets[0].url")),
                 qPrintable(app.flow.welcomePage()->reason()));
        QVERIFY(FirstRunFlow::lastWorkspace().isEmpty());
    }

    void aDefaultWorkspaceThatWatchesSomethingStillOpens()
    {
        // What a start without --workspace opened before the welcome page existed.
        const WorkspacePaths paths = WorkspacePaths::resolve(QStringLiteral("default"));
        QString error;
        QVERIFY(paths.ensureDirectory(&error));
        WorkspaceConfig config;
        config.name = QStringLiteral("default");
        Workspace workspace(paths);
        QVERIFY2(workspace.saveConfig(config, &error), qPrintable(error));
        {
            App app; // empty, as older versions created it on their own: the welcome page
            QVERIFY(app.start());
            QCOMPARE(app.window.frontPage(), app.flow.welcomePage());
        }
        ScrapeTarget target;
        target.name = QStringLiteral("app");
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(closedPort()));
        config.targets.append(target);
        QVERIFY2(workspace.saveConfig(config, &error), qPrintable(error));
        App app;
        QVERIFY(app.start());
        QVERIFY(!app.window.frontPage());
        QVERIFY(app.flow.session());
        QCOMPARE(app.flow.session()->workspace().paths().directory(), paths.directory());
    }

    void trayStatusSaysTheWorkspaceAndTheFiringCount()
    {
        TrayStatus status;
        QSignalSpy changed(&status, &TrayStatus::changed);
        QCOMPARE(status.toolTip(), QStringLiteral("perfdash — no workspace open"));
        QCOMPARE(status.firingText(), QStringLiteral("No alerts firing"));
        status.setWorkspaceName(QStringLiteral("erp"));
        status.setFiringCount(1);
        QCOMPARE(status.firingText(), QStringLiteral("1 alert firing"));
        status.setFiringCount(3);
        QCOMPARE(status.toolTip(), QStringLiteral("perfdash — erp\n3 alerts firing"));
        QCOMPARE(changed.count(), 3);
        status.setFiringCount(3);
        QCOMPARE(changed.count(), 3);
    }

    void theTrayCountsTheAlertsFiring()
    {
        DemoTargetProcess target;
        QVERIFY2(target.start(), qPrintable(target.errorString()));
        // A workspace whose one rule holds at once: the demo target is up.
        const WorkspacePaths paths = WorkspacePaths::resolve(QStringLiteral("alerting"));
        WorkspaceConfig config;
        config.name = QStringLiteral("alerting");
        ScrapeTarget scrape;
        scrape.name = QStringLiteral("demo");
        scrape.url = target.url(QStringLiteral("/metrics"));
        scrape.intervalMs = 1000;
        scrape.timeoutMs = 1000;
        config.targets.append(scrape);
        alerts::AlertRule rule;
        rule.name = QStringLiteral("TargetUp");
        rule.metric = "up";
        rule.comparison = alerts::Comparison::Equal;
        rule.threshold = 1;
        config.alertRules = {rule};
        config.alerting.evaluationIntervalMs = 1000;
        QString error;
        Workspace workspace(paths);
        QVERIFY(paths.ensureDirectory(&error));
        QVERIFY2(workspace.saveConfig(config, &error), qPrintable(error));

        App app;
        TrayIcon tray(&app.window);
        connect(&app.flow, &FirstRunFlow::sessionOpened, &tray, &TrayIcon::follow);
        connect(&app.flow, &FirstRunFlow::sessionClosed, &tray, &TrayIcon::clear);
        QVERIFY(app.start());
        QVERIFY(app.flow.openFolder(paths.directory()));
        QCOMPARE(tray.status()->workspaceName(), QStringLiteral("alerting"));
        QTRY_COMPARE_WITH_TIMEOUT(tray.status()->firingCount(), 1, 20000);
        QCOMPARE(tray.menu()->actions().at(1)->text(), QStringLiteral("1 alert firing"));
        QCOMPARE(tray.status()->toolTip(), QStringLiteral("perfdash — alerting\n1 alert firing"));
        // Back on the welcome page nothing is open and nothing fires.
        app.flow.showWelcome({});
        QCOMPARE(tray.status()->firingCount(), 0);
        QCOMPARE(tray.status()->toolTip(), QStringLiteral("perfdash — no workspace open"));
    }

    void trayMenuWorksWithoutASystemTray()
    {
        App app(demoOptions());
        TrayIcon tray(&app.window);
        connect(&app.flow, &FirstRunFlow::sessionOpened, &tray, &TrayIcon::follow);
        QVERIFY(app.start());
        QVERIFY(!tray.isShown()); // offscreen has no tray
        const QList<QAction*> actions = tray.menu()->actions();
        QCOMPARE(actions.first()->text(), QStringLiteral("Hide window"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("No alerts firing"));
        tray.status()->setFiringCount(2);
        QCOMPARE(actions.at(1)->text(), QStringLiteral("2 alerts firing"));
        app.flow.openDemo();
        QCOMPARE(tray.status()->workspaceName(), QStringLiteral("demo"));
        // Without a tray there is nowhere to keep running: closing the window closes it.
        QVERIFY(!tray.keepsRunning());
        QVERIFY(app.window.close());
        QVERIFY(!app.window.isVisible());
    }
};

int main(int argc, char** argv)
{
    // The user's own settings and workspaces stay out of it: XDG points into a temporary home.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("perfdash"));
    QApplication::setApplicationName(QStringLiteral("perfdash"));
    // As the app does in an English locale: the file that holds the plural forms ("1 alert", "2 alerts").
    QTranslator english;
    if (!english.load(QStringLiteral(":/i18n/perfdash_en.qm")) || !QApplication::installTranslator(&english))
        qFatal("the English translation is missing from the resources");
    TestFirstRun test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstrun.moc"
