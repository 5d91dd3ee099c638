// The Load runs page driven as a user would, against the real demo target of a demo workspace:
// a shortened preset runs with live progress and charts, is stored and reviewed with the live
// totals; a cancelled run keeps its partial figures; two stored runs compare with deltas; the
// runs survive a reopen of the workspace. A remote target needs a confirmation.
#include "dashboardsession.h"
#include "demotargetprocess.h"
#include "demowindow.h"
#include "loadcomparemodel.h"
#include "loadlauncher.h"
#include "loadrunspage.h"
#include "loadrunview.h"
#include "loadsession.h"
#include "mainwindow.h"
#include "readjobrunner.h"
#include "timeseriesstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Tester = QAbstractItemModelTester;

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The row of the figures table about all endpoints (the last).
int totalRow(const QAbstractItemModel* model)
{
    return model->rowCount() - 1;
}

int compareRow(const QAbstractItemModel* model, const QString& figure)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, LoadCompareModel::Figure) == figure)
            return row;
    }
    return -1;
}

void save(QWidget* widget, const char* name)
{
    QVERIFY(widget->grab().save(QStringLiteral(PERFDASH_SCREENSHOT_DIR "/") + QLatin1String(name)));
}

struct Demo : DemoWindow
{
    explicit Demo(const QString& workspace)
        : DemoWindow(workspace, QSize(1400, 1000))
    {
    }
    bool open() { return DemoWindow::open(QStringLiteral("load")); }
    LoadRunsPage* page() const { return window.loadRunsPage(); }
    LoadLauncher* launcher() const { return page()->launcher(); }
    LoadSession* load() const { return session->loadSession(); }
};

void shorten(LoadLauncher* launcher, int seconds, int users)
{
    launcher->findChild<QComboBox*>(QStringLiteral("loadScenario"))->setCurrentIndex(0); // core-100-users
    launcher->findChild<QSpinBox*>(QStringLiteral("loadDuration"))->setValue(seconds);
    launcher->findChild<QSpinBox*>(QStringLiteral("loadUsers"))->setValue(users);
}

