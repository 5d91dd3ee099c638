#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pagecatalog.h"
#include "targettablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
    }

    void hasTheProductsNavigation()
    {
        MainWindow window;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QStringList expected{QStringLiteral("Overview"),  QStringLiteral("Endpoints"),
                                   QStringLiteral("Database"),  QStringLiteral("Cache & Queues"),
                                   QStringLiteral("Load runs"), QStringLiteral("Alerts"),
                                   QStringLiteral("Reports"),   QStringLiteral("Settings")};
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles.append(navigation->item(row)->text());
        QCOMPARE(titles, expected);
        QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    }

    void pagesNotBuiltSaySo()
    {
        MainWindow window;
        for (const PageInfo& page : PageCatalog::pages()) {
            QVERIFY(window.showPage(page.id));
            auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
            QCOMPARE(stack->currentWidget()->objectName(), page.id + QStringLiteral("Page"));
            if (page.issue == 0)
                continue;
            auto* status = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("pendingStatus"));
            QVERIFY2(status, qPrintable(page.id));
            QVERIFY(status->text().contains(QStringLiteral("Not built yet")));
            QVERIFY(status->text().contains(QStringLiteral("#%1").arg(page.issue)));
        }
        QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("alerts"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    }

    void targetModelMergesRows()
    {
        TargetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl url(QStringLiteral("http://127.0.0.1:1"));
        model.setTargets({{QStringLiteral("a"), url, TargetStatus::State::Starting, {}},
                          {QStringLiteral("b"), url, TargetStatus::State::NotMonitored, {}}});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.upsert({QStringLiteral("a"), url, TargetStatus::State::Running, QStringLiteral("pid 1")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, TargetTableModel::StateColumn).data().toString(), QStringLiteral("Running"));
        model.setTargets(
            {{QStringLiteral("b"), url, TargetStatus::State::Failed, QStringLiteral("refused")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetTableModel::DetailColumn).data().toString(), QStringLiteral("refused"));
    }

    void demoWorkspaceStartsTheRealDemoTarget()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.demo = true;
        options.workspace = dir.path() + QStringLiteral("/demo");
        options.demoTargetBinary = DemoTargetProcess::executable();
        QVERIFY2(!options.demoTargetBinary.isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set");

        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy settled(&session, &DashboardSession::settled);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        window.show();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().first().toBool(), true);

        const TargetTableModel* model = window.overviewPage()->targetModel();
        QCOMPARE(model->rowCount(), 1);
        const TargetStatus status = model->targets().first();
        QCOMPARE(status.state, TargetStatus::State::Running);
        QCOMPARE(status.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(status.baseUrl.port() > 0);
        // The workspace file follows the port the demo target got.
        QCOMPARE(session.workspace().config().targets.first().baseUrl, status.baseUrl);

        const QString shot = QStringLiteral(PERFDASH_SCREENSHOT_DIR "/mainwindow-demo.png");
        QVERIFY(window.grab().save(shot));
    }

    void missingDemoTargetIsShownNotHidden()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.demo = true;
        options.workspace = dir.path() + QStringLiteral("/demo");
        options.demoTargetBinary = dir.path() + QStringLiteral("/no-such-binary");

        MainWindow window;
        DashboardSession session(options, &window);
        QSignalSpy settled(&session, &DashboardSession::settled);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().first().toBool(), false);
        const TargetStatus status = window.overviewPage()->targetModel()->targets().first();
        QCOMPARE(status.state, TargetStatus::State::Failed);
        QVERIFY2(status.detail.contains(QStringLiteral("no-such-binary")), qPrintable(status.detail));
        auto* statusLabel = window.findChild<QLabel*>(QStringLiteral("statusMessage"));
        QCOMPARE(statusLabel->text(), status.detail);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