void select(QTableView* view, const QList<int>& rows)
{
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

class TestLoadRunsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(QStringLiteral(PERFDASH_SCREENSHOT_DIR));
        QVERIFY2(!DemoTargetProcess::executable().isEmpty(), "PERFDASH_DEMO_TARGET_BIN is not set");
    }

    void remoteTargetNeedsConfirmation()
    {
        LoadRunsPage page;
        LoadLauncher* launcher = page.launcher();
        launcher->setPresets({QStringLiteral("core-100-users")});
        QStringList asked;
        bool answer = false;
        launcher->setRemoteConfirmation([&](const QString& host) {
            asked.append(host);
            return answer;
        });
        QSignalSpy requested(launcher, &LoadLauncher::runRequested);
        launcher->setTarget(QStringLiteral("http://192.0.2.7:8080"));
        launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
        QCOMPARE(asked, QStringList{QStringLiteral("192.0.2.7")});
        QCOMPARE(requested.count(), 0); // refused: nothing runs
        QVERIFY(launcher->statusText().contains(QStringLiteral("192.0.2.7")));

        answer = true;
        launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
        QCOMPARE(requested.count(), 1);
        const auto request = requested.first().first().value<LoadLaunchRequest>();
        QVERIFY(request.allowRemote);
        QCOMPARE(request.preset, QStringLiteral("core-100-users"));

        // This machine is not asked about.
        launcher->setTarget(QStringLiteral("http://127.0.0.1:8088"));
        launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(requested.count(), 2);
        QVERIFY(!requested.last().first().value<LoadLaunchRequest>().allowRemote);
    }

    void remoteTargetOfAScenarioFileIsRefusedUnconfirmed()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("remote.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"remote\", \"target\": \"http://192.0.2.7:8080\", \"allowRemote\": true,"
                   " \"model\": {\"type\": \"closed\", \"users\": 1, \"duration\": \"1s\"},"
                   " \"requests\": [{\"name\": \"home\", \"url\": \"/\"}]}");
        file.close();
        store::TimeSeriesStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("ws.sqlite")), {}, &error), qPrintable(error));
        store::ReadJobRunner reads(store.path());
        LoadRunsPage page;
        LoadSession session(&store, &reads, &page);
        QSignalSpy refused(&session, &LoadSession::runRefused);
        QSignalSpy started(&session, &LoadSession::runStarted);
        auto* scenario = page.launcher()->findChild<QComboBox*>(QStringLiteral("loadScenario"));
        scenario->setCurrentIndex(scenario->count() - 1); // a scenario file
        page.launcher()->findChild<QLineEdit*>(QStringLiteral("loadScenarioFile"))->setText(file.fileName());
        page.launcher()->setTarget({}); // the scenario's own target, never shown for confirmation
        page.launcher()->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("192.0.2.7")));
        QCOMPARE(started.count(), 0);
        QVERIFY(!session.isRunning());
    }

    void acceptanceStepsOnlyPresetIsStoredWithItsChecks()
    {
        QTemporaryDir dir;
        Demo demo(dir.path() + QStringLiteral("/demo"));
        QVERIFY(demo.open());
        LoadLauncher* launcher = demo.launcher();
        auto* scenario = launcher->findChild<QComboBox*>(QStringLiteral("loadScenario"));
        scenario->setCurrentIndex(scenario->findData(QStringLiteral("cache-second-access")));
        QVERIFY(scenario->currentIndex() >= 0);
        QSignalSpy stored(demo.load(), &LoadSession::runStored);
        launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
        QVERIFY(demo.load()->isRunning()); // the steps run on their own thread; the window stays live
        QVERIFY(stored.wait(30000));
        QVERIFY2(launcher->statusText().contains(QStringLiteral("1 of 1 checks passed")),
                 qPrintable(launcher->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(demo.page()->historyModel()->rowCount(), 1, 10000);
        QCOMPARE(cell(demo.page()->historyModel(), 0, 1), QStringLiteral("cache-second-access"));
        QCOMPARE(cell(demo.page()->historyModel(), 0, 3), QStringLiteral("completed"));
        QCOMPARE(cell(demo.page()->historyModel(), 0, 5), QStringLiteral("0")); // no load, only the step
    }

    void runReviewCancelCompareAndReopen()
    {
        QTemporaryDir dir;
        const QString workspace = dir.path() + QStringLiteral("/demo");
        std::vector<qint64> storedIds;
        QString completedRequests;
        {
            Demo demo(workspace);
            QVERIFY(demo.open());
            LoadRunsPage* page = demo.page();
            LoadLauncher* launcher = demo.launcher();
            Tester history(page->historyModel(), Tester::FailureReportingMode::QtTest);
            Tester live(page->liveView()->figuresModel(), Tester::FailureReportingMode::QtTest);
            Tester review(page->reviewView()->figuresModel(), Tester::FailureReportingMode::QtTest);
            Tester compare(page->compareModel(), Tester::FailureReportingMode::QtTest);
            // The launcher's default target is the embedded demo target.
            QVERIFY(launcher->target().startsWith(QStringLiteral("http://127.0.0.1:")));
            QVERIFY(launcher->target() != QStringLiteral("http://127.0.0.1:8088"));

            // A shortened preset: progress and live charts follow the merged seconds.
            QSignalSpy seconds(demo.load(), &LoadSession::secondShown);
            QSignalSpy stored(demo.load(), &LoadSession::runStored);
            shorten(launcher, 3, 8);
            launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
            QVERIFY(demo.load()->isRunning());
            QVERIFY(!launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 2, 15000);
            QVERIFY(launcher->progressValue() > 0);
            QVERIFY(launcher->statusText().contains(QStringLiteral("req/s")));
            const QList<ChartCard*> cards = page->liveView()->cards();
            QVERIFY(cards.size() >= 4);
            QCOMPARE(cards.at(0)->title(), QStringLiteral("Requests per second"));
            QVERIFY(cards.at(0)->lineCount() == 1);
            QCOMPARE(cards.at(1)->lineCount(), 3); // P50, P95, P99
            save(page, "load-run-live.png");
            QVERIFY(stored.wait(30000));
            storedIds.push_back(stored.first().first().toLongLong());
            QVERIFY(!demo.load()->isRunning());
            QVERIFY(launcher->statusText().contains(QStringLiteral("completed")));

            const load::LoadResult liveResult = demo.load()->liveResult();
            QVERIFY(liveResult.totals.total.requests > 0);
            QTRY_COMPARE_WITH_TIMEOUT(page->historyModel()->rowCount(), 1, 10000);
            QCOMPARE(page->historyModel()->rows().first().key, QString::number(storedIds[0]));
            QCOMPARE(cell(page->historyModel(), 0, 3), QStringLiteral("completed"));
            completedRequests = QLocale().toString(liveResult.totals.total.requests);
            QCOMPARE(cell(page->historyModel(), 0, 5), completedRequests);

            // The review re-reads the run from the store: the same totals as live.
            QSignalSpy reviewed(demo.load(), &LoadSession::reviewShown);
            page->showTab(QStringLiteral("history"));
            select(page->historyView(), {0});
            page->findChild<QPushButton*>(QStringLiteral("reviewRun"))->click();
            QVERIFY(reviewed.wait(10000));
            QCOMPARE(page->currentTab(), QStringLiteral("review"));
            const LoadRunView* view = page->reviewView();
            const QAbstractItemModel* figures = view->figuresModel();
            QCOMPARE(figures->rowCount(), 3); // customers, materials, all
            QCOMPARE(cell(figures, totalRow(figures), 1), completedRequests);
            const auto& h = liveResult.totals.total.latency;
            QCOMPARE(cell(figures, totalRow(figures), 4),
                     QLocale().toString(double(h.valueAtPercentileUs(95)) / 1000.0, 'f', 1));
            QCOMPARE(cell(figures, totalRow(figures), 7),
                     QLocale().toString(liveResult.totals.total.errorCount()));
            QVERIFY(view->cards().size() >= 4);
            QCOMPARE(view->cards().at(1)->lineCount(), 3);
            save(page, "load-run-review.png");

            // Cancel mid-run: a partial run, stored as cancelled.
            page->showTab(QStringLiteral("run"));
            seconds.clear();
            stored.clear();
            shorten(launcher, 60, 4);
            launcher->findChild<QPushButton*>(QStringLiteral("runLoad"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(seconds.count() >= 1, 15000);
            launcher->findChild<QPushButton*>(QStringLiteral("cancelLoad"))->click();
            QVERIFY(stored.wait(15000));
            storedIds.push_back(stored.first().first().toLongLong());
            const load::LoadResult partial = demo.load()->liveResult();
            QCOMPARE(partial.end, load::RunEnd::Cancelled);
            QVERIFY(partial.totals.total.requests > 0);
            QVERIFY(partial.durationMs < 60'000);
            QTRY_COMPARE_WITH_TIMEOUT(page->historyModel()->rowCount(), 2, 10000);
            QCOMPARE(page->historyModel()->rows().first().key, QString::number(storedIds[1]));
            QCOMPARE(cell(page->historyModel(), 0, 3), QStringLiteral("cancelled"));
            QCOMPARE(cell(page->historyModel(), 0, 5), QLocale().toString(partial.totals.total.requests));

            // Compare the two: deltas of B (the cancelled run) against A, from the stored figures.
            QSignalSpy compared(demo.load(), &LoadSession::compareShown);
            page->showTab(QStringLiteral("history"));
            select(page->historyView(), {0, 1});
            page->findChild<QPushButton*>(QStringLiteral("compareRuns"))->click();
            QVERIFY(compared.wait(10000));
            QCOMPARE(compared.first().at(0).toLongLong(), storedIds[0]);
            QCOMPARE(compared.first().at(1).toLongLong(), storedIds[1]);
            const LoadCompareModel* model = page->compareModel();
            const int requests = compareRow(model, QStringLiteral("Requests"));
            QVERIFY(requests >= 0);
            QCOMPARE(cell(model, requests, LoadCompareModel::RunA), completedRequests);
            QCOMPARE(cell(model, requests, LoadCompareModel::RunB),
                     QLocale().toString(partial.totals.total.requests));
            const qint64 delta = partial.totals.total.requests - liveResult.totals.total.requests;
            QCOMPARE(cell(model, requests, LoadCompareModel::Delta),
                     (delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta));
            const int expectedVerdict = delta > 0 ? 1 : delta < 0 ? -1 : 0;
            QCOMPARE(
                model->index(requests, LoadCompareModel::Delta).data(LoadCompareModel::VerdictRole).toInt(),
                expectedVerdict);
            QVERIFY(compareRow(model, QStringLiteral("P95 (ms)")) >= 0);
            QCOMPARE(page->compareCards().size(), 3);
            QCOMPARE(page->compareCards().at(0)->lineCount(), 4); // P50 and P95 of each run
            save(page, "load-run-compare.png");
        }

        // Reopened: both runs are still there.
        Demo reopened(workspace);
        QVERIFY(reopened.open());
        QTRY_COMPARE_WITH_TIMEOUT(reopened.page()->historyModel()->rowCount(), 2, 10000);
        QCOMPARE(reopened.page()->historyModel()->rows().at(1).key, QString::number(storedIds[0]));
        QCOMPARE(cell(reopened.page()->historyModel(), 1, 5), completedRequests);
        QCOMPARE(cell(reopened.page()->historyModel(), 0, 3), QStringLiteral("cancelled"));
    }
};

QTEST_MAIN(TestLoadRunsPage)
#include "tst_loadrunspage.moc"
